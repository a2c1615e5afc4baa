"""Reading input: a file, standard input ("-") or an http(s) URL, decoded into a SourceText.

PDF and Word (.docx) documents, known by their name or their first bytes, are read by
lawref.read.pdf_text and lawref.read.docx_text.

Offsets downstream refer to ``SourceText.text``: the decoded text with line ends made "\\n" (as
Python's text mode reads files), or for HTML the extracted main text. Every problem is one
InputError naming the source; nothing here lets a traceback through for bad input.
"""

from __future__ import annotations

import os
import stat
import sys
import urllib.parse
from collections.abc import Callable
from typing import Literal

from lawref.errors import InputError
from lawref.read.decoding import codec_for_label, decode_bytes
from lawref.spans import SourceText
from lawref.text.regex_code import constant

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode_bytes",
    "markdown_blockquotes",
    "read_bounded",
    "read_bytes",
    "read_file_or_stdin",
    "read_source",
]

MediaType = Literal["text", "markdown", "html", "pdf", "docx"]

# 64 MiB: a 50 MB text still goes through; anything larger is almost surely not an article.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_EXTENSIONS: dict[str, MediaType] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".pdf": "pdf",
    ".docx": "docx",
}
_CONTENT_TYPES: dict[str, MediaType] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
_ZIP_MAGIC = b"PK\x03\x04"
_SCHEME = constant(r"([A-Za-z][A-Za-z0-9+.-]{0,30})://")


def read_source(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
    allow_private: bool = True,
) -> SourceText:
    """Read and decode ``source``: a path, "-" for standard input, or an http(s) URL.

    ``max_bytes`` caps the input (``--max-size``); ``timeout`` (seconds, default
    :data:`lawref.read.fetch.DEFAULT_TIMEOUT`) applies to URLs: to each connect and read, and six
    times over to the whole request. ``allow_private=False`` (a server fetching for its users)
    refuses a URL that leads, directly or by a redirect, to a private or local address.
    Raises InputError for anything that is not a readable, non-empty text document.
    """
    scheme = _SCHEME.match(source)
    if source == "-":
        data = _read_stdin(max_bytes)
        return source_from_bytes(data, source)
    if scheme:
        if scheme.group(1).lower() not in ("http", "https"):
            raise InputError(f"{source}: unsupported URL scheme (only http and https are read)")
        from lawref.read import fetch  # the HTTP client: only for a URL (issue 20)

        data, hint, charset = _fetch(
            source,
            max_bytes=max_bytes,
            timeout=fetch.DEFAULT_TIMEOUT if timeout is None else timeout,
            allow_private=allow_private,
        )
        return source_from_bytes(data, source, media_type=hint, charset=charset)
    data = _read_file(source, max_bytes)
    hint = _EXTENSIONS.get(os.path.splitext(source)[1].lower())
    return source_from_bytes(data, source, media_type=hint)


def source_from_bytes(
    data: bytes,
    source: str,
    *,
    media_type: MediaType | None = None,
    charset: str | None = None,
) -> SourceText:
    """Decode ``data`` read from ``source`` and, for HTML, extract its main text.

    ``media_type`` is what the name or the server said (None: unknown); a document that starts
    like an HTML page is read as HTML whatever it was called. ``charset`` is a declared charset.
    """
    name = _display(source)
    if not data.strip():
        raise InputError(f"{name}: empty file")
    document = _document_kind(data, media_type)
    if document == "pdf":
        from lawref.read.pdf_text import read_pdf

        return read_pdf(data, source)
    if document == "docx":
        from lawref.read.docx_text import read_docx

        return read_docx(data, source)
    media = media_type
    if media != "html" and _looks_like_html(data[:1024].decode("latin-1").lstrip("\ufeff")):
        media = "html"
    if media == "html" and charset is None:
        charset = _meta_charset(data)
    text, encoding = decode_bytes(data, name, declared=charset)
    if not text.strip():
        raise InputError(f"{name}: empty file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if media != "html" and _looks_like_html(text[:1024]):
        media = "html"  # UTF-16 pages, which the byte sniff above cannot see
    if media == "html":
        from lawref.read.html_text import extract_html
        from lawref.read.published import published_date

        page = text
        text, blockquotes = extract_html(text)
        if not text.strip():
            raise InputError(f"{name}: no text in the HTML page (only markup, scripts or styles)")
        return SourceText(source, text, "html", encoding, blockquotes, date=published_date(page))
    if media == "markdown":
        return SourceText(source, text, "markdown", encoding, markdown_blockquotes(text))
    return SourceText(source, text, "text", encoding)


def read_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """A document given as bytes with its file name (an upload): PDF, .docx, HTML, Markdown or
    text, by the name's extension and the first bytes."""
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes, len(data))
    hint = _EXTENSIONS.get(os.path.splitext(name)[1].lower())
    return source_from_bytes(data, name, media_type=hint)


def _document_kind(data: bytes, hint: MediaType | None) -> MediaType | None:
    """ "pdf" or "docx" when ``data`` is one (by its first bytes, or its name for a file that is
    neither: an error then says so), else None (text, Markdown or HTML)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-") or (
        hint == "pdf" and not _looks_like_html(head.decode("latin-1"))
    ):
        return "pdf"
    if hint == "docx" or (data.startswith(_ZIP_MAGIC) and b"word/" in data[:65536]):
        return "docx"
    return None


def markdown_blockquotes(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each paragraph of a Markdown blockquote: the text after the "> "
    markers, from the first line's text to the last line's end (inner lines keep their markers).
    Lines inside fenced code blocks are not quotations."""
    spans: list[tuple[int, int]] = []
    current: list[int] | None = None  # [start, end] of the paragraph being collected
    fence: str | None = None
    pos = 0
    length = len(text)
    while pos <= length:
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = length
        indent = pos
        while indent < line_end and indent - pos < 3 and text[indent] == " ":
            indent += 1
        opener = text[indent : indent + 3]
        if fence is not None or opener in ("```", "~~~"):
            if fence is None:
                fence = opener
            elif opener == fence:
                fence = None
            current = _close(current, spans)
        elif indent < line_end and text[indent] == ">":
            start = indent
            while start < line_end and text[start] == ">":
                start += 1
                if start < line_end and text[start] in " \t":
                    start += 1
                while start < line_end and text[start] in " \t":
                    start += 1
            end = line_end
            while end > start and text[end - 1] in " \t\r":
                end -= 1
            if end <= start:
                current = _close(current, spans)  # a bare ">" separates paragraphs
            elif current is None:
                current = [start, end]
            else:
                current[1] = end
        else:
            current = _close(current, spans)
        pos = line_end + 1
    _close(current, spans)
    return tuple(spans)


def _close(current: list[int] | None, spans: list[tuple[int, int]]) -> None:
    if current is not None:
        spans.append((current[0], current[1]))
    return None


def _display(source: str) -> str:
    return "stdin" if source == "-" else source


# lawref.read.fetch (urllib, http.client, socket) is imported when a URL is read or a limit is hit,
# not by every run that reads a file (issue 20: a warm check loads no HTTP client).
def _size(count: int) -> str:
    from lawref.read.fetch import size_text

    return size_text(count)


def _too_large(name: str, limit: int, size: int | None = None) -> InputError:
    from lawref.read.fetch import too_large

    return too_large(name, limit, size)


def read_file_or_stdin(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of file ``name``, or of standard input for "-", undecoded (what ``lawref
    import`` reads: no URL); past ``max_bytes``, or unreadable, one InputError naming it."""
    return _read_stdin(max_bytes) if name == "-" else _read_file(name, max_bytes)


def _read_stdin(max_bytes: int) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError("stdin: no standard input to read")
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = read_bounded(buffer.read, max_bytes)
        else:  # a text stream without bytes underneath (an embedding application's)
            data = read_bounded(lambda size: stream.read(size).encode("utf-8"), max_bytes)
    except (OSError, ValueError) as exc:
        raise InputError(f"stdin: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    if len(data) > max_bytes:
        raise _too_large("stdin", max_bytes)
    return data


_READ_CHUNK = 1 << 20


def read_bounded(read: Callable[[int], bytes], max_bytes: int) -> bytes:
    """What ``read`` gives until it ends or has given more than ``max_bytes`` bytes, asked for a
    mebibyte at a time: one ``read(max_bytes + 1)`` would allocate the whole limit (64 MB) up front
    for every file, however small; one byte past the limit is enough to say the input is too
    large. (A text stream's ``read`` returns its characters encoded: a mebibyte of characters may
    be more bytes, which only ends the reading sooner.)"""
    chunks: list[bytes] = []
    left = max_bytes + 1
    while left > 0:
        chunk = read(min(_READ_CHUNK, left))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise InputError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise InputError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder, not a file")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise _too_large(path, max_bytes, info.st_size)
    try:
        with open(path, "rb") as handle:
            # bounded even for /dev/zero or a growing file
            data = read_bounded(handle.read, max_bytes)
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise _too_large(path, max_bytes)
    return data


def _fetch(
    url: str, *, max_bytes: int, timeout: float, allow_private: bool = True
) -> tuple[bytes, MediaType | None, str | None]:
    """The body of ``url``, the media type its Content-Type (or path) gives, and its charset."""
    from lawref.read.fetch import fetch_url

    page = fetch_url(url, max_bytes=max_bytes, timeout=timeout, allow_private=allow_private)
    hint = _CONTENT_TYPES.get(page.content_type or "")
    if hint is None or hint == "text":
        path_hint = _EXTENSIONS.get(os.path.splitext(urllib.parse.urlsplit(url).path)[1].lower())
        hint = path_hint or hint
    return page.body, hint, page.charset


def _looks_like_html(head: str) -> bool:
    start = head.lstrip().lower()
    return start.startswith(("<!doctype html", "<html"))


def _meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> within its first 4 KB (read as Latin-1, so that any
    ASCII-compatible encoding's markup is legible)."""
    from lxml import etree

    parser = etree.HTMLParser(encoding="iso-8859-1", remove_comments=True, no_network=True)
    try:
        root = etree.fromstring(data[:4096], parser)
    except etree.LxmlError:  # pragma: no cover - libxml2 recovers from nearly everything
        return None
    if root is None:
        return None
    for meta in root.iter("meta"):
        label = meta.get("charset")
        if not label and (meta.get("http-equiv") or "").lower() == "content-type":
            content = (meta.get("content") or "").lower()
            if "charset=" in content:
                label = content.split("charset=", 1)[1].split(";")[0]
        if label and codec_for_label(label):
            return label.strip()
    return None
