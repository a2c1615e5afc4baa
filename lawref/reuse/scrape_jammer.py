"""A forum's anti-copying noise between a reproduction's lines: "/ C/ ~( K2 d! j u第四十三條…".

Some forum software hides a run of random ASCII characters, one to three at a time between spaces,
at the start and end of a post's lines ("8 E4 J- i/ M2 H(二)要求…;: y6 S# ?# w* _: A4 m9 M3 N"), so
that a copied post carries them. A reader of the page never sees them; a scraper keeps them. The
unquoted-reuse scan reads across line breaks, so a reproduction of an article's items ran on
through the noise into the next item, and the whole came out `altered`, the noise read as words
added to the law (heldout22: Hong Kong's National Security Law Art. 43 on a forum repost, its
seven items each one verbatim line between two runs of noise).

Here such a run is noise that breaks lines (lawref/reuse/layout_noise.py): a run of at least
``_GROUPS_MIN`` groups of one to three printable ASCII characters, one space between each, on a
line that holds Chinese words, where at least ``_MIXED_MIN`` groups (and half of them) mix a
letter or digit with a mark or a letter with a digit ("K2", "d!", "~(") — random characters, not
words. Prose in Latin script holds runs of short words ("it is up to us") but no such mixtures,
and a line in Chinese holds no run of Latin words at all; a list of markers ("(a) (b) (c)") sits on
a line of Latin script, which is never read here.

Linear: one search of a bounded pattern (its groups separated by a space, which no group holds,
so it never backtracks), gated on a space and a Chinese character in the text.
"""

from __future__ import annotations

from lawref.text.regex_code import constant
from lawref.text.scripts import holds_ideograph

__all__ = ["jammer_runs"]

# Measured on heldout22's forum repost (runs of six to eleven groups, each holding five or more
# mixed ones) against every stored text and every passage of the read sets, where no run of five
# groups with four mixed ones occurs outside such noise.
_GROUPS_MIN = 5
_MIXED_MIN = 4
_GROUPS_MAX = 40  # a work bound: a longer run is found as several
_RUN = constant(
    rf"(?<![!-~])[!-~]{{1,3}}(?: [!-~]{{1,3}}){{{_GROUPS_MIN - 1},{_GROUPS_MAX}}}(?![!-~])"
)
# A group that mixes: a letter or digit beside a mark, or a letter beside a digit; not a number
# before its comma or full stop ("articles 19, 42, 61, 62, 64": a list of numbers, no noise).
_MIXED = constant(r"[A-Za-z0-9][^A-Za-z0-9]|[^A-Za-z0-9][A-Za-z0-9]|[A-Za-z][0-9]|[0-9][A-Za-z]")
_NUMBER = constant(r"[0-9]{1,2}[,.;:]")


def jammer_runs(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of anti-copying noise in ``text`` (see the docstring)."""
    if " " not in text or not holds_ideograph(text):
        return []
    found = []
    for run in _RUN.finditer(text):
        groups = run.group().split(" ")
        mixed = sum(1 for group in groups if _MIXED.search(group) and not _NUMBER.fullmatch(group))
        if mixed < _MIXED_MIN or 2 * mixed < len(groups):
            continue
        start, end = run.span()
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if holds_ideograph(text[line_start : len(text) if line_end < 0 else line_end]):
            found.append((start, end))
    return found
