"""A reproduction of a stored article that cites, inside its own paragraphs, a law the store
lacks, on a page that never names the stored law, is another text of that article (a version
another law adapted, an amended copy): its changed pieces are not linked, its exact ones keep
their link (issue 14, point 3; heldout21: the UK GDPR's Art. 43, "the Commissioner" for the EU
text's supervisory authority and "section 17 of the 2018 Act" in its first paragraph, four pieces
linked `altered` to the EU GDPR's Art. 43; pipeline/adapted_copy.py).

Each case runs with the rule on and off. Statute words come from the shipped store; the changes
(another body named, a law the store lacks cited) and the pages are written for these tests, the
Traditional ones converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_paragraphs

from lawref.pipeline import other_text
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(shipped_store_with(GDPR, PIPL))


def _english(store: Store, title: str = "") -> tuple[str, str, str]:
    """GDPR Art. 33's first two paragraphs as another text has them: the first with the
    Commissioner for the supervisory authority and a section of the 2018 Act cited after it,
    the second word for word."""
    first, second = stored_paragraphs(store, GDPR, "33")[:2]
    changed = first.split(" Where the notification")[0].replace(
        "the supervisory authority competent in accordance with Article\xa055", "the Commissioner"
    )
    assert "Commissioner" in changed
    page = (
        f"{title}Article 33\n\nNotification of a personal data breach\n\n1. {changed} That duty "
        f"is subject to the exemptions in section 67 of the 2018 Act.\n\n2. {second}\n"
    )
    return page, changed[:40], second[:40]


def _chinese(store: Store, script: str, title: str = "") -> tuple[str, str, str]:
    """PIPL Art. 52's two paragraphs as another text has them: the first with another body
    named and an ordinance the store lacks cited after it, the second word for word."""
    first, second = stored_paragraphs(store, PIPL, "52")[:2]
    changed = first.replace("国家网信部门", "个人资料私隐专员公署")
    assert changed != first
    page = (
        f"{title}第五十二条\n\n{changed}具体程序依照《个人资料（私隐）条例》第三十三条办理。\n\n"
        f"{second}\n"
    )
    if script == "traditional":
        page = traditional(page)
        changed, second = traditional(changed), traditional(second)
    return page, changed[:12], second[:12]


def _page(store: Store, case: str, title: bool = False) -> tuple[str, str, str]:
    if case == "english":
        return _english(store, "The GDPR\n\n" if title else "")
    return _chinese(store, case, "中华人民共和国个人信息保护法\n\n" if title else "")


def _quote(checker: Checker, page: str, opening: str) -> Quote:
    found = [
        q for q in checker.check_text(page).quotes if q.text.lstrip("12. ").startswith(opening)
    ]
    assert found, page
    return found[0]


CASES = ["english", "simplified", "traditional"]
ARTICLE = {"english": (GDPR, "33"), "simplified": (PIPL, "52"), "traditional": (PIPL, "52")}


@pytest.mark.parametrize("case", CASES)
def test_the_changed_piece_of_an_adapted_copy_is_not_linked(
    checker: Checker, rule: RuleSwitch, case: str
) -> None:
    rule.take_out(
        other_text, "adapted_copies", lambda text, spans, weighed, citations, store: weighed
    )
    page, changed, exact = _page(checker.store, case)
    quote = _quote(checker, page, changed)
    if rule.on:
        assert quote.verdict == "unmatched" and quote.match is None
        assert any("another text of Art." in note for note in quote.notes)
    else:
        assert quote.verdict == "altered"
        assert quote.match is not None
        assert (quote.match.statute, quote.match.article) == ARTICLE[case]
    kept = _quote(checker, page, exact)
    assert kept.verdict == "verbatim"
    assert kept.match is not None and (kept.match.statute, kept.match.article) == ARTICLE[case]


@pytest.mark.parametrize("case", CASES)
def test_a_page_that_names_the_stored_law_keeps_the_changed_piece_altered(
    checker: Checker, case: str
) -> None:
    """The page presents the words as the stored law's: a changed piece is an altered quotation."""
    page, changed, _ = _page(checker.store, case, title=True)
    quote = _quote(checker, page, changed)
    assert quote.verdict == "altered"
    assert quote.match is not None and (quote.match.statute, quote.match.article) == ARTICLE[case]
