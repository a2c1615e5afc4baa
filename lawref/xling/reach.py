"""Which glossed words of the cross-lingual index a quote can give an English word to, found
from the quote's own words through an inverted table, so that a window search works out the
units of those words only (lawref.xling.index ``_window``).

A (non-marker) word's units read three things of a quote (lawref.xling.align ``unit_sets``):
the stems it is glossed by (``word_hits``: the quote's stems, and their five-letter
beginnings), and the first stems of its listed phrases (``occurrences``). A quote holding none
of a word's stems, beginnings or phrase starts gives it nothing: its units are empty sets, as
many as ``unit_sets`` would list. Most of the ~40 articles' words a quote is scored against are
such words, and working out each one's units for every quote was half of linking it; the table
says which words are live in one pass over the quote's few stems. It is built with the index and
kept in its cache entry as flat arrays (a few objects to unpickle).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable

from lawref.xling.align import EnglishQuote
from lawref.xling.zh import ZhToken

ALWAYS = 0xFFFF  # a marker's units read the quote's markers: always worked out
_NO_HITS: frozenset[int] = frozenset()
_STEM, _PREFIX, _FIRST = "s", "p", "f"  # what a key of the table is (its first character)


def _reach(token: ZhToken) -> tuple[set[str], int] | None:
    """The keys of ``token`` (``_STEM``/``_PREFIX``/``_FIRST`` and the string) and how many empty
    units ``unit_sets`` gives it in a quote with none of them; None for a marker (or a phrase
    with one among the parts it reads)."""
    keys: set[str] = set()

    def walk(node: ZhToken) -> int | None:
        if node.marker:
            return None
        if not node.patterns:  # word_hits(node.stems): the stems and their beginnings
            keys.update(_STEM + s for s in node.stems)
            keys.update(_PREFIX + s[:5] for s in node.stems if len(s) >= 5)
            return 1
        keys.update(_FIRST + p[0] for p in node.patterns)
        if not node.parts:
            return 1
        count = 0
        for part in node.parts:  # no phrase occurs: each part's units
            found = walk(part)
            if found is None:
                return None
            count += found
        return count

    count = walk(token)
    return None if count is None else (keys, count)


class TemplateReach:
    """For each template of a packed index: how many empty units it has, or ALWAYS; and for each
    key, the templates that have it (one array cut by key row)."""

    def __init__(self, templates: Iterable[ZhToken]) -> None:
        having: dict[str, list[int]] = defaultdict(list)
        self.empty_counts = array("H")
        for tid, template in enumerate(templates):
            found = _reach(template)
            if found is None or found[1] >= ALWAYS:
                self.empty_counts.append(ALWAYS)
                continue
            keys, count = found
            self.empty_counts.append(count)
            for key in keys:
                having[key].append(tid)
        self.rows = {key: row for row, key in enumerate(having)}
        self.bounds = array("I", [0])
        self.items = array("I")
        for tids in having.values():
            self.items.extend(tids)
            self.bounds.append(len(self.items))

    def live(self, quote: EnglishQuote) -> set[int]:
        """The templates the quote holds a stem, beginning or phrase start of."""
        found: set[int] = set()
        rows, bounds, items = self.rows, self.bounds, self.items
        keys = [
            *(_STEM + s for s in quote.stem_index),
            *(_PREFIX + p for p in quote.prefix_index),
            *(_FIRST + s for s in quote._starts),
        ]
        for key in keys:
            row = rows.get(key)
            if row is not None:
                found.update(items[bounds[row] : bounds[row + 1]])
        return found

    def empty_units(self, tid: int) -> list[frozenset[int]] | None:
        """What unit_sets gives template ``tid`` in a quote it is not live in; None for ALWAYS."""
        count = self.empty_counts[tid]
        return None if count == ALWAYS else [_NO_HITS] * count
