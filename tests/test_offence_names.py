"""The names of offences that an article lists, quoted as names ("charged with 'collusion with a
foreign country or with external elements to endanger national security'"), are not a quotation
of that article (issue 14, heldout10 and dev: linked to the Hong Kong National Security Law's
Art. 1, whose text lists the offences). A writer quoting the article's clause itself, or crediting
Art. 1 with the names, keeps the link.

Each case runs with the rule on and off (pipeline/offence_names.py); the sentences are written
here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(HKNSL)


# (document, a piece of the quotation, linked with the rule on)
CASES = [
    # English: an offence's name after "charged with", the list of four after "crimes:".
    (
        'The activist was charged under the Hong Kong National Security Law with "collusion with '
        'a foreign country or with external elements to endanger national security".',
        "collusion",
        False,
    ),
    (
        "The Hong Kong National Security Law targets four crimes: “secession, subversion, "
        "organisation and perpetration of terrorist activities”, and collusion.",
        "subversion",
        False,
    ),
    # Simplified and Traditional Chinese: the names before the writer's 四类犯罪 / 四類罪行.
    (
        "《香港国安法》针对“分裂国家、颠覆国家政权、组织实施恐怖活动和勾结外国或者境外势力"
        "危害国家安全”四类犯罪。",
        "颠覆国家政权",
        False,
    ),
    (
        "《香港國安法》針對「分裂國家、顛覆國家政權、組織實施恐怖活動和勾結外國或者境外勢力"
        "危害國家安全」四類罪行。",
        "顛覆國家政權",
        False,
    ),
    # One name of the list before 等罪行, in Simplified and Traditional script.
    ("香港国安法订明“组织实施恐怖活动”等罪行。", "恐怖活动", False),
    ("香港國安法訂明「組織實施恐怖活動」等罪行。", "恐怖活動", False),
    # The article's words around the names (与…有关的): its clause, linked.
    (
        "《香港国安法》规定，要惩治“与香港特别行政区有关的分裂国家、颠覆国家政权”。",
        "分裂国家",
        True,
    ),
    # The article's clause quoted with its "offences of" / 等犯罪: the article's text, linked.
    (
        "The Hong Kong National Security Law aims at “preventing, suppressing and imposing "
        "punishment for the offences of secession, subversion, organisation and perpetration of "
        "terrorist activities”.",
        "subversion",
        True,
    ),
    (
        "《香港国安法》旨在“防范、制止和惩治与香港特别行政区有关的分裂国家、颠覆国家政权、"
        "组织实施恐怖活动和勾结外国或者境外势力危害国家安全等犯罪”。",
        "颠覆国家政权",
        True,
    ),
    # "an offence of" going on as a clause of the article (a rule's verb): its text, linked.
    (
        "The law says that whoever commits an offence of “a grave nature shall be sentenced to "
        "life imprisonment or fixed-term imprisonment of not less than ten years”.",
        "grave nature",
        True,
    ),
    # Names credited to Art. 1 itself: presented as its words, linked.
    (
        "《香港國安法》第一條列明「分裂國家、顛覆國家政權、組織實施恐怖活動和勾結外國或者境外"
        "勢力危害國家安全」等罪行。",
        "顛覆國家政權",
        True,
    ),
]


def _quote(store: Store, document: str, piece: str):
    found = [q for q in Checker(store).check_text(document).quotes if piece in q.text]
    return found[0] if found else None


@pytest.mark.parametrize(("document", "piece", "linked"), CASES)
def test_names_of_offences_an_article_lists_are_not_its_text(
    store: Store, rule: RuleSwitch, document: str, piece: str, linked: bool
) -> None:
    rule.take_out(checker, "offence_named", lambda span, weighed, cited: weighed)
    quote = _quote(store, document, piece)
    assert quote is not None
    if linked or not rule.on:
        assert quote.match is not None and quote.match.statute == HKNSL
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("names of offences" in note for note in quote.notes)
