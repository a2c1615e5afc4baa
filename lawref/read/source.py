"""Reading input: a file, standard input ("-") or an http(s) URL, decoded into a SourceText.

Offsets downstream refer to ``SourceText.text``: the decoded text with line ends made "\\n" (as
Python's text mode reads files), or for HTML the extracted main text. Every problem is one
InputError naming the source; nothing here lets a traceback through for bad input.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import time
import zlib
from typing import Literal

from lawref._version import __version__
from lawref.errors import InputError
from lawref.read.decoding import codec_for_label, decode_bytes
from lawref.spans import SourceText

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "markdown_blockquotes", "read_source"]

MediaType = Literal["text", "markdown", "html"]

# 64 MiB: a 50 MB text still goes through; anything larger is almost surely not an article.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_CHUNK = 65536
# ``timeout`` bounds connecting and each read; the whole download gets this many times as long,
# so that a server dribbling a byte at a time cannot hold the run forever.
_DOWNLOAD_TIME_FACTOR = 6

_EXTENSIONS: dict[str, MediaType] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}
_CONTENT_TYPES: dict[str, MediaType] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
_NOT_TEXT = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,30})://")


def read_source(
    source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 10.0
) -> SourceText:
    """Read and decode ``source``: a path, "-" for standard input, or an http(s) URL.

    ``max_bytes`` caps the input (``--max-size``); ``timeout`` (seconds) applies to URLs.
    Raises InputError for anything that is not a readable, non-empty text document.
    """
    scheme = _SCHEME.match(source)
    if source == "-":
        data = _read_stdin(max_bytes)
        return source_from_bytes(data, source)
    if scheme:
        if scheme.group(1).lower() not in ("http", "https"):
            raise InputError(f"{source}: unsupported URL scheme (only http and https are read)")
        data, hint, charset = _fetch(source, max_bytes=max_bytes, timeout=timeout)
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

        text, blockquotes = extract_html(text)
        if not text.strip():
            raise InputError(f"{name}: no text in the HTML page (only markup, scripts or styles)")
        return SourceText(source, text, "html", encoding, blockquotes)
    if media == "markdown":
        return SourceText(source, text, "markdown", encoding, markdown_blockquotes(text))
    return SourceText(source, text, "text", encoding)


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


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MiB"
    return f"{count} bytes"


def _too_large(name: str, limit: int, size: int | None = None) -> InputError:
    what = _size(size) if size is not None else f"more than {_size(limit)}"
    return InputError(f"{name}: {what} is over the size limit of {_size(limit)} (--max-size)")


def _read_stdin(max_bytes: int) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError("stdin: no standard input to read")
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = buffer.read(max_bytes + 1)
        else:  # a text stream without bytes underneath (an embedding application's)
            data = stream.read(max_bytes + 1).encode("utf-8")
    except (OSError, ValueError) as exc:
        raise InputError(f"stdin: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    if len(data) > max_bytes:
        raise _too_large("stdin", max_bytes)
    return data


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
            data = handle.read(max_bytes + 1)  # bounded even for /dev/zero or a growing file
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
    url: str, *, max_bytes: int, timeout: float
) -> tuple[bytes, MediaType | None, str | None]:
    """The body of ``url``, the media type its Content-Type (or path) gives, and its charset."""
    # Imported here: reading a file (the usual case) does not pay for the HTTP client.
    import urllib.error
    import urllib.parse
    import urllib.request
    from http.client import HTTPException

    class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
        """Follow redirects to http(s) only (urllib would also follow one to ftp)."""

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
                return None
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"lawref/{__version__} (statute quotation checker)",
            "Accept": "text/html, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.5",
            "Accept-Encoding": "gzip, identity",
        },
    )
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    deadline = time.monotonic() + timeout * _DOWNLOAD_TIME_FACTOR
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            length = headers.get("Content-Length", "").strip()
            if length.isdigit() and int(length) > max_bytes and not headers.get("Content-Encoding"):
                raise _too_large(url, max_bytes, int(length))
            declared_type = headers.get("Content-Type")
            content_type = headers.get_content_type() if declared_type else None
            if content_type and content_type.startswith(_NOT_TEXT):
                raise InputError(f"{url}: not a text document (Content-Type {content_type})")
            body = _read_body(response, url, headers.get("Content-Encoding"), max_bytes, deadline)
            charset = headers.get_content_charset() if declared_type else None
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(f"{url}: HTTP error {exc.code} ({exc.reason})") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise InputError(f"{url}: no answer within {timeout:g} s") from exc
        detail = getattr(reason, "strerror", None) or reason
        raise InputError(f"{url}: cannot connect ({detail})") from exc
    except TimeoutError as exc:
        raise InputError(f"{url}: no answer within {timeout:g} s") from exc
    except (HTTPException, OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
    hint = _CONTENT_TYPES.get(content_type or "")
    if hint is None or hint == "text":
        path_hint = _EXTENSIONS.get(os.path.splitext(urllib.parse.urlsplit(url).path)[1].lower())
        hint = path_hint or hint
    return body, hint, charset


def _read_body(response, url: str, encoding: str | None, max_bytes: int, deadline: float) -> bytes:  # type: ignore[no-untyped-def]
    """The body, refused as soon as it grows past ``max_bytes`` (after decompression)."""
    coding = (encoding or "identity").strip().lower()
    if coding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(47)  # 32 + 15: gzip or zlib header, detected
    elif coding == "identity":
        inflater = None
    else:
        raise InputError(f"{url}: unsupported Content-Encoding {coding!r}")
    read = getattr(response, "read1", response.read)
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"{url}: download took too long (over {_size(total)} so far)")
        chunk = read(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, max_bytes + 1 - total)
            except zlib.error as exc:
                raise InputError(f"{url}: corrupt {coding} data ({exc})") from exc
            if inflater.unconsumed_tail:
                raise _too_large(url, max_bytes)
        total += len(chunk)
        if total > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(chunk)
    if inflater is not None:
        tail = inflater.flush()
        total += len(tail)
        if total > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(tail)
    return b"".join(chunks)


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
