"""No accusation a careful reader would not make (issue 14, the third held-out set's classes):

- a match on two consecutive articles joined names the one article its words lie in, so citing
  that article is not a misattribution (pipeline/joined.py);
- a citation that opens a lead-in to what follows ("…，国家安全法第七十七条明确规定了以下几个
  方面：") introduces the text after the colon, not a quotation before it in its sentence
  (pipeline/introducers.py);
- an unquoted core matched to another article, in a sentence that also follows the cited
  article's own words (which the matched one lacks), is a rewriting of the cited article, not
  words from another (pipeline/attribution.py).

Each table runs with the rule on (the right answer) and off (the old, wrong one), so every case
shows the rule at work. Documents are sentences written for these tests around article texts of
the shipped store; Traditional-script ones are converted by hand from the stored Simplified."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_match

from lawref.citations.find import CitationFinder
from lawref.match.results import MatchResult
from lawref.pipeline import attribution, introducers, joined
from lawref.pipeline.attribution import link_quotes
from lawref.pipeline.introducers import introducing_citations
from lawref.pipeline.joined import in_one_article
from lawref.spans import QuoteSpan
from lawref.store.files import Store

GDPR = "eu-gdpr"
DSL = "cn-data-security-law"
PIPL = "cn-personal-information-protection-law"
CRYPTO = "cn-cryptography-law"
NSL = "cn-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, DSL, PIPL, CRYPTO, NSL)


# --- a joined pair names the article its words lie in -------------------------------------------

# (statute, first, second, words quoted, article they are from): English and Chinese originals.
JOINED = [
    (GDPR, "5", "6", "Processing shall be lawful only if and to the extent", "6"),
    (GDPR, "5", "6", "processed lawfully, fairly and in a transparent manner", "5"),
    (PIPL, "12", "13", "个人信息处理者方可处理个人信息", "13"),
    (PIPL, "12", "13", "国家积极参与个人信息保护国际规则的制定", "12"),
    (DSL, "1", "2", "在中华人民共和国境内开展数据处理活动", "2"),
]


@pytest.mark.parametrize(("statute", "first", "second", "words", "holder"), JOINED)
def test_joined_pair_names_the_article_holding_the_words(
    store: Store,
    rule: RuleSwitch,
    statute: str,
    first: str,
    second: str,
    words: str,
    holder: str,
) -> None:
    joined_text = (
        stored_article(store, statute, first).text
        + "\n\n"
        + stored_article(store, statute, second).text
    )
    at = joined_text.index(words)
    result = MatchResult(
        "verbatim",
        100.0,
        stored_match(store, statute, first, joined_text, (at, at + len(words))),
        articles=(first, second),
    )
    rule.take_out(joined, "in_one_article", lambda r, s: r)
    narrowed = joined.in_one_article(result, store)
    assert narrowed.match is not None
    if rule.on:
        assert narrowed.match.article == holder
        assert narrowed.match.text[slice(*narrowed.match.span)] == words
    else:
        assert narrowed.match.article == first  # the old report: the pair's first article


def test_span_across_the_join_stays_on_the_pair(store: Store) -> None:
    first = stored_article(store, DSL, "1").text
    joined_text = first + "\n\n" + stored_article(store, DSL, "2").text
    span = (len(first) - 5, len(first) + 8)
    result = MatchResult(
        "altered", 90.0, stored_match(store, DSL, "1", joined_text, span), articles=("1", "2")
    )
    assert in_one_article(result, store) is result


# Traditional script, end to end: an article's opening and one item, cited by the article.
def test_traditional_opening_and_item_cited_by_its_article_is_not_accused(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lawref.pipeline.checker import Checker

    document = (
        "《中華人民共和國個人信息保護法》第13條第1款第2項：符合下列情形之一的，"
        "個人信息處理者方可處理個人信息：（二）為訂立、履行個人作為一方當事人的合同所必需。"
    )
    quotes = Checker(store).check_text(document).quotes
    linked = [q for q in quotes if q.match is not None and len(q.text) > 30]
    assert linked, [q.text for q in quotes]
    assert all(q.attribution != "misattributed" for q in linked)
    assert all(q.match.article == "13" for q in linked if q.match is not None)
    monkeypatch.setattr("lawref.pipeline.checker.in_one_article", lambda r, s: r)
    # The words all stand in the cited Art. 13, so pipeline/shared_with_cited.py would spare the
    # claim too: it is taken out as well, to show this rule's own part.
    monkeypatch.setattr(
        "lawref.pipeline.accusations.shared_with_cited", lambda sp, m, links, st: links
    )
    # …and pipeline/cited_alike.py would link them to the cited Art. 13 for the same reason.
    monkeypatch.setattr("lawref.pipeline.checker.cited_alike", lambda sp, w, g, st, rm: list(w))
    # …and match/window_reach.py, aligning the item over the whole stretch it leaves words of,
    # would choose the cited Art. 13 in the matcher already.
    monkeypatch.setattr("lawref.match.matcher.Matcher._reaching", lambda *args: None)
    off = [q for q in Checker(store).check_text(document).quotes if q.match is not None]
    assert any(q.attribution == "misattributed" for q in off if len(q.text) > 30)


# --- a citation that leads on to what follows ----------------------------------------------------

# (document, the quotation): the citation after it in its sentence opens a lead-in with a colon.
LEADS_ON = [
    (
        "Officials called it “a sacred duty of every citizen”, and Article 77 of the National "
        "Security Law lists the duties as follows:\n(1) abide by the Constitution;",
        "a sacred duty of every citizen",
    ),
    (
        "维护国家安全是“每个公民的神圣义务”，国家安全法第七十七条明确规定了以下几个方面：\n"
        "（一）遵守宪法、法律法规关于国家安全的有关规定；",
        "每个公民的神圣义务",
    ),
    (
        "維護國家安全是「每個公民的神聖義務」，國家安全法第七十七條明確規定了以下幾個方面：\n"
        "（一）遵守憲法、法律法規關於國家安全的有關規定；",
        "每個公民的神聖義務",
    ),
]


@pytest.mark.parametrize(("document", "words"), LEADS_ON)
def test_citation_opening_a_lead_in_does_not_take_the_quotation_before_it(
    finder: CitationFinder,
    rule: RuleSwitch,
    document: str,
    words: str,
) -> None:
    rule.take_out(introducers._Finder, "_leads_on", lambda self, c: False)
    start = document.index(words)
    quote = QuoteSpan(words, start, start + len(words), marks="quoted")
    citations = finder.find(document)
    assert any(c.article == "77" for c in citations)
    (group,) = introducing_citations(document, [quote], citations)
    if rule.on:
        assert not any(c.article == "77" for c in group)
    else:
        assert any(c.article == "77" for c in group)


# A citation after the quotation that ends its sentence still belongs to it.
@pytest.mark.parametrize(
    ("document", "words"),
    [
        (
            "It called this “a sacred duty of every citizen”, Article 77 of the National Security "
            "Law says.",
            "a sacred duty",
        ),
        ("“每个公民的神圣义务”，国家安全法第七十七条规定。", "每个公民的神圣义务"),
        ("「每個公民的神聖義務」，國家安全法第七十七條規定。", "每個公民的神聖義務"),
    ],
)
def test_citation_after_its_quotation_still_belongs_to_it(
    finder: CitationFinder, document: str, words: str
) -> None:
    start = document.index(words)
    quote = QuoteSpan(words, start, start + len(words), marks="quoted")
    (group,) = introducing_citations(document, [quote], finder.find(document))
    assert any(c.article == "77" for c in group)


# --- a rewriting of the cited article is not another article's words ----------------------------

# (document, core matched elsewhere, statute and article it matched, attribution when the rule
# holds): the writer's sentence opens with the cited article's own words.
REWRITES = [
    (
        "Article 6 GDPR: Processing shall be lawful only if and to the extent that the "
        "controller shall be able to demonstrate that the data subject has consented to "
        "processing of his or her personal data.",
        "the controller shall be able to demonstrate that the data subject has consented to "
        "processing of his or her personal data.",
        GDPR,
        "7",
        "consistent",
    ),
    (
        "《数据安全法》\n第一条：为了规范数据处理活动，保障数据安全，维护国家安全和社会公共利益，"
        "保护个人、组织的合法权益，制定本法。",
        "安全，维护国家安全和社会公共利益，保护个人、组织的合法权益，制定本法。",
        CRYPTO,
        "1",
        "consistent",
    ),
    (
        "《數據安全法》\n第一條：為了規範數據處理活動，保障數據安全，維護國家安全和社會公共利益，"
        "保護個人、組織的合法權益，制定本法。",
        "安全，維護國家安全和社會公共利益，保護個人、組織的合法權益，制定本法。",
        CRYPTO,
        "1",
        "consistent",
    ),
    # The writer's own opening words: nothing of the cited article, so the accusation stands.
    (
        "Article 6 GDPR: Our reading is that the controller shall be able to demonstrate "
        "that the data subject has consented to processing of his or her personal data.",
        "the controller shall be able to demonstrate that the data subject has consented to "
        "processing of his or her personal data.",
        GDPR,
        "7",
        "misattributed",
    ),
    (
        "《数据安全法》\n第一条：我们认为，维护国家安全和社会公共利益，保护个人、组织的合法权益。",
        "维护国家安全和社会公共利益，保护个人、组织的合法权益",
        CRYPTO,
        "1",
        "misattributed",
    ),
]


@pytest.mark.parametrize(("document", "core", "statute", "number", "expected"), REWRITES)
def test_sentence_following_the_cited_article_is_its_rewriting(
    store: Store,
    finder: CitationFinder,
    rule: RuleSwitch,
    document: str,
    core: str,
    statute: str,
    number: str,
    expected: str,
) -> None:
    rule.take_out(attribution, "rewrites_cited", lambda *a: None)
    stored = stored_article(store, statute, number).text
    start = document.index(core)
    quote = QuoteSpan(core, start, start + len(core), marks="none")
    match = stored_match(store, statute, number, stored, (0, len(stored)))
    (link,) = link_quotes(
        document, [quote], [match], finder.find(document), store, verdicts=["altered"]
    )
    assert link.attribution == (expected if rule.on else "misattributed")
