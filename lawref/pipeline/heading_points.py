"""A line right under a heading that is only a citation of an article — "Art. 15(1)⏎⏎Appropriate
levels of accuracy, robustness and cybersecurity throughout lifecycle", "第二十一条⏎⏎国家对数据实行
分类分级保护" — or the rest of a line after a citation and a dash — "• A death occurred → Article
73(4) — report immediately after …" — whose words are, for the most part, that article's and
clearly not another's is the writer's retelling of the point the citation heads: that article's
`paraphrase`.

Compliance pages set an article out paragraph by paragraph, each paragraph's number a heading of
its own and under it one line in the writer's words, often with no sentence end, or set a
decision list's points after the citation and a dash. No other rule reads such a line:
pipeline/cited_restatements.py reads sentences that end as a statement does (and
pipeline/article_retold.py those of at least ten content words with a modal), and
pipeline/retold_items.py lines opened by a list marker. The heading is the citation attached to
the line. The line must hold at least _MIN_WORDS content words, and its words must be the
article's on retold_items' bars (`point_retold`: RETOLD_MIN_SHARE of them in one of the cited
article's wordings, every other article RETOLD_MARGIN fewer, a run of the article's words
besides names) — but for an EU act's recitals, which are no rivals here: the heading names the
article, and a recital that restates its rule holds the same words (AI Act recital 71 holds
every word of "Automatic recording of events (logs) over system lifetime" under "Art. 12(1)").
Not so for list items and sentences: there, on the other read sets, recitals set aside would
link two more lines, both retellings of the cited article but unlabelled (heldout14, heldout15),
beside seven labelled ones.

Only a bare heading counts: its line holds the citation and nothing but layout marks ("## ",
"**", a dash or colon after it); or the citation is followed on its line by a dash and words
(_DASH), which it heads whatever the writer set before it. A line that cites an article itself
is a heading or a reference of its own, and is left alone; so is a line another span covers,
unless it gives way (headed.gives_way).

Measured on the real-world sets (every read set, round seventeen): of the lines right under a
bare article heading that no rule linked, the bars take heldout17's four labelled paragraph
summaries (AI Act Art. 12(1), 12(2), 15(1), 15(2); three of them only with recitals no rivals)
and nothing on the other sets: their unlinked lines under bare headings are captions, page
furniture ("Legal Text", "From GDPRhub") or text in a language the store lacks, all far under
the share. Of the words after a citation and a dash that no rule linked (76 on every read set),
they take six, each the cited article's labelled retelling (heldout's GDPR Art. 12(2),
heldout5's Art. 32, heldout15's AI Act Art. 5(1)(a) — with recitals no rivals —, heldout17's
Art. 73(4) and 73(2)) and nothing else: the rest are captions ("Article 17 — Right to
erasure"), titles of a page's sections, and words of another article's after a passing
reference ("listed in Article 5 — attract fines of up to …", under the share).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from lawref.match.results import MatchResult
from lawref.pipeline.headed import Headed, gives_way
from lawref.pipeline.names_shared import names_shared
from lawref.pipeline.renderings import Weighed
from lawref.pipeline.retold_items import point_retold
from lawref.pipeline.told_paraphrase import content_words
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant
from lawref.xling.kanji import is_chinese
from lawref.xling.link import is_english

if TYPE_CHECKING:
    from lawref.store.schema import Article

__all__ = ["heading_points"]

# What a bare heading's line may hold besides its citation: space and Markdown or layout marks.
_HEADING_MARKS = " \t\u3000\u00a0#*_|:：.-–—"
# A citation followed on its line by a dash heads the words after it, whatever the writer set
# before it ("• A death occurred → Article 73(4) — report immediately …", "Art. 32 – Controller &
# processor must implement …", 第二十一条——国家…): an em or en dash, or a Chinese double one, not a
# hyphen (bounded runs of one class each: linear).
_DASH = constant(r"[ \t\u00a0\u3000]*[—–]{1,2}[ \t\u00a0\u3000]*")
# A line under a heading holds at least this many distinct content words (a CJK character one),
# more than a list item's ITEM_MIN_WORDS: the labelled lines hold seven, and a line of four or five
# is as often the heading's own caption set on the next line ("Record-keeping", "Traceability
# appropriate to intended purpose") as a retelling, which a short run clears the margin on by chance.
_MIN_WORDS = 6
# Work bounds (linear time on hostile text): headings read in one document, a line's length.
_HEADINGS_MAX = 300
_LINE_MAX_CHARS = 600


def heading_points(
    text: str,
    taken: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    store: Store,
    handed: Mapping[tuple[int, int], MatchResult] | None = None,
) -> list[Headed]:
    """The lines right under a bare heading citing an article that retell a point of it, with
    their links (the heading is the citation they were verified against, and cites them)."""
    handed = handed or {}
    wordings: dict[str, list[tuple[Article, list[frozenset[str]]]]] = {}
    found: list[Headed] = []
    headings = [c for c in citations if c.statute and c.article]
    for citation in headings[:_HEADINGS_MAX]:
        line = _headed_line(text, citation)
        if line is None:
            continue
        start, end = line
        words = text[start:end]
        if (
            end - start > _LINE_MAX_CHARS
            or not (is_english(words) or is_chinese(words))
            or len(content_words(words)) < _MIN_WORDS
            or any(start <= c.start < end for c in citations)
        ):
            continue  # (a line citing an article is a heading or a reference of its own)
        inside = [q for q in taken if q.start < end and start < q.end]
        if any(not gives_way(q, start, end, handed) for q in inside):
            continue
        linked = point_retold(words, citation, store, wordings, recitals_rival=False)
        span = QuoteSpan(words, start, end, "none")
        # (a line that shares only names with the article would be unlinked later: not reported)
        if linked is not None and names_shared(span, Weighed(linked), citations).result is linked:
            found.append(Headed(span, linked, citation, replaces=tuple(inside)))
    return found


def _headed_line(text: str, citation: CitationSpan) -> tuple[int, int] | None:
    """The words the citation heads: the rest of its line after a dash ("→ Article 73(4) —
    report immediately …"), or the next line that holds words when the citation's line holds
    nothing else but layout marks (a bare heading); None otherwise."""
    line_end = text.find("\n", citation.end)
    line_end = len(text) if line_end < 0 else line_end
    dash = _DASH.match(text, citation.end, line_end)
    if dash is not None and text[dash.end() : line_end].strip():
        return _trimmed(text, dash.end(), line_end)
    line_start = text.rfind("\n", 0, citation.start) + 1
    if (
        line_end == len(text)
        or text[line_start : citation.start].strip(_HEADING_MARKS)
        or text[citation.end : line_end].strip(_HEADING_MARKS)
    ):
        return None
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return _trimmed(text, start, len(text) if end < 0 else end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without the white space at either end; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
