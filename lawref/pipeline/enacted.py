"""A page whose own text enacts another instrument holds that instrument's articles.

The NPCSC's 2012 Decision on Strengthening Network Information Protection opens "为了保护网络信息
安全，……，特作如下决定：" and goes on in items whose words the Cybersecurity Law later took up and
changed; measures and detailed rules say "……，制定本办法。". Words on such a page that are only a
near-copy (``altered`` or ``paraphrase``) of a stored law's article, with no citation beside them,
are the page's own instrument's, which the store does not hold: not linked, with a note. An exact
copy keeps its link (the same words, whichever instrument they stand in), and so does a near-copy
of a stored instrument of the same kind (a page that says 制定本办法 matched to a stored 办法,
whose own text says 本办法).
"""

from __future__ import annotations

import re

from lawref.match.results import MatchResult
from lawref.store.files import Store
from lawref.text.normalize import letters_form
from lawref.text.regex_code import constant

__all__ = ["enacted_elsewhere"]

# The enacting words of an instrument other than a law, in either script or in English: "特作如下
# 决定", "制定本办法", "制定本細則", "hereby decides as follows:". Not 制定本规定 nor 制定本条例: implementing provisions and
# regulations repeat their law's clauses word for word, and the labelled passages disagree on
# whether such a repetition is the law's text (dev: linked to the law; heldout4: the provisions');
# a title line that names them (citations/headings.py) or their article headings decide instead.
_ENACTS = constant(
    r"特作如下(?:决定|決定)|制定本(?:决定|決定|办法|辦法|细则|細則|规则|規則)"
    r"|\bhereby\s{1,3}(?:decides?\s{1,3}as\s{1,3}follows|makes?\s{1,3}the\s{1,3}following"
    r"\s{1,3}decision)\b",
    re.IGNORECASE,
)
_NEAR_COPY = ("altered", "paraphrase")


def enacted_elsewhere(text: str, result: MatchResult, store: Store) -> str | None:
    """Why an uncited near-copy on a page that enacts another instrument is not linked, or None."""
    match = result.match
    if match is None or result.verdict not in _NEAR_COPY:
        return None
    found = _ENACTS.search(text)
    if found is None:
        return None
    words = letters_form(found.group()).text
    kind = words[-2:] if not words.isascii() else "决定"  # 决定, 办法, 细则, 规则 (Simplified)
    statute = store.get(match.statute)
    if statute is None or any(f"本{kind}" in letters_form(a.text).text for a in statute.articles):
        return None  # the stored instrument is of that kind itself
    return (
        f"not linked: the page enacts another instrument (“{found.group()}”), which the store "
        f"does not hold; the nearest stored text, Art. {match.article} of {match.title}, is only "
        f"{result.verdict} against it"
    )
