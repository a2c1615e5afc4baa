"""A list item reproduced under a lead-in that cites a law the store lacks, when the lead-in's own
words are not the matched article's, is that law's sentence, though a stored article has the same
words (issue 14, the fifth held-out set: "《刑法》第一百一十条，有下列间谍行为之一，危害国家安全
的，处十年以上有期徒刑……：⏎(一)参加间谍组织或者接受间谍组织及其代理人的任务的；" — item (一)
is word for word the 2014 Counter-espionage Law's — was linked to that law). Under a lead-in that
is the stored article's own, the item is still linked (pipeline/renderings.py
``_under_other_lead_in``).

Each case runs with the rule on and off. The items come from the shipped store; the lead-ins and
citations are written for these tests, the Traditional-script one converted by hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import renderings
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"
GDPR = "eu-gdpr"
CEL4_ITEM2_TRAD = "參加間諜組織或者接受間諜組織及其代理人的任務，或者投靠間諜組織及其代理人；"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL, GDPR)


def _cases(store: Store) -> list[tuple[str, str, str, bool]]:
    """(document, the item's words, the statute holding them, whether the lead-in is another
    law's)."""
    gdpr6 = stored_article(store, GDPR, "6").text.split("\n")
    gdpr_lead, gdpr_item = gdpr6[0].split("\u00a0\u00a0\u00a0", 1)[1], gdpr6[1].split("\t", 1)[1]
    cel4 = stored_article(store, CEL, "4").text.split("\n\n")
    cel_item = cel4[2].split("）", 1)[1]
    return [
        (
            "《某某条例》第十二条，有下列行为之一，情节严重的，处五年以下有期徒刑：\n"
            f"（一）{cel_item}\n（二）为境外机构提供便利的。\n",
            cel_item,
            CEL,
            True,
        ),
        (
            "《某某條例》第十二條，有下列行為之一，情節嚴重的，處五年以下有期徒刑：\n"
            f"（一）{CEL4_ITEM2_TRAD}\n（二）為境外機構提供便利的。\n",
            CEL4_ITEM2_TRAD,
            CEL,
            True,
        ),
        (
            "Under section 4 of the Data Handling Act 1998, a firm may keep records only on one "
            f"of these grounds:\n(a) {gdpr_item}\n(b) a court has ordered it.\n",
            gdpr_item,
            GDPR,
            True,
        ),
        # The lead-in is the stored article's own: the item is that article's, linked.
        (
            f"Under section 4 of the Data Handling Act 1998, {gdpr_lead}\n(a) {gdpr_item}\n"
            "(b) a court has ordered it.\n",
            gdpr_item,
            GDPR,
            False,
        ),
    ]


@pytest.mark.parametrize("case", range(4))
def test_an_item_under_another_law_s_lead_in_is_not_linked(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, item, statute, other = _cases(store)[case]
    rule.take_out(renderings, "_under_other_lead_in", lambda text, s, c, r: False)
    quotes = [q for q in Checker(store).check_text(document).quotes if item[:12] in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if other and rule.on:
        assert quote.match is None and quote.verdict == "unmatched"
        assert quote.attribution == "unverified"
    else:
        assert quote.match is not None and quote.match.statute == statute, quote.notes
