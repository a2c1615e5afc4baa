"""Three reproductions without quotation marks that the reuse scan used to leave unreported
(issue 14, recall on reproduced text).

- A list's lead-in copied as a line of its own, its colon kept ("Each Member State shall provide
  by law for all of the following:", 制定认定规则应当主要考虑下列因素：): a whole sentence of the
  stored text shorter than the scan's usual bound (lawref/reuse/scan.py ``_whole_sentence``,
  ``_LEAD_IN_ENDS`` in Latin script, the colon in ``_SENTENCE_CLOSES`` in Chinese). A short
  English sentence ending in a full stop, a lead-in the writer goes on from after a comma, and
  one shorter than SENTENCE_MIN_LATIN_LETTERS are still not reported.
- Two short articles reproduced one after the other whose words a third article of the same law
  holds together: the scan's run with that third article overlaps the second article's longer
  run and was dropped whole, with the first article's sentence in it
  (lawref/reuse/remainders.py). Its part before the longer run is now a run of its own, linked
  to the article whose words it is.

- A commentator's lead-in closed by a colon whose last words the law's previous sentence ends
  with too (…的数据安全义务：受托方应当…): the scan's run reached back over the colon and the copy,
  matched whole, came out altered. The reproduction now starts after the colon when the words
  there are an exact copy (lawref/reuse/colon_head.py).

The surrounding sentences are the writer's own, made for the tests; the reproduced words are the
stored texts'.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch

from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.reuse import scan
from lawref.reuse.thresholds import MIN_LATIN_CHARS, SENTENCE_MIN_LATIN_LETTERS
from lawref.store.files import Store
from lawref.store.load import load_store

GDPR = "eu-gdpr"
CII = "cn-critical-information-infrastructure-regulations"


@pytest.fixture(scope="module")
def store() -> Store:
    store = load_store()
    missing = [s for s in (GDPR, CII) if store.get(s) is None]
    if missing:
        pytest.skip(f"the shipped store lacks {missing}")
    return store


def unquoted(checker: Checker, text: str) -> list[Quote]:
    return [q for q in checker.check_text(text).quotes if q.marks == "none"]


def linked(quote: Quote) -> tuple[str, str] | None:
    if quote.match is None or quote.verdict == "unmatched":
        return None
    return (quote.match.statute, quote.match.article)


# (language, document, the lead-in reproduced, statute, article)
LEAD_INS = [
    (
        "en",
        "Article 54 sets out the founding rules.\n\n"
        "Each Member State shall provide by law for all of the following:\n\n"
        "the list is on the next tab.",
        "Each Member State shall provide by law for all of the following:",
        GDPR,
        "54",
    ),
    (
        "en",
        "The second paragraph opens a list.\n"
        "The obligation laid down in paragraph 1 of this Article shall not apply to:\n"
        "see the points below.",
        "The obligation laid down in paragraph 1 of this Article shall not apply to:",
        GDPR,
        "27",
    ),
    (
        "zh-Hans",
        "认定规则看什么？\n制定认定规则应当主要考虑下列因素：\n详见下文。",
        "制定认定规则应当主要考虑下列因素：",
        CII,
        "9",
    ),
    (
        "zh-Hant",
        "認定規則看什麼？\n制定認定規則應當主要考慮下列因素：\n詳見下文。",
        "制定認定規則應當主要考慮下列因素：",
        CII,
        "9",
    ),
]


@pytest.mark.parametrize(("language", "text", "lead_in", "statute", "article"), LEAD_INS)
def test_a_lists_lead_in_copied_as_a_line_is_reported(
    checker: Checker,
    store: Store,
    rule: RuleSwitch,
    language: str,
    text: str,
    lead_in: str,
    statute: str,
    article: str,
) -> None:
    rule.take_out(scan, "_LEAD_IN_ENDS", "")
    rule.take_out(scan, "_SENTENCE_CLOSES", "。；！？;!?\n")
    found = [q for q in unquoted(checker, text) if linked(q) == (statute, article)]
    if not rule.on:
        assert found == [], language
        return
    assert [q.text for q in found] == [lead_in], language
    assert found[0].verdict == "verbatim", language


# Not a lead-in copied as a line: nothing is linked.
NOT_LEAD_INS = [
    # the writer goes on after a comma: a sentence of their own that opens with the law's words
    (
        "en",
        "Each Member State shall provide by law for all of the following, as our guide explains.",
    ),
    # shorter than SENTENCE_MIN_LATIN_LETTERS
    ("en", "Our summary follows.\nThe Member States shall ensure that:\nsee below."),
    # a whole sentence of a recital ending in a full stop: stock wording a writer may use
    (
        "en",
        "The report begins with a reminder. Natural persons should have control of their own "
        "personal data. It then turns to enforcement.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_LEAD_INS)
def test_a_phrase_or_a_sentence_of_the_writers_is_not_a_lead_in(
    checker: Checker, store: Store, language: str, text: str
) -> None:
    assert [q.text for q in unquoted(checker, text) if linked(q)] == [], language


def test_the_bound_lies_below_the_scans_usual_one() -> None:
    assert SENTENCE_MIN_LATIN_LETTERS < MIN_LATIN_CHARS


# (language, document, the first article's sentence, the second article's opening)
SIDE_BY_SIDE = [
    (
        "zh-Hans",
        "条例的结构\n第十二条 安全保护措施应当与关键信息基础设施同步规划、同步建设、同步使用。\n"
        "第十三条 运营者应当建立健全网络安全保护制度和责任制，保障人力、财力、物力投入。运营者的"
        "主要负责人对关键信息基础设施安全保护负总责，领导关键信息基础设施安全保护和重大网络安全事件"
        "处置工作，组织研究解决重大网络安全问题。\n",
        "安全保护措施应当与关键信息基础设施同步规划、同步建设、同步使用",
        "运营者应当建立健全网络安全保护制度和责任制",
    ),
    (
        "zh-Hant",
        "條例的結構\n第十二條 安全保護措施應當與關鍵信息基礎設施同步規劃、同步建設、同步使用。\n"
        "第十三條 運營者應當建立健全網絡安全保護制度和責任制，保障人力、財力、物力投入。運營者的"
        "主要負責人對關鍵信息基礎設施安全保護負總責，領導關鍵信息基礎設施安全保護和重大網絡安全事件"
        "處置工作，組織研究解決重大網絡安全問題。\n",
        "安全保護措施應當與關鍵信息基礎設施同步規劃、同步建設、同步使用",
        "運營者應當建立健全網絡安全保護制度和責任制",
    ),
]


@pytest.mark.parametrize(("language", "text", "first", "second"), SIDE_BY_SIDE)
def test_a_short_article_before_a_longer_one_is_reported_on_its_own(
    checker: Checker,
    store: Store,
    rule: RuleSwitch,
    language: str,
    text: str,
    first: str,
    second: str,
) -> None:
    rule.take_out(scan, "remainders", lambda *args: [])
    found = unquoted(checker, text)
    by_article = {linked(q): q for q in found if linked(q)}
    assert by_article[(CII, "13")].text.startswith(second), language
    if not rule.on:
        assert (CII, "12") not in by_article, language
        return
    assert by_article[(CII, "12")].text.startswith(first), language
    assert by_article[(CII, "12")].verdict == "verbatim", language
    # the longer article's words are reported once, under their own article
    assert (CII, "39") not in by_article, language


# (language, document, the law's sentence after the writer's head and colon, statute, article)
AFTER_COLON = [
    (
        "en",
        "Our note on breaches.\nThe risk is to the rights and freedoms of persons: Where the "
        "notification to the supervisory authority is not made within 72 hours, it shall be "
        "accompanied by reasons for the delay.\n",
        "Where the notification to the supervisory authority is not made within 72 hours, it "
        "shall be accompanied by reasons for the delay.",
        GDPR,
        "33",
    ),
    (
        "zh-Hans",
        "本条第二句的要点。说到底是数据安全义务：受托方应当依照法律、法规的规定和合同约定履行数据"
        "安全保护义务，不得擅自留存、使用、泄露或者向他人提供政务数据。\n",
        "受托方应当依照法律、法规的规定和合同约定履行数据安全保护义务，不得擅自留存、使用、泄露或者"
        "向他人提供政务数据。",
        "cn-data-security-law",
        "40",
    ),
    (
        "zh-Hant",
        "本條第二句的要點。說到底是數據安全義務：受託方應當依照法律、法規的規定和合同約定履行數據"
        "安全保護義務，不得擅自留存、使用、洩露或者向他人提供政務數據。\n",
        "受託方應當依照法律、法規的規定和合同約定履行數據安全保護義務，不得擅自留存、使用、洩露或者"
        "向他人提供政務數據。",
        "cn-data-security-law",
        "40",
    ),
]


@pytest.mark.parametrize(("language", "text", "sentence", "statute", "article"), AFTER_COLON)
def test_the_writers_head_before_a_colon_is_left_out_of_the_copy(
    checker: Checker,
    store: Store,
    rule: RuleSwitch,
    language: str,
    text: str,
    sentence: str,
    statute: str,
    article: str,
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.reuse import colon_head as colon_head_rule

    rule.take_out(colon_head_rule, "after_colon_head", lambda *args: None)
    found = [q for q in unquoted(checker, text) if linked(q) == (statute, article)]
    assert len(found) == 1, language
    if not rule.on:
        # the head joined the copy, which came out changed as a whole
        assert found[0].text != sentence and found[0].verdict == "altered", language
        return
    assert found[0].text == sentence, language
    assert found[0].verdict == "verbatim", language


def test_a_copy_exact_as_a_whole_keeps_its_head(checker: Checker, store: Store) -> None:
    # the head is the law's previous sentence's end word for word, the colon for its full stop:
    # the whole is the law's words but for punctuation, and stays one reproduction
    text = (
        "本条第二句的要点。说到底是数据安全保护义务：受托方应当依照法律、法规的规定和合同约定履行"
        "数据安全保护义务，不得擅自留存、使用、泄露或者向他人提供政务数据。\n"
    )
    found = [q for q in unquoted(checker, text) if linked(q)]
    assert [q.text[:9] for q in found] == ["数据安全保护义务："]
    assert found[0].verdict == "minor"


def test_the_laws_own_lead_in_before_a_colon_stays_in_the_copy(
    checker: Checker, store: Store
) -> None:
    # "Personal data shall be:" is Art. 5(1)'s own lead-in, its points (a) and (b) left out: one
    # reproduction that is not the law's as a whole, not a copy of point (c) alone
    text = (
        "Our glossary entry.\n\nPersonal data shall be: (c) adequate, relevant and limited to what "
        "is necessary in relation to the purposes for which they are processed (‘data "
        "minimisation’);\n"
    )
    found = [q for q in unquoted(checker, text) if linked(q) == (GDPR, "5")]
    assert [q.text[:23] for q in found] == ["Personal data shall be:"]
    assert found[0].verdict not in ("verbatim", "minor")
