"""A quotation that is one of the matched law's own headings, give or take a word, is its name for a
thing — an offence, a chapter — not an article's text: it is not linked, cited or not.

match/law_text.py leaves out a quotation that is a heading word for word, unless a citation beside
it names the law. A writer quoting the name of an offence often drops or changes a function word
("勾結外國或境外勢力危害國家安全罪" for the section heading 勾结外国或者境外势力危害国家安全罪;
"the offence of Collusion with Foreign Country" for "Collusion with a Foreign Country"), and the
words then match an article that happens to hold the same phrase (Article 1, which lists the
offences), as ``altered``, or ``verbatim`` when the citation names the offence's own article
(第29条「…罪」): a link to that other article, and an accusation of misattribution, that the
writer never made. The headings are the matched statute's chapter, section and article captions,
without their numbers.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from lawref.match.results import MatchResult
from lawref.store.files import Store
from lawref.text.normalize import letters_text
from lawref.text.numerals import NUMERAL_PATTERN
from lawref.text.regex_code import constant

__all__ = ["HeadingQuotes"]

# A heading's number ("第四节", "Chapter III", "Section 2."), taken off before comparing. The
# Chinese number counts with the citation grammar's numeral alphabet, as text/article_headings.py
# does; its ``chinese_article`` is not used, for the number here may head a part, a chapter or a
# section (编, 章, 节, 部分) as well as an article.
_NUMBER = constant(
    rf"^\s*(?:第{NUMERAL_PATTERN}[编編章节節条條部分]+"
    r"|(?:chapter|section|part|title|article)\s+[0-9ivxlc]{1,6}[.:]?)\s*",
    re.IGNORECASE,
)
# Letters a heading must have to be compared (a two-character caption is any phrase's).
_MIN_LETTERS = 6
# Edits allowed per letter of the heading: one in eight (a dropped 者 or "a" in a caption of
# 17 letters is one edit; two in a caption of 16 or more). The labelled real-world quotations that
# were names of offences differed from their heading by one function word.
_EDITS_PER_LETTER = 1 / 8
# How much longer than the quotation a heading may be for the quotation to be "most of" it
# (the same share match/law_text.py allows for an exact part of a heading).
_PART_OF = 1.5


class HeadingQuotes:
    """The matched law's headings, read once per statute, and the question "is this quotation
    one of them?"."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._headings: dict[str, tuple[tuple[str, str], ...]] = {}

    def heading_quoted(self, quote: str, result: MatchResult) -> str | None:
        """The heading (as stored) that the linked quotation is, give or take a word; None
        when it is none of the matched statute's headings."""
        match = result.match
        if match is None or result.verdict == "unmatched":
            return None
        letters = letters_text(quote)
        if len(letters) < _MIN_LETTERS:
            return None
        for heading, form in self._of(match.statute):
            if _close(letters, form):
                return heading
        return None

    def _of(self, statute_id: str) -> tuple[tuple[str, str], ...]:
        found = self._headings.get(statute_id)
        if found is None:
            statute = self.store.get(statute_id)
            seen: dict[str, str] = {}
            read: set[str] = set()  # (a chapter's heading stands on each of its articles)
            for article in statute.articles if statute is not None else ():
                for heading in (article.chapter, article.section, article.heading):
                    if heading and heading not in read:
                        read.add(heading)
                        form = letters_text(_NUMBER.sub("", heading))
                        if len(form) >= _MIN_LETTERS:
                            seen.setdefault(form, heading.strip())
            found = tuple((heading, form) for form, heading in seen.items())
            self._headings[statute_id] = found
        return found


def _close(letters: str, heading: str) -> bool:
    """Whether the quotation's letters are the heading's, or most of them, within a few edits."""
    if len(heading) > _PART_OF * len(letters) or len(letters) > _PART_OF * len(heading):
        return False
    allowed = int(len(heading) * _EDITS_PER_LETTER)
    if letters in heading:
        return True
    return Levenshtein.distance(letters, heading, score_cutoff=allowed) <= allowed
