"""A quotation that silently leaves the law's words out in its middle reaches past the stored
stretch it was first aligned in: widen that stretch so that its far end can still be found.

The word alignment (match/edits.py) compares a quotation with the stretch of a stored text that a
character alignment of the same length found, give or take a margin of a few words. A quotation
that drops a clause of the sentence it quotes — the 2025 Cybersecurity Law's Art. 3 quoted as
“网络安全工作坚持中国共产党的领导、贯彻总体国家安全观、推进网络强国建设”, 统筹发展和安全
left out — is shorter than the stored stretch it comes from, so its last words lie beyond that
stretch: they were aligned against the clause left out ("推进网络强国建设" against "统筹发展和安"),
the similarity fell below the altered floor (78 of 80), and another instrument's article that
holds the same opening (the Network Data Security Regulations' Art. 3, 82) was linked and its
citation called wrong. When the alignment leaves quotation words unmatched at an edge of its
stretch and the stored text goes on beyond it, the stretch is widened on that side by the
quotation's length (a clause left out is at most as long as what was kept) and the quotation
aligned again; the wider alignment is kept only when it matches every word of the quotation —
the law's words in its order, some left out — and its similarity is higher (stored words it adds
in the middle count against it as deletions). A quotation with words of its own besides is left
to the stretch it was found in: kept whenever its similarity rose, the wider stretch linked a
writer's summary of GDPR Art. 33 to Recital 85, a title of the EDPB's guidelines to GDPR Art. 10
and a draft's definition of an AI system to the AI Act's Art. 3 (heldout, heldout3, heldout6),
none of them the law's text. Nor is a quotation of several paragraphs widened: words left out of
a later paragraph are the paragraph rules' to report (reuse/paragraphs.py,
pipeline/article_paragraphs.py); widened, a reproduction of GDPR Art. 34(1), copied exactly, ran
on into a shortened Art. 34(2) and was one altered quotation (heldout8).

The matcher (``Matcher._reaching``) uses the widened alignments only to choose the article again,
and only when that choice changes: whether a quotation of the law's words in order, some left
out, is an altered copy or a summary is pipeline/shortened.py's to say (after a lead-in that
announces a summary, or pipeline/unsupported.py's unlinking of a short paraphrase no citation
supports), and widened verdicts of the article chosen anyway broke both.

The bar (two unmatched quotation words at an edge) is the one ``edits.WordAlignment`` already
uses to try a neighbouring article (``edge_inserts``, "loose"): one word at an edge is often a
writer's own. On the real-world sets it turned heldout12's two quotations of that abridged Art. 3
from a wrong instrument's altered copy into the Cybersecurity Law's (CHANGELOG, the twelfth
round's precision section, has the figures).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["EDGE_WORDS", "MAX_WORDS", "keeps_every_word", "wider_window", "within_one_paragraph"]

# Quotation words left unmatched at an edge of the stretch before it is widened on that side.
EDGE_WORDS = 2
# The longest quotation piece (in tokens: Latin words, CJK characters) whose stretch is widened:
# a clause left out is a sentence's matter, and the alignment's cost grows with the stretch (a
# 6,000-character "quotation" would align against three times as much text). The quotations the
# rule mends on the real-world sets are 31 to 47 tokens long.
MAX_WORDS = 400


class _Edit(Protocol):
    tag: str
    q0: int
    q1: int


def wider_window(
    ops: Sequence[_Edit], quoted: int, lo: int, hi: int, begin: int, stored: int
) -> tuple[int, int] | None:
    """The stretch ``[lo, hi)`` of a stored text of ``stored`` tokens widened, for a quotation
    piece of ``quoted`` tokens whose alignment there is ``ops``: on each side where at least
    EDGE_WORDS quotation words are left unmatched at the edge and the stored text goes on
    (before ``lo`` no further back than ``begin``). None when neither side is, or the piece is
    longer than MAX_WORDS."""
    if quoted > MAX_WORDS:
        return None
    lead = _unmatched_at_edge(ops)
    trail = _unmatched_at_edge(list(reversed(ops)))
    new_lo = max(begin, lo - quoted) if lead >= EDGE_WORDS and lo > begin else lo
    new_hi = min(stored, hi + quoted) if trail >= EDGE_WORDS and hi < stored else hi
    return (new_lo, new_hi) if (new_lo, new_hi) != (lo, hi) else None


def _unmatched_at_edge(ops: Sequence[_Edit]) -> int:
    """Quotation words before the first equal run of ``ops`` (inserted or replaced)."""
    count = 0
    for op in ops:
        if op.tag == "equal":
            break
        count += op.q1 - op.q0
    return count


def keeps_every_word(ops: Sequence[_Edit]) -> bool:
    """Whether an alignment matches every quotation word (the stored text's words in order, some
    left out): only then is a widened stretch's alignment taken."""
    return all(op.tag in ("equal", "delete") for op in ops)


def within_one_paragraph(quotation: str) -> bool:
    """Whether a quotation stands in one paragraph (no line break within it): only then is its
    stretch widened."""
    return "\n" not in quotation.strip()
