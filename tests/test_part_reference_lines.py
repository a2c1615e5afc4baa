"""A part reference on a new line ("另外第40第3款规定，“…”", "Subsection (b) adds …") that the
citation finder read as a part of the article cited on an earlier line cannot accuse
(pipeline/part_reference.py): when the quoted words are another article's, the guess is wrong,
not the writer, and the quotation is `unverified` with a note, not `misattributed`. The same
reference on the cited article's own line still accuses.

Each table runs with the rule on (the right answer) and off (the old, false accusation). The
quoted words are the shipped store's (the National Security Law's Arts. 11 and 40, GDPR Arts. 6
and 17; the Traditional ones converted by hand from the stored Simplified); the sentences
around them are written for these tests.
"""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline import attribution
from lawref.pipeline.checker import Checker
from lawref.store.files import Store

NSL = "cn-national-security-law"
GDPR = "eu-gdpr"

_NSL11_HANT = "維護國家主權、統一和領土完整是包括港澳同胞和台灣同胞在內的全中國人民的共同義務"
_NSL40_HANT = "香港特別行政區、澳門特別行政區應當履行維護國家安全的責任"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(NSL, GDPR)


def _paragraph(store: Store, statute: str, number: str, index: int) -> str:
    """Paragraph ``index`` of a stored article, without its closing full stop."""
    text = stored_article(store, statute, number).text
    return text.split("\n\n")[index].rstrip("。.")


def _gdpr17(store: Store) -> str:
    return (
        stored_article(store, GDPR, "17").text.split(" where one of")[0].split("1.", 1)[1].strip()
    )


def _cases(store: Store) -> list[tuple[str, str, str, str]]:
    """(language, the document's opening, the next line before the second quotation, its words):
    the second quotation is another article's words after a part reference on a new line."""
    nsl11 = _paragraph(store, NSL, "11", 1).split("。")[1]
    nsl40 = _paragraph(store, NSL, "40", 2)
    gdpr6 = stored_article(store, GDPR, "6").text.split("\n")[0]
    return [
        (
            "en",
            f"Article 6(1) of the GDPR says: “{gdpr6}”",
            "Subsection (b) adds: “",
            _gdpr17(store),
        ),
        (
            "zh-Hans",
            f"《国家安全法》第11条第2款规定：“{nsl11}”。",
            "另外第40第3款规定，“",
            nsl40,
        ),
        (
            "zh-Hant",
            f"《國家安全法》第11條第2款規定：「{_NSL11_HANT}」。",
            "另外第40第3款規定，「",
            _NSL40_HANT,
        ),
    ]


def _closing(opening: str) -> str:
    return "」" if opening.endswith("「") else "”"


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_a_part_reference_on_a_new_line_is_no_accusation(
    store: Store, checker: Checker, rule: RuleSwitch, language: str
) -> None:
    _, first, lead, words = next(c for c in _cases(store) if c[0] == language)
    rule.take_out(attribution, "parts_read_across_lines", lambda text, citations: frozenset())
    document = f"{first}\n\n{lead}{words}{_closing(lead)}"
    quote = next(q for q in checker.check_text(document).quotes if q.text.startswith(words[:10]))
    assert quote.match is not None and quote.match.statute in (NSL, GDPR)
    assert quote.match.article in ("17", "40")
    if rule.on:
        assert quote.attribution == "unverified"
        assert any("earlier line" in note for note in quote.notes), quote.notes
    else:  # the old reading: the earlier line's article guessed, the reporter accused
        assert quote.attribution == "misattributed"


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_the_same_reference_on_the_cited_articles_line_still_accuses(
    store: Store, checker: Checker, language: str
) -> None:
    _, first, lead, words = next(c for c in _cases(store) if c[0] == language)
    lead = lead.replace("另外第40", "另外")
    document = f"{first}{'；' if language != 'en' else ' '}{lead}{words}{_closing(lead)}"
    quote = next(q for q in checker.check_text(document).quotes if q.text.startswith(words[:10]))
    assert quote.match is not None and quote.match.article in ("17", "40")
    assert quote.attribution == "misattributed"


def test_every_part_reference_after_the_cited_line_is_read(store: Store) -> None:
    """Many part references after one cited article (hostile text) are each read as guessed:
    the line breaks are found once, and every reference after the first line is in the answer."""
    from lawref.citations.find import CitationFinder
    from lawref.pipeline.part_reference import parts_read_across_lines

    document = "《国家安全法》第11条第2款规定了义务。\n" + "第3款规定了责任。\n" * 1000
    citations = CitationFinder(store).find(document)
    parts = {(c.start, c.end) for c in citations if c.text == "第3款" and c.article == "11"}
    assert parts
    assert parts_read_across_lines(document, citations) == parts
