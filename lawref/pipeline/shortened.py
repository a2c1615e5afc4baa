"""A quotation made of the law's own words in the law's order, some left out, is the law shortened.

"公署职责包括「分析研判香港維護國安形勢,就國安重大戰略和政策提出意見和建議」" quotes the Hong Kong
law's Art. 49(1) — "分析研判香港特别行政区维护国家安全形势，就维护国家安全重大战略和重要政策提出
意见和建议" — in quotation marks, with 特别行政区, 家 and 全, 维护 and 重要 left out: every word the
writer kept is the law's, in the law's order. lawref's alignment scored it below the bar for a
changed copy and called it a ``paraphrase``, a retelling in the writer's own words; a fact-checker
calls it ``altered`` (words dropped inside quotation marks) and wants the dropped words named.

The difference between the two is not how many words are left, which no score bar separates
(the labelled sets' paraphrases and altered quotations overlap at every similarity), but whose
words they are: a paraphrase says the law's content in other words; a shortened quotation uses
no word the law's passage does not have. So a quotation in quotation marks (or a block) that lawref
calls ``paraphrase`` is ``altered``, the left-out words listed, when

- every one of its words (CJK characters, Latin words; script and spelling folded) is found in
  the matched stored passage, in the same order (the quotation is a subsequence of it);
- it keeps at least ``KEPT_SHARE`` of the passage's words between its first and last word found;
- it is long enough to say so: ``WORDS_MIN_CJK`` CJK characters or ``WORDS_MIN_LATIN`` words.

One word of the writer's may stand among the law's when it is grammar, not content: a modal or a
particle that glues the kept words back into a sentence ("公安機關、國家安全機關應在各自職責範圍內
承擔…" for the Data Security Law's "公安机关、国家安全机关等依照本法和…的规定，在各自职责范围内承
担…", heldout17: 应 added where a clause was cut; "the", "shall" in English). It says nothing of
the law's content in other words, so the quotation is still the law shortened, the added word
listed as an insertion. A content word of the writer's (领导 → 指挥, "specified" → "stated") stays
a retelling, and so does a second added word of any kind.

Unquoted text is left alone: a writer's retelling without quotation marks may well keep the law's
words in order and claim nothing. So is a quotation its lead-in announces as a summary ("被概括为“…”",
"summed up as “…”"): the writer says the words are not the law's own, and a summary is a
paraphrase. The rule runs after the renderings are weighed (pipeline/checker.py), so that a short
paraphrase no citation supports is unlinked (pipeline/unsupported.py) before it could be called
an altered copy. The bars: on the real-world sets (dev to heldout11) the rule
changes two labelled quotations from ``paraphrase`` to ``altered``, as labelled — heldout11's
shortened Art. 49(1) and heldout3's GDPR definition of processing with words left out — and no
other: the labelled paraphrases in quotation marks that lawref links use words of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.spans import QuoteSpan
from lawref.text.folds import simplified_text
from lawref.text.function_words import FUNCTION_WORDS
from lawref.text.regex_code import constant
from lawref.text.scripts import ideograph_words
from lawref.text.tokens import token_texts

__all__ = ["KEPT_SHARE", "WORDS_MIN_CJK", "WORDS_MIN_LATIN", "shortened_quotation"]

KEPT_SHARE = 0.6
WORDS_MIN_CJK = 12
WORDS_MIN_LATIN = 8
_MARGIN = 80  # characters of the stored text looked at beyond the aligned passage
_LEAD_REACH = 24  # characters before the opening mark read for a summary's lead-in
# CJK characters that are grammar, not content, in the store's Chinese (Simplified, as _words
# folds): modals and particles a writer adds to rejoin the law's words after a cut. Latin-script
# grammar words are text/function_words.py's.
_CJK_GRAMMAR = frozenset("应须得可将均皆亦也则并而及与的之")
_ADDED_TRIES = 48  # grammar words of one quotation tried as the added one (a bound on the work)
# A lead-in announcing a summary, right before the quotation's opening mark.
_SUMMARY_LEAD = constant(
    r"(?:概括为|概括為|归纳为|歸納為|总结为|總結為|概括成"
    r"|summed up as|summari[sz]ed as|in short|in a nutshell)"
    r"\s*[,，:：]?\s*[\"“”「『‘]?\s*$",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return [word.lower() for word in token_texts(simplified_text(text))]


def shortened_quotation(text: str, span: QuoteSpan, result: MatchResult) -> MatchResult:
    """``result`` made ``altered``, the left-out words listed, when the quoted ``span`` of
    ``text`` is the matched stored passage with words left out (see the module's docstring)."""
    match = result.match
    if span.marks == "none" or result.verdict != "paraphrase" or match is None:
        return result
    if _SUMMARY_LEAD.search(text[max(0, span.start - _LEAD_REACH) : span.start]):
        return result
    mine = _words(span.text)
    cjk = ideograph_words(mine)
    if (cjk and cjk < WORDS_MIN_CJK) or (not cjk and len(mine) < WORDS_MIN_LATIN):
        return result
    # (the passage the alignment found, and a little around it: not the whole article)
    start, end = match.span
    theirs = _words(match.text[max(0, start - _MARGIN) : end + _MARGIN])
    found = _in_order(mine, theirs)
    added: list[str] = []
    if found is None:
        found, added = _in_order_one_added(mine, theirs)
    if found is None:
        return result
    first, last = found[0], found[-1]
    if len(mine) - len(added) < KEPT_SHARE * (last - first + 1):
        return result
    dropped = _left_out(theirs, found, joiner="" if cjk else " ")
    differences = [Difference.model_construct(op="delete", quote="", statute=d) for d in dropped]
    differences += [Difference.model_construct(op="insert", quote=a, statute="") for a in added]
    return replace(result, verdict="altered", differences=differences)


def _is_grammar(word: str) -> bool:
    return word in FUNCTION_WORDS or word in _CJK_GRAMMAR


def _in_order_one_added(mine: list[str], theirs: list[str]) -> tuple[list[int] | None, list[str]]:
    """``_in_order`` of ``mine`` without one of its grammar words, left out as the writer's
    (its places, and that word); (None, []) when no single grammar word, taken out, leaves the
    rest in the law's order. A word the passage lacks altogether is the only one worth taking out
    (and one content word, or two words, it lacks end the search at once); else at most
    ``_ADDED_TRIES`` grammar words are tried, so the work stays bounded on a long quotation. The
    same outcome as trying every word, without the work."""
    present = set(theirs)
    absent = [i for i, word in enumerate(mine) if word not in present]
    if len(absent) > 1 or (absent and not _is_grammar(mine[absent[0]])):
        return None, []  # (a word of the writer's that is content, or two: a retelling)
    places = absent or [i for i, word in enumerate(mine) if _is_grammar(word)][:_ADDED_TRIES]
    for i in places:
        found = _in_order(mine[:i] + mine[i + 1 :], theirs)
        if found is not None:
            return found, [mine[i]]
    return None, []


def _in_order(mine: list[str], theirs: list[str]) -> list[int] | None:
    """Where each of ``mine`` stands in ``theirs``, in order, starting from the earliest place
    that lets all of them be found with the fewest words between (None when they are not all
    there in order)."""
    best: list[int] | None = None
    starts = [i for i, word in enumerate(theirs) if word == mine[0]] if mine else []
    for start in starts:
        places = [start]
        at = start + 1
        for word in mine[1:]:
            while at < len(theirs) and theirs[at] != word:
                at += 1
            if at >= len(theirs):
                break
            places.append(at)
            at += 1
        if len(places) == len(mine) and (best is None or places[-1] - start < best[-1] - best[0]):
            best = places
    return best


def _left_out(theirs: list[str], found: list[int], joiner: str) -> list[str]:
    """The runs of stored words between the found ones."""
    runs = []
    for before, after in zip(found, found[1:], strict=False):
        if after - before > 1:
            runs.append(joiner.join(theirs[before + 1 : after]))
    return runs
