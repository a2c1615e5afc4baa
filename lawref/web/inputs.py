"""What the web app checks: pasted text, an uploaded file or a URL, decoded into a SourceText.

Offsets in the report index ``SourceText.text``: pasted text with its line ends made "\\n" (as
the command line reads files), or an upload or page decoded as ``lawref check FILE`` decodes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePosixPath, PureWindowsPath

from lawref.errors import InputError
from lawref.read.source import MediaType, source_from_bytes
from lawref.spans import SourceText

# Uploads read as text, by extension (anything else is decoded and sniffed like a file).
UPLOAD_MEDIA: dict[str, MediaType] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# PDF and Word uploads: the input issue (19) adds readers under lawref/read/ that take the bytes
# and a name. THIS IS WHERE THEY PLUG IN: map ".pdf"/".docx" to them and the form, the API and the
# review accept those files; until then such an upload is refused with a clear line.
BINARY_READERS: dict[str, Callable[[bytes, str], SourceText]] = {}
NOT_YET_READ = {".pdf": "PDF", ".docx": "Word (.docx)"}

ACCEPTED_EXTENSIONS = tuple(sorted({*UPLOAD_MEDIA, *BINARY_READERS}))

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


def source_from_upload(data: bytes, filename: str) -> SourceText:
    """An uploaded file, read by its extension (and its first bytes, as files are)."""
    name = clean_name(filename, "upload")
    extension = PurePosixPath(name.lower()).suffix
    reader = BINARY_READERS.get(extension)
    if reader is not None:
        return reader(data, name)
    if extension in NOT_YET_READ:
        raise InputError(
            f"{name}: {NOT_YET_READ[extension]} files are not read yet; paste the text instead"
        )
    return source_from_bytes(data, name, media_type=UPLOAD_MEDIA.get(extension))
