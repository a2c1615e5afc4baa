"""Finding statute citations in a text and resolving them to the store.

One combined regular expression finds the pieces ("atoms") in a single scan: article references
(Article 7(2), §§ 1601–1609, 第七条、第十四条), US Code, EU act and Public Law numbers, 《…》 titles,
the store's names (one trie for all of them), "the same article", "the 2023 revision", and the
head words of unknown statutes' names ("… Act", "… Law"). A second, linear walk over the atoms
joins them by the grammar of citations ("Article 7 of X", "X's Article 7", "X Art. 7",
"X (Y)") and resolves a bare "Article 7" or 第七条 to the law named just before.

The work done is counted (:class:`Work`) so that tests can bound it on hostile input. What a
finder starts from (the grammar read and compiled, the names table, the scanner) is kept in the
store's compiled cache as one entry, its patterns as compiled code (lawref/text/regex_code.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from lawref.citations.context import ContextReader, DocumentContext
from lawref.citations.grammar import WORD, RefItem
from lawref.citations.headings import reproduction_headings
from lawref.citations.name_table import NameTable, simplified_in_place
from lawref.citations.naming import Atom, Named, Naming, Work, replace_named
from lawref.citations.templates import (
    CitationGrammar,
    CompiledTemplate,
    grammar_key,
    load_grammar,
)
from lawref.citations.windows import WINDOW
from lawref.spans import CitationSpan
from lawref.store.files import Store, shipped_store_path
from lawref.store.versions import version_in_force, versions_with_text
from lawref.text.regex_code import PatternsKept
from lawref.text.sentences import Segments

__all__ = ["CitationFinder", "Work", "find_citations"]


@dataclass
class _State:
    """What the walk over one document's atoms carries from one atom to the next."""

    segments: Segments
    context: DocumentContext = field(default_factory=DocumentContext)
    named_statutes: set[str] = field(default_factory=set)  # every statute named so far
    last_named: Named | None = None
    last_article: tuple[Named, str, str | None] | None = None
    found: list[CitationSpan] = field(default_factory=list)


@dataclass
class _FinderData:
    """What a finder is built from: kept in the compiled cache as one entry."""

    grammar: CitationGrammar
    names: NameTable
    scanner: re.Pattern[str]
    groups: dict[str, CompiledTemplate | None]


def _finder_data(store: Store, grammar: CitationGrammar) -> _FinderData:
    names = NameTable(store, grammar)
    return _FinderData(grammar, names, *compile_scanner(grammar, names))


def compile_scanner(
    grammar: CitationGrammar, names: NameTable
) -> tuple[re.Pattern[str], dict[str, CompiledTemplate | None]]:
    """One expression for every template and the store's names. Alternatives that start a
    Latin word sit behind one shared test, the rest behind a test of their possible first
    characters: at most positions of a text no alternative is entered at all, which keeps the
    single scan fast as well as linear."""
    latin_names, exact_case, cjk = names.scan_patterns
    # The store's names, tried after article references and before "the same article".
    latin: list[tuple[int, str, str, CompiledTemplate | None]] = [
        (30, "name", f"(?i:{latin_names})", None),
        (31, "acronym", exact_case, None),
    ]
    other: list[tuple[int, str, str, CompiledTemplate | None]] = [(30, "cjk", f"(?i:{cjk})", None)]
    first_chars = names.first_chars()
    for index, template in enumerate(grammar.templates):
        entry = (template.template.priority, f"t{index}", template.scan, template)
        if template.template.starts == "word":
            latin.append(entry)
        else:
            other.append(entry)
            first_chars += template.template.starts
    latin.sort(key=lambda e: e[0])
    other.sort(key=lambda e: e[0])
    groups = {name: template for _, name, _, template in latin + other}
    latin_alternatives = "|".join(f"(?P<{n}>{p})" for _, n, p, _ in latin)
    other_alternatives = "|".join(f"(?P<{n}>{p})" for _, n, p, _ in other)
    chars = re.escape("".join(sorted(set(first_chars))))
    scanner = re.compile(
        f"(?<![{WORD}§])(?=[{WORD}§])(?:{latin_alternatives})|(?=[{chars}])(?:{other_alternatives})"
    )
    return scanner, groups


class CitationFinder:
    """Finds the statute citations of a text and resolves them against ``store``."""

    def __init__(self, store: Store, grammar: CitationGrammar | None = None) -> None:
        from lawref.store.cache import compiled

        self.store = store
        if grammar is None:
            # The shipped grammar always (it is the language's, not a store's), then each store
            # folder's own grammar/ files: read, validated and compiled once into the store's
            # compiled cache (keyed by those files), with the names table and the scanner.
            roots = list(dict.fromkeys([shipped_store_path().resolve(), *store.roots]))
            data = compiled(
                store,
                "citation-finder",
                lambda: PatternsKept(_finder_data(store, load_grammar(roots))),
                version=f"1-{grammar_key(roots)}",
            ).value
        else:
            given = grammar
            names = compiled(
                store,
                "citation-names",
                lambda: PatternsKept(NameTable(store, given)),
                version=f"3-{given.digest}",
            ).value
            data = _FinderData(given, names, *compile_scanner(given, names))
        self.grammar = data.grammar
        self.names = data.names
        self.naming = Naming(self.names, self.grammar)
        self.windows = self.naming.windows
        self.contexts = ContextReader(self.grammar, set(store.statutes))
        self._scanner, self._groups = data.scanner, data.groups
        self.work = Work()

    # --- public --------------------------------------------------------------------------------

    def find(self, text: str, date: dt.date | None = None) -> list[CitationSpan]:
        """Every citation of a statute in ``text``, in order; ``self.work`` says what it cost.

        With the document's ``date``, a citation that names no version of a statute with several
        gets the version in force on that date (in that version's numbering)."""
        self.work = Work(chars=len(text))
        self.naming.begin(self.work, text)
        # Found in the Simplified form (same offsets), reported in the words of the text.
        scanned = simplified_in_place(text)
        atoms = self._atoms(scanned, text)
        state = _State(Segments(text), self.contexts.read(text))
        index = 0
        while index < len(atoms):
            index = self._step(scanned, atoms, index, state)
        state.found = reproduction_headings(
            text, scanned, atoms, state.found, self._heading_citations
        )
        state.found.sort(key=lambda c: c.start)
        if date is not None:
            return [self._in_force(citation, date) for citation in state.found]
        return state.found

    def _in_force(self, citation: CitationSpan, date: dt.date) -> CitationSpan:
        statute = self.store.get(citation.statute) if citation.statute else None
        if statute is None or citation.version is not None or len(versions_with_text(statute)) < 2:
            return citation
        version = version_in_force(statute, date)
        return replace(citation, version=version, dated=True) if version else citation

    # --- atoms ---------------------------------------------------------------------------------

    def _atoms(self, scanned: str, text: str) -> list[Atom]:
        atoms: list[Atom] = []
        for match in self._scanner.finditer(scanned):
            self.work.atoms += 1
            group = match.lastgroup or ""
            if group not in self._groups:  # a group nested in an alternative
                group = next(g for g in self._groups if match.group(g) is not None)
            template = self._groups[group]
            kind = template.kind if template is not None else group
            start, end = match.span()
            year = None
            if kind == "yearrev" and template is not None:
                year = template.groups(scanned, start).get("year")
            atoms.append(Atom(kind, start, end, text[start:end], year, template))
        return atoms

    # --- the walk ------------------------------------------------------------------------------

    def _step(self, text: str, atoms: list[Atom], index: int, state: _State) -> int:
        atom = atoms[index]
        if atom.kind in ("ref", "cnref"):
            return self._reference(text, atoms, index, state)
        if atom.kind == "heading":
            return index + 1  # "§3 Data retention": the document's own heading
        if atom.kind == "subsection":
            self._subsection(text, atom, state)
            return index + 1
        if atom.kind == "anaphor":
            self._anaphor(atoms, index, state)
            return index + 1
        if atom.kind == "usc":
            self._us_code(atom, state)
            return index + 1
        if atom.kind == "same":
            self._same_article(atom, state)
            return index + 1
        if atom.kind == "yearrev":
            self._revision(text, atoms, index, state)
            return index + 1
        named, after = self.naming.named(text, atoms, index)
        if named is None:
            return index + 1
        other = state.context.other_instrument(text, named.start)
        if other is not None and named.statute:
            named = replace_named(named, note=f"other instrument: {other[0]} {named.name}")
        named = self._narrowed(named, state)
        # "X's Article 7", "X Art. 7", 《X》第七条: the reference that follows belongs to X,
        # unless it is "Article 7 of Y".
        if after < len(atoms) and atoms[after].kind in ("ref", "cnref"):
            ref = atoms[after]
            self.work.joins += 1
            if self.windows.gap_name_ref.match(
                text[named.end : ref.start]
            ) and not self.windows.binds_right.match(text[ref.end : ref.end + 8]):
                self._emit(state, named.start, ref.end, named, self._items(ref))
                return after + 1
        self._emit(state, named.start, named.end, named, [])
        return after

    def _reference(self, text: str, atoms: list[Atom], index: int, state: _State) -> int:
        ref = atoms[index]
        items = self._items(ref)
        if not items:
            return index + 1
        if ref.template is not None and ref.template.template.bare:
            self._bare_reference(ref, items, state)
            return index + 1
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        after_text = text[ref.end : ref.end + 80]
        self.work.joins += 1
        # "Article 7 of [China's] [2017] X", "Article 17 GDPR"
        if (
            ref.kind == "ref"
            and nxt is not None
            and nxt.kind not in ("ref", "cnref", "usc", "same", "yearrev")
            and nxt.start - ref.end <= 80
        ):
            named, after = self.naming.named(text, atoms, index + 1, explicit=True)
            gap = text[ref.end : named.start] if named is not None else ""
            other = state.context.other_instrument(text, named.start) if named else None
            if other is not None:
                gap = gap[: -len(other[1])]  # "Article 17 of the UK GDPR"
            if named is not None and self.windows.gap_ref_name.match(gap):
                named = self.naming.with_reference(named, ref, items)
                if other is not None:
                    named = replace_named(named, note=f"other instrument: {other[0]} {named.name}")
                self._emit(state, ref.start, named.end, named, items)
                return after
        # "Article 7 of the law", "its Article 28", 该法第七条: the law named before.
        anaphor = self.windows.anaphor_after.match(after_text)
        before = text[max(0, ref.start - WINDOW) : ref.start]
        if anaphor or self.windows.anaphor_before.search(before):
            context = self._context(ref.start, state, reach=DOCUMENT)
            if context is not None:
                end = ref.end + (anaphor.end() if anaphor else 0)
                if anaphor and anaphor["year"] and context.statute:
                    year = int(anaphor["year"])
                    version = self.names.version_for_year(context.statute, year)
                    context = replace_named(context, version=version)
                self._emit(state, ref.start, end, context, items)
            return index + 1
        if ref.kind == "ref":
            if self._english_reference(text, ref, items, after_text, before, state):
                return index + 1
        elif self._chinese_reference(text, atoms, index, items, before, state):
            return index + 1
        context = self._context(
            ref.start, state, reach=SENTENCE if ref.kind == "cnref" else PARAGRAPH
        )
        if context is None and ref.kind == "ref" and len(state.named_statutes) == 1:
            # A bare "Art. 5(1)(a)" on a page that has named one statute, and only that one.
            context = self._context(ref.start, state, reach=DOCUMENT)
        if context is not None:
            self._emit(state, ref.start, ref.end, context, items)
        return index + 1

    def _bare_reference(self, ref: Atom, items: list[RefItem], state: _State) -> None:
        """ "(230(e)(3))": a number with no keyword is a section only where the statute named
        just before has it, or the store knows it by that number ("Section 230")."""
        number = items[0].number
        context = self._context(ref.start, state, reach=PARAGRAPH)
        self.work.lookups += 1
        if (
            context is not None
            and context.statute
            and self.names.has_article(context.statute, number)
        ):
            self._emit(state, ref.start, ref.end, context, items[:1])
            return
        found = self.names.by_section(number)
        if found is not None and found.statute:
            named = Named(ref.start, ref.end, ref.text, found.statute)
            self._emit(
                state,
                ref.start,
                ref.end,
                named,
                [RefItem(found.article or number, items[0].subdivision)],
            )

    def _subsection(self, text: str, atom: Atom, state: _State) -> None:
        """ "subsection (c)(1)", 前款: a part of the article cited just before (or of the one
        article of the statute named before: "Subsection (c)(2)(B) of the statute")."""
        sub = atom.template.groups(atom.text).get("sub") if atom.template else None
        sub = sub or atom.text
        end = atom.end
        anaphor = self.windows.anaphor_after.match(text[atom.end : atom.end + 80])
        if anaphor:
            end += anaphor.end()
        reach = DOCUMENT if anaphor else PARAGRAPH
        last = state.last_article
        if (
            last is not None
            and last[0].statute
            and self._near(last[0].start, atom.start, state, reach=reach)
        ):
            named, number = last[0], last[1]
        else:
            context = self._context(atom.start, state, reach=reach)
            single = (
                self.names.single_article(context.statute) if context and context.statute else None
            )
            if context is None or single is None:
                return
            named, number = context, single
        words = state.segments.text[atom.start : end]
        state.found.append(_citation(words, atom.start, end, named, number, sub))
        state.last_named = replace_named(named, start=atom.start, end=end)

    def _anaphor(self, atoms: list[Atom], index: int, state: _State) -> None:
        """该法: the law named before (with an article after it, 该法第七条, the article reads it)."""
        atom = atoms[index]
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        if nxt is not None and nxt.kind == "cnref" and nxt.start - atom.end <= 3:
            return
        context = self._context(atom.start, state, reach=DOCUMENT)
        if context is not None:
            named = replace_named(context, start=atom.start, end=atom.end, article=None)
            self._emit(state, atom.start, atom.end, named, [])

    def _english_reference(
        self,
        text: str,
        ref: Atom,
        items: list[RefItem],
        after_text: str,
        before: str,
        state: _State,
    ) -> bool:
        """A reference with no name joined to it: "Section 889 of the FY2019 NDAA", "Section 230"
        (a name of the store), or not a statute's ("Article 7 of the contract", "the report's
        section 2"). True when the reference is dealt with."""
        of = self.windows.of_something.match(after_text)
        if of:
            name = self.windows.acronym_after.match(after_text[of.end() :])
            if name:
                named = self.naming.resolve_words(name["name"], ref.end + of.end())
                named = self.naming.with_reference(named, ref, items)
                named.end = ref.end + of.end() + name.end()
                self._emit(state, ref.start, named.end, named, items)
            return True  # without a name after "of", "Article 7 of the contract": not a statute's
        owner = self.windows.acronym_owner_after.match(after_text)
        if (
            owner
            and owner["name"].casefold() not in self.windows.caps_not_names
            and not ref.text.isupper()
        ):
            # "Article 16(1) TFEU": an instrument the store does not know, named by its acronym.
            end = ref.end + owner.end()
            named = Named(ref.end + owner.start("name"), end, owner["name"], None)
            self._emit(state, ref.start, end, named, items)
            return True
        self.work.lookups += 1
        alias = self.names.by_ref(ref.text, self.grammar)
        if alias is not None:
            if alias.article and len(items) == 1:
                items = [RefItem(alias.article, items[0].subdivision)]
            named = Named(ref.start, ref.end, ref.text, alias.statute, alias.ambiguous)
            self._emit(state, ref.start, ref.end, named, items)
            return True
        return bool(self.windows.owner_before.search(before))  # "the report's section 2"

    def _chinese_reference(
        self,
        text: str,
        atoms: list[Atom],
        index: int,
        items: list[RefItem],
        before: str,
        state: _State,
    ) -> bool:
        """第十八条 after a law's name the store does not have (反恐怖主义法第十八条), or after a
        contract's (合同第七条: not a statute's). True when the reference is dealt with."""
        ref = atoms[index]
        if self.windows.cn_not_law_before.search(before):
            return True
        unknown = self.windows.cn_unknown_before.search(text[max(0, ref.start - 24) : ref.start])
        previous_end = atoms[index - 1].end if index else 0
        if unknown and ref.start - len(unknown["name"]) >= previous_end:
            words = self.windows.cn_name(unknown["name"])
            if len(words) >= 3:
                words = state.segments.text[ref.start - len(words) : ref.start]  # as written
                named = self.naming.resolve_words(words, ref.start - len(words))
                named.end = ref.start
                self._emit(state, named.start, ref.end, named, items)
                return True
        return False

    def _us_code(self, atom: Atom, state: _State) -> None:
        template = atom.template
        if template is None:
            return
        title = template.groups(atom.text).get("title")
        if title is None:
            return
        title = str(int(title))
        table = template.template.table or ""
        for item in template.items(atom.text, 0, len(atom.text)):
            self.work.lookups += 1
            found = self.names.by_code(table, title, item.number)
            names_as = template.template.names_as or "{title}"
            named = Named(atom.start, atom.end, names_as.format(title=title), None)
            if found is not None:
                named = Named(atom.start, atom.end, named.name, found.statute, found.ambiguous)
                if found.article:
                    item = RefItem(found.article, item.subdivision)
            self._emit(state, atom.start, atom.end, named, [item])

    def _same_article(self, atom: Atom, state: _State) -> None:
        last = state.last_article
        if last is None or not self._near(last[0].start, atom.start, state, reach=PARAGRAPH):
            return
        named, number, sub = last
        state.found.append(_citation(atom.text, atom.start, atom.end, named, number, sub))
        state.last_article = (replace_named(named, start=atom.start), number, sub)
        state.last_named = replace_named(named, start=atom.start, end=atom.end)

    def _revision(self, text: str, atoms: list[Atom], index: int, state: _State) -> None:
        atom = atoms[index]
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        if nxt is not None and self.windows.revision_of.match(text[atom.end : nxt.start]):
            return  # "the 2023 revision of the Counter-espionage Law": the name carries the year
        context = self._context(atom.start, state, reach=DOCUMENT)
        if context is None or context.statute is None or atom.year is None:
            return
        version = self.names.version_for_year(context.statute, int(atom.year))
        named = replace_named(context, start=atom.start, end=atom.end, version=version)
        self._emit(state, atom.start, atom.end, named, [])

    def _heading_citations(self, atom: Atom, named: Named) -> list[CitationSpan]:
        """An article heading's citations, of the instrument ``named`` (citations/headings.py)."""
        out = []
        for item in self._items(atom):
            number, sub = item.number, item.subdivision
            if named.statute:
                number, sub = self.names.article(named.statute, number, sub)
            out.append(
                _citation(
                    atom.text, atom.start, atom.end, named, number, sub, self._note(named, number)
                )
            )
        return out

    # --- context -------------------------------------------------------------------------------

    def _note(self, named: Named, number: str | None) -> str | None:
        """What a reader should know about a citation: an imprecise name, another instrument,
        a reading by context, an article whose text the store lacks."""
        notes = [named.note] if named.note else []
        if named.statute and number and not self.names.has_article(named.statute, number):
            notes.append("article not in the store")
        return "; ".join(notes) or None

    def _narrowed(self, named: Named, state: _State) -> Named:
        """An ambiguous name read by the document: by its context rules (a Hong Kong story), else
        as the one of its candidates named just before ("The Data Security Law … the Security
        Law"). Otherwise it stays ambiguous."""
        if named.statute or not named.ambiguous:
            return named
        named = state.context.resolve(named, state.segments.text)
        last = self._context(named.start, state, reach=PARAGRAPH)
        if named.statute is None and last is not None and last.statute in named.ambiguous:
            note = f"named before: {last.name}"
            return replace_named(named, statute=last.statute, ambiguous=(), note=note)
        return named

    def _context(self, pos: int, state: _State, *, reach: int) -> Named | None:
        last = state.last_named
        if last is None or not self._near(last.start, pos, state, reach=reach):
            return None
        return last

    def _near(self, then: int, now: int, state: _State, *, reach: int) -> bool:
        """Whether a law named at ``then`` is still the one meant at ``now``: in the same or the
        previous sentence (a bare 第七条); or also the same or previous paragraph (a bare
        "Article 7": a story names the law, then goes on about its articles); or anywhere
        before ("Article 7 of the law", "the 2023 revision": words that point back to it)."""
        if reach == DOCUMENT:
            return True
        segments = state.segments
        self.work.joins += 1
        apart = segments.sentence(now) - segments.sentence(then)
        if apart <= 1 or (apart == 2 and self._aside(segments, segments.sentence(then) + 1)):
            return True
        return reach == PARAGRAPH and segments.paragraph(now) - segments.paragraph(then) <= 1

    @staticmethod
    def _aside(segments: Segments, index: int) -> bool:
        """Whether sentence ``index`` is only a short note in brackets — a law's adoption note
        under its title, "(2021年6月10日…通过)" — which leaves the law named before it in reach."""
        start, end = segments.sentence_span(index)
        if end - start > ASIDE_CHARS:
            return False
        words = segments.text[start:end].strip()
        return len(words) > 2 and words[0] in "(（" and words[-1] in ")）"

    # --- output --------------------------------------------------------------------------------

    def _items(self, atom: Atom) -> list[RefItem]:
        if atom.template is None:
            return []
        return atom.template.items(atom.text, 0, len(atom.text))

    def _emit(
        self, state: _State, start: int, end: int, named: Named, items: list[RefItem]
    ) -> None:
        words = state.segments.text[start:end]
        named = state.context.resolve(named, state.segments.text)
        cited = [(named.article, None)] if not items else []
        for item in items:
            number, sub = item.number, item.subdivision
            if named.statute:
                number, sub = self.names.article(named.statute, number, sub)
            cited.append((number, sub))
            state.last_article = (replace_named(named, start=start), number, sub)
        state.found += [
            _citation(words, start, end, named, number, sub, self._note(named, number))
            for number, sub in cited
        ]
        if named.statute:
            state.named_statutes.add(named.statute)
        # Every citation, explicit or resolved from context, keeps the law "in the air" for the
        # next bare "Article 14" (a story names the law once, then cites its articles).
        state.last_named = replace_named(named, start=start, end=end)


# How far back a law named earlier is still the one a reference means (see ``_near``).
SENTENCE, PARAGRAPH, DOCUMENT = 1, 2, 3
ASIDE_CHARS = 120  # the longest bracketed note under a title that keeps the title in reach


def _citation(
    text: str,
    start: int,
    end: int,
    named: Named,
    number: str | None,
    sub: str | None,
    note: str | None = None,
) -> CitationSpan:
    """A citation of ``named``'s statute (and version) at one article, as the text words it."""
    return CitationSpan(
        text,
        start,
        end,
        named.statute,
        number,
        named.version,
        sub,
        named.name,
        named.ambiguous,
        note if note is not None else named.note,
    )


def find_citations(text: str, store: Store) -> list[CitationSpan]:
    """Convenience: the citations of ``text`` against ``store`` (builds a finder each call)."""
    return CitationFinder(store).find(text)
