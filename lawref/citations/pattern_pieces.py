"""Pieces citation patterns are built from: word classes, a reference's article, the name trie.

What a word is, one article of a reference (RefItem), and the trie that turns many names into one
linear pattern.

The citation forms themselves (US Code, EU acts, Chinese article numbers …) are data: the YAML
templates under ``statutes/grammar/``, compiled by :mod:`lawref.citations.templates`. Names come from
the store (:mod:`lawref.citations.name_table`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# Letters that make a Latin (or Cyrillic) word go on: a name never starts or ends inside a word.
WORD = "A-Za-z0-9\u00c0-\u024f\u0400-\u04ff"
NOT_AFTER_WORD = f"(?<![{WORD}])"
NOT_BEFORE_WORD = f"(?![{WORD}])"
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
YEAR = r"(?:19|20)\d{2}"


@dataclass(frozen=True)
class RefItem:
    """One article of a reference: its number as the store writes it, and the part cited."""

    number: str
    subdivision: str | None = None


# --- the trie of names ------------------------------------------------------------------------


@dataclass
class _Node:
    """A node of the names trie: the next characters, and whether a name ends here."""

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
