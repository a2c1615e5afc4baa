"""What a report says about each quotation, in words: shared by the HTML and terminal renderings.

Everything here reads the report and the store; nothing formats for a medium.
"""

from __future__ import annotations

import bisect
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lawref.render.diff import DiffOp, word_diff
from lawref.report import (
    VERDICTS,
    Citation,
    Document,
    Evidence,
    Match,
    Quote,
    Report,
    ReportModel,
    Verdict,
)
from lawref.store.files import Store
from lawref.store.schema import Provenance, Statute, Translation, part_name
from lawref.text.confusables import (
    describe_confusable,
    hidden_names,
    mark_lookalikes,
    visible,
)
from lawref.text.regex_code import constant

_LINE_BREAK = constant("\n")
VERDICT_LABELS: dict[str, str] = {
    "verbatim": "verbatim",
    "minor": "minor",
    "elided": "elided",
    "altered": "altered",
    "paraphrase": "paraphrase",
    "unmatched": "unmatched",
}
VERDICT_MEANING: dict[str, str] = {
    "verbatim": "identical to the stored text",
    "minor": "only punctuation, capitalisation or scraping damage differ",
    "elided": "pieces joined by ellipses or [brackets], each as stored",
    "altered": "words were added, dropped or changed",
    "paraphrase": "about one article, but not its wording",
    "unmatched": "not from any statute in the store",
}
MARKS_LABELS: dict[str, str] = {
    "quoted": "in quotation marks",
    "block": "block quotation",
    "none": "reproduced without quotation marks",
}
# Verdicts whose differences are worth a word diff (a paraphrase differs everywhere).
DIFF_VERDICTS = frozenset({"altered", "minor"})


def is_problem(quote: Quote) -> bool:
    return quote.verdict == "altered" or quote.attribution == "misattributed"


def problem_reasons(quote: Quote) -> list[str]:
    reasons = []
    if quote.verdict == "altered":
        reasons.append("altered")
    if quote.attribution == "misattributed":
        reasons.append("misattributed")
    return reasons


def verdict_counts(documents: Sequence[Document]) -> dict[Verdict, int]:
    counted = Counter(q.verdict for d in documents for q in d.quotes)
    return {v: counted.get(v, 0) for v in VERDICTS}


def documents_of(report: Report | Sequence[Document]) -> list[Document]:
    return list(report.documents) if isinstance(report, Report) else list(report)


def text_for(documents_text: Sequence[str], index: int) -> str:
    return documents_text[index] if index < len(documents_text) else ""


class Lines:
    """Line numbers of offsets in one text (found by bisection: a long text with many quotes
    is not rescanned for each)."""

    def __init__(self, text: str) -> None:
        self._breaks = [found.start() for found in _LINE_BREAK.finditer(text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_left(self._breaks, offset) + 1


def place(item: Quote | Citation, lines: Lines) -> str:
    """Where a quote or citation is, as a reader finds it: "page 3" in a PDF, "paragraph 12" in a
    Word document, "line 40" in any other text."""
    if item.page is not None:
        return f"page {item.page}"
    if item.paragraph is not None:
        return f"paragraph {item.paragraph}"
    return f"line {lines.of(item.start)}"


def place_unit(items: Sequence[Quote | Citation]) -> str:
    """What :func:`place` counts in a document: "page", "paragraph" or "line"."""
    if any(item.page is not None for item in items):
        return "page"
    if any(item.paragraph is not None for item in items):
        return "paragraph"
    return "line"


def shown_source(source: str) -> str:
    """A document's name for a report's reader: as given, but an absolute local path by its
    file name only (the reader need not learn the folders of whoever ran the check)."""
    if "://" in source or not os.path.isabs(source):
        return source
    return os.path.basename(source) or source


def article_label(number: str | None) -> str:
    """ "Art. 7"; a recital or an annex by its own name ("Recital 26", "Annex III")."""
    if not number:
        return ""
    return part_name(number) or f"Art. {number}"


@dataclass(frozen=True)
class MatchedRendering:
    """Which text a quote matched: the original, or one translation with its publisher."""

    label: str  # "original text (zh)" or the translation's publisher
    language: str
    url: str | None  # the page it came from (not yet checked for being a web address)
    provenance: str  # where the text came from, in words
    translation: Translation | None


def statute_provenance(statute: Statute, version: str | None) -> Provenance:
    for candidate in statute.versions:
        if candidate.id == version and candidate.source is not None:
            return candidate.source
    return statute.source


def official_language_source(
    statute: Statute, version: str | None, language: str
) -> Provenance | None:
    for candidate in statute.versions:
        if version in (None, candidate.id):
            for official in candidate.official_languages:
                if official.language == language:
                    return official.source
    return None


def provenance_words(source: Provenance) -> str:
    parts = [source.source]
    if source.path:
        parts.append(source.path)
    if source.commit:
        parts.append(f"commit {source.commit[:12]}")
    if source.retrieved:
        parts.append(f"retrieved {source.retrieved.isoformat()}")
    if source.licence:
        parts.append(source.licence)
    return " · ".join(parts)


def find_translation(statute: Statute, match: Match) -> Translation | None:
    article = statute.article(match.article, match.version)
    if article is None or match.translation is None:
        return None
    candidates = [t for t in article.translations if t.publisher == match.translation]
    same_language = [t for t in candidates if t.language == match.language]
    return (same_language or candidates or [None])[0]


def matched_rendering(match: Match, store: Store) -> MatchedRendering:
    statute = store.get(match.statute)
    if match.translation is None:
        label = f"original text ({match.language})"
        if statute is None:
            return MatchedRendering(label, match.language, None, "", None)
        source = statute_provenance(statute, match.version)
        if match.language != statute.language:
            # Another official language version (the French GDPR): authentic, not a translation.
            label = f"official language version ({match.language})"
            source = official_language_source(statute, match.version, match.language) or source
        return MatchedRendering(label, match.language, source.url, provenance_words(source), None)
    translation = find_translation(statute, match) if statute is not None else None
    if translation is None:
        return MatchedRendering(match.translation, match.language, None, "", None)
    words = "" if translation.url else "no web address recorded"
    return MatchedRendering(
        match.translation, translation.language, translation.url, words, translation
    )


def attribution_words(quote: Quote) -> str:
    cited = quote.cited_as
    if quote.attribution == "uncited":
        return "uncited: no citation near the quote"
    if quote.attribution == "unverified":
        said = f"cited as “{cited.text}”" if cited else "cited"
        return f"unverified: {said}, which the store cannot check (see the note)"
    if quote.attribution == "misattributed":
        where = ""
        if quote.match is not None:
            where = (
                f"; the text is from {article_label(quote.match.article)} of {quote.match.title}"
            )
        said = f"cited as “{cited.text}”" if cited else "the nearby citation"
        return f"misattributed: {said}{where}"
    return f"consistent: cited as “{cited.text}”" if cited else "consistent"


def matched_span(match: Match) -> tuple[int, int]:
    start, end = match.span
    size = len(match.text)
    start = max(0, min(start, size))
    return start, max(start, min(end, size))


def quote_diff(quote: Quote) -> list[tuple[DiffOp, str]] | None:
    """The track-changes view of a quote against its matched span (altered and minor quotes)."""
    if quote.match is None or quote.verdict not in DIFF_VERDICTS:
        return None
    start, end = matched_span(quote.match)
    pieces = word_diff(quote.match.text[start:end], quote.text)
    if any(d.op == "confusable" for d in quote.differences):
        # "shаll" against "shall" would read as two equal words: name the look-alike letters.
        pieces = [(op, mark_lookalikes(p) if op == "insert" else p) for op, p in pieces]
    return pieces


def difference_words(op: str, quoted: str, stored: str) -> str:
    if op == "confusable":
        return (
            f"look-alike letters: “{visible(quoted)}” is not “{stored}”: "
            f"{describe_confusable(quoted, stored)}"
        )
    if op == "hidden":
        return f"hidden characters: {hidden_names(list(quoted))}"
    if op == "insert":
        return f"added “{quoted}”"
    if op == "delete":
        return f"dropped “{stored}”"
    return f"“{quoted}” where the statute has “{stored}”"


def evidence_items(found: Evidence | dict[str, object] | None) -> Iterator[tuple[str, str]]:
    """The cross-lingual evidence as (name, plain words) pairs, in a stable order."""
    if not found:
        return
    evidence = _as_data(found) if isinstance(found, Evidence) else found
    order = ["faithfulness", "covered", "omitted", "added", "modality"]
    for key in [*order, *sorted(k for k in evidence if k not in order)]:
        if key in evidence:
            yield key, _plain(evidence[key])


def _as_data(value: object) -> object:
    """What ``model_dump()`` gives for the report's plain models (fields in order, nested models
    as dicts), read field by field: a text report builds no pydantic serializer for it."""
    if isinstance(value, ReportModel):
        return {name: _as_data(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, list):
        return [_as_data(v) for v in value]
    return value


def _plain(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(v) for v in value) if value else "none"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    return "none" if value is None else str(value)
