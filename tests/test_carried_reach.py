"""Cross-references a reproduction carries, further out (issue 14, the thirteenth held-out set):
pipeline/carried.py reads a citation beside an unquoted reproduction as the law's own words, not
the quotation's source, when the matched article holds it and the words between are the article's.
Two pages there were still called misattributed:

- a reproduction with its cross-reference changed and the law's words on both sides of it ("… the
  requirements established for high-risk AI systems in Chapter III, Sections 2 and 3, to AI systems
  other than high-risk AI systems …" for the enacted "Chapter III, Section 2"): the reference stands
  inside the law's sentence (``_flanked``);
- a list of an article's points retold in one sentence, whose own cross-reference ("the risk
  management system as provided for in Article 9") stands more than 200 characters after the
  retold point the matcher linked (``_CARRY_REACH``, now 600).

Each case runs with the rule on and off. Statute words come from the shipped store; the sentences
around them, and the changed references, are written for these tests, the Traditional ones
converted by OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_match, stored_words

from lawref.citations.find import CitationFinder
from lawref.match.results import MatchResult
from lawref.pipeline import attribution as attribution_rules
from lawref.pipeline import carried
from lawref.pipeline.attribution import link_quotes
from lawref.pipeline.introducers import introducing_citations
from lawref.spans import QuoteSpan
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


def _attribution(
    store: Store, finder: CitationFinder, document: str, core: str, statute: str, number: str
) -> tuple[str, list[str | None]]:
    """The attribution of the unquoted ``core`` matched word for word to the article, and the
    articles its introducing citations name once carried ones are dropped."""
    start = document.index(core)
    quote = QuoteSpan(core, start, start + len(core), marks="none")
    citations = finder.find(document)
    groups = introducing_citations(document, [quote], citations)
    match = stored_match(store, statute, number)
    result = MatchResult("verbatim", 100.0, match)
    (group,) = carried.drop_carried(document, [quote], [result], groups, citations)
    (link,) = link_quotes(document, [quote], [match], citations, store, [group], ["verbatim"])
    return link.attribution, [c.article for c in group]


def _flanked_case(store: Store, script: str) -> tuple[str, str, str, str]:
    """(document, core, statute, article): a reproduced sentence whose cross-reference the writer
    changed, the law's words on both sides of it, the core after it."""
    if script == "english":
        before = stored_words(store, GDPR, "5", "further processing for archiving", "shall, ")
        core = stored_words(store, GDPR, "5", "not be considered", "initial purposes")
        return (
            f"Our notes on the GDPR's principles.\n{before}in accordance with Article 85(1), {core}.\n",
            core,
            GDPR,
            "5",
        )
    before = stored_words(store, PIPL, "30", "个人信息处理者处理敏感", "，除")
    core = stored_words(store, PIPL, "30", "还应当", "的影响")
    page = f"个人信息保护法对敏感信息另有要求。\n{before}本法第十四条规定的事项外，{core}。\n"
    if script == "traditional":
        page, core = traditional(page), traditional(core)
    return page, core, PIPL, "30"


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_changed_cross_reference_inside_the_laws_sentence_is_not_the_source(
    store: Store, finder: CitationFinder, rule: RuleSwitch, script: str
) -> None:
    rule.take_out(carried, "_flanked", lambda *a: False)
    document, core, statute, number = _flanked_case(store, script)
    attribution, articles = _attribution(store, finder, document, core, statute, number)
    if rule.on:
        assert attribution != "misattributed"
        assert articles in ([], [number], [None])
    else:
        assert attribution == "misattributed"


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_changed_reference_after_a_lead_in_of_the_writers_still_accuses(
    store: Store, finder: CitationFinder, script: str
) -> None:
    """Only the law's words on the citation's other side make it the law's: the writer's own
    words there ("Our notes say that, in accordance with …") leave it the writer's citation."""
    _, core, statute, number = _flanked_case(store, script)
    if script == "english":
        document = (
            "Our notes on the GDPR's principles.\nOur notes say that archiving is allowed and, in "
            f"accordance with Article 85(1), {core}.\n"
        )
    else:
        document = f"个人信息保护法对敏感信息另有要求。\n我们的笔记说，除本法第十四条规定的事项外，{core}。\n"
        if script == "traditional":
            document = traditional(document)
    attribution, _ = _attribution(store, finder, document, core, statute, number)
    assert attribution == "misattributed"


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_citation_set_apart_in_brackets_stays_the_writers(
    store: Store, finder: CitationFinder, script: str
) -> None:
    """The article's own words before a bracket (its subject named as the article names it) do
    not make the bracketed citation the law's: an aside is the writer's."""
    if script == "english":
        core = stored_words(store, GDPR, "5", "not be considered", "initial purposes")
        lead = "further processing for archiving purposes in the public interest, scientific"
        document = f"Our notes on the GDPR.\n{lead} (see GDPR Article 85(1)): {core}.\n"
        statute, number = GDPR, "5"
    else:
        core = stored_words(store, PIPL, "30", "还应当", "的影响")
        lead = stored_words(store, PIPL, "30", "个人信息处理者处理敏感", "信息的")
        document = f"个人信息保护法对敏感信息另有要求。\n{lead}（本法第十四条）：{core}。\n"
        statute, number = PIPL, "30"
        if script == "traditional":
            document, core = traditional(document), traditional(core)
    _, articles = _attribution(store, finder, document, core, statute, number)
    assert articles and articles[0] in ("85", "14")


def test_a_points_own_cross_reference_far_after_it_is_not_the_source(
    store: Store, finder: CitationFinder, rule: RuleSwitch
) -> None:
    """English only: in Chinese 200 characters are some 130 words, and no stored Chinese article
    sets that many of its own words in one sentence between a point and its cross-reference."""
    rule.take_out(carried, "_CARRY_REACH", 200)
    rule.take_out(attribution_rules, "own_reference", lambda *a: False)  # (it would mask it)
    point_a = stored_words(store, GDPR, "28", "processes the personal data only", "is subject")
    point_b = stored_words(store, GDPR, "28", "ensures that persons", "of confidentiality")
    document = (
        "Our notes on the GDPR.\nUnder the contract the processor must do the following: it "
        f"{point_a}; it {point_b}; and it takes all measures required pursuant to Article 32.\n"
    )
    assert (
        len(document[document.index(point_a) + len(point_a) : document.index("Article 32")]) > 200
    )
    attribution, articles = _attribution(store, finder, document, point_a, GDPR, "28")
    if rule.on:
        assert attribution != "misattributed" and "32" not in articles
    else:
        assert attribution == "misattributed"
