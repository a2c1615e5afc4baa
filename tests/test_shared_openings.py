"""A sentence that opens with an article's words and then carries on in words of its own shares
only its opening with the article (issue 14, the fifth held-out set: a draft's "Providers shall
ensure that AI systems … in such a way that the AI system, the provider itself or the user
informs …", which the enacted Art. 50 words differently, was linked to Art. 50 and, cited as the
draft's Article 52, called a misattribution). The writer's clause goes straight on from the
law's words (no comma between) and the sentence runs on, across its commas, for four words or
more while the stored clause goes on with others: not reported, unless a citation attached to it
names that article (pipeline/sentence.py ``opening_runs_on``).

Each case runs with the rule on and off. Statute words come from the shipped store; the
sentences around them are written for these tests, the Traditional-script opening converted by
hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import sentence
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"
# The Cybersecurity Law's article on industry organisations, its opening in Traditional script.
CSL_OPENING = "网络相关行业组织按照章程"
CSL_TRAD_OPENING = "網絡相關行業組織按照章程,加強行業自律,制定網絡安全行為規範,指導會員加強網絡"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


def _opening(store: Store, script: str) -> tuple[str, str, set[str]]:
    """An article's opening cut inside a clause (the store's words), its statute and its
    article's numbers (the Cybersecurity Law's article was renumbered in 2025)."""
    if script == "english":
        first = stored_article(store, GDPR, "17").text.split("\n")[0]
        first = first.split("\u00a0\u00a0\u00a0", 1)[-1]
        return first[: first.index(" without undue delay")], GDPR, {"17"}
    statute = store.get(CSL)
    assert statute is not None
    articles = [a for a in statute.articles if a.text.startswith(CSL_OPENING)]
    stored = articles[0].text
    opening = stored[: stored.index("加强网络安全保护") + len("加强网络")]
    numbers = {a.number for a in articles}
    return (CSL_TRAD_OPENING if script == "traditional" else opening), CSL, numbers


# (script, the writer's words after the opening, whether the opening shares only that)
ENDINGS = [
    ("english", " for every customer, by email, within a fortnight and with a receipt.", True),
    ("simplified", "运营，并且定期向社会公布检查的结果。", True),
    ("traditional", "運營，並且定期向社會公布檢查的結果。", True),
    # The writer's words after a comma are a clause of their own: the opening is reported.
    ("english", ", according to the Regulation, in every single case.", False),
    ("simplified", "，这是该法的要求，各方都应当遵守。", False),
    ("traditional", "，這是該法的要求，各方都應當遵守。", False),
]


def _cite(script: str, number: str) -> str:
    return {
        "english": "Article 17 of the GDPR reads: ",
        "simplified": f"网络安全法第{number}条规定：",
        "traditional": f"網絡安全法第{number}條規定：",
    }[script]


def _linked(checker: Checker, document: str, statute: str, numbers: set[str]) -> bool:
    quotes: list[Quote] = checker.check_text(document).quotes
    return any(
        q.match is not None
        and q.verdict != "unmatched"
        and q.match.statute == statute
        and q.match.article in numbers
        for q in quotes
    )


@pytest.mark.parametrize("case", range(len(ENDINGS)))
def test_an_opening_the_writer_carries_on_in_words_of_their_own_is_not_reported(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    script, ending, shared_only = ENDINGS[case]
    rule.take_out(sentence, "opening_runs_on", lambda w, s: False)
    opening, statute, numbers = _opening(store, script)
    checker = Checker(store)
    document = f"A note\n\n{opening}{ending}\n\nMore follows."
    assert _linked(checker, document, statute, numbers) is not (shared_only and rule.on)
    # Cited as that very article, the opening is reported either way.
    cited = f"A note\n\n{_cite(script, max(numbers))}{opening}{ending}\n\nMore follows."
    assert _linked(checker, cited, statute, numbers)
