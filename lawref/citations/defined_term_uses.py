"""A short name a text defines for a law, used alone later, cites that law.

Writing about a law names it in full once and gives it a short name in parentheses right after —
'the Regulations on Network Data Security Management (the "Regulations")', 《人工智能法案》(以下简称
《法案》), 《中华人民共和国情报法》(以下简称“情报法”) — and from then on says only "The Regulations aim
…", 《法案》要求, 一说起情报法. ``inference.defined_terms`` reads a citation the walk found by the short
name (with an article: "Article 18 of the New Law"); this rule adds the short name's uses alone,
which the walk cannot find, the store not knowing the name.

Only where the use is certain:
- the definition follows a citation that names one stored law and no article (the grammar's
  window ``defines_short_name``, statutes/grammar/joins.yaml);
- the short name is a shortening of the law's name: its Han characters stand in the name in order
  (法案 in 人工智能法案, 情报法 in 中华人民共和国情报法), its words are all words of the name
  (Regulations); the word that calls the law revised right before its name counts as the name's
  (改正法 after 改正『国家秘密保護法』); not "the New Law", 新法, which may later mean another new
  law;
- a use is the short name as it was given: in title marks if it was given in them (《法案》, not
  法案 nor 保密法 after 《保密法》); else in title or quotation marks (“Regulations”), "the" before
  an English one ("the Regulations"), or a Chinese one of three characters or more alone
  (情报法: 法案 alone may be any bill); never inside a citation already found, nor opening an
  article of the law's own text right after its heading ("Article 1 The Regulations are
  formulated …": the law speaking of itself in a reproduction, as 本法 does, is no citation).

The uses are found with one pattern of every short name (at most ``MAX_TERMS``), scanned once over
the text after the first definition: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lawref.citations.defined_acronyms import use_citation
from lawref.citations.revised_anaphor import revised_word_before
from lawref.spans import CitationSpan, SpanReach
from lawref.text.article_headings import ARTICLE_HEADING
from lawref.text.regex_code import constant
from lawref.text.scripts import HAN

__all__ = ["defined_term_uses"]

_DEFINITION_REACH = 80  # as inference.defined_terms: where the definition may stand after a name
MAX_TERMS = 16  # a hostile text defining thousands of short names costs no more
_BARE_HAN_MIN = 3  # 情报法 alone is the law; 法案 alone may be any bill
_LATIN_WORD = constant(r"[A-Za-z]+")
_OPEN = '《〈“"「『'
_CLOSE = '》〉”"」』'


@dataclass(frozen=True)
class _Term:
    term: str
    titled: bool  # given in title marks, 《法案》: used in them alone
    defined_end: int  # where its definition ends: uses count from here
    cited: CitationSpan  # the citation it was defined after


def _shortens(term: str, name: str) -> bool:
    """Whether ``term`` is a shortening of ``name``: its Han characters in the name in order, or
    its words all words of the name; not the name itself."""
    if term == name:
        return False
    if all(HAN.fullmatch(ch) for ch in term):
        at = 0
        for ch in term:
            at = name.find(ch, at) + 1
            if at == 0:
                return False
        return True
    words = _LATIN_WORD.findall(term)
    if not words or len(words) * 2 + sum(map(len, words)) < len(term.strip()):
        return False  # not words alone ("2017 Law": a number, and no word of the name)
    named = {w.casefold() for w in _LATIN_WORD.findall(name)}
    return all(w.casefold() in named for w in words)


def _use_pattern(term: str, titled: bool) -> str:
    words = re.escape(term)
    marked = rf"[{_OPEN}]{words}[{_CLOSE}]"
    if titled:
        return rf"[《〈]{words}[》〉]"
    if all(HAN.fullmatch(ch) for ch in term):
        return rf"{marked}|{words}" if len(term) >= _BARE_HAN_MIN else marked
    return rf"{marked}|(?<![A-Za-z])[Tt]he\s{{1,3}}{words}(?![A-Za-z])"


def defined_term_uses(
    text: str, found: list[CitationSpan], defines: re.Pattern[str]
) -> list[CitationSpan]:
    """``found`` with a citation of the law for every later use alone of a short name the text
    defines for it (see the module's docstring); ``defines`` is the grammar's window
    ``defines_short_name``."""
    terms: dict[str, _Term] = {}
    definitions: list[tuple[int, int]] = []
    for cited in found:
        if cited.statute is None or cited.article is not None or cited.ambiguous:
            continue
        definition = defines.match(text[cited.end : cited.end + _DEFINITION_REACH])
        if definition is None:
            continue
        titled = definition["titled"] is not None
        term = (definition["titled"] or definition["term"]).strip()
        end = cited.end + definition.end()
        definitions.append((cited.end, end))
        # the word calling the law revised before its name is part of what a short name may
        # shorten: 改正『国家秘密保護法』(以下、「改正法」という), "the amended Act (the "Amended Act")"
        named = f"{revised_word_before(text, cited.start)} {cited.name or cited.text}".strip()
        if term in terms or not _shortens(term, named):
            continue
        terms[term] = _Term(term, titled, end, cited)
        if len(terms) >= MAX_TERMS:
            break
    if not terms:
        return found
    ordered = sorted(terms, key=len, reverse=True)
    uses = re.compile(
        "|".join(f"(?P<t{i}>{_use_pattern(t, terms[t].titled)})" for i, t in enumerate(ordered))
    )
    taken = SpanReach([*((c.start, c.end) for c in found), *definitions])
    added = []
    for use in uses.finditer(text, min(t.defined_end for t in terms.values())):
        defined = terms[ordered[int(use.lastgroup[1:])]]  # type: ignore[index]
        if use.start() < defined.defined_end or taken.overlaps(use.start(), use.end()):
            continue
        line_start = text.rfind("\n", 0, use.start()) + 1
        if ARTICLE_HEADING.fullmatch(text, line_start, use.start()):
            continue  # "Article 1 The Regulations are …": the reproduced law's own words
        cited = defined.cited
        added.append(use_citation(use, cited, f"short name defined: {defined.term} ({cited.text})"))
    return found + added if added else found
