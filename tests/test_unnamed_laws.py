"""A reference that points to one particular law the text names nowhere — by the capitalised short
name a writer gives it ("Pursuant to art. 23 of the Regulation, …") or as "the said" law
(该条例第二十三条, 該法第七條) — is a citation of a law the text does not name, not no citation
(issue 14, the fifth held-out set: a 2015 post paraphrasing the draft GDPR's Art. 23 was linked,
uncited, to the enacted Art. 28 as altered). The quotation beside it is `unverified`, and a near-
copy of a stored article is not linked in its stead. A lower-case "Article 7 of the law" names
no particular law and stays no citation (citations/inference.py ``unnamed_laws``, the grammar's
``defined_after`` and ``defined_before`` windows).

Each case runs with the rule on and off. The sentences are written for these tests (the quoted
words are stored articles' with words of ours put in), the Traditional-script ones converted by
hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations.find import CitationFinder
from lawref.citations.inference import UNNAMED_LAW
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, NIL)


# (text, the reference's article, whether it points to one particular law)
REFERENCES = [
    ("Pursuant to art. 23 of the Regulation, the controller shall act.", "23", True),
    ("Article 5 of the Act sets the fines.", "5", True),
    ("报道说，该条例第二十三条规定了罚则。", "23", True),
    ("據稱該法第七條也有規定。", "7", True),
    # generic: no particular law
    ("Critics cite the law often. Article 7 of the law is the one they mean.", "7", False),
]


def _take_rule_out(rule: RuleSwitch) -> None:
    rule.take_out(find_module, "unnamed_laws", lambda text, found, *rest: found)


@pytest.mark.parametrize("case", range(len(REFERENCES)))
def test_a_reference_to_a_law_the_text_never_names_is_a_citation_of_no_stored_law(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    text, article, particular = REFERENCES[case]
    _take_rule_out(rule)
    found = CitationFinder(store).find(text)
    if particular and rule.on:
        (citation,) = found
        assert citation.statute is None and citation.article == article
        assert citation.note == UNNAMED_LAW
    else:
        assert found == []


# (document, the quotation)
QUOTES = [
    (
        'Under Article 9 of the Regulation, "the data subject shall have the right to obtain from '
        "the controller the erasure of personal data concerning him or her within a reasonable "
        'time".',
        "the data subject shall have the right to obtain from the controller the erasure",
    ),
    (
        "报道指出，该条例第二十三条规定：“任何组织和公民都应当依法支持、协助和配合国家情报工作，"
        "保守所知悉的国家秘密。”",
        "任何组织和公民都应当依法支持",
    ),
    (
        "報道指出，該條例第二十三條規定：「任何組織和公民都應當依法支持、協助和配合國家情報工作，"
        "保守所知悉的國家秘密。」",
        "任何組織和公民都應當依法支持",
    ),
]


@pytest.mark.parametrize("case", range(len(QUOTES)))
def test_a_near_copy_cited_as_a_law_the_text_never_names_is_not_linked(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    document, opening = QUOTES[case]
    _take_rule_out(rule)
    (quote,) = [q for q in Checker(store).check_text(document).quotes if opening in q.text]
    if rule.on:
        assert quote.match is None and quote.verdict == "unmatched"
        assert quote.attribution == "unverified"
        assert any("a law the text does not name" in note for note in quote.notes)
    else:
        assert quote.match is not None and quote.verdict == "altered"
        assert quote.attribution == "uncited"
