"""A citation of an article that the matched article's own text applies: "就第21条规定的义务…处罚"
quoting Art. 59's fine ("不履行本法第二十一条…规定的…义务的…处一万元以上…罚款"), "in breach of
Article 6, fines of …" quoting the penalty article. The writer cites the duty and quotes the
provision that enforces it: no accusation."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from lawref.pipeline.checkable import base_article
from lawref.report import Match
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.store.schema import ANNEX_PREFIX, Statute
from lawref.store.versions import continued_as
from lawref.text.normalize import letters_text
from lawref.text.numerals import NUMERAL_PATTERN, cn_to_int
from lawref.text.regex_code import Deferred, constant
from lawref.text.saying import CHINESE_SAYING, ENGLISH_SAYING, either

__all__ = [
    "applies_cited",
    "breached_articles",
    "enforces_cited",
    "names_breach",
    "presents_by_words_or_layout",
    "referenced_articles",
]

# Where a penalty article names the duties it enforces: 违反本法第二十一条…, 不履行本法第…条规定的…
# 义务, "Infringements of the following provisions: … Articles 8, 11, 25 to 39", "in breach of
# Article 6". Only these count: an article that names another for any other reason ("a request
# under Articles 15 to 22") is not the cited article's enforcement, and its words under the
# other's number remain a misattribution.
_CN_BREACH = constant(r"违反|違反|不履行|未履行|不依照|未依照|不按照|未按照|不遵守|未遵守")
_LATIN_BREACH = constant(
    r"\b(?:infringements?\s{1,3}of|(?:in\s{1,3})?breach(?:es)?\s{1,3}of|violat(?:es?|ing|ions?\s{1,3}of)"
    r"|fail(?:s|ure)?\s{1,3}to\s{1,3}comply\s{1,3}with|non-?compliance\s{1,3}with|contraven(?:es?|ing|tions?\s{1,3}of))\b",
    re.IGNORECASE,
)
_CN_REACH = 60  # characters after 违反 that its list of articles may take (stops at 。；)
_LATIN_REACH = 600  # "Infringements of the following provisions …: (a) … Articles 8, 11, …"
_CN_CLAUSE_END = "。；;"
_LATIN_CLAUSE_END = constant(r"\.\s|\n\s*[0-9]{1,2}\.\s")
# An article named: 第二十一条 / 第二十一條 / 第21条, "Article 21", "Articles 21 and 25" (each
# number of the list), "section 230", "§ 4565".
_CN_REFERENCE = constant(rf"第\s{{0,2}}({NUMERAL_PATTERN})\s{{0,2}}[条條]")
_LATIN_REFERENCE = constant(
    r"\b(?:articles?|sections?|arts?\.|§{1,2})\s{0,3}"
    r"([0-9]{1,5}[a-z]?(?:\s{0,3}(?:\([0-9a-z]{1,4}\)\s{0,3}){0,3})?"
    r"(?:\s{0,3}(?:,|and|or|to|-|–)\s{0,3}[0-9]{1,5}[a-z]?(?:\([0-9a-z]{1,4}\)){0,3}){0,8})",
    re.IGNORECASE,
)
_LATIN_NUMBER = constant(r"(?<![0-9(])([0-9]{1,5}[a-z]?)(?![0-9])", re.IGNORECASE)
# An EU act's annex named: "Annex III", "Annexes I and III" (each numbered as the store numbers
# it, "annex-III": an article's words that name an annex name that part of the act too).
_ANNEX_REFERENCE = constant(
    r"\b[Aa]nnex(?:es)?\s{0,3}([IVXL]{1,6}(?:\s{0,3}(?:,|and|or)\s{0,3}[IVXL]{1,6}){0,6})\b"
)
_ANNEX_NUMBER = constant(r"\b[IVXL]{1,6}\b")
# A range: "Articles 25 to 39", "第三十三条至第三十八条" (every number between counts).
_LATIN_RANGE = constant(r"(?<![0-9(])([0-9]{1,5})\s{0,3}(?:to|-|–)\s{0,3}([0-9]{1,5})(?![0-9])")
_CN_RANGE = constant(
    rf"第\s{{0,2}}({NUMERAL_PATTERN})\s{{0,2}}[条條]\s{{0,2}}[至到]\s{{0,2}}"
    rf"第\s{{0,2}}({NUMERAL_PATTERN})\s{{0,2}}[条條]"
)
# An item under a paragraph's lead-in: "(a)", "(iv)", "（一）", "1)": part of that paragraph.
_ITEM = constant(r"\s*(?:\([0-9a-z]{1,4}\)|（[一二三四五六七八九十]{1,3}）|[0-9]{1,2}\))")
_RANGE_MAX = 100
# What follows a citation that presents the text after it as the cited article's.
_PRESENTS = Deferred(
    r"[ \t\u3000]{0,3}(?:$|\n|[:：“「『\"]|,?\s{0,2}(?:"
    + either(*ENGLISH_SAYING)
    + r")\b|(?:"
    + either(*CHINESE_SAYING, "明确规定", "明確規定")
    + ")(?![的了]))",
    re.IGNORECASE,
)  # a longer "range" is no list of articles


def applies_cited(
    citation: CitationSpan, match: Match, store: Store | None, words: str, text: str = ""
) -> bool:
    """Whether the citation names, without presenting the quoted ``words`` as its text, an
    article that the matched one punishes the breach of: the paragraph of the matched article
    that holds the words (in the matched version, or the same provision in another version,
    where its cross-references carry the other numbering) names the cited article of the same
    statute. A citation that presents the words ("第四十四条规定，…", "Article 44 provides:", a
    heading) claims them for the cited article, and another article's words under it remain a
    misattribution, whatever that article names."""
    return not presents_by_words_or_layout(text, citation) and enforces_cited(
        citation, match, store, words
    )


def enforces_cited(citation: CitationSpan, match: Match, store: Store | None, words: str) -> bool:
    """Whether the paragraph of the matched article that holds ``words`` names the cited article
    of the same statute as a duty whose breach it punishes, however the citation stands."""
    if store is None or citation.statute != match.statute or not citation.article:
        return False
    statute = store.get(match.statute)
    if statute is None:
        return False
    cited = base_article(citation.article)
    if cited == base_article(match.article):
        return False
    # (Only a text that speaks of a breach somewhere can name one in the paragraph holding the
    # words: the others are not read paragraph by paragraph, which costs a longest-match
    # search a paragraph.)
    texts = [stored for stored in _provision_texts(statute, match) if _may_name_breach(stored)]
    if not texts:
        return False
    wanted = letters_text(words)
    return any(cited in breached_articles(_paragraph_holding(stored, wanted)) for stored in texts)


def _may_name_breach(text: str) -> bool:
    """False when no paragraph of ``text`` as :func:`_paragraph_holding` cuts it can speak of a
    breach (so :func:`breached_articles` of each is empty). Its paragraphs are runs of whole
    lines joined by line feeds: each is a stretch of the lines joined so, where a breach's words
    found in the paragraph are found too (the patterns look around only at word boundaries, and
    a line feed stands on each side of a paragraph); so is one found in the whole text, which it
    gives when no paragraph shares a letter with the words (a run of one to three spaces and
    line breaks stays one of one to three when each line break becomes a line feed)."""
    return names_breach("\n".join(text.splitlines()))


def presents_by_words_or_layout(text: str, citation: CitationSpan) -> bool:
    """Whether the citation introduces what follows as its text: a verb of saying after it (not
    规定的/规定了, "the duties provided in"), a colon, a quotation mark, or the line's end; or a
    heading that opens its line, the text after a space ("第四十四条 任何个人…"). Without the
    text: presumed so. Broader than run_on.presents_by_layout (a heading or a colon only): here a
    citation that gives the words as its article's in any way is not merely naming the duty a
    penalty article enforces."""
    if not text:
        return True
    line_start = text.rfind("\n", 0, citation.start) + 1
    heading = not text[line_start : citation.start].strip() and text[
        citation.end : citation.end + 1
    ] in (" ", "\t", "\u3000")
    return heading or _PRESENTS.match(text, citation.end) is not None


def _paragraph_holding(text: str, words: str) -> str:
    """The paragraph of an article's text (with the items under it) that shares the longest
    run of letters with ``words``: a fine in paragraph 4 punishes what paragraph 4 names."""
    blocks: list[str] = []
    for line in text.splitlines():
        if blocks and (not line.strip() or _ITEM.match(line)):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    best, longest = text, 0
    for block in blocks:
        letters = letters_text(block)
        found = SequenceMatcher(None, words, letters, autojunk=False).find_longest_match(
            0, len(words), 0, len(letters)
        )
        if found.size > longest:
            best, longest = block, found.size
    return best


def breached_articles(text: str) -> set[str]:
    """The article numbers a law's text names as the ones whose breach it punishes
    (不履行本法第二十一条、第二十五条规定的…义务 → {"21", "25"})."""
    found: set[str] = set()
    for breach in _CN_BREACH.finditer(text):
        window = text[breach.end() : breach.end() + _CN_REACH]
        window = window[
            : min((window.find(c) for c in _CN_CLAUSE_END if c in window), default=len(window))
        ]
        for first, last in _CN_RANGE.findall(window):
            found.update(_range(cn_to_int(first), cn_to_int(last)))
        for numeral in _CN_REFERENCE.findall(window):
            found.add(str(cn_to_int(numeral)))
    for breach in _LATIN_BREACH.finditer(text):
        window = text[breach.end() : breach.end() + _LATIN_REACH]
        end = _LATIN_CLAUSE_END.search(window)
        window = window[: end.start()] if end else window
        for listed in _LATIN_REFERENCE.findall(window):
            found.update(n.lower() for n in _LATIN_NUMBER.findall(listed))
            for first, last in _LATIN_RANGE.findall(listed):
                found.update(_range(int(first), int(last)))
    return found


def referenced_articles(text: str) -> set[str]:
    """Every article number a law's text names, for any reason ("point (a) of Article 6(1)",
    本法第二十七条、第二十九条), its ranges included, and every annex it names ("covered by Annex
    III": ``annex-III``)."""
    found: set[str] = set()
    for first, last in _CN_RANGE.findall(text):
        found.update(_range(cn_to_int(first), cn_to_int(last)))
    for numeral in _CN_REFERENCE.findall(text):
        found.add(str(cn_to_int(numeral)))
    for listed in _LATIN_REFERENCE.findall(text):
        found.update(n.lower() for n in _LATIN_NUMBER.findall(listed))
        for first, last in _LATIN_RANGE.findall(listed):
            found.update(_range(int(first), int(last)))
    for listed in _ANNEX_REFERENCE.findall(text):
        found.update(ANNEX_PREFIX + n for n in _ANNEX_NUMBER.findall(listed))
    return found


def names_breach(text: str) -> bool:
    """Whether ``text`` speaks of a breach (违反, 不履行, "in breach of", "infringements of")."""
    return _CN_BREACH.search(text) is not None or _LATIN_BREACH.search(text) is not None


def _range(first: int, last: int) -> list[str]:
    return [str(n) for n in range(first, last + 1)] if 0 < last - first <= _RANGE_MAX else []


def _provision_texts(statute: Statute, match: Match) -> list[str]:
    """The matched article's texts: its own, and the same provision's in every other version
    (through the recorded renumbering), with their translations."""
    number = base_article(match.article)
    wanted: set[tuple[str, str | None]] = {(number, match.version)}
    if match.version is not None:
        for version in statute.versions:
            moved = continued_as(statute, number, match.version, version.id)
            wanted.update((n, version.id) for n in moved or [])
    texts: list[str] = []
    for article in statute.articles:
        if not any(
            article.number == n and (v is None or not article.versions or v in article.versions)
            for n, v in wanted
        ):
            continue
        texts += article.text_and_translations()
    return texts
