"""An English anaphor — "the law", "the Act", "the new law", "the Regulation", "the legislation" —
cites the law the text named last before it (issue 14, the labelling policy's anaphors: the most
missed class of citations on every read set, heldout14's "The law", "This law", "the new law"
after the Export Control Law, the Foreign Relations Law, the Foreign Investment Law). The law in
general ("in accordance with the law", "above the law"), the first word of a compound ("the law
firm"), an anaphor right after a quotation's closing mark (it would credit the quotation) and "the
Act" or "the Regulation" after a law of another kind are not read so.

Each case runs with the rule on and off (citations/law_anaphors.py ``reads_as_named_law``): off,
the anaphors are not read (the positive cases), or read whatever the words around them say (the
law in general). The Chinese rows show that 该法 / 該法 keep their reading either way, and that an
English anaphor after a law named in Chinese is read too."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import law_anaphors
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

ECL = "cn-export-control-law"
GDPR = "eu-gdpr"
HK = "cn-hong-kong-national-security-law"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(ECL, GDPR, HK, DSL)


# (text, the anaphor's words, statute with the rule on, with it off)
READ = [
    (
        "Beijing adopted the Export Control Law in October. The law covers dual-use items.",
        "The law",
        ECL,
    ),
    (
        "The GDPR took effect in May 2018. Since then the Regulation has reshaped privacy work.",
        "the Regulation",
        GDPR,
    ),
    (
        "Hong Kong's national security law was imposed on 30 June. The new law targets secession.",
        "The new law",
        HK,
    ),
    (
        "The Data Security Law entered into force. Critics of the legislation say it is vague.",
        "the legislation",
        DSL,
    ),
    (
        "《数据安全法》于2021年施行。Observers say the statute reaches data abroad.",
        "the statute",
        DSL,
    ),
    ("《數據安全法》已經施行。The law's reach is wide, analysts say.", "The law", DSL),
]

# The law in general, a compound, a kind that does not fit: no citation with the rule on.
GENERAL = [
    (
        "The Export Control Law was passed. Exporters shall act in accordance with the law.",
        "the law",
        ECL,
    ),
    ("Under the GDPR, nobody is above the law, the commissioner said.", "the law", GDPR),
    ("《数据安全法》已经施行。Police call the raids enforcement of the law.", "the law", DSL),
    ("The Data Security Law was adopted. The law firm advised its clients.", "The law", DSL),
    (
        "The Export Control Law was adopted. Even with “good intentions,” the law binds exporters.",
        "the law",
        ECL,
    ),
    (
        "《数据安全法》已经施行。Firms had “the best of intentions” the law is clear.",
        "the law",
        DSL,
    ),
]

# Not English anaphors: unchanged by the rule.
UNCHANGED = [
    ("《数据安全法》已经施行。该法明确了数据分类分级保护制度。", "该法", DSL),
    ("《數據安全法》已經施行。該法明確了數據分類分級保護制度。", "該法", DSL),
]


@pytest.mark.parametrize("case", range(len(READ)))
def test_an_english_anaphor_cites_the_law_named_before(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, statute = READ[case]
    rule.take_out(law_anaphors, "reads_as_named_law", lambda text, start, end: False)
    found = [(c.text, c.statute) for c in finder.find(text)]
    assert ((words, statute) in found) is rule.on, found


@pytest.mark.parametrize("case", range(len(GENERAL)))
def test_the_law_in_general_cites_nothing(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, statute = GENERAL[case]
    rule.take_out(law_anaphors, "reads_as_named_law", lambda text, start, end: True)
    found = [(c.text, c.statute) for c in finder.find(text)]
    assert ((words, statute) in found) is not rule.on, found


def test_the_act_after_a_regulation_is_another_instrument(finder: CitationFinder) -> None:
    found = [(c.text, c.statute) for c in finder.find("The GDPR applies. The Act requires more.")]
    assert ("The Act", GDPR) not in found, found


def test_an_anaphor_read_by_its_reference_is_one_citation(finder: CitationFinder) -> None:
    text = "The Export Control Law was adopted. Article 44 of the law reaches abroad."
    found = [(c.text, c.statute, c.article) for c in finder.find(text)]
    assert ("Article 44 of the law", ECL, "44") in found, found
    assert not any(words == "the law" for words, _, _ in found), found


@pytest.mark.parametrize("case", range(len(UNCHANGED)))
def test_chinese_anaphors_keep_their_reading(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, statute = UNCHANGED[case]
    rule.take_out(law_anaphors, "reads_as_named_law", lambda text, start, end: False)
    found = [(c.text, c.statute) for c in finder.find(text)]
    assert (words, statute) in found, found


def test_the_law_right_after_its_article_leaves_the_article_in_the_air(
    finder: CitationFinder,
) -> None:
    text = (
        "Article 44 of the Export Control Law reaches abroad. The law states: “Any organization”."
    )
    found = [(c.text, c.statute, c.article) for c in finder.find(text)]
    assert found == [("Article 44 of the Export Control Law", ECL, "44")], found
