"""A citation of an article the quoted provision itself refers to accuses nobody.

A penalty clause names the duties it enforces ("网络运营者不履行本法第二十一条、第二十五条规定的
网络安全保护义务的，……处一万元以上十万元以下罚款"; "infringements of the obligations … pursuant
to Articles 8, 11, 25 to 39 … shall … be subject to administrative fines"). A writer who quotes the
penalty under the duty's article ("就第21条、第25条规定的……义务，……处罚由“处一万元以上十万元以下
罚款……”调整为“……”") names the duty, not a wrong source: the quoted words are not in Art. 21, but
the citation is not shown wrong either. The same holds when the words are another article's but
for their numbers (an amendment or a draft changes a penalty's amounts): that article may be the
one the writer means. Either way the accusation is not certain, so the quotation is
``unverified``, with a note saying why (pipeline/attribution.py).
"""

from __future__ import annotations

import re

from lawref.pipeline.checkable import base_article
from lawref.report import Match
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.store.schema import Article, Statute
from lawref.store.versions import continued_as
from lawref.text.normalize import letters_form
from lawref.text.numerals import NUMERAL_PATTERN, cn_to_int
from lawref.text.regex_code import constant

__all__ = ["mask_numbers", "referred_to_by", "referred_numbers"]

# 第二十一条, 第21条 (not right after 》: another law's article), and 第三十三条至第三十八条.
_CN_REFERENCE = constant(
    rf"(?<!》)第(?P<first>{NUMERAL_PATTERN})[条條]"
    rf"(?:(?:[^，。；,;]{{0,12}}?)(?:至|到)第(?P<last>{NUMERAL_PATTERN})[条條])?"
)
# "Article 21", "Articles 8, 11, 25 to 39 and 42", "Sections 702 and 703(b)" — not when another
# instrument follows ("Article 6 of Directive 95/46/EC"; "of this Regulation" is the law's own).
_EN_REFERENCE = constant(
    r"\b(?:Articles?|Sections?|Arts?\.)\s+"
    r"(?P<list>\d{1,4}[a-z]?(?:\(\w{1,4}\))*"
    r"(?:(?:\s*,?\s+(?:and|or)\s+|\s*,\s*|\s+to\s+|\s+through\s+|\s*-\s*)\d{1,4}[a-z]?(?:\(\w{1,4}\))*){0,20})"
    r"(?P<of>\s+of\s+(?!this\b)\w)?",
)
_PART = constant(r"\(\w{1,4}\)")  # "22(1)" refers to Article 22
_EN_LIST_PIECE = constant(r"(\d{1,4})|\b(?:to|through)\b|-")
_RANGE_MAX = 200  # articles a written range may span
# One run of numeral characters or digits in the letters form (Simplified, digits kept).
_NUMBER_RUN = constant(rf"(?:[{'零〇一二两三四五六七八九十百千万亿'}]|[0-9])+")
# A citation followed by a verb that presents what follows as the article's text (not 规定的…, "the
# duties under Article 21").
_PRESENTS = constant(
    r"\s*(?:中|之中)?(?:明确|明確)?(?:规定|規定|写道|寫道|指出|载明|載明)\s*(?:[:：,，]|$)"
    r"|,?\s*(?:provides|states|reads|says|stipulates)\b(?:,?\s+in\s+part)?\s*(?:that\b|[:,])",
    re.IGNORECASE,
)
_MASKED_MIN = 8  # letters of a quotation, numbers masked, that must stand in another article


def referred_numbers(text: str) -> set[str]:
    """The article numbers ``text`` refers to as its own law's (Chinese 第N条 and English
    "Article N" forms, ranges included)."""
    out: set[str] = set()
    for found in _CN_REFERENCE.finditer(text):
        try:
            first = cn_to_int(found.group("first"))
            last = cn_to_int(found.group("last")) if found.group("last") else first
        except ValueError:
            continue
        out.update(_span(first, last))
    for found in _EN_REFERENCE.finditer(text):
        if found.group("of"):
            continue
        listed = _PART.sub("", found.group("list"))
        previous: int | None = None
        ranging = False
        for piece in _EN_LIST_PIECE.finditer(listed):
            if piece.group(1) is None:
                ranging = previous is not None
                continue
            number = int(piece.group(1))
            out.update(
                _span(previous, number) if ranging and previous is not None else [str(number)]
            )
            previous, ranging = number, False
    return out


def _span(first: int, last: int) -> list[str]:
    if last < first or last - first > _RANGE_MAX:
        return [str(first), str(last)]
    return [str(n) for n in range(first, last + 1)]


def mask_numbers(letters: str) -> str:
    """A letters form with each run of digits or Chinese numerals made one ``0``."""
    return _NUMBER_RUN.sub("0", letters)


def referred_to_by(
    citation: CitationSpan, words: str, match: Match, store: Store | None, text: str = ""
) -> str | None:
    """When the cited article is one that an article holding the quoted ``words`` refers to —
    the matched provision (in any version), or another article that holds them but for their
    numbers — the note that says so; None when there is no such article, or when the citation
    presents the words as its own text ("第四十四条规定，…", "Article 44 provides that …": a
    penalty set out as the duty's article is a misattribution)."""
    if store is None or citation.statute != match.statute or not citation.article:
        return None
    if _PRESENTS.match(text, citation.end):
        return None
    statute = store.get(match.statute)
    if statute is None:
        return None
    cited = base_article(citation.article)
    if cited == base_article(match.article):
        return None
    said = f"cited as “{citation.text}” (Art. {cited})"
    for article in _same_provision(statute, match):
        if cited in _refers(article):
            where = f"Art. {match.article} of {match.title}, where the words stand"
            if article.number != match.article:
                where += f" (Art. {article.number} in another version)"
            return f"{said}, an article that {where}, itself refers to{_MAY}"
    wanted = letters_form(words).text
    masked = mask_numbers(wanted)
    if len(masked) < _MASKED_MIN:
        return None
    for article in statute.articles:
        forms = [
            letters_form(t).text for t in (article.text, *(r.text for r in article.translations))
        ]
        if any(wanted in f for f in forms) or not any(masked in mask_numbers(f) for f in forms):
            continue
        if cited in _refers(article):
            return (
                f"{said}, an article that Art. {article.number} of {match.title} refers to; that "
                f"article holds the quoted words but for their numbers (an amendment's or a "
                f"draft's amounts){_MAY}"
            )
    return None


_MAY = (
    ": the writer may name the provision it enforces or applies, so the citation is not shown wrong"
)


def _refers(article: Article) -> set[str]:
    numbers = referred_numbers(article.text)
    for rendering in article.translations:
        numbers |= referred_numbers(rendering.text)
    return numbers


def _same_provision(statute: Statute, match: Match) -> list[Article]:
    """The matched article, and the same provision in the statute's other versions."""
    out = [a for a in statute.articles if a.number == match.article]
    if match.version is None:
        return out
    if out:
        out = [a for a in out if not a.versions or match.version in a.versions] or out
    for version in statute.versions:
        if version.id == match.version:
            continue
        numbers = continued_as(statute, match.article, match.version, version.id) or []
        for number in numbers:
            found = statute.article(number, version.id)
            if found is not None and found not in out:
                out.append(found)
    return out
