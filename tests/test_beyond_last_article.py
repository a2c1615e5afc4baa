"""A near-copy of a stored article that stands under an article heading whose number is beyond
the matched law's last article is another law's text: unlinked, with a note (issue 14, heldout8:
a code's article 1035 on personal information, which reads like the PIPL's Art. 4). Under a
heading within the law's range, or in the writer's own paragraph, it stays linked.

Each case runs with the rule on and off (pipeline/beyond_last_article.py); the headings and
items are written here, the near-copies are stored sentences with a word changed."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"

NEAR_PIPL_4 = "个人信息的处理包括个人信息的收集、储存、使用、加工、传输、提供、公开、删除等。"
NEAR_PIPL_4_HANT = "個人信息的處理包括個人信息的收集、儲存、使用、加工、傳輸、提供、公開、刪除等。"
NEAR_GDPR_5 = (
    "Personal data shall be processed lawfully, fairly and in an open manner in relation to "
    "the data subject."
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


# (document, the near-copy, linked with the rule on)
CASES = [
    (f"第九百零一条 本编的规定：\n（一）合法；\n（二）正当。\n{NEAR_PIPL_4}\n", NEAR_PIPL_4, False),
    (
        f"第九百零一條 本編的規定：\n（一）合法；\n（二）正當。\n{NEAR_PIPL_4_HANT}\n",
        NEAR_PIPL_4_HANT,
        False,
    ),
    (f"Article 412\n(a) first;\n(b) second.\n{NEAR_GDPR_5}\n", NEAR_GDPR_5, False),
    # Within the law's range: the heading may be the law's own article.
    (f"第四条 本编的规定：\n（一）合法；\n（二）正当。\n{NEAR_PIPL_4}\n", NEAR_PIPL_4, True),
    # A writer's line between the heading and the words: not the heading's block.
    (f"第九百零一条 本编的规定：\n我们认为如下。\n{NEAR_PIPL_4}\n", NEAR_PIPL_4, True),
]


@pytest.mark.parametrize(("document", "words", "linked"), CASES)
def test_text_under_a_heading_beyond_the_last_article_is_unlinked(
    store: Store,
    rule: RuleSwitch,
    document: str,
    words: str,
    linked: bool,
) -> None:
    rule.take_out(not_law_text, "beyond_last_article", lambda text, span, w, store: w)
    quotes = [q for q in Checker(store).check_text(document).quotes if words[:10] in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if not rule.on or linked:
        assert quote.match is not None and quote.verdict not in ("unmatched", "verbatim")
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("beyond the last article" in note for note in quote.notes)
