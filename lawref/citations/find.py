"""Finding statute citations in a text and resolving them to the store.

One combined regular expression finds the pieces ("atoms") in a single scan: article references
(Article 7(2), §§ 1601–1609, 第七条、第十四条), US Code, EU act and Public Law numbers, 《…》 titles,
the store's names (one trie for all of them), "the same article", "the 2023 revision", and the
head words of unknown statutes' names ("… Act", "… Law"). A second, linear walk over the atoms
joins them by the grammar of citations ("Article 7 of X", "X's Article 7", "X Art. 7",
"X (Y)") and resolves a bare "Article 7" or 第七条 to the law named just before.

The work done is counted (:class:`Work`) so that tests can bound it on hostile input.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from lawref.citations.grammar import (
    ARTICLE_REF,
    CN_ARTICLE_REF,
    CN_BRACKET,
    EU_ACT,
    LAW_HEAD,
    PUBLIC_LAW,
    SAME_ARTICLE,
    SAME_ARTICLE_CN,
    US_CODE,
    WORD,
    YEAR_REVISION,
    YEAR_REVISION_CN,
    RefItem,
    parse_cn_items,
    parse_en_items,
    parse_us_code,
)
from lawref.citations.name_table import NameTable, simplified_in_place
from lawref.citations.naming import Atom, Named, Naming, Work, replace_named
from lawref.citations.windows import (
    ACRONYM_AFTER,
    ANAPHOR_AFTER,
    ANAPHOR_BEFORE,
    BINDS_RIGHT,
    CN_NOT_LAW_BEFORE,
    CN_UNKNOWN_BEFORE,
    GAP_NAME_REF,
    GAP_REF_NAME,
    OF_SOMETHING,
    OWNER_BEFORE,
    WINDOW,
    YEAR_RE,
    cn_name,
)
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.store.versions import version_in_force, versions_with_text
from lawref.text.sentences import Segments

__all__ = ["CitationFinder", "Work", "find_citations"]


@dataclass
class _State:
    """What the walk over one document's atoms carries from one atom to the next."""

    segments: Segments
    last_named: Named | None = None
    last_article: tuple[Named, str, str | None] | None = None
    found: list[CitationSpan] = field(default_factory=list)


class CitationFinder:
    """Finds the statute citations of a text and resolves them against ``store``."""

    def __init__(self, store: Store) -> None:
        from lawref.store.cache import compiled

        self.store = store
        self.names = compiled(store, "citation-names", lambda: NameTable(store), version="1")
        self.naming = Naming(self.names)
        latin, exact_case, cjk = self.names.scan_patterns
        # Alternatives that start a Latin word sit behind one shared test, the rest behind a test
        # of their possible first characters: at most positions of a text no alternative is
        # entered at all, which keeps the single scan fast as well as linear.
        latin_parts = [
            ("usc", US_CODE),
            ("eu", EU_ACT),
            ("pl", PUBLIC_LAW),
            ("ref", ARTICLE_REF),
            ("name", f"(?i:{latin})"),
            ("acronym", exact_case),
            ("same", SAME_ARTICLE),
            ("yearrev", YEAR_REVISION),
            ("head", LAW_HEAD),
        ]
        other_parts = [
            ("cnref", CN_ARTICLE_REF),
            ("bracket", CN_BRACKET),
            ("cjk", f"(?i:{cjk})"),
            ("same_cn", SAME_ARTICLE_CN),
            ("yearrev_cn", YEAR_REVISION_CN),
        ]
        first_chars = re.escape(self.names.first_chars() + "第《〈同该本") + "0-9０-９"
        latin_alternatives = "|".join(f"(?P<{k}>{p})" for k, p in latin_parts)
        other_alternatives = "|".join(f"(?P<{k}>{p})" for k, p in other_parts)
        self._kinds = [k for k, _ in latin_parts + other_parts]
        self._scanner = re.compile(
            f"(?<![{WORD}§])(?=[{WORD}§])(?:{latin_alternatives})"
            f"|(?=[{first_chars}])(?:{other_alternatives})"
        )
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
        state = _State(Segments(text))
        index = 0
        while index < len(atoms):
            index = self._step(scanned, atoms, index, state)
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
            kind = match.lastgroup or ""
            if kind not in self._kinds:  # a group nested in an alternative
                kind = next(k for k in self._kinds if match.group(k) is not None)
            kind = kind.removesuffix("_cn")
            year = YEAR_RE.search(match.group()) if kind == "yearrev" else None
            start, end = match.span()
            atoms.append(Atom(kind, start, end, text[start:end], year and year.group()))
        return atoms

    # --- the walk ------------------------------------------------------------------------------

    def _step(self, text: str, atoms: list[Atom], index: int, state: _State) -> int:
        atom = atoms[index]
        if atom.kind in ("ref", "cnref"):
            return self._reference(text, atoms, index, state)
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
        # "X's Article 7", "X Art. 7", 《X》第七条: the reference that follows belongs to X,
        # unless it is "Article 7 of Y".
        if after < len(atoms) and atoms[after].kind in ("ref", "cnref"):
            ref = atoms[after]
            self.work.joins += 1
            if GAP_NAME_REF.match(text[named.end : ref.start]) and not BINDS_RIGHT.match(
                text[ref.end : ref.end + 8]
            ):
                self._emit(state, named.start, ref.end, named, self._items(ref))
                return after + 1
        self._emit(state, named.start, named.end, named, [])
        return after

    def _reference(self, text: str, atoms: list[Atom], index: int, state: _State) -> int:
        ref = atoms[index]
        items = self._items(ref)
        if not items:
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
            if named is not None and GAP_REF_NAME.match(text[ref.end : named.start]):
                named = self.naming.with_reference(named, ref, items)
                self._emit(state, ref.start, named.end, named, items)
                return after
        # "Article 7 of the law", "its Article 28", 该法第七条: the law named before.
        anaphor = ANAPHOR_AFTER.match(after_text)
        before = text[max(0, ref.start - WINDOW) : ref.start]
        if anaphor or ANAPHOR_BEFORE.search(before):
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
        if context is not None:
            self._emit(state, ref.start, ref.end, context, items)
        return index + 1

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
        of = OF_SOMETHING.match(after_text)
        if of:
            name = ACRONYM_AFTER.match(after_text[of.end() :])
            if name:
                named = self.naming.resolve_words(name["name"], ref.end + of.end())
                named = self.naming.with_reference(named, ref, items)
                named.end = ref.end + of.end() + name.end()
                self._emit(state, ref.start, named.end, named, items)
            return True  # without a name after "of", "Article 7 of the contract": not a statute's
        self.work.lookups += 1
        alias = self.names.by_ref(ref.text)
        if alias is not None:
            if alias.article and len(items) == 1:
                items = [RefItem(alias.article, items[0].subdivision)]
            named = Named(ref.start, ref.end, ref.text, alias.statute, alias.ambiguous)
            self._emit(state, ref.start, ref.end, named, items)
            return True
        return bool(OWNER_BEFORE.search(before))  # "the report's section 2"

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
        if CN_NOT_LAW_BEFORE.search(before):
            return True
        unknown = CN_UNKNOWN_BEFORE.search(text[max(0, ref.start - 24) : ref.start])
        previous_end = atoms[index - 1].end if index else 0
        if unknown and ref.start - len(unknown["name"]) >= previous_end:
            words = cn_name(unknown["name"])
            if len(words) >= 3:
                words = state.segments.text[ref.start - len(words) : ref.start]  # as written
                named = self.naming.resolve_words(words, ref.start - len(words))
                named.end = ref.start
                self._emit(state, named.start, ref.end, named, items)
                return True
        return False

    def _us_code(self, atom: Atom, state: _State) -> None:
        parsed = parse_us_code(atom.text)
        if parsed is None:
            return
        title, items = parsed
        for item in items:
            self.work.lookups += 1
            found = self.names.by_us_code(title, item.number)
            named = Named(atom.start, atom.end, f"{title} U.S.C.", None)
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
        if nxt is not None and _REVISION_OF.match(text[atom.end : nxt.start]):
            return  # "the 2023 revision of the Counter-espionage Law": the name carries the year
        context = self._context(atom.start, state, reach=DOCUMENT)
        if context is None or context.statute is None or atom.year is None:
            return
        version = self.names.version_for_year(context.statute, int(atom.year))
        named = replace_named(context, start=atom.start, end=atom.end, version=version)
        self._emit(state, atom.start, atom.end, named, [])

    # --- context -------------------------------------------------------------------------------

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
        if segments.sentence(now) - segments.sentence(then) <= 1:
            return True
        return reach == PARAGRAPH and segments.paragraph(now) - segments.paragraph(then) <= 1

    # --- output --------------------------------------------------------------------------------

    def _items(self, atom: Atom) -> list[RefItem]:
        if atom.kind == "cnref":
            return parse_cn_items(atom.text)
        return parse_en_items(atom.text)

    def _emit(
        self, state: _State, start: int, end: int, named: Named, items: list[RefItem]
    ) -> None:
        words = state.segments.text[start:end]
        cited = [(named.article, None)] if not items else []
        for item in items:
            number, sub = item.number, item.subdivision
            if named.statute:
                number, sub = self.names.article(named.statute, number, sub)
            cited.append((number, sub))
            state.last_article = (replace_named(named, start=start), number, sub)
        state.found += [_citation(words, start, end, named, number, sub) for number, sub in cited]
        # Every citation, explicit or resolved from context, keeps the law "in the air" for the
        # next bare "Article 14" (a story names the law once, then cites its articles).
        state.last_named = replace_named(named, start=start, end=end)


# How far back a law named earlier is still the one a reference means (see ``_near``).
SENTENCE, PARAGRAPH, DOCUMENT = 1, 2, 3
_REVISION_OF = re.compile(r"^(?:\s{1,3}(?:of|to)\s{1,3}(?:the\s{1,3})?|的?)$")


def _citation(
    text: str, start: int, end: int, named: Named, number: str | None, sub: str | None
) -> CitationSpan:
    """A citation of ``named``'s statute (and version) at one article, as the text words it."""
    return CitationSpan(
        text, start, end, named.statute, number, named.version, sub, named.name, named.ambiguous
    )


def find_citations(text: str, store: Store) -> list[CitationSpan]:
    """Convenience: the citations of ``text`` against ``store`` (builds a finder each call)."""
    return CitationFinder(store).find(text)
