"""An anaphor that calls the law revised — "the revised law", 修订后的法律, 改正法 — points back
to the law the text called revised, not to another law named after it (issue 14; the class seen
on the twenty-first held-out set: a report on the revised State Secrets Law that mentions the
Counter-espionage Law's update in passing, whose "the revised law" was read as the law named
last). When the text called no law revised, the law named before, as any anaphor; when the law
called revised is one the store lacks, nothing.

Each case runs with the rule on and off (citations/references.py calls
citations/revised_anaphor.py ``revised_reading``)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import references
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

SECRETS = "cn-state-secrets-law"
CEL = "cn-counter-espionage-law"
ECL = "cn-export-control-law"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(SECRETS, CEL, ECL, DSL)


# (text, the anaphor's words, statutes cited there with the rule on, with it off)
CASES = [
    (
        "Lawmakers passed the revised State Secrets Law in February. The Counter-espionage Law "
        "was updated a year before. The revised law now covers work secrets as well.",
        "The revised law",
        {SECRETS},
        {CEL},
    ),
    (
        "全国人大常委会通过了修订后的《保守国家秘密法》。去年《反间谍法》也作了修改。修订后的法律将于五月起施行。",
        "修订后的法律",
        {SECRETS},
        {CEL},
    ),
    (
        "立法機關通過了修訂後的《保守國家秘密法》。去年《反間諜法》也有更新。修訂後的法律將於五月起施行。",
        "修訂後的法律",
        {SECRETS},
        {CEL},
    ),
    (
        "全人代常務委員会は改正『反スパイ法』を可決した。昨年は『データセキュリティ法』も施行された。改正法は七月に施行される。",
        "改正法",
        {CEL},
        {DSL},
    ),
    # no law was called revised: the law named before, as any anaphor
    (
        "The Export Control Law took effect in 2020. The revised law adds a list of controlled items.",
        "The revised law",
        {ECL},
        {ECL},
    ),
    # the law called revised is one the store lacks: it is the one meant
    (
        "Lawmakers passed the revised Foreign Trade Law. The Export Control Law came later. The "
        "revised law removes the registration of traders.",
        "The \nrevised law",
        set(),
        {ECL},
    ),
]


def _cited(finder: CitationFinder, text: str, words: str) -> set[str | None]:
    words = " ".join(words.split())
    return {c.statute for c in finder.find(text) if " ".join(c.text.split()) == words}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_revised_law_is_the_law_called_revised(
    finder: CitationFinder, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    rule.take_out(references, "revised_reading", lambda anaphor, text, found, named: named)
    found = _cited(finder, text, words)
    assert found == (on if rule.on else off), [(c.text, c.statute) for c in finder.find(text)]
