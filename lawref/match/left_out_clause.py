"""A Chinese quotation that leaves out a clause of the law in its middle is aligned over the whole
stretch it quotes, not over a window cut short before its last characters.

The word alignment (match/edits.py) compares a quotation with the stretch of the stored text its
letters are found in, widened by a few tokens on each side (``3 + tokens // 10``). A quotation
that silently drops a clause from the law's middle — 网络安全工作坚持中国共产党的领导、贯彻总体国家安全观、
推进网络强国建设, the 2025 Cybersecurity Law's Art. 3 without 统筹发展和安全 — finds its letters
in a stretch as long as itself, which ends inside the dropped clause; its last characters then
fall outside the window and count as words the law does not hold. In Chinese every character is a
token, so a clause of seven characters is already beyond the few tokens of reach (in English a
token is a word, and the same reach spans a clause), and the quotation scored lower against its
own article than against another instrument's article worded alike (heldout12: the Network Data
Regulations' Art. 3, with a false `misattributed` claim against a writer who cited the
Cybersecurity Law right).

So when Chinese quotation characters are left unmatched at an edge of the alignment (after its
last run of equal tokens, or before its first) while the stored text goes on beyond the window on
that side, the window is widened on that side by the quotation's length and the quotation
aligned again; the wider alignment is kept when the left-over characters now align and it is
more alike (its token-level similarity counts the left-out clause against it, so characters
matched far away never win). The dropped clause is then a deletion among the differences:
`altered`, as a silent abridgement is.

Why Chinese only: on the English of the read sets the same widening linked three quotations to
what the labels call other text or another article (a 2023 draft's AI system definition,
heldout6; an unquoted retelling of GDPR Art. 33 taken for Recital 85, heldout; a rendering of
PIPL Art. 40 for Art. 36's, heldout12) against one statute quotation more (heldout11), and
linking precision fell on heldout and heldout6 (`score.py --side-by-side`, this round).
"""

from __future__ import annotations

from typing import Protocol

from lawref.text.scripts import holds_ideograph

# Quotation tokens left over at an edge that make the window worth widening: one stray character
# at an edge is the writer's own (a particle), as match/word_verdict.py's "loose" edge says.
LEFT_OVER_MIN = 2


class Aligned(Protocol):
    """What the rule reads of a word alignment (match/edits.WordAlignment)."""

    @property
    def similarity(self) -> float: ...

    def edge_unmatched(self) -> tuple[int, int]: ...


def wider_window(
    piece: list[str], found: Aligned, window: tuple[int, int], floor: int, stored_length: int
) -> tuple[int, int] | None:
    """The stored tokens' ``window`` widened where Chinese tokens of ``piece`` were left
    unmatched beside the alignment ``found`` and the stored text goes on past the window (no
    further back than ``floor``, the end of the quotation's previous piece); None when there is
    nothing to widen."""
    lead, trail = found.edge_unmatched()
    lo, hi = window
    wider_lo, wider_hi = lo, hi
    if lead >= LEFT_OVER_MIN and holds_ideograph("".join(piece[:lead])):
        wider_lo = max(floor, lo - len(piece))
    if trail >= LEFT_OVER_MIN and holds_ideograph("".join(piece[len(piece) - trail :])):
        wider_hi = min(stored_length, hi + len(piece))
    if (wider_lo, wider_hi) == (lo, hi):
        return None
    return wider_lo, wider_hi


def better(found: Aligned, widened: Aligned) -> bool:
    """Whether the alignment over the wider window is the quotation's: the tokens left over at
    the edges now align (fewer than ``LEFT_OVER_MIN`` left on either side), and it is more
    alike, the left-out clause counted against it."""
    return max(widened.edge_unmatched()) < LEFT_OVER_MIN and widened.similarity > found.similarity
