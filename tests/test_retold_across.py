"""An English sentence beside a citation of a Chinese article that gives the article's rule in the
writer's own English is that article's `paraphrase`, linked by its cross-lingual evidence (issue
14, round fourteen: retellings across languages; pipeline/retold_across.py, read by
pipeline/cited_restatements.py).

The store holds these laws in Chinese only, so the retelling shares no word with any stored
wording and the word-share rules (told_paraphrase, article_retold) cannot see it. When the cited
article is the best article the words retrieve across languages, clearly above every other
article of the law, and the evidence is faithful, the retelling is reported as the cited
article's paraphrase, attributed to the citation beside it. A sentence whose words two articles
explain alike, a speaker's sentence, and one that gives no rule are not linked. The writer's
sentences are written for these tests; the stored articles are the shipped store's.
"""

from __future__ import annotations

import pytest
from rule_pages import DSL, assert_told_paraphrase, checker_with, linked_retelling, traditional
from rule_switch import RuleSwitch

from lawref.pipeline import cited_restatements
from lawref.pipeline.checker import Checker
from lawref.pipeline.retold_across import retold_across
from lawref.spans import CitationSpan

PIPL = "cn-personal-information-protection-law"
checker = checker_with(DSL, PIPL, "cn-export-control-law")

# Data Security Law Art. 36 (foreign requests for data) and Art. 27 (processors' duties), PIPL
# Art. 24 (automated decisions), told in a writer's English.
_FOREIGN_REQUESTS = (
    "Organizations and individuals within China must not provide data stored in China to "
    "foreign judicial or law enforcement bodies without the approval of the competent Chinese "
    "authorities."
)
_PROCESSORS = (
    "Those who carry out data processing activities shall establish a data security management "
    "system for the whole process, organize data security education and training, and take "
    "technical measures to ensure data security."
)
_AUTOMATED = (
    "Handlers who use personal information for automated decision-making must keep the "
    "decisions transparent and the results fair, and may not apply unreasonable differential "
    "treatment to individuals in transaction prices."
)
_DSL_36_ZH = "《数据安全法》第三十六条规定了境外机构调取数据的问题。\n\n"

# (page, the retold words' opening, the article they are linked to; None: nothing linked there)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # The retelling in the paragraph after the citation's sentence.
    (
        "Article 36 of the Data Security Law deals with foreign requests.\n\n" + _FOREIGN_REQUESTS,
        "Organizations and individuals",
        (DSL, "36"),
    ),
    (
        "Article 27 of the Data Security Law sets out general duties.\n\n" + _PROCESSORS,
        "Those who carry out",
        (DSL, "27"),
    ),
    (
        "Article 24 of the PIPL covers automated decisions.\n\n" + _AUTOMATED,
        "Handlers who",
        (PIPL, "24"),
    ),
    # The citation in Simplified or Traditional script, the retelling in English after it.
    (_DSL_36_ZH + _FOREIGN_REQUESTS, "Organizations and individuals", (DSL, "36")),
    (traditional(_DSL_36_ZH) + _FOREIGN_REQUESTS, "Organizations and individuals", (DSL, "36")),
    # The law cited alone as the sentence's subject: the article its words point to.
    (
        "Under the Data Security Law, " + _FOREIGN_REQUESTS[0].lower() + _FOREIGN_REQUESTS[1:],
        "organizations and individuals",
        (DSL, "36"),
    ),
    # Words two articles explain alike (the Export Control Law's licence duty of Art. 12 and the
    # control list of Art. 18 score within a point of each other): not linked.
    (
        "Article 12 of the Export Control Law sets out licensing.\n\nExport operators shall "
        "apply to the state export control administration for a licence before exporting "
        "controlled items on the control list.",
        "Export operators",
        None,
    ),
    # A speaker's sentence: the words are the speaker's account, not the writer's.
    (
        "Article 36 of the Data Security Law deals with foreign requests.\n\nA ministry "
        "spokesman said " + _FOREIGN_REQUESTS[0].lower() + _FOREIGN_REQUESTS[1:],
        "organizations and individuals",
        None,
    ),
    # No rule: the sentence tells what happens, with no duty, leave or ban.
    (
        "Article 36 of the Data Security Law deals with foreign requests.\n\nOrganizations and "
        "individuals within China provide data stored in China to foreign judicial or law "
        "enforcement bodies only after the approval of the competent Chinese authorities.",
        "Organizations and individuals",
        None,
    ),
    # The law named in an earlier sentence, not as the retelling's subject: no article cited.
    (
        "Companies discuss the Data Security Law often.\n\n" + _FOREIGN_REQUESTS,
        "Organizations and individuals",
        None,
    ),
]


@pytest.mark.parametrize(("page", "opening", "expected"), CASES, ids=range(len(CASES)))
def test_an_english_retelling_of_a_cited_chinese_article_is_its_paraphrase(
    checker: Checker,
    rule: RuleSwitch,
    page: str,
    opening: str,
    expected: tuple[str, str] | None,
) -> None:
    rule.take_out(cited_restatements, "retold_across", lambda *args: None)
    quote = linked_retelling(checker, page, opening)
    if expected is None or not rule.on:
        assert quote is None, quote
        return
    # A retelling is never `altered` and never accuses the citation beside it.
    assert_told_paraphrase(quote, page, opening, expected)


def test_hostile_sentences_are_read_in_linear_time(checker: Checker) -> None:
    """A megabyte-long sentence beside a citation is not scored; a short one is."""
    citation = CitationSpan("Article 36", 0, 10, DSL, "36")
    text = "Article 36. " + "organizations must not provide data abroad and " * 30_000 + "so on."
    found = retold_across(text, 12, 12, len(text), [citation], checker.store, checker.xling)
    assert found is None
    short = "Article 36. " + _FOREIGN_REQUESTS
    found = retold_across(short, 12, 12, len(short), [citation], checker.store, checker.xling)
    assert found is not None and found[0].verdict == "paraphrase" and found[1] is citation
