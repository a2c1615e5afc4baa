"""Link only what is law text: a quoted title, heading, number or key, or a short or stock phrase,
is linked to an article only when it is verbatim and a citation attached to it names that statute.

Otherwise the quotation is ``unmatched``, with a note that says why ("a phrase found in 4
articles of 2 laws"). The phrases shared by many laws are measured on the store itself: the exact
candidates the matcher found for the quotation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lawref.match.align import QuoteForm
from lawref.match.results import MatchResult
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.text.normalize import letters_text
from lawref.text.regex_code import constant

# Where "short" ends, in word units (a Latin word 1, a CJK character 2/3). Measured on the
# real-world passages of tests/realworld (90 passages, 2026-12): of the quotations lawref linked
# that are under 3 units ("good faith", 一國兩制, 港人治港, 第一条, "Good Samaritan", "network
# operators"), 1 in 12 was labelled a quotation of the article it was linked to; from 3 to 4
# units ("interactive computer service", "in good faith", "treated as the publisher",
# "lawfulness, fairness and transparency") all 5 were.
SHORT_UNITS = 3.0
# A paraphrase (about an article, following no text) shorter than this is not linked: the
# real-world passages' non-statute quotations that came out as paraphrases were 6.0-9.7 units
# (竊取國家機密的行為, 涵盖11种安全的总体国家安全观, 国家安全战略的顶层设计理念); the shortest labelled
# paraphrase of an article was 11 ("documents, data, materials, and items related to national
# security and interests").
PARAPHRASE_MIN_UNITS = 10.0
# A short phrase that differs from the text it resembles is the writer's own name for a thing, not
# a misquotation: "collusion with foreign country" for the offence of collusion "with a foreign
# country". Shorter than the stock-phrase limit.
ALTERED_MIN_UNITS = 8.0
# A stock phrase: an exact match in more than one statute, shorter than this (the matcher's own
# limit for generic phrases, thresholds.GENERIC_MAX_UNITS).
STOCK_MAX_UNITS = 8.0
_EXACT = ("verbatim", "minor", "elided")
# What separates the items of a list of headings ("总则、法律责任、附则", "Scope; Definitions").
_LIST_SEPARATOR = constant(r"\s*[、，,;；/]\s*")
_HEADING = constant(
    r"^(?:第[一二三四五六七八九十百千零〇两0-9]{1,8}[条條章节節款项項编編部分]+"
    r"|(?:article|art\.?|section|sec\.?|chapter|part|§)\s*[0-9ivxlc]{1,6}(?:\([0-9a-z]{1,4}\))*)$",
    re.IGNORECASE,
)
# A law's adoption note: "(2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过)", read
# in the letters form (Simplified script, no punctuation).
_ADOPTION = constant(
    r"人民代表大会(?:常务委员会)?第?[一二三四五六七八九十0-9]{0,4}次?会议(?:通过|修订|修正)"
)
# A session of the NPC or its Standing Committee named in a law's adoption note, with its date
# and what it did ("2023年4月26日第十四届全国人民代表大会常务委员会第二次会议审议通过"), in the
# letters form: a quotation made mostly of these is a piece of the note, not the law's text, even
# without 通过, or cut off inside 会议 ("…第二十八次會"). Latin letters between the characters are
# a reading aid (人民mín代表大会). Measured on the real-world passages (dev + first held-out set): the pieces of
# adoption notes lawref reproduced were 69-100% session designation; the one article that names a
# session (a repeal clause: "1993年2月22日第七届……第三十次会议通过的《国家安全法》同时废止")
# is 56%.
_R = "[a-zà-ǜ]{0,6}"
_SESSION = constant(
    rf"(?:[0-9]{{1,4}}年)?(?:[0-9]{{1,2}}月)?(?:[0-9]{{1,2}}日)?(?:第?[一二三四五六七八九十]{{1,3}}届)?"
    rf"全{_R}国{_R}(?:人{_R}民{_R}代{_R}表{_R}大{_R}会{_R}(?:常{_R}务{_R}委{_R}员{_R}会{_R})?|人大(?:常委会)?)"
    rf"第?[一二三四五六七八九十0-9]{{0,4}}次?会{_R}(?:议{_R}(?:审议)?(?:通过|修订|修正|批准)?了?|$)"
)
SESSION_SHARE = 0.65  # between 56% and 69%: see above
_NUMBERED = constant(r"^\s*第[一二三四五六七八九十百零〇0-9]{1,6}[编章节節條条部分]+\s*")
# The shape of a PRC law's or decision's title, in the letters form: 中华人民共和国…法,
# 全国人民代表大会关于…的决定 (the store may not hold it; an article may name it).
_TITLE_SHAPE = constant(
    r"^(?:中华人民共和国|全国人民代表大会(?:常务委员会)?关于).{2,60}(?:法|条例|决定)$"
)
_KEY = constant(r"^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+$|^[a-z]+(?:[A-Z][a-z0-9]+)+$")
_LATIN_WORD = constant(r"[A-Za-z][A-Za-z'-]*")


class LawTextScreen:
    """Screens matched quotations for one store; the store's titles are read once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._titles: NameSet | None = None
        self._headings: NameSet | None = None

    def screen(
        self,
        quote: str,
        citations: list[CitationSpan],
        result: MatchResult,
        *,
        unquoted: bool = False,
    ) -> tuple[MatchResult, str | None]:
        """The result, unlinked with a note when the quotation is not law text on its own.

        ``unquoted``: text reproduced without quotation marks, found as a long run of law text
        already; a piece of it (between subtitle cues) is not held to the length rules."""
        match = result.match
        if match is None or result.verdict == "unmatched":
            return result, None
        why = self._why_not_law_text(quote, result, unquoted)
        if why is None:
            return result, None
        # A short or stock phrase that a citation beside it names the statute of, word for word,
        # is that statute's; a title is no law's text, cited or not.
        cited = any(c.statute == match.statute for c in citations)
        if result.verdict == "verbatim" and cited and not why.startswith(_NEVER):
            return result, None
        unlinked = replace(result, verdict="unmatched", match=None, differences=[], articles=())
        if why.startswith(_NEVER):
            return unlinked, f"not linked: {why}"
        return unlinked, f"not linked: {why}, and no citation beside it names the statute"

    def _why_not_law_text(self, quote: str, result: MatchResult, unquoted: bool) -> str | None:
        bare = quote.strip().strip("#《》〈〉<>\"'“”‘’「」『』()（）[]【】 .,，。:：;；")
        if _HEADING.match(bare):
            return "a heading or an article number"
        if _KEY.match(bare) and " " not in bare:
            return "a key or a name in code"
        letters = letters_text(bare)
        if letters and letters.isdigit():
            return "a number"
        if letters and self._is_title(letters):
            return "the title of a law"
        # (An article never holds a note; it may name a session in a repeal clause: "本法自……
        # 施行。……第二十三次会议通过的《……决定》同时废止", where the law speaks of itself.)
        if (_ADOPTION.search(letters) and "本法" not in letters) or mostly_session(letters):
            return "a law's adoption note"
        if letters and self._is_heading(letters):
            return "a heading of a law"
        if self._is_heading_list(bare):
            return "a list of a law's headings"
        if _title_case(bare):
            return "a title or a heading (its words capitalised)"
        if _TITLE_SHAPE.match(letters) and "本法" not in letters:
            return "the title of a law or decision"
        if _cited_title(result):
            return "the title of a law that the article cites"
        if unquoted:
            return None
        form = QuoteForm.of(quote)
        units = form.units
        if units < SHORT_UNITS:
            return f"a phrase of {_size(form)}"
        if result.verdict == "paraphrase" and units < PARAPHRASE_MIN_UNITS:
            return f"a paraphrase of only {_size(form)}"
        if result.verdict == "altered" and units < ALTERED_MIN_UNITS:
            return f"an altered phrase of only {_size(form)}"
        if units < STOCK_MAX_UNITS and capitalised_name(bare):
            return "a name (every word capitalised), not a sentence of the law"
        if units < STOCK_MAX_UNITS and result.verdict in _EXACT:
            exact = {(c.statute, c.articles) for c in result.candidates if c.verdict in _EXACT}
            statutes = {statute for statute, _ in exact}
            if len(statutes) > 1:
                return f"a phrase found in {len(exact)} articles of {len(statutes)} laws"
        return None

    def _is_title(self, letters: str) -> bool:
        """Whether the quotation is a statute's title or name, or a part of one at least half
        its length (数据安全法 of 中华人民共和国数据安全法)."""
        if self._titles is None:
            self._load_names()
        assert self._titles is not None
        return self._titles.holds(letters, len(letters) * 2)

    def _is_heading(self, letters: str) -> bool:
        """Whether the quotation is a chapter, section or article heading of the store (without
        its number: 勾结外国或者境外势力危害国家安全罪 of 第四节 …), or most of one."""
        if self._headings is None:
            self._load_names()
        assert self._headings is not None
        return self._headings.holds(letters, len(letters) * 3 // 2)

    def _is_heading_list(self, bare: str) -> bool:
        """Whether the quotation lists headings of the store ("数据安全与发展、数据安全制度、数据
        安全保护义务、政务数据安全与开放": chapter titles run together), each one whole."""
        pieces = _LIST_SEPARATOR.split(bare)
        if len(pieces) < 2:
            return False
        # piece by piece: the first that is empty or no heading decides (a sentence's clauses
        # are not made letters one by one when its first is no heading)
        for piece in pieces:
            letters = letters_text(piece)
            if not letters or not self._is_heading(letters):
                return False
        return True

    def _load_names(self) -> None:
        titles, headings = cached_names(self.store)
        self._titles, self._headings = NameSet(titles), NameSet(headings)


class NameSet:
    """A set of names, and the question "is ``letters`` one of them, or inside one no longer than
    ``longest``?" answered by one ``str.find`` over the names of the lengths that qualify, joined
    in order of length (a store's 58,000 headings: a scan of each per quotation cost ~1 ms)."""

    _SEPARATOR = "\x00"

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        ordered = sorted(names, key=len)
        self._joined = self._SEPARATOR.join(ordered)
        # where the names of each length start in the joined string (names of length n start at
        # self._starts[n]; every index past the longest is the string's end)
        self._starts: list[int] = []
        at = 0
        for name in ordered:
            while len(self._starts) <= len(name):
                self._starts.append(at)
            at += len(name) + 1
        self._starts.append(len(self._joined))

    def holds(self, letters: str, longest: int) -> bool:
        """``letters`` is a name, or is inside a name of ``len(letters)`` to ``longest`` chars."""
        if letters in self.names:
            return True
        if longest < len(letters) or len(letters) >= len(self._starts) or not letters:
            return False
        if self._SEPARATOR in letters:  # not a letters form: ask each name
            return any(letters in n and len(n) <= longest for n in self.names)
        start = self._starts[len(letters)]
        end = self._starts[min(longest + 1, len(self._starts) - 1)]
        return self._joined.find(letters, start, end) >= 0


_NEVER = ("the title of", "a law's adoption note", "a key", "an altered phrase")


# The shortest name kept: the store's three-letter names are short names of laws (密码法, 反恐法,
# 基本法) and acronyms (CSL, DSL); a heading of three is a common phrase (总则 and the like).
_NAME_MIN = 3


def _titles_and_headings(store: Store) -> tuple[frozenset[str], frozenset[str]]:
    """The letters forms of every statute's names of at least three characters (a short name —
    密码法, 保密法 — quoted alone is the law's name, not the words of an article that holds it:
    "国家密码法治建设"), and of every chapter, section and article heading (without its number) of
    at least four."""
    names = {letters_text(n) for statute in store for n in statute.names()}
    headings = set()
    for statute in store:
        for article in statute.articles:
            for heading in (article.chapter, article.section, article.heading):
                if heading:
                    headings.add(letters_text(_NUMBERED.sub("", heading)))
    return (
        frozenset(n for n in names if len(n) >= _NAME_MIN),
        frozenset(h for h in headings if len(h) >= 4),
    )


def cached_names(store: Store) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_titles_and_headings`, kept in the compiled cache: made from every statute (58,000
    articles of cn-laws-all: ~0.7 s), so built once per store, not once per run (issue 20)."""
    from lawref.store.cache import compiled

    return compiled(store, "law-text-names", lambda: _titles_and_headings(store), version="2")


def mostly_session(letters: str) -> bool:
    """Whether most of the quotation names a session of the NPC (its Standing Committee) with
    its date: a piece of a law's adoption note (SESSION_SHARE)."""
    if not letters:
        return False
    named = sum(m.end() - m.start() for m in _SESSION.finditer(letters))
    return named >= SESSION_SHARE * len(letters)


def _title_case(words: str) -> bool:
    """A quotation whose words are capitalised as in a title ("Secession, Subversion, Terrorism
    and Collusion with a Foreign Country"): at least four words of five letters or more, all of
    them capitalised."""
    long_words = [w for w in _LATIN_WORD.findall(words) if len(w) >= 5]
    return len(long_words) >= 4 and all(w[0].isupper() for w in long_words)


def capitalised_name(words: str) -> bool:
    """A short quotation of two or more words, every one of them capitalised ("One Country, Two
    Systems", "Made in China"): the name of a policy or a thing, which an article may use, not a
    quotation of the article. Small linking words (of, and, in, the…) may stay lower case."""
    found = re.findall(r"[A-Za-z][A-Za-z'-]*", words)
    if len(found) < 2 or not words.isascii() or words.isupper():  # capitals throughout: shouting
        return False
    capitalised = [w for w in found if w[0].isupper()]
    small = [w for w in found if not w[0].isupper()]
    return len(capitalised) >= 2 and all(w.casefold() in _SMALL_WORDS for w in small)


_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)


def _cited_title(result: MatchResult) -> bool:
    """Whether the matched words stand between 《 and 》 in the stored text: the article names
    a law (全国人民代表大会关于……的决定), and the quotation is that name."""
    match = result.match
    if match is None:
        return False
    start, end = match.span
    before = match.text[max(0, start - 1) : start]
    after = match.text[end : end + 1]
    return before == "《" and after == "》"


def _size(form: QuoteForm) -> str:
    count = len(form.tokens)
    cjk = sum(1 for t in form.token_texts if len(t) == 1 and not t.isascii())
    noun = "character" if cjk * 2 > count else "word"
    return f"{count} {noun}{'s' if count != 1 else ''}"
