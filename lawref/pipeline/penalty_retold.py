"""A penalty retold under the article of the duty it enforces accuses nobody.

"《数据安全法》第二十七条规定，开展数据处理活动的组织、个人不履行数据安全保护义务的，由有关主管部门
责令改正…" tells, without quotation marks, what befalls a breach of Art. 27: the words are Art.
45's, which punishes breaches of Arts. 27, 29 and 30 ("不履行本法第二十七条、第二十九条、第三十条
规定的数据安全保护义务的"), with that list of duties left out. The writer names the duty and
retells its sanction; a person would not call that crediting another article's words to Art. 27,
but neither can lawref show Art. 27 holds them. So an unquoted sentence (``marks: none``) that
its citation presents as the cited article's, whose words are those of an article of the same law
that names the cited one as a duty it enforces (pipeline/cross_references.py
``breached_articles``), is ``unverified``, with a note naming both articles.

Only words in the very sentence the citation opens: a penalty run on as a sentence of its own after
the duty's article and its words ("该法第四十四条规定，任何个人和组织不得窃取…个人信息。违反本法规定，
窃取…的，由公安机关没收违法所得…", heldout3's labelled misattribution) is given as more of that
article's text, and stays accused. Words in quotation marks or set off as a block under the duty's
article keep their accusation too:
a writer who quotes the penalty as the duty's text gives the reader another article's words
(cross_references.py, penalty_amounts.py say the same). A citation that does not present the
words is cross_references.applies_cited's case (``consistent``).
"""

from __future__ import annotations

from lawref.pipeline.checkable import article_words
from lawref.pipeline.cross_references import enforces_cited
from lawref.report import Match
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.text.regex_code import constant

__all__ = ["retold_penalty_note"]


def retold_penalty_note(
    citation: CitationSpan, quote: QuoteSpan, match: Match, store: Store | None, text: str
) -> str | None:
    """The note for unquoted words of a penalty article told under the article of a duty it
    enforces; None when the words are set off as text or the matched article enforces no duty
    of the cited article."""
    if quote.marks != "none" or _set_off(text, quote):
        return None
    if not 0 <= quote.start - citation.end <= _LEAD_MAX:
        return None  # (a work bound too: the words between are read once, a sentence's length)
    if _SENTENCE_END.search(text, citation.end, quote.start):
        return None  # words in a sentence of their own, run on after the duty's: the law's text
    if not enforces_cited(citation, match, store, quote.text):
        return None
    return (
        f"cited as “{citation.text}”, a duty whose breach {article_words(match.article)} of "
        f"{match.title} punishes: the sentence retells that penalty under the duty's article, "
        f"which does not hold its words, but names the provision it enforces"
    )


def _set_off(text: str, quote: QuoteSpan) -> bool:
    """Whether the words are set off as text though reported unquoted (the reuse scan's span of
    words in quotation marks, a block after a colon): an opening mark, a colon or a line break
    right before them (spaces aside), or a closing mark right after."""
    before = text[max(0, quote.start - _MARK_REACH) : quote.start].rstrip(" \t\u3000")
    after = text[quote.end : quote.end + _MARK_REACH].lstrip(" \t\u3000")
    return (not before or before[-1] in _OPENING) or (after[:1] in _CLOSING and after != "")


_MARK_REACH = 4
_LEAD_MAX = 200  # characters from the citation to the words: a lead-in clause, not a paragraph
# A sentence's end between the citation and the words (a Chinese or Latin full stop, a semicolon).
_SENTENCE_END = constant(r"[。！？；;]|[.!?](?=\s)")
_OPENING = "“‘「『\"'«:：\n>"
_CLOSING = "”’」』\"'»"
