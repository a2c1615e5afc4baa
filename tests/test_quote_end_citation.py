"""A writer's citation in brackets at the very end of a quotation, inside its closing mark
("…処理するもの(第76条)」", "…protect (Article 7).”"): not the quoted words (the quotation's span
stops before it) and the quotation's own citation. The renderings and sentences are written
for these tests.
"""

from __future__ import annotations

import pytest

from lawref.pipeline.checker import Checker
from lawref.quotes.find import find_quotes
from lawref.store.load import load_store

NIL = "cn-national-intelligence-law"
NIL_7 = "组织和公民应当依法支持、协助和配合国家情报工作，保守所知悉的国家情报工作秘密"
NIL_7_TW = "組織和公民應當依法支持、協助和配合國家情報工作，保守所知悉的國家情報工作秘密"
JA7 = (
    "いかなる組織及び公民も、法に基づき国家の情報活動を支持し、協力し、"
    "知り得た国家情報活動の秘密を守らなければならない"
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (f"该法规定：“{NIL_7}（第七条）”。", NIL_7),
        (f"該法規定：「{NIL_7_TW}（第七條）」。", NIL_7_TW),
        (f"同法は「{JA7}(第7条)」としている。", JA7),
        (
            'It says: "All organizations shall support the work (Article 7)." Then',
            "All organizations shall support the work",
        ),
        # a bracket that is part of the quoted words stays ("…under Article 7 (2)" is no citation
        # in brackets), and a quotation that is only a citation is left whole
        ('The text: "as provided in Article 7(2)" says', "as provided in Article 7(2)"),
        ("“（第七条）”", "（第七条）"),
    ],
)
def test_the_citation_at_a_quotations_end_is_not_quoted(text: str, quoted: str) -> None:
    assert [q.text for q in find_quotes(text)] == [quoted]


@pytest.mark.parametrize(
    "text",
    [
        f"《国家情报法》规定：“{NIL_7}（第七条）”。",
        f"《國家情報法》規定：「{NIL_7_TW}（第七條）」。",
        f"中華人民共和国国家情報法は「{JA7}(第7条)」としている。",
    ],
)
def test_the_citation_at_a_quotations_end_cites_it(checker: Checker, text: str) -> None:
    (quote,) = checker.check_text(text).quotes
    assert quote.match is not None and (quote.match.statute, quote.match.article) == (NIL, "7")
    assert quote.attribution == "consistent"
