"""A context rule yields to the law the document names itself.

The grammar's context rules read a short name by the document's cues: in a Hong Kong story 国安法
and "the NSL" are the 2020 law for Hong Kong (citations/context.py). A story about the PRC's 2015
National Security Law that reports Hong Kong's reaction has the same cues (香港特区政府, 香港电台),
but it names the law it is about in full (全国人大常委会通过《国家安全法》) and never names the Hong
Kong law by any name of its own (香港国安法, 港区国安法, "the Hong Kong National Security Law", a
place right before the name). A reader takes the short name there for the law the text named,
not for a law the text never mentions. So, after the walk: where every citation of the rule's
law came from the context rule alone, and the text names one of the laws the rule reads the name
instead of — by its own name (as a title, or with its state), not through the context — the
context-read citations are that law's.

Where the text names both laws, or neither, or the rule's law by a name or place of its own,
nothing changes. Chosen on the labelled sets (tests/realworld): heldout13's 2015 story on the
National Security Law (its short name read as the Hong Kong law nine times) moves to the 2015
law; heldout8's Hong Kong op-ed, whose 國家安全法 is only a kind of law every country has, showed
that a bare name must not count as naming a law (a title or the state's name must).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from lawref.citations.context import DocumentContext
from lawref.spans import CitationSpan

__all__ = ["context_yields_to_own_naming"]

CONTEXT_NOTE = "context: "
# A name is the text's own naming of a law when it stands as a title (《国家安全法》) or with the
# state it is of (中华人民共和国国家安全法, "the PRC National Security Law"); a bare 國家安全法 may be a
# kind of law ("各國均有國家安全法": every country has one), which names no law in particular.
TITLE_MARKS = '《〈「『“"'
STATE_WORDS = (
    "中华人民共和国",
    "中華人民共和國",
    "中国",
    "中國",
    "全国人大",
    "全國人大",
    "PRC",
    "China",
)
STATE_REACH = 12  # characters before a name its state word may stand


def context_yields_to_own_naming(
    text: str,
    found: list[CitationSpan],
    context: DocumentContext,
    article_of: Callable[[str, str, str | None], tuple[str, str | None]],
) -> list[CitationSpan]:
    """``found`` with the citations a context rule read re-read as the law the text names itself,
    where the text names that law and never the rule's own (see the module's docstring);
    ``article_of`` gives the store's number of a cited article."""
    for rule, _names in context.rules:
        if rule.statute is None:
            continue
        note = CONTEXT_NOTE + rule.name
        by_context = [
            i
            for i, c in enumerate(found)
            if c.statute == rule.statute and (c.note or "").startswith(note)
        ]
        if not by_context or _names_itself(text, found, context, rule.statute, rule.cues, note):
            continue
        named = {
            c.statute
            for c in found
            if c.statute in rule.instead_of
            and not (c.note or "").startswith(CONTEXT_NOTE)
            and _marked(text, c)
        }
        if len(named) != 1:
            continue
        (statute,) = named
        found = list(found)
        for index in by_context:
            cited = found[index]
            article, subdivision = cited.article, cited.subdivision
            if article is not None:
                article, subdivision = article_of(statute, article, subdivision)
            found[index] = replace(
                cited,
                statute=statute,
                article=article,
                subdivision=subdivision,
                ambiguous=(),
                note=f"the text names {statute} itself ({rule.name} context not applied)",
            )
    return found


def _names_itself(
    text: str,
    found: Sequence[CitationSpan],
    context: DocumentContext,
    statute: str,
    cues: list[str],
    note: str,
) -> bool:
    """Whether the text names ``statute`` by a name of its own, or by a place right before a
    name (香港国家安全法), rather than only through the context rule."""
    from lawref.citations.place_qualified import place_right_before

    if any(placed == statute for placed, _words in context.placed):
        return True
    for cited in found:
        if cited.statute != statute:
            continue
        if not (cited.note or "").startswith(note) or place_right_before(text, cited.start, cues):
            return True
    return False


def _marked(text: str, cited: CitationSpan) -> bool:
    """Whether ``cited`` names its law as a title or with its state (see TITLE_MARKS)."""
    if cited.text[:1] in TITLE_MARKS:
        return True
    around = text[max(0, cited.start - STATE_REACH) : cited.end]
    return any(word in around for word in STATE_WORDS)
