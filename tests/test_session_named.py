"""A writer's naming of an NPC session is not the repeal clause of an article that names another
(issue 14, heldout5, heldout8, heldout9: "第十四届全国人大常委会第八次会议修订通过的《中华人民共和国
保守国家秘密法》" linked as `altered` to the Counter-espionage Law's Art. 40, which repeals the 1993
law "…第七届全国人民代表大会常务委员会第三十次会议通过的《中华人民共和国国家安全法》"). The article's
own words, or the naming reproduced exactly, keep the link.

Each case runs with the rule on and off (pipeline/session_named.py); the sentences are written
here. Only Chinese texts of the store name a session (no stored English rendering of a repeal
clause), so the English row shows an English account of an adoption left alone either way."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CEL = "cn-counter-espionage-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CEL)


# (document, the quotation's first characters, linked with the rule on, linked with it off)
CASES = [
    (
        "回顾立法过程，第十二届全国人大常委会第十五次会议通过的《中华人民共和国国家安全法》"
        "明确了总体国家安全观。",
        "届全国人大常委会",
        False,
        True,
    ),
    (
        "回顧立法過程，第十二屆全國人大常委會第十五次會議通過的《中華人民共和國國家安全法》"
        "明確了總體國家安全觀。",
        "屆全國人大常委會",
        False,
        True,
    ),
    # The repeal clause itself, one word changed: the article's own words keep it linked.
    (
        "本法自公布之日起施行。1993年2月22日第七届全国人民代表大会常务委员会第三十次会议通过的"
        "《中华人民共和国国家安全法》同时失效。",
        "本法自公布之日起施行",
        True,
        True,
    ),
    (
        "The National Security Law was adopted at the Fifteenth Session of the Standing Committee "
        "of the Twelfth National People's Congress.",
        None,
        False,
        False,
    ),
]


@pytest.mark.parametrize(("document", "opening", "linked_on", "linked_off"), CASES)
def test_a_writers_naming_of_a_session_is_not_a_repeal_clause(
    store: Store,
    rule: RuleSwitch,
    document: str,
    opening: str | None,
    linked_on: bool,
    linked_off: bool,
) -> None:
    rule.take_out(not_law_text, "other_session", lambda weighed: weighed)
    quotes = Checker(store).check_text(document).quotes
    linked = [q for q in quotes if q.match is not None and q.verdict != "unmatched"]
    if opening is None:
        assert linked == []
        return
    found = [q for q in quotes if q.text.startswith(opening)]
    assert len(found) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = found
    if linked_on if rule.on else linked_off:
        assert quote.match is not None and quote.match.statute == CEL
        assert quote.match.article == "40" and quote.verdict == "altered"
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("name a session of the National" in note for note in quote.notes), quote.notes
