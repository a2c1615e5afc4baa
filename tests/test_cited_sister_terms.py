"""Words cited as a stored article that carry a sister instrument's term the article lacks are
that instrument's, not an altered quotation of the stored law (issue 14, item 3; heldout22: a law
firm's text of the UK GDPR's Art. 41, "the Commissioner" for the EU text's "competent supervisory
authority", cited "Art. 41 GDPR" and linked `altered` to the EU Regulation's Art. 41).

pipeline/enacted.py: ``cited_elsewhere`` reads the window ``sister_terms`` of
statutes/grammar/instruments.yaml for cited near-copies as ``elsewhere`` did for uncited ones.
The pages are the shipped store's words with the sister term put in, written for these tests (the
Traditional-script page converted by tests/rule_pages.py).
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline.checker import Checker
from lawref.pipeline.enacted import EnactedReader
from lawref.store.files import Store

GDPR = "eu-gdpr"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, CSL)


def _pages(store: Store) -> dict[str, str]:
    lines = stored_article(store, GDPR, "41").text.split("\n")
    revoke = " ".join(next(line for line in lines if line.startswith("5."))[2:].split())
    uk = revoke.replace("The competent supervisory authority", "The Commissioner")
    zh = (
        "《网络安全法》第四十二条规定：“网络运营者不得泄露、篡改、毁损其收集的公民个人电子信息；"
        "未经被收集者同意，不得向他人提供公民个人电子信息。”"
    )
    return {
        "en": f"Article 41 of the GDPR says: “{uk}”",
        "zh-Hans": zh,
        "zh-Hant": traditional(zh),
    }


@pytest.mark.parametrize("case", ["en", "zh-Hans", "zh-Hant"])
def test_a_cited_near_copy_with_a_sister_term_is_not_linked(
    store: Store, rule: RuleSwitch, case: str
) -> None:
    rule.take_out(EnactedReader, "_sister_term", lambda self, quote, result, windows: None)
    quotes = Checker(store).check_text(_pages(store)[case]).quotes
    assert len(quotes) == 1
    if rule.on:
        assert quotes[0].verdict == "unmatched" and quotes[0].match is None
        assert any("a term of another instrument" in n for n in quotes[0].notes)
    else:
        assert quotes[0].verdict == "altered" and quotes[0].match is not None
