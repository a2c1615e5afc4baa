"""A quotation of an article the page cited earlier agrees with that citation, though a passing
reference to another article of the law stands between ("Article 82 of the GDPR … the principles
of Article 5 … Any person who has suffered …"): ``consistent``, not ``uncited``
(lawref/pipeline/cited_earlier.py; issue 14, heldout12's page on AI Act Art. 99 that mentions
Art. 5 on the way). A quotation whose article no citation before it names stays ``uncited``.

Each case runs with the rule on and off; the pages are written for these tests around articles of
the shipped store."""

from __future__ import annotations

import pytest
from rule_pages import quote_linked_to, traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import named_before
from lawref.pipeline.checker import Checker
from lawref.spans import CitationSpan
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def checker() -> Checker:
    store: Store = shipped_store_with(DSL, GDPR)
    return Checker(store)


class _NoneCited:
    """The rule taken out: no citation earlier on the page is looked for."""

    def __init__(self, citations: list[CitationSpan]) -> None:
        del citations

    def last_before(self, statute: str, article: str, at: int) -> None:
        return None


_GDPR_82 = (
    "Any person who has suffered material or non-material damage as a result of an infringement "
    "of this Regulation shall have the right to receive compensation from the controller or "
    "processor for the damage suffered.\n"
)
_EN = (
    "Article 82 of the GDPR sets out the right to compensation.\n\n"
    "It works alongside the principles of Article 5, which every controller must respect in any "
    "case.\n\n" + _GDPR_82
)
# The page cites Arts. 83 and 5, never Art. 82: the words stay uncited.
_EN_NEVER = _EN.replace("Article 82 of the GDPR", "Article 83 of the GDPR")
_DSL_8 = (
    "开展数据处理活动，应当遵守法律、法规，尊重社会公德和伦理，遵守商业道德和职业道德，诚实守信，"
    "履行数据安全保护义务，承担社会责任，不得危害国家安全、公共利益，不得损害个人、组织的合法权益。\n"
)
_ZH = (
    "《数据安全法》第八条规定了数据处理活动的基本要求。\n\n"
    "这一要求与第七条所说的数据权益保护相互配合，企业应当一并重视。\n\n" + _DSL_8
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
