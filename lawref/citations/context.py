"""What a document says about which statute a generic name means: the grammar's context rules
("the national security law" in a Hong Kong story is the 2020 law for Hong Kong), and the
qualifiers that make a name another instrument modelled on a statute ("the UK GDPR").

The cues of every rule are found in one scan of the document. A rule applies only where its cue
is present and the name is one the rule lists; otherwise the name keeps the store's reading (or
stays ambiguous, with its candidates): context never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lawref.citations.grammar_data import ContextRule
from lawref.citations.name_forms import key
from lawref.citations.scan_records import Named, replace_named
from lawref.citations.templates import CitationGrammar

UNLESS_WINDOW = 24  # how far before a name its "mainland" qualifier may sit


@dataclass
class DocumentContext:
    """The context rules whose cues a document has, and its other-instrument qualifiers."""

    rules: list[tuple[ContextRule, frozenset[str]]] = field(default_factory=list)  # with name keys
    # rules read only with their cues, whose cues the document lacks: their names name no law
    uncued: list[tuple[ContextRule, frozenset[str]]] = field(default_factory=list)
    other_before: re.Pattern[str] | None = None
    placed: set[tuple[str | None, str]] = field(default_factory=set)  # read by a place word

    def resolve(self, named: Named, text: str) -> Named:
        """``named`` as the document's context reads it. Where the cues of two rules that read the
        name differently are both present, the name is ambiguous between their readings."""
        if named.statute is None and not named.ambiguous:
            return named
        uncued = self._uncued(named)
        if uncued is not None:
            return uncued
        if not self.rules:
            return named
        words = None
        readings: dict[str | None, str] = {}
        for rule, names in self.rules:
            candidates = {named.statute, *named.ambiguous}
            if rule.statute not in candidates and not candidates & set(rule.instead_of):
                continue
            words = words if words is not None else key(named.name)
            # 香港国家安全法: the rule's place right before the name (citations/place_qualified.py)
            from lawref.citations.place_qualified import place_right_before

            place = place_right_before(text, named.start, rule.cues)
            listed = words in names or (rule.statute, words) in self.placed
            if not (listed or place) or named.version:
                continue
            before = text[max(0, named.start - UNLESS_WINDOW) : named.start]
            if any(word in before for word in rule.unless_before):
                if rule.only_with_cues:  # 국내 AI법: no stored law's, as without the cues
                    readings.setdefault(None, f"not {rule.name} after the words before it")
                continue
            readings.setdefault(rule.statute, rule.name)
            if place:
                self.placed.add((rule.statute, words))
        if not readings:
            return named
        if len(readings) > 1:
            known = tuple(sorted(s for s in readings if s))
            note = "context: " + " or ".join(readings.values()) + " (both cued: not guessed)"
            return replace_named(named, statute=None, ambiguous=known, note=note)
        ((statute, name),) = readings.items()
        note = f"context: {name}" + ("" if statute else " (a law the store does not have)")
        return replace_named(named, statute=statute, ambiguous=(), note=note)

    def _uncued(self, named: Named) -> Named | None:
        """``named`` as no stored law's where it is a name a rule reads only with its cues and the
        document has none of them (AI법 in a text that never speaks of the EU)."""
        for rule, names in self.uncued:
            if named.statute == rule.statute and not named.version and key(named.name) in names:
                note = f"context: a name of the law only in a text about {rule.name}; no cue here"
                return replace_named(named, statute=None, ambiguous=(), note=note)
        return None

    def other_instrument(self, text: str, start: int) -> tuple[str, str] | None:
        """The qualifier right before a name that makes it another instrument ("UK"), and the
        words it takes before the name ("UK ")."""
        if self.other_before is None:
            return None
        match = self.other_before.search(text[max(0, start - 12) : start])
        return (match.group(1), match.group()) if match else None


class ContextReader:
    """Compiled once per finder: one pattern for every cue of every rule."""

    def __init__(self, grammar: CitationGrammar, statutes: set[str]) -> None:
        self.rules = [
            r
            for r in grammar.contexts
            if (r.statute is None or r.statute in statutes)
            and (set(r.instead_of) & statutes or r.only_with_cues)
        ]
        self.names = [frozenset(key(name) for name in r.names) for r in self.rules]
        cues = sorted({c for r in self.rules for c in r.cues}, key=len, reverse=True)
        # A test of the cues' first characters first: most positions enter no alternative.
        firsts = re.escape("".join(sorted({c[0] for c in cues})))
        alternatives = "|".join(re.escape(c) for c in cues)
        self.cue_pattern = re.compile(f"(?=[{firsts}])(?:{alternatives})") if cues else None
        words = sorted(set(grammar.other_instruments), key=len, reverse=True)
        self.other_before = (
            re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(w) for w in words) + r")\s{1,2}$")
            if words
            else None
        )

    def read(self, text: str) -> DocumentContext:
        """The rules whose cues ``text`` has (one scan of the text)."""
        found: set[str] = set()
        if self.cue_pattern is not None:
            wanted = {c for r in self.rules for c in r.cues}
            for match in self.cue_pattern.finditer(text):
                found.add(match.group())
                if found >= wanted:
                    break
        paired = list(zip(self.rules, self.names, strict=True))
        rules = [(r, n) for r, n in paired if found & set(r.cues)]
        uncued = [(r, n) for r, n in paired if r.only_with_cues and not found & set(r.cues)]
        return DocumentContext(rules, uncued, self.other_before)
