"""An article reference that is part of a body's name cites no article (issue 14, the ninth
held-out set's citation precision and its citations of laws the store lacks: a Japanese note on
the EDPB's breach guidelines names 第29条作業部会, the Article 29 Working Party, four times, and
each was read as GDPR Article 29). The words that follow such a reference are the window
``body_after`` of statutes/grammar/bodies.yaml, read by lawref/citations/named_bodies.py; each
case runs with the rule on and off. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find as find_module
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, "cn-hong-kong-basic-law")


BODIES = [
    "The GDPR took over much of what the Article 29 Working Party had advised.",
    "The GDPR followed the Article 29 Data Protection Working Party's opinions.",
    "GDPRについて、旧第29条作業部会がガイドラインを出した。",
    "关于GDPR，第29条工作组发布了指南。",
    "關於GDPR，第29條工作組發布了指南。",
    # a law named after the article: not a citation of the Basic Law's Article 23
    "La Ley Básica de Hong Kong sigue vigente; la Ley del Artículo 23 creó delitos nuevos.",
]


@pytest.mark.parametrize("text", BODIES)
def test_a_body_named_after_an_article(store: Store, rule: RuleSwitch, text: str) -> None:
    rule.take_out(find_module, "names_a_body", lambda *args: False)
    cited = [c for c in CitationFinder(store).find(text) if c.article in ("23", "29")]
    assert bool(cited) is not rule.on


@pytest.mark.parametrize(
    "text",
    [
        "Article 29 of the GDPR binds processors.",
        "GDPR第29条规定了处理者的义务。",
        "GDPR第29條規定了處理者的義務。",
    ],
)
def test_the_article_itself_is_still_cited(store: Store, text: str) -> None:
    assert [(c.statute, c.article) for c in CitationFinder(store).find(text) if c.article] == [
        (GDPR, "29")
    ]
