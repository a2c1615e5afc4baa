"""The words around the pieces of a citation, read from the grammar's ``windows`` (the YAML file
statutes/grammar/joins.yaml): what joins "Article 7" to the name after it, what makes "Article 7
of the contract" not a statute's, where a year or "the revised" sits before a name, how an unknown
Chinese law's name ends. Every window is applied to a bounded stretch of text next to a piece,
never to the whole text; what is here is only the machinery.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lawref.citations.templates import CitationGrammar
from lawref.errors import StoreError

# How far (in characters) a year or a place word may sit before or after the name it qualifies.
WINDOW = 48

_PATTERNS = (
    "gap_ref_name",
    "gap_name_ref",
    "gap_parenthesis",
    "close_parenthesis",
    "binds_right",
    "of_something",
    "anaphor_after",
    "anaphor_before",
    "listed_after",
    "listed_before",
    "owner_before",
    "cn_not_law_before",
    "acronym_after",
    "cn_unknown_before",
    "cn_filler",
    "cn_law_name",
    "year_before",
    "revised_before",
    "year_after",
    "lawphrase_token",
    "led",
    "revision_of",
    "draft_before",
    "draft_after",
    "another_after",
    "another_before",
    "body_named_after",
    "former_before",
    "foreign_before",
    "implemented_before",
    "implementing_after",
    "runs_on_after",
    "acronym_owner_after",
    "model_before",
    "instrument_after",
    "defined_after",
    "defined_before",
    "defines_term",
    "defines_short_name",
    "defines_acronym",
    "enacts",
    "draft_title",
    "draft_marks",
    "sister_terms",
    "self_named",
    "instrument_kind_end",
    "draft_line_end",
)
_WORD_LISTS = ("phrase_stop", "place_words", "caps_not_names")


@dataclass(frozen=True)
class Windows:
    """The compiled windows of a grammar, by name (see statutes/grammar/joins.yaml)."""

    gap_ref_name: re.Pattern[str]
    gap_name_ref: re.Pattern[str]
    gap_parenthesis: re.Pattern[str]
    close_parenthesis: re.Pattern[str]
    binds_right: re.Pattern[str]
    of_something: re.Pattern[str]
    anaphor_after: re.Pattern[str]
    anaphor_before: re.Pattern[str]
    listed_after: re.Pattern[str]  # a law named in a list of laws (该法 after it is ambiguous)
    listed_before: re.Pattern[str]
    owner_before: re.Pattern[str]
    cn_not_law_before: re.Pattern[str]
    acronym_after: re.Pattern[str]
    cn_unknown_before: re.Pattern[str]
    cn_filler: re.Pattern[str]
    cn_law_name: re.Pattern[str]
    year_before: re.Pattern[str]
    revised_before: re.Pattern[str]
    year_after: re.Pattern[str]
    lawphrase_token: re.Pattern[str]
    led: re.Pattern[str]
    revision_of: re.Pattern[str]
    draft_before: re.Pattern[str]
    draft_after: re.Pattern[str]
    another_after: re.Pattern[str]
    another_before: re.Pattern[str]
    former_before: re.Pattern[str]
    body_named_after: re.Pattern[str]
    foreign_before: re.Pattern[str]
    implemented_before: re.Pattern[str]
    implementing_after: re.Pattern[str]
    runs_on_after: re.Pattern[str]
    acronym_owner_after: re.Pattern[str]
    model_before: re.Pattern[str]
    instrument_after: re.Pattern[str]
    defined_after: re.Pattern[str]
    defined_before: re.Pattern[str]
    defines_term: re.Pattern[str]
    defines_short_name: re.Pattern[str]
    defines_acronym: re.Pattern[str]
    # other instruments' marks, read by lawref/pipeline/enacted.py (statutes/grammar/instruments.yaml)
    enacts: re.Pattern[str]
    draft_title: re.Pattern[str]
    draft_marks: re.Pattern[str]
    sister_terms: re.Pattern[str]
    self_named: re.Pattern[str]  # 本条例: read by lawref/pipeline/self_named.py
    # another instrument's title line, read by lawref/citations/headings.py (instruments.yaml)
    instrument_kind_end: re.Pattern[str]
    draft_line_end: re.Pattern[str]
    phrase_stop: frozenset[str]
    place_words: frozenset[str]
    caps_not_names: frozenset[str]

    @classmethod
    def of(cls, grammar: CitationGrammar) -> Windows:
        missing = [n for n in _PATTERNS if n not in grammar.windows]
        missing += [n for n in _WORD_LISTS if n not in grammar.words]
        if missing:
            raise StoreError(f"citation grammar: no windows or words {', '.join(missing)}")
        values: dict[str, object] = {n: grammar.windows[n] for n in _PATTERNS}
        values.update({n: grammar.words[n] for n in _WORD_LISTS})
        return cls(**values)  # type: ignore[arg-type]

    def cn_name(self, words: str) -> str:
        """The law's name at the end of a run of Chinese characters: 根据反恐怖主义法 → 反恐怖主义法."""
        if "的" in words:
            words = words[words.rfind("的") + 1 :]
        for _ in range(6):
            match = self.cn_filler.match(words)
            if match is None or len(words) - match.end() < 3:
                break
            words = words[match.end() :]
        return words


def word_before(text: str, pos: int, floor: int) -> int | None:
    """Where the word that ends (with one or two spaces) just before ``pos`` starts."""
    end = pos
    while end > floor and pos - end < 2 and text[end - 1] in " \t\n":
        end -= 1
    if end == pos or end <= floor:
        return None
    start = end
    while start > floor and end - start < 30 and not text[start - 1].isspace():
        start -= 1
    if start > floor and not text[start - 1].isspace():
        return None
    return start
