"""Words tied to another article only by a formula the cited article shares accuse nobody (issue
14, heldout10: a French retelling of GDPR Art. 17, "le droit d'obtenir du responsable du
traitement la suppression de …", matched to Art. 15's opening and called a misattribution of the
citation "RGPD art. 17").

Each case is a claim the attribution stage made (the words, the article they were matched to,
the citation they were judged against), run through the pipeline's rule with the rule on and
off (pipeline/shared_with_cited.py). The writers' sentences are written here; the articles'
texts are the stored ones."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article, stored_match, stored_words

from lawref.pipeline import accusations
from lawref.pipeline.attribution import Link, cited_as
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store

CSL = "cn-cybersecurity-law"
GDPR = "eu-gdpr"

_HANT = str.maketrans("关门责给导络后处罚运营条规护义务", "關門責給導絡後處罰運營條規護義務")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(CSL, GDPR)


def _french(store: Store, number: str) -> str:
    article = stored_article(store, GDPR, number)
    return next(v.text for v in article.language_versions if v.language == "fr")


def _gdpr_15(store: Store) -> Match:
    return stored_match(store, GDPR, "15")


def _gdpr_15_fr(store: Store) -> Match:
    return stored_match(store, GDPR, "15", _french(store, "15"))


def _csl_59(store: Store) -> Match:
    return stored_match(store, CSL, "59", stored_article(store, CSL, "59", "2016").text)


def _french_15c(store: Store) -> str:
    text = _french(store, "15")
    begin = text.index("les destinataires ou catégories")
    return text[begin : text.index("internationales", begin) + len("internationales")]


def _csl_59_duty(store: Store) -> str:
    text = stored_article(store, CSL, "59", "2016").text
    return text[: text.index("给予警告") + len("给予警告")]


# (the writer's words, the match they were given, the citation, attribution with the rule on)
CASES = [
    # The cited article retold in the opening formula it shares with the matched one.
    (
        lambda s: (
            "the right to obtain from the controller the deletion of personal data "
            "concerning him or her"
        ),
        _gdpr_15,
        ("Article 17 GDPR", GDPR, "17"),
        "unverified",
    ),
    (
        lambda s: (
            "le droit d'obtenir du responsable du traitement la destruction de données à "
            "caractère personnel la concernant"
        ),
        _gdpr_15_fr,
        ("RGPD art. 17", GDPR, "17"),
        "unverified",
    ),
    (
        lambda s: (
            "由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处以罚款"
        ),
        _csl_59,
        ("网络安全法第六十条", CSL, "60"),
        "unverified",
    ),
    (
        lambda s: (
            "由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处以罚款".translate(
                _HANT
            )
        ),
        _csl_59,
        ("網絡安全法第六十條", CSL, "60"),
        "unverified",
    ),
    # Words only the matched article holds: the claim stands.
    (
        lambda s: stored_words(s, GDPR, "15", "the recipients or categories", "organisations"),
        _gdpr_15,
        ("Article 17 GDPR", GDPR, "17"),
        "misattributed",
    ),
    (_french_15c, _gdpr_15_fr, ("RGPD art. 17", GDPR, "17"), "misattributed"),
    (_csl_59_duty, _csl_59, ("网络安全法第六十条", CSL, "60"), "misattributed"),
    (
        lambda s: _csl_59_duty(s).translate(_HANT),
        _csl_59,
        ("網絡安全法第六十條", CSL, "60"),
        "misattributed",
    ),
]


@pytest.mark.parametrize(("words", "matched", "cited", "attribution"), CASES)
def test_a_formula_both_articles_share_accuses_nobody(
    store: Store,
    rule: RuleSwitch,
    words,
    matched,
    cited: tuple[str, str, str],
    attribution: str,
) -> None:
    rule.take_out(accusations, "shared_with_cited", lambda spans, matches, links, store: links)
    quoted = words(store)
    name, statute, article = cited
    page = f"{name}: {quoted}"
    citation = CitationSpan(name, 0, len(name), statute, article, name=name)
    span = QuoteSpan(quoted, len(name) + 2, len(page), marks="none")
    claim = Link("misattributed", cited_as(citation), citation)
    (link,) = accusations.shared_with_cited([span], [matched(store)], [claim], store)
    expected = attribution if rule.on else "misattributed"
    assert link.attribution == expected
    if expected == "unverified":
        assert link.note is not None and "a formula both share" in link.note
