"""Numbers as article numbers are written: Chinese numerals in every form (一百零一, 〇, 两, the
formal 壹贰叁…拾佰, Traditional 貳參陸, the whole tens 廿 卄 卅 卌), ASCII and full-width digits, and English number words
("fourteen", "Seven", "the seventh")."""

from __future__ import annotations

import re

from lawref.text.regex_code import constant

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "贰": 2,
    "貳": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "参": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Whole tens in one character, as Hong Kong and Taiwan writing has them: 廿三條 is Article 23
# (廿 or 卄 twenty, 卅 thirty, 卌 forty).
TENS = {"廿": 20, "卄": 20, "卅": 30, "卌": 40}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(TENS)
# One run of Chinese numeral characters or ASCII/full-width digits (bounded: no article needs more).
NUMERAL_PATTERN = rf"(?:[{NUMERAL_CHARS}]{{1,12}}|[0-9０-９]{{1,5}})"
_NUMERAL_RE = constant(rf"^{NUMERAL_PATTERN}$")


def cn_to_int(numeral: str) -> int:
    """``"一百零一"`` → 101, ``"十四"`` → 14, ``"叁拾陆"`` → 36, ``"14"``/``"１４"`` → 14.
    ValueError when not a numeral. Tested against cn2an (tests/test_numerals.py)."""
    if not numeral or not _NUMERAL_RE.match(numeral):
        raise ValueError(f"not a numeral: {numeral!r}")
    if numeral[0].isdigit():
        return int(numeral)  # int() accepts full-width digits too
    total = 0
    current = 0
    seen_unit = False
    for char in numeral:
        if char in TENS:
            total += TENS[char]
            current = 0
            seen_unit = True
        elif char in DIGITS:
            current = current * 10 + DIGITS[char] if not seen_unit and current else DIGITS[char]
        else:
            seen_unit = True
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


_ARTICLE_REFERENCE = constant(
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


# --- English number words -------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_ONES = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_ORDINAL_ONES = _words(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORDINAL_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
WORD_VALUES: dict[str, int] = {}
for _value, _word in enumerate(_ONES):
    WORD_VALUES[_word] = _value
for _value, _word in enumerate(_ORDINAL_ONES):
    WORD_VALUES[_word] = _value
for _index, _word in enumerate(_TENS):
    WORD_VALUES[_word] = 20 + 10 * _index
for _index, _word in enumerate(_words(_ORDINAL_TENS)):
    WORD_VALUES[_word] = 20 + 10 * _index
WORD_VALUES["hundred"] = 100
WORD_VALUES["hundredth"] = 100
# The English number words as one alternation, longest first ("seventeen" before "seven").
NUMBER_WORDS = "|".join(sorted(WORD_VALUES, key=len, reverse=True))


def words_to_int(words: str) -> int:
    """ "fourteen" → 14, "Seven" → 7, "seventh" → 7, "twenty-one" / "twenty first" → 21,
    "one hundred and one" → 101; digits as they are. ValueError when not a number."""
    text = words.strip().casefold()
    if text.isdigit():
        return int(text)
    total = current = 0
    parts = [p for p in re.split(r"[\s-]+", text) if p and p != "and"]
    if not parts:
        raise ValueError(f"not a number: {words!r}")
    for part in parts:
        if part not in WORD_VALUES:
            raise ValueError(f"not a number: {words!r}")
        value = WORD_VALUES[part]
        if value == 100:
            current = (current or 1) * 100
        else:
            current += value
    return total + current


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ROMAN_DIGITS = (
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman_to_int(text: str) -> int:
    """ "III" → 3, "xiv" → 14 (up to C); digits as they are. ValueError when not a number, or
    not written the usual way ("IIII")."""
    if text.isdigit():
        return int(text)
    letters = text.strip().upper()
    if not letters or any(c not in ROMAN_VALUES for c in letters):
        raise ValueError(f"not a number: {text!r}")
    total = 0
    for i, c in enumerate(letters):
        value = ROMAN_VALUES[c]
        following = ROMAN_VALUES[letters[i + 1]] if i + 1 < len(letters) else 0
        total += -value if value < following else value
    if total <= 0 or int_to_roman(total) != letters:
        raise ValueError(f"not a number: {text!r}")
    return total


def int_to_roman(number: int) -> str:
    """3 → "III", 14 → "XIV" (1 to 399)."""
    out = []
    for value, letters in ROMAN_DIGITS:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def write_number(number: int, numerals: str) -> str:
    """A number as the store numbers what a list reads: Roman for ``roman`` (annexes), else
    Arabic digits."""
    return int_to_roman(number) if numerals == "roman" else str(number)


def read_number(text: str, numerals: str) -> int:
    """A number as a grammar's list reads it: ``arabic``, ``chinese`` (any Chinese form and
    digits), ``english`` (words and digits) or ``roman`` (Roman numerals and digits)."""
    if numerals == "roman":
        return roman_to_int(text)
    if numerals == "chinese":
        return cn_to_int(text)
    if numerals == "english":
        return words_to_int(text)
    if text.isdigit():
        return int(text)
    raise ValueError(f"not a number: {text!r}")
