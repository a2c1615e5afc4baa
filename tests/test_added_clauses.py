"""A cited reproduction that adds a clause of the writer's in place of the law's is altered
(issue 14, item 4; pipeline/added_clause.py).

"根据《基本法》第二十三条的规定，<Art. 23's first clause>，以及<a clause the article does not
have>。" presents the whole sentence as Art. 23: the added clause stands where the article goes
on in other words, so the sentence is ``altered`` with the clause and the law's words listed, not
``verbatim`` over its core. A comment of the writer's after the core ("，这意味着…", ", which
means …") is not joined to the law's words and changes nothing. Each case runs with the rule on
and off. Statute words come from the shipped store; the Traditional-script sentence is converted
by hand (a test holds it to the stored words).
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import added_clause
from lawref.pipeline.checker import Checker
from lawref.store.files import Store
from lawref.text.normalize import letters_form

BL = "cn-hong-kong-basic-law"
GDPR = "eu-gdpr"

BL23_HANT = (
    "香港特別行政區應自行立法禁止任何叛國、分裂國家、煽動叛亂、顛覆中央人民政府及竊取國家機密的行為"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BL, GDPR)


def _bl23(store: Store) -> str:
    """Art. 23's first clause, up to the comma after which it goes on "禁止外国的…"."""
    return stored_article(store, BL, "23").text.split("，")[0]


def _gdpr17(store: Store) -> str:
    """Art. 17(1) up to "without undue delay", after which it goes on "and the controller …"."""
    return stored_words(store, GDPR, "17", "The data subject shall have", "without undue delay")


def test_the_traditional_clause_is_the_stored_words(store: Store) -> None:
    assert letters_form(BL23_HANT).text == letters_form(_bl23(store)).text


# (case, document builder, the opening words of the reproduction, the added clause or None)
CASES = [
    (
        "zh-Hans: a clause joined by 以及",
        lambda s: (
            f"根据《基本法》第二十三条的规定，{_bl23(s)}，以及与特区有关的其他危害国家安全的行为。"
        ),
        "以及与特区有关的其他危害国家安全的行为",
    ),
    (
        "zh-Hant: a clause joined by 以及",
        lambda s: (
            f"根據《基本法》第二十三條的規定，{BL23_HANT}，以及與特區有關的其他危害國家安全的行為。"
        ),
        "以及與特區有關的其他危害國家安全的行為",
    ),
    (
        "en: a clause joined by as well as",
        lambda s: (
            f"Under Article 17 of the GDPR, {_gdpr17(s)[0].lower()}{_gdpr17(s)[1:]}, as well as "
            "compensation for any harm the delay caused."
        ),
        "as well as compensation for any harm the delay caused",
    ),
]


def _reproduction(checker: Checker, document: str):  # noqa: ANN202 - a report Quote
    report = checker.check_text(document, "test")
    assert len(report.quotes) == 1, [q.text for q in report.quotes]
    return report.quotes[0]


@pytest.mark.parametrize(("case", "build", "clause"), CASES, ids=[c[0] for c in CASES])
def test_an_added_clause_makes_the_cited_reproduction_altered(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    case: str,
    build,  # noqa: ANN001
    clause: str,
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import added_clause as added_clause_rule

    rule.take_out(added_clause_rule, "added_clause", lambda *a: None)
    quote = _reproduction(checker, build(store))
    assert quote.match is not None
    if rule.on:
        assert quote.verdict == "altered", case
        assert quote.text.endswith(clause)
        assert any(d.quote == clause and d.statute for d in quote.differences)
    else:
        assert quote.verdict in ("verbatim", "minor"), case
    assert quote.attribution == "consistent"


COMMENTS = [
    (
        "zh-Hans",
        lambda s: f"根据《基本法》第二十三条的规定，{_bl23(s)}，这意味着特区负有立法责任。",
    ),
    (
        "zh-Hant",
        lambda s: f"根據《基本法》第二十三條的規定，{BL23_HANT}，這意味著特區負有立法責任。",
    ),
    (
        "en",
        lambda s: (
            f"Under Article 17 of the GDPR, {_gdpr17(s)[0].lower()}{_gdpr17(s)[1:]}, which means "
            "companies must act fast."
        ),
    ),
]


@pytest.mark.parametrize(("language", "build"), COMMENTS, ids=[c[0] for c in COMMENTS])
def test_a_comment_after_the_core_changes_nothing(
    store: Store,
    checker: Checker,
    language: str,
    build,  # noqa: ANN001
) -> None:
    quote = _reproduction(checker, build(store))
    assert quote.verdict in ("verbatim", "minor")
    assert not any(d.op == "replace" for d in quote.differences)


# A Chinese clause of the writer's in the place of the law's next clause, with no conjunction:
# Art. 23 goes on after its first comma with another thing to prohibit (禁止外国的政治性组织…).
PARALLEL = [
    (
        "zh-Hans: a duty of the writer's after the comma",
        lambda s: f"《基本法》第二十三条规定，{_bl23(s)}，防范和惩治危害国家安全的行为。",
        "防范和惩治危害国家安全的行为",
    ),
    (
        "zh-Hant: a duty of the writer's after the comma",
        lambda s: f"《基本法》第二十三條規定，{BL23_HANT}，防範和懲治危害國家安全的行為。",
        "防範和懲治危害國家安全的行為",
    ),
]


@pytest.mark.parametrize(("case", "build", "clause"), PARALLEL, ids=[c[0] for c in PARALLEL])
def test_a_chinese_clause_in_the_place_of_the_laws_next_makes_it_altered(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    case: str,
    build,  # noqa: ANN001
    clause: str,
) -> None:
    rule.take_out(added_clause, "parallel_clause", lambda *a: False)
    quote = _reproduction(checker, build(store))
    assert quote.match is not None
    if rule.on:
        assert quote.verdict == "altered", case
        assert quote.text.endswith(clause)
        assert any(d.quote == clause and d.statute for d in quote.differences)
    else:
        assert quote.verdict in ("verbatim", "minor"), case
    assert quote.attribution == "consistent"


# The writer's comment after the law's first clause, with no conjunction: a conclusion drawn,
# what the law did (了), the article named.
PARALLEL_COMMENTS = [
    (
        "zh-Hans: a conclusion",
        lambda s: f"《基本法》第二十三条规定，{_bl23(s)}，从而保障国家安全。",
    ),
    ("zh-Hans: 了", lambda s: f"《基本法》第二十三条规定，{_bl23(s)}，确定了特区的立法责任。"),
    (
        "zh-Hant: the article named",
        lambda s: f"《基本法》第二十三條規定，{BL23_HANT}，該條款由特區自行落實。",
    ),
    (
        "zh-Hans: a clause pointing back",
        lambda s: f"《基本法》第二十三条规定，{_bl23(s)}，特区立法工作也要从这里做起。",
    ),
    (
        "zh-Hant: a clause pointing back",
        lambda s: f"《基本法》第二十三條規定，{BL23_HANT}，特區立法工作也要從這裡做起。",
    ),
]


@pytest.mark.parametrize(
    ("case", "build"), PARALLEL_COMMENTS, ids=[c[0] for c in PARALLEL_COMMENTS]
)
def test_a_chinese_comment_after_the_comma_changes_nothing(
    store: Store,
    checker: Checker,
    case: str,
    build,  # noqa: ANN001
) -> None:
    quote = _reproduction(checker, build(store))
    assert quote.verdict in ("verbatim", "minor"), case
    assert not any(d.op == "replace" for d in quote.differences)
