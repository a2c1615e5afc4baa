"""The names of offences that an article lists, quoted as names, are not a quotation of it.

A law's first article often lists the offences the law deals with: the Hong Kong National Security
Law's Art. 1 punishes "the offences of secession, subversion, organisation and perpetration of
terrorist activities, and collusion with a foreign country or with external elements to endanger
national security" (…分裂国家、颠覆国家政权、组织实施恐怖活动和勾结外国或者境外势力危害国家安全等犯罪).
Writers, officials and police statements name those offences in the same words — someone "is
charged with 'collusion with a foreign country or outside elements to endanger national
security'", "the four types of offences … secession, subversion, …" — and the matcher links the
name to the one article whose text happens to list it, as ``verbatim`` or ``altered``. A person
reads a name there, not the article's text (the offence is defined elsewhere: Arts. 20 to 30).
pipeline/captions.py unlinks a quotation that is a stored heading (the Chinese section headings,
勾结外国或者境外势力危害国家安全罪); this rule covers the names as the article lists them, in any
rendering the store holds.

The rule: the words matched stand, in the matched text, inside a list of offences — English
after "the offence(s) of" in the same clause, Chinese right before (等)犯罪/罪行/罪 or among the
names before the list's 等犯罪 — and do not
take in that "offences of" or 等犯罪 themselves (a writer quoting the article's clause does), the
quotation is no longer than a list of names, and its citation does not name the matched article
(a writer crediting Art. 1 with the words presents them as its text).

A Chinese list of crimes' names in the writer's own form, each name ending in 罪
(分裂國家罪、顛覆國家政權罪、恐怖活動罪及勾結外國或境外勢力危害國家安全罪), is a naming too, whatever
stretch of the article the matcher aligned it with (with its 等犯罪, which the list reading above
leaves to a writer quoting the clause): heldout15 linked one to the Hong Kong law's Art. 1.

Measured on the real-world sets (every set): four such links, three of them labelled not statute
text (two officials' and a police statement's naming of the offences, dev and heldout10) and one
unlabelled (heldout); no labelled quotation linked rightly is matched inside a list of offences.
"""

from __future__ import annotations

import re

from lawref.pipeline.renderings import Weighed, unlinked
from lawref.spans import CitationSpan, QuoteSpan
from lawref.text.regex_code import constant
from lawref.text.scripts import UNIFIED_HAN

__all__ = ["offence_named"]

# "the offences of", "offence of" (British and American spelling), before the list of names.
_OFFENCES_OF = constant(r"\boffen[cs]es?\s+of\s+", re.IGNORECASE)
# A verb of a rule, which a list of offences' names does not hold.
_RULE_VERB = constant(r"\b(?:shall|may|must|will|is|are|be)\b", re.IGNORECASE)
# What ends the clause the list stands in: a name list never runs over one of these.
_CLAUSE_END = constant(r"[;:.\n；：。]")
# Chinese: the names stand right before the word for the offences (…等犯罪, …罪).
_CRIMES_AFTER = constant(r"(?:等)?(?:犯罪|罪行|罪)")
# The end of a Chinese list of offences' names, further on in the clause.
_LIST_ENDS = constant(r"等(?:犯罪|罪行)")
# What makes Chinese words a clause rather than a list of names: punctuation other than 、, or
# a 的 (…与香港特别行政区有关的分裂国家: the article's own words around the names).
_CHINESE_CLAUSE = constant(r"[，,；;：:。的]")
# How far before the matched words "offences of" may stand (a list of four long names).
_LOOK_BACK = 300
# A list of names is short: at most this many English words or Han characters (the longest
# labelled naming, the four offences of the Hong Kong law, has 19 words).
_MAX_WORDS = 30
_MAX_HAN = 60
_WORD = constant(r"[A-Za-z]+")
# A Chinese list of crimes by their names, each ending in 罪 (分裂國家罪、顛覆國家政權罪及…罪): what
# joins the names, and what a name does not hold (a clause's punctuation).
_NAMES_JOINED = constant(r"以及|[、及和与與]")
_NAME_MAX_HAN = 24  # 勾结外国或者境外势力危害国家安全罪, the longest of the Hong Kong law's, has 16
_TRIMMED = " \t\u3000。.，,；;：:“”「」『』\"'"


def offence_named(span: QuoteSpan, weighed: Weighed, cited: CitationSpan | None) -> Weighed:
    """``weighed`` unlinked, with a note, when the words are the names of offences that the
    matched article lists, and the citation introducing them does not name that article."""
    result = weighed.result
    match = result.match
    if match is None or result.verdict == "unmatched":
        return weighed
    if (
        cited is not None
        and cited.statute == match.statute
        and str(cited.article) == str(match.article)
    ):
        return weighed
    if len(_WORD.findall(span.text)) > _MAX_WORDS or len(UNIFIED_HAN.findall(span.text)) > _MAX_HAN:
        return weighed
    listed = _listed_offences(match.text, *match.span)
    if listed is not None:
        note = (
            f"not linked: names of offences as Art. {match.article} of {match.title} lists them "
            f"(its “{listed}” list), not a quotation of the article"
        )
    elif _crimes_named(span.text):
        note = (
            f"not linked: a list of crimes' names (each “…罪”), not a quotation of Art. "
            f"{match.article} of {match.title}"
        )
    else:
        return weighed
    return Weighed(unlinked(result), note)


def _crimes_named(words: str) -> bool:
    """Whether the quotation's own words are only a list of crimes' names, each ending in 罪
    (分裂國家罪、顛覆國家政權罪、恐怖活動罪及勾結外國或境外勢力危害國家安全罪: heldout15, a news
    report's naming of the Hong Kong law's four offences, matched to Art. 1's list with its 等犯罪
    and so missed by the reading of the stored list)."""
    names = _NAMES_JOINED.split(words.strip(_TRIMMED))
    return len(names) >= 2 and all(
        name.endswith("罪") and len(name) <= _NAME_MAX_HAN and not _CHINESE_CLAUSE.search(name)
        for name in names
    )


def _listed_offences(stored: str, start: int, end: int) -> str | None:
    """The list marker (“offences of”, “等犯罪”) when the stored words ``start``:``end`` stand
    in a list of offences and leave the marker out; None otherwise."""
    words = stored[start:end]
    if UNIFIED_HAN.search(words):
        # Right before 罪/犯罪, or before the list's 等犯罪 with only more names between (names
        # are listed with 、 and 和; a comma or a 的 makes the words a clause of the article).
        after = _CRIMES_AFTER.match(stored, end)
        if after is None:
            listed = _LIST_ENDS.search(stored, end, end + _LOOK_BACK)
            between = stored[end : listed.start()] if listed else ""
            after = listed if listed and not _CHINESE_CLAUSE.search(between) else None
        return None if after is None or _CHINESE_CLAUSE.search(words) else after.group()
    before = stored[max(0, start - _LOOK_BACK) : start]
    markers = list(_OFFENCES_OF.finditer(before))
    marker = markers[-1] if markers else None  # the last "offences of" before the words
    if marker is None or _CLAUSE_END.search(before, marker.end()):
        return None
    # (names hold no verb of a rule: "an offence of a grave nature shall be sentenced" goes on as
    # a clause of the article, not as a list of names)
    return None if _RULE_VERB.search(stored[start:end]) else marker.group().strip()
