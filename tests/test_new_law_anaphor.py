"""新法 ("the new law") opening a clause cites the law the text just called revised, else the law
named before, as "the new law" does in English (issue 14; the class seen on heldout23, Chinese
reports on the 2025 revision of the Cybersecurity Law: cn.yaml's template ``cn-anaphor-new-law``,
read by citations/revised_anaphor.py). Not the maxim 新法优于旧法, not 新法规 (new regulations),
not a word's end (科技创新法). With the template taken out, the same sentences' 新法 cites nothing.
The sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from grammar_off import finder_without
from stored import shipped_store_with

from lawref.citations.find import CitationFinder
from lawref.spans import CitationSpan
from lawref.store.files import Store

CSL, DSL = "cn-cybersecurity-law", "cn-data-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, DSL)


@pytest.fixture(scope="module")
def finder(store: Store) -> CitationFinder:
    return CitationFinder(store)


# (text, the statute 新法 cites with the rule on); with the template taken out, 新法 cites nothing
NEW_LAW = [
    ("新版《网络安全法》第六十一条提高了罚款上限。此外，新法针对不同情形设置了处罚。", CSL),
    ("新版《網絡安全法》第六十一條提高了罰款上限。此外，新法針對不同情形設置了處罰。", CSL),
    ("常委会通过了修订后的《数据安全法》。新法将于明年施行，由网信部门负责解释。", DSL),
    ("常委會通過了修訂後的《數據安全法》。新法將於明年施行，由網信部門負責解釋。", DSL),
]


def _new_law(found: Sequence[CitationSpan]) -> list[str | None]:
    return [c.statute for c in found if c.text == "新法"]


@pytest.mark.parametrize(("text", "statute"), NEW_LAW)
def test_the_new_law_cites_the_law_just_revised(
    store: Store, finder: CitationFinder, text: str, statute: str
) -> None:
    assert _new_law(finder.find(text)) == [statute]
    assert _new_law(finder_without(store, "cn-anaphor-new-law").find(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "《数据安全法》规定了数据分类。根据新法优于旧法的原则，这一条适用。",  # the maxim
        "《数据安全法》规定了数据分类。国家正在制定新法规。",  # new regulations
        "《数据安全法》规定了数据分类。新法的起草框架尚未公布。",  # a law still being drafted
        "《數據安全法》規定了數據分類。新法草案尚未公佈。",
        "《數據安全法》規定了數據分類。科技創新法也在起草。",  # a word's end
    ],
)
def test_new_law_as_a_maxim_or_a_word_end_cites_nothing(finder: CitationFinder, text: str) -> None:
    assert not [c for c in finder.find(text) if "新法" in c.text]
