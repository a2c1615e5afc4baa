"""The generic grammar of statute citations: the regular expressions, and how their matches parse.

Nothing here names a statute: titles, aliases and citation forms come from the store
(:mod:`lawref.citations.name_table`). What lives here is the shape of a citation in English and Chinese
reporting — "Article 7(2)", "Articles 7 and 14", "§§ 1601–1609", "47 U.S.C. § 230(c)(1)",
"Regulation (EU) 2016/679", 第七条、第十四条, 第二十条之一, 第七条第二款.

Every pattern is linear on any input: quantifiers are bounded and no repetition nests another
unbounded one, so the work per text position is a constant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lawref.text.numerals import NUMERAL_PATTERN, article_number

# Letters that make a Latin word go on: a name never starts or ends inside a word.
WORD = "A-Za-z0-9\u00c0-\u024f"
NOT_AFTER_WORD = f"(?<![{WORD}])"
NOT_BEFORE_WORD = f"(?![{WORD}])"
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
YEAR = r"(?:19|20)\d{2}"

# --- English article and section references ---------------------------------------------------

ARTICLE_WORDS = r"(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.|[Ss]ections?|SECTIONS?|[Ss]ecs?\.|§§?)"
_EN_NUMBER = r"\d{1,5}"
# "(c)(1)", "(2)", "(1)(f)", "(iv)": the parts of an article, kept but not resolved further.
SUBDIVISION = r"(?:\((?:\d{1,3}|[A-Za-z]{1,4})\)){0,5}"
_EN_SEPARATOR = (
    r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3}|or\s{1,3})?|and\s{1,3}|or\s{1,3}|&\s{0,3}"
    r"|to\s{1,3}|through\s{1,3}|thru\s{1,3}|[-–—]\s{0,3})"
)
# A number that starts the next US Code citation ("18 U.S.C. 2511 and 47 U.S.C. 230") is not
# one more item of this one.
_EN_ITEM = rf"{_EN_NUMBER}(?![0-9]|\s{{0,2}}U\.?\s?S){SUBDIVISION}"
ARTICLE_REF = (
    rf"{NOT_AFTER_WORD}{ARTICLE_WORDS}\s{{0,3}}{_EN_ITEM}"
    rf"(?:{_EN_SEPARATOR}(?:{ARTICLE_WORDS}\s{{0,3}})?{_EN_ITEM}){{0,20}}(?![0-9A-Za-z])"
)
_EN_ITEM_RE = re.compile(
    rf"(?P<sep>,|and|or|&|to|through|thru|[-–—])?\s{{0,3}}(?:(?:and|or)\s{{1,3}})?"
    rf"(?:{ARTICLE_WORDS}\s{{0,3}})?(?P<num>{_EN_NUMBER})(?P<sub>{SUBDIVISION})"
)
_RANGE_WORDS = {"to", "through", "thru", "-", "–", "—"}
MAX_RANGE = 50  # "Articles 44 to 49" is spelled out; a longer range keeps its two ends

# 47 U.S.C. § 230(c)(1), 18 USC 2511, 47 U.S. Code § 230, 47 U.S.C. §§ 1601–1609
US_CODE = (
    r"(?<![0-9])\d{1,2}\s{0,2}(?:U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?|U\.?\s?S\.?\s{0,2}Code)\s{0,3}"
    rf"(?:(?:§§?|[Ss]ec(?:tions?|s?\.))\s{{0,3}})?{_EN_ITEM}"
    rf"(?:{_EN_SEPARATOR}(?:§§?\s{{0,3}})?{_EN_ITEM}){{0,20}}(?![0-9])"
)
US_CODE_RE = re.compile(
    r"(?P<title>\d{1,2})\s{0,2}(?:U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?|U\.?\s?S\.?\s{0,2}Code)\s{0,3}"
    r"(?:(?:§§?|[Ss]ec(?:tions?|s?\.))\s{0,3})?(?P<rest>.*)",
    re.S,
)
# Regulation (EU) 2016/679, Directive 95/46/EC, Regulation (EU) No 2016/679
EU_ACT = (
    rf"{NOT_AFTER_WORD}(?i:regulation|directive|decision)\s{{1,2}}(?:\((?:EU|EC|EEC|Euratom)\)\s{{0,2}})?"
    r"(?:No\.?\s{0,2})?\d{2,4}/\d{1,4}(?:/(?:EU|EC|EEC))?(?![0-9])"
)
EU_NUMBER_RE = re.compile(
    r"(?P<kind>Regulation|Directive|Decision)\D{0,16}?(?P<num>\d{2,4}/\d{1,4})", re.I
)
# Pub. L. 115-232, Public Law 115–232
PUBLIC_LAW = (
    rf"{NOT_AFTER_WORD}(?:Pub(?:lic|\.)?\s?L(?:aw|\.)?|P\.\s?L\.)\s{{0,2}}(?:No\.?\s{{0,2}})?"
    r"\d{2,3}[-–]\d{1,4}(?![0-9])"
)
PUBLIC_LAW_RE = re.compile(r"(?P<congress>\d{2,3})[-–](?P<num>\d{1,4})")

# --- Chinese article references ---------------------------------------------------------------

_CN_NUM = NUMERAL_PATTERN
_TIAO = "[条條]"
_CN_ITEM = (
    rf"第\s?{_CN_NUM}(?:\s?[、,，]\s?第?\s?{_CN_NUM}){{0,20}}\s?{_TIAO}(?:之{_CN_NUM})?"
    rf"(?:第{_CN_NUM}款)?(?:第{_CN_NUM}[项項])?"
)
CN_ARTICLE_REF = (
    rf"{_CN_ITEM}(?:\s{{0,2}}(?:、|和|及|与|與|或|以及|至|到|，)\s{{0,2}}{_CN_ITEM}){{0,20}}"
)
_CN_ITEM_RE = re.compile(
    rf"(?P<sep>至|到)?\s{{0,2}}第\s?(?P<nums>{_CN_NUM}(?:\s?[、,，]\s?第?\s?{_CN_NUM}){{0,20}})\s?{_TIAO}"
    rf"(?:之(?P<suffix>{_CN_NUM}))?(?P<sub>(?:第{_CN_NUM}款)?(?:第{_CN_NUM}[项項])?)"
)
_CN_NUM_RE = re.compile(_CN_NUM)
# 《…》: a book title, which in legal writing is a law's name (or a newspaper's: see names).
CN_BRACKET = r"[《〈][^《》〈〉\n]{1,60}[》〉]"
# The same article again: "the same article adds", 同条/该条/本条 followed by what it says.
SAME_ARTICLE = r"(?i:the|that|this)\s{1,3}same\s{1,3}(?i:article|section|provision)\b"
SAME_ARTICLE_CN = r"(?:同一?|该|本)[条條](?=规定|要求|明确|指出|称|写道|還|还|又|也|提到|强调|：|:)"
# "the 2023 revision" — a version of the statute named before.
YEAR_REVISION = (
    rf"(?i:(?:the|its)\s{{1,3}}{YEAR}\s{{1,3}}(?:revision|amendments?|version"
    r"|(?:revised|amended)\s{1,3}(?:law|version|text)))\b"
)
YEAR_REVISION_CN = rf"{YEAR}\s?年(?:修订|修正|修改)(?:版|本|后)?"
# Words that end an English statute's name ("the Trade Act", "the Cryptography Law"); a capital
# letter is required so that "the law" is an anaphor, not a name.
LAW_HEADS = (
    "Law|Laws|Act|Code|Regulation|Regulations|Directive|Ordinance|Statute|Constitution|Treaty"
    "|Convention|Charter|Decree|Measures|Provisions|Rules|Protocol|Covenant"
)
LAW_HEAD = (
    rf"{NOT_AFTER_WORD}(?:{LAW_HEADS}){NOT_BEFORE_WORD}"
    r"(?:\s{1,2}(?:of|on)\s{1,2}(?:the\s{1,2})?(?:"
    + YEAR
    + r"|[A-Z][A-Za-z'’.]{0,20}(?:\s{1,2}(?:(?:of|on|in|the|and)\s{1,2}){0,2}[A-Z][A-Za-z'’.]{0,20}){0,7})"
    + rf"{NOT_BEFORE_WORD})?"
)


@dataclass(frozen=True)
class RefItem:
    """One article of a reference: its number as the store writes it, and the part cited."""

    number: str
    subdivision: str | None = None


def parse_en_items(words: str) -> list[RefItem]:
    """ "Articles 7 and 14" → 7, 14; "§§ 1601–1609" → 1601…1609; "Article 20-1" → 20-1."""
    items: list[RefItem] = []
    for match in _EN_ITEM_RE.finditer(words):
        number, sub, sep = int(match["num"]), match["sub"] or None, match["sep"]
        if items and sep in _RANGE_WORDS and items[-1].number.isdigit():
            first = int(items[-1].number)
            if sep == "-" and number < first and not sub and items[-1].subdivision is None:
                items[-1] = RefItem(f"{first}-{number}")  # Article 20-1 (第二十条之一)
                continue
            if first < number <= first + MAX_RANGE:
                items += [RefItem(str(n)) for n in range(first + 1, number)]
        items.append(RefItem(str(number), sub))
    return _unique(items)


def parse_cn_items(words: str) -> list[RefItem]:
    """第七条、第十四条 → 7, 14; 第七、十四条 → 7, 14; 第七条至第九条 → 7, 8, 9; 第二十条之一 → 20-1."""
    items: list[RefItem] = []
    for match in _CN_ITEM_RE.finditer(words):
        numerals = _CN_NUM_RE.findall(match["nums"])
        try:
            numbers = [article_number(n) for n in numerals]
            if match["suffix"]:
                numbers[-1] = article_number(numerals[-1], match["suffix"])
        except ValueError:
            continue
        sub = match["sub"] or None
        if match["sep"] and items and items[-1].number.isdigit() and numbers[0].isdigit():
            first, last = int(items[-1].number), int(numbers[0])
            if first < last <= first + MAX_RANGE:
                items += [RefItem(str(n)) for n in range(first + 1, last)]
        items += [RefItem(n) for n in numbers[:-1]]
        items.append(RefItem(numbers[-1], sub))
    return _unique(items)


def parse_us_code(words: str) -> tuple[str, list[RefItem]] | None:
    match = US_CODE_RE.match(words)
    if match is None:
        return None
    return str(int(match["title"])), parse_en_items(match["rest"])


def _unique(items: Iterable[RefItem]) -> list[RefItem]:
    return list(dict.fromkeys(items))


# --- the trie of names ------------------------------------------------------------------------


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    end: bool = False


def _units(name: str, variants: dict[str, str], fold: bool) -> list[str]:
    """The regex pieces of a name, one per character: spacing, hyphens, quote marks and script
    (Simplified/Traditional) are let vary, so that the name is found however it is typeset."""
    units: list[str] = []
    for char in name:
        if char.isspace():
            if units and units[-1] == r"\s{1,3}":
                continue
            # "Hong Kong's national security law" is the name "Hong Kong National Security Law".
            units.append(r"(?:['’]s)?")
            units.append(r"\s{1,3}")
        elif char in "-‐‑–":
            units.append(r"(?:[-‐‑–]\s?|\s{1,2})?")
        elif char in "'’":
            units.append("['’]")
        elif char == ".":
            units.append(r"\.?")
        elif char in variants:
            units.append(variants[char])
        elif char.isalnum():
            units.append(re.escape(char.casefold() if fold else char))
        else:
            units.append(re.escape(char))
    return units


def trie_pattern(
    names: Iterable[str], variants: dict[str, str], *, word_bounded: bool, fold: bool
) -> str:
    """One regular expression for many names, as a trie: names that share a beginning share its
    pattern, so the work at a text position is bounded by the longest name, not by their number.
    Where one name continues another, the longer is tried first."""
    root = _Node()
    for name in names:
        node = root
        for unit in _units(name, variants, fold):
            node = node.children.setdefault(unit, _Node())
        node.end = True
    if not root.children:
        return r"(?!x)x"
    end = NOT_BEFORE_WORD if word_bounded else ""
    return _emit(root, end)


MAX_TRIE_NESTING = 48  # trie levels in one nested group; deeper ones start a pattern of their own


def _branches(node: _Node) -> list[tuple[str, _Node]]:
    """(run, node) per child: a chain of single children is written as one run, so that the
    pattern nests only at branch points (a 300-character title stays shallow)."""
    out = []
    for unit, child in sorted(node.children.items()):
        run = [unit]
        while len(child.children) == 1 and not child.end:
            (next_unit, child) = next(iter(child.children.items()))
            run.append(next_unit)
        out.append(("".join(run), child))
    return out


def _alternation(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _emit(root: _Node, end: str) -> str:
    """The trie as a pattern, built without recursion: a store of hundreds of names that are each
    other's prefixes nests that deep, and the regular expression compiler recurses on groups.
    A node MAX_TRIE_NESTING levels down starts a pattern of its own, preceded by its whole prefix
    and tried before the shallower ones (longer names first, as in the trie)."""
    segments: list[tuple[str, str]] = []
    work = [("", root)]
    while work:
        prefix, top = work.pop()
        cuts: list[tuple[str, _Node]] = []
        pattern = _emit_capped(top, end, cuts)
        work += [(prefix + path, node) for path, node in cuts]
        if pattern is not None:
            segments.append((prefix, pattern))
    segments.sort(key=lambda segment: len(segment[0]), reverse=True)
    return _alternation([prefix + pattern for prefix, pattern in segments])


def _emit_capped(top: _Node, end: str, cuts: list[tuple[str, _Node]]) -> str | None:
    """The pattern of ``top``'s trie down to MAX_TRIE_NESTING levels; the nodes there that go on
    are added to ``cuts`` with their path from ``top``. None: nothing to match."""
    order: list[tuple[_Node, int, str]] = []
    stack = [(top, 0, "")]
    while stack:
        node, depth, path = stack.pop()
        order.append((node, depth, path))
        if depth == MAX_TRIE_NESTING and node.children:
            cuts.append((path, node))
            continue
        stack += [(child, depth + 1, path + run) for run, child in _branches(node)]
    done: dict[int, str | None] = {}
    for node, depth, _path in reversed(order):  # every node after all of its descendants
        branches = []
        if depth < MAX_TRIE_NESTING:
            for run, child in _branches(node):
                below = done[id(child)]
                if below is not None:
                    branches.append(run + below)
        if node.end:
            branches.append(end)
        done[id(node)] = _alternation(branches) if branches else None
    return done[id(top)]


def chars_pattern(chars: Sequence[str]) -> str:
    return "[" + "".join(re.escape(c) for c in dict.fromkeys(chars)) + "]"
