"""PDF input: the text layer of each page (pdfminer.six), as paragraphs, with where pages start.

A PDF is laid out in lines, not written in paragraphs: the lines of each text box are joined
again (a space between Latin lines, nothing between CJK ones, a word hyphenated at the end of a
line made whole), paragraphs are separated by blank lines as in a text file, and the offset where
each page starts is kept so that reports can give the page of a quotation. A PDF without a text
layer (a scan), an encrypted or a damaged one is one InputError line, never a traceback.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from typing import NamedTuple

from lawref.errors import InputError
from lawref.spans import SourceText
from lawref.text.sentences import SENTENCE_OR_LEAD_IN_ENDS

# A page of legal prose holds a few thousand characters; a thousand pages is a long court filing.
MAX_PAGES = 2000
_CJK_CHARS = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK = re.compile(f"[{_CJK_CHARS}]")
# The hyphen that ends a line inside a word ("obtain-" / "ed"): a letter before it, a lowercase
# letter after the line break.
_SOFT_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]\n(?=[a-zà-ÿ])")
_SPACES = re.compile(r"[ \t\u00a0]+")
# A space that character spacing put between two CJK characters (Chinese is written without).
_CJK_GAP = re.compile(f"(?<=[{_CJK_CHARS}]) (?=[{_CJK_CHARS}])")
# Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) that PDF fonts keep as one glyph: the letters they stand for.
_LIGATURES = dict(enumerate(["ff", "fi", "fl", "ffi", "ffl", "st", "st"], start=0xFB00))
# CJK fonts often map an ideograph to the Kangxi radical of the same shape (⼈ U+2F08 for 人
# U+4EBA): NFKC gives the ideograph back. A few radicals of the supplement have no NFKC mapping:
# these are their equivalent ideographs (Unicode's EquivalentUnifiedIdeograph.txt).
_RADICALS = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
_RADICALS |= {0x2E9F: "母", 0x2EA0: "民", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC9: "贝"}
_RADICALS |= {0x2ECB: "车", 0x2ED1: "長", 0x2ED3: "长", 0x2ED4: "门", 0x2ED8: "青", 0x2EDA: "页"}
_RADICALS |= {0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EE2: "马", 0x2EE4: "鬼", 0x2EE5: "鱼"}
_RADICALS |= {0x2EE6: "鸟", 0x2EE9: "黄", 0x2EEA: "黾", 0x2EEC: "齐", 0x2EEE: "齿", 0x2EF0: "龙"}
_RADICALS[0x2EF3] = "龟"
_GLYPH_FIXES = str.maketrans(_LIGATURES | _RADICALS)


def read_pdf(data: bytes, name: str) -> SourceText:
    """The text of the PDF ``data`` (read from ``name``) with its page starts."""
    pages = _page_paragraphs(data, name)
    if not any(pages):
        count = "one page" if len(pages) == 1 else f"{len(pages)} pages"
        raise InputError(f"{name}: no text layer ({count}, none with text: a scan?): OCR it first")
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for paragraphs in pages:
        starts.append(offset)
        for paragraph in paragraphs:
            parts.append(paragraph)
            offset += len(paragraph) + 2
    text = "\n\n".join(parts)
    return SourceText(name, text, "pdf", "utf-8", pages=tuple(min(s, len(text)) for s in starts))


def _page_paragraphs(data: bytes, name: str) -> list[list[str]]:
    """Each page's paragraphs, in reading order."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextContainer
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError as exc:  # pragma: no cover - a dependency of lawref
        raise InputError(
            f"{name}: reading PDF needs pdfminer.six (pip install pdfminer.six)"
        ) from exc
    boxes: list[list[_Box]] = []  # the text boxes of each page
    # pdfminer logs every font quirk of a PDF as a warning on stderr: not the user's concern.
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams())):
            if number >= MAX_PAGES:
                raise InputError(f"{name}: more than {MAX_PAGES} pages: not an article")
            found = [e for e in page if isinstance(e, LTTextContainer)]
            boxes.append([_Box(e.get_text(), e.x0, e.y0, e.y1) for e in found])
    except InputError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(f"{name}: encrypted PDF: save an unencrypted copy first") from exc
    except RecursionError as exc:
        raise InputError(f"{name}: damaged PDF (its objects nest without end)") from exc
    except MemoryError as exc:
        raise InputError(f"{name}: damaged PDF (too large to read)") from exc
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"{name}: damaged or unreadable PDF ({detail})") from exc
    finally:
        logger.setLevel(level)
    if not boxes:
        raise InputError(f"{name}: damaged or unreadable PDF (no pages)")
    return [[p for p in map(_paragraph, _rejoined(page)) if p] for page in boxes]


class _Box(NamedTuple):
    text: str
    x0: float
    y0: float  # bottom (PDF coordinates grow upwards)
    y1: float  # top


# A paragraph whose last line pdfminer put in a box of its own (a taller glyph in it, say): the
# gap to it is under this share of a line, it starts where the paragraph does, and the paragraph
# does not end a sentence.
_CONTINUATION_GAP = 0.7


def _rejoined(boxes: list[_Box]) -> list[str]:
    """The texts of the boxes, a box that continues the paragraph before it joined to it."""
    texts: list[str] = []
    previous: _Box | None = None
    for box in boxes:
        lines = max(1, box.text.strip().count("\n") + 1)
        line_height = (box.y1 - box.y0) / lines
        ending = texts[-1].rstrip().rstrip("\"'”’」』)）") if texts else ""
        if (
            previous is not None
            and -1.0 <= previous.y0 - box.y1 < _CONTINUATION_GAP * line_height
            and abs(previous.x0 - box.x0) < 3.0
            and ending
            and not ending.endswith(tuple(SENTENCE_OR_LEAD_IN_ENDS))
        ):
            texts[-1] = texts[-1].rstrip("\n") + "\n" + box.text
        else:
            texts.append(box.text)
        previous = box
    return texts


def _paragraph(box_text: str) -> str:
    """The lines of one text box as one paragraph: hyphenation undone, lines rejoined."""
    text = box_text.replace("\r\n", "\n").replace("\r", "\n").translate(_GLYPH_FIXES).strip()
    if not text:
        return ""
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    lines = [_CJK_GAP.sub("", _SPACES.sub(" ", line)).strip() for line in text.split("\n")]
    joined = ""
    for line in lines:
        if not line:
            continue
        if joined and not (_CJK.match(joined[-1]) and _CJK.match(line[0])):
            joined += " "
        joined += line
    return joined
