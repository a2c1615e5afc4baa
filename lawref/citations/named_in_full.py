"""A Japanese rendering that names a Chinese law only after the state's name (サイバーセキュリティ法,
個人情報保護法: alone, as often Vietnam's or Japan's own law; ja.yaml's ``ja_names_of_other_laws``)
is that law in a text that names it in full: once 中国サイバーセキュリティ法 is cited, a bare
サイバーセキュリティ法 in the same text — 「サイバーセキュリティ法」が全面施行, サイバーセキュリティ法第37条 —
is the same law. A bare mention after another state's name (日本の個人情報保護法, ベトナムの…) and
a text that never names the law in full are left as they were read."""

from __future__ import annotations

import re
from dataclasses import replace

from lawref.spans import CitationSpan

__all__ = ["bare_after_full"]

_BEFORE = 12  # characters before a bare name where another state's name would stand (日本の)


def bare_after_full(
    scanned: str,
    text: str,
    found: list[CitationSpan],
    bare_names: dict[str, str],
    foreign_before: re.Pattern[str],
) -> list[CitationSpan]:
    """``found`` with the bare mentions of a law named in full elsewhere in the text read as that
    law. ``scanned`` is ``text`` in Simplified script (same offsets), where the names are sought;
    ``foreign_before`` is the grammar's window of another state's name before a law's."""
    cited = {c.statute for c in found if c.statute}
    wanted = {
        bare: statute
        for bare, statute in bare_names.items()
        if statute in cited and bare in scanned and _named_in_full(scanned, found, bare, statute)
    }
    if not wanted:
        return found
    out = list(found)
    for bare, statute in wanted.items():
        at = scanned.find(bare)
        while at != -1:
            end = at + len(bare)
            before = scanned[max(0, at - _BEFORE) : at].removesuffix("の")
            if not foreign_before.search(before):
                out = _read_at(out, text, at, end, statute)
            at = scanned.find(bare, end)
    return sorted(out, key=lambda c: (c.start, c.end))


def _named_in_full(scanned: str, found: list[CitationSpan], bare: str, statute: str) -> bool:
    """Whether a citation of ``statute`` ends with ``bare`` after a longer name (中国…)."""
    for c in found:
        if c.statute != statute:
            continue
        for words in (scanned[c.start : c.end], c.name or ""):  # the name, or with its article
            words = words.rstrip('》〉」』”"')
            if words.endswith(bare) and len(words) > len(bare):
                return True
    return False


def _read_at(
    found: list[CitationSpan], text: str, start: int, end: int, statute: str
) -> list[CitationSpan]:
    over = [c for c in found if c.start < end and start < c.end]
    if any(c.statute is not None for c in over):
        return found  # already read (中国サイバーセキュリティ法 itself, or another name)
    note = "named in full elsewhere in the text"
    out = [c for c in found if c not in over]
    out += [replace(c, statute=statute, note=note) for c in over]
    if not over:
        out.append(
            CitationSpan(
                text[start:end], start, end, statute, None, name=text[start:end], note=note
            )
        )
    return out
