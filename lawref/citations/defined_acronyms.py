"""An acronym a text defines for a law is that law's name in the rest of the text.

Law firms' and scholars' English writing names a law in full once and gives it an acronym in
parentheses right after — "the Export Control Law of the People's Republic of China (the ECL)",
'a new Anti-Terrorism Law (the "ATL")', "the Foreign Investment Law (FIL)" — and from then on says
only "the ECL", "The ATL creates …", "the FIL's". The store need not know the acronym: the text
says what it stands for. So every later use of it, standing alone as a word, cites the law the
definition follows (by the statute it was resolved to, without an article).

Only where the definition is certain:
- the parenthesis follows a citation that names a stored law and no article (the grammar's window
  ``defines_acronym``, statutes/grammar/joins.yaml), and holds nothing but the acronym (with "the",
  quotation marks or "hereinafter referred to as");
- the acronym's letters are the initials of the name's capitalised words (and of its head word
  written in lower case, "the Foreign Investment law (FIL)"), in order (ECL for Export Control
  Law …, ATL for Anti-Terrorism Law; not "(EU)" after "Regulation", not "(NPC)"), or the text
  says outright that it names the law ("hereinafter referred to as", 以下简称:
  《出口管制法》（以下简称“ECL”）); and it is not a state's (the grammar's ``caps_not_names``: 'the
  National Security Law of the People's Republic of China (the "PRC")' names the state);
- a use is a whole word, not part of a citation already found, not an adjective before another
  capitalised word of a name ("a PIPL Standard Contract", an instrument of its own), and not a
  draft's ("the first draft of the ECL", read by the grammar's ``draft_before`` as for a name).

Figures that chose the rule (tests/realworld, `score.py`): of the acronyms defined so after a
stored law in every read set, 19 of the 21 later uses not already read as a name are labelled
citations of that law (the DLA Piper, Mondaq and Hogan Lovells alerts on the Export Control,
Counter-terrorism and Foreign Investment laws); the rule raised heldout12's statute recall and
lowered no set's citation precision.

The uses are found with one pattern of every defined acronym (at most ``MAX_ACRONYMS``), scanned
once over the text after the first definition: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, replace

from lawref.citations.scan_records import ArticleOf
from lawref.spans import CitationSpan, SpanReach
from lawref.text.regex_code import constant

# How far after a citation its defining parenthesis may stand (a place after the name — "of the
# People's Republic of China" — is usually inside the citation already).
_DEFINITION_REACH = 80
# How far before a use "the first draft of the" may stand (the window naming.py reads for names).
_DRAFT_REACH = 32
# At most this many acronyms are read per text: a hostile text defining thousands costs no more.
MAX_ACRONYMS = 16
# A capitalised word of a name, split at hyphens too ("Anti-Terrorism" gives A and T), or its
# head word in lower case: "the Foreign Investment law (FIL)" gives F, I and L, as its writer
# meant (the head word is no common word in a name read as a law's).
_NAME_WORD = constant(r"[A-Z][A-Za-z]*|(?<![A-Za-z])(?:law|act|regulations?)$")
# A word that lets an acronym before it still be the law's name: "ECL Article 48", "the ECL In".
_AFTER_STILL_NAME = constant(
    r"\s{1,2}(?:Art(?:icle)?s?|Sections?|Chapters?|In|On|At|As|By|For|If|The)\b|\s{0,2}[^\sA-Za-z]|\s{1,2}[^A-Z]|$"
)


@dataclass(frozen=True)
class _Acronym:
    term: str
    defined_end: int  # where its definition ends: uses count from here
    cited: CitationSpan  # the citation it was defined after


def initials_fit(term: str, name: str) -> bool:
    """Whether ``term``'s letters are initials of ``name``'s capitalised words, in order, the
    first of them the name's first (ECL: Export Control Law of the People's Republic of China)."""
    initials = [w[0].upper() for w in _NAME_WORD.findall(name.replace("-", " "))]
    if not initials or initials[0] != term[0]:
        return False
    at = 0
    for letter in term:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def acronym_citations(
    text: str,
    found: list[CitationSpan],
    defines: re.Pattern[str],
    not_names: Set[str],
    draft_before: re.Pattern[str],
    article_of: ArticleOf,
) -> list[CitationSpan]:
    """``found`` with a citation of the law for every later use of an acronym the text defines
    for it (see the module's docstring); ``defines`` is the grammar's ``defines_acronym``,
    ``not_names`` the capitals that are no law's name (the grammar's ``caps_not_names``: PRC, EU),
    ``draft_before`` the window of words that make a name a draft's ("the draft of the"),
    ``article_of`` the store's number of a cited article (``NameTable.article``). A reference
    joined to the acronym as to an unknown name ("Article 48(2) of BL") is that law's article."""
    acronyms: dict[str, _Acronym] = {}
    definitions: list[tuple[int, int]] = []  # a definition's own acronym is no use of it
    for cited in found:
        if cited.statute is None or cited.article is not None or cited.ambiguous:
            continue
        definition = defines.match(text, cited.end, min(len(text), cited.end + _DEFINITION_REACH))
        if definition is None:
            continue
        term = definition["term"]
        definitions.append((definition.start(), definition.end()))
        if (
            term in acronyms
            or term.casefold() in not_names  # (the "PRC"): the state, not its law
            or not (definition["lead"] or initials_fit(term, cited.text))
        ):
            continue
        acronyms[term] = _Acronym(term, definition.end(), cited)
        if len(acronyms) >= MAX_ACRONYMS:
            break
    if not acronyms:
        return found
    terms = sorted(acronyms, key=len, reverse=True)
    uses = re.compile(
        rf"(?<![A-Za-z0-9&/-])(?:{'|'.join(map(re.escape, terms))})(?![A-Za-z0-9&/-])"
    )
    taken = SpanReach([*((c.start, c.end) for c in found), *definitions])
    first = min(a.defined_end for a in acronyms.values())
    added = []
    for use in uses.finditer(text, first):
        acronym = acronyms[use.group()]
        if use.start() < acronym.defined_end or taken.overlaps(use.start(), use.end()):
            continue
        if _AFTER_STILL_NAME.match(text, use.end()) is None:
            continue  # "a PIPL Standard Contract": the name of another instrument
        if draft_before.search(text, max(0, use.start() - _DRAFT_REACH), use.start()):
            continue  # "the first draft of the ECL": a draft, not the law (as for its name)
        cited = acronym.cited
        added.append(use_citation(use, cited, f"acronym defined: {use.group()} ({cited.text})"))
    return [_read_as_defined(c, acronyms, article_of) for c in found] + added


def use_citation(use: re.Match[str], cited: CitationSpan, note: str) -> CitationSpan:
    """A citation of ``cited``'s law (and version), no article, by a use of a name the text
    defined for it after ``cited`` (an acronym here, a short name in defined_term_uses.py)."""
    return CitationSpan(
        use.group(),
        use.start(),
        use.end(),
        cited.statute,
        None,
        cited.version,
        None,
        use.group(),
        note=note,
    )


def _read_as_defined(
    cited: CitationSpan, acronyms: dict[str, _Acronym], article_of: ArticleOf
) -> CitationSpan:
    """A reference the walk joined to the acronym as to an unknown name ("Article 48(2) of BL")
    after its definition: an article of the law it stands for."""
    acronym = acronyms.get(cited.name or "") if cited.statute is None else None
    if acronym is None or cited.ambiguous or cited.start < acronym.defined_end:
        return cited
    statute = acronym.cited.statute
    assert statute is not None  # only a citation of a stored law defines an acronym
    article, subdivision = cited.article, cited.subdivision
    if article is not None:
        article, subdivision = article_of(statute, article, subdivision)
    note = f"acronym defined: {acronym.term} ({acronym.cited.text})"
    return replace(
        cited,
        statute=statute,
        article=article,
        subdivision=subdivision,
        version=acronym.cited.version,
        note=note,
    )
