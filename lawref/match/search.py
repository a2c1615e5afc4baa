"""Reverse lookup (``lawref search``): which stored texts hold a phrase, or wording close to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from lawref.match import thresholds as T
from lawref.text.normalize import skeleton
from lawref.text.tokens import token_texts

if TYPE_CHECKING:
    from lawref.match.matcher import Matcher


@dataclass(frozen=True)
class SearchHit:
    statute: str
    title: str
    title_original: str
    article: str
    version: str | None
    language: str
    translation: str | None
    score: float
    snippet: str
    span: tuple[int, int]
    text_id: int

    def to_record(self) -> dict[str, object]:
        """The hit as ``lawref search --format json`` and the web API's /api/search give it."""
        return {
            "statute": self.statute,
            "title": self.title,
            "title_original": self.title_original,
            "article": self.article,
            "version": self.version,
            "language": self.language,
            "translation": self.translation,
            "score": self.score,
            "snippet": self.snippet,
            "span": list(self.span),
        }


def search(matcher: Matcher, phrase: str, limit: int = 10) -> list[SearchHit]:
    """Stored texts that contain ``phrase`` or something close to it, best first: candidates from
    the index (a one-word phrase, which has no bigram, is looked for directly), each scored by the
    partial ratio of the phrase's skeleton against the text's."""
    form = skeleton(phrase)
    tokens = token_texts(form)
    if not tokens:
        return []
    index = matcher.index
    if len(tokens) >= 2:
        ids = index.candidates(" ".join(tokens), max(limit * 3, T.CANDIDATE_LIMIT))
    else:
        ids = [i for i, t in enumerate(index.texts) if tokens[0] in t.text.casefold()]
        ids = ids[: limit * 3]
    hits: list[SearchHit] = []
    for text_id in ids:
        matcher.comparisons += 1
        target = matcher.target(text_id)
        found = fuzz.partial_ratio_alignment(form.text, target.skeleton.text)
        if found.score < T.SEARCH_MIN_SCORE:
            continue
        first, last = target.tokens_within(found.dest_start, found.dest_end)
        if last <= first:
            continue
        span = target.token_span_source(first, last)
        stored = index.texts[text_id]
        title = index.title(stored.statute)
        hits.append(
            SearchHit(
                stored.statute,
                title.en,
                title.original,
                stored.article,
                stored.version,
                stored.language,
                stored.translation,
                round(found.score, 1),
                snippet(stored.text, span),
                span,
                text_id,
            )
        )
    hits.sort(key=lambda h: (-h.score, h.text_id))
    return hits[:limit]


def snippet(text: str, span: tuple[int, int], context: int = 40) -> str:
    """The span with a little context on each side, whitespace collapsed."""
    a, b = span
    start, end = max(0, a - context), min(len(text), b + context)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + " ".join(text[start:end].split()) + suffix
