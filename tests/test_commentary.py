"""A commentator's unquoted sentence under a commentary heading ("Commentary", 【条文理解】), which
retells the article in its words with changes, is the commentator's explanation, not a
reproduction (issue 14, heldout10 and heldout: GDPR wiki commentaries and an annotated PIPL linked
as `altered`). The same words under the law's own text heading, and an exact copy under the
commentary heading, keep their link.

Each case runs with the rule on and off (pipeline/commentary.py); the sentences are written
here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

GDPR = "eu-gdpr"
PIPL = "cn-personal-information-protection-law"

_RETOLD_EN = (
    "Accordingly, controllers must put in place appropriate technical and organisational "
    "measures that are designed to implement data protection principles."
)
_RETOLD_HANS = (
    "本条界定了敏感个人信息。所谓敏感个人信息，是指一旦泄露或者非法使用，容易导致自然人的人格尊严"
    "受到侵害或者人身、财产安全受到危害的信息，因此处理者应当格外谨慎。"
)
_RETOLD_HANT = (
    "本條界定了敏感個人信息。所謂敏感個人信息，是指一旦洩露或者非法使用，容易導致自然人的人格尊嚴"
    "受到侵害或者人身、財產安全受到危害的信息，因此處理者應當格外謹慎。"
)
_COPIED_HANS = (
    "敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到"
    "危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及"
    "不满十四周岁未成年人的个人信息。"
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, PIPL)


# (document, a piece of the quotation, the link it has with the rule off, linked with it on)
CASES = [
    (
        f"Article 25 GDPR\nCommentary\nThe article sets out privacy by design. {_RETOLD_EN}",
        "organisational",
        (GDPR, "25"),
        False,
    ),
    (f"Article 25 GDPR\n==Commentary==\n{_RETOLD_EN}", "organisational", (GDPR, "25"), False),
    (f"第二十八条\n【条文理解】\n{_RETOLD_HANS}", "人格尊严", (PIPL, "28"), False),
    (f"第二十八條\n【條文理解】\n{_RETOLD_HANT}", "人格尊嚴", (PIPL, "28"), False),
    (f"第二十八条\n◆ 理解与适用\n{_RETOLD_HANS}", "人格尊严", (PIPL, "28"), False),
    # The law's text headed again below the commentary heading, or no commentary heading at all.
    (
        f"Article 25 GDPR\nCommentary\nSee below.\nLegal Text\n{_RETOLD_EN}",
        "organisational",
        (GDPR, "25"),
        True,
    ),
    (f"第二十八条\n{_RETOLD_HANS}", "人格尊严", (PIPL, "28"), True),
    # An exact copy under the commentary heading: presented as the text, linked.
    (f"第二十八条\n【条文理解】\n{_COPIED_HANS}", "人格尊严", (PIPL, "28"), True),
]


def _quote(store: Store, document: str, piece: str):
    found = [q for q in Checker(store).check_text(document).quotes if piece in q.text]
    return found[0] if found else None


@pytest.mark.parametrize(("document", "piece", "link", "linked"), CASES)
def test_a_commentators_changed_retelling_is_not_linked(
    store: Store,
    rule: RuleSwitch,
    document: str,
    piece: str,
    link: tuple[str, str],
    linked: bool,
) -> None:
    rule.take_out(checker, "commentators_words", lambda text, span, weighed, store: weighed)
    quote = _quote(store, document, piece)
    assert quote is not None
    if linked or not rule.on:
        assert quote.match is not None and (quote.match.statute, quote.match.article) == link
    else:
        assert quote.match is None and quote.verdict == "unmatched"
        assert any("commentator's own sentence" in note for note in quote.notes)
