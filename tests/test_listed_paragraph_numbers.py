"""An article's paragraphs reproduced under the article's own numbers, some left out, are judged
paragraph by paragraph: the numbers show what the page left out (issue 14, heldout20: AI Act Art.
49's paragraphs 1, 2 and 5 under a heading were joined into one `altered` list, though each is the
law's words). pipeline/listed_items.py already reads a list that keeps the law's own markers so;
it did not see the law's marker when the store sets no-break spaces after a paragraph's number, as
the EU's texts do ("5.\xa0\xa0\xa0High-risk AI systems …"), in English and in French. A list the
page numbers itself (1, 2, 3 for paragraphs 1, 2 and 4) stays one altered quotation.

The stored Chinese texts write no paragraph numbers with no-break spaces: their items (（一）)
were read before, and the Chinese cases hold with the fix on and off.

Each case runs with the fix on and off; the law's words are the shipped store's (the Traditional
form converted by OpenCC), the pages around them are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import listed_items
from lawref.pipeline.checker import Checker
from lawref.store.files import Store
from lawref.text.regex_code import Deferred

GDPR = "eu-gdpr"
AI_ACT = "eu-ai-act"
PIPL = "cn-personal-information-protection-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, AI_ACT, PIPL)


def _paragraphs(store: Store, statute: str, article: str, language: str) -> list[str]:
    """The stored paragraphs (or items) of the article in ``language``, without their numbers."""
    found = stored_article(store, statute, article)
    text = found.text
    if language == "fr":
        text = next(v.text for v in found.language_versions if v.language == "fr")
    if statute == PIPL:
        return [p.split("）", 1)[-1] for p in text.split("\n\n")]
    return [p.split("\xa0", 1)[-1].strip() for p in text.split("\n") if p.strip()]


# (script, statute, article, the page's heading, the paragraphs kept (1-based), how they are
# numbered: "law" (each under its own number) or "page" (1, 2, 3 …), the verdicts reported with the
# fix on, with it off)
CASES = [
    ("en", GDPR, "82", "Article 82 of the GDPR\n\n", [1, 2, 4], "law", "vvv", "a"),
    ("en", AI_ACT, "26", "Article 26 of the AI Act\n\n", [1, 2, 4], "law", "vvv", "a"),
    ("en", GDPR, "82", "Article 82 of the GDPR\n\n", [1, 2, 4], "page", "a", "a"),
    ("fr", GDPR, "82", "Article 82 du RGPD\n\n", [1, 2, 4], "law", "vvv", "a"),
    ("fr", GDPR, "82", "Article 82 du RGPD\n\n", [1, 2, 4], "page", "a", "a"),
    ("zh-Hans", PIPL, "13", "《个人信息保护法》第十三条\n\n", [1, 2, 3, 5], "law", "lead", "lead"),
    ("zh-Hant", PIPL, "13", "《個人信息保護法》第十三條\n\n", [1, 2, 3, 5], "law", "lead", "lead"),
]
_HAN_NUMBERS = "一二三四五六七八九"


def _page(heading: str, paragraphs: list[str], kept: list[int], numbering: str, han: bool) -> str:
    lines = []
    for place, number in enumerate(kept, 1):
        if han and number == 1:
            lines.append(paragraphs[0])  # (the Chinese article's lead-in, then its items)
            continue
        if han:
            mark = f"（{_HAN_NUMBERS[number - 2]}）"
        else:
            mark = f"{number if numbering == 'law' else place}. "
        lines.append(mark + paragraphs[number - 1])
    return f"{heading}" + "\n\n".join(lines) + "\n\nOur notes on it follow below.\n"


@pytest.mark.parametrize("case", range(len(CASES)))
def test_paragraphs_under_the_laws_numbers_are_judged_one_by_one(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    script, statute, article, heading, kept, numbering, on, off = CASES[case]
    # (taken out: the stored marker read without the no-break spaces after it, as before)
    rule.take_out(
        listed_items,
        "_STORED_MARKER",
        Deferred(rf"(?:^|\n)[ \t\u3000]*({listed_items._MARKER})[ \t\u3000]*$"),
    )
    han = script.startswith("zh")
    paragraphs = _paragraphs(store, statute, article, "fr" if script == "fr" else "en")
    page = _page(heading, paragraphs, kept, numbering, han)
    if script == "zh-Hant":
        page = traditional(page)
    linked = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    assert all(q.match is not None and q.match.article == article for q in linked), page
    verdicts = "".join(q.verdict[0] for q in linked)
    expected = on if rule.on else off
    if expected == "lead":  # the Chinese list: its items judged one by one, none altered
        assert len(linked) >= 2 and "a" not in verdicts, (verdicts, page)
    else:
        assert verdicts == expected, [(q.text[:40], q.verdict) for q in linked]
