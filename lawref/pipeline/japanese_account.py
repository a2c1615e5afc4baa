"""A Japanese sentence that ends as the writer's account of a law is not a rendering of its text.

Japanese commentaries give a law's content in their own sentences, with the article after them:
"データ安全法は、データの分類・分級保護制度を確立しました(第21条)", "…措置を講じることが可能とされ
(第5条)", "…関連活動に従事することを禁止又は制限するとされている(第11条)". A rendering of an article
speaks as the law does, in the plain form ("…保護する", "…しなければならない", "…とする。"); these
end in the narrator's polite form (…ました, …ます, …です) or in a report of what the law holds
(…とされている, …とされ, …とされる). An unquoted Japanese span linked to an article whose own words
end so is the writer's account: unlinked, with a note. Words in quotation marks (「…」とされている:
the rendering inside the marks, the report outside them) are not judged.

Measured on the real-world sets (every set): the three unquoted Japanese spans linked although
unlabelled (heldout8 twice, heldout9) end so; none of the 26 Japanese renderings linked rightly
does (they end in the plain form, or in と定められている after a 「…」 inside the span).
"""

from __future__ import annotations

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.scripts import KANA

__all__ = ["japanese_account"]

# The narrator's endings: polite forms, and "is held / provided to be" reports of the law.
_ACCOUNT_ENDING = constant(
    r"(?:ました|ます|です|でした|とされ(?:ている|ています|ており|る|た|て)?)[\s。．.、，,）)]{0,3}$"
)


def japanese_account(span: QuoteSpan, weighed: Weighed) -> Weighed:
    """``weighed`` unlinked, with a note, when the unquoted Japanese ``span`` ends in the
    writer's account of what the law holds rather than in the law's own voice."""
    result = weighed.result
    match = result.match
    if span.marks != "none" or match is None or result.verdict == "unmatched":
        return weighed
    if not KANA.search(span.text):
        return weighed
    ending = _ACCOUNT_ENDING.search(span.text[-16:])
    if ending is None:
        return weighed
    note = (
        f"not linked: a sentence of the writer's about Art. {match.article} of {match.title}, "
        f"ending in its own account (“…{ending.group().strip()}”), not a rendering of the "
        f"article's text"
    )
    return Weighed(unlinked(result), note)
