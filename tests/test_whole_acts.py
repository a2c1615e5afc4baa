"""An act named as a whole when the store holds only some of its sections (the lead's decision of
round fifteen; lawref/citations/whole_acts.py): "the CLOUD Act", "the Clarifying Lawful Overseas
Use of Data Act" name no stored statute, though the store holds the Act's section 103 (18 U.S.C.
2713) and section 105 (18 U.S.C. 2523); a section named with the Act is still that section. A
quotation of either section's words under the Act's bare name is linked to its section and
`unverified` (the store cannot tell which of the Act's sections the writer meant): before, the
name was read as 2713, so 2713's words were `consistent` as if the section were cited, and
2523's too, by 2523's descriptive alias "CLOUD Act executive agreements", which held the Act's
name (gone with the decision).

Table-driven in English, Simplified and Traditional Chinese. The rule-off run undoes the decision:
the bare names back among 2713's aliases (as the store had them) and the grammar's list of whole
acts taken out. The sentences are written for these tests."""

from __future__ import annotations

import dataclasses

import pytest
from rule_switch import RuleSwitch
from stored import cited_over, shipped_store_with, stored_words

from lawref.citations import walk
from lawref.citations.find import CitationFinder
from lawref.citations.templates import shipped_grammar
from lawref.citations.whole_acts import WHOLE_ACT_WORDS
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

S2713 = "us-18-usc-2713"
S2523 = "us-18-usc-2523"
S2411 = "us-19-usc-2411"
S4565 = "us-50-usc-4565"
# The names each section carried as aliases (or, 2411, as its title) before the decision.
FORMER_ALIASES = {
    S2713: ["CLOUD Act", "Clarifying Lawful Overseas Use of Data Act", "US CLOUD Act"],
    S2523: ["CLOUD Act executive agreements"],
    S2411: ["Trade Act of 1974", "Trade Act"],
    S4565: [
        "Defense Production Act of 1950",
        "Defense Production Act",
        "Section 721 of the Defense Production Act",
    ],
}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(S2713, S2523, S2411, S4565)


@pytest.fixture(scope="module")
def undone(store: Store) -> Store:
    """The store as it was before the decision: the Act's bare names among the aliases."""
    before = Store(roots=list(store.roots))
    for statute in store:
        if statute.id in FORMER_ALIASES:
            aliases = [*FORMER_ALIASES[statute.id], *statute.aliases]
            statute = statute.model_copy(update={"aliases": aliases})
        before.add(statute, store.files[statute.id])
    return before


def _finder(rule: RuleSwitch, store: Store, undone: Store) -> CitationFinder:
    if rule.on:
        return CitationFinder(store)
    grammar = shipped_grammar()
    words = {name: listed for name, listed in grammar.words.items() if name != WHOLE_ACT_WORDS}
    # (another digest: the compiled cache keeps a names table per grammar digest)
    without = dataclasses.replace(grammar, words=words, digest=f"{grammar.digest}-no-whole-acts")
    return CitationFinder(undone, grammar=without)


def _checker(rule: RuleSwitch, store: Store, undone: Store) -> Checker:
    checker = Checker(store if rule.on else undone)
    checker._finder = _finder(rule, store, undone)
    return checker


# (text, the citation's words, what it cites with the decision, … and without it)
CASES = [
    (
        "The CLOUD Act lets American authorities reach data that providers keep abroad.",
        "CLOUD Act",
        (None, None),
        (S2713, None),
    ),
    (
        "In March 2018 Congress passed the Clarifying Lawful Overseas Use of Data Act.",
        "Clarifying Lawful Overseas Use of Data Act",
        (None, None),
        (S2713, None),
    ),
    (
        "European regulators worry about the US CLOUD Act and its reach.",
        "US CLOUD Act",
        (None, None),
        (S2713, None),
    ),
    # a section named with the Act is that section, either way
    (
        "Section 103 of the CLOUD Act settles where the data may be.",
        "Section 103 of the CLOUD Act",
        (S2713, "2713"),
        (S2713, "2713"),
    ),
    (
        "Agreements with other states are made under Section 105 of the CLOUD Act.",
        "Section 105 of the CLOUD Act",
        (S2523, "2523"),
        (S2523, "2523"),
    ),
    # The Trade Act of 1974 (round sixteen): the store holds its section 301, not the Act
    (
        "Tariffs on steel were once justified under the Trade Act of 1974.",
        "Trade Act of 1974",
        (None, None),
        (S2411, None),
    ),
    (
        "The Trade Act gives the trade representative wide powers.",
        "Trade Act",
        (None, None),
        (S2411, None),
    ),
    (
        "The investigation was opened under Section 301 of the Trade Act.",
        "Section 301 of the Trade Act",
        (S2411, "2411"),
        (S2411, "2411"),
    ),
    (
        "Section 301 of the Trade Act of 1974 authorises retaliation.",
        "Section 301 of the Trade Act of 1974",
        (S2411, "2411"),
        (S2411, "2411"),
    ),
    # The Defense Production Act of 1950 (round sixteen, second wave): the store holds its
    # section 721 (50 U.S.C. 4565), not the Act
    (
        "Washington can order factories to make ventilators under the Defense Production Act.",
        "Defense Production Act",
        (None, None),
        (S4565, None),
    ),
    (
        "The committee was set up long after the Defense Production Act of 1950 was passed.",
        "Defense Production Act of 1950",
        (None, None),
        (S4565, None),
    ),
    (
        "Section 721 of the Defense Production Act lets the President block a takeover.",
        "Section 721 of the Defense Production Act",
        (S4565, "4565"),
        (S4565, "4565"),
    ),
    (
        "Reviews rest on Section 721 of the Defense Production Act of 1950, as amended.",
        "Section 721 of the Defense Production Act of 1950",
        (S4565, "4565"),
        (S4565, "4565"),
    ),
    # Simplified Chinese: the English name in brackets after the Chinese one
    (
        "美国《云法案》(CLOUD Act)允许执法机构调取存储在境外的数据。",
        "CLOUD Act",
        (None, None),
        (S2713, None),
    ),
    (
        "美国依据《1974年贸易法》(Trade Act of 1974)对进口商品加征关税。",
        "Trade Act of 1974",
        (None, None),
        (S2411, None),
    ),
    (
        "总统援引《国防生产法》(Defense Production Act)要求企业优先履行合同。",
        "Defense Production Act",
        (None, None),
        (S4565, None),
    ),
    # Traditional Chinese
    (
        "總統援引《1950年國防生產法》(Defense Production Act of 1950)要求企業優先生產。",
        "Defense Production Act of 1950",
        (None, None),
        (S4565, None),
    ),
    (
        "美國《澄清境外合法使用數據法》(US CLOUD Act)允許執法機構調取存儲在境外的數據。",
        "US CLOUD Act",
        (None, None),
        (S2713, None),
    ),
]


@pytest.mark.parametrize(("text", "words", "on", "off"), CASES)
def test_the_act_named_whole_names_no_stored_section(
    rule: RuleSwitch,
    store: Store,
    undone: Store,
    text: str,
    words: str,
    on: tuple[str | None, str | None],
    off: tuple[str | None, str | None],
) -> None:
    cited = cited_over(_finder(rule, store, undone), text, words)
    assert cited == ({on} if rule.on else {off})


# A list of sections named with the Act: each the section it is (the stored one resolves, the
# others name a section the store does not hold); without the rule, the list names none of them.
LISTS = [
    (
        "Sections 201 and 301 of the Trade Act of 1974 both allow tariffs.",
        {("201", None), ("2411", S2411)},
    ),
    (
        "Sections 103 and 105 of the CLOUD Act govern access to data abroad.",
        {("2713", S2713), ("2523", S2523)},
    ),
    (
        "Sections 303 and 721 of the Defense Production Act of 1950 are both invoked.",
        {("303", None), ("4565", S4565)},
    ),
    ("《1974年贸易法》第201条和第301条都允许加征关税。", {("201", None), ("2411", S2411)}),
    ("美國《1974年貿易法》第201條及第301條均授權加徵關稅。", {("201", None), ("2411", S2411)}),
]


@pytest.mark.parametrize(("text", "wanted"), LISTS)
def test_each_section_of_a_list_named_with_the_whole_act_is_itself(
    rule: RuleSwitch, store: Store, text: str, wanted: set[tuple[str, str | None]]
) -> None:
    rule.take_out(walk, "listed_section", lambda names, named, number: named)
    found = {(c.article, c.statute) for c in CitationFinder(store).find(text)}
    if rule.on:
        assert found == wanted
    else:
        assert not {statute for _, statute in found} - {None}


def test_the_act_named_whole_says_the_store_holds_only_sections(store: Store) -> None:
    (citation,) = CitationFinder(store).find("They all cite the CLOUD Act.")
    assert citation.statute is None
    assert citation.note is not None and "only some of its sections" in citation.note


def _words_2713(store: Store) -> str:
    return stored_words(store, S2713, "2713", "regardless of whether", "United States")


def _words_2523(store: Store) -> str:
    return stored_words(store, S2523, "2523", "the domestic law of the foreign", "civil liberties")


def _words_4565(store: Store) -> str:
    return stored_words(
        store, S4565, "4565", "take such action for such time", "impair the national security"
    )


# (text made of the stored words, the section they are from, the attribution with the decision,
# … and without it)
QUOTES = [
    (
        lambda s: f'The CLOUD Act obliges providers to disclose data "{_words_2713(s)}."',
        S2713,
        "unverified",
        "consistent",
    ),
    (
        lambda s: (
            "Under the CLOUD Act an agreement needs a finding that "
            f'"{_words_2523(s)}", the Attorney General must certify.'
        ),
        S2523,
        "unverified",
        "consistent",
    ),
    (
        lambda s: f"美国《云法案》(CLOUD Act)规定，服务提供者必须披露数据，“{_words_2713(s)}”。",
        S2713,
        "unverified",
        "consistent",
    ),
    (
        lambda s: f"美國《雲法案》(CLOUD Act)要求司法部長證明：“{_words_2523(s)}”。",
        S2523,
        "unverified",
        "consistent",
    ),
    (
        lambda s: f'Under the Defense Production Act "{_words_4565(s)}," the statute says.',
        S4565,
        "unverified",
        "consistent",
    ),
    (
        lambda s: f"根据美国《国防生产法》(Defense Production Act)，“{_words_4565(s)}”。",
        S4565,
        "unverified",
        "consistent",
    ),
]


@pytest.mark.parametrize(("make", "section", "on", "off"), QUOTES)
def test_a_section_quoted_under_the_whole_act_is_unverified(
    rule: RuleSwitch,
    store: Store,
    undone: Store,
    make: object,
    section: str,
    on: str,
    off: str,
) -> None:
    text = make(store)  # type: ignore[operator]
    (quote,) = [q for q in _checker(rule, store, undone).check_text(text).quotes if q.match]
    assert quote.match is not None and quote.match.statute == section
    assert quote.attribution == (on if rule.on else off)
