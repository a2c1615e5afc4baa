"""A copy of an article's numbered paragraphs run into one line that the page itself stops with an
ellipsis — an index of articles giving each one's opening lines — is cut at the later paragraph's
number, its last piece a paragraph of its own though it stops mid-sentence (issue 14, heldout23's
listing of the AI Act's governance articles: reuse/page_cut.py).

Each page is written for these tests (its headings and notes are the writer's; the law's words
are the shipped store's GDPR Arts. 56 and 77, in English and in the French version the store
holds). With the rule taken out the copy stays one quotation, the later paragraph's opening
unreported. Words going on after the ellipsis (an elision inside the line), or a copy stopped
without one, are no page's stop: nothing is cut there either way.

The rule reads paragraphs numbered "2." at a line's start in the stored text, as the EU's acts
write them; the shipped store's Chinese articles carry no such numbers (their paragraphs are
lines of their own, read by reuse/copied_paragraphs.py), so it has no Chinese rows.
"""

from __future__ import annotations

import pytest
from rule_pages import GDPR, checker_with
from rule_switch import RuleSwitch

from lawref.pipeline import checker as checker_module
from lawref.pipeline.checker import Checker

checker = checker_with(GDPR)

_ART_77 = (
    "1. Without prejudice to any other administrative or judicial remedy, every data subject shall "
    "have the right to lodge a complaint with a supervisory authority, in particular in the Member "
    "State of his or her habitual residence, place of work or place of the alleged infringement if "
    "the data subject considers that the processing of personal data relating to him or her "
    "infringes this Regulation. 2. The supervisory authority with which the complaint has been "
    "lodged shall inform the complainant on the progress"
)
_ART_56 = (
    "1. Without prejudice to Article 55, the supervisory authority of the main establishment or of "
    "the single establishment of the controller or processor shall be competent to act as lead "
    "supervisory authority for the cross-border processing carried out by that controller or "
    "processor in accordance with the procedure provided in Article 60. 2. By derogation from "
    "paragraph 1, each supervisory authority shall be competent to handle a complaint lodged"
)
_ART_77_FR = (
    "1. Sans préjudice de tout autre recours administratif ou juridictionnel, toute personne "
    "concernée a le droit d'introduire une réclamation auprès d'une autorité de contrôle, en "
    "particulier dans l'État membre dans lequel se trouve sa résidence habituelle, son lieu de "
    "travail ou le lieu où la violation aurait été commise, si elle considère que le traitement de "
    "données à caractère personnel la concernant constitue une violation du présent règlement. "
    "2. L'autorité de contrôle auprès de laquelle la réclamation a été introduite informe "
    "l'auteur de la réclamation"
)

# (page, the later paragraph's opening, the article; None: nothing may start there, rule on or off)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # English: an index of articles, each excerpt closed by "…".
    (
        "Remedies under the GDPR, article by article\n\nArticle 77 Right to lodge a complaint\n"
        + _ART_77
        + "…\nArticle 78 Right to an effective judicial remedy\nRead more",
        "The supervisory authority with which",
        (GDPR, "77"),
    ),
    # English: three full stops for the ellipsis, at the text's end.
    (
        "Who leads? Article 56 GDPR\n" + _ART_56 + "...",
        "By derogation from paragraph 1",
        (GDPR, "56"),
    ),
    # French: the store's French version, the same index.
    (
        "Le RGPD article par article\n\nArticle 77 Droit d'introduire une réclamation\n"
        + _ART_77_FR
        + "…\nArticle 78 Droit à un recours juridictionnel effectif",
        "L'autorité de contrôle auprès de laquelle",
        (GDPR, "77"),
    ),
    # English: the ellipsis with words after it in the line is an elision, not the page's stop.
    (
        "Remedies under the GDPR\n\nArticle 77 Right to lodge a complaint\n"
        + _ART_77
        + " … of the complaint.\nArticle 78",
        "The supervisory authority with which",
        None,
    ),
    # English: a copy stopped mid-sentence with no ellipsis: not cut.
    (
        "Remedies under the GDPR\n\nArticle 77 Right to lodge a complaint\n"
        + _ART_77
        + "\nArticle 78 Right to an effective judicial remedy",
        "The supervisory authority with which",
        None,
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_a_copy_the_page_stops_is_cut_at_its_numbers(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(checker_module, "stopped_by_page", lambda text: lambda piece: False)
    quotes = checker.check_text(page).quotes
    starting = [q for q in quotes if q.text.startswith(opening)]
    if expected is None or not rule.on:
        assert not starting, [(q.text, q.verdict) for q in quotes]
        return
    assert len(starting) == 1, [(q.text, q.verdict) for q in quotes]
    later = starting[0]
    assert later.verdict in ("verbatim", "minor")
    assert later.match is not None
    assert (later.match.statute, later.match.article) == expected
    # the paragraph before it is a quotation of its own, of the same article
    earlier = [q for q in quotes if q.end <= later.start and q.match is not None]
    assert earlier and (earlier[-1].match.statute, earlier[-1].match.article) == expected
