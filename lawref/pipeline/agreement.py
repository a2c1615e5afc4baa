"""Whether a citation names what a quotation was matched to: the statute (by its store id, a
name the store lacks that is nearly one of its titles, or one of its names with a country put
before it) and the article; and the weaker readings under which a citation that does not name the
match still accuses nobody (part of the statute's names, words that also stand in the cited
article, a writer's sentence that rewrites the cited article)."""

from __future__ import annotations

from difflib import SequenceMatcher

from rapidfuzz import fuzz

from lawref.citations.inference import UNNAMED_LAW
from lawref.citations.name_forms import simplified
from lawref.pipeline.checkable import ANOTHER_TEXT, base_article
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.normalize import letters_text
from lawref.text.scripts import holds_ideograph

__all__ = [
    "NAME_AGREEMENT",
    "agrees",
    "holds_words",
    "rewrites_cited",
    "ruled_out",
    "short_name_of",
]

# How alike an unresolved citation's name and the matched statute's title must be for the
# citation to count as naming that statute (a name the store lacks, not another law).
NAME_AGREEMENT = 85.0


def agrees(citation: CitationSpan, match: Match, store: Store | None = None) -> bool:
    """Whether ``citation`` names the statute (and article) that ``match`` found."""
    if citation.statute is not None:
        same_statute = citation.statute == match.statute
    elif citation.ambiguous:
        same_statute = match.statute in citation.ambiguous
    elif ruled_out(citation, match.statute):
        return False
    else:
        same_statute = _names_title(citation, match) or _qualified_name(citation, match, store)
    if not same_statute:
        return False
    return citation.article is None or base_article(citation.article) == base_article(match.article)


# How the finder's note begins when it read a name as another instrument than a stored law of
# that name (lawref/citations: "the UK GDPR", "Implementation Rules for …", a heading under
# another instrument's title).
_OTHER_INSTRUMENT_NOTES = ("other instrument", "another instrument", "a heading of ")


def ruled_out(citation: CitationSpan, statute: str) -> bool:
    """Whether the finder read the citation's name and ruled the stored ``statute`` out: a draft
    or proposal of it, its former text, a law of that name from before it was adopted, another
    instrument named after it, or another text of it on the page. Its name then does not make it
    that statute, however alike the names."""
    note = citation.note or ""
    if citation.statute is not None or not note:
        return False
    if note == UNNAMED_LAW:
        return True  # "Article 23 of the Regulation", which regulation the text never says
    return statute in note or note.startswith(_OTHER_INSTRUMENT_NOTES) or note == ANOTHER_TEXT


def _names_title(citation: CitationSpan, match: Match) -> bool:
    """A statute the store does not know by this name: the same law only if the name is
    (nearly) one of the matched statute's titles."""
    name = citation.name or citation.text
    return any(
        fuzz.token_set_ratio(name, title, processor=_name_form) >= NAME_AGREEMENT
        for title in (match.title, match.title_original)
    )


def _name_form(name: str) -> str:
    """A name as the citation finder compares it: Simplified script, the mainland's words
    (中華人民共和國網路安全法 is 中华人民共和国网络安全法), case folded."""
    return simplified(name).casefold()


# Words a writer puts before a law's name that do not change which law it is.
_QUALIFIERS = ("中华人民共和国", "中國", "中国", "我国", "我國", "china's", "chinese", "prc", "the")


def _qualified_name(citation: CitationSpan, match: Match, store: Store | None) -> bool:
    """A name the store lacks that is one of the matched statute's names with a country put
    before it or inside it (《中国国家情报法》 for 国家情报法)."""
    if not citation.name:
        return False
    name = letters_text(citation.name)
    for qualifier in _QUALIFIERS:
        name = name.replace(letters_text(qualifier), "")
    return len(name) >= 4 and name in _names_of_match(match, store)


def short_name_of(citation: CitationSpan, match: Match, store: Store | None) -> bool:
    """Whether the citation's name, as written, is part of one of the matched statute's names
    (at least two words or four characters of it)."""
    if not citation.name:
        return False
    name = letters_text(citation.name)
    return len(name) >= 4 and any(name in other for other in _names_of_match(match, store))


def _names_of_match(match: Match, store: Store | None) -> list[str]:
    """The matched statute's names in letters form; none without the store."""
    statute = store.get(match.statute) if store is not None else None
    return [letters_text(name) for name in statute.names()] if statute is not None else []


def holds_words(citation: CitationSpan, words: str, store: Store | None) -> bool:
    """Whether the cited article (any of its versions and renderings) holds the quoted words
    letter for letter: boilerplate several articles share agrees with each of them."""
    if store is None or citation.statute is None or citation.article is None:
        return False
    statute = store.get(citation.statute)
    if statute is None:
        return False
    wanted = letters_text(words)
    if len(wanted) < 8:
        return False
    number = base_article(citation.article)
    for article in statute.numbered(number):
        texts = article.text_and_translations()
        if any(wanted in letters_text(text) for text in texts):
            return True
    return False


# The least run of letters the writer's sentence must share with the cited article, and not with
# the matched one, to read as a rewriting of the cited article (a CJK clause; a Latin phrase).
# On the four labelled real-world sets every value from 4 to 12 (CJK) and 12 to 40 (Latin) gives
# the same figures; from 20 CJK letters a false accusation comes back on the third held-out set.
_SHARED_RUN_CJK = 8
_SHARED_RUN_LATIN = 24


def rewrites_cited(
    group: list[CitationSpan], quote: QuoteSpan, match: Match, store: Store | None, text: str
) -> CitationSpan | None:
    """The citation whose article the writer's sentence around an unquoted core also follows:
    "第一条：为了规范数据处理活动，保障数据安全，维护国家安全和社会公共利益，…" matches the
    Cryptography Law's Article 1 from "安全，维护…" on, but opens with the cited Data Security
    Law Article 1's own words, which the Cryptography Law lacks: the writer rewrote the cited
    article. None when no such citation (or the quotation is in quotation marks)."""
    if store is None or not text or quote.marks != "none":
        return None
    from lawref.pipeline.sentence import sentence_sides  # (unquoted text only: issue 20)

    before, after = sentence_sides(text, quote)
    written = [letters_text(side) for side in (before, after)]
    if not any(written):
        return None
    matched = letters_text(match.text)
    for citation in group:
        if citation.statute is None or citation.article is None:
            continue
        statute = store.get(citation.statute)
        if statute is None:
            continue
        number = base_article(citation.article)
        cited = [
            letters_text(t) for a in statute.numbered(number) for t in a.text_and_translations()
        ]
        for side in written:
            for stored in cited:
                run = _shared_run(side, stored)
                least = _SHARED_RUN_CJK if holds_ideograph(run) else _SHARED_RUN_LATIN
                if len(run) >= least and run not in matched:
                    return citation
    return None


def _shared_run(a: str, b: str) -> str:
    """The longest run of letters ``a`` and ``b`` share."""
    if not a or not b:
        return ""
    found = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[found.a : found.a + found.size]
