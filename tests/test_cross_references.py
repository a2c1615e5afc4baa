"""A citation of the article whose breach the quoted penalty article punishes is no misattribution:
"就第二十一条规定的义务，罚则为“处一万元以上十万元以下罚款…”" quotes the Cybersecurity Law's Art. 59,
which punishes the breach of Art. 21 and names it (issue 14; the class seen on the sixth held-out
set, where the writer cites the duties and quotes their fines). An article that names another for
any other reason ("a request under Articles 15 to 22") still accuses, and so does a citation that
presents the penalty's words as its own text ("第二十一条规定：“…”", "Article 32 provides:", a
heading): they are not the cited article's words.

Each case runs with the rule on and off (pipeline/cross_references.py ``applies_cited``).
Documents are stored article words in sentences written for these tests (Traditional converted by
hand)."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import attribution
from lawref.pipeline.checker import Checker
from lawref.pipeline.cross_references import breached_articles
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"

CSL59_FINE = "处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款"
CSL59_FINE_TRAD = "處一萬元以上十萬元以下罰款，對直接負責的主管人員處五千元以上五萬元以下罰款"
GDPR83_FINE = (
    "administrative fines up to 10 000 000 EUR, or in the case of an undertaking, up to 2 % of "
    "the total worldwide annual turnover of the preceding financial year, whichever is higher"
)
GDPR12_DEADLINE = (
    "The controller shall provide information on action taken on a request under Articles 15 to "
    "22 to the data subject without undue delay and in any event within one month of receipt of "
    "the request."
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


# (document, the quotation's opening, attribution with the rule on, with it off)
CASES = [
    # the cited duty's penalty, in the 2016 numbering
    (
        f"《网络安全法》第二十一条规定了网络运营者的安全保护义务。对拒不改正的，罚则为“{CSL59_FINE}”。",
        CSL59_FINE[:8],
        "consistent",
        "misattributed",
    ),
    (
        f"《網絡安全法》第二十一條規定了網絡運營者的安全保護義務。對拒不改正的，罰則為「{CSL59_FINE_TRAD}」。",
        CSL59_FINE_TRAD[:8],
        "consistent",
        "misattributed",
    ),
    (
        f"Breaching Article 32 GDPR on security exposes a controller to “{GDPR83_FINE}”.",
        GDPR83_FINE[:30],
        "consistent",
        "misattributed",
    ),
    # an article the penalty does not name: still an accusation
    (
        f"《网络安全法》第二十二条规定了产品和服务的安全义务。对拒不改正的，罚则为“{CSL59_FINE}”。",
        CSL59_FINE[:8],
        "misattributed",
        "misattributed",
    ),
    (
        f"Breaching Article 5 GDPR on the principles exposes a controller to “{GDPR83_FINE}”.",
        GDPR83_FINE[:30],
        "misattributed",
        "misattributed",
    ),
    # the cited article presented as saying the penalty's words: still an accusation (the third
    # held-out set's real misattribution, Art. 64(2) run on under "该法第四十四条规定，")
    (
        f"《网络安全法》第二十一条规定：“{CSL59_FINE}”",
        CSL59_FINE[:8],
        "misattributed",
        "misattributed",
    ),
    (
        f"《網絡安全法》第二十一條規定，「{CSL59_FINE_TRAD}」",
        CSL59_FINE_TRAD[:8],
        "misattributed",
        "misattributed",
    ),
    (
        f"Article 32 GDPR provides: “{GDPR83_FINE}”.",
        GDPR83_FINE[:30],
        "misattributed",
        "misattributed",
    ),
    # an article named for another reason than its breach: Art. 12(3)'s deadline credited to
    # Art. 15 (the third held-out set's real misattribution) stays one
    (
        f"Article 15 GDPR says: “{GDPR12_DEADLINE}”",
        GDPR12_DEADLINE[:30],
        "misattributed",
        "misattributed",
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_penalty_quoted_under_the_duty_it_enforces_accuses_nobody(
    checker: Checker, rule: RuleSwitch, case: int
) -> None:
    document, opening, on, off = CASES[case]
    rule.take_out(
        attribution,
        "applies_cited",
        lambda citation, match, store, words, text="": False,
    )
    # The round-fifteen rules for a penalty retold under its duty and for an article's own
    # cross-reference read the same pairs: taken out with this rule, so that they cannot mask it.
    rule.take_out(attribution, "retold_penalty_note", lambda *a: None)
    rule.take_out(attribution, "own_reference", lambda *a: False)
    quotes = [q for q in checker.check_text(document).quotes if opening in q.text]
    assert len(quotes) == 1, [(q.text, q.attribution) for q in checker.check_text(document).quotes]
    assert quotes[0].match is not None
    assert quotes[0].attribution == (on if rule.on else off), quotes[0].notes


@pytest.mark.parametrize(
    ("law_text", "breached"),
    [
        (
            "网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的，由有关主管部门责令改正",
            {"21", "25"},
        ),
        ("網絡運營者不履行本法第二十一條、第二十五條規定的網絡安全保護義務的", {"21", "25"}),
        ("违反本法第三十三条至第三十五条规定的，处罚款。依照本法第九条处理。", {"33", "34", "35"}),
        (
            "Infringements of the following provisions shall be fined:\n(a) the obligations "
            "pursuant to Articles 8, 11, 25 to 27 and 42;",
            {"8", "11", "25", "26", "27", "42"},
        ),
        ("a request under Articles 15 to 22 shall be answered within one month", set()),
        ("依照本法第二十一条的规定", set()),
    ],
)
def test_the_articles_a_penalty_names_as_breached(law_text: str, breached: set[str]) -> None:
    assert breached_articles(law_text) == breached


# Texts whose paragraphs, as _paragraph_holding cuts them, name a breach or do not; their line
# breaks in other styles (\r\n, \u2028) and spaces around them: a text none of whose
# paragraphs can name a breach is not read paragraph by paragraph (cross_references
# _may_name_breach), and one whose paragraphs may is.
_BREACH_TEXTS = [
    ("违反本法第二十一条规定的，由有关主管部门责令改正。", True),
    ("違反本法第二十一條規定的，由有關主管部門責令改正。", True),
    ("网络运营者应当履行下列义务：\r\n（一）制定内部安全管理制度；\r\n（二）采取技术措施。", False),
    ("網絡運營者應當履行下列義務：\n（一）制定內部安全管理制度；\n（二）採取技術措施。", False),
    ("The controller shall be liable for the\r\nbreach of\r\nArticle 6.", True),
    ("Fines apply to each failure to \u2028comply with Article 3.", True),
    ("The controller shall keep records.\r\n\r\nIt shall cooperate with the authority.", False),
]


@pytest.mark.parametrize(("text", "breach"), _BREACH_TEXTS)
def test_a_text_is_read_by_paragraph_only_where_one_may_name_a_breach(
    text: str, breach: bool
) -> None:
    from lawref.pipeline.cross_references import (
        _may_name_breach,
        _paragraph_holding,
        names_breach,
    )

    paragraphs = {_paragraph_holding(text, words) for words in text.splitlines() if words}
    named = any(names_breach(p) for p in paragraphs | {text})
    assert named == breach
    assert _may_name_breach(text) == breach
