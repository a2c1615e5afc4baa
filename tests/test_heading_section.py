"""A reproduction in the section of a bare article heading is cited by it, ``unverified``
(pipeline/heading_section.py).

A reference page sets an article's text under its heading and puts lines between the two — the
caption, an "Updated on …" line, a summary or a note of its own — and names no law. A reader takes
the words for the heading's article, but cannot check the citation: ``unverified``, not
``uncited``. A line naming a law between the heading and the words leaves the quotation to the
rules that read that naming (it agrees with the law named last before it). Each case runs with
the rule on and off. Statute words come from the shipped store (tests/rule_pages.py); the
sentences around them are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, GDPR, GDPR_82, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch
from stored import stored_paragraphs

from lawref.pipeline import accusations
from lawref.pipeline.checker import Checker

checker = checker_with(DSL, GDPR)

_NOTE_ZH = "本条是关于数据处理活动基本要求的规定，下面是条文全文，供读者对照学习。"

# (case, page, statute, article, the heading's words)
SECTIONS = [
    (
        "en: a caption and an update line between",
        "Article 82\n\nRight to compensation and liability\n\n"
        "Updated on 3 March 2025 from the version published in the Official Journal.\n\n"
        f"1. {GDPR_82}\n",
        GDPR,
        "82",
        "Article 82",
    ),
    (
        "zh-Hans: the page's note between",
        f"第八条\n\n{_NOTE_ZH}\n\n{DSL_8}\n",
        DSL,
        "8",
        "第八条",
    ),
    (
        "zh-Hant: the page's note between",
        traditional(f"第八条\n\n{_NOTE_ZH}\n\n{DSL_8}\n"),
        DSL,
        "8",
        "第八條",
    ),
]


@pytest.mark.parametrize(("case", "page", "statute", "article", "heading"), SECTIONS)
def test_words_in_a_bare_headings_section_are_unverified(
    checker: Checker,
    rule: RuleSwitch,
    case: str,
    page: str,
    statute: str,
    article: str,
    heading: str,
) -> None:
    rule.take_out(accusations, "in_heading_section", lambda t, q, m, links, c: list(links))
    quote = quote_linked_to(checker, page, statute, article)
    if rule.on:
        assert quote.attribution == "unverified", case
        assert quote.cited_as is not None and quote.cited_as.text == heading
        assert quote.cited_as.statute is None
        assert any("does not name" in note for note in quote.notes), quote.notes
    else:
        assert quote.attribution == "uncited", case


# A line naming a law between the heading and the words: that naming decides, not the heading.
NAMED = [
    (
        "en: the GDPR named between",
        "Article 82\n\nRight to compensation and liability\n\n"
        "Updated on 3 March 2025. The GDPR gives everyone this right.\n\n"
        f"1. {GDPR_82}\n",
        GDPR,
        "82",
    ),
    (
        "zh-Hans: 《数据安全法》 named between",
        f"第八条\n\n本条是《数据安全法》关于数据处理活动基本要求的规定。\n\n{DSL_8}\n",
        DSL,
        "8",
    ),
    (
        "zh-Hant: 《數據安全法》 named between",
        traditional(f"第八条\n\n本条是《数据安全法》关于数据处理活动基本要求的规定。\n\n{DSL_8}\n"),
        DSL,
        "8",
    ),
]


@pytest.mark.parametrize(("case", "page", "statute", "article"), NAMED)
def test_a_law_named_between_decides_instead(
    checker: Checker, case: str, page: str, statute: str, article: str
) -> None:
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == "consistent", case
    assert quote.cited_as is not None and quote.cited_as.statute == statute


def test_the_writers_words_before_it_on_its_line_are_no_section(checker: Checker) -> None:
    """A quotation that goes on from the writer's words on its line is the writer's sentence, not
    the heading's text: it stays uncited."""
    page = (
        "Article 82\n\nRight to compensation and liability\n\n"
        "Updated on 3 March 2025 from the version published in the Official Journal.\n\n"
        f"Our reading of the duty, which we summarise for readers: {GDPR_82}\n"
    )
    quote = quote_linked_to(checker, page, GDPR, "82")
    assert quote.attribution != "unverified"


# An article copied with its first paragraph on its heading's line ("第三十条 …") and the rest
# under it, reported paragraph by paragraph (reuse/copied_paragraphs.py): the later paragraphs
# stand in that heading's section too. (case, heading's line start, statute, article, numbered
# paragraphs, the heading's words as cited)
WITH_TEXT = [
    ("en: Article 25 and its first paragraph", "Article 25 ", GDPR, "25", True, "Article 25"),
    ("zh-Hans: 第三十条 and its first paragraph", "第三十条 ", DSL, "30", False, "第三十条"),
    ("zh-Hant: 第三十條 and its first paragraph", "第三十條 ", DSL, "30", False, "第三十條"),
]


@pytest.mark.parametrize(("case", "opening", "statute", "article", "numbered", "cited"), WITH_TEXT)
def test_a_heading_with_its_first_paragraph_heads_the_paragraphs_under_it(
    checker: Checker,
    rule: RuleSwitch,
    case: str,
    opening: str,
    statute: str,
    article: str,
    numbered: bool,
    cited: str,
) -> None:
    from lawref.pipeline import heading_section

    rule.take_out(heading_section, "_own_heading_with_text", lambda line, at, article: None)
    parts = stored_paragraphs(checker.store, statute, article)
    lines = [f"{n}. {p}" if numbered else p for n, p in enumerate(parts, 1)]
    page = "\n".join([opening + lines[0], *lines[1:]]) + "\n"
    if "Hant" in case:
        page = traditional(page)
    later = [
        q
        for q in checker.check_text(page).quotes
        if q.match is not None
        and (q.match.statute, q.match.article) == (statute, article)
        and q.start > page.index("\n")
    ]
    assert later, case  # the copy is reported paragraph by paragraph
    for quote in later:
        if rule.on:
            assert quote.attribution == "unverified", case
            assert quote.cited_as is not None and quote.cited_as.text == cited
        else:
            assert quote.attribution == "uncited", case
