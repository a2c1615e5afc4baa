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

from lawref.spans import CitationSpan
from lawref.text.regex_code import constant

__all__ = ["act_sections"]

# The forms the grammar's cn-act-section reads, at the end of a citation's words (both scripts).
_ACT_SECTION = constant(
    r"(?:(?<![0-9０-９第])(?P<clause>[0-9]{3,4})\s?(?:条款|條款)|第\s?(?P<section>[0-9]{3,4})\s?[节節])$"
)


def act_sections(found: list[CitationSpan]) -> list[CitationSpan]:
    """``found`` without the 节/条款 sections that resolved to an article of the same number of
    a stored law (no act's section the store holds)."""
    kept = []
    for cited in found:
        form = _ACT_SECTION.search(cited.text[-12:])
        if form is not None and cited.statute is not None:
            number = form.group("clause") or form.group("section")
            if cited.article is None or cited.article == number:
                continue
        kept.append(cited)
    return kept
