"""The AI Act cited in Spanish (issue 14; the class seen on the eighteenth held-out set: three
Spanish pages on the Regulation whose names for it and whose "artículo 5.1" were all left
unresolved): its Spanish short title, Reglamento de Inteligencia Artificial, the short form
Reglamento de IA and its number as Reglamento (UE) 2024/1689 (aliases in statutes/eu/ai-act.yaml),
with the articles cited after them; and an article's paragraph numbered after a point, "artículo
5.1" (Art. 5(1)), as English writing's "Article 5.1" is (en.yaml ``article-decimal``). English
and Chinese citations of the Regulation are read as before. The sentences are written for these
tests.

Each case runs with the rule on and off: off, the store without the Spanish names and the decimal
template without artículo."""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.templates import CitationGrammar, load_grammar
from lawref.store.files import Store, shipped_store_path

AI_ACT = "eu-ai-act"
GDPR = "eu-gdpr"
SPANISH_NAMES = (
    "Reglamento de Inteligencia Artificial",
    "Reglamento de IA",
    "Reglamento (UE) 2024/1689",
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(AI_ACT, GDPR)


def without_spanish_names(store: Store) -> Store:
    bare = Store(roots=list(store.roots))
    for statute in store:
        if statute.id == AI_ACT:
            aliases = [a for a in statute.aliases if a not in SPANISH_NAMES]
            statute = statute.model_copy(update={"aliases": aliases})
        bare.add(statute, store.files[statute.id])
    return bare


# (text, the citation's words, (statute, article) with the rules on, with them off; None: no
# such citation)
CASES = [
    (
        "El Reglamento de Inteligencia Artificial entró en vigor el 1 de agosto de 2024.",
        "Reglamento de Inteligencia Artificial",
        (AI_ACT, None),
        None,
    ),
    (
        "Según el artículo 50 del Reglamento de IA, los usuarios deben ser informados.",
        "artículo 50 del Reglamento de IA",
        (AI_ACT, "50"),
        None,
    ),
    (
        "El Reglamento (UE) 2024/1689 fija normas armonizadas.",
        "Reglamento (UE) 2024/1689",
        (AI_ACT, None),
        None,
    ),
    (
        "Según el artículo 5.1 del RGPD, los datos se tratarán de manera lícita.",
        "artículo 5.1 del RGPD",
        (GDPR, "5"),
        None,
    ),
    # English and Chinese: unchanged
    (
        "Article 5.1 of the AI Act lists prohibited practices.",
        "Article 5.1 of the AI Act",
        (AI_ACT, "5"),
        (AI_ACT, "5"),
    ),
    (
        "欧盟《人工智能法案》第五十条规定了透明度义务。",
        "《人工智能法案》第五十条",
        (AI_ACT, "50"),
        (AI_ACT, "50"),
    ),
    (
        "歐盟《人工智慧法案》第五十條規定了透明度義務。",
        "《人工智慧法案》第五十條",
        (AI_ACT, "50"),
        (AI_ACT, "50"),
    ),
]


@pytest.fixture(scope="module")
def grammar_without_decimal_articulo(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    """The shipped grammar with en.yaml's ``article-decimal`` as it was before artículo."""
    root = tmp_path_factory.mktemp("grammar-off")
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "en.yaml":
            changed = text.replace("|[Aa]rt[íi]culos?)\\s{0,3}(?P<items>", ")\\s{0,3}(?P<items>")
            changed = re.sub(r"      - text: artículo 5\.1\n(?:        .*\n){2}", "", changed)
            assert changed != text
            text = changed
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_ai_act_cited_in_spanish(
    store: Store, grammar_without_decimal_articulo: CitationGrammar, rule: RuleSwitch, case: int
) -> None:
    text, words, on, off = CASES[case]
    if rule.on:
        finder = CitationFinder(store)
    else:
        finder = CitationFinder(without_spanish_names(store), grammar_without_decimal_articulo)
    found = [(c.statute, c.article) for c in finder.find(text) if c.text == words]
    expected = on if rule.on else off
    assert found == ([expected] if expected else []), [
        (c.text, c.statute, c.article) for c in finder.find(text)
    ]
