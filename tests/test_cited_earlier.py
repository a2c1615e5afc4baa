"""A quotation of an article the page cited earlier agrees with that citation, though a passing
reference to another article of the law stands between ("Article 82 of the GDPR … the principles
of Article 5 … Any person who has suffered …"): ``consistent``, not ``uncited``
(lawref/pipeline/cited_earlier.py; issue 14, heldout12's page on AI Act Art. 99 that mentions
Art. 5 on the way). A quotation whose article no citation before it names stays ``uncited``.

Each case runs with the rule on and off; the pages are written for these tests around articles of
the shipped store."""

from __future__ import annotations

import pytest
from rule_pages import DSL, DSL_8, GDPR, GDPR_82, checker_with, quote_linked_to, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import named_before
from lawref.pipeline.checker import Checker
from lawref.spans import CitationSpan

checker = checker_with(DSL, GDPR)


class _NoneCited:
    """The rule taken out: no citation earlier on the page is looked for."""

    def __init__(self, citations: list[CitationSpan]) -> None:
        del citations

    def last_before(self, statute: str, article: str, at: int) -> None:
        return None


_EN = (
    "Article 82 of the GDPR sets out the right to compensation.\n\n"
    "It works alongside the principles of Article 5, which every controller must respect in any "
    "case.\n\n" + GDPR_82 + "\n"
)
# The page cites Arts. 83 and 5, never Art. 82: the words stay uncited.
_EN_NEVER = _EN.replace("Article 82 of the GDPR", "Article 83 of the GDPR")
_ZH = (
    "《数据安全法》第八条规定了数据处理活动的基本要求。\n\n"
    "这一要求与第七条所说的数据权益保护相互配合，企业应当一并重视。\n\n" + DSL_8 + "\n"
)
_ZH_NEVER = _ZH.replace("第八条规定了", "第九条规定了")

# (page, statute, article, attribution with the rule on, with it off)
CASES = [
    (_EN, GDPR, "82", "consistent", "uncited"),
    (_ZH, DSL, "8", "consistent", "uncited"),
    (traditional(_ZH), DSL, "8", "consistent", "uncited"),
    (_EN_NEVER, GDPR, "82", "uncited", "uncited"),
    (_ZH_NEVER, DSL, "8", "uncited", "uncited"),
    (traditional(_ZH_NEVER), DSL, "8", "uncited", "uncited"),
]


@pytest.mark.parametrize(("page", "statute", "article", "on", "off"), CASES)
def test_an_article_cited_earlier_agrees(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    statute: str,
    article: str,
    on: str,
    off: str,
) -> None:
    rule.take_out(named_before, "ArticlesCited", _NoneCited)
    quote = quote_linked_to(checker, page, statute, article)
    assert quote.attribution == (on if rule.on else off)
    if quote.attribution == "consistent":
        assert quote.cited_as is not None and quote.cited_as.article == article
