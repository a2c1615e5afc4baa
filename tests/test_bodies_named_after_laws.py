"""A body named after a law — the Committee for the Basic Law (基本法委员会, set up under the Basic
Law's Arts. 17 and 158), "the Basic Law Committee", a fund an act set up ("the CHIPS for America
Fund") — is a body, no citation of any law (issue 14; the class seen on heldout22: the Hong Kong
Bar Association's 徵詢香港特別行政區基本法委員會 read as the Basic Law, and "the CHIPS for America Fund"
as the CHIPS Act). Nor is it a law that "the legislation" after it points back to (statutes/grammar/joins.yaml
``body_named_after``; citations/naming.py, citations/find.py). The law named alone stays the law.

Each case runs with the rule on and off: off, the grammar without the new alternatives. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

BL = "cn-hong-kong-basic-law"
CHIPS = "us-chips-semiconductor-incentives"
NEW = "^\\s{1,2}(?:Committee|Fund)\\b|^\\s{0,2}(?:委员会|委員會|委員会)"
EXAMPLES = (
    "      - text: 委員會和香港特別行政區政府\n        finds: 委員會\n"
    "      - text: ' Committee on'\n        finds: ' Committee'\n"
    "      - text: ' Fund includes'\n        finds: ' Fund'\n"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(BL, CHIPS)


@pytest.fixture(scope="module")
def grammar_without_bodies(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    root = tmp_path_factory.mktemp("grammar-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "joins.yaml":
            assert NEW in text and EXAMPLES in text
            text = text.replace(NEW, "(?!)").replace(EXAMPLES, "")
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


# (text, the law's name, the statute its citation resolves to with the rule on, off)
CASES = [
    ("全國人大常委會在徵詢香港特別行政區基本法委員會的意見後作出決定。", "基本法", None, BL),
    ("全国人大常委会在征询香港特别行政区基本法委员会的意见后作出决定。", "基本法", None, BL),
    ("The Basic Law Committee of the NPCSC was consulted first.", "Basic Law", None, BL),
    ("Most prominently, the CHIPS for America Fund includes $39 billion.", "CHIPS", None, CHIPS),
    # "the legislation" after the body: the law named before it, rule on or off
    (
        "The CHIPS Act funds new fabs. The CHIPS for America Fund is large. The legislation caps "
        "each award.",
        "legislation",
        CHIPS,
        CHIPS,
    ),
    # the law alone: the law
    ("《基本法》第十八條規定了全國性法律的實施。", "基本法", BL, BL),
    ("《基本法》第十八条规定了全国性法律的实施。", "基本法", BL, BL),
    ("Article 158 of the Basic Law vests the power of interpretation.", "Basic Law", BL, BL),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_body_named_after_a_law_is_not_the_law(
    store: Store, grammar_without_bodies: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, name, on, off = CASES[case]
    finder = CitationFinder(store) if rule.on else CitationFinder(store, grammar_without_bodies)
    at = text.index(name)
    found = [c for c in finder.find(text) if c.start <= at < c.end]
    assert ({c.statute for c in found} or {None}) == {on if rule.on else off}, [
        (c.text, c.statute, c.note) for c in found
    ]
