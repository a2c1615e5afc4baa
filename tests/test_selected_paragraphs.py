"""A page that prints some of an article's paragraphs one under another, leaving out what lies
between them in the law (a paragraph, a lead-in's list, a heading), copies each line word for word:
each line is a verbatim reproduction of its own, not one run `altered` for the paragraphs left out
(issue 14, heldout22: 47 U.S.C. 1601 and 1603 printed so on two research sites).

Each end-to-end case runs with the rule on and off (reuse/selected_paragraphs.py, as
reuse/copied_paragraphs.py calls it); the law's paragraphs are the stored ones (the Traditional form
converted by hand), the page around them is written here. A line that changes the law's words, or
lines out of the law's order, keep the copy whole and `altered`, and a quotation in quotation marks
is the writer's one quotation, abridged."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline.checker import Checker
from lawref.reuse import selected_paragraphs
from lawref.store.files import Store

CLOUD = "us-18-usc-2523"
PIPL = "cn-personal-information-protection-law"
HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CLOUD, PIPL, HKNSL)


def _paragraphs(store: Store, statute: str, number: str) -> list[str]:
    text = stored_article(store, statute, number).text
    return [p.strip() for p in text.split("\n") if p.strip()]


def _body(store: Store, statute: str, number: str) -> list[str]:
    """A US Code section's first three sentences of eight words or more, as a code mirror prints
    them: the headings, the numbers and the lists between them left out."""
    lines = _paragraphs(store, statute, number)
    return [p for p in lines if len(p.split()) >= 8 and not p.startswith("(")][:3]


def _cloud_2523(store: Store) -> list[str]:
    return _body(store, CLOUD, "2523")


def _pipl_21(store: Store) -> list[str]:
    """The first and third paragraphs, the second left out."""
    paragraphs = _paragraphs(store, PIPL, "21")
    return [paragraphs[0], paragraphs[2]]


def _hknsl_20_hant(store: Store) -> list[str]:
    """The lead-in without its three items, and the penalties paragraph, in Traditional script."""
    table = str.maketrans(
        "组织策划实参与旨裂国统坏为论胁犯罪对积极处无徒刑处罚拘役制则属",
        "組織策劃實參與旨裂國統壞為論脅犯罪對積極處無徒刑處罰拘役制則屬",
    )
    paragraphs = _paragraphs(store, HKNSL, "20")
    return [paragraphs[0].translate(table), paragraphs[-1].translate(table)]


# (the lines' maker, whether the rule is what splits them: the reuse scan already reads the
# Chinese lines apart, and they stay verbatim with the rule)
CASES = [(_cloud_2523, True), (_pipl_21, False), (_hknsl_20_hant, False)]


@pytest.mark.parametrize(("lines_of", "split_by_the_rule"), CASES)
def test_each_line_of_a_copy_that_leaves_paragraphs_out_is_verbatim(
    store: Store, rule: RuleSwitch, lines_of, split_by_the_rule: bool
) -> None:
    rule.take_out(selected_paragraphs, "each_selected_paragraph", lambda *args: [])
    lines = lines_of(store)
    page = "From the statute's text:\n\n" + "\n".join(lines) + "\n\nEnd of the excerpt.\n"
    quotes = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    found = [(q.text, q.verdict) for q in quotes]
    if not rule.on and split_by_the_rule:
        assert [verdict for _, verdict in found] != ["verbatim"] * len(lines), found
        return
    assert [verdict for _, verdict in found] == ["verbatim"] * len(lines), found
    for (text, _), line in zip(found, lines, strict=True):
        assert text in line and len(text) > len(line) - 5, (text, line)


@pytest.mark.parametrize(("lines_of", "split_by_the_rule"), CASES)
def test_a_changed_line_keeps_the_copy_whole(
    store: Store, lines_of, split_by_the_rule: bool
) -> None:
    lines = lines_of(store)
    changed = lines[-1].replace("shall", "must").replace("处", "予").replace("處", "予")
    page = "From the statute's text:\n\n" + "\n".join([*lines[:-1], changed]) + "\n"
    quotes = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    assert [q.verdict for q in quotes] != ["verbatim"] * len(lines), [
        (q.text, q.verdict) for q in quotes
    ]
