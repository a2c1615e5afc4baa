"""A series of one law's articles, one a paragraph (issue 14, items 1 and 3): "民法典第1034条规定：
…。…。⏎⏎第1035条规定：…" — the bare 第1035条 is the law cited just before with an article, though
that article's text ran over more than one sentence (citations/references.py ``_bare_reach``).
Read so, words under it that only resemble a stored law (the Civil Code's Art. 1035(2) beside the
Personal Information Protection Law's Art. 4) are cited as a law the store does not hold: not
linked, `unverified`. A bare 第七条 after a law named without an article still looks back one
sentence only.

Likewise an article's paragraph after its list ("…符合下列条件：⏎（一）…⏎（二）…⏎个人信息的处理
包括…") takes the citation of the paragraph that leads into the list
(pipeline/introducers.py ``_after_list``, rule 8).

The Civil Code's words (a law the store does not hold) and the sentences around the stored law's
words are written for these tests; Traditional-script ones are converted by hand.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.citations.references import ReferenceSteps
from lawref.citations.walk import SENTENCE
from lawref.pipeline import not_law_text
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, DSL)


# (language, document, the bare reference, the law it is read as (None: a law the store lacks),
# the words under it)
SERIES = [
    (
        "zh-Hans",
        "民法典第1034条规定：自然人的个人信息受法律保护。个人信息是以电子或者其他方式记录的能够"
        "单独或者与其他信息结合识别特定自然人的各种信息。\n\n第1035条规定：处理个人信息的，应当"
        "遵循合法、正当、必要原则，不得过度处理。个人信息的处理包括个人信息的收集、存储、使用、"
        "加工、传输、提供、公开等。",
        "第1035条",
        "民法典",
        "个人信息的处理包括",
    ),
    (
        "zh-Hant",
        "民法典第1034條規定：自然人的個人信息受法律保護。個人信息是以電子或者其他方式記錄的能夠"
        "單獨或者與其他信息結合識別特定自然人的各種信息。\n\n第1035條規定：處理個人信息的，應當"
        "遵循合法、正當、必要原則，不得過度處理。個人信息的處理包括個人信息的收集、存儲、使用、"
        "加工、傳輸、提供、公開等。",
        "第1035條",
        "民法典",
        "個人信息的處理包括",
    ),
]


def _take_rule_out(rule: RuleSwitch) -> None:
    real = ReferenceSteps._bare_reach

    def sentence_for_chinese(ref, state):  # type: ignore[no-untyped-def]
        return SENTENCE if ref.kind == "cnref" else real(ref, state)

    rule.take_out(ReferenceSteps, "_bare_reach", staticmethod(sentence_for_chinese))
    # The heading-number rule (pipeline/beyond_last_article.py) unlinks these words on its own
    # (第1035条 is beyond the PIPL's last article): off too, so that this rule is shown alone.
    rule.take_out(not_law_text, "beyond_last_article", lambda text, span, w, store: w)


@pytest.mark.parametrize(("language", "document", "bare", "name", "words"), SERIES)
def test_bare_article_of_a_series_is_the_law_cited_before(
    store: Store,
    rule: RuleSwitch,
    language: str,
    document: str,
    bare: str,
    name: str,
    words: str,
) -> None:
    _take_rule_out(rule)
    found = [c for c in CitationFinder(store).find(document) if c.text == bare]
    quotes = [q for q in Checker(store).check_text(document).quotes if words in q.text]
    assert quotes
    if rule.on:
        assert found and found[0].name == name and found[0].statute is None
        assert all(q.verdict == "unmatched" for q in quotes)
        assert all(q.attribution == "unverified" for q in quotes)
    else:
        assert not found
        assert any(q.match is not None and q.verdict != "unmatched" for q in quotes)


def test_english_bare_article_already_looks_back_a_paragraph(store: Store) -> None:
    """English needs no such rule: a bare "Article 22" reaches back a paragraph anyway."""
    document = (
        "Article 21 of the Data Security Law provides for classified protection. It lists "
        "the categories. It also names the bodies.\n\nArticle 22 provides for a mechanism."
    )
    found = [c for c in CitationFinder(store).find(document) if c.article == "22"]
    assert found and found[0].statute == DSL


@pytest.mark.parametrize(
    "document",
    [
        # The law named without an article, two sentences back: still out of reach.
        "《数据安全法》很重要。它有七章。它有五十五条。\n\n第二十二条规定：国家建立集中统一。",
        "《數據安全法》很重要。它有七章。它有五十五條。\n\n第二十二條規定：國家建立集中統一。",
    ],
)
def test_bare_article_after_a_law_named_without_article_keeps_the_sentence_reach(
    store: Store, document: str
) -> None:
    found = [c for c in CitationFinder(store).find(document) if c.article == "22"]
    assert all(c.statute is None or c.inferred for c in found)


# --- an article's paragraph after its list --------------------------------------------------------

# (language, document, the paragraph after the list, the article its lead paragraph cites)
AFTER_LIST = [
    (
        "en",
        "Article 1035 of the Civil Code reads as follows:\n\n(1) the consent of the person is "
        "obtained;\n\n(2) the rules for processing are made public.\n\nThe processing of personal "
        "information includes its collection, storage, use, transmission and disclosure.",
        "The processing of personal information includes its collection, storage, use, "
        "transmission and disclosure.",
        "1035",
    ),
    (
        "zh-Hans",
        "《中华人民共和国民法典》第一千零三十五条处理个人信息的，应当遵循合法、正当、必要原则，"
        "并符合下列条件：\n\n（一）征得该自然人或者其监护人同意；\n\n（二）公开处理信息的规则。"
        "\n\n个人信息的处理包括个人信息的收集、存储、使用、加工、传输、提供、公开等。",
        "个人信息的处理包括个人信息的收集、存储、使用、加工、传输、提供、公开等。",
        "1035",
    ),
    (
        "zh-Hant",
        "《中華人民共和國民法典》第一千零三十五條處理個人信息的，應當遵循合法、正當、必要原則，"
        "並符合下列條件：\n\n（一）徵得該自然人或者其監護人同意；\n\n（二）公開處理信息的規則。"
        "\n\n個人信息的處理包括個人信息的收集、存儲、使用、加工、傳輸、提供、公開等。",
        "個人信息的處理包括個人信息的收集、存儲、使用、加工、傳輸、提供、公開等。",
        "1035",
    ),
]


@pytest.mark.parametrize(("language", "document", "paragraph", "article"), AFTER_LIST)
def test_paragraph_after_a_list_takes_the_citation_of_the_list_lead_in(
    store: Store,
    rule: RuleSwitch,
    language: str,
    document: str,
    paragraph: str,
    article: str,
) -> None:
    from lawref.pipeline import introducers
    from lawref.pipeline.introducers import introducing_citations
    from lawref.spans import QuoteSpan

    rule.take_out(introducers._Finder, "_after_list", lambda self, quote: None)
    # (rule 9, pipeline/list_lead_in.py, reads the paragraph right under the last item with the
    # list's lead-in too: taken out as well, so that the rule-off run shows rule 8)
    rule.take_out(introducers, "list_lead_in_citation", lambda *args: None)
    start = document.index(paragraph)
    quote = QuoteSpan(paragraph, start, start + len(paragraph), marks="none")
    citations = CitationFinder(store).find(document)
    assert any(c.article == article for c in citations)
    (group,) = introducing_citations(document, [quote], citations)
    if rule.on:
        assert group and group[0].article == article
    else:
        assert not group


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant"])
def test_paragraph_after_another_laws_list_is_not_linked_end_to_end(
    store: Store, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    _, document, paragraph, _ = next(c for c in AFTER_LIST if c[0] == language)
    quotes = [q for q in Checker(store).check_text(document).quotes if paragraph[:8] in q.text]
    assert quotes and all(q.verdict == "unmatched" for q in quotes)
    assert all(q.attribution == "unverified" for q in quotes)
    from lawref.pipeline import introducers

    monkeypatch.setattr(introducers._Finder, "_after_list", lambda self, quote: None)
    monkeypatch.setattr(introducers, "list_lead_in_citation", lambda *args: None)  # rule 9 too
    off = [q for q in Checker(store).check_text(document).quotes if paragraph[:8] in q.text]
    assert any(q.match is not None and q.verdict != "unmatched" for q in off)


def test_a_paragraph_after_a_list_with_no_lead_in_colon_takes_nothing(store: Store) -> None:
    from lawref.pipeline.introducers import introducing_citations
    from lawref.spans import QuoteSpan

    _, document, paragraph, _ = AFTER_LIST[1]
    document = document.replace("并符合下列条件：", "我们认为这很重要。")
    start = document.index(paragraph)
    quote = QuoteSpan(paragraph, start, start + len(paragraph), marks="none")
    (group,) = introducing_citations(document, [quote], CitationFinder(store).find(document))
    assert not group
