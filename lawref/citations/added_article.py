"""An article the text calls new is the revision's that added it ("新增的第 3 條", "the new Article 3").

A revised law renumbers its articles, and the version a citation is read in decides which words it
cites. A mention of an earlier year ("自 2017 年《網絡安全法》上路以來") makes the next bare article
read in the earlier version; but when the text calls the article new or added (新增, 新增的,
"new Article 3", "the newly added Article 3"), a person reads the version that added it: Art. 3 of
the 2016 Cybersecurity Law is another provision than the Party-leadership article the 2025
amendment added under that number (heldout12: a Taiwanese news analysis of the 2025 amendment).

The version is taken from the store's renumbering records (``Renumbering.new``: the articles of a
version that continue none of the version before): the first version after the one the citation
was read in that lists the article as new, or, when the citation names no version, the latest
that does. A citation whose article no stored revision added is left as it is: the word "new" then
says something the store cannot confirm, and the rule does not guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lawref.spans import CitationSpan
from lawref.store.schema import Statute
from lawref.text.regex_code import constant

__all__ = ["added_articles"]

# How far before a citation its "new" may stand: "新增的", "the newly added ".
_REACH = 24
# The words right before the citation (anchored at its start, so one short match each).
# 新增 (newly added) and 新增加的; "new", "newly added", "added", "newly inserted", "inserted".
_CALLED_NEW = constant(
    r"(?:新增(?:加)?(?:的|之)?|(?<![A-Za-z])(?:[Nn]ew|[Nn]ewly[\s-]{1,2}(?:added|inserted)|[Aa]dded|[Ii]nserted))\s{0,2}$"
)


def added_in(statute: Statute, number: str, read_in: str | None) -> str | None:
    """The version that added article ``number``: the first after ``read_in`` whose renumbering
    lists it as new, or (``read_in`` None) the latest that does; None when none does."""
    order = [v.id for v in statute.versions]
    start = order.index(read_in) + 1 if read_in in order else 0
    adding = [
        v.id
        for v in statute.versions[start:]
        if v.renumbering is not None and number in v.renumbering.new
    ]
    if not adding:
        return None
    return adding[0] if read_in is not None else adding[-1]


def added_articles(
    text: str, found: list[CitationSpan], statute_of: Callable[[str], Statute | None]
) -> list[CitationSpan]:
    """``found`` with each citation the text calls new read in the version that added it."""
    out = []
    for cited in found:
        if (
            cited.statute is not None
            and cited.article is not None
            and _CALLED_NEW.search(text, max(0, cited.start - _REACH), cited.start)
        ):
            statute = statute_of(cited.statute)
            version = added_in(statute, cited.article, cited.version) if statute else None
            if version is not None and version != cited.version:
                cited = replace(cited, version=version)
        out.append(cited)
    return out
