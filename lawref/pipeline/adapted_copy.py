"""A reproduction of a stored article that cites, inside its own paragraphs, a law the store
lacks, on a page that never names the stored law, is another text of that article: its changed
pieces are that text's, not altered quotations of the stored law.

heldout21 (a law firm's text of the UK GDPR): "Article 43⏎⏎Certification bodies⏎⏎1. Without
prejudice to the tasks and powers of the Commissioner under Articles 57 and 58, … issue and renew
certification. In accordance with section 17 of the 2018 Act, those certification bodies may only
be accredited …", then the points of paragraph 2, "the Commissioner" for the EU text's "the
competent supervisory authority" throughout. The store holds the EU GDPR only; the UK version
kept some sentences word for word and changed others. Each changed piece was reported `altered`
against the EU Art. 43: four quotations of a law the store lacks linked as if the writer had
changed the EU text (issue 14, point 3: another text of a law is not an altered copy of the
stored one; tests/realworld/README.md, policy C, as for a repealed law's or a draft's text).

What shows the other text is the reproduction itself: its own paragraph names a law the store
does not hold (the UK text's "section 17 of the 2018 Act", where the EU text speaks of the
Member States), and nothing on the page names the stored law whose article the pieces match —
no quotation is presented as that law's. The rule then unlinks the pieces of that article which
are not the stored text exactly (altered, a paraphrase), with a note; pieces it holds word for
word keep their link (the other text shares them), as the labels have them.

It needs all of: a citation of a named law the store lacks (not a bare heading, not ambiguous,
not a name of a stored law — a draft's, a former text's —, not words the stored article holds
itself — its own reference to another law); in a reproduced piece (unquoted or a block) linked
to a stored article, or on the line it runs on, from the first piece linked to that article to
the last; and no citation on the page of that statute. On the real-world passages up to
heldout21 it unlinks the UK GDPR page's four pieces and one more, no law's text: a list of
laws' titles running together, linked `altered` to the Cybersecurity Law (heldout15).
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.checkable import not_held
from lawref.pipeline.instruments import short_name
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant

__all__ = ["adapted_copies", "lacking_law_inside"]

# Verdicts that say the words are the stored text's own: the other text shares them.
_EXACT = ("verbatim", "minor", "elided")
# Marks of words reproduced, not quoted in the writer's sentence.
_REPRODUCED = ("none", "block")
# A text's name for itself ("this Regulation", 本法): the reproduced law's, not another.
_OWN_NAME = constant(r"(?i)this\b|本|該|该")


def adapted_copies(
    text: str,
    spans: Sequence[QuoteSpan],
    weighed: list[Weighed],
    citations: Sequence[CitationSpan],
    store: Store,
) -> list[Weighed]:
    """``weighed`` with the changed pieces of a reproduction that cites a law the store lacks
    inside its paragraphs unlinked (see the module's docstring)."""
    named = {c.statute for c in citations if c.statute is not None}
    out = list(weighed)
    articles = sorted({linked for w in weighed if (linked := _linked(w)) is not None})
    for article in articles:
        if article[0] in named:
            continue  # the page names the stored law: its quotations are presented as its words
        pieces = [
            i
            for i, (s, w) in enumerate(zip(spans, weighed, strict=True))
            if _linked(w) == article and s.marks in _REPRODUCED
        ]
        if not pieces:
            continue
        stored = _stored_text(store, article)
        inside = lacking_law_inside(text, [spans[i] for i in pieces], citations, stored, store)
        if inside is None:
            continue
        for i in pieces:
            result = weighed[i].result
            if result.verdict in _EXACT or result.match is None:
                continue
            name = short_name(result.match.statute, result.match.title, store)
            note = (
                f"not linked: the reproduction cites “{inside.text}”, {not_held(inside)}, inside "
                f"its own paragraphs, and the page never names {name}: another text of Art. "
                f"{result.match.article} (a version adapted by that law, an amended copy), "
                f"which the store lacks; the nearest stored text, Art. {result.match.article} "
                f"of {name}, is only {result.verdict} against it"
            )
            out[i] = Weighed(unlinked(result), note)
    return out


def lacking_law_inside(
    text: str,
    pieces: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    stored: str,
    store: Store,
) -> CitationSpan | None:
    """A citation of a named law the store lacks standing in one of the reproduced ``pieces`` or
    on a line one runs on, from the first piece to the end of the last; None if there is none.
    Not one the stored article's own text holds (its own reference to another law: "Regulation
    (EU) 2019/1020" in the AI Act's Art. 74), nor one whose name is a stored law's (a draft of
    the law, its former text: the page names that law)."""
    first, last = pieces[0].start, pieces[-1].end
    for citation in citations:
        if citation.statute is not None or citation.ambiguous or not citation.name:
            continue
        if not first <= citation.start < last or _spaced(citation.text) in stored:
            continue
        if _OWN_NAME.match(citation.name) or store.lookup(citation.name):
            continue
        if any(_same_line(text, piece, citation) for piece in pieces):
            return citation
    return None


def _same_line(text: str, piece: QuoteSpan, citation: CitationSpan) -> bool:
    """Whether the citation stands in the piece or on a line the piece runs on."""
    if piece.start <= citation.start < piece.end:
        return True
    if piece.end <= citation.start:
        return "\n" not in text[piece.end : citation.start]
    return "\n" not in text[citation.end : piece.start]


def _stored_text(store: Store, article: tuple[str, str]) -> str:
    """Every stored text of the article (its versions, its renderings), joined."""
    statute = store.get(article[0])
    if statute is None:
        return ""
    return "\n".join(_spaced(t) for a in statute.numbered(article[1]) for t in a.every_text())


def _spaced(words: str) -> str:
    """``words`` with every run of spaces one space (an EU text's no-break spaces too)."""
    return " ".join(words.split())


def _linked(weighed: Weighed) -> tuple[str, str] | None:
    match = weighed.result.match
    return (match.statute, str(match.article)) if match is not None else None
