"""The content words of every stored article, by number and statute, and what each word weighs:
what a retelling is compared by (citations/retold_article.py reads a bare reference by the
article its words retell). Made on first use and kept in the store's compiled cache.
"""

from __future__ import annotations

import math
import pickle
from collections.abc import Iterable, Mapping

from lawref.citations.name_forms import simplified_in_place
from lawref.store.files import Store
from lawref.text.function_words import FUNCTION_WORDS
from lawref.text.regex_code import constant

__all__ = ["ArticleWords", "content_words", "opening"]

_STEM = 6  # letters of a Latin word compared: "deployer", "deployers", "deployment" alike
# Words of every article's citations and structure, not of what an article says.
_STRUCTURE = frozenset(
    (
        "article",
        "articles",
        "paragraph",
        "paragraphs",
        "point",
        "points",
        "annex",
        "annexes",
        "section",
        "sections",
        "recital",
        "recitals",
        "regulation",
        "law",
        "laws",
        "act",
        "gdpr",
        "subparagraph",
        "chapter",
    )
)
_LATIN_WORD = constant(r"[A-Za-z\u00c0-\u024f]{2,}")
_HAN_RUN = constant(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]  # "models", "obligations": the singular's stem
    return word[:_STEM]


def content_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a retelling is compared by, Latin and Chinese apart: Latin words' stems
    (function words and the words of citations aside), and the pairs of adjacent Chinese
    characters (Simplified)."""
    simple = simplified_in_place(text)
    latin = {
        _stem(word)
        for word in (m.group().casefold() for m in _LATIN_WORD.finditer(simple))
        if word not in FUNCTION_WORDS and word not in _STRUCTURE
    }
    han: set[str] = set()
    for run in _HAN_RUN.finditer(simple):
        chars = run.group()
        han.update(chars[i : i + 2] for i in range(len(chars) - 1))
    return frozenset(latin), frozenset(han)


_Words = dict[str, dict[str, tuple[frozenset[str], frozenset[str]]]]
_Weights = tuple[dict[str, float], dict[str, float]]
_Openings = dict[str, frozenset[str]]
# One number's share: each statute's article's words and the weights of those words.
_Number = tuple[
    dict[str, tuple[frozenset[str], frozenset[str]]],
    tuple[dict[str, float], dict[str, float]],
]
_NO_WORDS: _Number = ({}, ({}, {}))
_OPENING = 4  # letters of an article's opening that mark its text set after its heading


def opening(text: str) -> str:
    """The first letters of a text, Chinese in Simplified script or Latin lower-cased, with
    spaces, punctuation and digits left out: the key an article's text starts with."""
    letters = [c for c in simplified_in_place(text[:80]).casefold() if c.isalpha()]
    return "".join(letters[:_OPENING])


class ArticleWords:
    """The content words of every stored article (text, caption, published translations), by
    number and statute, and how much each word weighs: made on first use, and kept in the
    store's compiled cache (a warm run reads them)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        # Each number's words with their weights, and its articles' openings, are kept pickled on
        # their own (about 2.5 MB in all for the shipped store) and read when a reference of that number first asks: unpickled
        # whole, they cost a warm check about 30 ms, where it reads two or three. They lie in the
        # entry's mapped section (a PackedBytes), so that a warm run neither reads nor
        # authenticates the rest (as one signed pickle of bytes: ~3-7 ms).
        self._packed: Mapping[tuple[str, str], bytes] | None = None
        self._numbers: dict[str, _Number] = {}
        self._opening_sets: dict[str, frozenset[str]] = {}

    def _packed_entry(self) -> Mapping[tuple[str, str], bytes]:
        if self._packed is None:
            from lawref.store.cache import compiled

            self._packed = compiled(
                self._store, "retold-article-words", self._packed_build, version="6"
            )
        return self._packed

    def _number(self, number: str) -> _Number:
        known = self._numbers.get(number)
        if known is not None:
            return known
        blob = self._packed_entry().get(("words", number))
        # (our own cache entry's bytes, checked against its signed digests where they were read)
        known = pickle.loads(blob) if blob is not None else _NO_WORDS  # noqa: S301
        self._numbers[number] = known
        return known

    def _openings(self, number: str) -> frozenset[str]:
        # Apart from the words: a reference's opening is asked about far more often than its
        # words are read, and on a store of 1,380 statutes a common number's words unpickle in
        # some 40 ms, its openings in well under one.
        known = self._opening_sets.get(number)
        if known is None:
            blob = self._packed_entry().get(("openings", number))
            known = pickle.loads(blob) if blob is not None else frozenset()  # noqa: S301
            self._opening_sets[number] = known
        return known

    def _packed_build(self) -> Mapping[tuple[str, str], bytes]:
        from lawref.store.mapped import PackedBytes

        by_number, weights, openings = self._build()
        packed = {}
        for number, statutes in by_number.items():
            held = [
                set().union(*(words[script] for words in statutes.values())) for script in (0, 1)
            ]
            own = ({w: weights[0][w] for w in held[0]}, {w: weights[1][w] for w in held[1]})
            packed["words", number] = pickle.dumps((statutes, own), 5)
        for number, starts in openings.items():
            packed["openings", number] = pickle.dumps(starts, 5)
        return PackedBytes(packed)  # type: ignore[return-value]

    def _build(self) -> tuple[_Words, _Weights, _Openings]:
        by_number: _Words = {}
        weights: _Weights = ({}, {})
        openings: dict[str, set[str]] = {}
        for statute in self._store:
            for article in statute.articles:
                openings.setdefault(article.number, set()).add(opening(article.text))
                parts = [article.text, article.heading or ""]
                parts += [t.text for t in article.translations]
                latin, han = content_words("\n".join(parts))
                held = by_number.setdefault(article.number, {}).get(statute.id)
                if held is not None:  # the article in another version's text
                    latin, han = latin | held[0], han | held[1]
                by_number[article.number][statute.id] = (latin, han)
        for script in (0, 1):
            counts: dict[str, int] = {}
            articles = 0
            for statutes in by_number.values():
                for words in statutes.values():
                    articles += bool(words[script])
                    for word in words[script]:
                        counts[word] = counts.get(word, 0) + 1
            weights[script].update(
                (word, math.log(articles / count)) for word, count in counts.items()
            )
        return by_number, weights, {n: frozenset(o) for n, o in openings.items()}

    def of(self, number: str, script: int) -> dict[str, frozenset[str]]:
        """The words of each statute's article ``number`` that has words in ``script`` (0:
        Latin, 1: Chinese)."""
        if script > 1:
            return {}
        statutes = self._number(number)[0]
        return {statute: words[script] for statute, words in statutes.items() if words[script]}

    def opens(self, number: str, text: str) -> bool:
        """Whether ``text`` starts as a stored article ``number`` does (a reproduction's text
        after its heading: 第五十三条驻香港特别行政区…)."""
        return opening(text) in self._openings(number)

    def weight(self, number: str, words: Iterable[str], script: int) -> float:
        """What ``words`` (of articles ``number``) weigh: the rarer among all articles, the more."""
        weights = self._number(number)[1][script]
        return sum(weights.get(word, 0.0) for word in words)
