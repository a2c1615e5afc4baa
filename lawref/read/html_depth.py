"""Pages nested deeper than libxml2 parses: the markup below a safe depth, flattened first.

libxml2's HTML parser stops at 2,048 open elements (even with ``huge_tree``) and drops the rest
of the page, so an article wrapped in 2,100 ``<div>``s would read as empty. When that happens,
:func:`flatten_deep` rewrites the page in one linear pass: beneath :data:`MAX_DEPTH` open
elements, a tag that only structures text is replaced by what it contributes to the text (a
paragraph break for a block, a space for a table cell, curly marks for ``<q>``, nothing for an
inline tag), and an element whose content a reader never sees (a script, a navigation bar, a
hidden element) is dropped with its content, exactly as the extraction would drop it.
Above that depth the page is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Collection

MAX_DEPTH = 1000  # well below libxml2's 2,048, which counts the elements it adds itself
# Quotation markup is kept deeper still (its spans make quotations): up to this many elements.
KEPT_DEPTH = 1900
_KEPT = frozenset(("blockquote", "q", "pre", "article", "main"))
_SEARCH = 256  # how far down the stack a closing tag looks for its element
_VOID = frozenset(
    [
        "area",
        "base",
        "basefont",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "isindex",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_RAW = frozenset(
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,63})")
_HIDES = re.compile(
    r"\shidden\b|aria-hidden\s*=\s*[\"']?true|display\s*:\s*none|visibility\s*:\s*hidden",
    re.IGNORECASE,
)


def flatten_deep(
    html: str, *, skip: Collection[str], block: Collection[str], cell: Collection[str]
) -> str:
    """``html`` with the elements beneath MAX_DEPTH open ones replaced by their text's worth
    (``skip``, ``block`` and ``cell`` are the extraction's tag classes)."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, flattened) for each open element
    depth = 0  # open elements not flattened: what the parser will see
    lower = html.lower()
    length = len(html)
    pos = 0
    while pos < length:
        start = html.find("<", pos)
        if start < 0:
            out.append(html[pos:])
            break
        out.append(html[pos:start])
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            pos = length if end < 0 else end + 3
            continue
        tag = _TAG.match(html, start)
        if tag is None:  # "<!doctype", "<?pi", or a "<" that starts no tag
            end = html.find(">", start + 1) if html.startswith(("<!", "<?"), start) else start
            out.append(html[start : end + 1] if end >= start + 1 else "<")
            pos = start + 1 if end < start + 1 else end + 1
            continue
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        end = html.find(">", tag.end())
        end = length if end < 0 else end + 1
        markup = html[start:end]
        pos = end
        if closing:
            closed, kept = _close(stack, name, markup, block, cell)
            out.append(closed)
            depth -= kept
            continue
        if name in _VOID:
            out.append(markup)
            continue
        if depth < MAX_DEPTH or (name in _KEPT and depth < KEPT_DEPTH):
            out.append(markup)
            stack.append((name, False))
            depth += 1
            if name in _RAW:  # text up to its end tag, unparsed
                close = lower.find(f"</{name}", pos)
                close = length if close < 0 else close
                out.append(html[pos:close])
                pos = close
            continue
        if name in skip or name in _RAW or _HIDES.search(markup):
            pos = _after_element(html, lower, name, pos)  # dropped, content and all
            continue
        out.append(_opened(name, block, cell))
        stack.append((name, True))
    return "".join(out)


def _opened(name: str, block: Collection[str], cell: Collection[str]) -> str:
    if name in block:
        return "<br><br>"
    if name in cell:
        return " "
    return "“" if name == "q" else ""


def _close(
    stack: list[tuple[str, bool]],
    name: str,
    markup: str,
    block: Collection[str],
    cell: Collection[str],
) -> tuple[str, int]:
    """What a closing tag becomes, and how many unflattened elements it closes (they and the
    elements inside them leave the stack)."""
    for index in range(len(stack) - 1, max(-1, len(stack) - 1 - _SEARCH), -1):
        if stack[index][0] == name:
            flattened = stack[index][1]
            kept = sum(1 for _name, flat in stack[index:] if not flat)
            del stack[index:]
            if not flattened:
                return markup, kept
            return ("”" if name == "q" else _opened(name, block, cell)), kept
    return markup, 0  # closes nothing open: the parser ignores it too


def _after_element(html: str, lower: str, name: str, pos: int) -> int:
    """The position after the element ``name`` opened just before ``pos`` ends (its nested
    namesakes counted); the end of the page when it never ends."""
    if name in _RAW:
        close = lower.find(f"</{name}", pos)
        if close < 0:
            return len(html)
        end = html.find(">", close)
        return len(html) if end < 0 else end + 1
    depth = 1
    for tag in _TAG.finditer(html, pos):
        if tag.group(2).lower() != name:
            continue
        depth += -1 if tag.group(1) == "/" else 1
        if depth == 0:
            end = html.find(">", tag.end())
            return len(html) if end < 0 else end + 1
    return len(html)
