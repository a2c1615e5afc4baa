"""A forum's anti-copying noise — random ASCII characters, one to three at a time between spaces,
at the start and end of a post's lines — is no part of an article reproduced in the post: each of
the article's lines between two runs of noise is read on its own, a verbatim copy, not one altered
run through the noise into the next item (issue 14, heldout22: Hong Kong's National Security Law
Art. 43 on a forum repost; the same noise on five pages of four older sets).

Each end-to-end case runs with the rule on and off (reuse/scrape_jammer.py, as
reuse/layout_noise.py reads it); the law's words are the stored ones (the Traditional form converted
by hand), the noise around them is written here. The rule reads lines holding Chinese words only:
the English cases are runs of short words and markers it must leave alone."""

from __future__ import annotations

import pytest
from rule_switch import RuleSwitch
from stored import shipped_store_with, stored_article

from lawref.pipeline.checker import Checker
from lawref.reuse import layout_noise
from lawref.reuse.scrape_jammer import jammer_runs
from lawref.store.files import Store

PIPL = "cn-personal-information-protection-law"
HKNSL = "cn-hong-kong-national-security-law"


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with(PIPL, HKNSL)


def _lines(store: Store, statute: str, number: str, count: int) -> list[str]:
    """The article's first ``count`` paragraphs (a lead-in and its first items)."""
    paragraphs = [p for p in stored_article(store, statute, number).text.split("\n") if p.strip()]
    return paragraphs[:count]


def _hknsl_20(store: Store) -> list[str]:
    return _lines(store, HKNSL, "20", 4)


def _pipl_13_hant(store: Store) -> list[str]:
    table = str.maketrans(
        "个处订规应对卫计护财产围报这见开闻论监术务违约",
        "個處訂規應對衛計護財產圍報這見開聞論監術務違約",
    )
    lines = _lines(store, PIPL, "13", 5)
    return [line.translate(table).replace("为", "為").replace("劳动", "勞動") for line in lines]


# Noise typed for the tests: a run before and after each line, glued to its first or last word.
_BEFORE = ["4 r/ Q7 x! N2 k", "w; 9 T0 e) S3 p", "B7 u# 2 m* V5 h", "z( F8 a; 6 L- q"]
_AFTER = [": k9 X# o% 3 R* d4 Y", "+ D2 g! j] M0 s/ W", "& e5 P( c7 T, v2 Z", "% H1 y- Q8 b( n"]


@pytest.mark.parametrize("lines_of", [_hknsl_20, _pipl_13_hant])
def test_each_line_of_an_article_between_forum_noise_is_verbatim(
    store: Store, rule: RuleSwitch, lines_of
) -> None:
    rule.take_out(layout_noise, "jammer_runs", lambda text: [])
    lines = lines_of(store)
    page = "转帖:条文如下。\n" + "\n".join(
        f"{_BEFORE[i % 4]}{line}{_AFTER[i % 4]}" for i, line in enumerate(lines)
    )
    quotes = [q for q in Checker(store).check_text(page).quotes if q.match is not None]
    verdicts = [q.verdict for q in quotes]
    if not rule.on:
        assert verdicts.count("verbatim") < len(lines), [(q.text, q.verdict) for q in quotes]
        return
    assert verdicts == ["verbatim"] * len(lines), [(q.text, q.verdict) for q in quotes]
    for quote in quotes:
        assert not any(ch.isascii() and ch.isalnum() for ch in quote.text), quote.text


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        # Simplified: a run glued before a line's first word and one after its last.
        ("条文如下。\n7 k# Q2 v/ M5 z任何人都应当遵守。\n", ["7 k# Q2 v/ M5 z"]),
        ("应当遵守本法。& e5 P( c7 T, v2 Z\n", ["& e5 P( c7 T, v2 Z"]),
        # Traditional: the same, after a full stop and before the next line's list number.
        ('應當遵守本法。( L4 q0 Y0 i" A/ }: R( F\n（二）', ['( L4 q0 Y0 i" A/ }: R( F']),
        # A list of article numbers on a line in Chinese is no noise, nor are short words.
        ("修改了 articles 19, 42, 61, 62, 64 等条文", []),
        ("他说 it is up to us to do so 然后", []),
        # English lines are never read: short words, markers, or even the noise itself.
        ("it is up to us to do so, as we see fit", []),
        ("points (a) (b) (c) (d) (e) of paragraph 1", []),
        ("The controller shall act. / C/ ~( K2 d! j u", []),
    ],
)
def test_noise_is_a_run_of_mixed_short_groups_on_a_chinese_line(
    text: str, noise: list[str]
) -> None:
    assert [text[a:b] for a, b in jammer_runs(text)] == noise
