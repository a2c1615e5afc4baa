"""A quotation that silently leaves a clause out in its middle is linked to the article it comes
from, not to another law's or another article's (issue 14, the twelfth
held-out set: the 2025 Cybersecurity Law's new Art. 3 quoted without 统筹发展和安全 was linked to
the Network Data Security Regulations' Art. 3 and its citation called wrong). The word alignment
looked only at a stretch of the stored text as long as the quotation, so the words after the gap
were compared with the clause left out; when another text wins, the candidates are aligned again
over stretches widened where words are left unmatched at an edge, an alignment kept when it
matches every quoted word (match/window_reach.py), and the choice is made again.

Each case runs with the rule on and off. The quotations are the stored words with a clause cut
out; the sentences around them are written for these tests, the Traditional one converted by
OpenCC.
"""

from __future__ import annotations

import pytest
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_words

from lawref.match import edits
from lawref.pipeline import checker
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store

GDPR = "eu-gdpr"
CSL = "cn-cybersecurity-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(GDPR, CSL)


def _page(store: Store, script: str) -> tuple[str, str, str, str]:
    """A page quoting an article with a clause of its first sentence left out: the page, the
    clause left out, the statute and the article."""
    if script == "english":
        kept = stored_words(store, GDPR, "13", "Where personal data", "the controller shall,")
        left_out = stored_words(store, GDPR, "13", "at the time when", "are obtained,")
        rest = stored_words(store, GDPR, "13", "provide the data subject", "following information")
        page = f"Its Article 13 says that “{kept} {rest}”, a long list follows.\n"
        return page, left_out.strip(", "), GDPR, "13"
    text = stored_words(store, CSL, "3", "网络安全工作坚持", "网络强国建设")
    left_out = "统筹发展和安全"
    if left_out not in text:
        pytest.skip("the stored Art. 3 no longer holds the clause")
    quoted = text.replace(left_out + ",", "").replace(left_out + "，", "")
    page = f"修法后新增的第三条明定“{quoted}”，评论者称其意义重大。\n"
    if script == "traditional":
        page = traditional(page)
    return page, left_out, CSL, "3"


def _quote(checker: Checker, page: str) -> Quote:
    quotes = [q for q in checker.check_text(page).quotes if q.marks == "quoted"]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    return quotes[0]


CASES = ["english", "simplified", "traditional"]


@pytest.mark.parametrize("script", CASES)
def test_a_quotation_leaving_a_clause_out_is_linked_to_its_article(
    store: Store, rule: RuleSwitch, script: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (pipeline/shortened.py calls a paraphrase of the law's words in order altered: taken out
    # in both runs, so that the matcher's own verdict is what is compared)
    monkeypatch.setattr(checker, "shortened_quotation", lambda text, span, result: result)
    rule.take_out(edits, "wider_window", lambda *args: None)
    page, left_out, statute, article = _page(store, script)
    quote = _quote(Checker(store), page)
    found = (quote.match.statute, quote.match.article) if quote.match else None
    if not rule.on:
        # another article, which holds the words after the gap less closely, wins
        assert found is not None and found != (statute, article)
        return
    assert found == (statute, article)
    assert quote.verdict == "altered"
    # the clause left out is the difference shown, not words of the quotation's own
    deleted = "".join(d.statute for d in quote.differences if d.op == "delete")
    assert left_out.replace(" ", "") in deleted.replace(" ", "").replace(",", "")
    assert quote.attribution != "misattributed"


def test_words_of_the_writers_own_besides_keep_the_narrow_stretch(store: Store) -> None:
    """Widening is for the law's words in order with some left out: a sentence that also says
    things of its own is not made a closer copy of a text by reaching further into it."""
    kept = stored_words(store, GDPR, "13", "Where personal data", "the controller shall,")
    rest = stored_words(store, GDPR, "13", "provide the data subject", "following information")
    page = f"Its Article 13 says that “{kept} at its own pace and in its own words {rest}”.\n"
    quote = _quote(Checker(store), page)
    assert not any(d.op == "delete" and "are obtained" in d.statute for d in quote.differences)
