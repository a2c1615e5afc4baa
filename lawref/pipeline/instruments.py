"""Texts of other instruments that read like stored laws — a draft, a proposal, a sister
regulation, an earlier text of the law — are not linked to the stored article they resemble.

A page that reproduces a law sets each article under its number ("Article 34 Notification of a
personal data breach to the European Data Protection Supervisor⏎1. In the case of …",
"Article 52⏎Transparency obligations⏎1. Providers shall …", "第五十二条 …"). A reader reads
two things from the page itself, as this module does:

- **the numbering** (``other_article_note``): words under the heading that are only a near-copy
  (``altered`` or ``paraphrase``) of a stored article with another number are the page's own
  instrument's article — Regulation (EU) 2018/1725's Art. 34, the AI Act proposal's Art. 52 —
  whose words resemble the stored law's Art. 33 or 50; the stored Art. 34 or 52 is another
  provision. ``unmatched`` with a note naming both, never linked nor ``misattributed``. An exact
  copy under another number keeps its link (the same words, whichever instrument they stand in),
  and so does an article the store records as renumbered;
- **the page as a whole** (``another_text_of_law``): when none of a page's headings under a stored
  law's title heads the stored article of its number, and one heads another stored article's
  exact words, the page holds another text of that law (the repealed 1993 National Security Law
  under the 2015 law's title): its near-copies are not linked and its headings accuse no one.

A third thing, the lead-in ("The proposal says:"), makes the quotation a draft's: drafts_words.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lawref.pipeline.checkable import ANOTHER_TEXT, BARE_HEADING
from lawref.pipeline.inline_heading import heading_right_before
from lawref.report import Match
from lawref.spans import CitationSpan
from lawref.store.files import Store
from lawref.text.article_headings import PROSE_AFTER_ARTICLE, chinese_article
from lawref.text.numerals import cn_to_int
from lawref.text.regex_code import Deferred, constant
from lawref.text.sentences import STATEMENT_ENDS

if TYPE_CHECKING:
    from lawref.store.schema import Statute

# An article heading at the start of its line: "Article 34", "ARTICLE 52:", "Art. 5", 第五十二条,
# 第二十條 (Markdown and list marks before it).
_HEADING = Deferred(
    r"[ \t\u3000#*>•-]{0,6}(?:(?:Article|ARTICLE|Art\.)\s{1,3}(?P<latin>\d{1,4})(?![0-9A-Za-z])"
    + "|"
    + chinese_article("cn", space=r"\s{0,2}")
    + "(?!之))"
)
# What may stand before the quotation on its own line: a paragraph or point number ("1. ",
# "(a) ", "（一）").
_POINT = constant(
    r"[ \t\u3000#*>•-]{0,6}(?:(?:\(?[0-9]{1,3}[.)]|\([a-z]{1,4}\)|[（(][一二三四五六七八九十]{1,3}[）)])[ \t\u3000]{0,3})?"
)
# A caption between a heading and its text ("Transparency obligations"): a short line that ends
# no sentence. A labelled page's caption has 12 words (Regulation (EU) 2018/1725's Art. 34:
# "Notification of a personal data breach to the European Data Protection Supervisor").
_CAPTION_MAX_WORDS = 14
_CAPTION_MAX_CHARS = 120
# What separates a heading from its caption or text on its line ("Article 1: ", "第一条　").
_SEPARATORS = " \t\u3000\u00a0:：.-–—"
# Another article's heading inside a line's text, after a sentence's end (line breaks lost).
_INNER_HEADING = Deferred(
    r"[。；.;!?！？]\s{0,3}(?:" + chinese_article(space=r"\s{0,2}") + r"|Art(?:icle|\.)\s{1,3}\d)"
)
_HEADINGS_MAX = 400  # headings read in one document (a whole law has a few hundred)
_LINES_UP = 4  # non-empty lines looked at above the quotation (heading, caption, blank lines)
_REACH = 600  # characters looked at above it


@dataclass(frozen=True)
class Heading:
    """An article heading above a quotation: its words and the article number it gives."""

    text: str
    number: str
    start: int  # where the heading stands in the document


def article_heading_above(text: str, start: int) -> Heading | None:
    """The article heading the quotation at ``start`` stands under: on its own line before it
    (after a paragraph number), or a line above it with at most a caption line between. Unlike
    section_headings.citation_heading_above (a whole citation line over a section), this reads
    an instrument's own 第N条 / Article N heading and gives its number."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    own = _heading_of(prefix, line_start, whole=True)
    if own is not None:
        return own
    running = _running_heading(prefix, line_start)
    if running is not None:
        return running
    inline = heading_right_before(prefix)  # line breaks lost: the heading right before it
    if inline is not None:
        return _heading_of(prefix[inline:], line_start + inline, whole=True)
    if _POINT.fullmatch(prefix) is None:
        return None  # the writer's words before the quotation: not a reproduction's layout
    floor = max(0, start - _REACH)
    end = line_start - 1
    seen = 0
    while end > floor and seen < _LINES_UP:
        begin = text.rfind("\n", floor, end) + 1
        raw = text[begin:end]
        line = raw.strip()
        end = begin - 1
        if not line:
            continue
        seen += 1
        found = _heading_of(line, begin + len(raw) - len(raw.lstrip()), whole=False)
        if found is not None:
            return found
        if not _caption(line):
            return None
    return None


def _running_heading(prefix: str, at: int) -> Heading | None:
    """The heading that starts a line whose article text runs on to the quotation ("第一千零三十
    四条 自然人的个人信息受法律保护。 个人信息是……" with the quotation at 个人信息是, "Art. 7
    Member States shall provide that … or (b) processing is necessary …" with it at the core): the
    heading, then text of that article up to the quotation, with no other heading in it."""
    heading = _heading_of(prefix, at, whole=False, text_follows=True)
    if heading is None:
        return None
    body = prefix[heading.start - at + len(heading.text) :].rstrip()
    if not body or _INNER_HEADING.search(body):
        return None  # line breaks lost: "第一條 …制定本法。 第二條 …" — the later heading heads it
    return heading


def heading_line(line: str, at: int) -> Heading | None:
    """The article heading ``line`` (which starts at ``at``) is: the heading alone, or with a
    caption after it ("Article 60", "第二十三条 【国家秘密的范围】"); None for a line of prose."""
    return _heading_of(line, at, whole=False)


def heading_with_text(line: str, at: int) -> Heading | None:
    """The article heading that starts ``line`` (which starts at ``at``) with the article's text
    after it on the same line ("第二十四条 个人信息处理者……", "Article 5 Under these rules, …");
    None for a line of prose ("第十条规定，…")."""
    return _heading_of(line, at, whole=False, text_follows=True)


def heads_its_line(text: str, at: int) -> bool:
    """Whether the line holding position ``at`` starts with an article heading that its text or
    caption follows ("第二條 反外國制裁工作…", "Article 5 Under these rules, …"), not with a
    reference in prose ("第十条规定，…", "Article 5 provides that …")."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _heading_of(line, line_start, whole=False, text_follows=True) is not None


def headings_in(text: str) -> list[Heading]:
    """The article headings that start lines of ``text`` (at most _HEADINGS_MAX)."""
    found: list[Heading] = []
    at = 0
    while at < len(text) and len(found) < _HEADINGS_MAX:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        heading = _heading_of(text[at:end], at, whole=False, text_follows=True)
        if heading is not None:
            found.append(heading)
        at = end + 1
    return found


def _heading_of(line: str, at: int, whole: bool, text_follows: bool = False) -> Heading | None:
    """The heading that starts ``line`` (which starts at ``at``). With ``whole``, the line must
    be only the heading (and separators): the quotation follows it on the same line; else a
    caption may follow it, or with ``text_follows`` the article's text ("第一条 为了……")."""
    match = _HEADING.match(line)
    if match is None:
        return None
    after = line[match.end() :]
    if PROSE_AFTER_ARTICLE.match(after):
        return None  # 第七条规定, 第七條中的: words about an article, not a heading
    rest = after.strip(_SEPARATORS)
    if rest:
        if whole:
            return None
        text = text_follows and after[:1] in _SEPARATORS and not rest[0].islower()
        if not text and not _caption(rest):
            return None  # "Article 7 requires …": a sentence about an article
    if match.group("latin"):
        number = match.group("latin")
    else:
        try:
            number = str(cn_to_int(match.group("cn")))
        except ValueError:
            return None
    return Heading(match.group().strip(" \t\u3000#*>•-"), number, at + match.start())


def _caption(line: str) -> bool:
    """A title-like line: short, ends no sentence, and does not start with a lowercase word
    (which goes on a sentence: "requires that …")."""
    return (
        0 < len(line) <= _CAPTION_MAX_CHARS
        and not line[0].islower()
        and len(line.split()) <= _CAPTION_MAX_WORDS
        and line[-1] not in STATEMENT_ENDS
    )


def other_article_note(
    text: str, start: int, match: Match | None, verdict: str, store: Store
) -> str | None:
    """Why a near-copy set under another article's heading is not linked, or None (see the
    module's docstring)."""
    if match is None or verdict not in ("altered", "paraphrase"):
        return None
    heading = article_heading_above(text, start)
    matched = match.article.split("(", 1)[0]
    if heading is None or heading.number == matched:
        return None
    statute = store.get(match.statute)
    if statute is not None and renumbered(statute, heading.number, matched):
        return None  # the same article in another version's numbering
    from lawref.pipeline.earlier_headings import may_number_earlier_text  # (only then: issue 20)

    if may_number_earlier_text(statute):
        return None  # the number of an earlier text the store lacks (earlier_headings.py)
    name = short_name(match.statute, match.title, store)
    there = statute.article(heading.number, match.version) if statute else None
    if there is None:
        said = f"{name} has no Art. {heading.number}"
    else:
        caption = f" (“{there.heading}”)" if there.heading else ""
        said = f"Art. {heading.number} of {name} is another provision{caption}"
    return (
        f"not linked: set under “{heading.text}”, the heading of another instrument's article "
        f"(a draft, a proposal or another act): {said}; the nearest stored text, "
        f"Art. {match.article} of {name}, is only {verdict} against it"
    )


def renumbered(statute: Statute, one: str, other: str) -> bool:
    """Whether articles ``one`` and ``other`` are the same article in two versions' numbering
    (a version's renumbering, either way)."""
    for version in statute.versions:
        continues = version.renumbering.continues if version.renumbering else {}
        if other in continues.get(one, ()) or one in continues.get(other, ()):
            return True
    return False


def short_name(statute_id: str, title: str, store: Store) -> str:
    """A statute's name for a note: its first alias ("GDPR", 国家安全法), else its title."""
    statute = store.get(statute_id)
    if statute is not None and statute.aliases:
        return statute.aliases[0]
    return title


# --- another text of a stored law ---------------------------------------------------------------

# A page's headings whose texts are weighed against the stored law: at least this many (with
# fewer, one article that differs says nothing of the page's text as a whole).
_HEADINGS_MIN = 3
_EXACT = ("verbatim", "minor", "elided")


@dataclass(frozen=True)
class OtherText:
    """What the headings of a reproduction say of its text: each quotation's note (a near-copy
    under a heading of its own number: not linked) and the quotations whose heading's citation
    is of that other text (``unheld``: exact words of another article, not an accusation)."""

    notes: list[str | None]
    unheld: list[int | None]  # the start of the heading whose citation is of the other text

    @staticmethod
    def cited(citation: CitationSpan) -> CitationSpan:
        """A heading's citation read as the other text's, which the store does not hold."""
        return replace(citation, statute=None, ambiguous=(), note=ANOTHER_TEXT)


def another_text_of_law(
    text: str,
    starts: Sequence[int],
    matches: Sequence[Match | None],
    verdicts: Sequence[str],
    store: Store,
) -> OtherText | None:
    """Whether the page reproduces another text of a stored law under that law's title and
    numbering (the repealed 1993 National Security Law under the title of the 2015 one): of its
    article headings (at least _HEADINGS_MIN), none heads text that reads as the stored article
    of its number, and at least one heads another stored article's exact words. Then a text
    under a heading of its own number that is only a near-copy of the stored article is that
    other text's article, not linked; and words under a heading that are another article's are
    not a misnumbering of the stored law."""
    under = [article_heading_above(text, start) for start in starts]
    if not any(under):
        return None
    headings = headings_in(text)
    if len(headings) < _HEADINGS_MIN:
        return None
    agrees: set[int] = set()
    elsewhere: set[int] = set()
    for heading, match, verdict in zip(under, matches, verdicts, strict=True):
        if heading is None or match is None or verdict == "unmatched":
            continue
        same = match.article.split("(", 1)[0] == heading.number
        if same and verdict in _EXACT:
            agrees.add(heading.start)
        elif not same and verdict in _EXACT:
            elsewhere.add(heading.start)
    if agrees or not elsewhere:
        return None
    notes: list[str | None] = []
    unheld: list[int | None] = []
    for heading, match, verdict in zip(under, matches, verdicts, strict=True):
        near = (
            heading is not None
            and match is not None
            and verdict in ("altered", "paraphrase")
            and match.article.split("(", 1)[0] == heading.number
        )
        unheld.append(
            heading.start if heading is not None and (near or heading.start in elsewhere) else None
        )
        if not near or heading is None or match is None:
            notes.append(None)
            continue
        name = short_name(match.statute, match.title, store)
        notes.append(
            f"not linked: the page's articles under these headings are not {name}'s as the store "
            f"holds it (none of its {len(headings)} headings heads the stored article of its "
            f"number; some head other articles' words): another text of the law, such as an "
            f"earlier version or a draft; its “{heading.text}” is only {verdict} against "
            f"Art. {match.article} of {name}"
        )
    return OtherText(notes, unheld)


def bare_heading_citation(text: str, start: int) -> CitationSpan | None:
    """The article heading a quotation with no citation stands under ("第二十條⏎…", "Article 36
    …"), as a citation whose law the page does not name: the quotation is cited, by its number,
    but the citation cannot be checked (``unverified``). On the labelled real-world passages,
    20 of the 24 statute quotations under such a heading are labelled so (the other 4 stand under
    a law's title that the reading of headings missed)."""
    heading = article_heading_above(text, start)
    if heading is None:
        return None
    end = heading.start + len(heading.text)
    return CitationSpan(heading.text, heading.start, end, None, heading.number, note=BARE_HEADING)
