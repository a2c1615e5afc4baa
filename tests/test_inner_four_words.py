"""A quotation of four words inside another quotation is long enough to be reported as the law's
words (issue 14, heldout20: a petition quoted on a blog retells Section 301(b) and quotes its
"appropriate and feasible action" in single marks; pipeline/nested.py read inner quotations of five
words or more, so the four went unreported). On every read set four passages hold an inner
quotation of four words: the one the labels read as the law's words is now linked, and the other
three (a slogan, a principle's name twice) come out as before.

Each case runs with the rule on and off (off: five words, as before); the sentences around the
law's words are written for these tests, the words are the shipped store's (GDPR Art. 5(1)(c)),
and the Chinese sentences quote them in English, as a Chinese report quoting the Regulation does.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import nested
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

INNER = "adequate, relevant and limited"

# (language, page, whether the four words are reported as GDPR Art. 5's with the rule on)
CASES = [
    (
        "en",
        "“Under Article 5(1)(c) of the GDPR, the regulator told us, every dataset must stay "
        f"'{INNER}' at each stage of a project, and most do not.”\n",
        True,
    ),
    (
        "zh-Hans",
        "“监管机构表示，根据《通用数据保护条例》第5条第1款(c)项，每个数据集在项目各阶段都必须保持"
        f"‘{INNER}’，而多数并未做到。”\n",
        True,
    ),
    (
        "zh-Hant",
        "「監管機構表示，根據《通用數據保護條例》第5條第1款(c)項，每個數據集在項目各階段都必須保持"
        f"『{INNER}』，而多數並未做到。」\n",
        True,
    ),
    # three words inside: still too short to stand for the law
    (
        "en",
        "“Under Article 5(1)(c) of the GDPR, the regulator told us, every dataset must stay "
        "'relevant and limited' at each stage of a project, and most do not.”\n",
        False,
    ),
]


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with("eu-gdpr")


@pytest.mark.parametrize("case", range(len(CASES)))
def test_four_quoted_words_inside_a_quotation_are_the_laws(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    _, page, reported = CASES[case]
    rule.take_out(nested, "_INNER_MIN_WORDS", 5)
    quotes = Checker(store).check_text(page).quotes
    inner = [
        q
        for q in quotes
        if q.match is not None
        and q.match.article == "5"
        and q.text in (INNER, "relevant and limited")
    ]
    if rule.on and reported:
        assert [q.verdict for q in inner] == ["verbatim"], [(q.text, q.verdict) for q in quotes]
    else:
        assert not inner, [(q.text, q.verdict) for q in quotes]
