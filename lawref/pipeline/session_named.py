"""A writer's naming of an NPC session is not the repeal clause of an article that names another.

An article that repeals an earlier law names the session that adopted it ("本法自公布之日起施行。
1993年2月22日第七届全国人民代表大会常务委员会第三十次会议通过的《中华人民共和国国家安全法》同时
废止"). A writer reporting an adoption ("第十四届全国人大常委会第八次会议修订通过的《中华人民共和国
保守国家秘密法》", "第12屆全國人大常委會第15次會議通過《國家安全法》") shares that formula with it word
for word but for the numbers, and the matcher links the writer's sentence to the repeal clause as
`altered`. When the stored words a quotation matched lie almost all inside such a naming (the
session and the title adopted there) and the quotation does not reproduce them exactly, it names
a session of its own: unlinked, with a note. The clause's own words (本法…施行, 同时废止) outside
the naming keep it linked, and so does an exact reproduction of the naming.

Measured on the real-world sets: the four such links (heldout5, heldout8 twice, heldout9) had
all of their matched stored words inside the naming; the labelled quotations of a repeal clause
are whole sentences with 本法…施行 and 同时废止, 40% or more of their words outside it.
"""

from __future__ import annotations

import re

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.text.regex_code import constant
from lawref.text.scripts import UNIFIED_HAN

__all__ = ["other_session"]

_EXACT = ("verbatim", "minor", "unmatched")
# A session named in a law's text, with its date and what it did, and the title adopted there:
# "1993年2月22日第七届全国人民代表大会常务委员会第三十次会议通过的《中华人民共和国国家安全法》".
# Bounded repeats only (linear on any text); Simplified and Traditional forms.
_NUMERAL = "[一二三四五六七八九十0-9]"
_SESSION_NAMING = constant(
    r"(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?"
    rf"(?:第?{_NUMERAL}{{1,3}}[届屆])?"
    r"全[国國]人民代表大[会會](?:常[务務]委[员員][会會])?"
    rf"第{_NUMERAL}{{1,4}}次[会會][议議]"
    r"(?:[审審][议議])?(?:通[过過]|修[订訂]|修正|批准)?(?:的)?"
    r"(?:《[^》\n]{1,80}》)?"
)
# Share of the matched stored letters that must lie inside a naming (see the docstring: 100% on
# the writer's namings, at most 60% on a repeal clause quoted whole).
INSIDE_SHARE = 0.9


def other_session(weighed: Weighed) -> Weighed:
    """``weighed`` unlinked, with a note, when the quotation matched only an article's naming
    of an NPC session and does not reproduce it exactly: the writer names a session of its own."""
    result = weighed.result
    match = result.match
    if match is None or result.verdict in _EXACT:
        return weighed
    start, end = match.span
    stored = match.text
    if not UNIFIED_HAN.search(stored, start, end):
        return weighed  # (only Chinese texts name a session this way)
    namings = [m.span() for m in _SESSION_NAMING.finditer(stored)]
    if not namings:
        return weighed
    letters = [i for i in range(start, end) if stored[i].isalnum()]
    if not letters:
        return weighed
    inside = sum(1 for i in letters if any(a <= i < b for a, b in namings))
    if inside < INSIDE_SHARE * len(letters):
        return weighed
    note = (
        f"not linked: the words name a session of the National People's Congress and what it "
        f"adopted, as Art. {match.article} of {match.title} names another (“"
        f"{_first_naming(stored, namings)}”): the writer's account of an adoption, not the "
        f"article's text"
    )
    return Weighed(unlinked(result), note)


def _first_naming(stored: str, namings: list[tuple[int, int]]) -> str:
    a, b = namings[0]
    return re.sub(r"\s+", " ", stored[a:b])
