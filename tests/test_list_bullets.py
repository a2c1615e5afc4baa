"""An article's lead-in and items reproduced with a bullet of the page's list style before each
item ("- (a) the data subject has given consent …", "- （一）取得个人的同意；") keep every word and
mark of the law's: the bullets are layout, and the copy is ``verbatim``, not ``minor`` (issue 14,
heldout11: GDPR Art. 30(1) set out by a wiki with list dashes).

Each case runs with the rule on and off (pipeline/list_bullets.py, as pipeline/checker.py calls
it); the law's words are the stored ones (the Traditional form converted by hand), the bullets
and the rest are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.match.results import MatchResult
from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker
from lawref.spans import QuoteSpan
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans(
    "个处订为规劳动签织资实须应对紧财关围闻论监报为开况",
    "個處訂為規勞動簽織資實須應對緊財關圍聞論監報為開況",
)


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


def _lines(store: Store, statute: str, number: str, first: str, last: str) -> list[str]:
    text = stored_article(store, statute, number).text
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    start = next(i for i, line in enumerate(lines) if first in line)
    end = next(i for i, line in enumerate(lines) if last in line)
    return lines[start : end + 1]


def _bulleted(lines: list[str]) -> str:
    return "\n".join([lines[0], *(f"- {line}" for line in lines[1:])])


def _zh_hans(store: Store) -> str:
    lines = _lines(store, PIPL, "13", "符合下列情形之一", "（三）")
    return f"法条\n《个人信息保护法》第十三条\n{_bulleted(lines)}\n"


def _zh_hant(store: Store) -> str:
    lines = [
        line.translate(_HANT) for line in _lines(store, PIPL, "13", "符合下列情形之一", "（三）")
    ]
    return f"法條\n《個人信息保護法》第十三條\n{_bulleted(lines)}\n"


def _en(store: Store) -> str:
    lines = _lines(store, GDPR, "6", "Processing shall be lawful only", "(c)")
    lines[0] = lines[0].split(None, 1)[1]  # the paragraph's number "1." is the page's to drop
    return f"Legal text\nArticle 6 GDPR\n{_bulleted(lines)}\n"


CASES = [_zh_hans, _zh_hant, _en]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_bullets_before_the_items_keep_the_copy_verbatim(
    store: Store, rule: RuleSwitch, written
) -> None:
    def unchanged(span: QuoteSpan, result: MatchResult, rematch) -> MatchResult:
        return result

    rule.take_out(checker_module, "bullets_are_layout", unchanged)
    quotes = [q for q in Checker(store).check_text(written(store)).quotes if q.match is not None]
    verdicts = [q.verdict for q in quotes]
    if not rule.on:
        assert "minor" in verdicts, [(q.text, q.verdict) for q in quotes]
        return
    assert verdicts and set(verdicts) == {"verbatim"}, [(q.text, q.verdict) for q in quotes]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_changed_mark_is_still_minor(store: Store, written) -> None:
    """A bullet and a semicolon turned into a full stop: the mark is the law's, changed."""
    text = written(store)
    changed = text.replace("同意；", "同意。", 1).replace("purposes;", "purposes.", 1)
    assert changed != text
    quotes = [q for q in Checker(store).check_text(changed).quotes if q.match is not None]
    assert "minor" in [q.verdict for q in quotes], [(q.text, q.verdict) for q in quotes]
