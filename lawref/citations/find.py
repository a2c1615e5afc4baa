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
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from lawref.citations.act_parts import another_section, bracketed_acronym, larger_part
from lawref.citations.act_section import act_sections
from lawref.citations.added_article import added_articles
from lawref.citations.annotations import without_annotations
from lawref.citations.article_words import ArticleWords
from lawref.citations.captions import captioned
from lawref.citations.chapter_sections import chapter_sections
from lawref.citations.code_sections import code_sections
from lawref.citations.common_noun import common_noun_name
from lawref.citations.context import ContextReader
from lawref.citations.defined_acronyms import acronym_citations
from lawref.citations.defined_term_uses import defined_term_uses
from lawref.citations.foreign import foreign_place
from lawref.citations.generic import generic_mention
from lawref.citations.headings import reproduction_headings
from lawref.citations.inference import (
    Reading,
    defined_terms,
    the_only_law,
    unnamed_laws,
    well_known_articles,
)
from lawref.citations.model_law import named_as_model
from lawref.citations.name_forms import simplified_in_place
from lawref.citations.name_table import NameTable
from lawref.citations.named_bodies import names_a_body
from lawref.citations.named_elsewhere import named_elsewhere
from lawref.citations.named_in_full import bare_after_full
from lawref.citations.naming import Naming
from lawref.citations.own_naming import context_yields_to_own_naming
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.references import ReferenceSteps
from lawref.citations.retold_article import retold_articles
from lawref.citations.scan_records import Atom, Named, Work, replace_named
from lawref.citations.scanner import FinderData, compile_scanner, finder_data
from lawref.citations.templates import CitationGrammar, grammar_key, load_grammar
from lawref.citations.walk import WalkState, another_section_named, citation
from lawref.spans import CitationSpan
from lawref.store.files import Store, shipped_store_path
from lawref.text.regex_code import PatternsKept
from lawref.text.sentences import Segments

__all__ = ["CitationFinder", "Work", "find_citations"]


class CitationFinder(ReferenceSteps):
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
                lambda: PatternsKept(finder_data(store, load_grammar(roots))),
                # 10: the names' kind words without the acts a title repeals or amends
                version=f"10-{grammar_key(roots)}",
            ).value
        else:
            given = grammar
            names = compiled(
                store,
                "citation-names",
                lambda: PatternsKept(NameTable(store, given)),
                version=f"8-{given.digest}",
            ).value
            data = FinderData(given, names, *compile_scanner(given, names))
        self.grammar = data.grammar
        self.names = data.names
        self.naming = Naming(self.names, self.grammar, self._jurisdiction)
        self.windows = self.naming.windows
        self.contexts = data.contexts or ContextReader(self.grammar, set(store.statutes))
        self._scanner, self._groups = data.scanner, data.groups
        self.work = Work()
        self._article_words = ArticleWords(store)

    # --- public --------------------------------------------------------------------------------

    def find(self, text: str, date: dt.date | None = None) -> list[CitationSpan]:
        """Every citation of a statute in ``text``, in order; ``self.work`` says what it cost.

        With the document's ``date``, a citation that names no version of a statute with several
        gets the version in force on that date (in that version's numbering). Pinyin scraped
        into the words (情报(bào)法) is read past (citations/annotations.py)."""
        plain = without_annotations(text)
        if plain is None:
            found = self._find(text)
        else:
            found = [plain.as_written(c, text) for c in self._find(plain.text)]
            self.work.chars = len(text)  # the text as written, which the annotations' scan read
        if date is not None:
            return [self._in_force(citation, date) for citation in found]
        return found

    def _find(self, text: str) -> list[CitationSpan]:
        self.work = Work(chars=len(text))
        self.naming.begin(self.work, text)
        # Found in the Simplified form (same offsets), reported in the words of the text.
        scanned = simplified_in_place(text)
        atoms = [  # "the Article 29 Working Party": a body's name, no reference
            a
            for a in self._atoms(scanned, text)
            if a.kind not in ("ref", "cnref")
            or not names_a_body(self.grammar.windows, scanned, a.start, a.end)
        ]
        state = WalkState(Segments(text), self.contexts.read(text))
        index = 0
        while index < len(atoms):
            index = self._step(scanned, atoms, index, state)
        state.found = context_yields_to_own_naming(
            text, state.found, state.context, self.names.article
        )
        state.found = bare_after_full(
            scanned, text, state.found, self.names.named_in_full, self.windows.foreign_before
        )
        state.found = reproduction_headings(
            text, scanned, atoms, state.found, self._heading_citations, self.windows
        )
        cite = partial(self._inferred, text)

        def cite_noted(
            start: int, end: int, items: Sequence[RefItem], statute: str, note: str
        ) -> list[CitationSpan]:
            return cite(start, end, items, Reading(statute, note, None, note))

        state.found, unresolved = well_known_articles(
            text, state.found, state.unresolved, self.grammar.well_known, cite
        )
        state.found = the_only_law(state.found, unresolved, state.segments, scanned, cite)
        state.found = captioned(text, state.found, unresolved, self.names.captions, cite_noted)
        state.found = retold_articles(
            text, state.found, unresolved, state.segments, self._article_words, cite_noted
        )
        state.found = named_elsewhere(text, state.found, unresolved, self.names.article, cite_noted)
        state.found = unnamed_laws(
            text, state.found, unresolved, self.windows.defined_after, self.windows.defined_before
        )
        state.found = defined_terms(
            text, state.found, self.windows.defines_term, self.names.article
        )
        state.found = acronym_citations(
            text,
            state.found,
            self.windows.defines_acronym,
            self.windows.caps_not_names,
            self.windows.draft_before,
            self.names.article,
        )
        state.found = defined_term_uses(text, state.found, self.windows.defines_short_name)
        state.found = added_articles(text, state.found, self.store.get)
        state.found = act_sections(state.found, unresolved, text, self.names.by_section)
        state.found = code_sections(  # "section 2713" read as the GDPR: 18 U.S.C. 2713
            state.found,
            self.grammar.windows.get("chapter_section"),
            self.names.has_article,
            self.names.code_section,
        )
        state.found = chapter_sections(  # "Section 2" of the AI Act: part of a chapter, no article
            text,
            state.found,
            self.grammar.windows,
            self.grammar.words.get("articles_not_sections", ()),
            self._jurisdiction,
        )
        state.found.sort(key=lambda c: c.start)
        return state.found

    def _inferred(
        self, text: str, start: int, end: int, items: Sequence[RefItem], reading: Reading
    ) -> list[CitationSpan]:
        """The citations of ``text[start:end]`` read as ``reading`` says (citations/inference.py)."""
        named = Named(start, end, reading.name, reading.statute, (), reading.version)
        named = replace_named(named, note=reading.note)
        out = []
        for item in items:
            number, sub = self.names.article(reading.statute, item.number, item.subdivision)
            note = self._note(named, number)
            read = named
            if reading.statute and another_section(self.names, reading.statute, number):
                read, note = another_section_named(named, number), None
            out.append(
                replace(
                    citation(text[start:end], start, end, read, number, sub, note), inferred=True
                )
            )
        return out

    def _jurisdiction(self, statute: str) -> str | None:
        held = self.store.get(statute)
        return held.jurisdiction if held is not None else None

    def _in_force(self, citation: CitationSpan, date: dt.date) -> CitationSpan:
        if citation.statute is None or citation.version is not None:
            return citation
        version = self.names.version_in_force(citation.statute, date)
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

    def _step(self, text: str, atoms: list[Atom], index: int, state: WalkState) -> int:
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
        if named.statute:
            place = foreign_place(
                self.windows.foreign_before, text, named.start, named.statute, self.store
            )
            if place is not None:
                # 美國1917年之《間諜法》, 日本《个人信息保护法》: that place's law, not the store's.
                note = f"another jurisdiction's law ({place}), not {named.statute}"
                named = replace_named(named, statute=None, ambiguous=(), note=note)
        part = larger_part(self.names, text, named.start, named.statute) if named.statute else None
        if part is not None:
            # "Title VII of FISA": more of the act than the one section the store holds; its
            # acronym in brackets after it ("… Act of 1978 (FISA)") names the same part.
            note = f"{part} of the act: more than the section {named.statute} holds"
            named = replace_named(named, statute=None, ambiguous=(), note=note)
            acronym = bracketed_acronym(text, named.end, atoms, after)
            if acronym is not None:
                named = replace_named(named, end=acronym)
                after += 1
        if named.statute and (
            generic_mention(self.naming.original, named.start, named.end)
            or common_noun_name(
                self.naming.original,
                named.start,
                named.end,
                self.grammar.words.get("names_also_common_nouns", ()),
            )
        ):
            # "a domestic national security law", 一條《國家安全法》: a kind of law, not a citation.
            return after
        named = self._narrowed(named, state)
        # "X's Article 7", "X Art. 7", 《X》第七条: the reference that follows belongs to X,
        # unless it is "Article 7 of Y".
        if after < len(atoms) and atoms[after].kind in ("ref", "cnref"):
            ref = atoms[after]
            self.work.joins += 1
            if self.windows.gap_name_ref.match(
                text[named.end : ref.start]
            ) and not self.windows.binds_right.match(text[ref.end : ref.end + 8]):
                items = self._items(ref)
                if named.statute is None:  # 《外国情报监视法》第702条: a section the store names so
                    named = self.naming.with_reference(named, ref, items)
                self._emit(state, named.start, ref.end, named, items)
                return after + 1
        if named.body:
            return after  # 基本法委员会, "the Basic Law Committee": a body, no citation of any law
        previous = state.last_named
        self._emit(state, named.start, named.end, named, [])
        if previous is not None and named_as_model(self.windows, text, named.start):
            state.last_named = previous  # 借鉴欧盟GDPR: the model, not the law talked about
        return after


def find_citations(text: str, store: Store) -> list[CitationSpan]:
    """Convenience: the citations of ``text`` against ``store`` (builds a finder each call)."""
    return CitationFinder(store).find(text)
