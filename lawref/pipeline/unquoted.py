"""Whole sentences for unquoted text: a reproduction found without quotation marks is judged over
the sentence or clause it stands in (Chinese 。；！？, an English sentence), not over its exact core.

The reuse scan reports the stretch that agrees with a stored text; the words around it in the same
sentence may be the statute's words changed or dropped ("a GDPR sentence whose opening words were
rewritten", a Traditional-script rewrite that drops a clause). The sentence is matched against the
same article: the words on each side join the core when they stand for the stored words on that
side (half of them found among the stored clause's words next to the core, or a reworded opening
of a few words), and the whole is matched again; changed words then make it ``altered`` with
every difference listed. Words the writer merely put before or after the reproduction ("根据规定，",
"Under federal law, a person commits an offence") stay outside it. Words before the core that
stand word for word earlier in the article join it too, the words between them a ``delete``
(a clause or paragraph left out without an ellipsis). A core that several laws share word for
word, in a sentence that follows none of them, is their common phrase and is not reported; nor
is a stretch inside a sentence that goes on differently on both sides of it (another text that
shares some of the law's words), or a sentence's opening that the writer's clause carries on
from in words of its own for the rest of the sentence (a draft's sentence sharing the opening),
unless a citation attached to it names that article.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from lawref.match.matcher import Matcher
from lawref.match.results import MatchResult
from lawref.pipeline.cut_short import item_cut_short
from lawref.pipeline.defined_as import definition_lead_in
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.article_headings import LATIN_ARTICLE, chinese_article
from lawref.text.normalize import letters_text
from lawref.text.regex_code import Deferred, constant
from lawref.text.saying import CHINESE_SAYING, either

_EXACT = ("verbatim", "minor", "elided")
_LINKED = ("verbatim", "minor", "elided", "altered")
# A writer's words beside the core stand for the stored words beside it when half of them are
# found there, or when both are this many words or fewer (a reworded opening).
_REWORDED_MAX = 3
# ... or when half the stored words beside the core, this many at least, are found among the
# writer's (a phrase of the law's reworded: "the date of the enactment of this Act" for a date).
_SHARED_MIN = 5
_LABEL_MAX_TOKENS = 6  # words (or CJK characters) of a defined term's label


def widen_unquoted(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    groups: Sequence[list[CitationSpan]],
    matcher: Matcher,
) -> tuple[list[QuoteSpan], list[MatchResult], list[list[CitationSpan]]]:
    """The quotations in document order, each unquoted one widened to its sentence where that
    changes its verdict (``results`` and ``groups``, the introducing citations, stay aligned;
    a label taken into a reproduction and a shared phrase are dropped)."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, spans[i].end))
    ordered = [spans[i] for i in order]
    out: list[QuoteSpan] = []
    out_results: list[MatchResult] = []
    out_groups: list[list[CitationSpan]] = []
    for position, i in enumerate(order):
        span = spans[i]
        if out and out[-1].start <= span.start and span.end <= out[-1].end:
            continue  # a label the reproduction before took in
        if span.marks != "none":
            out.append(span)
            block = span.marks == "block"
            out_results.append(item_cut_short(text, span, results[i]) if block else results[i])
            out_groups.append(groups[i])
            continue
        from lawref.pipeline.annotated import with_annotated_first  # only for unquoted text
        from lawref.pipeline.label_before import label_before

        core = results[i]
        named = _inside_title(text, span)
        if named is not None:
            # The run is a law's name in 《》 and a few of the writer's words beyond its mark
            # ("…的决定》制定"): the name is judged alone (a title is no law's text).
            span, core = named, matcher.match(named.text)
        span, core = with_annotated_first(text, span, core, matcher)
        floor = ordered[position - 1].end if position > 0 else 0
        ceiling = ordered[position + 1].start if position + 1 < len(ordered) else len(text)
        if out:
            floor = max(floor, out[-1].end)
        through = None
        label = ordered[position + 1] if position + 1 < len(ordered) else None
        if label is not None and _is_label(text, span, label):
            # A short quoted label right after it, in the same sentence ("… purposes
            # ("purpose limitation");"): the sentence goes on through it.
            through = (span.end, min(len(text), label.end + 3))
            ceiling = ordered[position + 2].start if position + 2 < len(ordered) else len(text)
        back = None
        before = ordered[position - 1] if position > 0 else None
        if before is not None and label_before(text, before, span, _LABEL_MAX_TOKENS):
            # A defined term's label in brackets right before it, in the same sentence ("…
            # Board (the ‘Board’) is hereby …"): the sentence reaches back through it.
            back = max(0, before.start - 1)
            floor = ordered[position - 2].end if position > 1 else 0
            if out and out[-1] is not before:
                floor = max(floor, out[-1].end)
        widened = _widen(text, span, floor, ceiling, core, matcher, through, groups[i], back)
        if widened is None:
            continue  # a phrase shared with the law, not a reproduction
        if before is not None and out and out[-1] is before and widened[0].start <= before.start:
            # the label before, taken into the reproduction's sentence
            out.pop()
            out_results.pop()
            out_groups.pop()
        out.append(widened[0])
        out_results.append(item_cut_short(text, widened[0], widened[1]))
        out_groups.append(groups[i])
    return out, out_results, out_groups


# An article heading at a line's start, before the article's text ("第三十九條  ", "Article 5 ").
_LINE_HEADING = Deferred(
    rf"[ \t\u3000]*(?:{chinese_article()}|{LATIN_ARTICLE}[a-z]?)[ \t\u3000]*[:：.]?[ \t\u3000]+"
)
_TITLE_SPILL = 6  # letters of the writer's words a run may take in beyond a law's name


def _inside_title(text: str, span: QuoteSpan) -> QuoteSpan | None:
    """The part of an unquoted run inside a law's name in 《》, when the run starts (or ends)
    inside the name and goes only a few letters beyond its closing (opening) mark."""
    from lawref.pipeline.sentence import count_letters

    opened = text.rfind("《", 0, span.start)
    if opened >= 0 and "》" not in text[opened : span.start] and "》" in span.text:
        close = span.start + span.text.index("》")
        if count_letters(text[close : span.end]) <= _TITLE_SPILL:
            return _span(text, span.start, close, span)
    closing = text.find("》", span.end)
    if closing >= 0 and "《" not in text[span.end : closing] and "《" in span.text:
        start = span.start + span.text.rindex("《") + 1
        if (
            "》" not in text[start : span.end]
            and count_letters(text[span.start : start]) <= _TITLE_SPILL
        ):
            return _span(text, start, span.end, span)
    return None


def _widen(
    text: str,
    span: QuoteSpan,
    floor: int,
    ceiling: int,
    core: MatchResult,
    matcher: Matcher,
    through: tuple[int, int] | None = None,
    citations: Sequence[CitationSpan] = (),
    back: int | None = None,
) -> tuple[QuoteSpan, MatchResult] | None:
    # (imported here: only an unquoted reproduction is widened, and a text whose quotations
    # are all marked never loads these rules; issue 20)
    from lawref.pipeline.added_clause import added_clause
    from lawref.pipeline.changed_end import changed_end
    from lawref.pipeline.cited_lead_in import cited_lead_in, follows_enough
    from lawref.pipeline.lead_in_clause import after_lead_in, shortens
    from lawref.pipeline.retold_opening import retold_opening
    from lawref.pipeline.reworded import reworded_sides
    from lawref.pipeline.sentence import (
        CLAUSE_BREAKS,
        DIVERGE_MIN,
        OPENING_GOES_ON,
        clause_head,
        clause_tail,
        count_letters,
        diverges,
        dropped_between,
        found_before,
        opening_runs_on,
        sentence_bounds,
        sentence_sides,
    )

    if core.match is None:
        return span, core
    start, end = sentence_bounds(text, span.start, span.end, floor, ceiling, through, back)
    heading = _LINE_HEADING.match(text, start, span.start)
    headed = heading is not None and (start == 0 or text[start - 1] == "\n")
    if headed and heading is not None:
        start = heading.end()  # an article heading opening the line is no word beside the core
    if count_letters(text[start : span.start]) == 0 and count_letters(text[span.end : end]) == 0:
        return span, core
    prefer = (core.match.statute, core.match.article)
    # Each side of the core joins it only when its words stand for the stored words on that
    # side (the law's words changed), not when they are the writer's own.
    stored = core.match.text
    before_stored = clause_tail(stored[: core.match.span[0]])
    after_stored = clause_head(stored[core.match.span[1] :])
    before = text[start : span.start]
    found = found_before(before, stored[: core.match.span[0]])
    # (after a heading, a few words of the writer's do not stand for the law's opening by their
    # number alone — "Article 5 Under these rules, Processing …" — only one word does)
    if _stands_for(before, before_stored, from_end=True, reworded=1 if headed else _REWORDED_MAX):
        left: int | None = start
    else:
        left = None if found is None else start + found
    opening = after_lead_in(text, start, span.start) if left is None else None
    if opening is not None and (
        _stands_for(text[opening : span.start], before_stored, from_end=True)
        or shortens(text[opening : span.start], before_stored)
    ):
        left = opening  # "第十八条规定，中国推动…": the law's changed opening after a lead-in
    after = text[span.end : end]
    # "The AI Act defines a deepfake as …", "根据《密码法》的规定，…": a lead-in presenting the
    # law's words (defined_as.py, cited_lead_in.py).
    introduced = left is None and definition_lead_in(before)
    cited = left is None and not introduced and follows_enough(text[span.end : end])
    introduced = introduced or (cited and cited_lead_in(text, start, span.start, citations))
    right = (
        end
        if _stands_for(after, after_stored, from_end=False)
        or (
            (through is not None or introduced)
            and _found_later(after, stored[core.match.span[1] :])
        )
        else None
    )
    if right is None:  # a clause left out before the sentence's end, a reference rewritten
        right = changed_end(text, span.end, ceiling, stored[core.match.span[1] :])
    spliced = _spliced_opening(text, start, span, citations, stored) if left is None else None
    if (
        left is None
        and spliced is None
        and _stands_for(before, before_stored, from_end=True, loosely=True, reworded=0)
    ):
        left = start  # an opening of the law's with a few of its words reworded
    if spliced is not None:
        spliced_end = span.end if right is None else right
        wide = matcher.match(text[spliced:spliced_end], prefer=prefer)
        same = wide.match is not None and (wide.match.statute, wide.match.article) == prefer
        if same and wide.verdict == "altered":
            return _span(text, spliced, spliced_end, span), wide
    if left is None and right is None:
        retold = retold_opening(text, span, core, start, end, matcher)
        if retold is not None:
            return retold  # the law's opening retold, its end dropped: the sentence is altered
        named = any((c.statute, c.article) == prefer for c in citations)
        before_core, after_core = sentence_sides(text, span)
        if (
            not named
            and through is None
            and not introduced
            and not CLAUSE_BREAKS.match(span.text.lstrip()[:1])
            and not CLAUSE_BREAKS.match(span.text.rstrip()[-1:])
            and (
                diverges(before_core, stored[: core.match.span[0]], from_end=True)
                or count_letters(before_core) == 0  # the sentence opens with the law's words
            )
            and (
                diverges(
                    after_core,
                    stored[core.match.span[1] :],
                    from_end=False,
                    least=DIVERGE_MIN if count_letters(before_core) else OPENING_GOES_ON,
                )
                or (
                    count_letters(before_core) == 0
                    and opening_runs_on(after_core, stored[core.match.span[1] :])
                )
            )
        ):
            return None  # a stretch the sentence shares with the law, inside its own wording
        added = added_clause(text, span, core, end) if named else None
        return added if added is not None else (span, core)
    new_start = span.start if left is None else left
    new_end = span.end if right is None else right
    wide = matcher.match(text[new_start:new_end], prefer=prefer)
    same = wide.match is not None and (wide.match.statute, wide.match.article) == prefer
    if found is not None and right is None and (not same or wide.verdict != "verbatim"):
        # The words before stand earlier in the article, word for word: what was left out
        # between is known exactly (the whole may not even align closely when it is long).
        dropped = dropped_between(text[start + found : span.start], core)
        if dropped is not None:
            return _span(text, start + found, span.end, span), dropped
    if not same or wide.verdict not in _LINKED:
        sides = (
            before_stored if left is not None else "",
            after_stored if right is not None else "",
        )
        widened = _span(text, new_start, new_end, span)
        reworded = reworded_sides(text, span, widened, core, wide, sides)
        return reworded if reworded is not None else (span, core)
    return _span(text, new_start, new_end, span), wide


_SAYING = Deferred(
    r"[ \t]*(?:中|中的)?(?:明确)?(?:"
    + either(*CHINESE_SAYING, "写明", "寫明")
    + r")?[ \t]*[,，:：]?[ \t]*"
)
_PIECE_BREAKS = constant(r"[,，;；、]")
_PIECE_MIN = 4  # letters of a piece of the opening that is looked for in the article


def _spliced_opening(
    text: str, start: int, span: QuoteSpan, citations: Sequence[CitationSpan], stored: str
) -> int | None:
    """Where a reproduction's sentence starts when the words between its citation ("第六十九条
    规定，") and the core are the article's own words taken from elsewhere in it and joined to
    the core without an ellipsis (a list item spliced into its lead-in: "网络运营者违反本法规定，
    拒不向……协助的，由有关主管部门责令改正"); None when they are not."""
    from lawref.pipeline.sentence import count_letters

    cited = [c for c in citations if start <= c.start and c.end <= span.start]
    if not cited:
        return None  # only a sentence introduced by its citation is read this way
    opening = cited[-1].end
    saying = _SAYING.match(text, opening, span.start)
    if saying is not None:
        opening = saying.end()
    words = text[opening : span.start]
    pieces = [p for p in _PIECE_BREAKS.split(words) if count_letters(p) >= _PIECE_MIN]
    if len(pieces) < 2 or count_letters(words) < 2 * _PIECE_MIN:
        return None
    article = letters_text(stored)
    if not all(letters_text(piece) in article for piece in pieces):
        return None
    return opening


def _stands_for(
    written: str,
    stored: str,
    *,
    from_end: bool,
    loosely: bool = False,
    reworded: int = _REWORDED_MAX,
) -> bool:
    """Whether the writer's words beside the core stand for the stored words beside it: half
    of them found among the stored words next to the core, or (``loosely``) half of those stored
    words found among them, or both sides a few words only (a reworded opening: "Each person"
    for "The data subject")."""
    from lawref.pipeline.sentence import word_tokens

    mine = word_tokens(written)
    if not mine:
        return False
    theirs = word_tokens(stored)
    if not theirs:
        return False
    near = theirs[-len(mine) - 2 :] if from_end else theirs[: len(mine) + 2]
    shared = sum(
        1
        for op in Levenshtein.opcodes(near, mine)
        if op.tag == "equal"
        for _ in range(op.dest_end - op.dest_start)
    )
    if 2 * shared >= len(mine):
        return True
    if loosely and shared >= _SHARED_MIN and 2 * shared >= len(near):
        return True  # the stored words all but reworded in the middle ("after March 12, 2020")
    return len(mine) <= reworded and len(theirs) <= _REWORDED_MAX + 1


def _is_label(text: str, span: QuoteSpan, label: QuoteSpan) -> bool:
    """A short quotation right after an unquoted reproduction, with only brackets, marks and
    spaces between: a defined term's label ("purpose limitation", “数据处理”)."""
    from lawref.pipeline.sentence import CJK_ENDS, LATIN_ENDS, word_tokens

    if label.marks != "quoted" or label.start - span.end > 6:
        return False
    gap = text[span.end : label.start]
    if any(c.isalnum() or c in CJK_ENDS or c in LATIN_ENDS for c in gap):
        return False
    return 0 < len(word_tokens(label.text)) <= _LABEL_MAX_TOKENS


def _found_later(written: str, stored: str) -> bool:
    """Whether the writer's words after the core (at least two) stand together further on in
    the same stored paragraph: the clause between them was left out."""
    from lawref.pipeline.sentence import word_tokens

    mine = word_tokens(written)
    if len(mine) < 2:
        return False
    paragraph = stored.split("\n", 1)[0]
    theirs = word_tokens(paragraph)
    size = len(mine)
    return any(theirs[i : i + size] == mine for i in range(len(theirs) - size + 1))


def _span(text: str, start: int, end: int, span: QuoteSpan) -> QuoteSpan:
    return QuoteSpan(text[start:end], start, end, "none", span.lead_in)
