"""A reproduction after a lead-in that cites the law and says it provides what follows
("根据《X》的规定，…", "Article 33(1) of the GDPR provides that …") takes in the writer's words after
it that stand further on in the law's paragraph: a clause left out between is ``altered``, the
dropped words listed, not a ``verbatim`` first half (issue 14, heldout11: the Cryptography Law's
Art. 21(1) with its middle clause dropped).

Each case runs with the rule on and off (pipeline/cited_lead_in.py, as pipeline/unquoted.py reads
it); the law's words are the stored ones (the Traditional form converted by hand), the lead-ins
and the rest are written here."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.pipeline.checker import Checker
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans("国极开数据发领际与参关规则标准进跨", "國極開數據發領際與參關規則標準進跨")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, GDPR)


def _dsl_11(store: Store) -> tuple[str, str, str]:
    first = stored_words(store, DSL, "11", "国家积极开展", "国际交流与合作")
    dropped = stored_words(store, DSL, "11", "参与数据安全", "标准的制定")
    last = stored_words(store, DSL, "11", "促进数据跨境", "自由流动")
    return first, dropped, last


def _zh_hans(store: Store) -> tuple[str, str, str]:
    first, dropped, last = _dsl_11(store)
    return f"评论文章\n根据《数据安全法》的规定，{first}，{last}。这是总体方针。\n", dropped, last


def _zh_hant(store: Store) -> tuple[str, str, str]:
    first, dropped, last = _dsl_11(store)
    body = f"{first}，{last}".translate(_HANT)
    text = f"評論文章\n根據《數據安全法》的規定，{body}。這是總體方針。\n"
    return text, dropped.translate(_HANT), last.translate(_HANT)


def _en(store: Store) -> tuple[str, str, str]:
    first = stored_words(store, GDPR, "9", "Member States may maintain", "including limitations")
    dropped = stored_words(store, GDPR, "9", "with regard to the processing", "genetic data")
    last = stored_words(store, GDPR, "9", "biometric data or data concerning", "health")
    text = f"Notes\nArticle 9 of the GDPR provides that {first}, {last}. Few states have.\n"
    return text, dropped, last


CASES = [_zh_hans, _zh_hant, _en]


@pytest.mark.parametrize("written", CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_words_after_a_left_out_clause_join_a_cited_reproduction(
    store: Store, rule: RuleSwitch, written
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import cited_lead_in as cited_lead_in_rule

    rule.take_out(cited_lead_in_rule, "cited_lead_in", lambda text, start, core, citations: False)
    # pipeline/changed_end.py (a later rule) also judges such a sentence whole when its end was
    # changed: taken out of the rule-off run too, so that it shows what neither rule does
    from lawref.pipeline import changed_end as changed_end_rule

    rule.take_out(changed_end_rule, "changed_end", lambda text, at, ceiling, stored_after: None)
    text, dropped, last = written(store)
    quotes = [q for q in Checker(store).check_text(text).quotes if q.match is not None]
    verdicts = [q.verdict for q in quotes]
    if not rule.on:
        assert "altered" not in verdicts, [(q.text, q.verdict) for q in quotes]
        return
    altered = [q for q in quotes if q.verdict == "altered"]
    assert len(altered) == 1, [(q.text, q.verdict) for q in quotes]
    # the whole sentence is the quotation, and the left-out words are among what it lacks
    assert last in altered[0].text, altered[0].text
    lacking = "".join(d.statute for d in altered[0].differences if d.op in ("delete", "replace"))
    assert set(dropped) & set(lacking), altered[0].differences


def test_a_breach_is_no_lead_in(store: Store) -> None:
    """ "违反《X》规定，…" names the law as the one breached: the words after are a penalty's
    condition, not the law's words presented, and nothing further on joins them."""
    from lawref.pipeline.cited_lead_in import cited_lead_in
    from lawref.spans import CitationSpan

    text = "违反《数据安全法》规定，国家积极开展数据安全治理。"
    cited = CitationSpan("《数据安全法》", 2, 9, DSL, None)
    assert not cited_lead_in(text, 0, text.index("国家"), [cited])
    said = "根据" + text[2:].replace("规定", "的规定", 1)
    assert cited_lead_in(said, 0, said.index("国家"), [cited])
