"""The only ways text gets into an HTML report: escaped text, and links to web addresses only.

Article text, statute text, titles and URLs all come from outside (a scraped article, a shared
store file), so every one of them passes through :func:`esc`, and a URL becomes a link only when it
is a plain http(s) address (a ``javascript:`` or ``data:`` URL is shown as text).
"""

from __future__ import annotations

import re

from lawref.text.confusables import visible
from lawref.text.regex_code import constant

# Lone surrogates (from a surrogateescape decode) cannot be written as UTF-8; one for one keeps
# every offset after them where it was.
_SURROGATE = constant("[\ud800-\udfff]")
# Browsers drop tabs and newlines inside a URL ("java\tscript:" runs as javascript:), so any
# whitespace or control character disqualifies an address outright.
_WEB_URL = constant(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]{1,4000}", re.IGNORECASE | re.ASCII)


def esc(text: object) -> str:
    """``text`` as HTML text or attribute value: every <, >, &, " and ' escaped, and each bidi
    control or invisible character written as ``⟨U+202E⟩`` (never raw: it would reorder or
    hide the words around it)."""
    import html  # here: the terminal report imports this module for web_url alone

    value = visible(str(text))
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
    return html.escape(value, quote=True)


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address with a host, else None (never a script URL)."""
    if not url:
        return None
    candidate = url.strip()
    if not _WEB_URL.fullmatch(candidate):
        return None
    host = candidate.split("://", 1)[1].split("/", 1)[0]
    if not host or host.startswith(("@", ":")):
        return None
    return candidate


def link(url: str | None, label: str | None = None) -> str:
    """An external link for a web address; anything else is shown as plain (escaped) text."""
    if not url:
        return ""
    shown = esc(label if label is not None else url)
    safe = web_url(url)
    if safe is None:
        return f'<span class="nolink">{shown}</span>'
    return f'<a class="ext" href="{esc(safe)}" rel="noopener noreferrer nofollow">{shown}</a>'
