"""A speaker's words are not linked to a law's Chinese original by their rendered terms alone.

"In a statement, the Liaison Office in the city declared that “no one must underestimate the
central government's determination to safeguard national security in Hong Kong”": the words are
the office's, and the law named sentences before ("the National Security Law for Hong Kong")
settles only which statute a rendering would be of. The cross-lingual check (xling/) finds some
of the quotation's terms — central government, safeguard, national security, Hong Kong — in an
article of that law (Art. 55) and links it, faithfulness 52: a speaker linked to a provision.

This rule reads the lead-in: the sentence before the quotation, from its start, ends in a verb of
saying ("declared that", "said", "told reporters") whose subject is no law — the sentence holds
no citation, no word for a law or its parts ("the law", "Article", "the Act", "it") — and the
quotation is linked only cross-lingually (its evidence, not a stored text's words): then it is
the speaker's, not linked, with a note. A quotation the store holds in English is judged by its
words, whoever says them (pipeline/nested.py reads the law's words inside a speaker's).

On the real-world passages (every set): one such link (heldout8, the Liaison Office's statement
linked to the Hong Kong National Security Law's Art. 55); no cross-lingual link labelled right
has a speaker's lead-in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant
from lawref.xling.link import evidence_of

__all__ = ["speaker_said"]

# A verb of saying that ends the lead-in, its subject before it: "X declared that", "X said".
_SAID = constant(
    r"\b(?:declared|said|says|stated|told\s{1,3}(?:reporters|journalists|the\s{1,3}\w+)"
    r"|added|insisted|warned|noted|argued|claimed|announced|stressed|emphasi[sz]ed)"
    r"(?:\s{1,3}that)?[\s,:]*$",
    re.IGNORECASE,
)
# Words for a law or its parts: a lead-in holding one may speak for the law ("the law says").
_LAW_WORD = constant(
    r"\b(?:laws?|acts?|articles?|sections?|provisions?|clauses?|regulations?|statutes?"
    r"|legislation|code|text|it|its|they)\b",
    re.IGNORECASE,
)
# A speaker's tag after the quotation: "“…,” said the statement.", "“…,” the firm said."
_SAID_AFTER = constant(
    r"[\s,\"”’']{0,4}(?:(?:said|says|stated|added|wrote|warned|noted)\s{1,3}(?P<after>[^.,;!?\n\"“”]{1,60}?)"
    r"|(?P<before>[^.,;!?\n\"“”]{1,60}?)\s{1,3}(?:said|says|stated|added|wrote|warned|noted))"
    r"\s{0,3}(?:[.,;!?\n]|$)",
    re.IGNORECASE,
)
_SENTENCE_END = ".!?\n"
_LEAD_REACH = 240  # characters before the quotation read for its sentence


def speaker_said(
    text: str, span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan]
) -> Weighed:
    """``weighed`` unlinked, with a note, when a cross-lingual link's quotation is given by its
    lead-in as a speaker's words (see the module's docstring)."""
    result = weighed.result
    if result.match is None or evidence_of(result) is None:
        return weighed
    said = _lead_in_said(text, span, citations) or _tag_after(text, span, citations)
    if said is None:
        return weighed
    note = (
        f"not linked: the words are given as a speaker's (“{said}”), not as a "
        f"rendering of Art. {result.match.article} of {result.match.title}"
    )
    return Weighed(unlinked(result), note)


def _lead_in_said(text: str, span: QuoteSpan, citations: Sequence[CitationSpan]) -> str | None:
    """The lead-in that gives the quotation as a speaker's ("the office declared that"), or None."""
    floor = max(0, span.start - _LEAD_REACH)
    before = text[floor : span.start].rstrip(" \t\"“‘'")
    start = max(before.rfind(ch) for ch in _SENTENCE_END) + 1
    lead = before[start:]
    if not lead.strip() or _SAID.search(lead) is None or _LAW_WORD.search(lead):
        return None
    lead_start = floor + start
    if any(c.start < span.start and c.end > lead_start for c in citations):
        return None
    return lead.strip()[-60:]


def _tag_after(text: str, span: QuoteSpan, citations: Sequence[CitationSpan]) -> str | None:
    """The speaker's tag right after a quotation in quotation marks ("“…,” said the statement.",
    "“…,” the firm said."), whose speaker is no law (heldout15: a law firm's statement linked
    cross-lingually to the Counter-Terrorism Law's Art. 19), or None."""
    if span.marks == "none":
        return None
    tag = _SAID_AFTER.match(text, span.end, min(len(text), span.end + 90))
    if tag is None:
        return None
    who = tag.group("after") or tag.group("before") or ""
    if _LAW_WORD.search(who) or any(c.start < tag.end() and c.end > span.end for c in citations):
        return None
    return tag.group().strip(" \t\n\"”’',.;")
