"""Words a change took out: 最终通过的《数据安全法》取消了“……”, 本法删去了“……”的表述, "the final
text deleted the words “…”". A lead-in that says a law, an amendment or a later draft dropped the
words it quotes says that the law does not hold them: they are an earlier text's (a draft's, the
former law's). A near-copy (``altered`` or ``paraphrase``) of a stored article after such a
lead-in is not linked to the article it resembles, with a note; an exact copy keeps its link (the
store may hold the text the change was made to).

heldout16: a commentary on the Data Security Law's drafts quoted the second draft's clause that
"the finally adopted law cancelled" (取消了), which lawref linked to Art. 1 as a paraphrase; the
dev set's commentary on the Counter-Espionage Law quotes the words it "deleted" (删去了) from the
1993 law it replaced (unlinked already there: cited as the former law). Nothing else moved on the
read sets. Only the verb of taking out, in the clause right before the opening mark, is
read: the window is short and fixed, so the scan stays linear.
"""

from __future__ import annotations

import re

from lawref.pipeline.enacted import NEAR_COPY
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["dropped_words"]

_REACH = 64  # characters before the quotation read for the verb of taking out
# The verb of taking out and what may stand between it and the opening mark: in Chinese 删去了,
# 删除, 取消了, 去掉 (either script), then 原, 原来的, 关于; in English a past form ("removed",
# "deleted", "dropped", "struck out", "took out") and "the words", "the phrase", "the reference
# to", "the requirement that". A present form ("must delete") is a duty, not a change: not read.
_TOOK_OUT = constant(
    r"(?:(?:删去|删除|删掉|去掉|去除|取消|刪去|刪除|刪掉|去掉)了?\s{0,2}(?:原来的|原來的|原有的|原|关于|關於)?"
    r"|\b(?:removed|deleted|dropped|struck(?:\s{1,3}out)?|took\s{1,3}out|taken\s{1,3}out"
    r"|omitted|scrapped|eliminated)"
    r"(?:\s{1,3}(?:the\s{1,3})?(?:words?|phrases?|clauses?|sentences?|language|wording|text"
    r"|reference\s{1,3}to|requirement\s{1,3}that))?)"
    r"\s{0,2}[:：,]?\s{0,2}[“「『\"'‘]?\s{0,2}$",
    re.IGNORECASE,
)


def dropped_words(text: str, span: QuoteSpan, weighed: Weighed) -> Weighed:
    """The quotation's weighing, unlinked with a note when it is a near-copy whose lead-in says
    a change took its words out (``_TOOK_OUT`` right before the opening mark)."""
    result = weighed.result
    if span.marks == "none" or result.match is None or result.verdict not in NEAR_COPY:
        return weighed
    found = _TOOK_OUT.search(text[max(0, span.start - _REACH) : span.start])
    if found is None:
        return weighed
    verb = found.group().strip(" \t\n:：,“「『\"'‘")
    note = (
        f"not linked: given as words a change took out (“{verb}”), which the law no longer holds; "
        f"nearest stored text: Art. {result.match.article} of {result.match.title}, only "
        f"{result.verdict} against it"
    )
    return Weighed(unlinked(result), note)
