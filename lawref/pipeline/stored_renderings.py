"""The stored rendering a match rests on, and what it can say: where it was recorded and where it
stops.

A match with a translation names its publisher and text; the rendering itself (truncated or not,
primary or seen only in reporting, its address) is found again in the store. A rendering recorded
from the page being checked is no evidence for it (pipeline/renderings.py), so the pages it was
seen at are compared by address; and a truncated rendering stops where the copy seen stopped, so
a quotation's last words beyond its end are not an ``insert``.
"""

from __future__ import annotations

from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.report import Match
from lawref.store.files import Store
from lawref.store.schema import Translation
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant

__all__ = ["beyond_truncation", "find_rendering", "pages_of", "same_page"]

_URL = constant(r"https?://[^\s'\"]{1,500}")
_TRAILING = constant(r"[\s\W]*\Z")


def find_rendering(store: Store, match: Match) -> Translation | None:
    """The stored translation a match was made with."""
    statute = store.get(match.statute)
    if statute is None:
        return None
    for article in statute.numbered(match.article):
        for translation in article.translations:
            if translation.publisher == match.translation and translation.text == match.text:
                return translation
        for translation in article.translations:
            if translation.publisher == match.translation:
                return translation
    return None


def beyond_truncation(result: MatchResult, quote: str) -> tuple[MatchResult, str | None]:
    """Without the insert of the quotation's last words when they lie beyond the end of a
    truncated rendering (the matched span reaches its end)."""
    match = result.match
    if match is None or not result.differences:
        return result, None
    last = result.differences[-1]
    if last.op != "insert" or not last.quote:
        return result, None
    if _TRAILING.fullmatch(match.text, match.span[1]) is None:
        return result, None  # the rendering goes on after the matched words
    tail = letters_text(quote)
    if not tail.endswith(letters_text(last.quote)):
        return result, None
    rest = result.differences[:-1]
    verdict = result.verdict if rest else "minor"
    note = (
        f"the words “{last.quote}” go beyond the end of the stored rendering, which is cut off "
        "there: they are not compared"
    )
    return replace(result, verdict=verdict, differences=rest), note


def pages_of(rendering: Translation) -> list[str]:
    """The pages a rendering was recorded from: its address and those its note says it was also
    seen at."""
    pages = [rendering.url] if rendering.url else []
    pages += [u.rstrip(".,;)'") for u in _URL.findall(rendering.note or "")]
    return pages


def same_page(url: str | None, source: str) -> bool:
    """Whether a rendering's address is the page being checked."""
    if not url or "://" not in source:
        return False
    return _page_key(url) == _page_key(source)


def _page_key(url: str) -> str:
    key = url.split("#", 1)[0].split("://", 1)[-1].casefold()
    key = key.removeprefix("www.")
    return key.rstrip("/")
