"""The one expression that finds every piece of a citation in a single scan: the grammar's
templates and the store's names, behind tests of their first characters (what a
:class:`~lawref.citations.find.CitationFinder` is built from, kept in the compiled cache)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lawref.citations.context import ContextReader
from lawref.citations.name_table import NameTable
from lawref.citations.pattern_pieces import WORD
from lawref.citations.templates import CitationGrammar, CompiledTemplate
from lawref.store.files import Store


@dataclass
class FinderData:
    """What a finder is built from: kept in the compiled cache as one entry."""

    grammar: CitationGrammar
    names: NameTable
    scanner: re.Pattern[str]
    groups: dict[str, CompiledTemplate | None]
    # The grammar's context rules for the store's statutes, their names' keys and cues' pattern
    # made (OpenCC and two compiled patterns a run need not pay for); None: made by the finder.
    contexts: ContextReader | None = None


def finder_data(store: Store, grammar: CitationGrammar) -> FinderData:
    """The names table of ``store``, the scanner of ``grammar`` and those names, and the
    context rules that apply to the store's statutes."""
    names = NameTable(store, grammar)
    contexts = ContextReader(grammar, set(store.statutes))
    return FinderData(grammar, names, *compile_scanner(grammar, names), contexts)


def compile_scanner(
    grammar: CitationGrammar, names: NameTable
) -> tuple[re.Pattern[str], dict[str, CompiledTemplate | None]]:
    """One expression for every template and the store's names. Alternatives that start a
    Latin word sit behind one shared test, the rest behind a test of their possible first
    characters: at most positions of a text no alternative is entered at all, which keeps the
    single scan fast as well as linear."""
    latin_names, exact_case, cjk = names.scan_patterns
    # The store's names, tried after article references and before "the same article".
    latin: list[tuple[int, str, str, CompiledTemplate | None]] = [
        (30, "name", f"(?i:{latin_names})", None),
        (31, "acronym", exact_case, None),
    ]
    other: list[tuple[int, str, str, CompiledTemplate | None]] = [
        (30, "cjk", f"(?i:{dispatched(cjk)})", None)
    ]
    first_chars = names.first_chars()
    for index, template in enumerate(grammar.templates):
        entry = (template.template.priority, f"t{index}", template.scan, template)
        if template.template.starts == "word":
            latin.append(entry)
        else:
            other.append(entry)
            first_chars += template.template.starts
    latin.sort(key=lambda e: e[0])
    other.sort(key=lambda e: e[0])
    groups = {name: template for _, name, _, template in latin + other}
    latin_alternatives = "|".join(f"(?P<{n}>{p})" for _, n, p, _ in latin)
    other_alternatives = "|".join(f"(?P<{n}>{p})" for _, n, p, _ in other)
    chars = re.escape("".join(sorted(set(first_chars))))
    scanner = re.compile(
        f"(?<![{WORD}§])(?=[{WORD}§])(?:{latin_alternatives})|(?=[{chars}])(?:{other_alternatives})"
    )
    return scanner, groups


# Alternatives tried one after another at a position before it is split by first character.
_LEAF_ALTERNATIVES = 8
_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def dispatched(trie: str) -> str:
    """``trie`` (a group of alternatives, each starting with a different plain character, as the
    names' trie is) with its alternatives behind tests of their first characters, halved at
    each level: the regular expression engine tries the alternatives of a group one by one, so
    a position was tried against each of the ~280 first characters of a big store's Chinese
    names; now against ~8 tests and a few. It matches what ``trie`` matches; a pattern of any
    other shape is returned as it is."""
    alternatives = _top_alternatives(trie)
    if alternatives is None or len(alternatives) <= _LEAF_ALTERNATIVES or not all(alternatives):
        return trie
    firsts = [alternative[0] for alternative in alternatives]
    if (
        len({first.lower() for first in firsts}) != len(firsts)
        or any(
            first in _SPECIAL
            # cased: another alternative may match it folded, unless an ASCII letter (tested in
            # both cases: the Chinese names' trie holds 《AI法案》 and EU AI法)
            or (first.lower() != first.upper() and not first.isascii())
            or alternative[1:2] in ("*", "+", "?", "{")  # the first character must be there
            for first, alternative in zip(firsts, alternatives, strict=True)
        )
    ):
        return trie
    ordered = sorted(zip(firsts, alternatives, strict=True))  # exclusive: any order matches alike
    return _halved(ordered)


def _halved(ordered: list[tuple[str, str]]) -> str:
    if len(ordered) <= _LEAF_ALTERNATIVES:
        return "(?:" + "|".join(alternative for _, alternative in ordered) + ")"
    middle = len(ordered) // 2
    left = re.escape("".join(_both_cases(first) for first, _ in ordered[:middle]))
    return f"(?:(?=[{left}]){_halved(ordered[:middle])}|{_halved(ordered[middle:])})"


def _both_cases(first: str) -> str:
    return first if first.lower() == first.upper() else first.lower() + first.upper()


def _top_alternatives(pattern: str) -> list[str] | None:
    """The alternatives of ``pattern`` when it is one ``(?:…|…)`` group, else None."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        return None
    out: list[str] = []
    depth = 0
    start = 3
    at = 3
    in_class = False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[at + 1 : at + 2] == "^":
                at += 1
            if pattern[at + 1 : at + 2] == "]":
                at += 1  # "[]…]": a first "]" is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                if at != len(pattern) - 1:
                    return None  # the group closes before the end: not one group
                out.append(pattern[start:at])
                return out
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:at])
            start = at + 1
        at += 1
    return None
