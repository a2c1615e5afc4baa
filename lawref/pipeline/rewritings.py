"""An unquoted sentence that rewrites the cited article is not another article's text: "Article 22
GDPR … (b) is permitted by the law of the Union or the law of the Member State to which the
administrator is subject …" retranslates Art. 22(2)(b), though a stretch of it reads closer to Art.
14(5)(c). When the writer's sentence around the matched core also holds words of the article its
citation names, words the matched article lacks (agreement.py ``rewrites_cited``), the core is not
linked to the other article: attribution already reads it as a rewriting of the cited one, and the
link must not say otherwise."""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.agreement import agrees, holds_words, rewrites_cited
from lawref.pipeline.checkable import base_article
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

__all__ = ["rewritings"]


def rewritings(
    text: str,
    spans: Sequence[QuoteSpan],
    weighed: list[Weighed],
    groups: Sequence[list[CitationSpan]],
    store: Store,
) -> list[Weighed]:
    """The results, each unquoted core that rewrites its cited article unlinked from the other
    article it matched (with a note)."""
    out = list(weighed)
    for i, (span, group, weight) in enumerate(zip(spans, groups, weighed, strict=True)):
        match = weight.result.match
        if match is None or span.marks != "none" or not group:
            continue
        if any(agrees(c, match, store) or holds_words(c, span.text, store) for c in group):
            continue
        cited = rewrites_cited(
            group, span, match, store, _others_set_aside(text, i, spans, weighed, group)
        )
        if cited is None:
            continue
        note = (
            f"not linked: the sentence rewrites the article cited (“{cited.text}”), holding words "
            f"of it that Art. {match.article} of {match.title} lacks; this stretch only reads "
            f"closer to Art. {match.article}"
        )
        out[i] = Weighed(unlinked(weight.result), note)
    return out


def _others_set_aside(
    text: str,
    index: int,
    spans: Sequence[QuoteSpan],
    weighed: Sequence[Weighed],
    group: Sequence[CitationSpan],
) -> str:
    """``text`` with every other span linked to an article no citation of ``group`` names blanked
    (spaces for its letters, so that every offset and every sentence's bounds stay)."""
    cited = {(c.statute, base_article(c.article)) for c in group if c.article is not None}
    blanked = [
        (other.start, other.end)
        for j, (other, weight) in enumerate(zip(spans, weighed, strict=True))
        if j != index
        and (match := weight.result.match) is not None
        and (match.statute, base_article(match.article)) not in cited
    ]
    if not blanked:
        return text
    pieces, at = [], 0
    for start, end in sorted(blanked):
        start = max(start, at)
        if start >= end:
            continue
        pieces += [text[at:start], "".join(ch if ch.isspace() else " " for ch in text[start:end])]
        at = end
    return "".join(pieces) + text[at:]
