"""Two paragraphs of a law reproduced one after the other, without quotation marks, whose aligned
runs reach a word or two into each other (reuse/runs.py ``disjoint``): both are found, each
linked to its own article. Runs that share more than a paragraph's edge stay one reproduction.

The texts are the store's own (read from it), laid out as a page reproducing them would be;
Traditional script by OpenCC's s2t.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional

from lawref.pipeline.checker import Checker
from lawref.reuse.runs import Run, disjoint
from lawref.reuse.scan import find_reuse
from lawref.store.load import load_store

DSL = "cn-data-security-law"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


def _article(checker: Checker, statute: str, number: str) -> str:
    found = checker.store.get(statute)
    assert found is not None
    return next(a.text for a in found.articles if a.number == number)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_two_articles_reproduced_one_after_the_other_are_both_found(
    checker: Checker, script: str
) -> None:
    # DSL Art. 1 ("…制定本法。"), then the second paragraph of Art. 2, whose stored text has
    # "…适用本法。" before it: the run of Art. 2 reaches back into Art. 1's closing words.
    first = _article(checker, DSL, "1")
    second = _article(checker, DSL, "2").split("\n\n")[1]
    text = f"第一条 {first}\n\n{second}\n"
    if script == "traditional":
        text = traditional(text)
    spans = find_reuse(text, checker.matcher)
    linked = [checker.matcher.match(s.text).match for s in spans]
    assert [(m.statute, m.article) for m in linked if m] == [(DSL, "1"), (DSL, "2")]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def _run(a: int, b: int, chars: int, text_id: int = 0) -> Run:
    return Run(text_id, a, b, 0, b - a, b - a, chars, True)


def test_a_wide_overlap_keeps_the_longer_run_only() -> None:
    runs = [_run(0, 20, 20, 1), _run(10, 40, 30, 2)]  # ten tokens shared: another version
    assert [(r.a, r.b) for r in disjoint(runs, lambda i: True)] == [(10, 40)]
