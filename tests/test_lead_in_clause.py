"""An unquoted reproduction after the writer's lead-in clause, with the law's opening changed, is
altered (issue 14, item 4; pipeline/lead_in_clause.py).

"…第二十四条规定，中国坚持…" reproduces an article that opens "中华人民共和国坚持…": the exact core
starts at 国 (the stored 共和国's last character), and the writer's 中 before it, after the lead-in
clause, stands for the stored opening shortened. Judged over its sentence the reproduction is
``altered``, its first character kept in the span; without the rule the lead-in's words kept the
changed opening out and the core alone came out ``verbatim``. Each case runs with the rule on and
off. Statute words come from the shipped store; the Traditional-script sentence is converted by
hand (a test holds it to the stored words).
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.pipeline.lead_in_clause import after_lead_in, shortens
from lawref.store.files import Store
from lawref.text.normalize import letters_form

FRL = "cn-foreign-relations-law"
S230 = "us-47-usc-230"

# Art. 24 after its opening 中华人民共和国, in Traditional script.
FRL24_REST_HANT = "堅持平等、互鑒、對話、包容的文明觀，尊重文明多樣性，推動不同文明交流對話。"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(FRL, S230)


def _frl24_rest(store: Store) -> str:
    """Art. 24 without its opening 中华人民共和国."""
    text = stored_article(store, FRL, "24").text
    assert text.startswith("中华人民共和国")
    return text[len("中华人民共和国") :]


def _s230_rest(store: Store) -> str:
    """Section 230(c)(1) from "shall be treated" on (its opening names the provider or user)."""
    return stored_words(store, S230, "230", "shall be treated as the publisher", "content provider")


def test_the_traditional_words_are_the_stored_ones(store: Store) -> None:
    assert letters_form(FRL24_REST_HANT).text == letters_form(_frl24_rest(store)).text


# (case, document builder, the reproduction's first words)
CASES = [
    (
        "zh-Hans: 规定，",
        lambda s: f"评论员提到，《对外关系法》第二十四条规定，中国{_frl24_rest(s)}",
        "中国",
    ),
    (
        "zh-Hans: 写道， after a clause of the writer's",
        lambda s: f"有评论注意到，该法的相关条文写道，中国{_frl24_rest(s)}这一点值得关注。",
        "中国",
    ),
    (
        "zh-Hant: 指出：",
        lambda s: f"有評論注意到，《對外關係法》第二十四條指出：中國{FRL24_REST_HANT}",
        "中國",
    ),
    (
        "en: provides that",
        lambda s: (
            "Critics keep pointing out that the statute provides that no service "
            f"{_s230_rest(s)}. Courts agreed."
        ),
        "no service",
    ),
]


@pytest.mark.parametrize(("case", "build", "opening"), CASES, ids=[c[0] for c in CASES])
def test_a_changed_opening_after_a_lead_in_is_altered(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    case: str,
    build,  # noqa: ANN001
    opening: str,
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import lead_in_clause as lead_in_clause_rule

    rule.take_out(lead_in_clause_rule, "after_lead_in", lambda *a: None)
    # The swapped-subject rule (pipeline/changed_head.py) catches the changed opening on its
    # own: off too, so that this rule is shown alone.
    rule.take_out(checker_module, "changed_head", lambda text, span, r: r)
    report = checker.check_text(build(store), "test")
    linked = [q for q in report.quotes if q.match is not None]
    assert len(linked) == 1, [q.text for q in report.quotes]
    quote = linked[0]
    if rule.on:
        assert quote.verdict == "altered", case
        assert quote.text.startswith(opening)
        assert quote.differences
    else:
        assert quote.verdict in ("verbatim", "minor"), case
        assert not quote.text.startswith(opening)


# (sentence, where the core starts, where the law's words start or None)
LEADS = [
    ("第十八条规定，中国推动", "国推动", "中国推动"),
    ("其中明确：我国推动", "国推动", "我国推动"),
    ("該條寫道，中國推動", "國推動", "中國推動"),
    ("Article 4 requires that each provider shall", "shall", "each provider shall"),
    # no lead-in verb, or a clause of the writer's between it and the core
    ("评论员认为中国推动", "国推动", None),
    ("第十八条规定，在这个问题上，中国推动", "国推动", None),
    ("The Act, it is said, changed little: each provider shall", "shall", None),
]


@pytest.mark.parametrize(("sentence", "core", "law"), LEADS)
def test_where_the_law_starts_after_a_lead_in(sentence: str, core: str, law: str | None) -> None:
    at = after_lead_in(sentence, 0, sentence.index(core))
    if law is None:
        assert at is None
    else:
        assert at == sentence.index(law)


@pytest.mark.parametrize(
    ("written", "stored", "expected"),
    [
        ("中", "中华人民共和", True),
        ("中國", "中华人民共和国", True),  # (the scripts are folded)
        ("no service", "No provider or user of an interactive computer service", True),
        ("我", "中华人民共和", False),
        ("service no", "No provider or user of an interactive computer service", False),
        ("", "中华人民共和", False),
    ],
)
def test_shortened_openings(written: str, stored: str, expected: bool) -> None:
    assert shortens(written, stored) is expected
