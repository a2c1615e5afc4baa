"""A Korean 이 법 or 본법 ("this law") after a sentence that named two laws points to neither.

The walk reads an anaphor as the law named last before it. When the sentence that named it named
another law just before it — a wiki's line of related laws, "중화인민공화국의 사이버보안법
중화인민공화국의 데이터 보안법", then "이 법은 …" on the next line — the text has not said which
law "this law" is, and the last name is only the one that happened to stand last (heldout15: a
Korean page about the PIPL read its summary's 이 법 as the Data Security Law). Side by side: at most
a few characters apart (a genitive 중화인민공화국의, 와, 및, a comma); a law named farther on in the
sentence is the one it goes on about. A person would not
say which law is meant; lawref then says none. Chinese and Japanese lists of laws joined by 、 or
等 are the ``listed_after``/``listed_before`` windows' (statutes/grammar/joins.yaml); Korean names
stand side by side with a space, so the sentence, not a mark, tells.

Side by side means joined as a list's items are: by a space, a mark (·, a comma), 와/과, 및 or a
state's genitive. A sentence that names one law after another and goes on — "데이터보안법·반간첩법에
이어 기밀법이 개정되자" ("after the Data Security and Counter-espionage Laws, the Secrets Law was
revised") — is about the later law, and its 개정 법 ("the revised law") is that one (heldout22).

Only Korean anaphors: of the read sets' anaphors after two laws named in one sentence, the Chinese
and English ones are read as the later law by the labels often enough (the sentence's subject,
"the Data Security Law, which builds on the Cybersecurity Law, … The law") that the rule is kept to
the class it was seen in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lawref.text.regex_code import constant

if TYPE_CHECKING:
    from lawref.citations.scan_records import Named
    from lawref.citations.walk import WalkState


# The most characters between two names that stand side by side: " 중화인민공화국의 " (10), "와 ",
# " 및 ", ", ". Farther apart, the sentence goes on about the later law.
SIDE_BY_SIDE = 12

# What may stand between two names of a list: spaces and marks, a conjunction, the state's genitive
# (중화인민공화국의 데이터 보안법). Anything else (에 이어 "following", 에서 "in") is the sentence's
# own words, and the law named after them is its subject.
_LIST_JOINER = constant(
    r"[\s·・,，、/]*(?:(?:와|과|및|그리고|또는|이나)[\s·,，]*)?"
    r"(?:(?:중화인민공화국|중국|中)의?\s*)?\Z"
)


def named_together(context: Named, state: WalkState) -> bool:
    """Whether ``context``, the law named last, was named by the last citation found and the one
    before it named another law side by side with it, in the same sentence, with no article
    cited by either."""
    found = state.found
    if len(found) < 2 or found[-1].end != context.end:
        return False
    last, before = found[-1], found[-2]
    return (
        last.statute != before.statute
        and last.article is None
        and before.article is None
        and 0 <= last.start - before.end <= SIDE_BY_SIDE
        and state.segments.sentence(last.start) == state.segments.sentence(before.start)
        and _LIST_JOINER.match(state.segments.text, before.end, last.start) is not None
    )
