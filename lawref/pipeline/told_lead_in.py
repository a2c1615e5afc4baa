"""A sentence that makes the cited article its subject and gives its rule — "Article 73 of the AI
Act requires providers … to report …", "Pursuant to Article 57 of the AI Act, each Member State
must establish …", "《数据安全法》第三十八条要求国家机关…" — retells that article after the lead-in.

pipeline/cited_restatements.py matches a sentence beside a citation with the article it cites,
leaving out a lead-in such as "Article 50(4) says that" or "According to Article 3,". A sentence
whose subject is the citation itself and whose verb states a duty, a permission or a ban (requires,
obliges, allows, permits, prohibits, …; 要求, 允许, 禁止, …) has no "that" or comma after the
verb, and a sentence that opens "Pursuant to Article N," or "In accordance with Article N," named
no lead-in the rule knew: the citation's words then stayed in the sentence matched with the
article and pulled its score under the rule's bar. Here the lead-in — only when a citation of an
article stands inside it, so that the article is what the sentence is about — is left out too,
and the rest is matched as cited_restatements matches any sentence: against the same bar
(RESTATEMENT_MIN_SCORE, chosen there), which this rule does not lower.

Measured on the real-world sets (heldout11 to heldout13, labelled by the policy that calls such a
sentence a paraphrase of the cited article; every set for precision): see the CHANGELOG section
of the thirteenth round's recall work.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.spans import CitationSpan
from lawref.text.regex_code import constant

__all__ = ["told_lead_in"]

# The verbs that give an article's rule with the article as their subject: a duty, a permission
# or a ban, then the words it covers ("requires providers to …", "allows Member States to …").
# "provides" and "states" are not among them: without "that" they take a noun ("Section 6(3)
# provides an important escape route"), the writer's description of the article.
_ENGLISH_VERBS = (
    r"requires|obliges|obligates|allows|permits|prohibits|forbids|bans|mandates|entitles"
    r"|empowers|authori[sz]es|compels|directs"
)
_CHINESE_VERBS = r"要求|允许|允許|禁止|授权|授權|责成|責成"
# The subject and its verb, or a prepositional lead-in ending in a comma: at most _LEAD_MAX
# characters with no sentence or clause end inside (linear: one bounded class run each).
_LEAD = constant(
    r"(?i)(?:(?:[^,.;:\n]{1,30}:[ \t]+)?[^,.;:\n]{0,100}?\b(?:" + _ENGLISH_VERBS + r")\s+"
    r"|(?:pursuant to|in accordance with|as per|in line with) [^,.;\n]{1,80},\s*"
    r"|[^，,。；;：:\n]{0,40}?(?:" + _CHINESE_VERBS + r")(?=[^，,：:\s]))"
)


def told_lead_in(
    text: str, start: int, end: int, near: Sequence[CitationSpan]
) -> tuple[CitationSpan, int] | None:
    """The citation of an article that the sentence ``text[start:end]`` opens with as its subject
    (or its "pursuant to" lead-in), and where the words that retell the article start; None when
    the sentence opens otherwise or names no article of ``near`` there."""
    lead = _LEAD.match(text, start, end)
    if lead is None:
        return None
    for citation in near:
        if citation.article is not None and start <= citation.start and citation.end <= lead.end():
            return citation, lead.end()
    return None
