"""A reproduction in the section of a bare article heading is cited by it: ``unverified``.

A reference page sets an article's text under its heading ("Article 60", "第二十三条",
"§ 4565.") and often puts lines between the two: the article's caption, an "Updated on …" line,
a summary of its own, the section's definitions read as lines. The words below are cited by the
heading's number — a reader takes them for that article — but the page names no law, so the
citation cannot be checked: the quotation is ``unverified``, not ``uncited`` (the labelled sets'
policy: of the statute quotations under a bare heading whose law the page does not name, 91 are
labelled ``unverified`` and 1 ``uncited``).

instruments.bare_heading_citation reads a heading right above the quotation (a caption at most
between); this rule reads the whole section above an uncited quotation that lawref linked: back
line by line, the nearest line that is an article heading — alone, with a caption, or (the
matched article's own) with its first paragraph — within
SECTION_REACH characters, as long as no line between names a law (a citation with a statute:
then the section is not a bare heading's, and named_before.py has read the law named). It runs
after every rule that finds a citation for an uncited quotation, and only says ``unverified``:
it links nothing and accuses nobody.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from lawref.pipeline.attribution import Link, cited_as
from lawref.pipeline.checkable import BARE_HEADING
from lawref.pipeline.instruments import heading_line, heading_with_text
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant

__all__ = ["in_heading_section"]

# How far above a quotation its section's heading is read. On the labelled real-world passages
# (heldout11-13) the linked reproductions under a bare heading with lines between started 60 to
# 680 characters after it; the reach leaves room for a longer article's later paragraphs (the
# reach of section_headings.py's citation headings, HEADING_REACH, is the same).
SECTION_REACH = 1500
_LINES_MAX = 40  # lines read back (a US Code section's definitions stand one a line)
# What may stand before the quotation on its own line: a point number or a list mark ("1. ",
# "(a)", "•", "1.sec=" of a templating file). Longer, it is the writer's sentence.
_PREFIX_MAX = 6
# A US Code section heading on its own line: "§ 4565.", "§ 1601 Determination of …".
_SECTION_SIGN = constant(r"[ \t#*>•-]{0,6}§{1,2}[ \t\u00a0]{0,2}(?P<number>[0-9]{1,5}[a-z]?)\.?")
_SECTION_CAPTION_MAX = 120


def in_heading_section(
    text: str,
    quotes: Sequence[QuoteSpan],
    matches: Sequence[Match | None],
    links: Sequence[Link],
    citations: Sequence[CitationSpan],
) -> list[Link]:
    """``links`` with each uncited, linked reproduction (not in quotation marks) that stands in
    a bare article heading's section made ``unverified``, cited by that heading."""
    # (A citation whose law was only inferred from elsewhere on the page names none on its line.)
    named = sorted(
        c.start for c in citations if (c.statute is not None or c.ambiguous) and not c.inferred
    )
    out = list(links)
    for i, (quote, match, link) in enumerate(zip(quotes, matches, links, strict=True)):
        if match is None or link.attribution != "uncited" or quote.marks == "quoted":
            continue
        heading = _section_heading(text, quote.start, named, str(match.article))
        if heading is None:
            continue
        note = f"{BARE_HEADING} (“{heading.text}”, above it)"
        out[i] = Link("unverified", cited_as(heading), heading, note)
    return out


def _section_heading(
    text: str, start: int, named: Sequence[int], article: str
) -> CitationSpan | None:
    """The bare article heading whose section the quotation at ``start`` stands in, or None.
    A heading of the matched ``article`` with its first paragraph on its line heads the
    paragraphs under it too (an article copied under "第二十四条 …", reported paragraph by
    paragraph: reuse/copied_paragraphs.py)."""
    line_start = text.rfind("\n", 0, start) + 1
    if len(text[line_start:start].strip()) > _PREFIX_MAX:
        return None  # the writer's words before it on its line
    floor = max(0, start - SECTION_REACH)
    end = line_start - 1
    for _ in range(_LINES_MAX):
        if end <= floor:
            return None
        begin = text.rfind("\n", floor, end) + 1
        raw = text[begin:end]
        at = begin + len(raw) - len(raw.lstrip())
        line = raw.strip()
        if line:
            at_named = bisect_left(named, begin)
            if at_named < len(named) and named[at_named] < end:
                return None  # a line naming a law: not a bare heading's section
            heading = _heading(line, at) or _own_heading_with_text(line, at, article)
            if heading is not None:
                return heading
        end = begin - 1
    return None


def _own_heading_with_text(line: str, at: int, article: str) -> CitationSpan | None:
    """The heading of ``article`` that starts ``line`` with the article's text after it, as a
    citation whose law is not named; None for another article's heading or a line of prose."""
    found = heading_with_text(line, at)
    if found is None or found.number != article:
        return None
    end = found.start + len(found.text)
    return CitationSpan(found.text, found.start, end, None, found.number, note=BARE_HEADING)


def _heading(line: str, at: int) -> CitationSpan | None:
    """The article heading ``line`` (starting at ``at``) is — "Article 60", "第二十三条 【…】",
    "§ 4565." — with a caption at most after it, as a citation whose law is not named."""
    found = heading_line(line, at)
    if found is not None:
        end = found.start + len(found.text)
        return CitationSpan(found.text, found.start, end, None, found.number, note=BARE_HEADING)
    section = _SECTION_SIGN.match(line)
    if section is None or len(line) > _SECTION_CAPTION_MAX:
        return None
    rest = line[section.end() :].strip()
    if rest and (rest[0].islower() or rest[-1] in ".;:。；："):
        return None  # "§ 4565 requires …": a sentence about a section
    words = section.group().strip(" \t#*>•-")
    start = at + section.start() + section.group().index(words[0])
    return CitationSpan(
        words, start, start + len(words), None, section.group("number"), note=BARE_HEADING
    )
