"""A sentence saying what a law was made for, in its first article's words, is not a quotation.

A law's first article gives its purpose: "为了保障网络安全，……，促进经济社会信息化健康发展，制定本法。"
Writers describe the law with the same words in a sentence of their own: "《网络安全法》是为保障网络
安全，……促进经济社会信息化健康发展制定", "……是为了保守国家秘密，……而制定的法律。". The words are the
law's, but the writer tells what the law is (是为…(而)制定(的法律)), and the matcher links the
sentence to Art. 1 as `altered` for the missing 本法. When an unquoted Chinese span stands after
the writer's 是 and goes on to a 制定 that is not the law's 制定本法, while the matched article
holds 制定本法 (a purpose clause), the span is the writer's description: unlinked, with a note.

Measured on the real-world sets (every set): two such links, both unlabelled (heldout5,
heldout8); no span linked rightly has a 制定 without 本法 after the writer's 是.
"""

from __future__ import annotations

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["purpose_told"]

# The writer's 是 before the purpose (是为, 是为了; a space or a closing mark may stand between).
_TOLD = constant(r"是[ \t　]{0,2}$")
_AFTER = 6  # characters after the span the writer's 制定… may reach into


def purpose_told(text: str, span: QuoteSpan, weighed: Weighed) -> Weighed:
    """``weighed`` unlinked, with a note, when the unquoted span tells what a law was made for
    (是为…制定) in the words of a purpose clause the matched article holds (制定本法)."""
    result = weighed.result
    match = result.match
    if span.marks != "none" or match is None or result.verdict == "unmatched":
        return weighed
    if "制定本法" not in match.text.replace("製定", "制定"):
        return weighed
    words = span.text
    opening = text[max(0, span.start - 3) : span.start]
    if words.startswith("是"):
        opening, words = opening + "是", words[1:]
    if not _TOLD.search(opening) or not words.startswith(("为", "為")):
        return weighed
    # The writer's 制定 closing the purpose ((而)制定(的法律)), not the law's 制定本法.
    closing = (words.rstrip() + text[span.end : span.end + _AFTER]).replace("製定", "制定")
    made = closing.rfind("制定")
    if made < 0 or closing.startswith("制定本法", made):
        return weighed
    note = (
        f"not linked: the writer's sentence on what the law was made for (是为…制定), in words of "
        f"Art. {match.article} of {match.title}, not a quotation of it"
    )
    return Weighed(unlinked(result), note)
