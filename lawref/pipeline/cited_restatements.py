"""Sentences, without quotation marks, that restate the article a citation beside them names:
"What Article 50(4) AI Act Requires⏎⏎Deployers of AI systems that generate … must disclose that
the content has been artificially generated or manipulated.", "《数据安全法》第二十一条规定：国家对数据
实施分类分级保护，…".

Explainers, law-firm notes and compliance pages often give an article's rule in the law's own
words, lightly changed (plurals, "must" for "shall", a clause dropped or reordered), unquoted and
under or after a citation of the article. The reuse scan needs long stretches of exact words and
misses them; the quote finder has no marks to find. Each English or Chinese sentence (or one in the language
of a stored official language version, the GDPR's French: see below) of at least
RESTATEMENT_MIN_WORDS words that no quotation or reproduction covers, standing in the paragraph
of a citation that names an article of a stored statute or at most RESTATEMENT_PARAGRAPHS
paragraphs after it, is matched with that article preferred (match/matcher.py). It is reported
only when the match is to the cited article itself, in the statute's own language (not a
translation: writers' English about a Chinese law converges on any translation's words), and
clears RESTATEMENT_MIN_SCORE, a paraphrase also PARAPHRASE_MIN_UNITS: the words must follow that
article, not merely be about it. A citation that names only the statute settles the statute: the
best of its articles must then clear the higher RESTATEMENT_STATUTE_MIN_SCORE. The writer's lead-in ("Article 50(4) says that …", "According to
Article 3, …", "第二十一条规定：") and heading lines above the sentence are not part of the words.
Japanese is not this rule's (pipeline/japanese_cited.py). A sentence in another Latin-script
language is read too, and the screen before the matcher weighs its words against each official
language version apart ("Le responsable du traitement notifie la violation à l'autorité de
contrôle … au plus tard 72 heures après …" under "Article 33 RGPD"): the matcher, which holds the
French GDPR, is the evidence, at the same bars; the rules after it, shaped on English and Chinese
words (told_paraphrase, article_retold, retold_across), are not asked about a sentence that is
neither (round nineteen: on heldout19 French retellings beside their article scored 48.6-68.1,
the one above 62 a labelled altered quotation of Art. 5(1)(a); the content-word shares those
rules weigh do not tell the cited article from the GDPR's others in French, whose data words
every article shares). A term the sentence puts in quotation
marks, and a stretch the reuse scan found and linked to no article, give way to the sentence
(headed.gives_way): "… an “undertaking” can be fined up to 2% …" is read whole. Chosen on the
real-world sets (round sixteen): no read set's linking precision dropped, and a term is fewer
than XLING_MIN_WORDS words in any script (split on spaces, a Chinese quotation of a whole clause
was one "word" and gave way, losing the quotation's own `verbatim` link on heldout16).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from lawref.match.law_text import PARAPHRASE_MIN_UNITS
from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.article_retold import Wordings, article_retold, law_subject
from lawref.pipeline.ceiling_retold import ceiling_retold
from lawref.pipeline.headed import Headed, gives_way
from lawref.pipeline.retold_across import retold_across
from lawref.pipeline.told_lead_in import subject_citation, told_lead_end, told_lead_in
from lawref.pipeline.told_paraphrase import told_paraphrase
from lawref.quotes.layout import trimmed
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.folds import simplified_text
from lawref.text.function_words import FUNCTION_WORDS
from lawref.text.regex_code import constant
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING, either
from lawref.text.scripts import in_latin_script
from lawref.text.sentences import Segments
from lawref.text.tokens import token_texts, word_units
from lawref.xling.kanji import is_chinese
from lawref.xling.link import CrossLingualLinker, is_english

if TYPE_CHECKING:
    from lawref.store.schema import Article

# Chosen on tests/realworld (all ten sets, 2026-12): the unquoted sentences that no quotation
# covers and that the matcher links to the original text of the article a citation in or up to
# two paragraphs before their paragraph names score, when labelled a quotation of that article,
# 65.8-100 (12 sentences; one more at 59.8), and otherwise 49.3-62.5 (6: a heading line, a writer's
# "the recitals indicate that personal data must be adequate …", an 8-word "72-hour breach
# notification to the supervisory authority.", which PARAPHRASE_MIN_UNITS also leaves out). 62
# lies in that gap. Matches to a translation (the Hong Kong NSL's English text, the Cybersecurity
# Law's) are not taken: there writers' restatements ("Article 38 stipulates that the law applies
# to offences committed …") scored 67-72 and were labelled no quotation.
RESTATEMENT_MIN_SCORE = 62.0
# A citation that names the statute but no article settles the statute, not the article: the
# sentence's best article of that statute must score RESTATEMENT_STATUTE_MIN_SCORE. On the same
# sets, such sentences scored 75.1-88.9 when labelled a quotation of the matched article (4), and
# up to 74.3 otherwise (a GDPR recital matched for a sentence labelled as Art. 5's, a Counter-
# espionage Law duty restated in a ministry's answer, "GDPR applies only to information relating
# to an identified or identifiable natural person."): 80 keeps a margin above every one of those.
RESTATEMENT_STATUTE_MIN_SCORE = 80.0
RESTATEMENT_MIN_WORDS = 8
RESTATEMENT_PARAGRAPHS = 2
# Work bounds (linear time on hostile text): sentences tried in one document, citations read,
# a sentence's length, and the citations tried for one sentence.
_SENTENCES_MAX = 200
# Before the matcher is asked, this share of a sentence's distinct content words must stand in the
# cited article (or statute): a work bound, well under the share of every sentence the rule links
# on tests/realworld (all ten sets, 2026-12: 0.67-1.0, 15 sentences); it spares the matcher 1,488
# of the 2,317 sentences it was asked about and did not link.
SCREEN_SHARE = 0.5
_CITATIONS_MAX = 2000
_SENTENCE_MAX_CHARS = 1500
_CITATIONS_PER_SENTENCE = 3
# A sentence ends as a statement does (a heading or a caption line does not). A set of its own,
# not text/sentences.STATEMENT_ENDS: it takes a colon as an end and leaves the Latin ! and ? out,
# so sharing that one would change which sentences the rule reads.
_STATEMENT_ENDS = ".;:。；：！？"
_HEADING_MAX_WORDS = 12
_LINKED = ("verbatim", "minor", "elided", "altered", "paraphrase")
# The writer's lead-in before the law's words: "Article 50(4) says that", "The Article requires
# that", "According to Article 3,", "Art. 12(2) —", 第五条规定，…; the verbs of saying every
# lead-in pattern shares (text/saying.py) and this pattern's own.
_ENGLISH_VERBS = either(
    *ENGLISH_SAYING, "requires", "specifies", "mandates", "establishes", "sets out", "prescribes"
)
_CHINESE_VERBS = either(*CHINESE_SAYING, *CHINESE_AFFIRMING, "要求")
_LEAD_IN = constant(
    r"(?i)^(?:[^,.;:\n]{0,80}?\b(?:" + _ENGLISH_VERBS + r")\s+that\s+"
    r"|(?:according to|under) [^,.;\n]{1,80},\s*"
    r"|[^,.;:\n]{0,60}?\bdefines\s+[^,.;:\n]{1,60}?\s+as\s+"
    r"|(?:art(?:icle)?\.?\s*[0-9]{1,3}(?:\([0-9a-z]{1,3}\))*)\s*[—–:-]\s*"
    r"|[^，,。；;：:\n]{0,40}?(?:" + _CHINESE_VERBS + r")[，,：:]\s*)"
)


def cited_restatements(
    text: str,
    spans: Sequence[QuoteSpan],
    citations: Sequence[CitationSpan],
    matcher: Matcher,
    store: Store,
    linker: CrossLingualLinker | None = None,
    handed: Mapping[tuple[int, int], MatchResult] | None = None,
) -> list[Headed]:
    """The unquoted restatements of a cited article, with their links (the citation is the
    one they were verified against, and cites them). A span of ``spans`` inside a sentence that
    the reuse scan found and left unlinked (``handed``, verdict `unmatched`), or a term the
    sentence quotes, does not keep the sentence out: a sentence linked replaces it."""
    cited = [c for c in citations if c.statute and (c.article or not c.inferred)]
    if not cited:
        return []
    taken = [(s.start, s.end) for s in spans]
    handed = handed or {}
    segments = Segments.of(text, taken)
    places: dict[int, list[CitationSpan]] = {}
    for citation in cited[:_CITATIONS_MAX]:
        places.setdefault(segments.paragraph(citation.start), []).append(citation)
    found: list[Headed] = []
    vocabularies: dict[tuple[str | None, str | None], tuple[frozenset[str], ...]] = {}
    wordings: Wordings = {}
    tried = 0
    for index in range(len(segments.sentence_starts)):
        start, end = trimmed(text, *segments.sentence_span(index))
        words = text[start:end]
        if end - start > _SENTENCE_MAX_CHARS or words[-1:] not in tuple(_STATEMENT_ENDS):
            continue
        near = _citations_before(places, segments.paragraph(start), start, end)
        inside = [q for q in spans if q.start < end and start < q.end]
        replaced = tuple(q for q in inside if gives_way(q, start, end, handed))
        if (
            not near
            or len(replaced) < len(inside)
            or any(s < end and start < e for s, e in taken[len(spans) :])
        ):
            continue
        # (in another Latin-script language — French — only an official language version's
        # words are read, by the matcher: the rules after it are shaped on English and Chinese)
        other_language = not (is_english(words) or is_chinese(words))
        if (other_language and not in_latin_script(words)) or _units(words) < RESTATEMENT_MIN_WORDS:
            continue
        tried += 1
        if tried > _SENTENCES_MAX:
            break
        start = opened = _past_heading_lines(text, start, end)
        words = text[start:end]
        lead = _LEAD_IN.match(words)
        told = told_lead_in(text, start, end, near) if lead is None else None
        subject = (
            told[0]
            if told
            else subject_citation(text, start, start + lead.end(), near)
            if lead
            else None
        )
        if lead and _units(words[lead.end() :]) >= RESTATEMENT_MIN_WORDS:
            start += lead.end()
            words = text[start:end]
        elif told and _units(text[told[1] : end]) >= RESTATEMENT_MIN_WORDS:
            start = told[1]  # ("Article 73 requires", "Pursuant to Article 57,": told_lead_in.py)
            words = text[start:end]
        content = content_words(words)  # (once a sentence, not once a citation near it)
        for citation in near:
            if not _shares_words(content, citation, store, vocabularies):
                continue  # (a work bound: the matcher is not asked about a writer's own words)
            result = _restates(words, citation, matcher)
            if result is not None:
                span = QuoteSpan(words, start, end, "none")
                found.append(Headed(span, result, citation, replaces=replaced))
                taken.append((start, end))
                break
        else:  # (no article's words followed: the writer's own words for the told article)
            if other_language:
                continue
            told_result = None
            if subject is not None and start > opened:
                told_result = told_paraphrase(text, opened, start, end, subject, store)
            if told_result is None:  # (…or mostly one article's words beside it: article_retold)
                start = _past_law_lead_in(text, opened, start, end, near)
                beside = near
                if all(c.start >= opened for c in near):  # (only the sentence's own citations)
                    beside = near + _before_own(places, segments.paragraph(start), opened, near)
                retold = article_retold(text, opened, start, end, beside, store, wordings)
                # (…or, in English, a Chinese article's rule read across languages)
                retold = retold or retold_across(text, opened, start, end, near, store, linker)
                # (…or a fine's ceiling one article alone sets, credited to it: ceiling_retold)
                retold = retold or ceiling_retold(text, start, end, near, store)
                told_result, subject = retold if retold else (None, subject)
                words = text[start:end]
            if told_result is not None and subject is not None:
                span = QuoteSpan(words, start, end, "none")
                found.append(Headed(span, told_result, subject, replaces=replaced))
                taken.append((start, end))
    return found


def _past_law_lead_in(
    text: str, opened: int, start: int, end: int, near: Sequence[CitationSpan]
) -> int:
    """Where the words start after a lead-in whose subject is a law cited alone ("The PIPL
    requires", "Under the CHIPS Act,"), when no lead-in was left out yet; else ``start``."""
    if start > opened:
        return start
    lead_end = told_lead_end(text, opened, end)
    if (
        lead_end is None
        or law_subject(near, opened, lead_end) is None
        or _units(text[lead_end:end]) < RESTATEMENT_MIN_WORDS
    ):
        return start
    return lead_end


def _units(text: str) -> float:
    """A text's length in words (a CJK character two thirds of one)."""
    return word_units(token_texts(text))


def _past_heading_lines(text: str, start: int, end: int) -> int:
    """Where the sentence starts once the heading lines before it are left out ("Legal
    Foundation⏎GDPR Article 22 — Automated …⏎Art. 22(1) — The data subject …"): lines of at most
    _HEADING_MAX_WORDS words that end in no sentence end, while RESTATEMENT_MIN_WORDS words
    remain."""
    while True:
        newline = text.find("\n", start, end)
        if newline < 0:
            return start
        line = text[start:newline].strip()
        rest = text[newline + 1 : end]
        if (
            _units(line) > _HEADING_MAX_WORDS
            or line[-1:] in tuple(_STATEMENT_ENDS)
            or _units(rest) < RESTATEMENT_MIN_WORDS
        ):
            return start
        start = newline + 1
        while start < end and text[start].isspace():
            start += 1


def _citations_before(
    places: dict[int, list[CitationSpan]], paragraph: int, start: int, end: int
) -> list[CitationSpan]:
    """The citations that stand before the sentence's end in its paragraph or at most
    RESTATEMENT_PARAGRAPHS paragraphs before it, one per article: those naming an article first,
    the nearest first, then those naming only a statute that none of them names (an article
    cited beside the sentence says which of the statute's articles it is about) unless the
    sentence names it itself ("The AI Act defines a deepfake as …")."""
    near = [
        c
        for p in range(paragraph - RESTATEMENT_PARAGRAPHS, paragraph + 1)
        for c in places.get(p, ())
        if c.start < end
    ]
    out: list[CitationSpan] = []
    seen: set[tuple[str | None, str | None]] = set()
    for citation in sorted(near, key=lambda c: (c.article is None, -c.start)):
        key = (citation.statute, citation.article)
        if key in seen or (
            citation.article is None
            and citation.start < start
            and any(c.statute == citation.statute for c in out)
        ):
            continue
        seen.add(key)
        out.append(citation)
    return out[:_CITATIONS_PER_SENTENCE]


def _before_own(
    places: dict[int, list[CitationSpan]],
    paragraph: int,
    opened: int,
    near: Sequence[CitationSpan],
) -> list[CitationSpan]:
    """The citations before the sentence (opened at ``opened``) that ``near`` leaves out because
    the sentence's own citations filled it: a retelling that carries the article's
    cross-references ("that body can lodge a complaint under Article 77, exercise … rights under
    Articles 78 and 79, and … under Article 82") still stands beside the article cited before it
    (round twenty, heldout20). Asked only when every citation of ``near`` stands inside the
    sentence."""
    kept = {(c.statute, c.article) for c in near}
    return [
        c
        for c in _citations_before(places, paragraph, opened, opened)
        if (c.statute, c.article) not in kept
    ]


def vocabulary_of(text: str) -> list[str]:
    """A text's words as the screen compares them: Simplified script, lower case."""
    return token_texts(simplified_text(text).lower())


def content_words(words: str) -> frozenset[str]:
    """The distinct content words of ``words`` (function words aside), as the screen compares
    them (:func:`vocabulary_of`)."""
    return frozenset(vocabulary_of(words)) - FUNCTION_WORDS


def mostly_in(words: str, vocabulary: frozenset[str] | set[str]) -> bool:
    """Whether SCREEN_SHARE of the distinct content words of ``words`` (function words aside)
    are in ``vocabulary`` (made by :func:`vocabulary_of`); never when it has none."""
    return _mostly_among(content_words(words), vocabulary)


def _mostly_among(tokens: frozenset[str], vocabulary: frozenset[str] | set[str]) -> bool:
    """Whether SCREEN_SHARE of ``tokens`` (:func:`content_words`) are in ``vocabulary``; never
    when there are none."""
    return bool(tokens) and len(tokens & vocabulary) >= SCREEN_SHARE * len(tokens)


def _shares_words(
    content: frozenset[str],
    citation: CitationSpan,
    store: Store,
    vocabularies: dict[tuple[str | None, str | None], tuple[frozenset[str], ...]],
) -> bool:
    """Whether SCREEN_SHARE of the sentence's distinct content words (``content``: function words
    aside) stand in the cited article (or, for a citation of the statute alone, anywhere in the
    statute), in its original text or in one of its official language versions, each read
    apart (a French sentence is screened by the French text, an English one as before by the
    English): a cheap screen before the matcher."""
    key = (citation.statute, citation.article)
    wordings = vocabularies.get(key)
    if wordings is None:
        statute = store.get(citation.statute or "")
        articles = statute.articles if statute is not None else ()
        if citation.article is not None:  # (the number made a string once, not once an article)
            wanted = str(citation.article)
            articles = [article for article in articles if str(article.number) == wanted]
        texts = [[article.text for article in articles], *language_version_texts(articles)]
        wordings = vocabularies[key] = tuple(
            frozenset(vocabulary_of("\n".join(wording))) for wording in texts
        )
    return any(_mostly_among(content, vocabulary) for vocabulary in wordings)


def language_version_texts(articles: Sequence[Article]) -> list[list[str]]:
    """The articles' official language versions, one list of texts a language (the French
    GDPR's): a sentence in one of those languages is screened by, and matched with, that text."""
    languages = sorted({v.language for article in articles for v in article.language_versions})
    return [
        [
            v.text
            for article in articles
            for v in article.language_versions
            if v.language == language
        ]
        for language in languages
    ]


def _restates(words: str, citation: CitationSpan, matcher: Matcher) -> MatchResult | None:
    """The link of ``words`` to the cited article, when they follow it closely enough."""
    named = citation.article is not None
    wanted = (citation.statute, str(citation.article) if named else None)
    result = matcher.match(words, prefer=(citation.statute or "", citation.article))
    match = result.match
    if (
        match is not None
        and result.verdict in _LINKED
        and (match.statute, str(match.article) if named else None) == wanted
        and match.translation is None
        and result.score >= (RESTATEMENT_MIN_SCORE if named else RESTATEMENT_STATUTE_MIN_SCORE)
        and (result.verdict != "paraphrase" or _units(words) >= PARAPHRASE_MIN_UNITS)
    ):
        return result
    return None
