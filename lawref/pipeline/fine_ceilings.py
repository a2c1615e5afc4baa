"""A fine's ceiling told as another law's: an amount and a share of turnover one article alone sets.

Writers retell a law's top fine in their own words, without quotation marks: "fines of up to
EUR 35 million or 7% of global annual turnover", "最高可达5000万元或上一年度营业额5%". The words
are the writer's, but the two figures are a fact of record: an amount paired with a percentage of
turnover (or revenue, 营业额) is set by very few articles (in the shipped store: PIPL Art. 66,
GDPR Art. 83, AI Act Arts. 99 and 101), and a pair set by one stored article alone says which
article the writer is retelling. When the paragraph has credited the fine to another law or
article of the store ("《数据安全法》… 避免高额罚款(最高可达5000万元或上一年度营业额5%)", the
Data Security Law's fines stopping at 一千万元; the AI Act's penalty tiers told as "Art.70"'s),
the citation is shown wrong by the figures, not by a resemblance of words, and the retelling is
reported as a ``paraphrase`` of the one article that sets them, ``misattributed``.

Only when it is certain: the pair is set by exactly one article of the store; the citation it is
judged against is the last one before it in its paragraph (an article named in an earlier sentence
only when the page names it more than once before: a page about that article), every citation of the paragraph before
it and of its sentence after it resolves to one stored statute (and a stored article), names the
same place, and is neither the article that sets the fine (nor its statute) nor an article whose
breach that article punishes ("Article 5", which Art. 99(3) names); nothing in the sentence says
the figures are a draft's or an amendment's. Anything else is left alone: a retold fine is only
reported when the figures show its citation wrong (a fine credited rightly, or to nobody, is the
writer's own sentence, as before).
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lawref.pipeline.attribution import cited_as
from lawref.pipeline.checkable import base_article, certain
from lawref.pipeline.cross_references import breached_articles
from lawref.report import Quote, misattributed_paraphrase, stored_match
from lawref.spans import CitationSpan, QuoteSpan, StoredText
from lawref.store.files import Store
from lawref.text.numerals import cn_to_int

if TYPE_CHECKING:
    # decimal (its C extension ~1 ms to load) is imported by the functions that read a figure:
    # most checks meet no amount beside a percentage of turnover and never call them.
    from decimal import Decimal
from lawref.text.regex_code import Deferred

__all__ = [
    "CHANGED_FIGURES",
    "Ceiling",
    "ceilings_in",
    "named_articles",
    "setting_articles",
    "told_ceilings",
]

# The words for turnover or revenue; a paragraph without one is passed over at once.
_TURNOVER_WORDS = ("turnover", "revenue", "营业额", "營業額", "营业收入", "營業收入")
_GAP = 100  # characters at most between an amount and its percentage (AI Act Art. 101: 77)
_TURNOVER_REACH = 60  # characters after the pair in which "turnover" may stand
_ARTICLE_NAMED_MIN = 2  # mentions of an article, before a sentence that does not name it
_MULTIPLIERS = {
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "万": 10**4,
    "萬": 10**4,
    "百万": 10**6,
    "百萬": 10**6,
    "千万": 10**7,
    "千萬": 10**7,
    "亿": 10**8,
    "億": 10**8,
}


_NUMBER = r"\d[\d\u00a0\u202f ,.]*\d|\d"
_MULTIPLIER = r"million|billion|mn|bn|m\b|M\b"
_LATIN_CURRENCY = r"EUR|€|euros?|RMB|CNY|yuan"
_CJK_NUMBER = r"[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两兩三四五六七八九十百千]+"
# Compiled on first use (a text without a turnover word needs none).
_AMOUNT = Deferred(
    rf"(?:{_LATIN_CURRENCY})\s?(?P<n1>{_NUMBER})\s?(?P<m1>{_MULTIPLIER})?"
    rf"|(?P<n2>{_NUMBER})\s?(?P<m2>{_MULTIPLIER})?\s?(?:{_LATIN_CURRENCY})"
    rf"|(?P<n3>{_CJK_NUMBER})(?P<m3>千万|千萬|百万|百萬|万|萬|亿|億)?元",
    re.IGNORECASE,
)
_PERCENT = Deferred(
    r"(?P<n1>\d+(?:[.,]\d+)?)\s?(?:%|％|\s?per\s?cent\b)"
    r"|百分之(?P<n2>[零〇一二两兩三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?"
    r"|[0-9]+(?:\.[0-9]+)?)",
    re.IGNORECASE,
)
# Characters that end a sentence (a full stop only before a space or the end: "Art.5").
_SENTENCE_END = Deferred(r"[。！？；;!?\n]|\.(?=\s|$)")
# A draft's or an amendment's figures are not the law's: that sentence is left alone (here and
# by pipeline/ceiling_retold.py).
CHANGED_FIGURES = Deferred(
    r"草案|征求意见稿|徵求意見稿|修正|修订|修訂|修改|调整为|調整為|提高|上调|上調"
    r"|\bdraft|\bamend|\bpropos|\braised?\b|\bincrease",
    re.IGNORECASE,
)
_TURNOVER = Deferred("|".join(_TURNOVER_WORDS), re.IGNORECASE)
_ARTICLE = Deferred(
    r"\bArticles?\s+(?P<list>\d+(?:\s*(?:,|and|or|to|-|–)\s*\d+)*)"
    r"|第(?P<cn>[零〇一二两三四五六七八九十百千0-9]+)条",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Ceiling:
    """An amount and a percentage of turnover written together, where they stand."""

    amount: Decimal
    percent: Decimal
    start: int
    end: int


def _decimal(digits: str, multiplier: str | None) -> Decimal | None:
    """The value of a written number: "35 000 000", "7.5" with "million", "5000" with "万"."""
    from decimal import Decimal, InvalidOperation

    digits = re.sub(r"[\s\u00a0\u202f,]", "", digits)
    if not digits:
        return None
    if not digits[0].isdigit():
        try:
            value = Decimal(cn_to_int(digits))
        except ValueError:
            return None
    else:
        if multiplier is None and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
            digits = digits.replace(".", "")  # 7.500.000: dots between thousands
        try:
            value = Decimal(digits)
        except InvalidOperation:
            return None
    if multiplier:
        value *= _MULTIPLIERS.get(multiplier.lower(), _MULTIPLIERS.get(multiplier, 1))
    return value.normalize()


def _percent(match: re.Match[str]) -> Decimal | None:
    from decimal import Decimal, InvalidOperation

    if match.group("n1"):
        try:
            return Decimal(match.group("n1").replace(",", ".")).normalize()
        except InvalidOperation:
            return None
    written = match.group("n2")
    if written[0].isdigit():
        return Decimal(written).normalize()
    whole, _, tenths = written.partition("点")
    try:
        value = Decimal(cn_to_int(whole))
        if tenths:
            value += Decimal("0." + "".join(str(cn_to_int(c)) for c in tenths))
    except ValueError:
        return None
    return value.normalize()


def _amounts(text: str) -> list[tuple[Decimal, int, int]]:
    found = []
    for match in _AMOUNT.finditer(text):
        for n, m in (("n1", "m1"), ("n2", "m2"), ("n3", "m3")):
            if match.group(n):
                value = _decimal(match.group(n), match.group(m))
                if value is not None and value >= 1000:
                    found.append((value, match.start(), match.end()))
                break
    return found


def ceilings_in(text: str) -> list[Ceiling]:
    """The amount-and-percentage pairs of ``text`` that speak of turnover: the two figures at
    most _GAP characters apart within one sentence, a turnover word between them or just after."""
    lowered = text.lower()
    if not any(word in lowered for word in _TURNOVER_WORDS):
        return []
    percents = [
        (value, m.start(), m.end())
        for m in _PERCENT.finditer(text)
        if (value := _percent(m)) is not None
    ]
    out: list[Ceiling] = []
    for amount, a_start, a_end in _amounts(text):
        for percent, p_start, p_end in percents:
            start, end = min(a_start, p_start), max(a_end, p_end)
            gap = text[min(a_end, p_end) : max(a_start, p_start)]
            if max(a_start, p_start) < min(a_end, p_end) or len(gap) > _GAP:
                continue
            if _SENTENCE_END.search(gap):
                continue
            after = text[end : end + _TURNOVER_REACH]
            cut = _SENTENCE_END.search(after)
            after = after[: cut.start()] if cut else after
            if _TURNOVER.search(gap) is None:
                turnover = _TURNOVER.search(after)
                if turnover is None:
                    continue
                end += turnover.end()  # "… or 7% of global annual turnover"
            out.append(Ceiling(amount, percent, start, end))
    return out


@dataclass(frozen=True)
class _Setter:
    """An article that sets a ceiling: where, in which of its texts, and what it names."""

    stored: StoredText
    title: str
    title_original: str
    text: str
    span: tuple[int, int]
    names: frozenset[str]  # the article numbers its text names (the duties it enforces)


# The last store's index, by a weak reference: a store no longer used is not kept alive by it.
_INDEX: list[tuple[weakref.ref[Store], dict[tuple[Decimal, Decimal], list[_Setter]]]] = []


def named_articles(text: str) -> frozenset[str]:
    """The article numbers an article's text names: "Article 5", "Articles 25 to 39", 第二十一条."""
    found = set(breached_articles(text))
    for match in _ARTICLE.finditer(text):
        if match.group("cn"):
            with contextlib.suppress(ValueError):
                found.add(str(cn_to_int(match.group("cn"))))
            continue
        listed = match.group("list")
        numbers = [int(n) for n in re.findall(r"\d+", listed)]
        found.update(str(n) for n in numbers)
        for first, last in re.findall(r"(\d+)\s*(?:to|-|–)\s*(\d+)", listed):
            if 0 < int(last) - int(first) <= 200:
                found.update(str(n) for n in range(int(first), int(last) + 1))
    return frozenset(found)


def setting_articles(store: Store) -> dict[tuple[Decimal, Decimal], list[_Setter]]:
    """(amount, percent) -> the stored articles whose text (or a rendering) sets that ceiling;
    built once per store, on first use."""
    if _INDEX and _INDEX[0][0]() is store:
        return _INDEX[0][1]
    index: dict[tuple[Decimal, Decimal], list[_Setter]] = {}
    for statute in store:
        for article in statute.articles:
            texts = [(article.text, statute.language, None)]
            texts += [(t.text, t.language, t.publisher) for t in article.translations]
            texts += [(v.text, v.language, None) for v in article.language_versions]
            for text, language, translation in texts:
                names = None
                for ceiling in ceilings_in(text):
                    names = names if names is not None else named_articles(text)
                    key = (ceiling.amount, ceiling.percent)
                    held = index.setdefault(key, [])
                    if any(
                        s.stored.statute == statute.id and s.stored.article == article.number
                        for s in held
                    ):
                        continue
                    version = article.versions[0] if len(article.versions) == 1 else None
                    stored = StoredText(
                        statute.id, article.number, version, language, translation, text
                    )
                    held.append(
                        _Setter(
                            stored,
                            statute.title_en,
                            statute.title_original,
                            text,
                            (ceiling.start, ceiling.end),
                            names,
                        )
                    )
    _INDEX[:] = [(weakref.ref(store), index)]
    return index


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _sentence_end(text: str, at: int) -> int:
    found = _SENTENCE_END.search(text, at)
    return found.start() if found else len(text)


def _sentence_start(text: str, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, _paragraph_start(text, at), at)]
    return starts[-1] if starts else _paragraph_start(text, at)


def _judged_citation(
    text: str, ceiling: Ceiling, setter: _Setter, citations: Sequence[CitationSpan], store: Store
) -> CitationSpan | None:
    """The citation the retold ceiling is credited to, when the figures show it wrong for
    certain; None otherwise (see the module's docstring)."""
    begin = _paragraph_start(text, ceiling.start)
    finish = _sentence_end(text, ceiling.end)
    before = [c for c in citations if begin <= c.start and c.end <= ceiling.start]
    after = [c for c in citations if ceiling.end <= c.start and c.end <= finish]
    inside = [c for c in citations if c.start < ceiling.end and ceiling.start < c.end]
    if inside or not before:
        return None
    holder = setter.stored
    judged: list[CitationSpan] = []
    for citation in before + after:
        if not certain(citation, store):
            return None
        if citation.statute == holder.statute:
            if citation.article is None:
                return None  # the law that sets the fine, named: consistent
            number = base_article(citation.article)
            if number == holder.article:
                return None
            if number in setter.names:
                continue  # the duty whose breach the article punishes ("in Art.5")
        judged.append(citation)
    if not judged or judged[-1] not in before:
        return None
    places = {(c.statute, base_article(c.article) if c.article else None) for c in judged}
    if len(places) != 1:
        return None
    last = judged[-1]
    if last.article is not None and last.start < _sentence_start(text, ceiling.start):
        # An article named in an earlier sentence credits the fine only on a page about that
        # article: one that names it more than once before ("Art.70: Penalties … Art.70
        # defines the downside risk … The highest tier — EUR 35 million …").
        (place,) = places
        named = [
            c
            for c in citations
            if c.end <= ceiling.start
            and c.article is not None
            and (c.statute, base_article(c.article)) == place
        ]
        if len(named) < _ARTICLE_NAMED_MIN:
            return None
    return last


def told_ceilings(
    text: str,
    spans: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    store: Store | None,
) -> list[Quote]:
    """Retold fine ceilings that one stored article alone sets, credited in their paragraph to
    another law or article of the store: each a ``paraphrase`` quotation of that article,
    ``misattributed``, with a note saying which figures show it."""
    if store is None:
        return []
    found = ceilings_in(text)
    if not found:
        return []
    index = setting_articles(store)
    out: list[Quote] = []
    for ceiling in found:
        setters = index.get((ceiling.amount, ceiling.percent), [])
        holders = {(s.stored.statute, s.stored.article) for s in setters}
        if len(holders) != 1:
            continue  # no stored article sets it, or several do: no certainty
        if any(s.start < ceiling.end and ceiling.start < s.end for s in spans):
            continue  # already a quotation of its own
        sentence = text[_sentence_start(text, ceiling.start) : _sentence_end(text, ceiling.end)]
        if CHANGED_FIGURES.search(sentence):
            continue
        setter = setters[0]
        citation = _judged_citation(text, ceiling, setter, citations, store)
        if citation is None:
            continue
        from rapidfuzz import fuzz  # (only once a ceiling is reported)

        match = stored_match(
            setter.stored, setter.title, setter.title_original, setter.text, setter.span
        )
        figures = text[ceiling.start : ceiling.end]
        note = (
            f"a fine's ceiling ({figures}) that only Art. {setter.stored.article} of "
            f"{setter.title} sets, credited to “{citation.text}”, whose text sets no such fine"
        )
        out.append(
            misattributed_paraphrase(
                figures,
                ceiling.start,
                ceiling.end,
                # (how alike the writer's figures and the law's words for them are written)
                round(fuzz.ratio(figures, setter.text[setter.span[0] : setter.span[1]]), 1),
                match,
                cited_as(citation),
                note,
            )
        )
    return out
