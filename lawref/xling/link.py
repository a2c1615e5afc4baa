"""The cross-lingual decision behind one call: is an English quotation that no stored text explains
a rendering of a Chinese article? (The pipeline asks; lawref/xling/index.py finds the articles, lawref/xling/evidence.py does the reading.)"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lawref.match.results import MatchResult
from lawref.report import Evidence, stored_match
from lawref.spans import StoredText
from lawref.text.regex_code import constant
from lawref.xling import thresholds as T
from lawref.xling.kanji import KanjiOverlap, is_japanese, kanji_runs
from lawref.xling.kanji import overlap as kanji_overlap

if TYPE_CHECKING:
    from lawref.spans import CitationSpan
    from lawref.store.files import Store
    from lawref.store.schema import Article, Statute
    from lawref.xling.evidence import Added
    from lawref.xling.index import CrossLingualIndex

INDEX_VERSION = "8"  # the compiled cache entry of the cross-lingual index; bump when it changes
_ASCII_LETTER = constant(r"[A-Za-z]")  # is_english: the letters str.isalpha finds in ASCII


@dataclass(frozen=True)
class XlingResult(MatchResult):
    """A match made through the Chinese original, with the evidence that supports it."""

    evidence: Evidence | None = None  # the report's record, made once when the link is made
    summary: str | None = None


class CrossLingualLinker:
    """Links English quotations to Chinese articles for one store; the index is built (or read
    from the compiled cache) on first use. ``note`` says why no link can be made, when the
    optional extra is missing and the user did not turn the check off."""

    def __init__(self, store: Store, *, enabled: bool = True) -> None:
        self.store = store
        self.enabled = enabled
        self._index: CrossLingualIndex | None | bool = None  # False: unavailable
        self.note: str | None = None

    def _get_index(self) -> CrossLingualIndex | None:
        if self._index is None:
            from lawref.xling import evidence  # jieba and CC-CEDICT: only when a quote needs them

            reason = evidence.unavailable_reason()
            if not self.enabled or reason is not None:
                self._index = False
                # Say why an English quotation was not compared with the Chinese original,
                # unless the user asked for that (--no-crosslingual).
                self.note = reason if self.enabled else None
            else:
                from lawref.store.cache import compiled
                from lawref.xling.index import CrossLingualIndex

                self._index = compiled(
                    self.store,
                    "xling-index",
                    lambda: CrossLingualIndex.from_store(self.store),
                    version=INDEX_VERSION,
                )
        return self._index or None

    def index(self) -> CrossLingualIndex | None:
        """The cross-lingual index (built or read on first use); None when the check is off or
        its extra is missing: for a rule that reads the scores itself."""
        return self._get_index() if self.enabled else None

    @staticmethod
    def eligible(quote: str, result: MatchResult) -> bool:
        """An English (or Japanese) quotation long enough to carry evidence that no stored text
        explains."""
        if result.verdict not in ("paraphrase", "unmatched"):
            return False
        return renders_enough(quote)

    def unavailable_note(self, quote: str, result: MatchResult) -> str | None:
        """The note for a quotation that would have been tried but could not be."""
        if not self.eligible(quote, result) or is_japanese(quote):
            return None  # (a Japanese quotation needs only OpenCC, a core dependency)
        self._get_index()
        return self.note

    def link(self, quote: str, citation: CitationSpan | None) -> XlingResult | None:
        """The link and its evidence, or None when the evidence does not carry it: the article
        the citation names, checked with a lower bar (:meth:`cited`), else open retrieval with
        the high bar (a clear best article, a lead over the next, faithful evidence). A Japanese
        quotation is checked against the cited article only (:meth:`japanese`)."""
        if is_japanese(quote):
            return self.japanese(quote, citation) if self.enabled else None
        index = self._get_index()
        if index is None:
            return None
        hits = index.link(quote, limit=index.SHORTLIST)
        if not hits:
            return None
        guided, tried = self._cited(index, quote, citation, hits)
        if tried:
            # The cited article is a plausible source: its evidence decides, and open retrieval
            # does not put another article in its place on weaker grounds.
            return guided
        best, score = hits[0]
        named = citation.statute if citation is not None and not citation.article else None
        if named and any(h.statute == named for h, _ in hits):
            # The citation names the statute (no article): it settles which statute, not which
            # article. The best article of that statute must clear the open bar, trail the best
            # article by at most XLING_CITED_LAG, and lead the statute's next article.
            same = [(h, s) for h, s in hits if h.statute == named]
            best, score = same[0]
            if hits[0][1] - score > T.XLING_CITED_LAG:
                return None
            hits = same
        runner_up = next((s for h, s in hits[1:] if not same_words(h, best)), 0.0)
        if score < T.XLING_LINK_MIN or score - runner_up < T.XLING_MARGIN:
            return None
        return self._result(index, quote, best, T.XLING_FAITHFUL_MIN)

    def cited(
        self, quote: str, citation: CitationSpan | None, *, unquoted: bool = False
    ) -> XlingResult | None:
        """The quotation verified against the article its citation names, and only that one:
        the link a careful reader makes when the text says which article it renders. None when
        the citation names no article of a Chinese statute, or the evidence does not carry it.
        Text without quotation marks (``unquoted``: under an article's heading) must clear the
        open-retrieval bar except the lead over the next article, which the citation settles.
        A Japanese rendering is read by its kanji (:meth:`japanese`)."""
        if citation is None or not citable(citation):
            return None
        statute = self.store.get(citation.statute or "")
        if statute is None or not statute.language.startswith("zh"):
            return None  # (an English or EU act's heading: no index is read for it)
        if is_japanese(quote):
            return self.japanese(quote, citation) if self.enabled else None
        index = self._get_index()
        if index is None:
            return None
        hits = index.link(quote, limit=index.SHORTLIST)
        return self._cited(index, quote, citation, hits, unquoted)[0] if hits else None

    def numbered(self, quote: str, number: str) -> XlingResult | None:
        """English text under a bare article heading ("Article 28⏎⏎Where …" on a page that never
        names its law), checked by open retrieval in which the heading's number stands in for
        the lead over the next article: the best article numbered ``number`` (in any stored
        version) must clear the open bar (XLING_LINK_MIN, XLING_FAITHFUL_MIN), trail the best
        article by at most XLING_CITED_LAG, and lead the same-numbered article of every other
        statute by XLING_MARGIN (two laws' Article 1 both "formulated in accordance with the
        Constitution": the number does not say which)."""
        if not self.enabled:
            return None
        index = self._get_index()
        if index is None:
            return None
        hits = index.link(quote, limit=index.SHORTLIST)
        same = [(h, s) for h, s in hits if h.article == number]
        if not same:
            return None
        best, score = same[0]
        rival = next((s for h, s in same[1:] if h.statute != best.statute), 0.0)
        if (
            score < T.XLING_LINK_MIN
            or hits[0][1] - score > T.XLING_CITED_LAG
            or score - rival < T.XLING_MARGIN
        ):
            return None
        return self._result(index, quote, best, T.XLING_FAITHFUL_MIN)

    def _cited(
        self,
        index: CrossLingualIndex,
        quote: str,
        citation: CitationSpan | None,
        hits: list[tuple[StoredText, float]],
        unquoted: bool = False,
    ) -> tuple[XlingResult | None, bool]:
        """The citation-guided check: the cited article (any stored version of it) must be among
        the articles the quotation's words retrieve, score XLING_CITED_MIN, trail the best
        article by at most XLING_CITED_LAG, and its evidence must be XLING_CITED_FAITHFUL_MIN
        faithful. Returns the link (or None) and whether the cited article was a plausible
        source at all (then open retrieval must not replace it)."""
        if citation is None or not citable(citation):
            return None, False
        wanted = (citation.statute, citation.article)
        cited = [(h, s) for h, s in hits if (h.statute, h.article) == wanted]
        if not cited:
            return None, False
        stored, score = cited[0]
        floor, faithful_min = T.XLING_CITED_MIN, T.XLING_CITED_FAITHFUL_MIN
        if unquoted:
            floor, faithful_min = T.XLING_LINK_MIN, T.XLING_FAITHFUL_MIN
            runner_up = max((s for h, s in hits if not same_words(h, stored)), default=0.0)
            if hits[0][0] is stored and score - runner_up >= T.XLING_MARGIN:
                # The heading's article is also the clear best: citation and words agree.
                floor = T.XLING_HEADED_BEST_MIN
        if score < floor:
            return None, False
        ahead = [h for h, s in hits if s - score > T.XLING_CITED_LAG]
        if ahead and not _renders_no_more(index, quote, stored, ahead):
            # Another article explains the words clearly better: the citation does not carry
            # the link, and it stays plausible enough that no other article is put in its place.
            return None, True
        return self._result(index, quote, stored, faithful_min), True

    def _result(
        self, index: CrossLingualIndex, quote: str, best: StoredText, faithful_min: float
    ) -> XlingResult | None:
        evidence = index.evidence(quote, best)
        if evidence.faithfulness < faithful_min:
            return None
        from lawref.xling.evidence import crosslingual_differences

        differences = crosslingual_differences(evidence)
        statute = self.store.statutes[best.statute]
        return XlingResult(
            verdict="altered" if differences else "paraphrase",
            score=float(evidence.faithfulness),
            match=stored_match(
                best, statute.title_en, statute.title_original, best.text, evidence.span
            ),
            differences=differences,
            evidence=evidence.record(),
            summary=evidence.summary(),
        )

    def japanese(self, quote: str, citation: CitationSpan | None) -> XlingResult | None:
        """A Japanese quotation checked against the Chinese article its citation names by the
        kanji they share (xling/kanji.py): most of its kanji and of its kanji pairs must be in
        the cited article, and no other article of the statute may hold more of them. Under a
        bare article heading ("第2条", on a page whose heading names no law) every stored Chinese
        statute's article of that number is tried, and the one holding the largest share must
        hold more than the same-numbered article of every other statute."""
        if citation is None or not citation.article:
            return None
        if citation.statute:
            statutes = [self.store.get(citation.statute)]
        else:  # a bare heading: the number, in any stored Chinese statute
            statutes = list(self.store.statutes.values())
        runs = kanji_runs(quote)
        tried = [
            (found, article, statute)
            for statute in statutes
            if statute is not None and statute.language.startswith("zh")
            for found, article in [_kanji_in(statute, citation.article, runs)]
            if article is not None
        ]
        if not tried:
            return None
        tried.sort(key=lambda t: -t[0].characters)
        found, article, statute = tried[0]
        if (
            found.characters < T.JA_CHARACTERS_MIN
            or found.pairs < T.JA_PAIRS_MIN
            or (len(tried) > 1 and tried[1][0].characters >= found.characters)
        ):
            return None
        version = article.versions[-1] if article.versions else None
        stored = StoredText(
            statute.id, article.number, version, statute.language, None, article.text
        )
        return XlingResult(
            verdict="paraphrase",
            score=round(100 * found.characters, 1),
            match=stored_match(
                stored,
                statute.title_en,
                statute.title_original,
                article.text,
                (0, len(article.text)),
            ),
            summary=found.summary(),
        )


def renders_enough(text: str) -> bool:
    """Whether ``text`` is English or Japanese long enough to carry evidence of the article it
    renders (XLING_MIN_WORDS words; JA_MIN_KANJI kanji)."""
    if is_english(text):
        return len(text.split()) >= T.XLING_MIN_WORDS
    return is_japanese(text) and len("".join(kanji_runs(text))) >= T.JA_MIN_KANJI


def _kanji_in(
    statute: Statute, number: str, runs: list[str]
) -> tuple[KanjiOverlap, Article | None]:
    """The overlap with the statute's article ``number`` (its best version) and that article;
    None for the article when the statute has no such article or another of its articles holds a
    larger share of the kanji."""
    cited: tuple[KanjiOverlap, Article] | None = None
    others = 0.0
    for article in statute.articles:
        found = kanji_overlap(runs, article.text)
        if article.number != number:
            others = max(others, found.characters)
        elif cited is None or found.characters > cited[0].characters:
            cited = (found, article)
    if cited is None or others > cited[0].characters:
        return kanji_overlap(runs, ""), None
    return cited


def _renders_no_more(
    index: CrossLingualIndex, quote: str, cited: StoredText, ahead: list[StoredText]
) -> bool:
    """Whether every article that scores clearly above the cited one renders no word of the
    quotation that the cited article leaves unrendered: then its lead comes from its own side
    (a shorter clause the quotation's words fill, or a penalty article restating the cited duty),
    which says nothing against the citation, and the citation decides."""
    unrendered = _unrendered(index.evidence(quote, cited).added)
    return all(unrendered <= _unrendered(index.evidence(quote, h).added) for h in ahead)


def _unrendered(added: tuple[Added, ...]) -> set[int]:
    """The quotation's letters in runs of words with no counterpart in an article."""
    return {
        i
        for run in added
        for i in range(run.start, run.end)
        if not run.text[i - run.start].isspace()
    }


def same_words(one: StoredText, other: StoredText) -> bool:
    """Whether two retrieved texts are one article's words: the same article, or the same words
    under another number in another version of the statute (a revision that renumbered it, as
    the Cybersecurity Law's 2025 amendment did, its source's punctuation aside). Such a text is
    no rival for the link."""
    if one.statute != other.statute:
        return False
    return one.article == other.article or _letters(one.text) == _letters(other.text)


def _letters(text: str) -> str:
    """A text's words as compared across versions: NFKC (a source's ASCII ``,`` for ``，``), no
    whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def citable(citation: CitationSpan | None) -> bool:
    """Whether a citation names an article of a stored statute (the guided check's premise)."""
    return citation is not None and bool(citation.statute) and bool(citation.article)


def evidence_of(result: MatchResult) -> Evidence | None:
    """The report's record of a cross-lingual link's evidence, if the result has one."""
    return result.evidence if isinstance(result, XlingResult) else None


def notes_of(result: MatchResult) -> list[str]:
    if isinstance(result, XlingResult):
        return [f"linked cross-lingually to the Chinese original: {result.summary}"]
    return []


def is_english(text: str) -> bool:
    """Latin letters (A-Z, a-z) make up more than 90% of the text's letters. Asked ~10 times a
    document by the rules for English text, so a text without them (most Chinese ones) is
    answered by one scan in C, and the shares are counted in C, not letter by letter in Python."""
    if _ASCII_LETTER.search(text) is None:
        return False  # no letter (no share) or none Latin (a share of 0)
    if text.isascii():
        return True  # every letter Latin
    letters = sum(map(str.isalpha, text))  # (an ASCII character's isalpha is A-Z or a-z)
    return len(_ASCII_LETTER.findall(text)) / letters > 0.9
