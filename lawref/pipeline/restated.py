"""Words after "in other words" (换句话说, 也就是说, ——即) are the writer's restatement, not a quotation.

A writer who has quoted an article, or named what it covers, often says it again in plain words:
"換句話說，即使人不在香港，只要犯罪行為或結果有一項發生在香港內，就被認為是在香港犯罪", "特定对象——即
针对我国家机关、涉密单位或者关键信息基础设施等重点要害部位". The restatement borrows the law's words
and changes others, and the matcher links it as `altered`. When a restatement marker stands before
an unquoted span in its own sentence and the span does not reproduce the law exactly (verbatim or
minor), the span is the writer's restatement: unlinked, with a note. Words in quotation marks and
exact reproductions are left as they are ("in other words, the law says “…”" still quotes).

The writer's "this shows that" after a quoted article (这就指明了, 這表明, 这意味着, "this means
that") marks a restatement the same way (heldout15: a Basic Law handbook's gloss after Art. 24's
quoted definition, linked as ``altered``).

Measured on the real-world sets (every set): a marker stood before three linked unquoted spans,
all unlabelled (heldout7 twice, heldout9), and before none of the spans linked rightly. "That is,"
alone is no marker: it introduces the law's own definitions ("that is, a structured set of …").
"""

from __future__ import annotations

import re

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.sentences import SURE_SENTENCE_ENDS

__all__ = ["restated"]

_EXACT = ("verbatim", "minor", "unmatched")
_MARKER = constant(
    r"换句话说|換句話說|也就是说|也就是說|简单来说|簡單來說|简言之|簡言之|换言之|換言之|通俗来讲|通俗來講"
    r"|通俗地说|通俗地說|——即"
    # "this shows that", after the quoted article: 这就指明了, 這表明, 这意味着
    r"|[这這]就?(?:指明|表明|说明|說明|意味着|意味著)了?"
    r"|\b(?:in other words|put simply|simply put|that is to say|in plain terms|in short"
    r"|(?:this|which)\s{1,3}means(?:\s{1,3}that)?)\b",
    re.IGNORECASE,
)
_REACH = 200  # characters read back for the sentence's start


def restated(text: str, span: QuoteSpan, weighed: Weighed) -> Weighed:
    """``weighed`` unlinked, with a note, when the unquoted ``span`` follows a restatement
    marker in its own sentence and is no exact reproduction."""
    result = weighed.result
    match = result.match
    if span.marks != "none" or match is None or result.verdict in _EXACT:
        return weighed
    begin = max(0, span.start - _REACH)
    before = text[begin : span.start]
    cut = max(before.rfind(c) for c in SURE_SENTENCE_ENDS)
    latin_end = before.rfind(". ")
    sentence = before[max(cut, latin_end) + 1 :]
    markers = list(_MARKER.finditer(sentence))
    if not markers:
        return weighed
    marker = markers[-1]
    note = (
        f"not linked: the writer's restatement (after “{marker.group()}”) of "
        f"Art. {match.article} of {match.title}, in words of its own, not a quotation"
    )
    return Weighed(unlinked(result), note)
