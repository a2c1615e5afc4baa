"""Words in quotation marks, credited to one article, that follow no stored text closely but are
plainly another article's of the same law are `misattributed` (issue 14, round seventeen:
real misattributions; pipeline/quoted_elsewhere.py).

Before, a quotation the matcher links only as a `paraphrase` never accused its citation: it
follows no text, so it was `unverified` ("cannot show the citation wrong"). Set off in quotation
marks and credited to an article, the words are presented as that article's; when most of their
content words stand in the matched article, clearly fewer in any other, and few in the cited
one, the citation is called wrong, with a note giving the shares. Words spread over several
articles, a quotation linked to another law, a short phrase, the words credited to the article
they come from, and an article cited by the penalty that names it accuse no one. The writer's
words are written for these tests; the stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, GDPR, checker_with, traditional
from rule_switch import RuleSwitch

from lawref.pipeline.checker import Checker

checker = checker_with(GDPR, DSL)

# GDPR Art. 4(2)'s definition of processing, shortened and reworded, credited to Art. 3.
_PROCESSING = (
    "any operation performed on personal data or on sets of personal data, such as collection, "
    "recording, organisation, structuring, storage, adaptation, retrieval, use, disclosure, "
    "erasure or destruction, whether or not by automated means"
)
_GDPR_3 = f"The law is broad. Processing is defined as “{_PROCESSING}” (Article 3 of the GDPR)."
# Data Security Law Art. 21's classification, reworded two ways, credited to Art. 20.
_DSL_20_SYSTEM = (
    "《数据安全法》第二十条规定：“国家建立数据分类分级保护制度，根据数据的重要程度，以及一旦被篡改、破坏、"
    "泄露后对国家安全、公共利益或者个人、组织合法权益造成的危害程度，对数据进行分类分级保护。”"
)
_DSL_20_GRADED = (
    "《数据安全法》第二十条规定：“国家根据数据在经济社会发展中的重要程度以及遭到篡改、破坏、泄露对国家安全、"
    "公共利益的危害程度，建立数据分类分级保护制度。”"
)

# (page, the quotation's opening, the article the words are plainly another's of; None: none)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: a definition credited to the article before the one that gives it.
    (_GDPR_3, "any operation", (GDPR, "4")),
    # Simplified and Traditional: Art. 21's classification credited to Art. 20.
    (_DSL_20_SYSTEM, "国家建立", (DSL, "21")),
    (traditional(_DSL_20_SYSTEM), traditional("国家建立"), (DSL, "21")),
    (_DSL_20_GRADED, "国家根据", (DSL, "21")),
    (traditional(_DSL_20_GRADED), traditional("国家根据"), (DSL, "21")),
]

# Pages whose reworded quotation accuses no one (the quotation's opening).
NO_ACCUSATION: list[tuple[str, str]] = [
    # The words credited to the article they come from.
    (_GDPR_3.replace("Article 3", "Article 4"), "any operation"),
    (_DSL_20_SYSTEM.replace("第二十条", "第二十一条"), "国家建立"),
    (traditional(_DSL_20_SYSTEM.replace("第二十条", "第二十一条")), traditional("国家建立")),
    # Security measures whose words Arts. 25 and 32 share: no one article plainly holds them.
    (
        "Under Article 9 of the GDPR, “the controller must take into account the state of the art, "
        "the cost of implementation and the nature, scope, context and purposes of processing, and "
        "implement appropriate technical and organisational measures to ensure a level of "
        "security appropriate to the risk”.",
        "the controller",
    ),
    # A short phrase: too few words to tell one article's from another's.
    ("Processing is “any operation performed on personal data” (Article 3 of the GDPR).", "any"),
    # Words another stored law holds more of (the matcher links them there, not to the DSL).
    (
        "《数据安全法》第二十条规定：“国家对数据实行分类分级保护，依据数据在经济社会发展中的重要程度，"
        "以及一旦遭到篡改、破坏、泄露对国家安全、公共利益造成的危害程度。”",
        "国家对数据",
    ),
]


def _quote_opening(checker: Checker, page: str, opening: str) -> tuple[str, object]:
    for quote in checker.check_text(page).quotes:
        if quote.text.startswith(opening):
            return quote.attribution, quote
    raise AssertionError(f"no quotation opening {opening!r} in {page!r}")


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_quoted_words_another_article_holds_are_misattributed(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str],
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import quoted_elsewhere as quoted_elsewhere_rule

    rule.take_out(quoted_elsewhere_rule, "quoted_elsewhere", lambda *args: None)
    attribution, quote = _quote_opening(checker, page, opening)
    assert quote.match is not None  # type: ignore[attr-defined]
    assert (quote.match.statute, quote.match.article) == expected  # type: ignore[attr-defined]
    assert quote.verdict == "paraphrase"  # type: ignore[attr-defined]
    if not rule.on:
        assert attribution == "unverified"
        return
    assert attribution == "misattributed"
    # The note names both articles and how many of the words each holds.
    note = " ".join(quote.notes)  # type: ignore[attr-defined]
    assert f"Art. {expected[1]} " in note and "%" in note, note
    assert quote.cited_as is not None and quote.cited_as.text in note  # type: ignore[attr-defined]


@pytest.mark.parametrize(("page", "opening"), NO_ACCUSATION, ids=range(len(NO_ACCUSATION)))
def test_quoted_words_not_plainly_elsewhere_accuse_no_one(
    checker: Checker, page: str, opening: str
) -> None:
    attribution, _ = _quote_opening(checker, page, opening)
    assert attribution != "misattributed"
