"""A quotation that crosses a hard line break in a text wrapped at a fixed width with no blank
line anywhere (a PDF's or a fixed-width page's text) is found and linked, as it is in a text with
blank lines (issue 14, heldout12: a bar journal's "Article 3 of the NSL directs … to “effectively
prevent,⏎suppress and impose punishment …⏎national security”", lost because a text without blank
lines is read a paragraph per line).

Each case runs with the rule on and off (quotes/wrapped_lines.runs_on; off: a quotation still
open at a line's end is dropped there, as before). The quotations are stretches of the shipped
store's articles, in sentences written for these tests and wrapped by the test at a fixed width,
in English (a rendering of a Chinese article, tests/data/xling_renderings.yaml), Simplified and
(converted) Traditional Chinese. The last cases are the rule's limits,
the same with the rule on and off.
"""

from __future__ import annotations

import textwrap

import pytest
from own_renderings import own_renderings
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline.checker import Checker
from lawref.quotes.find import find_quotes
from lawref.store.files import Store

DSL = "cn-data-security-law"
# The laws of the English renderings, as a writer names them.
NAMES = {
    "cn-cybersecurity-law": "Cybersecurity Law",
    "cn-data-security-law": "Data Security Law",
    "cn-personal-information-protection-law": "Personal Information Protection Law",
    "cn-national-intelligence-law": "National Intelligence Law",
    "cn-national-security-law": "National Security Law",
    "cn-counter-espionage-law": "Counter-espionage Law",
    "cn-anti-foreign-sanctions-law": "Anti-Foreign Sanctions Law",
    "cn-cryptography-law": "Cryptography Law",
}


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, *NAMES)


def off(rule: RuleSwitch) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.quotes import wrapped_lines as wrapped_lines_rule

    rule.take_out(wrapped_lines_rule, "runs_on", lambda *args: False)


def wrapped_english(sentence: str) -> str:
    return "\n".join(textwrap.wrap(sentence, width=72)) + "\n"


def wrapped_chinese(sentence: str, width: int = 24) -> str:
    """Chinese wrapped every ``width`` characters, as a fixed-width page sets it."""
    return "\n".join(sentence[i : i + width] for i in range(0, len(sentence), width)) + "\n"


def english_page(store: Store) -> tuple[str, str, str]:
    """An English rendering of a Chinese article (written for the tests) quoted in a wrapped
    text: only the quotation finder can find it, the reuse scan looks for stored words."""
    entry = next(
        e
        for e in own_renderings()
        if len(e["text"]) > 150 and not any(mark in e["text"].rstrip(".") for mark in ".;:")
    )  # (one sentence: no line of it ends one, which would end its paragraph)
    sentence = (
        f"The law's reach is wide. Article {entry['article']} of China's {NAMES[entry['statute']]} "
        f"says that “{entry['text'].rstrip('.')}” and few companies have read it closely."
    )
    return wrapped_english(sentence), entry["statute"], entry["article"]


def chinese_page(store: Store) -> tuple[str, str, str]:
    words = stored_words(store, DSL, "21", "国家建立", "重要程度")
    sentence = f"对此，评论文章认为，《数据安全法》第二十一条明确规定“{words}”，各地据此制定目录。"
    return wrapped_chinese(sentence), DSL, "21"


PAGES = {
    "english": english_page,
    "simplified": chinese_page,
    "traditional": lambda store: (traditional(chinese_page(store)[0]), DSL, "21"),
}


@pytest.mark.parametrize("language", list(PAGES))
def test_a_quotation_over_wrapped_lines_is_linked(
    store: Store, rule: RuleSwitch, language: str
) -> None:
    off(rule)
    page, statute, article = PAGES[language](store)
    assert "\n\n" not in page and page.count("\n") >= 3  # wrapped, no blank line
    quotes = Checker(store).check_text(page).quotes
    # (the reuse scan may find stored words without their marks: marks "none")
    linked = [
        q
        for q in quotes
        if q.match is not None
        and q.verdict != "unmatched"
        and (q.match.statute, q.match.article) == (statute, article)
        and q.marks == "quoted"
    ]
    if rule.on:
        assert len(linked) == 1, [(q.text, q.verdict, q.marks) for q in quotes]
        assert "\n" in linked[0].text  # the whole quotation, across its lines
        assert linked[0].attribution == "consistent"
    else:
        assert linked == []


# The limits: a line that ends a sentence ends its paragraph (a text written a paragraph per line),
# a straight mark is not carried over a line break, and a quotation that never closes is dropped.
LIMITS = [
    "He said “this is how it ends.\nThe next paragraph is another one.” Then more.\n",
    'He said "this runs on over\nthe line but its marks are straight" and more.\n',
    "它说“这句话没有结束\n下一行也没有结束\n最后一行还是没有结束\n",
]


@pytest.mark.parametrize("page", LIMITS)
def test_the_rule_keeps_its_limits(rule: RuleSwitch, page: str) -> None:
    off(rule)
    assert not any("\n" in q.text for q in find_quotes(page))
