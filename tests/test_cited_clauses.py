"""The law's exact words in the clauses right after a Chinese lead-in that cites them, inside a
longer sentence of the writer's (issue 14, the tenth held-out set's linking recall:
pipeline/cited_clauses.py).

"《基本法》第五條又訂明，香港特別行政區不實行社會主義制度和政策，因此…" gives Art. 5's first clause
word for word, unquoted, between the writer's lead-in and the writer's own conclusion: the reuse
scan needs a longer stretch, and the whole sentence is no restatement of the article. The clause
is reported, linked to the cited article, `verbatim`. A clause whose sentence goes on in the law's
words, changed, is not reported as a verbatim quotation on its own; nor are clauses that the
cited article does not hold word for word, nor English. The writer's words are written for these
tests; the law's are the stored articles' own.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch

from lawref.pipeline import cited_clauses
from lawref.pipeline.checker import Checker
from lawref.store.load import load_store

BASIC_LAW, DSL, CSL = "cn-hong-kong-basic-law", "cn-data-security-law", "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


# (text, the clause, the article it is linked to; None: no verbatim link for that clause)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # Traditional: the second lead-in of a sentence, the writer's conclusion after the clause.
    (
        "《基本法》第二條訂明高度自治，第五條又訂明，香港特別行政區不實行社會主義制度和政策，"
        "所以本港的經濟制度一直與內地有別。",
        "香港特別行政區不實行社會主義制度和政策",
        (BASIC_LAW, "5"),
    ),
    # Simplified: a statute's article, the writer's comment after the clause.
    (
        "《数据安全法》第二十一条规定，国家建立数据分类分级保护制度，企业合规工作也要从这里做起。",
        "国家建立数据分类分级保护制度",
        (DSL, "21"),
    ),
    # Simplified: the next citation's clause ends the run.
    (
        "《基本法》第五条订明，香港特别行政区不实行社会主义制度和政策，第八条则另有安排，"
        "大家可以再看看。",
        "香港特别行政区不实行社会主义制度和政策",
        (BASIC_LAW, "5"),
    ),
    # The sentence goes on in the law's words, changed: the exact subject alone is no verbatim
    # quotation.
    (
        "《网络安全法》第四十一条规定，网络运营者收集、使用个人信息，应当经被收集者同意，"
        "企业要特别留意。",
        "网络运营者收集、使用个人信息",
        None,
    ),
    # Words the cited article does not hold word for word: the writer's telling.
    (
        "《数据安全法》第二十一条规定，国家对各类数据分门别类地加以保护，企业合规工作也要从这里做起。",
        "国家对各类数据分门别类地加以保护",
        None,
    ),
    # English: not this rule's (the store holds the Basic Law in Chinese).
    (
        "Article 5 of the Basic Law provides that the socialist system and policies shall not be "
        "practised in the Hong Kong Special Administrative Region, so its economy stays apart.",
        "the socialist system and policies shall not be practised in the Hong Kong Special "
        "Administrative Region",
        None,
    ),
]


@pytest.mark.parametrize(("text", "clause", "expected"), CASES, ids=range(len(CASES)))
def test_the_cited_clause_is_linked_verbatim(
    checker: Checker,
    rule: RuleSwitch,
    text: str,
    clause: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(cited_clauses, "_exact_in_cited", lambda *args: None)
    quotes = checker.check_text(text).quotes
    linked = [
        (q.match.statute, q.match.article)
        for q in quotes
        if q.text == clause and q.match is not None and q.verdict == "verbatim"
    ]
    if expected is not None and rule.on:
        assert linked == [expected], [(q.text, q.verdict) for q in quotes]
    else:
        assert linked == []
