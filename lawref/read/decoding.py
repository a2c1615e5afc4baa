"""Turning the bytes of a document into text, or into one clear error naming the file.

Order of evidence: magic numbers of binary formats, then a byte-order mark, then NUL bytes (UTF-16
without a BOM, else binary), then UTF-8, then a charset the server or the page declared, then
"UTF-8 with a few bad bytes" (an error, or U+FFFD with ``errors="replace"``; checked before GB18030,
which would read damaged UTF-8 Chinese as other ideographs), then GB18030 when the result reads as
Chinese, and last the single-byte fallback: cp1252, or Latin-1 where cp1252 has
holes. Every returned encoding name is a Python codec that turns ``data`` into exactly the text
returned.
"""

from __future__ import annotations

import codecs
import unicodedata
from typing import Literal

from lawref.errors import InputError
from lawref.text.regex_code import constant

# Formats people feed by mistake (a screenshot, a .docx, a PDF): refused by their first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# C0 controls that no text document carries (tab, newlines, form feed and ESC are allowed).
_CONTROL = constant("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# What Chinese text is made of besides ASCII: ideographs, CJK and full-width punctuation,
# the general punctuation GBK encodes (“ ” … —) and the middle dot.
_CJK_RUN = constant(
    "[\u00b7\u2010-\u2027\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+"
)
_NON_ASCII_RUN = constant("[^\x00-\x7f]+")
_ESCAPED_RUN = constant("[\udc80-\udcff]+")  # bytes that were not UTF-8 (surrogateescape)
_VALID_WIDE_RUN = constant("[^\x00-\x7f\udc80-\udcff]+")

_SAMPLE = 65536  # how much is inspected for the statistical checks (NUL pattern, controls)

# Labels as servers and <meta> write them -> the codec browsers actually use for them.
_LABEL_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
}


def decode_bytes(
    data: bytes,
    name: str,
    *,
    declared: str | None = None,
    errors: Literal["strict", "replace"] = "strict",
) -> tuple[str, str]:
    """Decode a document's bytes; return ``(text, encoding)``.

    ``name`` is used in error messages only. ``declared`` is a charset label from an HTTP header or
    a ``<meta>`` tag; it is followed when the bytes are not UTF-8 and decode cleanly with it.
    Raises InputError for binary data, or for UTF-8 with a few invalid bytes (unless
    ``errors="replace"``, which puts U+FFFD in their place). Empty data decodes to "".
    """
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{name}: binary file ({kind})")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: not valid {label} at byte {exc.start} ({exc.reason})"
                ) from exc
            return _refuse_controls(text, name), codec
    if b"\x00" in data:
        found = _bomless_utf16(data)
        if found is None:
            offset = data.index(b"\x00")
            raise InputError(f"{name}: binary file (NUL byte at offset {offset})")
        return _refuse_controls(found[0], name), found[1]
    try:
        return _refuse_controls(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    codec = codec_for_label(declared) if declared else None
    if codec:
        try:
            return _refuse_controls(data.decode(codec), name), codec
        except UnicodeDecodeError:
            pass  # the declaration is wrong: fall through to detection
    bad = _damaged_utf8(data)
    if bad:
        if errors == "replace":
            return _refuse_controls(data.decode("utf-8", "replace"), name), "utf-8"
        line = data.count(b"\n", 0, first_bad) + 1
        plural = "s" if bad > 1 else ""
        raise InputError(
            f"{name}: not valid UTF-8 at byte {first_bad} (line {line}): {bad} bad byte{plural} "
            "in otherwise UTF-8 text; re-save the file as UTF-8"
        )
    chinese = _plausible_gb18030(data)
    if chinese is not None:
        return _refuse_controls(chinese, name), "gb18030"
    try:
        return _refuse_controls(data.decode("cp1252"), name), "cp1252"
    except UnicodeDecodeError:
        return _refuse_controls(data.decode("latin-1"), name), "latin-1"


def codec_for_label(label: str | None) -> str | None:
    """The Python codec for a charset label, as browsers read it; None when unknown or unusable."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    cleaned = _LABEL_ALIASES.get(cleaned, cleaned)
    try:
        codec = codecs.lookup(cleaned).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None  # a declared UTF-16 without a BOM is not trusted (as in browsers)
    return _LABEL_ALIASES.get(codec, codec)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _refuse_controls(text: str, name: str) -> str:
    """Text with many control characters is a binary file that happened to decode."""
    sample = text[:_SAMPLE]
    count = len(_CONTROL.findall(sample))
    if count >= 4 and count * 50 > len(sample):
        raise InputError(f"{name}: binary file ({count} control characters in the first part)")
    if "\x00" in text:
        offset = text.index("\x00")
        raise InputError(f"{name}: binary file (NUL character at offset {offset})")
    return text


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM, told from text with stray NUL bytes and from binary data.

    ASCII characters (line ends at least) put their NUL half on one side of each pair; the other
    side has NULs only from the rare U+xx00 characters. A few NULs in what is otherwise UTF-8 are
    damage, not UTF-16 ("Bush hid the facts" is avoided the same way).
    """
    if len(data) % 2:
        return None
    nuls = data.count(0)
    if nuls * 100 < len(data):
        try:
            data.replace(b"\x00", b"").decode("utf-8")
            return None  # stray NULs in a UTF-8 text
        except UnicodeDecodeError:
            pass
    sample = data[:_SAMPLE]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= 3 * even and odd:
        codec = "utf-16-le"  # "a" is 61 00
    elif even >= 3 * odd and even:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[:4096]
    if sum(1 for ch in head if _not_text(ch)) * 20 > len(head):
        return None  # unassigned, private-use or control characters: bytes, not text
    return text, codec


def _not_text(char: str) -> bool:
    if char in "\t\n\r\f":
        return False
    return unicodedata.category(char) in ("Cn", "Co", "Cs", "Cc")


def _plausible_gb18030(data: bytes) -> str | None:
    """The GB18030 reading, when it looks like Chinese rather than misread Latin-1.

    GB18030 decodes most byte strings, so success alone proves little: "naïve" in Latin-1 reads
    as "na" + one ideograph + "e". Chinese text has runs of several CJK characters and little
    else outside ASCII; a misread European text gives isolated single ideographs.
    """
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    cjk = runs = 0
    for match in _CJK_RUN.finditer(text):
        cjk += match.end() - match.start()
        runs += 1
    if not runs:
        return None
    wide = sum(m.end() - m.start() for m in _NON_ASCII_RUN.finditer(text))
    if cjk * 10 < wide * 9 or cjk < 2 * runs:
        return None
    return text


def _damaged_utf8(data: bytes) -> int:
    """How many bytes are invalid, when the data is mostly UTF-8 (0 when it is not UTF-8 at all)."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(m.end() - m.start() for m in _ESCAPED_RUN.finditer(text))
    wide = sum(m.end() - m.start() for m in _VALID_WIDE_RUN.finditer(text))
    return bad if wide and wide >= bad else 0
