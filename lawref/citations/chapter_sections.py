"""A "Section" of a law that numbers its provisions as articles is a part of one of its chapters,
not the article of that number: the AI Act's "Section 2" of Chapter III holds Articles 8 to 15,
and "the requirements set out in Section 2" or "Chapter III, Section 5 of the EU AI Act" cite no
Article 2 or Article 5 (a writer who calls Article 9 "Section 9 of GDPR", naming the law with it
and no chapter, still means the article). Such a citation cites the act — the one its words name or the one in the
air, as before — and no article of it (with a note): a quotation under "Chapter III, Sections 2
and 3" is checked against the whole act, and never accused of misquoting an article the text
never named.

Which words make a reference a section's is the grammar's window ``chapter_section``, and which
laws number their provisions as articles its word list ``articles_not_sections`` of
jurisdictions (statutes/grammar/eu.yaml): the EU's acts are divided into titles, chapters and
sections above their articles, so a section there is never an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from lawref.spans import CitationSpan

__all__ = ["chapter_sections"]


_CHAPTER_REACH = 30  # characters either side of a citation a chapter named with it may stand in


def chapter_sections(
    text: str,
    found: Sequence[CitationSpan],
    windows: Mapping[str, re.Pattern[str]],
    jurisdictions: Collection[str],
    jurisdiction: Callable[[str], str | None],
) -> list[CitationSpan]:
    """``found`` with each article of a law of ``jurisdictions`` that the citation's own words
    call a section (the window ``chapter_section`` finds the section's keyword before the
    number) read as the law alone — where the section is bare, the law only in the air, or a
    chapter is named beside it (the window ``chapter_beside``: "Chapter III, Section 5 of the EU
    AI Act", "Section 2 of Chapter III"). A writer's "Section 9 of GDPR", the law named with it
    and no chapter, calls Article 9 a section, and is read as before — and so are that writer's
    bare sections of the law, and a bare section with a paragraph ("Section 6(3)")."""
    window, chapter = windows.get("chapter_section"), windows.get("chapter_beside")
    if window is None or chapter is None or not jurisdictions:
        return list(found)
    folded = {j.casefold() for j in jurisdictions}  # the grammar's word lists are kept folded

    def beside_chapter(cited: CitationSpan) -> bool:
        start, end = max(0, cited.start - _CHAPTER_REACH), cited.end + _CHAPTER_REACH
        return chapter.search(text, start, end) is not None

    sections = [
        c
        for c in found
        if c.statute is not None
        and c.article is not None
        and (jurisdiction(c.statute) or "").casefold() in folded
        and window.search(c.text) is not None
    ]
    # A writer who calls the law's articles sections where naming it ("Section 60 of GDPR",
    # "Section 6(3) of the AI Act", no chapter beside) means an article by a bare "Section 6(3)"
    # too; so does one who gives the section a paragraph, which a chapter's section never has.
    habit = {c.statute for c in sections if c.name and c.name in c.text and not beside_chapter(c)}
    chapters = {
        id(c)
        for c in sections
        if beside_chapter(c)
        or (not (c.name and c.name in c.text) and c.statute not in habit and not c.subdivision)
    }
    kept = []
    for cited in found:
        if id(cited) in chapters:
            note = f"a section of a chapter of {cited.statute}, not its article {cited.article}"
            # "Section 5 of the EU AI Act", "Sections 2 and 3" of the AI Act in the air: the act,
            # and no article of it (a quotation under it is checked against the whole act)
            cited = replace(cited, article=None, subdivision=None, note=note)
        kept.append(cited)
    return kept
