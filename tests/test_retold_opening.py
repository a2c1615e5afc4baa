"""A law's sentence given without quotation marks, its opening retold in words that share most of
the stored opening's (inflected, reordered) and its end dropped, is ``altered`` over the whole
sentence, the changed opening and the dropped end listed — not ``verbatim`` over its exact middle
(issue 14, item 4; heldout20: a GDPR definition and a French Art. 9(1) list so given).

Each positive case runs with the rule on and off (pipeline/retold_opening.py, as
pipeline/unquoted.py calls it). The law's words are the stored ones; the openings and the rest are
written here; the Traditional forms are converted with OpenCC.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rule_pages import the_matched_quote, traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import retold_opening
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
GDPR = "eu-gdpr"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, GDPR)


Page = tuple[str, str, str, str]  # the page, a piece of the core, a changed opening word, the end


def _en_consent(store: Store) -> Page:
    core = stored_words(store, GDPR, "4", "freely given, specific", "signifies agreement")
    page = f"Consent rules\nConsenting data subjects give a {core}.\nMore below.\n"
    return page, core[:30], "Consenting", "to the processing of personal data"


def _french(store: Store, number: str) -> str:
    article = stored_article(store, GDPR, number)
    return next(v.text for v in article.language_versions if v.language == "fr")


def _fr_sensitive(store: Store) -> Page:
    french = _french(store, "9")
    begin = french.index("l'origine raciale ou ethnique")
    end = french.index("d'une personne physique", begin) + len("d'une personne physique")
    core = french[begin:end]
    page = f"Données sensibles\nSont concernés les traitements qui révèlent {core}.\nÀ suivre.\n"
    return page, core[:30], "concernés", "sont interdits"


def _en_erasure(store: Store) -> Page:
    core = stored_words(store, GDPR, "17", "to obtain from the controller", "without undue delay")
    page = f"Rights\nEach data subject has rights {core}.\nMore below.\n"
    return page, core[:30], "Each", "and the controller shall have the obligation"


RETOLD: list[Callable[[Store], Page]] = [_en_consent, _en_erasure, _fr_sensitive]
IDS = ["en-definition", "en-right", "fr"]


@pytest.mark.parametrize("written", RETOLD, ids=IDS)
def test_a_retold_opening_before_a_dropped_end_is_altered(
    store: Store, rule: RuleSwitch, written: Callable[[Store], Page]
) -> None:
    rule.take_out(retold_opening, "retold_opening", lambda *args: None)
    page, core, changed, dropped = written(store)
    quote = the_matched_quote(store, page, core)
    if not rule.on:
        assert quote.verdict == "verbatim", quote.differences
        return
    assert quote.verdict == "altered"
    assert quote.text.startswith(changed) or changed in quote.text[:30]  # the whole sentence
    assert any(changed in d.quote for d in quote.differences), quote.differences
    deleted = " ".join(d.statute for d in quote.differences if d.op == "delete")
    assert dropped in deleted, quote.differences


def _writers_own(store: Store) -> list[tuple[str, str]]:
    """The same cores after an opening of the writer's own that retells nothing of the law's."""
    en = stored_words(store, GDPR, "4", "freely given, specific", "signifies agreement")
    zh = stored_words(store, PIPL, "73", "个人信息经过处理", "特定自然人")
    return [
        (f"Notes\nRegulators keep stressing a {en}.\nMore below.\n", en[:30]),
        (f"说明\n专家在会上反复强调{zh}。\n下文再谈。\n", zh[:8]),
        (traditional(f"说明\n专家在会上反复强调{zh}。\n下文再谈。\n"), traditional(zh[:8])),
    ]


def test_an_opening_of_the_writers_own_is_left_alone(store: Store) -> None:
    """Words of the writer's own before the law's (a remark, a speaker) stand for nothing of the
    stored opening: the reproduction is not widened over them."""
    for page, core in _writers_own(store):
        quote = the_matched_quote(store, page, core)
        assert quote.verdict != "altered" or not quote.text.startswith(page.split("\n")[1][:4])


def test_a_sentence_that_keeps_the_laws_end_is_left_to_the_other_rules(store: Store) -> None:
    """The stored sentence ends where the writer's does: nothing was dropped, and the opening is
    the other rules' to weigh (pipeline/unquoted.py)."""
    whole = stored_words(store, PIPL, "73", "个人信息经过处理", "的过程")
    page = f"名词解释\n匿名化这个概念，指的是{whole}。\n下文再谈。\n"
    quote = the_matched_quote(store, page, whole[:8])
    assert not any("且不能复原" in d.statute for d in quote.differences if d.op == "delete")


def _zh_hans_decisions(store: Store) -> tuple[str, str]:
    core = stored_words(store, PIPL, "73", "通过计算机程序自动分析", "信用状况")
    return f"名词解释\n说到自动化决策，它指的是{core}。\n下文再谈。\n", core[:10]


def _zh_hant_decisions(store: Store) -> tuple[str, str]:
    page, core = _zh_hans_decisions(store)
    return traditional(page), traditional(core)


@pytest.mark.parametrize(
    "written", [_zh_hans_decisions, _zh_hant_decisions], ids=["zh-Hans", "zh-Hant"]
)
def test_the_chinese_shape_stays_altered(
    store: Store, rule: RuleSwitch, written: Callable[[Store], tuple[str, str]]
) -> None:
    """In Chinese the retold opening shares the stored opening's characters in their order, so
    pipeline/unquoted.py's own rule already joins it (the sentence ``altered`` with the rule on
    and off): this rule must leave that as it is, not report the dropped end twice."""
    rule.take_out(retold_opening, "retold_opening", lambda *args: None)
    page, core = written(store)
    quote = the_matched_quote(store, page, core)
    assert quote.verdict == "altered"
    assert quote.text.startswith(("自动化决策", "自動化決策")), quote.text
