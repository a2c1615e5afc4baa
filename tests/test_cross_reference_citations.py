"""A citation of an article the quoted provision itself refers to accuses nobody (issue 14,
item 2; pipeline/cross_references.py).

A penalty clause quoted under the article whose duty it enforces ("第二十一条、第二十五条讲的是…
义务。对不履行者，“处一万元以上十万元以下罚款……”" — Art. 59 of the 2016 Cybersecurity Law opens
"不履行本法第二十一条、第二十五条规定的…义务的"), or a penalty whose amounts were changed (an
amendment's or a draft's) and which another article holds but for its numbers, is `unverified`
with a note, not `misattributed`. A citation of an article that no article holding the words
refers to still accuses. Each case runs with the rule on (the right answer) and off (the old,
false claim). Statute words come from the shipped store; the sentences around them are written
for these tests, and the Traditional-script ones are converted by hand (a test holds them to the
stored words).
"""

from __future__ import annotations

import pytest
from stored import shipped_store_with, stored_article

from lawref.pipeline import attribution
from lawref.pipeline.checker import Checker
from lawref.pipeline.cross_references import mask_numbers, referred_numbers
from lawref.store.files import Store
from lawref.text.normalize import letters_form

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


@pytest.fixture(scope="module")
def checker(store: Store) -> Checker:
    return Checker(store)


def _between(text: str, start: str, end: str) -> str:
    at = text.index(start)
    return text[at : text.index(end, at)]


def _penalty_59(store: Store) -> str:
    """The 2016 Art. 59(1) penalty: "处一万元以上十万元以下罚款，对直接负责的主管人员处…罚款"."""
    return _between(stored_article(store, CSL, "59", "2016").text, "处一万元", "。")


def _penalty_60(store: Store) -> str:
    """The 2016 Art. 60 penalty, Art. 59's words with other amounts."""
    return _between(stored_article(store, CSL, "60", "2016").text, "处五万元", ":")


def _gdpr_fine(store: Store) -> str:
    """GDPR Art. 83(5)'s fine; Art. 83(4) lists Articles "8, 11, 25 to 39, and 42 and 43"."""
    text = stored_article(store, GDPR, "83").text
    return _between(text, "subject to administrative fines up to 20", ", whichever")


PENALTY_59_HANT = "處一萬元以上十萬元以下罰款，對直接負責的主管人員處五千元以上五萬元以下罰款"
PENALTY_60_HANT = "處五萬元以上五十萬元以下罰款，對直接負責的主管人員處一萬元以上十萬元以下罰款"


def test_the_traditional_penalties_are_the_stored_words(store: Store) -> None:
    assert letters_form(PENALTY_59_HANT).text == letters_form(_penalty_59(store)).text
    assert letters_form(PENALTY_60_HANT).text == letters_form(_penalty_60(store)).text


# (case, document builder, the quotation's words builder, the article it matches)
CASES = [
    (
        "zh-Hans: the duty's articles, the penalty that enforces them",
        lambda s: (
            f"《网络安全法》第二十一条、第二十五条讲的是运营者的义务。对不履行者，“{_penalty_59(s)}”。"
        ),
        _penalty_59,
        "59",
    ),
    (
        "zh-Hant: the duty's articles, the penalty that enforces them",
        lambda s: (
            "《網絡安全法》第二十一條、第二十五條講的是運營者的義務。對不履行者，"
            f"「{PENALTY_59_HANT}」。"
        ),
        lambda s: PENALTY_59_HANT,
        "59",
    ),
    (
        "zh-Hans: the penalty with changed amounts, another article's words",
        lambda s: (
            f"《网络安全法》第二十一条讲的是运营者的义务。对不履行者，罚则改为“{_penalty_60(s)}”。"
        ),
        _penalty_60,
        "60",
    ),
    (
        "zh-Hant: the penalty with changed amounts, another article's words",
        lambda s: (
            f"《網絡安全法》第二十一條講的是運營者的義務。對不履行者，罰則改為「{PENALTY_60_HANT}」。"
        ),
        lambda s: PENALTY_60_HANT,
        "60",
    ),
    (
        "en: an article inside a range the fine's article lists",
        lambda s: (
            "Article 25 GDPR sets out data protection by design. Under Article 25, breaches are "
            f'"{_gdpr_fine(s)}".'
        ),
        _gdpr_fine,
        "83",
    ),
]


def _the_quote(checker: Checker, document: str, words: str):  # noqa: ANN202 - a report Quote
    report = checker.check_text(document, "test")
    found = [q for q in report.quotes if q.text == words]
    assert len(found) == 1, [q.text for q in report.quotes]
    return found[0]


@pytest.mark.parametrize("rule_on", [True, False], ids=["rule-on", "rule-off"])
@pytest.mark.parametrize(("case", "build", "words", "article"), CASES, ids=[c[0] for c in CASES])
def test_a_citation_the_quoted_provision_refers_to_accuses_nobody(
    store: Store,
    checker: Checker,
    monkeypatch: pytest.MonkeyPatch,
    rule_on: bool,
    case: str,
    build,  # noqa: ANN001
    words,  # noqa: ANN001
    article: str,
) -> None:
    if not rule_on:
        monkeypatch.setattr(attribution, "referred_to_by", lambda *a: None)
    quote = _the_quote(checker, build(store), words(store))
    assert quote.match is not None and quote.match.article == article
    assert quote.verdict == "verbatim"
    if rule_on:
        assert quote.attribution == "unverified", case
        assert any("itself refers to" in n or "refers to;" in n for n in quote.notes)
    else:
        assert quote.attribution == "misattributed", case


@pytest.mark.parametrize(
    ("cited", "language"),
    [("第四十四条", "zh-Hans"), ("第四十四條", "zh-Hant")],
)
def test_an_article_no_holder_of_the_words_refers_to_still_accuses(
    store: Store, checker: Checker, cited: str, language: str
) -> None:
    penalty = _penalty_59(store) if language == "zh-Hans" else PENALTY_59_HANT
    document = f"《网络安全法》{cited}讲的是个人信息。对不履行者，“{penalty}”。"
    quote = _the_quote(checker, document, penalty)
    assert quote.attribution == "misattributed"


def test_an_english_citation_of_an_article_outside_the_ranges_still_accuses(
    store: Store, checker: Checker
) -> None:
    fine = _gdpr_fine(store)
    quote = _the_quote(checker, f'Under Article 50 GDPR, breaches are "{fine}".', fine)
    assert quote.attribution == "misattributed"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("不履行本法第二十一条、第二十五条规定的义务的", {"21", "25"}),
        ("違反本法第三十三條至第三十五條規定的", {"33", "34", "35"}),
        ("依照《中华人民共和国刑法》第一百二十条处罚", set()),  # another law's article
        (
            "pursuant to Articles 8, 11, 25 to 27, and 42 and 43",
            {"8", "11", "25", "26", "27", "42", "43"},
        ),
        ("in accordance with Article 89(1)", {"89"}),
        ("within the meaning of Article 4 of Directive 95/46/EC", set()),  # another instrument
        ("as provided in Section 702 of this Act", {"702"}),
    ],
)
def test_the_articles_a_text_refers_to(text: str, numbers: set[str]) -> None:
    assert referred_numbers(text) == numbers


def test_numbers_are_masked_as_one_mark_each() -> None:
    assert mask_numbers(letters_form("处一万元以上十万元以下罚款").text) == "处0元以上0元以下罚款"
    assert mask_numbers(letters_form("up to 10 000 000 EUR").text) == "upto0eur"


# A citation that presents the words as its own text ("…规定，", "provides that") is the writer
# saying "this is Article N": the penalty set out as the duty's article is a misattribution.
PRESENTED = [
    ("zh-Hans", "《网络安全法》第二十一条规定，“{}”。"),
    ("zh-Hant", "《網絡安全法》第二十一條規定：「{}」。"),
    ("en", 'Article 25 GDPR provides that "{}".'),
]


@pytest.mark.parametrize(("language", "template"), PRESENTED, ids=[p[0] for p in PRESENTED])
def test_a_citation_presenting_the_words_as_its_text_still_accuses(
    store: Store, checker: Checker, language: str, template: str
) -> None:
    words = {"zh-Hans": _penalty_59(store), "zh-Hant": PENALTY_59_HANT}.get(language)
    words = words if words is not None else _gdpr_fine(store)
    quote = _the_quote(checker, template.format(words), words)
    assert quote.attribution == "misattributed"
