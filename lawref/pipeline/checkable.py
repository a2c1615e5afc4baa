"""Whether a citation can be checked against the words it introduces: it resolves to one
statute and article of the store, the store holds that article in the quotation's language, and
the writer (not a quoted text) named its law."""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from lawref.citations.inference import UNNAMED_LAW
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.store.schema import Statute
from lawref.text.normalize import letters_text

# A citation's note when the page's text of the law it names is not the stored one
# (pipeline/instruments.py: the headings of another text of a stored law).
ANOTHER_TEXT = "the page's text of the law is not the stored one"
# A citation's note when it is an article heading whose law the page does not name.
BARE_HEADING = "an article heading whose law the page does not name"

__all__ = [
    "ANOTHER_TEXT",
    "BARE_HEADING",
    "article_numbers",
    "article_words",
    "base_article",
    "certain",
    "comparable",
    "law_named_in_quotation",
    "not_held",
    "outside_store",
    "unverified_note",
]


def base_article(article: str) -> str:
    """ "230(c)(1)" → "230": a citation of a part agrees with the article that holds it."""
    return article.split("(", 1)[0].strip()


def certain(citation: CitationSpan, store: Store | None) -> bool:
    """Whether the citation resolves to one statute of the store and, when it names an article,
    to an article the store holds: only then can it be said to name the wrong place."""
    if citation.statute is None or citation.ambiguous or citation.inferred:
        return False
    if store is None:
        return True
    statute = store.get(citation.statute)
    if statute is None:
        return False
    return citation.article is None or base_article(citation.article) in article_numbers(statute)


# statute's id() -> (a weak reference to it, the numbers of its articles of every version).
# Several rules ask certain() of each quotation's citation, and Statute.article scans the
# statute's articles each time (hundreds on a big store): the numbers are read once a statute.
# The weak reference drops an entry with its statute and tells a reused id() from the statute.
_NUMBERS: dict[int, tuple[weakref.ref[Statute], frozenset[str]]] = {}


def article_numbers(statute: Statute) -> frozenset[str]:
    """The numbers ``statute.article(number)`` finds an article for (any version's)."""
    kept = _NUMBERS.get(id(statute))
    if kept is not None and kept[0]() is statute:
        return kept[1]
    key = id(statute)
    numbers = frozenset(article.number for article in statute.articles)
    _NUMBERS[key] = (weakref.ref(statute, lambda _gone: _NUMBERS.pop(key, None)), numbers)
    return numbers


def comparable(
    citation: CitationSpan, words: str, store: Store | None, crosslingual: bool = False
) -> bool:
    """Whether the cited article has a stored text in the quotation's language (the original
    or a rendering): an English quotation matched to one article's rendering says nothing
    about a cited article that has no English text in the store. A quotation the cross-lingual
    check linked was read against the original texts, the cited article's among them (it is
    preferred when it is a candidate), so the original is the text to compare with."""
    if store is None or citation.statute is None or citation.article is None:
        return True
    if crosslingual:
        return True
    statute = store.get(citation.statute)
    if statute is None:
        return False
    english = _mostly_latin(words)
    if statute.language.startswith("en") == english:
        return True
    number = base_article(citation.article)
    language = "en" if english else statute.language
    return any(
        t.language.startswith(language)
        for article in statute.numbered(number)
        for t in article.translations
    )


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.9


def outside_store(citation: CitationSpan, store: Store | None) -> bool:
    if citation.statute is None:
        return True
    return store is not None and store.get(citation.statute) is None


def law_named_in_quotation(
    citations: Sequence[CitationSpan], quotes: Sequence[QuoteSpan]
) -> frozenset[tuple[int, int]]:
    """Bare article numbers ("第二條", "Article 4") outside any quotation whose law the finder
    took from the last law named before them, when that name stands inside a quotation: a
    statute's own words naming another law ("…基本法第一條和第十二條…" in the Hong Kong national
    security law's Art. 2) are not the writer naming the law of the next heading."""
    spans = [(q.start, q.end) for q in quotes]

    def quoted(citation: CitationSpan) -> bool:
        return any(start <= citation.start and citation.end <= end for start, end in spans)

    if not any(quoted(citation) for citation in citations):
        return frozenset()  # no law named inside a quotation (the names' letters left unmade)
    out: set[tuple[int, int]] = set()
    last_named: CitationSpan | None = None
    for citation in sorted(citations, key=lambda c: (c.start, c.end)):
        if _names_its_law(citation):
            last_named = citation
            continue
        if (
            citation.statute is not None
            and citation.article is not None
            and last_named is not None
            and last_named.statute == citation.statute
            and quoted(last_named)
            and not quoted(citation)
        ):
            out.add((citation.start, citation.end))
    return frozenset(out)


def _names_its_law(citation: CitationSpan) -> bool:
    """Whether the citation's own words name its law (a bare "第二條" carries the name the
    finder gave it from context, which its text does not contain)."""
    if not citation.name:
        return False
    return letters_text(citation.name) in letters_text(citation.text)


def unverified_note(citation: CitationSpan, match: Match | None, store: Store | None) -> str:
    said = f"cited as “{citation.text}”"
    if citation.statute is None and citation.name and citation.name not in citation.text:
        said += f" of “{citation.name}”"  # a bare "Article 7" read as that instrument's
    if citation.ambiguous:
        why = f"a name that fits {len(citation.ambiguous)} statutes of the store"
    elif citation.statute is None:
        why = not_held(citation)
    elif citation.inferred:
        why = "a law read from the rest of the text, not named by the citation"
    elif not certain(citation, store):
        why = "an article the store does not hold"
    else:
        why = "an article the store holds in another language only"
    found = ""
    if match is not None:
        found = f"; the words are from {article_words(match.article)} of {match.title}"
    return f"{said}, {why}: the citation cannot be checked{found}"


# The finder's notes that say what a citation names instead of a stored law (a draft of it,
# its former text, a law of its name from before it was adopted); lawref/citations/naming.py.
_INSTEAD = ("a draft of ", "the former law of that name", "another instrument: ")


def not_held(citation: CitationSpan) -> str:
    """What a citation of no stored statute names, for a note: "a law the store does not hold",
    or what the finder read it as ("a draft of eu-gdpr, which the store does not hold")."""
    note = citation.note or ""
    if note in (BARE_HEADING, UNNAMED_LAW):
        return note
    if note == ANOTHER_TEXT:
        return (
            "another text of that law (an earlier version or a draft), which the store does not "
            "hold"
        )
    if note.startswith(_INSTEAD) or ": before " in note:
        return f"{note}, which the store does not hold"
    return "a law the store does not hold"


def article_words(article: str) -> str:
    return f"Art. {article}"
