"""The verdict on a quotation that a stored text does not hold letter for letter: the word
alignment decides between minor, elided, altered, paraphrase and unmatched.

A Japanese rendering of a Chinese article is a translation, never a changed copy: sharing most of
its kanji with the article, "香港特別行政区は中華人民共和国の不可分の部分である。" (the Hong Kong
Basic Law's Art. 1 under 第一条) aligned above the bar for ``altered``, its kana (は for 是, である
added) listed as changes — telling the reader the law was misquoted. A quotation that holds kana
aligned with a stored text that holds none is judged as a retelling: ``paraphrase`` or
``unmatched``. (On the labelled sets, 253 of the 255 kana quotations of Chinese articles are
labelled ``paraphrase``; the other two, renderings that drop the law's words, lawref does not
link.)"""

from __future__ import annotations

from lawref.match import thresholds as T
from lawref.match.align import QuoteForm, Target
from lawref.match.edits import align_quote
from lawref.match.exact_finds import find_pieces
from lawref.match.harmless_edits import differing_ops
from lawref.report import Difference, Verdict
from lawref.text.function_words import content_tokens
from lawref.text.normalize import letters_text
from lawref.text.scripts import KANA
from lawref.text.spelling import spelling_variants_only

# Kana a quotation must hold to be a Japanese rendering (one could be a stray mark, ・ or ー).
_RENDERING_KANA_MIN = 2


def word_verdict(
    form: QuoteForm, target: Target, single: bool, exact_possible: bool, reach: bool = False
) -> tuple[Verdict, float, tuple[int, int], list[Difference], bool, int, bool]:
    """The verdict of a quotation whose letters ``target`` does not hold exactly, by word
    alignment: (verdict, score, span, differences, loose, content). The last two items say whether quotation words were left over at an
    edge (then the neighbouring article may hold them) and how many content words (not
    function words) it matched; the last, whether aligning again with ``reach`` could give
    another alignment. ``reach``: the alignment may widen its stretch (match/window_reach.py)."""
    if form.elided and single and exact_possible:
        spans = find_pieces(form, target)
        if spans is not None:
            return "elided", 100.0, (spans[0][0], spans[-1][1]), [], False, 0, False
    alignment, _ = align_quote(form, target, reach=reach)
    lead, trail = alignment.edge_inserts()
    loose = max(lead, trail) >= 2
    widens = alignment.widens
    content = content_tokens(
        [
            form.token_texts[i]
            for op in alignment.ops
            if op.tag == "equal"
            for i in range(op.q0, op.q1)
        ]
    )
    changes = differing_ops(form, target, alignment)
    first, last = alignment.span
    span = target.token_span_source(first, last) if last > first else (0, 0)
    score = alignment.similarity
    if not changes and alignment.matched:
        # Every word is there in order: only punctuation-level or marked edits differ.
        verdict: Verdict = "elided" if form.elided and single else "minor"
        if (
            verdict == "minor"
            # (words told apart above — a reading, a footnote's number — are not looked at again)
            and all(op.tag == "equal" for op in alignment.ops)
            and letters_text(form.text) != letters_text(target.text[span[0] : span[1]])
            and not spelling_variants_only(form.token_texts, target.token_texts[first:last])
        ):
            # Equal tokens but unequal letters (a non-alphanumeric token character, say):
            # never call that minor.
            verdict = "altered"
            return (
                verdict,
                score,
                span,
                [
                    Difference.model_construct(
                        op="replace", quote=form.text, statute=target.text[span[0] : span[1]]
                    )
                ],
                loose,
                content,
                widens,
            )
        return verdict, score, span, [], loose, content, widens
    if score >= T.ALTERED_MIN and not _rendered(form.text, target.text):
        # (made only here: a paraphrase or an unmatched text reports no differences)
        differences = [
            Difference.model_construct(
                op=op.tag,  # type: ignore[arg-type]
                quote=form.text[slice(*form.token_source(op.q0, op.q1))] if op.q1 > op.q0 else "",
                statute=target.text[slice(*target.token_span_source(op.s0, op.s1))]
                if op.s1 > op.s0
                else "",
            )
            for op in changes
        ]
        return "altered", score, span, differences, loose, content, widens
    floor = T.PARAPHRASE_MIN_CJK if form.mostly_cjk else T.PARAPHRASE_MIN
    if (
        score >= floor
        and alignment.matched >= T.PARAPHRASE_MIN_MATCHED
        and content >= T.PARAPHRASE_MIN_CONTENT
    ):
        return "paraphrase", score, span, [], loose, content, widens
    return "unmatched", score, span, [], loose, content, widens


def _rendered(quoted: str, stored: str) -> bool:
    """Whether ``quoted`` is a rendering in another script of ``stored``: it holds kana, the
    stored text none (a Japanese rendering of a Chinese text)."""
    return len(KANA.findall(quoted)) >= _RENDERING_KANA_MIN and KANA.search(stored) is None
