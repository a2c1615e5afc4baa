"""Words whose sentence calls its own instrument by a kind the matched law never calls itself —
本条例, 本规定, 本办法 (this Regulation, these Provisions, these Measures) where the stored law says
本法 — are that other instrument's, not the law's: not linked, with a note.

A regulation or a set of rules often takes its law's clauses and changes them a little: the 2023
Commercial Cryptography Regulations' Art. 1 is the Cryptography Law's Art. 1 with 商用 put in and
"制定本条例" at its end, and their Art. 2(2) ("本条例所称商用密码，是指……") is the law's Art. 2
definition narrowed. A reader of the sentence sees whose text it is from its own words: the
instrument it names as itself. The span the matcher found may be only the stretch that is the
law's word for word (保障网络与信息安全，维护国家安全……), so the whole sentence the span stands in is
read, not the span alone: an exact stretch of a sentence that names another instrument as itself
is part of that instrument's sentence (as pipeline/renderings.py reads an exact stretch of a
sentence cited as a law the store lacks). Words that are the matched article's own, self-name
included, stay linked: the stored article then calls its statute the same (a stored 条例 says
本条例).

Whether a stored statute calls itself a kind is read from its articles, until one does, the
matched article first (pipeline/enacted.py, ``EnactedReader.calls_itself``); the self-names are
the grammar's window ``self_named`` (statutes/grammar/instruments.yaml). On the read sets the
rule unlinks heldout14's two quotations of the commercial cryptography regulations (labelled as
no statute's text) and nothing else.
"""

from __future__ import annotations

from lawref.citations.windows import Windows
from lawref.pipeline.enacted import EnactedReader
from lawref.pipeline.instruments import short_name
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_text

__all__ = ["self_named"]

_ENDS = "。；！？!?;\n"  # what ends a sentence of the window's Chinese words, or a line
_QUOTE_MARKS = '“”「」『』"'  # a quotation's sentence is its own words
_REACH = 240  # characters read on either side of the span for its sentence


def self_named(
    text: str, span: QuoteSpan, weighed: Weighed, reader: EnactedReader, windows: Windows
) -> Weighed:
    """``weighed`` unlinked, with a note, when the sentence the span stands in names its own
    instrument by a kind (本条例) the matched statute never calls itself; else unchanged."""
    match = weighed.result.match
    if match is None:
        return weighed
    low, high = _sentence(text, span.start, span.end)
    found = windows.self_named.search(text, low, high)
    if found is None:
        return weighed
    kind = letters_text(found.group())[-2:]  # the Simplified kind: 条例, 规定, 办法 …
    if reader.store.get(match.statute) is None or reader.calls_itself(
        match.statute, kind, match.article
    ):
        return weighed
    name = short_name(match.statute, match.title, reader.store)
    note = (
        f"not linked: its sentence calls its own instrument “{found.group()}”, which {name} "
        f"never calls itself: another instrument's text, which the store does not hold; the "
        f"nearest stored text is Art. {match.article} of {name} ({weighed.result.verdict})"
    )
    return Weighed(unlinked(weighed.result), note)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``[start, end)`` starts and ends: at a sentence's end, a line
    break or a quotation mark, within _REACH characters. Brackets do not end it: pinyin scraped
    into a reproduction ("发(fā)展") stands inside its sentences."""
    low = start
    while low > max(0, start - _REACH) and text[low - 1] not in _ENDS + _QUOTE_MARKS:
        low -= 1
    high = end
    ceiling = min(len(text), end + _REACH)
    while high < ceiling and text[high] not in _QUOTE_MARKS and text[high] != "\n":
        high += 1
        if text[high - 1] in _ENDS:
            break
    return low, high
