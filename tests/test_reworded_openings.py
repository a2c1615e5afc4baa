"""An unquoted reproduction whose opening rewords some of the law's words is judged over its
whole sentence (issue 14, item 4): ``altered``, with the changed words listed, not ``verbatim``
over the exact core after them.

- the writer's opening joins the core when half the stored opening's words (five at least) stand
  in it, however many words the writer added (pipeline/unquoted.py ``_SHARED_MIN``);
- a sentence that then reads as a paraphrase of the core's article, the core being most of it,
  is ``altered`` with each side's word differences (pipeline/reworded.py);
- a sentence starts after a full stop followed by closing marks ("posting.>> Not later …")
  (pipeline/sentence.py ``_space_after_closers``).

Each table runs with the rule on and off. Statute words come from the shipped store (the
sentences are the stored ones with words of the tests' own put in); Traditional-script text is
converted with OpenCC.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_words

from lawref.pipeline import unquoted
from lawref.pipeline.checker import Checker
from lawref.pipeline.sentence import sentence_bounds
from lawref.store.files import Store

DSL = "cn-data-security-law"
GDPR = "eu-gdpr"
STCNA = "us-secure-and-trusted-communications-networks-act"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(DSL, GDPR, STCNA)


def _traditional(text: str) -> str:
    opencc = pytest.importorskip("opencc")
    return str(opencc.OpenCC("s2t").convert(text))


def _dsl4(store: Store, inserted: str) -> str:
    """DSL Art. 4 with the writer's words for its "应当"."""
    text = stored_article(store, DSL, "4").text
    assert "，应当坚持" in text
    return "新闻稿。" + text.replace("，应当坚持", f"，{inserted}坚持")


def _gdpr17(store: Store) -> str:
    """GDPR Art. 17(1) with words of the writer's put in after "obtain"."""
    sentence = stored_words(
        store, GDPR, "17", "The data subject shall have the right to obtain", ":"
    )
    added = ", at any time and free of charge and by any reasonable means of communication,"
    return "Press note. " + sentence.replace("to obtain from", f"to obtain{added} from", 1)


def _stcna(store: Store) -> str:
    """47 U.S.C. 1601(a) with its date written as the Act's enactment, after a printer's note."""
    sentence = stored_words(store, STCNA, "1601", "Not later than 1 year after March 12, 2020", ".")
    reworded = sentence.replace("March 12, 2020 ,", "the date of the enactment of this Act,")
    assert reworded != sentence
    return f"(a) Publication.-- <<NOTE: Deadline. Web posting.>> {reworded}"


LOOSE = [
    ("zh-Hans", lambda s: _dsl4(s, "必须始终如一地、毫不动摇地"), "维护数据安全"),
    ("zh-Hant", lambda s: _traditional(_dsl4(s, "必须始终如一地、毫不动摇地")), "維護數據安全"),
    ("en", _gdpr17, "The data subject shall have the right to obtain,"),
]


def _the_reproduction(checker: Checker, page: str):  # noqa: ANN202 - a report Quote
    linked = [q for q in checker.check_text(page, "test").quotes if q.match is not None]
    assert len(linked) == 1, [q.text for q in linked]
    return linked[0]


@pytest.mark.parametrize(("language", "build", "opening"), LOOSE, ids=[c[0] for c in LOOSE])
def test_an_opening_with_words_added_joins_its_core(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    language: str,
    build,  # noqa: ANN001
    opening: str,
) -> None:
    rule.take_out(unquoted, "_SHARED_MIN", 10**6)
    quote = _the_reproduction(checker, build(store))
    if rule.on:
        assert quote.text.startswith(opening), language
        assert quote.verdict == "altered"
        assert quote.differences
    else:
        assert not quote.text.startswith(opening)
        assert quote.verdict in ("verbatim", "minor")


REWORDED = [
    (
        "zh-Hans",
        lambda s: _dsl4(s, "各级各类机关、企业和其他组织在任何时候都必须"),
        "各级各类机关",
    ),
    (
        "zh-Hant",
        lambda s: _traditional(_dsl4(s, "各级各类机关、企业和其他组织在任何时候都必须")),
        "各級各類機關",
    ),
    ("en", _stcna, "the date of the enactment of this Act"),
]


@pytest.mark.parametrize(("language", "build", "changed"), REWORDED, ids=[c[0] for c in REWORDED])
def test_a_sentence_rewording_the_laws_opening_is_altered(
    store: Store,
    checker: Checker,
    rule: RuleSwitch,
    language: str,
    build,  # noqa: ANN001
    changed: str,
) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import reworded as reworded_rule

    rule.take_out(reworded_rule, "reworded_sides", lambda *a: None)
    quote = _the_reproduction(checker, build(store))
    if rule.on:
        assert quote.verdict == "altered", language
        assert any(changed in d.quote for d in quote.differences)
    else:
        assert quote.verdict in ("verbatim", "minor")


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Web posting.>> Not later than one year", "Not later than one year"),
        ("(see the note.) The controller shall", "The controller shall"),
        ("Foo.» The controller shall", "The controller shall"),
        ("附注。」国家保护数据", "国家保护数据"),
    ],
)
def test_a_sentence_starts_after_its_full_stop_and_closing_marks(text: str, sentence: str) -> None:
    start = text.index(sentence) + len(sentence) - 3
    begin, _ = sentence_bounds(text, start, len(text))
    assert text[begin:].startswith(sentence)
