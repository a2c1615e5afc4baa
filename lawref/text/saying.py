"""The verbs of saying a writer presents a law's words with, in one place for every pattern using them.

"The Act provides that …", "the law states:", 法律规定，…, 第七条写道：… Each pattern that reads a
lead-in builds its alternation from these words and names its own extras beside them (an aspect
particle, a past tense, 明确, 称): the words below are the ones every such pattern accepts.
"""

from __future__ import annotations

# In both scripts: 规定 (provides), 写道 (writes), 指出 (points out).
CHINESE_SAYING = ("规定", "規定", "写道", "寫道", "指出")
# Verbs that present a law's words with weight, in both scripts: 明确 (makes clear), 强调
# (stresses), 载明 (records). Not every lead-in pattern takes them; the ones that do name them so.
CHINESE_AFFIRMING = ("明确", "明確", "强调", "強調", "载明", "載明")
# The third person present, as a writer reports a law: "Article 5 provides/states/reads/says".
ENGLISH_SAYING = ("says", "reads", "states", "provides", "stipulates")


def either(*words: str) -> str:
    """The regular-expression alternation of ``words`` (literal words, no metacharacters)."""
    return "|".join(words)
