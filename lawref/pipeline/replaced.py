"""The new wording of a change: 处罚由“A”调整为“B”, 将「A」修改為「B」, "from “A” to “B”", "replaced
“A” with “B”". B is what a draft or an amendment puts in the place of A, A's article's new words;
when A is linked to one article and B only to another that happens to hold the same words, B is
not that other article's text (a draft's new fine for Art. 59 read as Art. 60's verbatim)."""

from __future__ import annotations

from collections.abc import Sequence

from lawref.pipeline.checkable import base_article
from lawref.pipeline.renderings import Weighed, unlinked
from lawref.report import Match
from lawref.spans import QuoteSpan
from lawref.store.files import Store
from lawref.store.versions import same_provision
from lawref.text.regex_code import constant

__all__ = ["CHANGED_TO_WORDS", "new_wordings"]

# The Chinese words that say a text was changed into another (调整为, 改為, 修订为 …), both scripts:
# one alternation (a regex source), here between A and B, and in pipeline/penalty_amounts.py before
# a penalty quoted with changed amounts.
CHANGED_TO_WORDS = "调整为|調整為|修改为|修改為|改为|改為|修订为|修訂為|变为|變為"
# Between the closing mark of A and the opening mark of B: those words, or also 变更为, 替换为,
# 更改为 (either script), "(was|is|be) (changed) to/into/with".
_CHANGED_TO = constant(
    rf"[”」』\"'’]\s{{0,2}}(?:{CHANGED_TO_WORDS}|变更为|變更為|替换为|替換為|更改为|更改為"
    r"|(?:was\s{1,3}|is\s{1,3}|be\s{1,3})?(?:changed\s{1,3})?(?:to|into|with))\s{0,2}[“「『\"'‘]"
)


def new_wordings(
    text: str, spans: Sequence[QuoteSpan], weighed: list[Weighed], store: Store
) -> list[Weighed]:
    """The quotations' results, each B of a "from A to B" change unlinked (with a note) when it is
    linked to another provision than the A before it."""
    out = list(weighed)
    for i in range(1, len(spans)):
        old, new = spans[i - 1], spans[i]
        if old.marks == "none" or new.marks == "none":
            continue
        if not _CHANGED_TO.fullmatch(text, old.end, new.start):
            continue
        before, after = out[i - 1].result.match, out[i].result.match
        if before is None or after is None or out[i - 1].result.verdict == "unmatched":
            continue
        if _same_provision(before, after, store):
            continue
        note = (
            f"not linked: given as the new wording that replaces “{_short(old.text)}” "
            f"(Art. {before.article} of {before.title}); Art. {after.article} holds the same "
            f"words, but they are the change's, not that article's"
        )
        out[i] = Weighed(unlinked(out[i].result), note)
    return out


def _same_provision(first: Match, second: Match, store: Store) -> bool:
    """Whether two matches are one provision: the same article, or the same provision of
    another version through the recorded renumbering."""
    if first.statute != second.statute:
        return False
    one, other = base_article(first.article), base_article(second.article)
    if one == other:
        return True
    statute = store.get(first.statute)
    if statute is None or first.version is None or second.version is None:
        return False
    return same_provision(statute, one, first.version, other, second.version)


def _short(words: str) -> str:
    return words if len(words) <= 24 else words[:24] + "…"
