"""A penalty quoted with other amounts than the stored article's accuses nobody (issue 14,
item 2; pipeline/penalty_amounts.py).

A draft's or an amendment's fine for breaches of Arts. 21 and 25 ("对不履行者，罚则改为“处五万元
以上五十万元以下罚款……”") stands word for word in another penalty article (the 2016 text's Art.
60, which punishes breaches of other articles), while Art. 59, which punishes breaches of the
cited ones, holds the same words with other amounts: the citation is not shown wrong, so the
quotation is `unverified` with a note, not `misattributed`. A citation that presents the words
as its text ("第二十一条规定：…"), or that names an article no penalty holding the words
enforces, still accuses. Each case runs with the rule on (the right answer) and off (the old,
false claim). Statute words come from the shipped store; the sentences around them are written
for these tests, and the Traditional-script penalty is converted by hand (a test holds it to
the stored words). English: a fine whose amounts a draft changed, under an article whose breach
the GDPR's Art. 83 punishes.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import attribution, breach_told
from lawref.pipeline.checker import Checker
from lawref.pipeline.penalty_amounts import mask_numbers
from lawref.store.files import Store
from lawref.text.normalize import letters_form

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


def _between(text: str, start: str, end: str) -> str:
    at = text.index(start)
    return text[at : text.index(end, at)]


def _penalty_59(store: Store) -> str:
    """The 2016 Art. 59(1) penalty, for breaches of Arts. 21 and 25."""
    return _between(stored_article(store, CSL, "59", "2016").text, "处一万元", "。")


def _penalty_60(store: Store) -> str:
    """The 2016 Art. 60 penalty: Art. 59's words with other amounts."""
    return _between(stored_article(store, CSL, "60", "2016").text, "处五万元", ":")


PENALTY_60_HANT = "處五萬元以上五十萬元以下罰款，對直接負責的主管人員處一萬元以上十萬元以下罰款"


def test_the_traditional_penalty_is_the_stored_words(store: Store) -> None:
    assert letters_form(PENALTY_60_HANT).text == letters_form(_penalty_60(store)).text


def _gdpr_fine(store: Store) -> tuple[str, str]:
    """Art. 83(4)'s fine (for breaches of Articles 8, 11, 25 to 39 …) as a draft might have had
    it, with Art. 83(5)'s amounts: words the store holds only with 83(5)'s own amounts — the
    quotation, and what the store holds of it."""
    text = stored_article(store, GDPR, "83").text
    fine_5 = _between(text, "subject to administrative fines up to 20", ", whichever")
    return fine_5, fine_5


CASES = [
    (
        "zh-Hans",
        lambda s: (
            f"《网络安全法》第二十一条讲的是运营者的义务。对不履行者，罚则改为“{_penalty_60(s)}”。"
        ),
        _penalty_60,
    ),
    (
        "zh-Hant",
        lambda s: (
            f"《網絡安全法》第二十一條講的是運營者的義務。對不履行者，罰則改為「{PENALTY_60_HANT}」。"
        ),
        lambda s: PENALTY_60_HANT,
    ),
]


def _the_quote(checker: Checker, document: str, words: str):  # noqa: ANN202 - a report Quote
    report = checker.check_text(document, "test")
    found = [q for q in report.quotes if q.text == words]
    assert len(found) == 1, [q.text for q in report.quotes]
    return found[0]


@pytest.mark.parametrize(("language", "build", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_penalty_with_other_amounts_accuses_nobody(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    language: str,
    build,  # noqa: ANN001
    words,  # noqa: ANN001
) -> None:
    rule.take_out(attribution, "other_amounts_note", lambda *a: None)
    # "对违反者" speaks of the breach: pipeline/breach_told.py would spare the claim too, so it is
    # taken out as well, to show this rule's own part.
    rule.take_out(breach_told, "names_breach", lambda text: False)
    quote = _the_quote(checker, build(store), words(store))
    assert quote.match is not None and quote.match.article == "60"
    assert quote.verdict == "verbatim"
    if rule.on:
        assert quote.attribution == "unverified", language
        assert any("other amounts" in n for n in quote.notes)
    else:
        assert quote.attribution == "misattributed", language


PRESENTED = [
    ("zh-Hans", "《网络安全法》第二十一条规定：“{}”。"),
    ("zh-Hant", "《網絡安全法》第二十一條規定：「{}」。"),
]


@pytest.mark.parametrize(("language", "template"), PRESENTED, ids=[p[0] for p in PRESENTED])
def test_a_citation_presenting_the_penalty_as_its_text_still_accuses(
    store: Store, checker: Checker, language: str, template: str
) -> None:
    words = _penalty_60(store) if language == "zh-Hans" else PENALTY_60_HANT
    quote = _the_quote(checker, template.format(words), words)
    assert quote.attribution == "misattributed"


@pytest.mark.parametrize("cited", ["第四十四条", "第四十四條"])
def test_an_article_no_penalty_holding_the_words_enforces_still_accuses(
    store: Store, checker: Checker, cited: str
) -> None:
    words = _penalty_60(store)
    document = f"《网络安全法》{cited}讲的是个人信息。对违反者，罚则改为“{words}”。"
    quote = _the_quote(checker, document, words)
    assert quote.attribution == "misattributed"


def test_english_words_without_other_amounts_are_left_to_the_other_rules(
    store: Store, checker: Checker
) -> None:
    """English: the GDPR's fines stand in one article (83), which names the duties it enforces
    itself (pipeline/cross_references.py makes that citation consistent); no other article holds
    them with other amounts, so this rule adds nothing and a citation outside Art. 83's lists
    still accuses."""
    fine, _ = _gdpr_fine(store)
    quote = _the_quote(checker, f'Article 50 GDPR: breaches are "{fine}".', fine)
    assert quote.attribution == "misattributed"
    assert not any("other amounts" in n for n in quote.notes)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("处一万元以上十万元以下罚款", "处0元以上0元以下罚款"),
        ("處五萬元以上五十萬元以下罰款", "处0元以上0元以下罚款"),
        ("up to 10 000 000 EUR, or 2 %", "upto0euror0"),
    ],
)
def test_numbers_are_masked_as_one_mark_each(text: str, masked: str) -> None:
    assert mask_numbers(letters_form(text).text) == masked


@pytest.mark.parametrize(
    ("language", "template"),
    [
        ("zh-Hans", "《网络安全法》第二十一条讲的是运营者的义务。对不履行者，罚则为“{}”。"),
        ("zh-Hant", "《網絡安全法》第二十一條講的是運營者的義務。對不履行者，罰則為「{}」。"),
    ],
)
def test_without_a_word_of_change_the_amounts_are_the_laws_and_the_citation_wrong(
    store: Store, checker: Checker, language: str, template: str
) -> None:
    words = _penalty_60(store) if language == "zh-Hans" else PENALTY_60_HANT
    quote = _the_quote(checker, template.format(words), words)
    assert quote.attribution == "misattributed"
