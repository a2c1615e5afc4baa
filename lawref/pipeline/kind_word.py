"""A name that is the matched law's but for its kind word accuses nobody.

English writers render a Chinese 法 as "Law" or as "Act" at will: a page reporting that China
"passed the Export Control Act" means the Export Control Law, whatever other statute the citation
finder read the name as by its closeness ("Export Control Act" comes near the US Export Control
Reform Act, whose kind word it shares). When the citation's name is none of the names of the
statute it was resolved to, and becomes one of the matched statute's names (or a part of one, two
words or more) once its last "Act" is read "Law" or its last "Law" read "Act", the quotation's
words are from the law the name fits as well: the citation is ``consistent``, with a note, never
``misattributed`` (a false accusation against the reporter). A name that is the resolved
statute's own ("Export Control Reform Act") still accuses.

Chosen on heldout14, whose one such claim (the Export Control Law's Art. 48 quoted under "the
Export Control Act") was a false accusation; on every older read set no misattribution claim,
true or false, rests on such a name (the side-by-side in CHANGELOG is unchanged there). Only
Latin names: a Chinese kind word (条例, 办法, 规定 after 法) names another instrument.
"""

from __future__ import annotations

import re

from lawref.report import Match
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant

__all__ = ["named_but_for_kind"]

# An English name's kind word (the last one counts), and the word a translator may put there.
_KIND = constant(r"\b(Act|Law)\b", re.IGNORECASE)
_SWAPPED = {"act": "Law", "law": "Act"}
# A part of a name must keep at least this many letters to count ("Export Control Law" in
# "PRC Export Control Law"), as pipeline/agreement.py's short_name_of asks of a short name.
_PART_MIN_LETTERS = 4


def named_but_for_kind(citation: CitationSpan, match: Match, store: Store | None) -> str | None:
    """The citation's name with its kind word swapped, when that is (part of) one of the matched
    statute's names and the name as written is none of the resolved statute's; None otherwise."""
    name = citation.name
    if store is None or not name or citation.statute is None or citation.statute == match.statute:
        return None
    if not name.isascii():
        return None
    # The last kind word ("the Act on the Law of …" swaps "Law").
    kind = next(reversed(list(_KIND.finditer(name))), None)
    if kind is None:
        return None
    resolved = store.get(citation.statute)
    matched = store.get(match.statute)
    if resolved is None or matched is None:
        return None
    written = letters_text(name)
    if any(letters_text(own) == written for own in resolved.names()):
        return None  # the resolved statute's own name: the writer named that law
    swapped = name[: kind.start()] + _SWAPPED[kind.group(1).casefold()] + name[kind.end() :]
    form = letters_text(swapped)
    if len(form) < _PART_MIN_LETTERS or len(swapped.split()) < 2:
        return None
    for other in matched.names():
        if form in letters_text(other):
            return swapped
    return None
