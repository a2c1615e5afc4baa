"""A sentence a citation presents as its article — under it as a heading, or told of it in the
lead-in — whose words are plainly another article's of the same law is that other article's
`paraphrase`, `misattributed` (issue 14, round fourteen: misattributed retellings;
pipeline/retold_elsewhere.py).

lawref links a retelling beside its citation only to the cited article, so a retelling credited
to the wrong article was never reported. When most of the sentence's content words stand in one
other article, clearly fewer in any other, and few in the cited one, the citation is called
wrong, with a note naming both articles. Words the cited article holds too (boilerplate an
article and a recital share), the same article under the law's other numbering (the
Cybersecurity Law's 2016 and 2025 texts), a penalty cited by the duty it enforces, a range of
articles, a citation whose law is not named or not stored, and the writer's own words accuse no
one. The writer's words are written for these tests; the stored articles are the shipped
store's.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.pipeline.retold_elsewhere import retold_elsewhere
from lawref.report import Quote
from lawref.spans import CitationSpan

CSL = "cn-cybersecurity-law"
checker = checker_with(GDPR, DSL, CSL)

# Art. 7(3) of the GDPR and Art. 21 of the Data Security Law, in a writer's words.
_WITHDRAW = (
    "The data subject may withdraw consent at any time, and withdrawing consent shall be as easy "
    "as giving consent, and the withdrawal does not affect the lawfulness of processing before it."
)
_CLASSIFIED = (
    "国家应当对数据实行分类分级保护，依据是数据的重要程度以及数据遭到篡改、破坏或者泄露后对国家安全"
    "造成的危害程度。"
)
_DSL_20_TOLD = "《数据安全法》第二十条规定，" + _CLASSIFIED
_DSL_20_HEADING = "数据安全法\n\n第二十条 " + _CLASSIFIED
# Art. 27's duty, retold, cited by Art. 45, the penalty that names it (不履行本法第二十七条…).
_DSL_45_DUTY = (
    "《数据安全法》第四十五条规定，开展数据处理活动的组织应当依照法律、法规建立健全全流程数据安全管理制度，"
    "并组织开展数据安全教育培训。"
)
# The Cybersecurity Law's 2016 Art. 40 (Art. 42 since 2025), cited by its 2025 number.
_CSL_42_RENUMBERED = "《网络安全法》第四十二条规定，网络运营者应当对其收集的用户信息严格保密，并建立健全用户信息保护制度。"

# (page, the words' opening, the article they are another's of; None: no accusation)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: told of Art. 12 in the lead-in, and under an "Article 12" heading.
    ("Article 12 of the GDPR provides that " + _WITHDRAW, "The data subject", (GDPR, "7")),
    ("GDPR\n\nArticle 12\n" + _WITHDRAW, "The data subject", (GDPR, "7")),
    # Simplified and Traditional: told of Art. 20, and under a 第二十条 heading.
    (_DSL_20_TOLD, "国家应当", (DSL, "21")),
    (traditional(_DSL_20_TOLD), traditional("国家应当"), (DSL, "21")),
    (_DSL_20_HEADING, "国家应当", (DSL, "21")),
    (traditional(_DSL_20_HEADING), traditional("国家应当"), (DSL, "21")),
    # Words Art. 33 and recital 85 hold alike, cited as Art. 34: nothing plain.
    (
        "Article 34 of the GDPR requires that the controller shall, where a personal data breach "
        "occurs, notify the supervisory authority without undue delay and, where feasible, "
        "within 72 hours.",
        "the controller shall",
        None,
    ),
    # The same article under the law's other numbering.
    (_CSL_42_RENUMBERED, "网络运营者", None),
    (traditional(_CSL_42_RENUMBERED), traditional("网络运营者"), None),
    # A duty cited by the penalty that names it.
    (_DSL_45_DUTY, "开展数据处理活动", None),
    (traditional(_DSL_45_DUTY), traditional("开展数据处理活动"), None),
    # A range of articles, an article whose law is not named, a law the store lacks.
    ("Articles 12 to 14 of the GDPR provide that " + _WITHDRAW, "The data subject", None),
    ("Article 12 provides that " + _WITHDRAW, "The data subject", None),
    (
        "Article 12 of the Data Protection Act 2018 provides that " + _WITHDRAW,
        "The data subject",
        None,
    ),
    ("第二十条规定，" + _CLASSIFIED, "国家应当", None),
    ("《个人信息保护法实施条例》第二十条规定，" + _CLASSIFIED, "国家应当", None),
    # The matched article cited beside the words: the page names it itself.
    (
        "Article 7 of the GDPR is short.\nArticle 12 of the GDPR provides that " + _WITHDRAW,
        "The data subject",
        None,
    ),
    # The writer's own words under the citation.
    (
        "Article 12 of the GDPR provides that controllers must answer letters politely and "
        "quickly, because customers value good service above all other things.",
        "controllers must",
        None,
    ),
]


def _accusation(checker: Checker, page: str, opening: str) -> Quote | None:
    """The misattributed quotation of ``page`` that holds ``opening``, if any."""
    for quote in checker.check_text(page).quotes:
        if quote.attribution == "misattributed" and opening in quote.text:
            return quote
    return None


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_words_another_article_holds_are_misattributed(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(checker_module, "retold_elsewhere", lambda *args: [])
    quote = _accusation(checker, page, opening)
    if expected is None or not rule.on:
        assert quote is None, quote
        return
    assert quote is not None, page
    assert quote.match is not None
    assert (quote.match.statute, quote.match.article) == expected
    assert quote.verdict == "paraphrase"
    assert quote.marks == "none"
    assert quote.text.startswith(opening), quote.text
    # The note names both articles, and how many of the words each holds.
    note = " ".join(quote.notes)
    assert f"Art. {expected[1]} " in note and "%" in note, note
    assert quote.cited_as is not None and quote.cited_as.text in note


def test_hostile_pages_are_read_in_linear_time(checker: Checker) -> None:
    """Thousands of article headings over long lines: at most a bounded number of them is read,
    each line's words once, and none is another article's."""
    line = "Article 12 " + "consent shall be free and " * 40 + "so on.\n"
    page = line * 5_000
    citations = [
        CitationSpan("Article 12", at, at + 10, GDPR, "12") for at in range(0, len(page), len(line))
    ]
    assert retold_elsewhere(page, [], citations, checker.store) == []
    line = "Article 12 of the GDPR provides that consent shall be free and so on; "
    page = line * 20_000  # (one line: every citation's sentence is looked for near it only)
    citations = [
        CitationSpan("Article 12 of the GDPR", at, at + 22, GDPR, "12")
        for at in range(0, len(page), len(line))
    ]
    assert retold_elsewhere(page, [], citations, checker.store) == []
