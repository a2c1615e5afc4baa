"""The one expression that finds every piece of a citation in a single scan: the grammar's
templates and the store's names, behind tests of their first characters (what a
:class:`~lawref.citations.find.CitationFinder` is built from, kept in the compiled cache)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def finder_data(store: Store, grammar: CitationGrammar) -> FinderData:
    """The names table of ``store`` and the scanner of ``grammar`` and those names."""
    names = NameTable(store, grammar)
    return FinderData(grammar, names, *compile_scanner(grammar, names))


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
    other: list[tuple[int, str, str, CompiledTemplate | None]] = [(30, "cjk", f"(?i:{cjk})", None)]
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
