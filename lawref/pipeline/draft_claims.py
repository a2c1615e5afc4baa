"""A page that holds a draft of a law — or is dated before the law was adopted — accuses no one.

A draft numbers its articles its own way: the European Parliament's 2013 text of the GDPR has the
data protection officer in Art. 35, the enacted Regulation in Art. 37 (Art. 35 is the impact
assessment); the Council's 2022 text of the AI Act is not the Act's numbering either. Words such a
page sets under its own article's number, or credits to it, are the draft's article, and the store
holds no draft: whether the citation is right cannot be checked (heldout22: a sentence of the 2013
text's Art. 35(5) reported `misattributed` to recital 97, which holds a rewording of it).

So every `misattributed` on a page that is a draft — its title lines name one ("(Proposal
25.11.2022)", 《…（草案）》), it carries a draft's marks (a Commission proposal's number, the
Council's struck-out paragraphs "2. (…)"): the windows of statutes/grammar/instruments.yaml that
pipeline/enacted.py reads — or that is dated before the cited law's first adoption (a date line
above the words, or the page's published date: pipeline/dated_page.py) becomes `unverified`, with
a note saying why. Every claim goes through this, the citation-linked and the retold ones alike
(fine_ceilings.py, retold_elsewhere.py, …), so no rule that accuses need know of drafts. It only
ever takes a claim back (tests/realworld/README.md, labelling policy C).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from lawref.citations.windows import Windows
from lawref.pipeline.dated_page import dated_before
from lawref.pipeline.enacted import drafting
from lawref.report import Quote
from lawref.store.files import Store

__all__ = ["no_claims_on_drafts"]


def no_claims_on_drafts(
    text: str,
    quotes: Sequence[Quote],
    windows: Windows,
    store: Store,
    published: dt.date | None,
) -> list[Quote]:
    """``quotes`` with each `misattributed` one on a draft's page, or one dated before the cited
    law, made `unverified` with a note (see the module's docstring)."""
    if not any(q.attribution == "misattributed" for q in quotes):
        return list(quotes)  # (nothing to take back: the page is not read)
    draft = drafting(text, windows)
    out: list[Quote] = []
    for quote in quotes:
        cited = quote.cited_as
        if quote.attribution != "misattributed" or cited is None or cited.statute is None:
            out.append(quote)
            continue
        why = draft or dated_before(text, quote.start, store.get(cited.statute), published)
        if why is None:
            out.append(quote)
            continue
        note = (
            f"unverified, not misattributed: {why}; “{cited.text}” is that text's numbering, "
            "which the store does not hold, so the citation cannot be checked against the words"
        )
        out.append(
            quote.model_copy(update={"attribution": "unverified", "notes": [note, *quote.notes]})
        )
    return out
