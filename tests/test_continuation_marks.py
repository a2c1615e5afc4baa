"""A quotation of several paragraphs opens each later paragraph with a quotation mark and closes
only the last (the Chinese convention, and the English one): those marks are layout, not the
law's punctuation, so the law's paragraphs quoted that way are ``verbatim`` (issue 14, item 6;
match/align.py ``without_continuation_marks``). A quoted term at a paragraph's start (“网络”，
是指…) keeps its marks. Each case runs with the rule on and off. Statute words come from the
shipped store; the Traditional-script text is the stored Simplified converted with OpenCC.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.match import align
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


def _paragraphs(store: Store, statute: str, number: str, version: str | None = None) -> list[str]:
    text = stored_article(store, statute, number, version).text
    return [p.strip() for p in text.split("\n") if p.strip()]


def _zh(store: Store, traditional: bool) -> str:
    first, second = _paragraphs(store, CSL, "20", "2025")
    text = f"《网络安全法》第二十条规定：“{first}\n“{second}”"
    if not traditional:
        return text
    opencc = pytest.importorskip("opencc")
    converted = str(opencc.OpenCC("s2t").convert(text))
    return converted.replace("“", "「").replace("”", "」")


def _en(store: Store, _traditional: bool) -> str:
    first, second = _paragraphs(store, GDPR, "1")[:2]
    return f'Article 1 of the GDPR reads: "{first}\n\n"{second}"'


CASES = [("zh-Hans", _zh, False), ("zh-Hant", _zh, True), ("en", _en, False)]


@pytest.mark.parametrize(("language", "build", "traditional"), CASES, ids=[c[0] for c in CASES])
def test_paragraphs_quoted_with_continuation_marks_are_verbatim(
    store: Store,
    checker: Checker,
    monkeypatch: pytest.MonkeyPatch,
    rule: RuleSwitch,
    language: str,
    build,  # noqa: ANN001
    traditional: bool,
) -> None:
    rule.take_out(align, "without_continuation_marks", lambda text: text)
    monkeypatch.setattr(align, "_FORMS", {})  # forms made with the rule as it is now
    report = checker.check_text(build(store, traditional), "test")
    linked = [q for q in report.quotes if q.match is not None]
    assert len(linked) == 1
    assert linked[0].verdict == ("verbatim" if rule.on else "minor"), language


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("本法下列用语的含义：\n“网络”，是指由计算机组成的系统。", True),
        ("本法下列用語的含義：\n「網絡」，是指由計算機組成的系統。", True),
        ('In this Regulation:\n"personal data" means any information', True),
        ("甲。\n“乙。", False),
        ("甲。\n「乙。", False),
        ('One.\n\n"Two.', False),
    ],
)
def test_a_quoted_term_at_a_paragraphs_start_keeps_its_marks(text: str, kept: bool) -> None:
    assert (align.without_continuation_marks(text) == text) == kept
