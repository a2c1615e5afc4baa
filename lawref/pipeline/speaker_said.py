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

The same holds for a tag after the words ("“…,” said the statement.", "“…,” the firm said.":
heldout15, a law firm's statement retelling the Counter-Terrorism Law's Art. 19). And a Chinese
sentence that a speaker opens (习近平主席指出，…, 发言人表示：…) with no citation in it is the
speaker's: an unquoted stretch of it that is a near-copy of an article, or only part of the
sentence, is not linked (heldout13: Xi Jinping's 2014 words, later taken up by the National
Security Law's Art. 3, linked as ``verbatim``); a law as the subject (第三条指出) speaks for the
law, and a speaker who names the law before the words (评论认为，修订后的条文涵盖了…) gives them as
its. On the read sets this reading unlinks that heldout13 sentence and nothing else.

On the real-world passages (every set): one such link (heldout8, the Liaison Office's statement
linked to the Hong Kong National Security Law's Art. 55); no cross-lingual link labelled right
has a speaker's lead-in. A plan's or a report's words count as a speaker's ("the “14th
Five-Year Plan” outline also clarifies “…”", heldout17, linked to the Cybersecurity Law's Art.
3): the verbs a document speaks with — clarifies, proposes, points out, calls for — end a lead-in
too, still only when no law word or citation stands in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawref.pipeline.renderings import Weighed, part_of_sentence, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant
from lawref.xling.link import evidence_of

__all__ = ["speaker_said"]

# A verb of saying that ends the lead-in, its subject before it: "X declared that", "X said".
_SAID = constant(
    r"\b(?:declared|said|says|stated|told\s{1,3}(?:reporters|journalists|the\s{1,3}\w+)"
    r"|added|insisted|warned|noted|argued|claimed|announced|stressed|emphasi[sz]ed"
    # a plan's or a report's words: "the “14th Five-Year Plan” outline also clarifies “…”"
    r"|clarifie[sd]|proposes|proposed|points\s{1,3}out|pointed\s{1,3}out|calls\s{1,3}for|called\s{1,3}for)"
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
# A Chinese sentence opened by a speaker: "习近平主席指出，", "发言人表示：" — a subject of at most
# _SPEAKER_MAX characters, then a verb of saying, then a comma or colon.
_CHINESE_SPEAKER = constant(
    r"\s*(?P<who>[^，,：:。！？!?\n“”「」]{1,30}?)(?:指出|表示|强调|強調|说|說|称|稱|认为|認為)\s*[，,：:]"
)
# Words for a law or its parts in a speaker's place: "第十条指出，", "该法强调，" speak for a law.
_CHINESE_LAW_WORD = constant(r"法|[条條]|规定|規定|[条條]例|[办辦]法|[决決]定|草案|文件|意见|意見")
_CHINESE_ENDS = "。！？!?；;\n"
# What ends no speaker but a phrase of the writer's: 也就是说, 具体来说, 比如说, 一般地说.
_NO_SPEAKER = ("来", "來", "是", "如", "般", "地", "的", "话", "話")
_LEAD_REACH = 240  # characters before the quotation read for its sentence


def speaker_said(
    text: str, span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan]
) -> Weighed:
    """``weighed`` unlinked, with a note, when a cross-lingual link's quotation is given by its
    lead-in as a speaker's words (see the module's docstring)."""
    result = weighed.result
    if result.match is None:
        return weighed
    if evidence_of(result) is None:
        return _chinese_speaker(text, span, weighed, citations)
    said = _lead_in_said(text, span, citations) or _tag_after(text, span, citations)
    if said is None:
        return weighed
    note = (
        f"not linked: the words are given as a speaker's (“{said}”), not as a "
        f"rendering of Art. {result.match.article} of {result.match.title}"
    )
    return Weighed(unlinked(result), note)


def _chinese_speaker(
    text: str, span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan]
) -> Weighed:
    """``weighed`` unlinked, with a note, when an unquoted stretch stands in a sentence a speaker
    opens (习近平主席指出，…), no citation in it, and is a near-copy or only part of that sentence:
    the speaker's words, which borrow the law's (heldout13: Xi Jinping's 2014 words on the
    overall national security outlook, which the 2015 law's Art. 3 later took up, linked to it as
    ``verbatim``). Else ``weighed`` unchanged."""
    result = weighed.result
    match = result.match
    if span.marks != "none" or match is None:
        return weighed
    floor = max(0, span.start - _LEAD_REACH)
    start = max(text.rfind(ch, floor, span.start) for ch in _CHINESE_ENDS) + 1
    start = max(start, floor)
    opened = _CHINESE_SPEAKER.match(text, start, span.start)
    who = opened.group("who").strip() if opened else ""
    if not who or who.endswith(_NO_SPEAKER) or _CHINESE_LAW_WORD.search(who):
        return weighed
    if _CHINESE_LAW_WORD.search(text, opened.end(), span.start):
        return weighed  # 评论认为，修订后的条文涵盖了…: the speaker gives the law's words as its
    if any(start <= c.start < span.end for c in citations):
        return weighed
    near = result.verdict in ("altered", "paraphrase")
    if not near and not part_of_sentence(text, span.start, span.text):
        return weighed
    note = (
        f"not linked: the words are given as a speaker's (“{opened.group().strip()}”), not as "
        f"Art. {match.article} of {match.title}; the nearest stored text is "
        f"{result.verdict} against them"
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
