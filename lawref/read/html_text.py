"""The main text of an HTML page, as a reader sees it, with the spans its <blockquote>s set off.

Parsing is lxml's (libxml2): linear on hostile input, where the standard library's html.parser
takes quadratic time on unclosed tags (a 24 KB page of ``<a <a <a …`` takes seconds on
Python 3.11). The tree is walked with ``iterwalk`` (no recursion, so deep nesting is safe); a page nested
deeper than libxml2 parses is read again with its deepest markup flattened (html_depth.py), so
no depth hides the end of a page.

Rules: scripts, styles, navigation, asides, forms, footers, hidden elements and the page header
are dropped (a <header> inside the chosen <article>/<main> is the article's own headline and byline,
and is kept); block elements become paragraph breaks ("\\n\\n"), <br> a line break; whitespace
collapses as a browser collapses it (except in <pre>); entities are decoded; <q> gets the curly
quote marks a browser draws around it. When the page has <article> elements, their text is the
document (every outermost one, in order); else <main>; else <body>.
"""

from __future__ import annotations

import re

from lxml import etree

from lawref.read.html_depth import flatten_deep

_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "form",
        "footer",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "button",
        "select",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "dialog",
    ]
)
_BLOCK = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "caption",
        "ul",
    ]
)
_CELL = frozenset(("td", "th"))
_COLLAPSE = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace; a no-break space is not collapsed


def extract_html(html: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``(text, blockquotes)``: the page's main text and the (start, end) of each outermost
    <blockquote>'s text in it."""
    parser = _parser()
    root = _parse(html, parser)
    if any("depth" in error.message for error in parser.error_log):
        # libxml2 stopped at its nesting limit and dropped the rest of the page: read the page
        # again with the markup beneath a safe depth flattened, so every word of it is read.
        parser = _parser()
        root = _parse(flatten_deep(html, skip=_SKIP, block=_BLOCK, cell=_CELL), parser)
    if root is None:
        return "", ()
    writer = _Writer()
    for number, element in enumerate(_main_elements(root)):
        if number:
            writer.brk(2)
        _render(element, writer, inside_main=element.tag in ("article", "main"))
    return "".join(writer.parts), tuple(writer.spans)


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,  # no 10 MB cap on a text node: the size limit is enforced on input
    )


def _parse(html: str, parser: etree.HTMLParser) -> etree._Element | None:
    try:
        return etree.fromstring(html.encode("utf-8", "replace"), parser)
    except etree.LxmlError:  # pragma: no cover - libxml2 recovers from nearly everything
        return None


def _tag(element: etree._Element) -> str | None:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else None


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _dropped(element: etree._Element, inside_main: bool) -> bool:
    tag = _tag(element)
    if tag is None or tag in _SKIP or _hidden(element):
        return True
    return tag == "header" and not inside_main


def _main_elements(root: etree._Element) -> list[etree._Element]:
    """The outermost visible <article>s; else the first <main>; else <body>; else the root."""
    for name in ("article", "main"):
        found = [el for el in root.iter(name) if _outermost_visible(el, name)]
        if found and any((el.xpath("string()") or "").strip() for el in found):
            return found if name == "article" else found[:1]
    body = root.find("body")
    return [body if body is not None else root]


def _outermost_visible(element: etree._Element, name: str) -> bool:
    for ancestor in element.iterancestors():
        tag = _tag(ancestor)
        if tag == name or tag in _SKIP or tag in ("header", "footer") or _hidden(ancestor):
            return False
    return True


def _render(top: etree._Element, writer: _Writer, *, inside_main: bool) -> None:
    pre_depth = 0
    quote_depth = 0
    walker = etree.iterwalk(top, events=("start", "end"))
    # The elements themselves, not id()s: holding them keeps lxml's proxies (and so their
    # identity) alive until their end event.
    skipped: set[etree._Element] = set()
    for event, element in walker:
        tag = _tag(element)
        if event == "start":
            if _dropped(element, inside_main):
                walker.skip_subtree()
                skipped.add(element)
                continue
            if tag == "br":
                writer.brk(1, add=True)
            elif tag in _BLOCK:
                writer.brk(2)
            elif tag in _CELL:
                writer.space()
            if tag == "pre":
                pre_depth += 1
            elif tag == "blockquote":
                writer.open_blockquote()
            elif tag == "q":
                writer.mark("“" if quote_depth % 2 == 0 else "‘")
                quote_depth += 1
            if element.text:
                writer.text(element.text, pre=pre_depth > 0)
            continue
        if element in skipped:
            skipped.discard(element)
        else:
            if tag == "q":
                quote_depth -= 1
                writer.mark("”" if quote_depth % 2 == 0 else "’")
            elif tag == "pre":
                pre_depth -= 1
            elif tag == "blockquote":
                writer.close_blockquote()
            if tag in _BLOCK:
                writer.brk(2)
            elif tag in _CELL:
                writer.space()
        if element is not top and element.tail:
            writer.text(element.tail, pre=pre_depth > 0)


class _Writer:
    """Collects the text with browser-like whitespace, tracking offsets of blockquote text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.pending_break = 0  # newlines owed before the next text
        self.pending_space = False
        self.quote_depth = 0
        self.quote_start: int | None = None
        self.spans: list[tuple[int, int]] = []

    def brk(self, newlines: int, *, add: bool = False) -> None:
        owed = self.pending_break + newlines if add else max(self.pending_break, newlines)
        self.pending_break = min(owed, 2)
        self.pending_space = False

    def space(self) -> None:
        if not self.pending_break:
            self.pending_space = True

    def text(self, raw: str, *, pre: bool) -> None:
        if pre:
            self._emit(raw)
            return
        collapsed = _COLLAPSE.sub(" ", raw)
        if not collapsed:
            return
        core = collapsed.strip(" ")
        if collapsed[0] == " ":
            self.space()
        if core:
            self._emit(core)
            if collapsed[-1] == " ":
                self.space()

    def mark(self, char: str) -> None:
        self._emit(char)

    def open_blockquote(self) -> None:
        self.brk(2)
        self.quote_depth += 1
        if self.quote_depth == 1:
            self.quote_start = None

    def close_blockquote(self) -> None:
        self.quote_depth -= 1
        if self.quote_depth == 0 and self.quote_start is not None and self.pos > self.quote_start:
            self.spans.append((self.quote_start, self.pos))
        self.brk(2)

    def _emit(self, chunk: str) -> None:
        if not chunk:
            return
        if self.pos:
            if self.pending_break:
                self._write("\n" * self.pending_break)
            elif self.pending_space:
                self._write(" ")
        self.pending_break = 0
        self.pending_space = False
        if self.quote_depth and self.quote_start is None:
            self.quote_start = self.pos
        self._write(chunk)

    def _write(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.pos += len(chunk)
