"""The words of a law's title in marks (《…》, 「…」), as a reader reads them.

- 「外国情報監視法(FISA)」第702条, 《个人信息保护法（PIPL）》: the law's Latin acronym inside the
  title, after the name, is no part of the name; the name before it is looked up.
- 「中国データセキュリティ法(中国語原文:中华人民共和国数据安全法)」, 《数据安全法（英文：Data Security
  Law）》: the law's name in another language inside the title, after a label and a colon, is
  the same law's name given again; the name before it is looked up, and kept only where the
  name in brackets names no other stored law.
- 中国の「個人情報保護法」: a Japanese rendering that Japanese writing also gives another
  country's law (Japan's own act) names the Chinese law only after the state's name
  (citations/name_variants.py); the state right before the title mark, with or without の, is
  that name's.

Each is tried only where the title's words alone name no stored law.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lawref.text.regex_code import constant

__all__ = ["title_named"]

_ACRONYM_IN_TITLE = constant(r"\s{0,2}[(（][A-Z][A-Za-z0-9.&\-]{1,14}[)）]$")
# "(中国語原文:中华人民共和国数据安全法)", "（英文：Data Security Law）": a label of at most eight
# characters, a colon, and the name as another language writes it, closing the title's words.
_GLOSS_IN_TITLE = constant(
    r"\s{0,2}[(（](?P<label>[^()（）:：\n]{1,8})[:：]\s{0,2}(?P<name>[^()（）:：\n]{2,80})[)）]$"
)
# The state's name right before a title's opening mark, in the scanned (Simplified) text.
_STATE_BEFORE = constant(r"(?P<state>中国|中华人民共和国)の?\s{0,2}[《〈「『]$")
STATE_REACH = 12  # characters before a title its state's name may take


def title_named(resolve: Callable[[str, int], Any], text: str, start: int, words: str) -> Any:
    """What the title at ``start`` (its words ``words``, without the marks) names, by
    ``resolve`` (words and where they start → a citations.naming.Named, which imports this
    module)."""
    named = resolve(words, start)
    if named.statute or named.ambiguous:
        return named
    acronym = _ACRONYM_IN_TITLE.search(words)
    if acronym is not None and acronym.start():
        words = words[: acronym.start()]
        named = resolve(words, start)
        if named.statute or named.ambiguous:
            return named
    gloss = _GLOSS_IN_TITLE.search(words)
    if gloss is not None and gloss.start():
        before = resolve(words[: gloss.start()], start)
        given = resolve(gloss["name"], start + gloss.start("name"))
        # the name in brackets may be one the store lacks (a full official title), never another
        # stored law's: then the title names two laws and stays unread
        same = given.statute == before.statute or (
            given.statute is None and (not given.ambiguous or before.statute in given.ambiguous)
        )
        if before.statute and same:
            return before
    state = _STATE_BEFORE.search(text[max(0, start - STATE_REACH) : start + 1])
    if state is not None:
        with_state = resolve(state["state"] + words, start)
        if with_state.statute:
            with_state.end = start + len(words)
            with_state.name = words
            return with_state
    return named
