"""The renumbering a PRC amending decision orders, read from its items and checked against texts.

A decision (关于修改《…》的决定) lists numbered items: "增加一条，作为第三条", "将第十八条改为第十九条…",
"将第六十四条、第六十六条、第七十条合并，作为第七十一条". Every article it does not name moves to fill
the remaining numbers in order ("对条文顺序作相应调整"). :func:`renumbering_from_decision` derives that
mapping; :func:`check_renumbering` then proves it against both texts: an article the decision does
not touch must read the same in both versions once NFKC-normalised, with whitespace removed and its
cross-references ("本法第二十一条") renumbered.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lawref.text.numerals import NUMERAL_PATTERN, cn_to_int

_NUM = rf"第(?P<n>{NUMERAL_PATTERN})条"
_ADD = re.compile(rf"^增加一条[,，]\s?作为第(?P<new>{NUMERAL_PATTERN})条")
_MOVE = re.compile(rf"^将第(?P<old>{NUMERAL_PATTERN})条改为第(?P<new>{NUMERAL_PATTERN})条")
_MERGE = re.compile(
    r"^将(?P<olds>(?:第[^条]{1,8}条(?:第[^项]{1,4}项)?、?){2,6})合并[,，]\s?作为第(?P<new>[^条]{1,8})条"
)
_MERGED_ONE = re.compile(rf"第(?P<old>{NUMERAL_PATTERN})条(?P<item>第[^项、]{{1,4}}项)?")
_CROSS_REFERENCE = re.compile(rf"第(?P<n>{NUMERAL_PATTERN})条")


@dataclass
class DecisionRenumbering:
    """What the decision says, and the renumbering it implies (numbers as strings)."""

    continues: dict[str, list[str]] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rewritten: set[str] = field(default_factory=set)  # new articles whose text the items change
    implied: set[str] = field(default_factory=set)  # new articles only moved by 条文顺序作相应调整


def _int(numeral: str) -> int:
    return cn_to_int(numeral)


def renumbering_from_decision(
    items: list[str], old_numbers: list[str], new_numbers: list[str]
) -> DecisionRenumbering:
    """The mapping the decision's ``items`` order between two versions' article lists."""
    result = DecisionRenumbering()
    whole: set[str] = set()  # old articles an item disposes of entirely
    partly: set[str] = set()  # old articles one item of which is merged elsewhere
    for raw in items:
        item = unicodedata.normalize("NFKC", raw).strip()
        if (found := _ADD.match(item)) is not None:
            result.new.append(str(_int(found["new"])))
        elif (found := _MOVE.match(item)) is not None:
            old, new = str(_int(found["old"])), str(_int(found["new"]))
            result.continues[new] = [old]
            whole.add(old)
            result.rewritten.add(new)
        elif (found := _MERGE.match(item)) is not None:
            new = str(_int(found["new"]))
            olds = []
            for part in _MERGED_ONE.finditer(found["olds"]):
                olds.append(str(_int(part["old"])))
                if part["item"]:
                    partly.add(olds[-1])  # only one item of it is merged: the rest stays
                else:
                    whole.add(olds[-1])
            result.continues[new] = olds
            result.rewritten.add(new)
        else:
            raise ValueError(f"an item the renumbering cannot read: {item[:40]!r}")
    taken = set(result.new) | set(result.continues)
    rest_old = [n for n in old_numbers if n not in whole]
    rest_new = [n for n in new_numbers if n not in taken]
    if len(rest_old) != len(rest_new):
        raise ValueError(
            f"the decision leaves {len(rest_old)} old articles for {len(rest_new)} new numbers"
        )
    for old, new in zip(rest_old, rest_new, strict=True):
        result.continues[new] = [old]
        (result.rewritten if old in partly else result.implied).add(new)
    carried = {n for olds in result.continues.values() for n in olds}
    result.removed = [n for n in old_numbers if n not in carried]
    result.continues = dict(sorted(result.continues.items(), key=lambda kv: int(kv[0])))
    return result


def _comparable(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def renumbered_references(text: str, old_to_new: dict[str, str]) -> str:
    """``text`` with every 第N条 that names a moved article written with its new number."""
    from lawref.text.numerals import int_to_cn

    def swap(found: re.Match[str]) -> str:
        new = old_to_new.get(str(_int(found["n"])))
        return f"第{int_to_cn(int(new))}条" if new else found[0]

    return _CROSS_REFERENCE.sub(swap, text)


def check_renumbering(
    renumbering: DecisionRenumbering, old_texts: dict[str, str], new_texts: dict[str, str]
) -> list[str]:
    """Problems found: an article only moved by the decision must read the same in both texts."""
    old_to_new: dict[str, str] = {}
    for new, olds in renumbering.continues.items():
        for old in olds:
            old_to_new.setdefault(old, new)
    problems = []
    for new in sorted(renumbering.implied, key=int):
        (old,) = renumbering.continues[new]
        before = _comparable(renumbered_references(old_texts[old], old_to_new))
        if before != _comparable(new_texts[new]):
            problems.append(f"article {new} (old {old}) differs beyond renumbering")
    return problems
