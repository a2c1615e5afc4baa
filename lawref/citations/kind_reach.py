"""An anaphor that names a kind of instrument reaches back past a law of another kind to the last
law of its kind: "the Regulation" after a sentence that names three laws cites the regulation the
paragraph was about.

A law firm's note names the Network Data Security Management Regulation, then says it "implements
the Cybersecurity Law, the Data Security Law and the PIPL", and goes on "Under the Regulation, data
may be classified …". The law named last is the PIPL, a law; the Regulation is still the one the
note is about. citations/anaphor_kind.py keeps "the Regulation" from pointing to a law that is no
regulation; this rule reads it as the last law of its kind cited before it instead (by name or by
an anaphor already read), when that citation is in the same or the previous paragraph. It never
reaches back past a law the store lacks ("the Data Act" before "Under the Regulation"): that may
be the instrument meant, and its kind is not known from its words as written. The same holds for Chinese 该条例 / 該條例 after a law named …法.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set

from lawref.citations.anaphor_kind import kind_fits, kind_word
from lawref.citations.scan_records import Atom, Named, replace_named
from lawref.spans import CitationSpan
from lawref.text.article_headings import ARTICLE_HEADING

# 条例 ("regulation", "ordinance"): 该条例 points back to a name holding it only.
REGULATION_WORDS = ("条例", "條例")


def of_its_kind(
    anaphor: str, name: str, statute: str | None, name_tokens: Mapping[str, Set[str]]
) -> bool | None:
    """Whether the law named ``name`` (stored as ``statute``) is an instrument of the anaphor's
    kind (a law the store lacks may be, in English); None when the anaphor names no kind ("the
    law", 该法)."""
    if anaphor[-2:] in REGULATION_WORDS:
        return any(word in name for word in REGULATION_WORDS)
    if kind_word(anaphor) is None:
        return None
    return kind_fits(anaphor, statute, name_tokens)


def last_of_kind(
    atom: Atom,
    text: str,
    found: Sequence[CitationSpan],
    name_tokens: Mapping[str, Set[str]],
    in_reach: Callable[[int], bool],
) -> Named | None:
    """The law of the last citation in ``found`` of an instrument of the anaphor's kind, when it
    is a stored statute and ``in_reach`` of the anaphor ``atom`` (by the citation's start); else
    None, and None for an anaphor opening an article of a reproduced text right after its heading
    ("Article 2: The Regulation shall apply …": the law speaking of itself, as 本法 does)."""
    anaphor = atom.text
    if ARTICLE_HEADING.fullmatch(text, text.rfind("\n", 0, atom.start) + 1, atom.start):
        return None
    for cited in reversed(found):
        if not in_reach(cited.start):
            return None
        if cited.statute is None or cited.ambiguous:
            # a law the store lacks (or a name of several) in between: its kind is not known
            # from its words as written ("the Data Act" may be a regulation), so it may be meant
            return None
        name = cited.name or cited.text
        if of_its_kind(anaphor, name, cited.statute, name_tokens):
            named = Named(cited.start, cited.end, name, cited.statute, version=cited.version)
            return replace_named(named, note=f"named before: {name}")
    return None
