"""Two readings of what a text says a law is (issue 14, the twenty-fourth round):

- "the Law" given as a law's short name in brackets right after its name — "The Data Security
  Law (the Law)" — cites that law wherever the text uses it later, even after other laws are named
  in between, and a bare article after such a use is that law's (citations/defined_anaphor.py).
  Chinese gives a short name in quotation or title marks (以下简称“情报法”), read by
  citations/defined_term_uses.py: the rule has no Chinese form.
- a law called upcoming — "the upcoming Personal Information Protection Law", 即将出台的《个人信息
  保护法》, 即將通過的《個人資訊保護法》 — is a draft, not the law in force (joins.yaml's
  ``draft_before``); one about to come into force, 即将施行的《…》, is the law.

Each case runs with the rule on and off."""

from __future__ import annotations

import pytest
from grammar_off import grammar_with
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import references
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

DSL = "cn-data-security-law"
CSL = "cn-cybersecurity-law"
PIPL = "cn-personal-information-protection-law"
ECL = "cn-export-control-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, CSL, PIPL, ECL)


# (text, the words of the use, its statute with the rule on, with it off: the last law named)
DEFINED = [
    (
        "China passed the Data Security Law (the Law) in June. It sits beside the Cybersecurity "
        "Law and the Personal Information Protection Law. The Law takes effect in September.",
        "The Law",
        DSL,
        PIPL,
    ),
    (
        "Beijing adopted the Export Control Law (the Law) in 2020; firms also watch the Data "
        "Security Law.\n\nUnder the Law, exporters must apply for licences.",
        "the Law",
        ECL,
        DSL,
    ),
]


@pytest.mark.parametrize("case", range(len(DEFINED)))
def test_a_short_name_given_as_the_law_cites_that_law(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = DEFINED[case]
    rule.take_out(references, "defines_anaphor", lambda *args: False)
    last = text.rindex(words)
    cited = {c.statute for c in finder.find(text) if c.start == last}
    assert cited == {on if rule.on else off}


def test_a_bare_article_after_the_use_is_the_defined_laws(
    finder: CitationFinder, rule: RuleSwitch
) -> None:
    text = (
        "The Data Security Law (the Law) was passed. It joins the Cybersecurity Law and the "
        "Personal Information Protection Law. The Law provides definitions (Article 3)."
    )
    rule.take_out(references, "defines_anaphor", lambda *args: False)
    cited = {c.statute for c in finder.find(text) if c.article == "3"}
    assert cited == {DSL if rule.on else PIPL}


@pytest.fixture(scope="module")
def upcoming_off(store: Store, tmp_path_factory: pytest.TempPathFactory) -> CitationFinder:
    root = tmp_path_factory.mktemp("upcoming-off")
    old = "|\\b(?:proposed|upcoming|forthcoming)\\s{1,3}|(?:即将|即將)(?:出台|通过|通過|颁布|頒布|制定)的?\\s{0,2}[《〈]?)$"
    grammar = grammar_with(root, "joins.yaml", old, "|\\bproposed\\s{1,3})$")
    return CitationFinder(store, grammar)


UPCOMING = [
    ("Firms must also prepare for the upcoming Personal Information Protection Law.", PIPL),
    ("企业还须应对即将出台的《个人信息保护法》。", PIPL),
    ("企業還須應對即將通過的《個人資訊保護法》。", PIPL),
    ("Exporters await the forthcoming Export Control Law.", ECL),
]


@pytest.mark.parametrize("case", range(len(UPCOMING)))
def test_a_law_called_upcoming_is_a_draft(
    finder: CitationFinder, upcoming_off: CitationFinder, case: int
) -> None:
    text, statute = UPCOMING[case]
    assert statute not in {c.statute for c in finder.find(text)}
    assert statute in {c.statute for c in upcoming_off.find(text)}


@pytest.mark.parametrize(
    "text", ["企业须应对即将施行的《个人信息保护法》。", "企業須應對即將施行的《個人資訊保護法》。"]
)
def test_a_law_about_to_come_into_force_is_the_law(finder: CitationFinder, text: str) -> None:
    assert PIPL in {c.statute for c in finder.find(text)}


def test_the_definition_pattern_needs_the_brackets() -> None:
    from lawref.citations.defined_anaphor import defines_anaphor

    text = "the Data Security Law (the Law) and the Data Security Law, the Law"
    first = text.index("the Law")
    assert defines_anaphor(text, first - 2, first, first + 7)
    second = text.rindex("the Law")
    assert not defines_anaphor(text, second - 2, second, second + 7)
