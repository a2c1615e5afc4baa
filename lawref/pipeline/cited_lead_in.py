"""A sentence that opens with a citation and a verb of saying presents the law's words after it.

"根据《密码法》的规定，国家鼓励商用密码技术的研究开发、学术交流、成果转化和推广应用，鼓励和促进商用
密码产业发展。" reproduces the Cryptography Law's Art. 21(1) without quotation marks and leaves out
its middle clause (健全统一、开放、竞争、有序的商用密码市场体系). pipeline/unquoted.py judged the
reproduction over its sentence, but the words after the left-out clause joined it only after a
definition lead-in (pipeline/defined_as.py): here they stayed outside, and the stretch before them,
word for word the law's, was called ``verbatim`` — the dropped clause went unseen.

A lead-in that names the law (or an article of it) and says that it provides what follows —
"根据《X》的规定，", "《X》第二十一条规定：", "Article 21 of the Act provides that" — introduces
the law's words, as a definition lead-in does: the writer's words after the reproduction that stand
further on in the same paragraph of the law join it (a clause left out between: ``altered``, the
dropped words listed). A clause that names the law as the one breached ("违反《X》规定，…") is a
penalty's condition, not a presentation of the law's words, and does not count.

The bar: the words after must be at least ``FOLLOW_MIN_CJK`` CJK characters (``FOLLOW_MIN_LATIN``
Latin words) standing together further on in the law's paragraph: two CJK characters (a word such
as 规定 or 国家) occur by chance in most articles, so the bar asks for a phrase. On the real-world
sets (dev to heldout11) the rule changes one labelled quotation, heldout11's Cryptography Law
Art. 21(1), from ``verbatim`` to ``altered`` as labelled, and no other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawref.pipeline.sentence import word_tokens
from lawref.spans import CitationSpan
from lawref.text.regex_code import Deferred
from lawref.text.saying import CHINESE_AFFIRMING, CHINESE_SAYING, ENGLISH_SAYING, either
from lawref.text.scripts import ideograph_words

__all__ = ["FOLLOW_MIN_CJK", "FOLLOW_MIN_LATIN", "cited_lead_in", "follows_enough"]

# After the citation: (的) a verb of saying (了), then a comma or colon; or an English verb of
# saying, "that" or a colon or comma. Nothing else may stand between the citation and the words.
_SAYING_TAIL = Deferred(
    r"[ \t]*(?:的|中)?(?:明确|明確)?(?:"
    + either(*CHINESE_SAYING, *CHINESE_AFFIRMING)
    + r")[了]?[ \t]*[,，:：][ \t]*$"
    + r"|[ \t]+(?:"
    + either(*ENGLISH_SAYING, "specifies", "requires")
    + r")(?:[ \t]+that)?[ \t]*[:,]?[ \t]*$",
    re.IGNORECASE,
)
# "of the Act", "of the GDPR" between an article's citation and the verb belong to the citation.
_OF_LAW = Deferred(r"^[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w.()-]*(?:[ \t]+[A-Z][\w.()-]*){0,5}")
# A clause that names the law as the one breached: what follows is a penalty's, not its words.
_BREACH = Deferred(r"违反|違反|违背|違背|\bbreach|\bviolat|\binfring", re.IGNORECASE)
_SENTENCE_ENDS = ("。", ".", "!", "?", "！", "？", "\n")
FOLLOW_MIN_CJK = 4
FOLLOW_MIN_LATIN = 3


def cited_lead_in(
    text: str, sentence_start: int, core_start: int, citations: Sequence[CitationSpan]
) -> bool:
    """Whether the writer's words from ``sentence_start`` to the reproduction at ``core_start``
    are a citation of the law followed only by a verb of saying ("根据《密码法》的规定，")."""
    for citation in citations:
        # (the citation may stand before ``sentence_start`` when a span found in its name, a
        # title in 《》, bounded the sentence)
        if citation.end > core_start or citation.end < sentence_start or citation.statute is None:
            continue
        tail = text[citation.end : core_start]
        of_law = _OF_LAW.compiled.match(tail)
        if of_law is not None:
            tail = tail[of_law.end() :]
        if _SAYING_TAIL.compiled.match(tail) is None:
            continue
        opening = max(text.rfind(mark, 0, citation.start) for mark in _SENTENCE_ENDS) + 1
        return _BREACH.compiled.search(text[opening : citation.start]) is None
    return False


def follows_enough(written: str) -> bool:
    """Whether the writer's words after the reproduction are long enough to be the law's own
    words found further on (a phrase, not a word that occurs in most articles)."""
    tokens = word_tokens(written)
    cjk = ideograph_words(tokens)
    if cjk:
        return cjk >= FOLLOW_MIN_CJK
    return len(tokens) >= FOLLOW_MIN_LATIN
