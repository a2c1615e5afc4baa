"""A name qualified by the place a context rule is about: 香港国家安全法, 港版《國家安全法》,
香港版国家安全法, 香港特区维护国家安全法, "Hong Kong's National Security Law". The place word right before the name says
which law it is, as the rule's cue does for the whole document, even when the rule does not list
that name for a bare mention (国家安全法 alone, in a Hong Kong story, may still be the PRC's 2015
law; 香港国家安全法 is not). Once a document has named a law so, a later bare mention of the same
name in it is read the same way (香港版国家安全法 … 国家安全法第20条), unless a qualifier
("mainland", 内地) stands before that mention.
"""

from __future__ import annotations

import re

from lawref.text.regex_code import constant

__all__ = ["place_right_before"]

PLACE_REACH = 16  # characters before a name its place word (and 版, 地区, 's) may take
# What may stand between the place word and the name: spaces and an opening title mark, after a
# region word (香港特别行政区, 香港地区), 版 ("the Hong Kong edition of") or a possessive.
_MARKS = constant(r"[\s\u3000]{0,2}[《〈「“\"]?$")
# After the region word, 维护 ("safeguarding") of the Hong Kong law's own title shortened:
# 香港特区维护国家安全法.
_REGION = constant(r"(?:版|地区|地區|(?:特区|特區|特别行政区|特別行政區)(?:维护|維護)?|['’]s)$")


def place_right_before(text: str, start: int, cues: list[str]) -> str | None:
    """The cue among ``cues`` that stands right before the name at ``start`` (up to a region word,
    版, a possessive, spaces and an opening mark), or None."""
    before = text[max(0, start - PLACE_REACH) : start]
    head = before[: _MARKS.search(before).start()]  # type: ignore[union-attr]  # always matches
    heads = [head]
    region = _REGION.search(head)
    if region is not None:
        heads.append(head[: region.start()])
    for cue in sorted(cues, key=len, reverse=True):
        for words in heads:
            if words.endswith(cue) and _starts_word(words, len(words) - len(cue)):
                return cue
    return None


def _starts_word(text: str, index: int) -> bool:
    """A Latin cue must start a word ("Hong Kong", not "…XHong Kong"); a CJK one need not."""
    if index <= 0 or not text[index].isascii():
        return True
    return not re.match(r"[A-Za-z0-9]", text[index - 1])
