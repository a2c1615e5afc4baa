"""What the web app checks: pasted text, an uploaded file or a URL, decoded into a SourceText.

Offsets in the report index ``SourceText.text``: pasted text with its line ends made "\\n" (as
the command line reads files), or an upload or page decoded as ``lawref check FILE`` decodes it
(PDF and Word documents by the reader's own extraction, with their pages or paragraphs).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath

from lawref.errors import InputError
from lawref.read.source import DEFAULT_MAX_BYTES, read_bytes
from lawref.spans import SourceText

# What the upload field offers (anything else is still read by its first bytes, as files are).
UPLOAD_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")

_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
NAME_CHARS = 200


def clean_name(name: str, default: str) -> str:
    """A file name as a browser sent it, reduced to its last part, printable and short."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = _UNSAFE_NAME.sub("", base).strip()[:NAME_CHARS]
    return base or default


def source_from_text(text: str, name: str) -> SourceText:
    """Pasted (or posted) text, line ends made "\\n"; refused when blank."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the text is empty")
    return SourceText(name, text, "text", "utf-8")


def source_from_upload(
    data: bytes, filename: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceText:
    """An uploaded file, read by its extension and its first bytes: PDF, Word (.docx), HTML,
    Markdown or text."""
    return read_bytes(data, clean_name(filename, "upload"), max_bytes=max_bytes)
