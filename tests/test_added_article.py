"""An article the text calls new (新增的第 3 條, "the new Article 3") is read in the version of
the law that added it, even after a mention of an earlier year of the law made the earlier
version the one in context (issue 14, heldout12: the 2025 Cybersecurity Law's added Art. 3 read
as the 2016 text's Art. 3). An article the text does not call new keeps the earlier version; a
"new" article no stored revision added is left as read (citations/added_article.py).

Each case runs with the rule on and off: with it off, the cited article keeps the earlier version.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.citations import find
from lawref.citations.find import CitationFinder
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL)


# (text, the cited article's words, its version with the rule on, whether the rule changes it)
CASES = [
    (
        "这是自2017年《网络安全法》施行以来的首次修改。特别是新增的第3条，写入了党的领导。",
        "第3条",
        "2025",
        True,
    ),
    (
        "這是自 2017 年《網絡安全法》上路以來的首次全面調整。特別是新增的第 3 條，寫入了黨的領導。",
        "第 3 條",
        "2025",
        True,
    ),
    (
        "This is the first overhaul since the 2017 Cybersecurity Law took effect. The new Article 3 "
        "puts cybersecurity work under the Party's leadership.",
        "Article 3",
        "2025",
        True,
    ),
    (
        "This is the first overhaul since the 2017 Cybersecurity Law took effect. The newly added "
        "Article 20 deals with artificial intelligence.",
        "Article 20",
        "2025",
        True,
    ),
    # Not called new: the year's version stays.
    (
        "自2017年《网络安全法》施行以来，第3条规定了国家的方针。",
        "第3条",
        "2016",
        False,
    ),
    # Called new, but no revision added Art. 21 (it continues an article of the 2016 text): as read.
    (
        "自2017年《网络安全法》施行以来，新增的第21条规定了等级保护。",
        "第21条",
        "2016",
        False,
    ),
]


@pytest.mark.parametrize(("text", "words", "version", "changed"), CASES)
def test_an_article_called_new_is_read_in_the_version_that_added_it(
    store: Store, rule: RuleSwitch, text: str, words: str, version: str, changed: bool
) -> None:
    rule.take_out(find, "added_articles", lambda text, found, statute_of: found)
    cited = [c for c in CitationFinder(store).find(text) if c.text == words]
    number = "".join(ch for ch in words if ch.isdigit())
    assert [(c.statute, c.article) for c in cited] == [(CSL, number)]
    if rule.on or not changed:
        assert cited[0].version == version
    else:
        assert cited[0].version == "2016"
