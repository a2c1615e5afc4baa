"""Words cited by an article number of a law the store holds only as revised from an earlier
text it lacks may be that text's article: no accusation.

A 2010 news report on the revised State Secrets Law gives the duty of network operators as
“保密法第二十八条规定，互联网及其他公共信息网络运营商、服务商应当配合公安机关、国家安全机关、检察机关
对泄密案件进行调查……”: the 2010 text's Art. 28. The store holds the law's 2024 revision only (its
versions record the 1988 and 2010 texts, without text), where the duty is Art. 34, in other words
(配合监察机关、保密行政管理部门…). The matcher links the changed words to Art. 34, and calling Art. 28
wrong would be a false accusation: a revision (修订, `revised` in the store) rewrites a law whole
and numbers its articles afresh, so the cited number may well be right for the text the writer
quotes. The quotation is `unverified`, with a note saying so.

The rule needs all of: the citation names an article of the matched statute; the words are not
the stored text exactly (altered, a paraphrase, a rendering: words the earlier text may have
had); the earliest text the store holds of the statute is a revision of a version the store
records without text, and no renumbering record says how that version's articles were numbered;
and the citation names no version the store holds by its year (then the writer means that text).
Exact words of the stored text under another number still accuse when the writer cites them
("保密法第二十八条规定：“…”": the number is the writer's choice, and the revision's words are its
own), but not when the number heads the words as the article heading of a reproduction ("第十五条
国家秘密的保密期限，…" on a page giving the law under its title): a page that reproduces a text with
its numbering gives the numbering of the text it copies, and a revision keeps many articles word
for word under new numbers (the State Secrets Law's 2010 Art. 15 is its 2024 Art. 20, unchanged),
so the exact words say nothing of which text the page copies. A heading may follow a short label
closed by a colon on its line ("法律依据：《中华人民共和国保守国家秘密法》 第二十一条 国家秘密载体的制作…"
closing a Q&A page, the 2010 numbering over words the 2024 revision keeps under Art. 26): the
label names what follows, and the number still heads the words, with no verb of saying. So may
such a label right after a sentence's end, where a scraper ran the page's lines into one
("…知悉范围。 法律依据：《中华人民共和国保守国家秘密法》 第十条 国家秘密的密级…", heldout18: the 2010
Art. 10, word for word the 2024 Art. 14). A list item's number opening the line is passed over
("2.法律依据:《…》 第十条 国家秘密的密级…", heldout21: the same words under the same 2010 number, the
page's second numbered part): it says which part of the answer the line is.
An amendment (修正, `amended`) changes named articles and is not read so: the National
Intelligence Law's and the Counter-terrorism Law's 2018 amendments left their numbering alone.

On the real-world passages (every set): one false claim of this kind (heldout12, the report
above), and one of exact words under a heading (heldout13, the secrecy-period article under its
2010 number, labelled `unverified`), and one of exact words under a labelled heading (heldout16,
the legal basis of a Q&A page, labelled `unverified`), and one of exact words under a label
after a sentence's end on a run-together line (heldout18, labelled `unverified`); none of the 32 labelled real misattributions is of a statute the store holds only as a
revision of a text it lacks.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.results import MatchResult
from lawref.pipeline.attribution import Link
from lawref.pipeline.checkable import article_words, base_article
from lawref.spans import CitationSpan, QuoteSpan
from lawref.store.files import Store
from lawref.store.versions import revised_from_unheld, versions_with_text
from lawref.text.regex_code import constant
from lawref.text.sentences import SURE_SENTENCE_ENDS

__all__ = [
    "after_item_number",
    "earlier_numbering",
    "heads_the_words",
    "labelled_after_sentence",
    "revised_from_unheld",
]

# Verdicts that say the words are the stored text's own (a revision's words under another
# number are still its own, cited wrong).
_EXACT = ("verbatim", "minor", "elided")
# What may stand between an article heading and the words it heads: spaces, a colon, a dash.
_HEADING_GAP = constant(r"[ \t\u3000]*[:：.．—-]?\s*")
# What may stand before an article heading on its line: nothing, or a short label closed by a
# colon ("法律依据：" "相关法条:" "Legal basis:"), which names what the heading and its words are.
_HEADING_LABEL = constant(r"([^\n:：。！？.!?]{1,14}[:：])?[ \t\u3000]*")
# A list item's number opening a line ("2." "2、" "（二）" "二、"): a Q&A page that numbers its
# answer's parts may number the part that gives the legal basis (heldout21: "2.法律依据:《…》 第十条
# …", the 2010 Art. 10 word for word the 2024 Art. 14); the heading after it still opens the line.
_ITEM_NUMBER = constant(
    r"[ \t\u3000]*(?:\d{1,3}[.．、)）]|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[一二三四五六七八九十]{1,3}[、.．])[ \t\u3000]*"
)


def earlier_numbering(
    text: str,
    spans: Sequence[QuoteSpan],
    results: Sequence[MatchResult],
    links: Sequence[Link],
    store: Store | None,
) -> list[Link]:
    """``links`` with each misattribution turned ``unverified`` (with a note) when the cited
    number may be that of an earlier text of the law, which the store lacks."""
    return [
        _spared(text, span, result, link, store) or link
        for span, result, link in zip(spans, results, links, strict=True)
    ]


def heads_the_words(text: str, citation: CitationSpan, span: QuoteSpan) -> bool:
    """Whether ``citation`` is an article heading over ``span``: it opens its line (or follows a
    short label closed by a colon, such as 法律依据：) and the words follow it with nothing between
    but a space, a colon or a dash (or a line break)."""
    if citation.end > span.start or not _opens_its_line(text, citation.start):
        return False
    gap = text[citation.end : span.start]
    return len(gap) <= 8 and _HEADING_GAP.fullmatch(gap) is not None


def _opens_its_line(text: str, start: int) -> bool:
    """Whether the heading at ``start`` opens its line, after a short label closed by a colon or
    nothing, or follows such a label in a line of run-together lines."""
    line_start = after_item_number(text, text.rfind("\n", 0, start) + 1, start)
    if _HEADING_LABEL.fullmatch(text, line_start, start) is not None:
        return True
    return labelled_after_sentence(text, line_start, start)


def after_item_number(text: str, line_start: int, start: int) -> int:
    """Where a line's words begin after a list item's number opening it ("2." "（二）"), or
    ``line_start`` when none does: the number says which part of a list the line is, not what
    the line's heading heads."""
    item = _ITEM_NUMBER.match(text, line_start, start)
    return item.end() if item is not None else line_start


def labelled_after_sentence(text: str, line_start: int, start: int) -> bool:
    """Whether the heading at ``start`` follows a short label closed by a colon right after a
    sentence's end on its line ("…知悉范围。 法律依据：《…》 第十条 …"): a scraper ran the page's
    lines together, and the label still names what follows. A bare number after a sentence's
    end, without a label, may be the writer's own citation and is not read so."""
    sentence_start = max(text.rfind(mark, line_start, start) for mark in SURE_SENTENCE_ENDS) + 1
    if sentence_start <= line_start:
        return False
    label = _HEADING_LABEL.fullmatch(text, sentence_start, start)
    return label is not None and label.group(1) is not None


def _spared(
    text: str, span: QuoteSpan, result: MatchResult, link: Link, store: Store | None
) -> Link | None:
    citation, match = link.citation, result.match
    if link.attribution != "misattributed" or match is None or citation is None:
        return None
    if store is None or citation.statute != match.statute or not citation.article:
        return None
    if result.verdict in _EXACT and not heads_the_words(text, citation, span):
        return None
    statute = store.get(match.statute)
    if statute is None:
        return None
    earlier = revised_from_unheld(statute)
    if earlier is None:
        return None
    held = {v.id for v in versions_with_text(statute)}
    if citation.version in held and not citation.dated:
        return None  # "the 2024 State Secrets Law's Art. 28": the writer means the stored text
    cited = base_article(str(citation.article))
    told = "are those of" if result.verdict in _EXACT else "differ from"
    note = (
        f"cited as “{citation.text}”; the words {told} {article_words(str(match.article))} "
        f"of {match.title}, whose stored text is a revision of the {earlier} text, which the "
        f"store lacks and whose articles were numbered otherwise: they may be that text's "
        f"{article_words(cited)}"
    )
    return Link("unverified", link.cited_as, citation, note)
