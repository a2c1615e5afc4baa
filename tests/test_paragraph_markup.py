"""A reproduction of two of the law's paragraphs with the page's HTML paragraph markup scraped in
between ("…进行监督。</p><p>个人信息处理者应当公开…", "<br/>") is two exact paragraphs, not an
altered whole whose tags were inserted words (issue 14, heldout8: the PIPL's Art. 52 in a compiled
page's source).

Each case runs with the rule on and off (reuse/paragraph_markup.py, as reuse/paragraphs.py reads
it); the law's words are the stored ones (the Traditional form converted by hand), the markup and
the rest are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.reuse import paragraphs
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _pipl_52(store: Store) -> tuple[str, str]:
    first, second = stored_article(store, PIPL, "52").text.split("\n\n")
    return first, second


def _pipl_52_hant(store: Store) -> tuple[str, str]:
    table = str.maketrans(
        "个处达国门规数应负责责进监督并将联系报送护职们网务",
        "個處達國門規數應負責責進監督並將聯繫報送護職們網務",
    )
    first, second = _pipl_52(store)
    return first.translate(table).replace("采取", "採取"), second.translate(table)


def _gdpr_37(store: Store) -> tuple[str, str]:
    second = stored_words(store, GDPR, "37", "A group of undertakings", "each establishment.")
    third = stored_words(
        store, GDPR, "37", "Where the controller or the processor is a public", "size."
    )
    return second, third


# (the two paragraphs' maker, the markup between them)
CASES = [
    (_pipl_52, "</p><p>"),
    (_pipl_52_hant, "</p><p>"),
    (_gdpr_37, "<br/>"),
]


@pytest.mark.parametrize(("paragraphs_of", "markup"), CASES)
def test_paragraph_markup_between_two_paragraphs_is_a_break(
    store: Store,
    rule: RuleSwitch,
    monkeypatch: pytest.MonkeyPatch,
    paragraphs_of,
    markup: str,
) -> None:
    rule.take_out(paragraphs, "in_markup", lambda text, difference: False)
    # pipeline/article_paragraphs.py also splits such a reproduction, where the writer starts the
    # article's next paragraph, markup or not: kept out of both runs, so that they show this rule
    # alone
    monkeypatch.setattr(
        checker_module,
        "by_article_paragraph",
        lambda spans, results, groups, match: (list(spans), list(results), list(groups)),
    )
    # and reuse/selected_paragraphs.py, which reports a copy of whole paragraphs line by line
    from lawref.reuse import selected_paragraphs

    monkeypatch.setattr(selected_paragraphs, "each_selected_paragraph", lambda *args: [])
    first, second = paragraphs_of(store)
    document = f"Page\n{first}{markup}{second}\n"
    quotes = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    if not rule.on:
        assert [q.verdict for q in quotes] == ["altered"], [(q.text, q.verdict) for q in quotes]
        return
    assert [(q.text, q.verdict) for q in quotes] == [(first, "verbatim"), (second, "verbatim")]
