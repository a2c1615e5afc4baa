"""A bare "Section N" that the law read for it does not hold is the code section the store holds
by that number, not a part of that law.

A writer on the CLOUD Act and the GDPR sets the two side by side — "for CLOUD, section 2713; and
for GDPR, article 48", then "Section 2713 reads, …" — naming the Act only by a word the store
does not know as a law's name. The walk reads a bare reference as the law in the air, or the one
stored law the page names (the GDPR), and the GDPR has no provision 2713: it has 99 articles,
grouped into a few sections of its chapters (citations/chapter_sections.py), so a "section 2713"
of it is no part of it a writer could mean. The store does hold a section of that number, 18
U.S.C. 2713, which writers call "Section 2713" as they call 47 U.S.C. 230 "Section 230". So a
bare section reference — its own words a section's keyword and number, no law named in them —
read as a stored law that holds no provision of that number is the one stored code section
(a statute of kind ``code-section``: one section of a code, numbered as the code numbers it) of
that number, when there is exactly one.

The law is not named, only read from the number: the citation is marked inferred, so that it can
make a quotation under it `unverified`, never `misattributed` (a wrong reading must not accuse
anyone). A reference that names its law in its own words ("Section 2713 of the GDPR") and one
whose law holds the number are left as read; an "Article 2713" stays the article the law lacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from lawref.spans import CitationSpan

__all__ = ["CODE_SECTION", "code_sections"]

# The store's kind of a statute that is one section of a code (18 U.S.C. 2713, 47 U.S.C. 230),
# its one article numbered as the code numbers the section.
CODE_SECTION = "code-section"


def code_sections(
    found: Sequence[CitationSpan],
    section_words: re.Pattern[str] | None,
    has_article: Callable[[str, str], bool],
    code_section: Callable[[str], str | None],
) -> list[CitationSpan]:
    """``found`` with each bare section reference read as a law that holds no provision of its
    number (``has_article``) read as the one stored code section of that number
    (``code_section``), marked inferred. ``section_words`` is the grammar's window that finds a
    section's keyword before a number in a citation's own words (``chapter_section``)."""
    if section_words is None:
        return list(found)
    kept = []
    for cited in found:
        section = _code_section_read(cited, section_words, has_article, code_section)
        if section is not None:
            note = (
                f"inferred: a bare “{cited.text}” read as {cited.statute}, which holds no "
                f"provision {cited.article}; the store's section {cited.article} is {section}'s"
            )
            cited = replace(
                cited,
                statute=section,
                version=None,
                name=None,
                ambiguous=(),
                note=note,
                inferred=True,
                dated=False,
            )
        kept.append(cited)
    return kept


def _code_section_read(
    cited: CitationSpan,
    section_words: re.Pattern[str],
    has_article: Callable[[str, str], bool],
    code_section: Callable[[str], str | None],
) -> str | None:
    """The code section a bare section reference read as the wrong law is, or None."""
    if cited.statute is None or cited.article is None:
        return None
    if cited.name and cited.name in cited.text:
        return None  # "Section 2713 of the GDPR": the writer names the law
    if section_words.search(cited.text) is None:
        return None  # "Article 2713", 第2713条: not a section's keyword
    if has_article(cited.statute, cited.article):
        return None  # the law read for it holds that provision
    section = code_section(cited.article)
    return section if section is not None and section != cited.statute else None
