"""A bare "Section N" read as a stored law that holds no provision N is the store's code section of
that number, marked inferred (lawref/citations/code_sections.py): a page setting the CLOUD Act's
section beside the GDPR's article, naming the Act only as "CLOUD", had its "section 2713" read
as the GDPR (the one stored law it names), so the section's words quoted under it were
`misattributed`. Without the rule the bare section stays the GDPR's, or the AI Act's.

Table-driven, in English: Chinese writing gives a US act's section as 第702节 or 301条款, which
citations/act_section.py reads and never keeps as a section of a law that lacks it, so the rule
has no Chinese form to read. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import cited_over, shipped_store_with, stored_article

from lawref.citations import find
from lawref.citations.find import CitationFinder
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

S2713 = "us-18-usc-2713"
S2511 = "us-18-usc-2511"
GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(S2713, S2511, GDPR, AI_ACT)


def _rule_off(rule: RuleSwitch) -> None:
    rule.take_out(find, "code_sections", lambda found, *args: list(found))


# (text, the citation's words, what it cites with the rule, … and without it)
CASES = [
    (
        "The GDPR clashes with American law. The clash comes from section 2713, which reaches "
        "data that providers hold abroad.",
        "section 2713",
        (S2713, "2713"),
        (GDPR, None),
    ),
    (
        "Europe answers with the GDPR.\n\nSection 2713 obliges providers to hand over records "
        "wherever they are kept.",
        "Section 2713",
        (S2713, "2713"),
        (GDPR, None),
    ),
    (
        "Deployers must keep logs under the AI Act.\n\nSection 2511 makes it a crime to "
        "intercept a call.",
        "Section 2511",
        (S2511, "2511"),
        (AI_ACT, None),
    ),
    (
        "Under the GDPR, see Sec. 2713 for the American side of the conflict.",
        "Sec. 2713",
        (S2713, "2713"),
        (GDPR, None),
    ),
    # the law named in the reference's own words, an article's keyword, a section the law
    # holds as a part of a chapter: left as read
    (
        "Nothing like Section 2713 of the GDPR exists.",
        "Section 2713 of the GDPR",
        (GDPR, "2713"),
        (GDPR, "2713"),
    ),
    (
        "The GDPR has no article 2713 at all.",
        "article 2713",
        (GDPR, "2713"),
        (GDPR, "2713"),
    ),
    (
        "The AI Act is strict. Its requirements for high-risk systems are in Section 2.",
        "Section 2",
        (AI_ACT, None),
        (AI_ACT, None),
    ),
]


@pytest.mark.parametrize(("text", "words", "on", "off"), CASES)
def test_a_bare_section_the_law_lacks_is_the_stored_code_section(
    rule: RuleSwitch,
    store: Store,
    text: str,
    words: str,
    on: tuple[str | None, str | None],
    off: tuple[str | None, str | None],
) -> None:
    _rule_off(rule)
    assert cited_over(CitationFinder(store), text, words) == ({on} if rule.on else {off})


def test_the_code_section_read_so_is_inferred(store: Store) -> None:
    text = "The GDPR meets its match in section 2713."
    (section,) = [c for c in CitationFinder(store).find(text) if c.text == "section 2713"]
    assert section.inferred
    assert section.note is not None and "holds no provision 2713" in section.note


LEAD_INS = [
    "Two laws collide here: for the Americans, section 2713; for Europe, the GDPR.\n\n"
    "Section 2713 reads, “{words}”",
    "The GDPR is one side of it.\n\nThe other is section 2713, which says: “{words}”",
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_the_sections_words_under_it_are_not_misattributed(
    rule: RuleSwitch, store: Store, lead_in: str
) -> None:
    _rule_off(rule)
    words = stored_article(store, S2713, "2713").text.strip()
    text = lead_in.format(words=words)
    (quote,) = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    assert (quote.match.statute, quote.verdict) == (S2713, "verbatim")
    assert quote.attribution == ("consistent" if rule.on else "misattributed")
