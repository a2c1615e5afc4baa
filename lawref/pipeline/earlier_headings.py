"""An article heading over a near-copy of a law the store holds only as a revision of an earlier
text it lacks may number that earlier text: the near-copy keeps its link.

pipeline/instruments.py reads a near-copy (``altered`` or ``paraphrase``) set under an article
heading of another number as another instrument's article (a draft, a proposal, a sister act) and
leaves it unlinked. A page reproducing the State Secrets Law in its 2010 numbering, as Q&A and
"legal basis" pages still do, sets the 2010 Art. 22 (设备、产品的研制、生产、运输、使用、保存、维修和
销毀…) under 第二十二条; the store holds the 2024 revision only, where the same words are Art. 27.
When the page rewords them a little, instruments.py unlinked them as another instrument's, though
they are the law's own words under its earlier number — a reproduction of the law, changed, that a
fact-checker wants reported against the article that holds them today.

So when the matched statute's earliest stored text is a revision of a version the store records
without text and without a renumbering record (``store/versions.revised_from_unheld``: the
State Secrets Law's 2010 text), a heading of another number does not unlink the near-copy: the
heading may number that earlier text. The link stays, with the verdict the words earn; the heading
accuses nobody, since pipeline/earlier_numbering.py makes a citation by a number the earlier text
may have used `unverified`. An article the store records as renumbered is instruments.py's own
exception; this one covers a revision whose earlier numbering the store does not hold.

On the real-world passages: heldout16 holds the class (a Q&A page giving the 2010 Arts. 21 and 22
under their own headings, reworded by a machine, labelled `altered` of the 2024 Arts. 26 and 27,
`unverified`); the side-by-side in CHANGELOG gives what changed on every set.
"""

from __future__ import annotations

from lawref.store.schema import Statute
from lawref.store.versions import revised_from_unheld

__all__ = ["may_number_earlier_text"]


def may_number_earlier_text(statute: Statute | None) -> bool:
    """Whether an article heading over a near-copy of ``statute`` may be the number of an earlier
    text the store lacks (the stored text is a revision of it, its numbering not recorded)."""
    return statute is not None and revised_from_unheld(statute) is not None
