"""Links that should not be made, and no altered text called verbatim (issue 14, items 3 and 4):
pieces of a law's adoption note, capitalised names, a stretch another text shares with a stored
article inside its own wording, and an unquoted reproduction that leaves words out after its
opening. English, Simplified and Traditional Chinese.

Statute words come from the shipped store (never retyped); the sentences around them, and the
changed or shortened forms, are written for these tests.
"""

from __future__ import annotations

import pytest
from stored import shipped_store_with, stored_article

from lawref.match.law_text import capitalised_name, mostly_session
from lawref.pipeline.checker import Checker
from lawref.report import Quote
from lawref.store.files import Store
from lawref.text.normalize import letters_form

NIL = "cn-national-intelligence-law"
GDPR = "eu-gdpr"
CTL = "cn-counter-terrorism-law"
# NIL Art. 7's first paragraph in Traditional script, as Hong Kong and Taiwan media print it (the
# store folds Traditional to Simplified when comparing).
NIL7_TRAD = "任何組織和公民都應當依法支持、協助和配合國家情報工作，保守所知悉的國家情報工作秘密。"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NIL, GDPR, CTL)


def article_text(store: Store, statute: str, number: str) -> str:
    return stored_article(store, statute, number).text


def unquoted(checker: Checker, text: str) -> list[Quote]:
    return [q for q in checker.check_text(text).quotes if q.marks == "none"]


def where(quote: Quote) -> tuple[str, str] | None:
    if quote.match is None or quote.verdict == "unmatched":
        return None
    return quote.match.statute, str(quote.match.article)


# --- 3. pieces of an adoption note ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("piece", "note"),
    [
        ("第十三届全国人民代表大会常务委员会第五次会议", True),
        ("第十三屆全國人民代表大會常務委員會第五次會議", True),
        ("2019年3月1日第十三届全国人民代表大会常务委员会第九次会议通过", True),
        ("届全国人大常委会第九次会议审议通过了《中华人民共和国", True),
        ("(2019年3月1日第十三屆全國(guó)人民(mín)代表大會常務(wù)委員會第九次會議通過", True),
        # cut off inside 会议 (a reproduction split at the line's end)
        ("日第十三屆全國人民代表大會(huì)常務(wù)委員會(huì)第九次會", True),
        ("日第十三届全国人民代表大会常务委员会第九次会", True),
        ("第九次会谈中，双方代表就全国人民代表大会常务委员会的议程交换了意见", False),
        # a sentence of the writer's that names a session is no piece of a note
        (
            "代表们在第十三届全国人民代表大会常务委员会第九次会议上对草案的多个条文提出了修改意见",
            False,
        ),
        ("本法自公布之日起施行，此前的有关规定同时废止，有关部门应当及时清理配套的规章", False),
    ],
)
def test_a_quotation_made_mostly_of_a_session_is_an_adoption_note(piece: str, note: bool) -> None:
    assert mostly_session(letters_form(piece).text) is note


def test_a_repeal_clause_that_names_a_session_is_still_linked(
    store: Store, checker: Checker
) -> None:
    """The closing article of a law that repeals an earlier decision names the session that
    adopted it: that is the law's own text, and it is linked."""
    text = article_text(store, CTL, "97")
    assert "会议通过的" in text
    assert not mostly_session(letters_form(text).text)
    found = unquoted(checker, f"附则\n\n{text}\n\n以上为该法的最后一条。")
    assert [where(q) for q in found] == [(CTL, "97")]


@pytest.mark.parametrize(
    "header",
    [
        "（2015年12月27日第十二届全国人民代表大会常务委员会第十八次会议通过）",
        "（2015年12月27日第十二屆全國人民代表大會常務委員會第十八次會議通過）",
    ],
)
def test_a_law_s_adoption_note_is_not_linked_to_a_closing_article(
    checker: Checker, header: str
) -> None:
    found = unquoted(checker, f"某某条例\n\n{header}\n\n编者按：全文如下。")
    assert all(where(q) is None for q in found), [(q.text, q.verdict) for q in found]


# --- 3. names written in capitals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("One Country, Two Systems", True),
        ("Made in China", True),
        ("Right to Be Forgotten", True),
        ("Personal data shall be processed", False),
        ("Hong Kong shall enact laws", False),
        ("erasure", False),
        ("THE CONTROLLER SHALL ERASE", False),  # capitals throughout: a sentence set in capitals
        ("一國兩制", False),  # no letter case: the short-phrase rule covers it (test_trust.py)
    ],
)
def test_a_short_quotation_with_every_word_capitalised_is_a_name(words: str, name: bool) -> None:
    assert capitalised_name(words) is name


def test_a_policy_name_is_not_linked_to_the_article_that_uses_it(checker: Checker) -> None:
    (quote,) = checker.check_text(
        "Officials repeated their support for “One Country, Two Systems” on Tuesday."
    ).quotes
    assert quote.match is None and quote.verdict == "unmatched"
    assert any("name" in note for note in quote.notes)


# --- 3. a stretch shared inside another text's wording ----------------------------------------------

# Sentences of another text that share a stretch with a stored article and go on differently on
# both sides of it (the sentence's own subject, its own ending).
SHARED_INSIDE = [
    (
        "simplified",
        "部分企业和公民都应当依法支持、协助和配合国家情报工作，保守所知悉的国家情报工作方面的各项具体要求。",
        NIL,
        "7",
    ),
    (
        "traditional",
        "部分企業和公民都應當依法支持、協助和配合國家情報工作，保守所知悉的國家情報工作方面的各項具體要求。",
        NIL,
        "7",
    ),
    (
        "english",
        "All registered shop customers shall have the right to obtain from the controller the "
        "erasure of personal data concerning him or her without undue delay whenever they ask twice.",
        GDPR,
        "17",
    ),
]


@pytest.mark.parametrize(("script", "sentence", "statute", "number"), SHARED_INSIDE)
def test_a_stretch_shared_inside_another_sentence_is_not_reported(
    checker: Checker, script: str, sentence: str, statute: str, number: str
) -> None:
    found = unquoted(checker, f"A note\n\n{sentence}\n\nMore follows.")
    assert all(where(q) != (statute, number) for q in found), [(q.text, q.verdict) for q in found]


# (The same sentences with a citation of the article are linked, so the stretch is found: the test
# above cannot pass for want of it.)
@pytest.mark.parametrize(("script", "sentence", "statute", "number"), SHARED_INSIDE)
def test_the_same_stretch_is_reported_when_its_citation_names_the_article(
    checker: Checker, script: str, sentence: str, statute: str, number: str
) -> None:
    cite = {
        "simplified": "国家情报法第七条规定，",
        "traditional": "國家情報法第七條規定，",
        "english": "Under Article 17 of the GDPR, ",
    }[script]
    found = unquoted(checker, f"A note\n\n{cite}{sentence}\n\nMore follows.")
    assert (statute, number) in [where(q) for q in found], [(q.text, q.verdict) for q in found]


# --- 4. words left out after the opening ----------------------------------------------------------


def _shortened(store: Store, script: str) -> tuple[str, str, str, str]:
    """A sentence of the law with words left out after its opening (no ellipsis), the statute,
    the article and the opening words."""
    if script == "english":
        first = article_text(store, GDPR, "17").split("\n")[0].split("\u00a0\u00a0\u00a0", 1)[1]
        opening = "The data subject shall have"
        rest = first[first.index(" the controller shall have the obligation") :].rstrip(":")
        assert first.startswith(opening)
        return f"{opening}{rest}.", GDPR, "17", opening
    stored = article_text(store, NIL, "7").split("\n")[0]
    source = stored if script == "simplified" else NIL7_TRAD
    opening, rest = source[:4], source[source.index("支持") :]
    assert letters_form(opening).text == letters_form(stored[:4]).text
    return opening + rest, NIL, "7", opening


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_words_left_out_after_the_opening_make_an_unquoted_sentence_altered(
    store: Store, checker: Checker, script: str
) -> None:
    sentence, statute, number, opening = _shortened(store, script)
    found = unquoted(checker, f"What the law says\n\n{sentence}\n\nThat is all.")
    assert [(where(q), q.verdict) for q in found] == [((statute, number), "altered")]
    (quote,) = found
    assert quote.text.startswith(opening), quote.text
    assert any(d.op == "delete" for d in quote.differences)


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_the_whole_sentence_reproduced_stays_verbatim(
    store: Store, checker: Checker, script: str
) -> None:
    if script == "english":
        sentence = article_text(store, GDPR, "17").split("\n")[0].split("\u00a0\u00a0\u00a0", 1)[1]
        sentence = sentence.split(" where one of")[0] + "."
        statute, number = GDPR, "17"
    else:
        stored = article_text(store, NIL, "7").split("\n")[0]
        sentence = stored if script == "simplified" else NIL7_TRAD
        statute, number = NIL, "7"
    found = unquoted(checker, f"What the law says\n\n{sentence}\n\nThat is all.")
    assert [where(q) for q in found] == [(statute, number)]
    assert found[0].verdict in ("verbatim", "minor")


# --- 3. a near-copy cited as a law the store lacks ------------------------------------------------

PIPL = "cn-personal-information-protection-law"


def _pipl10_clause(store: Store) -> tuple[str, str]:
    """PIPL Art. 10's text and its clause from 不得非法收集 to the first semicolon (store words)."""
    text = article_text(store, PIPL, "10")
    return text, text[text.index("不得非法收集") : text.index("；")]


@pytest.mark.parametrize(
    ("script", "cited"),
    [
        ("simplified", "《示范数据条例》第十条规定，平台在提供各类服务时，{clause}。"),
        ("traditional", "《示範數據條例》第十條規定，平臺在提供各類服務時，{clause}。"),
        (
            "english",
            "Under Article 12 of the Ruritania Consumer Data Act, customers who ask twice {gdpr17}.",
        ),
    ],
)
def test_a_near_copy_cited_as_a_law_the_store_lacks_is_not_linked(
    store: Store, checker: Checker, script: str, cited: str
) -> None:
    """The writer's sentence holds the words of a stored article inside words of its own, and
    its citation names another law: that law's text, not the stored article's. Not linked; the
    note names the article that holds the same words."""
    _, clause = _pipl10_clause(store)
    first = article_text(store, GDPR, "17").split("\n")[0]
    gdpr17 = first[first.index("shall have") : first.index(" and the controller")]
    text = cited.format(clause=clause, gdpr17=gdpr17)
    found = unquoted(checker, text)
    assert found and all(where(q) is None for q in found), [(q.text, q.verdict) for q in found]
    assert any("the same words stand in Art." in n for q in found for n in q.notes)
    # The same sentence citing the stored article is linked (so the stretch was found).
    stored_cite = {
        "simplified": ("《示范数据条例》第十条", "个人信息保护法第十条"),
        "traditional": ("《示範數據條例》第十條", "個人信息保護法第十條"),
        "english": ("Article 12 of the Ruritania Consumer Data Act", "Article 17 of the GDPR"),
    }[script]
    linked = unquoted(checker, text.replace(*stored_cite))
    assert [where(q) for q in linked] == [(PIPL, "10") if script != "english" else (GDPR, "17")]


def test_a_whole_article_cited_as_a_law_the_store_lacks_is_still_linked(
    store: Store, checker: Checker
) -> None:
    """A whole stored sentence, word for word, under a citation of another law: the words are the
    stored article's (the citation may be wrong), so the link stands, unverified."""
    text, _ = _pipl10_clause(store)
    found = unquoted(checker, f"《示范数据条例》第十条规定，{text}")
    assert [where(q) for q in found] == [(PIPL, "10")]
    assert found[0].attribution == "unverified"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_shared_stretch_run_into_another_law_s_words_is_not_reported(
    store: Store, checker: Checker, script: str
) -> None:
    """Two stretches in one sentence: NIL Art. 7's words inside the writer's own (another
    subject before, PIPL Art. 10's words straight after), then PIPL Art. 10's words to the end
    of the sentence. The first goes on differently on both sides: not reported; the second is."""
    _, clause = _pipl10_clause(store)
    opening = {
        "simplified": "部分企业和公民都应当依法支持、协助和配合国家情报工作，保守所知悉的国家情报工作",
        "traditional": "部分企業和公民都應當依法支持、協助和配合國家情報工作，保守所知悉的國家情報工作",
    }[script]
    found = unquoted(checker, f"A note\n\n{opening}{clause}。\n\nMore follows.")
    assert [where(q) for q in found] == [(PIPL, "10")], [(q.text, q.verdict) for q in found]


# --- 3. a shared opening ----------------------------------------------------------------------------


def _opening(store: Store, script: str) -> tuple[str, str, str]:
    """The opening of a stored sentence, cut inside a clause (store words), its statute and
    article."""
    if script == "english":
        first = article_text(store, GDPR, "17").split("\n")[0].split("\u00a0\u00a0\u00a0", 1)[1]
        return first[: first.index(" without undue delay")], GDPR, "17"
    stored = article_text(store, NIL, "7").split("\n")[0]
    source = stored if script == "simplified" else NIL7_TRAD
    return source[: source.index("情報" if script == "traditional" else "情报")], NIL, "7"


OWN_ENDINGS = {
    "english": " whenever a shop closes its doors for good.",
    "simplified": "安全领域的各项宣传活动。",
    "traditional": "安全領域的各項宣傳活動。",
}


@pytest.mark.parametrize("script", ["english", "simplified", "traditional"])
def test_a_sentence_that_only_shares_its_opening_with_an_article_is_not_reported(
    store: Store, checker: Checker, script: str
) -> None:
    """A sentence that opens with an article's words and goes on, in the same clause, with four
    words or more of its own where the article goes on with others: another text (an earlier or
    another law) sharing the opening. Cited as that article, it is reported."""
    opening, statute, number = _opening(store, script)
    sentence = opening + OWN_ENDINGS[script]
    found = unquoted(checker, f"A note\n\n{sentence}\n\nMore follows.")
    assert all(where(q) != (statute, number) for q in found), [(q.text, q.verdict) for q in found]
    cite = {
        "english": "Article 17 of the GDPR reads: ",
        "simplified": "国家情报法第七条规定：",
        "traditional": "國家情報法第七條規定：",
    }[script]
    cited = unquoted(checker, f"A note\n\n{cite}{sentence}\n\nMore follows.")
    assert (statute, number) in [where(q) for q in cited], [(q.text, q.verdict) for q in cited]


def test_an_opening_followed_by_a_word_or_two_of_the_writer_s_is_still_reported(
    store: Store, checker: Checker
) -> None:
    opening, statute, number = _opening(store, "english")
    found = unquoted(checker, f"A note\n\n{opening} quickly enough.\n\nMore follows.")
    assert (statute, number) in [where(q) for q in found], [(q.text, q.verdict) for q in found]
