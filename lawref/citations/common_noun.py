"""A stored law's bare short name used as a common noun in Japanese or Chinese writing: 基本法 ("a
basic law") after の or 的 (サイバーセキュリティ分野の基本法, 保护消费者权益的基本法), as what a law named
just before is (…法は、基本法の性格を有し), or as the end of another law's name
(サイバーセキュリティ基本法, 網路安全基本法). Such a mention cites no stored law.
The names are the grammar's words ``names_also_common_nouns`` (statutes/grammar/ja.yaml)."""

from __future__ import annotations

from collections.abc import Collection

from lawref.text.regex_code import constant
from lawref.text.scripts import HAN

__all__ = ["common_noun_name"]

_KANA = constant(r"[\u3041-\u309f\u30a0-\u30ff]")  # hiragana, katakana and ー
# The characters that end a place the Hong Kong Basic Law is named after: 香港基本法,
# 特區基本法, 香港の基本法, 香港特别行政区的基本法 keep their reading.
_PLACE_END = frozenset("港区區")
_OPENING = "《〈「『“\"'"


def common_noun_name(text: str, start: int, end: int, nouns: Collection[str]) -> bool:
    """Whether the name at ``text[start:end]`` is one of ``nouns`` used as a common noun: right
    after の or 的 (but for a place's: 香港の基本法), after kana, or — in a text with kana, that is
    Japanese — after another ideograph, as the end of a longer name."""
    if text[start : start + 1] in _OPENING:
        return False  # 《基本法》: a title, the law's name
    words = text[start:end]
    if words not in nouns or start == 0:
        return False
    before = text[start - 1]
    if before in _OPENING:
        return False
    if before in "の的":
        return text[start - 2 : start - 1] not in _PLACE_END or start < 2
    if before in "」』" or text[max(0, start - 2) : start] in ("は、", "は,", "は，"):
        # 「中国サイバーセキュリティ法」基本法の制定, …法は、基本法の性格を有し: what the law
        # named just before is, not another law.
        return _KANA.search(text) is not None
    if _KANA.match(before):
        return True
    return (
        HAN.match(before) is not None
        and before not in _PLACE_END
        and _KANA.search(text) is not None
    )
