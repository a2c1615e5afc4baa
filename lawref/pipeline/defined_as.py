"""A sentence that opens with the writer's definition lead-in presents the law's words after it.

"The AI Act defines a deepfake as AI-generated or manipulated image, audio or video content that
… would falsely appear authentic or truthful." reproduces Art. 3(60) without quotation marks, "to a
person to be" left out. pipeline/unquoted.py judges an unquoted stretch over its sentence and drops
a stretch whose sentence goes on in other words on both sides (a phrase the writer's own wording
shares with the law): here the words before it ("The AI Act defines a deepfake as") and the
left-out words after it made the found reproduction vanish. A writer's lead-in that says what
the law defines a term as — "defines X as", "X is defined as", "将X定义为", "X是指" said of the law
— is no wording of the writer's that the law's words sit inside: it introduces them. After such a
lead-in the stretch is kept, and the writer's words after it join it when they stand further on
in the law's paragraph (a clause left out between: ``altered``, the words listed).
"""

from __future__ import annotations

import re

from lawref.text.regex_code import Deferred

__all__ = ["definition_lead_in"]

# The end of a definition lead-in, right before the law's words: "defines <term> as", "<term>
# is/are defined as", "defined … as", 定义为 / 定義為 / 界定为 (with the term between in English, a
# few words at most: no clause break).
_DEFINED_AS = Deferred(
    r"(?:\bdefine[sd]?\b[^.;:!?\n]{0,60}?\bas|\b(?:is|are)\s+defined\s+as|"
    r"定义为|定義為|界定为|界定為)[ \t]*[:：,，]?[ \t]*$",
    re.IGNORECASE,
)


def definition_lead_in(before: str) -> bool:
    """Whether the writer's words before a reproduction (its sentence's start up to it) end in a
    definition lead-in ("The AI Act defines a deepfake as ")."""
    return _DEFINED_AS.compiled.search(before[-120:]) is not None
