"""A retelling that shares nothing with the matched article but names is not linked to it.

Reporting on the Basic Law's oath quotes its words — "to uphold the Basic Law of the Hong Kong
Special Administrative Region of the People's Republic of China", "swear allegiance to the Hong
Kong SAR of the People's Republic of China" — and the English store holds no rendering of that
article. The nearest English text is then the Hong Kong National Security Law's Art. 1, which
names the Basic Law and the region in full in its enacting clause: the matcher links the oath to
it (`altered`, `paraphrase`) on the strength of the names alone. A name is the same in every text
that mentions it; it says nothing of which provision a quotation retells.

This rule sets the names aside — the citations found in the document (a law's title) and, in
Latin script, runs of two or more capitalised words (the Hong Kong Special Administrative
Region, the People's Republic of China, with "of", "the", "and", "for" inside) — and counts the
quotation's other words that stand in the matched text in runs of three tokens. When they come to
fewer than ``_SHARED_MIN`` word units (a Latin word one, a CJK character two thirds), the
quotation is not linked, with a note. Only retellings (`altered`, `paraphrase`) the matcher found: words the article holds exactly are
its words, names or not, and a link across languages (an English quotation to a Chinese
original, a Japanese rendering read by its kanji) rests on its evidence, not on shared words.

The bar: three word units, the least a paraphrase must share besides function words
(match/thresholds.py PARAPHRASE_MIN_CONTENT). On the real-world passages (every set) the links
it removes hold 0 and 2 word units outside names (heldout11: two quotations of the Basic Law's
Art. 104 oath linked to the Hong Kong National Security Law's Art. 1, the 2 units "to the" before
a shortened name); no labelled right link of a retelling falls below the bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.ceiling_retold import CeilingResult
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.normalize import skeleton
from lawref.text.regex_code import constant
from lawref.text.scripts import scripts_of
from lawref.text.tokens import token_columns, token_texts, word_units
from lawref.xling.link import evidence_of

__all__ = ["names_shared"]

_SHARED_MIN = 3.0  # word units outside names that the matched text must hold
_RUN = 3  # tokens: the shortest run that counts as words a text holds
_RETOLD = ("altered", "paraphrase")
# Two or more capitalised words, "of", "the", "and", "for" allowed between them.
_NAME_RUN = constant(
    r"\b[A-Z][\w'’.-]*(?:\s{1,3}(?:(?:of|the|and|for)\s{1,3}){0,2}[A-Z][\w'’.-]*)+"
)


def names_shared(span: QuoteSpan, weighed: Weighed, citations: Sequence[CitationSpan]) -> Weighed:
    """``weighed`` unlinked, with a note, when the retelling in ``span`` shares no more than
    names with the matched article (see the module's docstring)."""
    result = weighed.result
    match = result.match
    if match is None or result.verdict not in _RETOLD or evidence_of(result) is not None:
        return weighed  # (a cross-lingual link rests on its evidence, not on shared words)
    if isinstance(result, CeilingResult):
        return weighed  # (a fine's ceiling rests on its figures: pipeline/ceiling_retold.py)
    quoted, stored_scripts = scripts_of(span.text), scripts_of(match.text)
    if quoted.kana or quoted.han != stored_scripts.han:
        return weighed  # a rendering in another language (a Japanese one read by its kanji)
    text = span.text
    # (the quotation's characters in a name, marked a stretch at a time by slice assignment;
    # the runs of _RUN tokens made by zip: C-level loops, not a Python step per character)
    named = bytearray(len(text))
    for citation in citations:
        start = max(citation.start, span.start)
        end = min(citation.end, span.end, span.start + len(text))  # (never past the text)
        if end > start:
            named[start - span.start : end - span.start] = b"\x01" * (end - start)
    for name in _NAME_RUN.finditer(text):
        named[name.start() : name.end()] = b"\x01" * (name.end() - name.start())
    form = skeleton(text)  # folded (case, script) with offsets back to the quotation
    tokens, starts, ends = token_columns(form.text)
    stored_tokens = token_texts(skeleton(match.text))
    stored = set(zip(*(stored_tokens[k:] for k in range(_RUN)), strict=False))
    held: set[int] = set()
    for i, run in enumerate(zip(*(tokens[k:] for k in range(_RUN)), strict=False)):
        if run in stored:
            held.update(range(i, i + _RUN))
    shared = [
        tokens[i]
        for i in sorted(held)
        if not named[_at(form.to_source(starts[i], ends[i])[0], len(text))]
    ]
    units = word_units(shared)
    if units >= _SHARED_MIN:
        return weighed
    note = (
        f"not linked: beside names (of laws, of places) the words share {units:.0f} word units "
        f"with Art. {match.article} of {match.title}: names say nothing of which provision "
        f"is retold"
    )
    return Weighed(unlinked(result), note)


def _at(offset: int, length: int) -> int:
    return min(max(offset, 0), length - 1)
