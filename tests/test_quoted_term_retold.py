"""A retelling beside a citation that puts one of the law's terms in quotation marks — "an
“undertaking” can be fined up to 2% …", 国家应当对数据实行“分类分级保护”… — is still read whole as
the cited article's `paraphrase` (issue 14, round sixteen: unquoted retellings;
pipeline/headed.py ``gives_way``, read by pipeline/cited_restatements.py and
pipeline/retold_items.py).

Before, any quotation inside a sentence or list item kept it out of the retelling rules, so a
writer who marked a single term of the law left the whole retelling unlinked. A term (fewer than
six words, in any script) now gives way to the retelling that holds it; a longer quotation is the
writer's quotation of the law and keeps its place. The writer's words are written for these
tests; the stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, linked_retelling, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cited_restatements, retold_items
from lawref.pipeline.checker import Checker
from lawref.pipeline.headed import left_unlinked

checker = checker_with(GDPR, DSL)

_DSL_21 = (
    "《数据安全法》第二十一条是关于数据分类分级的规定。国家应当对数据实行“分类分级保护”，依据是数据"
    "的重要程度以及数据遭到篡改、破坏或者泄露后对国家安全造成的危害程度。"
)

# (page, the retelling's opening, the article it retells; None: no retelling linked there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    (
        "Article 83 GDPR sets the levels of fines.\n\nFor infringements of the obligations of the "
        "controller or processor, an “undertaking” can be fined up to 2% of its total worldwide "
        "annual turnover or EUR 10 million, whichever amount is higher.",
        "For infringements",
        (GDPR, "83"),
    ),
    (
        "Article 7 GDPR covers consent.\n\nData subjects may “withdraw” their consent at any time; "
        "withdrawing must be as easy as giving consent, and withdrawal does not affect the "
        "lawfulness of earlier processing based on consent.",
        "Data subjects may",
        (GDPR, "7"),
    ),
    (
        "Under Article 83 GDPR:\n- an “undertaking” infringing the obligations of the controller "
        "and processor can be fined up to EUR 10 million or 2% of total worldwide annual turnover, "
        "whichever is higher;",
        "an “undertaking” infringing",
        (GDPR, "83"),
    ),
    (_DSL_21, "国家应当对数据实行", (DSL, "21")),
    (traditional(_DSL_21), "國家應當對數據實行", (DSL, "21")),
    # A quotation of six words or more is the writer's quotation, not a term: it keeps its place
    # and the sentence around it is not read as a retelling.
    (
        "Article 7 GDPR covers consent.\n\nData subjects may withdraw consent, and the law adds "
        "that “it shall be as easy to withdraw as to give consent” before any processing based "
        "on consent goes on.",
        "Data subjects may",
        None,
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_a_term_in_quotation_marks_keeps_no_retelling_out(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    # (off: only a stretch the reuse scan left unlinked gives way, as before this rule)
    rule.take_out(cited_restatements, "gives_way", left_unlinked)
    rule.take_out(retold_items, "gives_way", left_unlinked)
    quote = linked_retelling(checker, page, opening)
    if expected is None or not rule.on:
        assert quote is None or quote.verdict != "paraphrase", quote
        return
    assert quote is not None, page
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == expected
    assert quote.verdict == "paraphrase"
    assert quote.marks == "none"
    assert quote.attribution == "consistent"
    # The term is part of the retelling, not a quotation of its own beside it.
    assert not any(
        q.marks == "quoted" and q.start >= quote.start and q.end <= quote.end
        for q in checker.check_text(page).quotes
    )
