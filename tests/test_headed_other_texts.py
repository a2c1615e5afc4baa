"""Law-like text set under another instrument's article heading is not linked to the stored law
(issue 14, item 3: other instruments quoted without a citation):

- an article heading at the start of its line introduces no lead-in: the words after it are the
  text of the article it heads, so an exact stretch of a stored law inside them, under a heading
  cited as another instrument (实施《…反外国制裁法》的规定 第二条, "Rules implementing the GDPR
  Article 5"), is only part of that instrument's sentence and is not linked
  (pipeline/renderings.py ``part_of_sentence``);
- a heading whose article text runs on along its line ("第一千零三十四条 自然人的个人信息受法律
  保护。 个人信息是……", "Article 34 Notification. In the case of …") heads a quotation that starts
  later on that line: a near-copy there of a stored article with another number is that
  instrument's article, not linked (pipeline/instruments.py ``_running_heading``).

Each table runs with the rule on (the right answer) and off (the old, wrong one). Stored law
words come from the shipped store; the Civil Code's words (a law the store does not hold) and the
sentences around them are written for these tests; Traditional-script ones are converted by hand.
"""

from __future__ import annotations

import re

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, windows_off, windows_without

from lawref.pipeline import instruments, not_law_text, renderings
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

GDPR = "eu-gdpr"
AFSL = "cn-anti-foreign-sanctions-law"
CSL = "cn-cybersecurity-law"
NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, AFSL, CSL, NIL)


def _linked(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.match is not None and q.verdict != "unmatched"]


# --- a heading introduces no lead-in --------------------------------------------------------------


def _headed_documents(store: Store) -> dict[str, tuple[str, str]]:
    """language -> (document, words of a stored article inside the instrument's own article)."""
    gdpr6 = stored_article(store, GDPR, "6").text.split("\n")[0]
    gdpr6 = gdpr6[gdpr6.index("Processing") :]
    afsl1 = stored_article(store, AFSL, "1").text
    words = afsl1[afsl1.index("维护") : afsl1.index("，根据")]
    hant = "維護國家主權、安全、發展利益，保護我國公民、組織的合法權益"
    return {
        "en": (f"Rules implementing the GDPR\nArticle 5 Under these rules, {gdpr6}", gdpr6[20:60]),
        "zh-Hans": (
            "实施《中华人民共和国反外国制裁法》的规定\n"
            f"第二条 反外国制裁工作坚持总体国家安全观，{words}。",
            words,
        ),
        "zh-Hant": (
            "實施《中華人民共和國反外國制裁法》的規定\n"
            f"第二條 反外國制裁工作堅持總體國家安全觀，{hant}。",
            hant,
        ),
    }


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_exact_words_inside_another_instruments_headed_article_are_not_linked(
    store: Store, rule: RuleSwitch, language: str
) -> None:
    document, words = _headed_documents(store)[language]
    rule.take_out(renderings, "heads_its_line", lambda text, at: False)
    quotes = [q for q in Checker(store).check_text(document).quotes if words[5:15] in q.text]
    assert quotes
    assert all(q.attribution == "unverified" for q in quotes)
    if rule.on:
        assert not _linked(quotes), [(q.text, q.verdict) for q in quotes]
    else:
        assert _linked(quotes)


@pytest.mark.parametrize(
    "document",
    [
        "Under Article 6 of these rules, processing shall be lawful only if and to the extent "
        "that at least one of the following applies:",
        "根据该办法第二条，维护国家主权、安全、发展利益，保护我国公民、组织的合法权益。",
    ],
)
def test_a_lead_in_in_prose_still_introduces_the_stretch(store: Store, document: str) -> None:
    """The citation in the writer's own sentence, with its words up to the comma, introduces the
    stretch: not words of the writer's beside it (so an exact stretch there stays linked)."""
    quotes = _linked(Checker(store).check_text(document).quotes)
    assert quotes, [(q.text, q.verdict) for q in Checker(store).check_text(document).quotes]


# --- a heading whose article's text runs on along its line ----------------------------------------


def _running_documents(store: Store) -> dict[str, tuple[str, str]]:
    """language -> (document, a piece of the near-copy)."""
    gdpr33 = stored_article(store, GDPR, "33").text.split("\n")[0]
    gdpr33 = " ".join(gdpr33.split("1.", 1)[1].split())
    changed = gdpr33.replace(
        "the supervisory authority competent in accordance with Article 55",
        "the European Data Protection Supervisor",
    )
    assert changed != gdpr33
    return {
        "en": (f"Article 34 Notification. {changed}", "In the case of a personal data breach"),
        "zh-Hans": (
            "第一千零三十四条 自然人的个人信息受法律保护。 个人信息是以电子或者其他方式记录的能够"
            "单独或者与其他信息结合识别特定自然人的各种信息，包括自然人的姓名、出生日期、身份证件"
            "号码、生物识别信息、住址、电话号码、电子邮箱、健康信息、行踪信息等。",
            "个人信息是以电子",
        ),
        "zh-Hant": (
            "第一千零三十四條 自然人的個人信息受法律保護。 個人信息是以電子或者其他方式記錄的能夠"
            "單獨或者與其他信息結合識別特定自然人的各種信息，包括自然人的姓名、出生日期、身份證件"
            "號碼、生物識別信息、住址、電話號碼、電子郵箱、健康信息、行蹤信息等。",
            "個人信息是以電子",
        ),
    }


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_near_copy_under_a_running_heading_of_another_number_is_not_linked(
    store: Store, rule: RuleSwitch, language: str
) -> None:
    document, piece = _running_documents(store)[language]
    checker = Checker(store)
    rule.take_out(instruments, "_running_heading", lambda prefix, at: None)
    # the English words carry 2018/1725's term, which keeps them unlinked too: off as well
    rule.take_out(checker.finder, "windows", windows_without(checker, "sister_terms"))
    # a running heading past the matched law's last article unlinks them too
    # (pipeline/beyond_last_article.py): off as well
    rule.take_out(not_law_text, "beyond_last_article", lambda text, span, w, store: w)
    quotes = [q for q in checker.check_text(document).quotes if piece in q.text]
    assert quotes
    if rule.on:
        assert not _linked(quotes), [(q.text, q.verdict) for q in quotes]
        assert any("another instrument's article" in note for q in quotes for note in q.notes)
    else:
        assert _linked(quotes)


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_the_headed_articles_own_words_stay_linked(store: Store, language: str) -> None:
    """The stored article under a running heading of its own number keeps its link."""
    if language == "en":
        gdpr33 = stored_article(store, GDPR, "33").text.split("\n")[0]
        words = " ".join(gdpr33.split("1.", 1)[1].split())
        document, number = f"Article 33 Notification. {words}", "33"
    else:
        first, second = (p for p in stored_article(store, NIL, "7").text.split("\n") if p)
        document, number = f"第七条 {first} {second}", "7"
    linked = _linked(Checker(store).check_text(document).quotes)
    assert linked and all(q.match is not None and q.match.article == number for q in linked)


def test_running_heading_heads_a_core_that_starts_mid_sentence(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Directive 95/46/EC's Art. 7 set out on one line under its heading: the core the reuse
    scan finds (GDPR Art. 6(1)(b)'s words) starts mid-sentence, after the directive's own words;
    the heading still heads it, and Art. 7 is not the GDPR's Art. 6."""
    gdpr6 = stored_article(store, GDPR, "6").text
    item_b = gdpr6[gdpr6.index("processing is necessary for the performance") :].split(";")[0]
    document = (
        "Directive\nArt. 7 Member States shall provide that personal data may be processed only "
        f"if: (a) the data subject has unambiguously given his consent; or (b) {item_b}; or (c) "
        "processing is necessary for compliance with a legal obligation to which the controller "
        "is subject;"
    )
    quotes = [q for q in Checker(store).check_text(document).quotes if item_b[:30] in q.text]
    assert quotes and not _linked(quotes), [(q.text, q.verdict) for q in quotes]
    monkeypatch.setattr(instruments, "_running_heading", lambda prefix, at: None)
    # (the directive's "Member States shall provide that" is a sister instrument's term too,
    # instruments.yaml's sister_terms: taken out as well, so that the heading is what is tested)
    checker = Checker(store)
    windows_off(checker, monkeypatch, "sister_terms")
    off = [q for q in checker.check_text(document).quotes if item_b[:30] in q.text]
    assert _linked(off)


@pytest.mark.parametrize("script", ["zh-Hans", "zh-Hant"])
def test_a_later_heading_on_the_line_heads_what_follows_it(
    store: Store, rule: RuleSwitch, script: str
) -> None:
    """Line breaks lost ("第一条 …制定本法。 第二条 …"): the words after 第二条 (Art. 2 with one
    word changed) are Art. 2's, not the first heading's, so they stay linked."""

    first = stored_article(store, NIL, "1").text
    second = stored_article(store, NIL, "2").text.replace("坚持", "坚守")
    document = f"第一条 {first} 第二条 {second}"
    if script == "zh-Hant":
        document = document.replace("条", "條")
    rule.take_out(instruments, "_INNER_HEADING", re.compile(r"(?!)"))
    quotes = [q for q in Checker(store).check_text(document).quotes if "坚守" in q.text]
    assert quotes
    if rule.on:
        assert any(q.match is not None and q.match.article == "2" for q in _linked(quotes))
    else:
        assert not _linked(quotes)
