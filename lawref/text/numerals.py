"""Chinese numerals as used in article numbers: 第一百零一条, 第十四条, 第二十条之一."""

from __future__ import annotations

import re

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
# One run of Chinese numeral characters or ASCII/full-width digits (bounded: no article needs more).
NUMERAL_PATTERN = rf"(?:[{NUMERAL_CHARS}]{{1,12}}|[0-9０-９]{{1,5}})"
_NUMERAL_RE = re.compile(rf"^{NUMERAL_PATTERN}$")


def cn_to_int(numeral: str) -> int:
    """``"一百零一"`` → 101, ``"十四"`` → 14, ``"14"``/``"１４"`` → 14. ValueError when not a numeral."""
    if not numeral or not _NUMERAL_RE.match(numeral):
        raise ValueError(f"not a numeral: {numeral!r}")
    if numeral[0].isdigit():
        return int(numeral)  # int() accepts full-width digits too
    total = 0
    current = 0
    for char in numeral:
        if char in DIGITS:
            current = DIGITS[char]
        else:
            unit = UNITS[char]
            total += (current or 1) * unit  # 十四: a bare unit counts one of it
            current = 0
    return total + current


def int_to_cn(number: int) -> str:
    """101 → ``"一百零一"``, 14 → ``"十四"``, 20 → ``"二十"`` (the forms statutes use)."""
    if number < 0:
        raise ValueError("negative numbers have no article")
    names = "零一二三四五六七八九"
    if number < 10:
        return names[number]
    parts: list[str] = []
    units = [(1000, "千"), (100, "百"), (10, "十")]
    rest = number
    zero_pending = False
    for value, char in units:
        digit, rest = divmod(rest, value)
        if digit:
            if zero_pending:
                parts.append("零")
                zero_pending = False
            parts.append(("" if (value == 10 and number < 20) else names[digit]) + char)
        elif parts:
            zero_pending = True
    if rest:
        if zero_pending:
            parts.append("零")
        parts.append(names[rest])
    return "".join(parts)


def article_number(numeral: str, suffix: str | None = None) -> str:
    """The store's article number for 第<numeral>条[之<suffix>]: "14", "20-1"."""
    number = str(cn_to_int(numeral))
    return f"{number}-{cn_to_int(suffix)}" if suffix else number


_ARTICLE_REFERENCE = re.compile(
    rf"^(?:第\s*(?P<cn>{NUMERAL_PATTERN})\s*条(?:\s*之\s*(?P<cn_suffix>{NUMERAL_PATTERN}))?"
    r"|(?:(?:art(?:icle)?|sec(?:tion)?|s)\.?|§{1,2})\s*(?P<latin>[0-9][0-9A-Za-z-]{0,15})\.?)$",
    re.IGNORECASE,
)


def article_reference(text: str) -> str:
    """The store's article number for an article as a user types it: "第八条", "第8条",
    "第二十条之一", "Art. 8", "Article 8", "§ 230", "Section 702" → "8", "8", "20-1", "8", "8",
    "230", "702". Anything else comes back unchanged ("8", "10-1", "a"), for the store to judge."""
    found = _ARTICLE_REFERENCE.match(" ".join(text.split()))
    if found is None:
        return text
    if found.group("cn"):
        return article_number(found.group("cn"), found.group("cn_suffix"))
    return found.group("latin")
