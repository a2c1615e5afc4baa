"""An item of a list follows the items around it when their article holds its words as well.

A page reproduces an article's list — the PIPL's Art. 13 and its seven grounds, (一) to (七) —
and the last item is the stock "(七)法律、行政法规规定的其他情形。", which Arts. 3, 13 and 47 all
hold word for word; the matcher picks one of them (Art. 3). Or a page gives the contents of GDPR
Art. 30's record as bullets in words of its own, and one bullet, "the recipients or the
categories of recipients to whom the personal data has been or will be disclosed", is worded a
little closer to Art. 15's list of what a data subject is told. Linked alone, such an item goes
to another article than the list it stands in, on words the list's article holds too.

This rule reads the list: a run of lines that each open with a marker (a bullet, (一), 1., (a)).
Its article is the one the lead-in cites (a citation of an article in the 300 characters before
the first item: "第十三条规定了…七项条件，即：", "…in accordance with Article 30 GDPR. This record
must contain:") when an item is linked to it, else the one more of its items are linked to than
to any other. An item linked to another article is weighed as
pipeline/cited_alike.py weighs a retelling against its citation: fewer than ten word units of it
(attribution.ACCUSATION_MIN_UNITS) stand in the item's article and not in the list's; it then
goes to the list's article when the matcher finds that one at the same tier, and a retelling that
it does not find so is not linked, with a note. An item the matched article holds exactly keeps
its link unless the list's article holds it exactly too: a list may run across articles.

On the real-world passages (every set): heldout10's stock item linked to PIPL Art. 3 among Art.
13's items (linked to Art. 13) and heldout11's Art. 30 bullet linked to GDPR Art. 15 (not linked
now); nothing else changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lawref.match.results import EXACT
from lawref.pipeline.cited_alike import Rematch, toward
from lawref.pipeline.renderings import Weighed
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant

__all__ = ["list_siblings"]

# Characters before a list's first item in which its lead-in's citation stands ("…in accordance
# with Article 30 GDPR.⏎⏎This record must contain the following information:": 70).
_LEAD_IN = 300

# An item's marker at its line's start: a bullet, a number or letter, a Chinese number.
_ITEM_LINE = constant(
    r"[ \t\u3000]*(?:[-–•*·▪◦●]|\(?[0-9]{1,2}[.)、．]|\(?[a-zA-Z][.)]"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])"
)


def list_siblings(
    text: str,
    spans: Sequence[QuoteSpan],
    weighed: Sequence[Weighed],
    citations: Sequence[CitationSpan],
    store: Store | None,
    rematch: Rematch,
) -> list[Weighed]:
    """``weighed`` with each list item linked elsewhere than its list's article weighed against
    that article (see the module's docstring)."""
    out = list(weighed)
    for items in _lists(text, spans):
        linked = [
            (m.statute, m.article)
            for i in items
            if (m := out[i].result.match) is not None and out[i].result.verdict != "unmatched"
        ]
        own = _list_article(text, spans[items[0]].start, citations, linked)
        if own is None:
            continue
        statute, article = own
        listed = CitationSpan(text="", start=0, end=0, statute=statute, article=article)
        named = f"Art. {article}, the article of the list it stands in"
        for i in items:
            match = out[i].result.match
            if match is None or out[i].result.verdict == "unmatched":
                continue
            if (match.statute, match.article) == own:
                continue
            exact = out[i].result.verdict in EXACT
            found = toward(spans[i].text, out[i], listed, named, store, rematch, unlink=not exact)
            if found is not None and not (exact and found.result.verdict not in EXACT):
                out[i] = found
    return out


def _lists(text: str, spans: Sequence[QuoteSpan]) -> list[list[int]]:
    """The spans that are list items, in runs of item lines (each run one list)."""
    runs: list[list[int]] = []
    for i, span in enumerate(spans):
        if _item_line(text, span.start) is None:
            continue
        if runs and _same_list(text, spans[runs[-1][-1]], span):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) > 1]


def _list_article(
    text: str,
    start: int,
    citations: Sequence[CitationSpan],
    linked: list[tuple[str, str]],
) -> tuple[str, str] | None:
    """The list's article: the one its lead-in cites (the nearest citation of an article in the
    ``_LEAD_IN`` characters before the list's first item) when an item is linked to it, else
    the one most of its items are linked to, when more are linked to it than to any other."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = [
        c
        for c in citations
        if c.statute and c.article and line_start - _LEAD_IN <= c.end <= line_start
    ]
    if lead:
        named = (lead[-1].statute or "", str(lead[-1].article))
        return named if named in linked else None
    counts = Counter(linked).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _item_line(text: str, at: int) -> int | None:
    """The start of ``at``'s line when the line opens with an item's marker and only the marker
    (and spaces) stands before ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    marker = _ITEM_LINE.match(text, line_start)
    if marker is None or marker.end() > at or text[marker.end() : at].strip(" \t\u3000"):
        return None
    return line_start


def _same_list(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """Whether every non-blank line from ``first``'s line to ``second``'s is an item's line."""
    start = text.rfind("\n", 0, first.start) + 1
    end = text.rfind("\n", 0, second.start) + 1
    at = start
    while at < end:
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 or line_end > end else line_end
        line = text[at:line_end]
        if line.strip() and _ITEM_LINE.match(line) is None:
            return False
        at = line_end + 1
    return True
