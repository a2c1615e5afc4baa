"""Fuzzy matching of statute names: misspelt ("National Inteligence Law"), shortened ("China's
Intelligence Law", 《情报法》) or reordered names, compared with every name of the store by
rapidfuzz's vectorised scorers.

A close score is not enough: the kind of instrument must agree (an Act is not a Law, a 条例 not a
法), a place a Chinese name has must be in the stored name too (澳门特别行政区基本法 is not Hong
Kong's Basic Law), a name that is another name plus more words is another statute (国家安全机关法), and a name
whose words are a subset of a longer one counts only if it keeps most of them.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process

from lawref.text.regex_code import constant

# Measured on the labelled phrases of tests/test_citations.py (see the threshold test there):
# below these scores a name is not taken for a statute's.
FUZZY_THRESHOLD_LATIN = 86.0
FUZZY_THRESHOLD_CJK = 73.0
FUZZY_MARGIN = 3.0  # candidates of different statutes this close to the best are "ambiguous"
FUZZY_LIMIT = 20
LONG_CJK_NAME = 10  # characters: a name this long with one more character is a typo of it
# A name whose words are all among a longer name's counts as that name only if it keeps this
# share of them ("Intelligence Law" for "National Intelligence Law", not "Foreign Investment Law"
# for "Foreign Investment Risk Review Modernization Act").
SUBSET_SHARE = 0.6

STOPWORDS = frozenset(["of", "the", "on", "in", "and", "for", "a", "an", "to"])
HEAD_WORDS = frozenset(["law", "laws", "act", "code", "regulation"])
_CN_KINDS = ("条例", "规定", "办法", "细则", "决定", "解释", "法")
# The places whose own laws share the names of the PRC's or Hong Kong's (澳门特别行政区基本法 is
# two characters from 香港特别行政区基本法, but Macau's, not Hong Kong's), in the lookup keys'
# Simplified script: a name that has one of them and a stored name that lacks it are two laws.
_CN_PLACES = ("香港", "澳门", "台湾", "美国", "欧盟", "日本", "韩国", "英国")
_POSSESSIVE = constant(r"['’]s\b")


class FuzzyNames:
    """The names of the store in their fuzzy-matching forms, with the statute of each."""

    def __init__(self) -> None:
        self._latin: list[tuple[str, str]] = []  # (form, statute)
        self._chinese: list[tuple[str, str]] = []
        self._latin_forms: list[str] = []
        self._latin_compact: list[str] = []
        self._chinese_forms: list[str] = []

    def add_latin(self, name: str, statute: str) -> None:
        self._latin.append((latin_form(name), statute))

    def add_chinese(self, name_key: str, statute: str) -> None:
        self._chinese.append((name_key, statute))

    def freeze(self) -> None:
        self._latin_forms = [form for form, _ in self._latin]
        self._latin_compact = [form.replace(" ", "") for form in self._latin_forms]
        self._chinese_forms = [form for form, _ in self._chinese]

    def latin(self, name: str) -> tuple[dict[str, float], int]:
        """Best score per statute for a Latin-script name (place words already dropped), and
        the number of names compared."""
        query = latin_form(name)
        if not _content(query) or not self._latin_forms:
            return {}, 0
        scores: dict[str, float] = {}
        compact = query.replace(" ", "")
        for scorer, choices, text in (
            (fuzz.token_sort_ratio, self._latin_forms, query),
            (fuzz.token_set_ratio, self._latin_forms, query),
            (fuzz.ratio, self._latin_compact, compact),
        ):
            for _, score, index in process.extract(
                text, choices, scorer=scorer, limit=FUZZY_LIMIT, score_cutoff=FUZZY_THRESHOLD_LATIN
            ):
                choice = self._latin_forms[index]
                if _head(query) and _head(query) != _head(choice):
                    continue  # an Act is not a Law: "National Security Act" is another statute
                if scorer is fuzz.token_set_ratio and not _subset_ok(query, choice):
                    continue
                statute = self._latin[index][1]
                scores[statute] = max(scores.get(statute, 0.0), float(score))
        return scores, 3 * len(self._latin_forms)

    def chinese(self, query: str) -> tuple[dict[str, float], int]:
        """Best score per statute for a Chinese name (as a lookup key), and the names compared."""
        if len(query) < 3 or not self._chinese_forms:  # 本法, 该法: no name of two characters
            return {}, 0
        scores: dict[str, float] = {}
        for choice, score, index in process.extract(
            query, self._chinese_forms, scorer=fuzz.ratio, limit=FUZZY_LIMIT
        ):
            if _cn_kind(query) != _cn_kind(choice):
                continue  # 条例 is not 法: a regulation never passes for the law of its name
            if any(place in query and place not in choice for place in _CN_PLACES):
                continue  # 澳门…基本法 is not 香港…基本法: another place's law
            stray = len(query) - len(choice) == 1 and len(choice) >= LONG_CJK_NAME
            if len(query) > len(choice) and _is_subsequence(choice, query) and not stray:
                # The name and more (国家安全机关法): another law's name. One stray character in
                # a long name (《国香港特别行政区维护国家安全法》) is a typo, not another law.
                continue
            # An abbreviation (情报法 for 国家情报法) is the name with characters left out.
            if len(query) >= 3 and _is_subsequence(query, choice) and len(choice) - len(query) <= 2:
                score = max(score, 90.0)
            if score >= FUZZY_THRESHOLD_CJK:
                statute = self._chinese[index][1]
                scores[statute] = max(scores.get(statute, 0.0), float(score))
        return scores, len(self._chinese_forms)


def latin_form(name: str) -> str:
    """Lower case, possessives dropped, words separated by single spaces."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _POSSESSIVE.sub("", text)
    return " ".join(re.findall(r"[^\W_]+", text))


def _content(form: str) -> set[str]:
    return {w for w in form.split() if w not in STOPWORDS}


def _subset_ok(query: str, choice: str) -> bool:
    """token_set_ratio scores 100 whenever one name's words are a subset of the other's; that is
    evidence only when the query keeps most of the name ("Intelligence Law" for "National
    Intelligence Law"), not when it keeps one word of four ("Foreign Law")."""
    mine, theirs = _content(query), _content(choice)
    if mine <= theirs:
        return len(mine - HEAD_WORDS) >= 1 and len(mine) >= SUBSET_SHARE * len(theirs)
    return fuzz.token_sort_ratio(query, choice) >= FUZZY_THRESHOLD_LATIN


def _head(form: str) -> str:
    """The kind of instrument a name ends with ("law", "act", "regulation"), or ""."""
    for word in reversed(form.split()):
        if word.removesuffix("s") in HEAD_WORDS:
            return word.removesuffix("s")
    return ""


def _cn_kind(name: str) -> str:
    return next((kind for kind in _CN_KINDS if name.endswith(kind)), "")


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)
