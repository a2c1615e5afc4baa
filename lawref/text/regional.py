"""Taiwanese words for the mainland's, folded in the matching form: a PRC law converted to
Traditional script with Taiwanese vocabulary (網路 for 网络) differs from the law only in its
region's words, which makes a quotation ``minor``, never ``altered``.

Only words that never stand in a PRC law's text are folded (none of them occurs in the 1,421 PRC
laws and regulations of the shared corpus, nor in the store's Chinese texts: tests hold this), so
that no word of the law is ever read as another. Each pair is of one length, so the matching
form's offsets are kept. The text is in Simplified script already (after OpenCC's t2s).
"""

from __future__ import annotations

from lawref.text.regex_code import constant

# Taiwanese (in Simplified script) -> mainland. 网路 network, 讯息 information, 伺服器 server,
# 数位 digital, 程式 program.
REGIONAL_WORDS = {
    "网路": "网络",
    "讯息": "信息",
    "伺服器": "服务器",
    "数位": "数字",
    "程式": "程序",
}
# Taiwanese words (in Simplified script) for the mainland's that do stand in some PRC laws (资讯
# in two of the shared corpus's 1,421), so they cannot be folded everywhere: a quotation written
# in Traditional script with one of them where the law has the mainland's word differs from the
# law only in its region's words (match/harmless_edits.py reads it so, word by word).
REGIONAL_SYNONYMS = {
    "资讯": "信息",
}
_REGIONAL = constant("|".join(sorted(REGIONAL_WORDS, key=len, reverse=True)))


def fold_regional(text: str) -> str:
    """``text`` with each Taiwanese word of REGIONAL_WORDS replaced by the mainland's (same
    length)."""
    if _REGIONAL.search(text) is None:  # (nearly always: one scan at C speed)
        return text
    return _REGIONAL.sub(lambda m: REGIONAL_WORDS[m.group()], text)


def fold_regional_triple(
    triple: tuple[str, list[int], list[int]],
) -> tuple[str, list[int], list[int]]:
    """A (text, starts, ends) triple of the matching form with its text folded (offsets kept)."""
    text, starts, ends = triple
    return fold_regional(text), starts, ends
