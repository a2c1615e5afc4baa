"""A near-copy of a regulation's article that a directive's formula opens — "Member States shall
provide for the controller … to …", « Les États membres prévoient que … » — is the directive's text
(the Law Enforcement Directive's articles retell the GDPR's so; Directive 95/46/EC's did before
it), which the store does not hold: not linked as an altered copy of the regulation, with a note
(issue 14, item 3: a law the store lacks is not linked as altered to its look-alike; heldout20).

The formula is a term of statutes/grammar/instruments.yaml's window ``sister_terms``, read by
pipeline/enacted.py; each case runs with the window on and off. The directive-style sentences are
written here over GDPR Art. 32(4)'s words (changed a little: an exact copy keeps its link, the same
words whichever instrument they stand in). The formula is the EU's: the store's Chinese laws are
no directives, so there is no Chinese case to write; an exact copy after the formula and a stored
article that has the formula itself are the guards.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words, windows_without

from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR)


_EN = (
    "Records\nMember States shall provide for the controller and processor to take steps to "
    "ensure that any natural person acting under the authority of the controller or the processor "
    "who has access to personal data does not process them except on instructions from the "
    "controller, unless he or she is required to do so by Union or Member State law.\n"
)
_FR = (
    "Registre\nLes États membres prévoient que le responsable du traitement et le sous-traitant "
    "prennent des mesures afin de garantir que toute personne physique agissant sous l'autorité du "
    "responsable du traitement ou sous celle du sous-traitant, qui a accès à des données à "
    "caractère personnel, ne les traite que sur instruction du responsable du traitement, à moins "
    "d'y être obligée par le droit de l'Union ou le droit d'un État membre.\n"
)
DIRECTIVE = [("en", _EN, "Member States shall provide for"), ("fr", _FR, "prévoient")]


@pytest.mark.parametrize(("language", "page", "term"), DIRECTIVE, ids=[c[0] for c in DIRECTIVE])
def test_a_directives_near_copy_is_not_linked_to_the_regulation(
    store: Store, rule: RuleSwitch, language: str, page: str, term: str
) -> None:
    checker = Checker(store)
    rule.take_out(checker.finder, "windows", windows_without(checker, "sister_terms"))
    quotes = [
        q
        for q in checker.check_text(page).quotes
        if "sous-traitant" in q.text or "processor" in q.text
    ]
    assert quotes, language
    if not rule.on:
        assert any(q.verdict == "altered" and q.match and q.match.article == "32" for q in quotes)
        return
    assert all(q.match is None and q.verdict == "unmatched" for q in quotes), language
    assert any(term in n and "another instrument" in n for q in quotes for n in q.notes)


def test_an_exact_copy_after_the_formula_keeps_its_link(store: Store) -> None:
    """The regulation's own sentence word for word after the formula: the same words, whichever
    instrument they stand in."""
    exact = _FR.replace(
        "ne les traite que sur instruction", "ne les traite pas, excepté sur instruction"
    )
    quotes = [q for q in Checker(store).check_text(exact).quotes if q.match is not None]
    assert [q.match.article for q in quotes if q.match is not None] == ["32"]
    assert quotes[0].verdict in ("verbatim", "minor")


def test_an_article_that_has_the_formula_itself_is_not_unlinked(store: Store) -> None:
    """GDPR Art. 85(2) itself says "Member States shall provide for": a near-copy of it is the
    regulation's, altered."""
    words = stored_words(store, GDPR, "85", "For processing carried out", "freedom of expression")
    changed = words.replace("if they are necessary", "when they are needed")
    assert changed != words
    page = f"Journalism\n{changed}.\n"
    quotes = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    assert quotes and all(q.match.article == "85" for q in quotes if q.match is not None)
