"""A name the page's context read as one law accuses nobody of quoting the law it also means.

"国安法" (國安法, "the national security law") names both the PRC's 2015 National Security Law
and the 2020 law for Hong Kong. On a page with Hong Kong cues (香港, 特区政府, LegCo) the grammar's
context rule reads it as the Hong Kong law (statutes/grammar/cn.yaml, citations/context.py),
which is usually right in Hong Kong reporting. But a 2015 report on the mainland law speaks of Hong
Kong too — the law first brought Hong Kong and Macau into its scope — and gives its Art. 11 as
“国安法第11条第2款规定，‘维护国家主权、统一和领土完整是包括港澳同胞和台湾同胞在内的全中国人民的共同义务’”.
The words are the 2015 law's, and the citation was read as the Hong Kong law's Art. 11: calling it
wrong would accuse the reporter on the strength of lawref's own reading of a name that fits the
law the words come from.

So when the citation's law was chosen by a context rule (its note says "context: …") and the
quoted words are from a statute that rule reads the name instead of (its ``instead_of``), the
``misattributed`` claim becomes ``unverified``, with a note saying which law the name also means.
A citation that names its law in full (《香港特别行政区维护国家安全法》第29条, "the Hong Kong national
security law") was not read by context and still accuses; so does a context-read citation whose
words come from a third law, or from another article of the law the context chose.

On the real-world passages (every set): one false claim of this kind (heldout13, the 2015 report
above); no labelled real misattribution is cited by a context-read name of the statute its words
are from (the side-by-side in CHANGELOG: real misattributions flagged unchanged in every set).
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.citations.grammar_data import ContextRule
from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import article_words
from lawref.report import Match

__all__ = ["context_read"]

_CONTEXT_NOTE = "context: "  # how citations/context.py marks a reading its rule chose


def context_read(
    matches: Sequence[Match | None], links: Sequence[Link], rules: Sequence[ContextRule]
) -> list[Link]:
    """``links`` with each misattribution turned ``unverified`` (with a note) when its citation's
    law was read by a context rule that reads the name instead of the matched statute."""
    return [_spared(match, link, rules) or link for match, link in zip(matches, links, strict=True)]


def _spared(match: Match | None, link: Link, rules: Sequence[ContextRule]) -> Link | None:
    citation = link.citation
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
    if citation.statute == match.statute:
        return None
    parts = [p.strip() for p in (citation.note or "").split(";")]
    read_by = next((p[len(_CONTEXT_NOTE) :] for p in parts if p.startswith(_CONTEXT_NOTE)), None)
    if read_by is None or not any(
        rule.name == read_by
        and rule.statute == citation.statute
        and match.statute in rule.instead_of
        for rule in rules
    ):
        return None
    note = (
        f"cited as “{citation.text}”, read as another law because the page speaks of "
        f"{read_by}; the name also means {match.title}, whose {article_words(str(match.article))} "
        f"holds the words: which law the writer meant cannot be told"
    )
    return Link("unverified", link.cited_as, citation, note)
