"""Word (.docx) input: the paragraphs of the body, tables and footnotes, with where each starts.

The text is the document's paragraphs in order (table cells row by row), separated by blank lines
as in a text file, then the footnotes and endnotes. A paragraph in a quotation style ("Quote",
"Intense Quote", "Block Text") or indented from both margins is a block quotation. Reports give
the paragraph of a quotation, counted from 1 over the paragraphs that hold text. A damaged,
encrypted or oversized file is one InputError line, never a traceback.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from lawref.errors import InputError
from lawref.spans import SourceText

# A .docx is a zip of XML: refuse one that would inflate past this (a zip bomb) before parsing.
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
QUOTE_STYLES = frozenset({"quote", "intense quote", "block text"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Text boxes are written twice, as DrawingML (mc:Choice) and as VML (mc:Fallback): read one.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(data: bytes, name: str) -> SourceText:
    """The text of the .docx ``data`` (read from ``name``), its paragraph starts and block quotes."""
    document = _open(data, name)
    parts: list[str] = []
    starts: list[int] = []
    blocks: list[tuple[int, int]] = []
    offset = 0
    for text, is_quote in _paragraphs(document, name):
        text = text.strip()
        if not text:
            continue
        starts.append(offset)
        if is_quote:
            blocks.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text) + 2
    if not parts:
        raise InputError(f"{name}: no text in the Word document")
    return SourceText(
        name, "\n\n".join(parts), "docx", "utf-8", tuple(blocks), paragraphs=tuple(starts)
    )


def _open(data: bytes, name: str) -> Any:
    if data.startswith(_OLE_MAGIC):
        raise InputError(
            f"{name}: an encrypted .docx or an old Word .doc file: save it as an unencrypted .docx"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
                limit = MAX_UNZIPPED_BYTES // (1024 * 1024)
                raise InputError(f"{name}: the Word document unpacks to more than {limit} MiB")
            if "word/document.xml" not in {m.filename for m in members}:
                raise InputError(f"{name}: not a Word document (no word/document.xml inside)")
    except zipfile.BadZipFile as exc:
        raise InputError(f"{name}: damaged or not a Word .docx file (not a zip archive)") from exc
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - a dependency of lawref
        raise InputError(
            f"{name}: reading .docx needs python-docx (pip install python-docx)"
        ) from exc
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"{name}: damaged Word document ({detail})") from exc


def _paragraphs(document: Any, name: str) -> Iterator[tuple[str, bool]]:
    """(text, is a block quotation) of every paragraph: body (tables included), then notes."""
    try:
        body = document.element.body
        for paragraph in body.iter(f"{_W}p"):
            if any(True for _ in paragraph.iterancestors(_FALLBACK)):
                continue
            yield _text(paragraph), _is_quote(document, paragraph)
        for part_name in ("/word/footnotes.xml", "/word/endnotes.xml"):
            for note in _note_paragraphs(document, part_name):
                yield _text(note), False
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - hostile XML inside a valid zip
        raise InputError(f"{name}: damaged Word document ({type(exc).__name__})") from exc


def _text(paragraph: Any) -> str:
    """The visible text of a w:p: its runs (hyperlinks and tracked insertions included), tabs
    and line breaks; deleted text (w:delText) and field codes (w:instrText) are left out."""
    pieces = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if next(node.iterancestors(f"{_W}p"), None) is not paragraph:
            continue  # the text of a text box inside this paragraph: its own paragraph
        tag = node.tag
        if tag == f"{_W}t":
            pieces.append(node.text or "")
        elif tag == f"{_W}tab":
            pieces.append("\t")
        else:
            pieces.append("\n")
    return "".join(pieces)


def _is_quote(document: Any, paragraph: Any) -> bool:
    properties = paragraph.find(f"{_W}pPr")
    if properties is None:
        return False
    style = properties.find(f"{_W}pStyle")
    if style is not None:
        style_id = style.get(f"{_W}val") or ""
        if _style_name(document, style_id).casefold() in QUOTE_STYLES:
            return True
    indent = properties.find(f"{_W}ind")
    if indent is None:
        return False

    def twips(*names: str) -> int:
        for attribute in names:
            value = indent.get(f"{_W}{attribute}")
            if value and value.lstrip("-").isdigit():
                return int(value)
        return 0

    return twips("left", "start") > 0 and twips("right", "end") > 0


def _style_name(document: Any, style_id: str) -> str:
    try:
        for style in document.styles.element.iter(f"{_W}style"):
            if style.get(f"{_W}styleId") == style_id:
                name = style.find(f"{_W}name")
                return (name.get(f"{_W}val") if name is not None else None) or style_id
    except Exception:  # noqa: BLE001 - a document without a styles part
        return style_id
    return style_id


def _note_paragraphs(document: Any, part_name: str) -> Iterator[Any]:
    """The paragraphs of the footnotes or endnotes part (separators left out)."""
    from lxml import etree

    for part in document.part.package.iter_parts():
        if str(part.partname) != part_name:
            continue
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(part.blob, parser)
        for note in root:
            if note.get(f"{_W}type") in ("separator", "continuationSeparator"):
                continue
            yield from note.iter(f"{_W}p")
