"""Words a lead-in clause gives as a named law's own are judged against that law alone.

pipeline/attribution.py lets words reproduced without quotation marks accuse a citation only when
it names an article: a commentary's sentence echoing one law beside another law's name is the
writer's, not a presentation of law text. A writer who opens the clause with the law's name and a
verb of saying — "网络安全法强调，…", "根据《中华人民共和国国家安全法》的规定，…", "The
Cybersecurity Law provides that …" — and goes straight on with another law's words does present
them as the named law's text: a reader takes them for the Cybersecurity Law's when they are the
PIPL's Art. 6(2), for the National Security Law's when they are the Counter-espionage Law's Art. 9.
Such a reproduction is judged against the lead-in's citation alone (not the other laws its sentence
named earlier, clauses before) and may accuse it, like a quotation, only when all of this holds:

- the citation names the law as written (not 该法, "the law", whose antecedent may be misread),
  is one stored statute, names no article (an article's citation accuses already), and stands
  alone in its clause, which is no breach (违反…规定，, "in breach of …");
- between the verb's comma, colon or "that" and the words there is at most a short head of the
  writer's (a subject: 网络运营者收集、使用 before the law's 个人信息，…);
- the words are another statute's, and the named law shares no run with them (the writer's own
  words, the quotation's differences, set aside) longer than a third of their letters (nor than a clause: 12 CJK characters, 36 Latin letters): a law that holds much of them was
  rewritten, not misnamed.

The rest of the judgement is attribution.py's: the words must still follow a stored text firmly
(a paraphrase accuses nobody) and be long enough (ACCUSATION_MIN_UNITS). On the real-world sets
(dev to heldout10) the statute-level claims this allows were the two heldout10 misattributions
and no false one; the four false claims that lifting the rule for every unquoted echo made (a
citation after the words, 该法 read as the wrong law, a law's words folded into the writer's
sentence) all fail one of the conditions above.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from lawref.match.results import MatchResult
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.normalize import letters_text
from lawref.text.regex_code import Deferred
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING, either
from lawref.text.scripts import holds_ideograph

__all__ = ["named_lead_ins"]

# After the law's name: (的) a verb of saying (了), then a comma or colon; or an English verb of
# saying, "that" or a colon or comma. Nothing else may stand between the name and the words.
_LEAD_IN_TAIL = Deferred(
    r"[ \t]*(?:的|中)?(?:明确|明確)?(?:"
    + either(*CHINESE_SAYING, *CHINESE_AFFIRMING)
    + r")[了]?[ \t]*[,，:：][ \t]*"
    + r"|[ \t]+(?:"
    + either(*ENGLISH_SAYING, "stresses", "specifies", "requires", "declares")
    + r")(?:[ \t]+that)?[ \t]*[:,]?[ \t]*",
    re.IGNORECASE,
)
# A clause that names the law as the one breached ("违反《…》规定，…"): its words are a penalty's.
_BREACH = Deferred(r"违反|違反|违背|違背|\bbreach|\bviolat|\binfring", re.IGNORECASE)
# A head of the writer's between the lead-in and the law's words: a subject, a few letters
# (CJK characters, Latin words' letters), with no clause break but an enumeration comma.
_HEAD_MAX_LETTERS = 12
_HEAD_BREAKS = Deferred(r"[,，;；:：。.!?！？()（）\n]")
# The longest run of the words' letters the named law may share: a third of them, and never a
# clause's worth (the longest run a heldout10 misattribution shares with the law it names is 8
# CJK characters of 50, 贡献的个人和组织; a law sharing a clause of the words was rewritten).
_SHARED_SHARE = 1 / 3
_SHARED_RUN_MAX_CJK = 12
_SHARED_RUN_MAX_LATIN = 36  # letters: a Latin clause, as pipeline/agreement.py reads one


def named_lead_ins(
    text: str,
    spans: Sequence[QuoteSpan],
    groups: Sequence[list[CitationSpan]],
    results: Sequence[MatchResult],
    store: Store,
) -> tuple[list[list[CitationSpan]], list[bool]]:
    """The citation groups with each unquoted reproduction that a named law's lead-in clause
    presents (see the module's docstring) judged against that citation alone, and for each span
    whether it is so presented (then attribution.py lets its words accuse a law named without an
    article)."""
    out_groups: list[list[CitationSpan]] = []
    presented: list[bool] = []
    for span, group, result in zip(spans, groups, results, strict=True):
        citation = _presenting(text, span, group, result, store)
        out_groups.append([citation] if citation is not None else group)
        presented.append(citation is not None)
    return out_groups, presented


def _presenting(
    text: str,
    span: QuoteSpan,
    group: list[CitationSpan],
    result: MatchResult,
    store: Store,
) -> CitationSpan | None:
    match = result.match
    if span.marks != "none" or match is None or not group:
        return None
    citation = group[0]
    if citation.end > span.start or citation.article is not None:
        return None
    if citation.statute is None or citation.ambiguous or citation.inferred:
        return None
    if citation.statute == match.statute or not _named_as_written(citation):
        return None
    tail = _LEAD_IN_TAIL.match(text, citation.end, span.start)
    if tail is None:
        return None
    head = text[tail.end() : span.start]
    from lawref.pipeline.sentence import count_letters  # (an unquoted span's only: issue 20)

    if _HEAD_BREAKS.search(head) or count_letters(head) > _HEAD_MAX_LETTERS:
        return None
    clause_start = _clause_start(text, citation.start)
    if any(
        other.start >= clause_start and other.end <= citation.start
        for other in group[1:]
        if (other.start, other.end) != (citation.start, citation.end)
    ):
        return None  # two laws named in the lead-in: either may be the words' source
    if _BREACH.compiled.search(text, clause_start, citation.start):
        return None
    if _shares_much(_law_words(span.text, result), citation.statute, store):
        return None
    return citation


def _law_words(words: str, result: MatchResult) -> str:
    """The quotation's words without the writer's own (what its differences say it put in place
    of the law's or added): only the other law's words are looked for in the named one."""
    for difference in result.differences:
        if difference.op in ("replace", "insert") and difference.quote:
            words = words.replace(difference.quote, " ", 1)
    return words


def _named_as_written(citation: CitationSpan) -> bool:
    """Whether the citation writes the law's name (not 该法, "the law", a name inferred)."""
    if not citation.name:
        return False
    name = letters_text(citation.name)
    return bool(name) and name in letters_text(citation.text)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last clause break before it)."""
    from lawref.pipeline.sentence import CLAUSE_BREAKS

    start = 0
    for found in CLAUSE_BREAKS.finditer(text, max(0, at - 120), at):
        start = found.end()
    return start


def _shares_much(words: str, statute_id: str, store: Store) -> bool:
    """Whether any text of the named statute shares a long run of the words' letters."""
    statute = store.get(statute_id)
    if statute is None:
        return True  # nothing to compare with: no claim
    wanted = letters_text(words)
    if not wanted:
        return True
    cjk = holds_ideograph(wanted)
    ceiling = _SHARED_RUN_MAX_CJK if cjk else _SHARED_RUN_MAX_LATIN
    limit = min(ceiling, int(len(wanted) * _SHARED_SHARE))
    for article in statute.articles:
        for stored in article.text_and_translations():
            letters = letters_text(stored)
            found = SequenceMatcher(None, wanted, letters, autojunk=False).find_longest_match(
                0, len(wanted), 0, len(letters)
            )
            if found.size > limit:
                return True
    return False
