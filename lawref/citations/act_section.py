"""A Chinese 第702节 or 702条款 is a section of a US act, never an article of a Chinese law.

Chinese reporting on FISA writes its section 702 as 第702节, 702条款 (第702節, 702條款 in Taiwan
and Hong Kong), after the act's name or on its own once the text has named it (heldout11 and
heldout12: FISA's section 702, which the store holds as 50 U.S.C. 1881a). The grammar reads these
forms (cn.yaml, ``cn-act-section``: three or four Arabic digits only, since a Chinese law's 第一节
is a section of a chapter) and resolves them to the law named before, like any reference. A
person reads them as a US act's section only: kept where the law named before is a statute the
store holds as that numbered section of its act (the section number became the code section's,
702 → 1881a), and dropped elsewhere — "《网络安全法》中的102条款" cites no 102nd article of the
Cybersecurity Law. A law the store does not know stays unresolved, as any reference to it does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from lawref.citations.resolved import Resolved
from lawref.citations.walk import Unresolved
from lawref.spans import CitationSpan, SpanReach
from lawref.text.regex_code import constant

__all__ = ["act_sections"]

# 特别301条款 ("Special 301", 19 U.S.C. 2242), 超级301条款 ("Super 301", 19 U.S.C. 2420): other
# sections than section 301 that share its number in their names.
_OTHER_SECTION = constant(r"(?:特别|特別|特殊|超级|超級)[“\"「]?$")

# The forms the grammar's cn-act-section reads, at the end of a citation's words (both scripts).
_ACT_SECTION = constant(
    r"(?:(?<![0-9０-９第])(?P<clause>[0-9]{3,4})\s?(?:条款|條款)|第\s?(?P<section>[0-9]{3,4})\s?[节節])$"
)


def act_sections(
    found: list[CitationSpan],
    unresolved: Sequence[Unresolved],
    text: str,
    by_section: Callable[[str], Resolved | None],
) -> list[CitationSpan]:
    """``found`` without the 节/条款 sections that resolved to an article of the same number of
    a stored law (no act's section the store holds), and with those no law was named for read as
    the section the store knows by that number (``by_section``: 301条款 as "Section 301")."""
    kept = []
    for cited in found:
        form = _ACT_SECTION.search(cited.text[-12:])
        if form is not None and cited.statute is not None:
            number = form.group("clause") or form.group("section")
            if cited.article is None or cited.article == number:
                continue
        if form is not None and cited.statute is None and not cited.ambiguous:
            number = form.group("clause") or form.group("section")
            cited = _known_section(cited, number, text, by_section)
        kept.append(cited)
    taken = SpanReach((c.start, c.end) for c in kept).overlaps  # read by a later step
    for left in unresolved:  # "美国依据301条款发起调查": no law named at all
        form = _ACT_SECTION.search(left.atom.text[-12:])
        if form is not None and len(left.items) == 1 and not taken(left.atom.start, left.atom.end):
            number = form.group("clause") or form.group("section")
            bare = CitationSpan(left.atom.text, left.atom.start, left.atom.end, None, number)
            named = _known_section(bare, number, text, by_section)
            if named.statute is not None:
                kept.append(named)
    return kept


def _known_section(
    cited: CitationSpan, number: str, text: str, by_section: Callable[[str], Resolved | None]
) -> CitationSpan:
    """A 节/条款 section cited with no stored law's name, as the section the store knows by its
    number ("Section 301", "Section 702" are names of their sections: 19 U.S.C. 2411, 50 U.S.C.
    1881a) — unless a word before it makes it another ("Special 301", "Super 301"). In Chinese
    writing a 条款 or 节 of three or four Arabic digits is a US act's section (a Chinese law's
    sections are 第一节 of a chapter), so 《贸易法》(301条款), with the act's name the store does
    not hold, is the section still."""
    if _OTHER_SECTION.search(text[max(0, cited.start - 4) : cited.start]):
        return cited
    known = by_section(number)
    if known is None or known.statute is None:
        return cited
    return replace(cited, statute=known.statute, article=known.article or number, note=None)
