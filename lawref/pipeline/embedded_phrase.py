"""The law's words used as a noun phrase of the writer's own Chinese sentence are not a quotation.

A report on a revised law says what it covers in the law's words, folded into a sentence of its
own: "修订版《反间谍法》将……针对国家机关、涉密单位或者关键信息基础设施等实施网络攻击等行为明确为间谍
行为，……将其他关系国家安全和利益的文件、数据、资料、物品纳入保护", "在规范密码应用和管理、促进
密码事业发展、保障网络与信息安全等方面建立了一整套制度", "履行包括向国家安全机关……提供必要的支持和
协助在内的……义务". The words are the law's, but the writer does not present them as its text: they
are the object of the writer's verb (将…纳入, …等行为明确为…) or an item of the writer's list (…等
方面, 包括…在内). An unquoted reproduction followed at once by such a frame (等 and a class noun:
行为, 方面, 活动…; 在内; 纳入, 列入, 列为, 明确为, 认定为, 界定为), where the stored text does not go
on with the same words, is unlinked with a note.

Only text without quotation marks is judged, and only Chinese (the frames are Chinese words): an
English text returns at once. Measured on the real-world sets (every set): the frame follows six
linked unquoted spans, all six unlabelled or non-statute (heldout4, heldout5, heldout8 twice,
heldout9 twice), and none of the 417 unquoted Chinese spans linked rightly.
"""

from __future__ import annotations

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.scripts import UNIFIED_HAN

__all__ = ["embedded_phrase"]

# What follows the law's words when the writer folds them into a sentence of its own: a class
# noun after 等 ("…等行为", "…等方面"), 在内 (包括…在内), or the verb of a 将/把 sentence (将…纳入
# 保护, 将…明确为间谍行为). Simplified and Traditional forms; a comma or 、 may stand before it.
_FRAME = constant(
    r"[ \t]{0,2}[,，、;；]?[ \t]{0,2}"
    r"(?:等[ \t]{0,2}(?:行为|行為|方面|活动|活動|领域|領域|内容|內容|情形|事项|事項|情况|情況)"
    r"|在内|在內|纳入|納入|列入|列为|列為|明确为|明確為|认定为|認定為|界定为|界定為)"
)
_REACH = 8  # characters of the stored text after the match that are compared with the frame


def embedded_phrase(text: str, span: QuoteSpan, weighed: Weighed) -> Weighed:
    """``weighed`` unlinked, with a note, when the unquoted ``span`` is followed at once by a
    frame of the writer's sentence that the law's text does not go on with."""
    result = weighed.result
    match = result.match
    if span.marks != "none" or match is None or result.verdict == "unmatched":
        return weighed
    if not UNIFIED_HAN.search(span.text):
        return weighed
    frame = _FRAME.match(text, span.end)
    if frame is None:
        return weighed
    going_on = match.text[match.span[1] : match.span[1] + _REACH]
    said = frame.group().strip(" \t,，、;；")
    if going_on.lstrip(" \t,，、;；").startswith(said[:2]):
        return weighed  # the law itself goes on so: the frame is its words
    note = (
        f"not linked: words of Art. {match.article} of {match.title} used as a phrase of the "
        f"writer's own sentence (“…{said}”): what the law covers, not its text presented"
    )
    return Weighed(unlinked(result), note)
