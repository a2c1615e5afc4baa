"""An article's heading right before a reproduction on a line whose breaks were lost: the heading
that heads it.

A page that reproduces a law article by article sets each article's heading at the start of its
line ("第四條 中華人民共和國公民有…"); a copy that loses the line breaks runs the articles on in
one line ("第三條 國家安全機關是…依法做好有關工作。 第四條 中華人民共和國公民有…"). A reader
still reads the later article under its own heading, the one right before it after the previous
article's full stop. pipeline/instruments.py read only a heading at the line's start, so every
article after the first on such a line stood under no heading: ``uncited``, where the first, under
the same kind of heading, was ``unverified`` (the law unnamed) or checked against its number.

The rule: when a reproduction on a line starts right after an article heading (第N条, 第N條,
"Article N", "Art. N") that itself follows a sentence's end and a few spaces, that heading is the
one above it, as if it began the line. Only the separators a heading takes (spaces, a colon, a
full stop) may stand between the heading and the reproduction; a heading followed by the writer's
words (第四条规定，…) is a reference in prose and is left to pipeline/instruments.py, which
rejects it. On the real-world sets (dev to heldout12) the rule changes four quotations from
``uncited`` to ``unverified``, as labelled, and nothing else: heldout12's 2014 Counter-espionage
Law run on in one line (its Art. 4, mojibake inside) and heldout3's 2023 Counter-espionage Law
Arts. 24 to 26 run on after Art. 23.

An English rendering of a Chinese law copied the same way ("… national security and interests.
Article 2: National intelligence work adheres …") has no reproduction for the reuse scan to find:
pipeline/headed.py checks the text under a heading against the article it names, but read only a
heading that starts its line. ``run_on_place`` gives it the text under an English heading that
follows a sentence's end and is followed by a capital letter (a reference in prose, "Article 7
requires …", is not a heading), up to the next such heading on the line. heldout13's machine-
translated National Intelligence Law Arts. 2 and 3, run on after Art. 1, are found so.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.spans import CitationSpan
from lawref.text.article_headings import chinese_article
from lawref.text.regex_code import Deferred

__all__ = ["heading_right_before", "run_on_place"]

# A sentence's end, a few spaces, an article heading and its separators, at the end of the text
# before the reproduction.
_RIGHT_BEFORE = Deferred(
    r"[。；.;!?！？]\s{1,3}(?P<head>"
    + chinese_article(space=r"\s{0,2}")
    + r"|Art(?:icle|\.)\s{1,3}\d{1,4})[ \t\u3000\u00a0:：.]{0,3}\Z"
)
# A heading and its separators are short: only the end of the text before is read.
_TAIL = 40


def heading_right_before(prefix: str) -> int | None:
    """Where in ``prefix`` (the line's text before a reproduction) the article heading it ends
    with starts, when that heading follows a sentence's end; None when it ends with none."""
    low = max(0, len(prefix) - _TAIL)
    found = _RIGHT_BEFORE.compiled.search(prefix, low)
    return None if found is None else found.start("head")


# What may stand between an article heading and the text it heads on a run-on line.
_HEAD_SEPARATORS = " \t\u3000\u00a0:：."
# A run-on line's headed text is an article's opening, not a whole law: at most this long.
_RUN_ON_MAX = 4000
# A sentence's end and up to three spaces before a heading.
_BEFORE_HEAD = 4


def _heads_run_on(text: str, line_start: int, citation: CitationSpan) -> int | None:
    """Where the text starts that ``citation`` heads, when it is an article heading right after a
    sentence's end on its line (pipeline/headed.py reads a heading that starts its line)."""
    rest = citation.end
    while rest < len(text) and text[rest] in _HEAD_SEPARATORS:
        rest += 1
    # (only the few characters before the heading are read: its sentence's end and spaces)
    base = max(line_start, citation.start - _BEFORE_HEAD)
    at = heading_right_before(text[base:rest])
    return rest if at is not None and base + at == citation.start else None


def run_on_place(
    text: str, citation: CitationSpan, later: Sequence[CitationSpan]
) -> tuple[int, int] | None:
    """Where the text lies that an English article heading heads on a line whose breaks were
    lost ("… national security and interests. Article 2: National intelligence work adheres …"):
    from the heading to the next such heading on the line among ``later`` (the citations after
    it, in order), or to the line's end. None when the heading does not follow a sentence's end,
    or the writer's prose follows it ("Article 7 requires …")."""
    line_start = text.rfind("\n", 0, citation.start) + 1
    rest = _heads_run_on(text, line_start, citation)
    if rest is None or not text[rest : rest + 1].isupper():
        return None
    line_end = text.find("\n", rest, rest + _RUN_ON_MAX)
    end = line_end if line_end >= 0 else min(len(text), rest + _RUN_ON_MAX)
    for other in later:
        if other.start >= end:
            break
        if other.start > rest and _heads_run_on(text, line_start, other) is not None:
            end = other.start
            break
    tail = text[rest:end].rstrip()
    return (rest, rest + len(tail)) if tail else None
