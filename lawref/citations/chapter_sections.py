"""A "Section" of a law that numbers its provisions as articles is a part of one of its chapters,
not the article of that number: the AI Act's "Section 2" of Chapter III holds Articles 8 to 15,
and "the requirements set out in Section 2" or "Chapter III, Section 5 of the EU AI Act" cite no
Article 2 or Article 5. A bare "Section 2" is kept as a citation of a part of an act the store
does not hold as one text (statute None, with a note), as a section of an act the store holds one
section of is (citations/act_parts.py); one whose own words name the act ("Section 5 of the EU AI
Act", "GDPR, Section 3") cites the act, and no article of it. No quotation is then checked
against — or accused of misquoting — an article the text never named.

Which words make a reference a section's is the grammar's window ``chapter_section``, and which
laws number their provisions as articles its word list ``articles_not_sections`` of
jurisdictions (statutes/grammar/eu.yaml): the EU's acts are divided into titles, chapters and
sections above their articles, so a section there is never an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from lawref.spans import CitationSpan

__all__ = ["chapter_sections"]


def chapter_sections(
    found: Sequence[CitationSpan],
    window: re.Pattern[str] | None,
    jurisdictions: Collection[str],
    jurisdiction: Callable[[str], str | None],
) -> list[CitationSpan]:
    """``found`` with each article of a law of ``jurisdictions`` that the citation's own words
    call a section (``window`` finds the section's keyword before the number) read as a part of
    that law the store holds no text of."""
    if window is None or not jurisdictions:
        return list(found)
    folded = {j.casefold() for j in jurisdictions}  # the grammar's word lists are kept folded
    kept = []
    for cited in found:
        if (
            cited.statute is not None
            and cited.article is not None
            and (jurisdiction(cited.statute) or "").casefold() in folded
            and window.search(cited.text) is not None
        ):
            note = f"a section of a chapter of {cited.statute}, not its article {cited.article}"
            if cited.name and cited.name in cited.text:
                # "Section 5 of the EU AI Act": the act its words name, and no article of it
                cited = replace(cited, article=None, subdivision=None, note=note)
            else:  # a bare "Section 2": a part of the act in the air, no article the store holds
                cited = replace(cited, statute=None, ambiguous=(), version=None, note=note)
        kept.append(cited)
    return kept
