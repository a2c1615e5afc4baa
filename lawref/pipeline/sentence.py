"""A writer's sentence around an unquoted stretch of law text: where it starts and ends, its words,
and where it parts from the stored text (both sides going on differently, a shared opening, an
opening found earlier in the article with words left out between). Used by pipeline/unquoted.py
and pipeline/renderings.py.
"""

from __future__ import annotations

import dataclasses
import re

from lawref.match.align import QuoteForm
from lawref.match.results import MatchResult
from lawref.report import Difference
from lawref.reuse.table_cells import is_wall
from lawref.spans import QuoteSpan
from lawref.text.normalize import letters_form, letters_text
from lawref.text.regex_code import constant
from lawref.text.spelling import fold_spelling

_EXACT = ("verbatim", "minor", "elided")

CJK_ENDS = "。；！？;!?：:"  # a colon ends a lead-in ("From the law:", 规定：)
LATIN_ENDS = ".;!?"
_QUOTE_MARKS = '“”「」『』"«»《》'  # a law's name in 《》 is not the sentence's law text
_REACH = 240  # characters looked at on either side for the sentence's ends

# A list item's number alone at the start of a line: "(d)", "d)", "3.", "（三）", "三、".
ITEM_NUMBER = constant(
    r"[ \t]*(?:[(（][0-9A-Za-z一二三四五六七八九十]{1,4}[)）]|[0-9A-Za-z]{1,3}[.)]"
    r"|[0-9一二三四五六七八九十]{1,3}、)?[ \t]*"
)


_LIST_LINES_MAX = 30  # list items read back to the line that leads into them


def list_lead_in(text: str, start: int) -> tuple[int, int] | None:
    """The line that leads into the list whose item holds ``start`` ("…，有下列行为之一的，…：⏎
    （一）…；⏎（二）…"): the item's line opens with an item number, the lines between are items
    too, and the line before them ends in a colon. None when ``start`` is in no such list."""
    line_start = text.rfind("\n", 0, start) + 1
    number = ITEM_NUMBER.match(text, line_start)
    if number is None or not text[line_start : number.end()].strip():
        return None
    if text[number.end() : start].strip():
        return None  # the stretch starts inside the item, after words of the writer's
    at = line_start
    for _ in range(_LIST_LINES_MAX):
        if at == 0:
            return None
        previous = text.rfind("\n", 0, at - 1) + 1
        line = text[previous : at - 1]
        stripped = line.strip()
        if stripped.endswith((":", "：")):
            return previous, previous + len(line.rstrip())
        item = ITEM_NUMBER.match(line)
        if not stripped or item is None or not line[: item.end()].strip():
            return None
        at = previous
    return None


def word_tokens(text: str) -> list[str]:
    """The words (CJK characters) of a text, British and American spellings folded."""
    return [fold_spelling(t) for t in QuoteForm(text).token_texts] if text.strip() else []


# A clause ends at these, in a writer's sentence and in a stored text alike.
CLAUSE_BREAKS = constant(r"[,，、;；:：。.!?！？()（）\n]")
# Words (CJK characters) each side must go on with to diverge. Measured on the real-world passages
# (dev 164 + first held-out 80): of the 21 unquoted stretches whose sentence goes on differently
# on one side, 14 were labelled reproductions of the article (a writer runs the law's words into
# a sentence of their own); the stretches that diverge on both sides were a draft's copy of CSL
# Art. 37 and pieces of adoption notes, none a labelled reproduction. Hence both sides.
DIVERGE_MIN = 2
# A sentence that opens with the law's words and then, in the same clause, goes on with words of
# its own for at least this many (CJK characters, Latin words) while the stored clause goes on
# with others, only shares an opening with the article (the Civil Code's Art. 1035, "处理个人信息
# 的，应当遵循合法、正当、必要原则，不得过度处理" against the PIPL's "……原则，不得通过误导"). On the
# real-world passages the one labelled reproduction that opens its sentence and diverges at its
# end (a Section 301 phrase) goes on for 2 words before the page is cut; the shared opening, 4.
OPENING_GOES_ON = 4


# The stored clause beside the core ends at one of these (a list item's number, a sentence's end).
_STORED_BREAKS = ("\n", ":", "：", ";", "；", "。", "(", ")", "（", "）")


def clause_tail(stored: str) -> str:
    """The stored words from the start of their clause up to the core."""
    cut = max(stored.rfind(mark) for mark in _STORED_BREAKS)
    return stored[cut + 1 :] if cut >= 0 else stored


def clause_head(stored: str) -> str:
    """The stored words from the core to the end of their clause."""
    cuts = [at for at in (stored.find(mark) for mark in _STORED_BREAKS) if at >= 0]
    return stored[: min(cuts)] if cuts else stored


def sentence_sides(text: str, span: QuoteSpan) -> tuple[str, str]:
    """The writer's words before and after the core within its sentence, through other unquoted
    stretches there (two laws' words run together in one sentence)."""
    start, end = sentence_bounds(text, span.start, span.end)
    return text[start : span.start], text[span.end : end]


def diverges(written: str, stored: str, *, from_end: bool, least: int = DIVERGE_MIN) -> bool:
    """Whether the writer's clause and the stored clause both go on beside the core, with
    different words (the side did not join the core). When both sides do, the sentence only
    shares a stretch with the law inside its own wording (a draft's "网络运营者在……应当按照本办法
    进行安全评估" around CSL Art. 37's "运营者在……应当按照"): it is another text, and the
    stretch is not reported, unless a citation attached to it names that article. One side alone
    is not enough (a writer runs the law's words into a sentence of their own, "对于……的行为，"
    in a sentence about countermeasures, as often as another text shares them), except a
    sentence that opens with the law's words and goes on with OPENING_GOES_ON of its own."""
    mine = CLAUSE_BREAKS.split(written)[-1 if from_end else 0]
    theirs = CLAUSE_BREAKS.split(stored)[-1 if from_end else 0]
    return len(word_tokens(mine)) >= least and len(word_tokens(theirs)) >= least


def opening_runs_on(written: str, stored: str) -> bool:
    """Whether a sentence that opens with the law's words goes on in words of its own: the
    writer's clause goes straight on from the core (no comma between: the words did not join
    it) and the writer's sentence, across its commas, runs to OPENING_GOES_ON words or more,
    while the stored clause goes on with OPENING_GOES_ON others ("Providers shall ensure that AI
    systems … in such a way that the AI system, the provider itself or the user informs …" for
    "… in such a way that the natural persons concerned are informed …": a draft's sentence).
    Words the writer adds after a comma ("…, according to the Act") are a clause of their own,
    not a sentence going on differently."""
    if not word_tokens(CLAUSE_BREAKS.split(written)[0]):
        return False
    theirs = word_tokens(CLAUSE_BREAKS.split(stored)[0])
    return len(word_tokens(written)) >= OPENING_GOES_ON and len(theirs) >= OPENING_GOES_ON


# Letters of the writer's opening words that must stand word for word earlier in the article. On
# the real-world passages the openings so found were 7-9 CJK characters (a Traditional rewrite of
# Counter-espionage Law Art. 6 that drops a clause, a State Secrets Law sentence across a dropped
# paragraph, a garbled list item) and no labelled reproduction changed otherwise; four characters
# (or twelve Latin letters, about three words) keep a word or two from being "found" by chance.
_FOUND_MIN_CJK = 4
_FOUND_MIN_LATIN = 12


def found_before(written: str, stored: str) -> int | None:
    """Where the writer's words before the core start when they (all of them, or those after the
    sentence's last comma or colon: "第六條規定，" is the writer's, and so is "第二條規定" or "Article 2
    provides that" with no comma after it) stand word for word earlier in
    the same stored article and the sentence goes straight on into the core: the words between
    were dropped ("境外機構、組織、個人實施的" for "境外机构、组织、个人实施或者指使、资助他人实施
    的"; "国家秘密受法律保护，任何危害……" across a left-out paragraph). None when they do not."""
    article = letters_text(stored)
    cuts = sorted(
        {0, *(m.end() for m in _SENTENCE_COMMAS.finditer(written))}
        | {m.end() for m in _CITED_SAYS.finditer(written)}
    )
    for cut in cuts:
        opening = ITEM_NUMBER.match(written, cut)
        at = opening.end() if opening else cut
        mine = letters_text(written[at:])
        cjk = sum(1 for c in mine if not c.isascii())
        if cjk < _FOUND_MIN_CJK and (cjk or len(mine) < _FOUND_MIN_LATIN):
            return None
        if mine in article:
            return at
    return None


def dropped_between(written: str, core: MatchResult) -> MatchResult | None:
    """The core's result widened over the writer's opening words, which stand earlier in the
    stored text: ``altered``, with the stored words between them and the core as a ``delete``."""
    match = core.match
    if match is None or core.verdict not in _EXACT:
        return None
    prefix = letters_form(match.text[: match.span[0]])
    mine = letters_text(written)
    at = prefix.text.rfind(mine)
    if at < 0 or not mine:
        return None
    first, last = prefix.to_source(at, at + len(mine))
    left_out = match.text[last : match.span[0]].strip()
    if not count_letters(left_out):
        return None
    difference = Difference(op="delete", quote="", statute=left_out)
    return dataclasses.replace(
        core,
        verdict="altered",
        match=match.model_copy(update={"span": (first, match.span[1])}),
        differences=[difference, *core.differences],
    )


_SENTENCE_COMMAS = constant(r"[,，:：]\s*")
# An article's citation and its verb of saying with no comma after it ("《基本法》第二條規定特別行政區
# 享有…", "Article 2 provides that the region …"): the writer's words end there too.
_CITED_SAYS = constant(
    r"[条條款項]\s{0,2}(?:明确|明確)?(?:规定|規定|写道|寫道|指出|订明|訂明)\s*"
    r"|\b(?:provides|states|stipulates|says)\s+that\s+",
    re.IGNORECASE,
)


def sentence_bounds(
    text: str,
    start: int,
    end: int,
    floor: int = 0,
    ceiling: int | None = None,
    through: tuple[int, int] | None = None,
    back: int | None = None,
) -> tuple[int, int]:
    """The sentence (or clause ending in ；) around ``[start, end)``, within ``[floor, ceiling)``
    and _REACH characters, without crossing a paragraph break or a quotation mark (except
    within ``through``: a label's quotation marks and brackets after the core; and back to
    ``back``: a label's before it, pipeline/label_before.py)."""
    ceiling = len(text) if ceiling is None else ceiling
    low = max(floor, start - _REACH)
    at = start
    while back is not None and at > max(back, low):
        at -= 1  # (a label's marks and brackets, and its words, are the sentence's)
    while at > low:
        char = text[at - 1]
        if (
            char in CJK_ENDS
            or char in _QUOTE_MARKS
            or char in ")）"
            or _paragraph_break(text, at - 1)
        ):
            break  # ")" closes a list item's number: "(ii)", "（二）"
        if char in LATIN_ENDS and _space_after_closers(text, at):
            while at < start and text[at] in _CLOSERS:
                at += 1  # the sentence starts after the marks that closed the one before
            break
        at -= 1
    high = min(ceiling, end + _REACH)
    stop = end
    if not (stop > 0 and (text[stop - 1] in CJK_ENDS or text[stop - 1] in LATIN_ENDS)):
        while stop < high:
            char = text[stop]
            if through is not None and through[0] <= stop < through[1]:
                stop += 1
                continue
            if char in _QUOTE_MARKS or char in "(（" or _paragraph_break(text, stop):
                break
            if char in CJK_ENDS or (
                char in LATIN_ENDS and (stop + 1 >= len(text) or text[stop + 1].isspace())
            ):
                stop += 1
                break
            stop += 1
    while at < start and text[at].isspace():
        at += 1
    while stop > end and text[stop - 1].isspace():
        stop -= 1
    return at, stop


# Marks that may close a sentence after its full stop before the space: "(see above.) The",
# "posting.>> Not later" (a printer's note's closing marks).
_CLOSERS = ")]>»’”'\""


def _space_after_closers(text: str, at: int) -> bool:
    """Whether white space follows ``at``, after closing marks at most (a sentence ended)."""
    while at < len(text) and text[at] in _CLOSERS:
        at += 1
    return at < len(text) and text[at].isspace()


def _paragraph_break(text: str, at: int) -> bool:
    # a line is as far as a sentence is looked for; a table's cell, as far as its line
    return text[at] == "\n" or is_wall(text, at)


def count_letters(text: str) -> int:
    return sum(1 for c in text if c.isalnum())
