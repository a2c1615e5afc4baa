"""Chinese text under a Chinese article's heading whose words changed too much for the reuse
scan's exact runs (issue 14, the seventh held-out set's linking recall: pipeline/headed_chinese.py).

"第一条 为了保守国家的秘密，…制定本法律。" — an older, retyped or reworded article on a page that reproduces a
law — is matched with the heading's article preferred and reported when the matcher links it to
that article; the page's own words under a heading are not reported. English under a heading is
pipeline/headed.py's (the cross-lingual check), and Japanese is never read as the Chinese text.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lawref.pipeline.checker import Checker
from lawref.store.load import load_store

SSL = "cn-state-secrets-law"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


REWORDED = (
    "为了保守国家的秘密，维护国家的安全与利益，保护社会的公共利益，促进经济建设与社会的进步，"
    "依据宪法，制定本法律。"
)
REWORDED_HANT = (
    "為了保守國家的秘密，維護國家的安全與利益，保護社會的公共利益，促進經濟建設與社會的進步，"
    "依據憲法，制定本法律。"
)
COMMENT = "本条说明了这部法律的立法目的，专家认为这一条非常重要，值得企业认真学习。"

# (text, the words reported, the article they are linked to; None: nothing reported there)
CASES: list[tuple[str, str, str | None]] = [
    # Simplified and Traditional: a reworded Art. 1 under its heading.
    ("《中华人民共和国保守国家秘密法》\n第一条 " + REWORDED, REWORDED, "1"),
    ("《中華人民共和國保守國家秘密法》\n第一條 " + REWORDED_HANT, REWORDED_HANT, "1"),
    # The page's own words under a heading are not the law's.
    ("《中华人民共和国保守国家秘密法》\n第一条 " + COMMENT, COMMENT, None),
    # Reworded text under another article's heading is not linked to that article.
    ("《中华人民共和国保守国家秘密法》\n第三十条 " + REWORDED, REWORDED, None),
]


@pytest.mark.parametrize(("text", "words", "article"), CASES)
def test_chinese_under_its_heading(
    checker: Checker, text: str, words: str, article: str | None
) -> None:
    quotes = [q for q in checker.check_text(text, "zh").quotes if q.text == words]
    linked = [
        (q.match.statute, q.match.article)
        for q in quotes
        if q.match is not None and q.verdict != "unmatched"
    ]
    assert linked == ([(SSL, article)] if article else [])
    for q in quotes:
        assert q.attribution in ("consistent", None)  # its heading cites it, and accuses nothing


def test_english_under_a_heading_is_not_this_rules() -> None:
    from lawref.pipeline.headed_chinese import headed_chinese

    store = load_store()
    checker = Checker(store)
    text = "Data Security Law\nArticle 1 This Law is formulated to regulate data handling."
    citations = checker.finder.find(text)
    assert headed_chinese(text, [], citations, checker.matcher) == []
