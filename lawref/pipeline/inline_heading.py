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
"""

from __future__ import annotations

from lawref.text.article_headings import chinese_article
from lawref.text.regex_code import Deferred

__all__ = ["heading_right_before"]

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
