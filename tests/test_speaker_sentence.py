"""A speaker's sentence is the speaker's words, even where it borrows a law's: 习近平主席指出，当前……，
必须坚持总体国家安全观，以人民安全为宗旨，…… (issue 14; heldout13: Xi Jinping's 2014 words, which
the 2015 National Security Law's Art. 3 later took up, linked to that article as ``verbatim``).
An unquoted stretch in a sentence that a speaker opens (a subject that is no law, a verb of
saying, a comma), with no citation in the sentence, that is a near-copy or only part of that
sentence, is not linked, with a note (pipeline/speaker_said.py ``_chinese_speaker``). A law as
the subject (第三条指出，), a citation in the sentence, or the writer's own phrase (也就是说，) keep
the link.

The class is Chinese (an English speaker's words are judged by pipeline/speaker_said.py's lead-in
and tag readings, tested in tests/test_speaker_said.py and tests/test_speaker_tag.py): Simplified
and Traditional pages. Each runs with the rule on and off; the sentences are written for these
tests around the stored Art. 3.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with

from lawref.pipeline import speaker_said
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

NSL = "cn-national-security-law"
BORROWED = "坚持总体国家安全观，以人民安全为宗旨，以政治安全为根本，以经济安全为基础，"
BORROWED_HANT = "堅持總體國家安全觀，以人民安全為宗旨，以政治安全為根本，以經濟安全為基礎，"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NSL)


# (the page, whether the borrowed words stay linked with the rule on)
PAGES = [
    (f"会议召开。习近平主席指出，当前形势复杂，必须{BORROWED}走出一条新路。\n", False),
    (f"會議召開。習近平主席指出，當前形勢複雜，必須{BORROWED_HANT}走出一條新路。\n", False),
    (f"会议召开。一位发言人表示：当前形势复杂，必须{BORROWED}走出一条新路。\n", False),
    # a law as the subject, or a citation in the sentence: the law's words
    (f"会议召开。《国家安全法》第三条指出，当前形势复杂，必须{BORROWED}走出一条新路。\n", True),
    (f"會議召開。發言人表示，根據《國家安全法》，必須{BORROWED_HANT}走出一條新路。\n", True),
    (f"会议召开。评论认为，该法的条文要求必须{BORROWED}走出一条新路。\n", True),
]


@pytest.mark.parametrize("case", range(len(PAGES)))
def test_a_speakers_sentence_borrowing_a_laws_words_is_not_linked(
    store: Store, rule: RuleSwitch, case: int
) -> None:
    page, linked = PAGES[case]
    rule.take_out(speaker_said, "_chinese_speaker", lambda text, span, weighed, citations: weighed)
    quotes = [q for q in Checker(store).check_text(page).quotes if "宗旨" in q.text]
    assert len(quotes) == 1, [(q.text, q.verdict) for q in quotes]
    (quote,) = quotes
    if rule.on and not linked:
        assert quote.match is None and quote.verdict == "unmatched", quote.notes
        assert any("given as a speaker's" in note for note in quote.notes), quote.notes
    else:
        assert quote.match is not None and quote.match.statute == NSL, quote.notes
        assert quote.match.article == "3"
