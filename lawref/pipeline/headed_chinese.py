"""Chinese text under a Chinese article's heading that the reuse scan did not take: a reproduction
whose words differ too much from the stored text for a long exact run ("第一条 为了保守国家秘密，维护
国家安全和利益，保护社会公共利益，…制定本法。" — an older text, a converter's Taiwanese words, a
retyped article), checked against the article its heading names.

A page that reproduces a Chinese law sets each article after its heading (第一条, 第二條) on the
same line. The reuse scan reports only the stretches that hold a long run of a stored text word for
word; a sentence whose words were changed throughout is left unreported, and so unlinked, although
its heading says which article it is. Here the rest of such a heading's line, when it is Chinese
text (not Japanese, not a caption), is matched with the heading's article preferred, and reported
as a reproduction only when the matcher links it to that very article; otherwise nothing is
reported (the words are the page's own). The heading is the reproduction's citation
(pipeline/headed.py ``introduced_by_headings``), and the verdict is the matcher's.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.citations.headings import starts_its_line
from lawref.match.matcher import Matcher
from lawref.reuse.scan import Reproduction
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.article_headings import chinese_article
from lawref.text.regex_code import Deferred
from lawref.text.scripts import UNIFIED_HAN
from lawref.xling.kanji import is_chinese
from lawref.xling.link import citable

# Work bounds (linear time on hostile text): the headings tried in one document (a whole law has
# a few hundred articles) and the length of the line a heading heads.
_HEADINGS_MAX = 400
_LINE_MAX = 2000
# The headed words must be a sentence of Chinese: this many Chinese characters at least (a
# caption, 【目的】, is shorter), and most of the line's letters.
_MIN_CHINESE = 12
_SEPARATORS = " \t\u3000\u00a0:：.-–—*"
_BARE_ARTICLE = Deferred(chinese_article(space=r"\s?") + "$")
_LINKED = ("verbatim", "minor", "elided", "altered", "paraphrase")


def headed_chinese(
    text: str,
    spans: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    matcher: Matcher,
) -> list[Reproduction]:
    """The Chinese reproductions under a heading that cites their article, with the matcher's
    results; none that overlaps a span found already."""
    taken = [(s.start, s.end) for s in spans]
    found: list[Reproduction] = []
    for citation in citations[:_HEADINGS_MAX]:
        place = _headed_line(text, citation)
        if place is None:
            continue
        start, end = place
        if any(s < end and start < e for s, e in taken):
            continue
        words = text[start:end]
        result = matcher.match(words, prefer=(citation.statute or "", citation.article))
        match = result.match
        if (
            match is None
            or result.verdict not in _LINKED
            or (match.statute, str(match.article)) != (citation.statute, citation.article)
        ):
            continue
        found.append(Reproduction(QuoteSpan(words, start, end, "none"), result))
        taken.append((start, end))
    return found


def _headed_line(text: str, citation: CitationSpan) -> tuple[int, int] | None:
    """The rest of the line a bare Chinese article heading (第一条, 第二條) starts, when it is a
    sentence of Chinese."""
    if not citable(citation) or not _BARE_ARTICLE.match(citation.text.strip()):
        return None
    if not starts_its_line(text, citation.start):
        return None
    line_end = text.find("\n", citation.end, citation.end + _LINE_MAX)
    if line_end < 0:
        line_end = len(text) if len(text) - citation.end <= _LINE_MAX else -1
    if line_end < 0:
        return None
    start = citation.end
    while start < line_end and text[start] in _SEPARATORS:
        start += 1
    end = line_end
    while end > start and text[end - 1].isspace():
        end -= 1
    words = text[start:end]
    if len(UNIFIED_HAN.findall(words)) < _MIN_CHINESE or not is_chinese(words):
        return None
    return start, end
