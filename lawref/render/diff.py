"""A word diff for display: how a quotation differs from the stored text it was matched to.

The checker's ``differences`` are the verdict's evidence; this is the track-changes view of the
same two strings, computed on words (Latin script) and single characters (Chinese, Japanese,
Korean), so a reader sees each changed word in place.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

from lawref.text.regex_code import constant

DiffOp = Literal["equal", "delete", "insert"]

_CJK = "\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
# One ideograph, or a run of other word characters, or a run of spaces, or one other character.
_TOKEN = constant(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+|\s+|.", re.DOTALL)
_SPACE = constant(r"\s+")
# Beyond this many tokens a side, difflib's quadratic worst case is not worth a display.
MAX_TOKENS = 5000


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _key(token: str) -> str:
    # Runs of whitespace (a line break from scraping, a double space) are not a change of words.
    return " " if _SPACE.fullmatch(token) else token


def word_diff(stored: str, quoted: str) -> list[tuple[DiffOp, str]] | None:
    """Edits that turn ``stored`` into ``quoted``: ("delete", words the quote dropped),
    ("insert", words the quote added), ("equal", words in both, as the quote has them).

    Consecutive pieces of one kind are merged. None when either side is too long to diff.
    """
    old, new = tokens(stored), tokens(quoted)
    if len(old) > MAX_TOKENS or len(new) > MAX_TOKENS:
        return None
    matcher = difflib.SequenceMatcher(
        None, [_key(t) for t in old], [_key(t) for t in new], autojunk=False
    )
    pieces: list[tuple[DiffOp, str]] = []

    def add(op: DiffOp, text: str) -> None:
        if not text:
            return
        if pieces and pieces[-1][0] == op:
            pieces[-1] = (op, pieces[-1][1] + text)
        else:
            pieces.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(new[j1:j2]))
        else:
            add("delete", "".join(old[i1:i2]))
            add("insert", "".join(new[j1:j2]))
    return _group_changes(pieces)


def _group_changes(pieces: list[tuple[DiffOp, str]]) -> list[tuple[DiffOp, str]]:
    """Read a run of changes as one replacement: a space between two changed words joins them,
    so "[-and citizens-]{+or+}" rather than "[-and-]{+or+} [-citizens-]"."""
    grouped: list[tuple[DiffOp, str]] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            grouped.append(("delete", "".join(deleted)))
        if inserted:
            grouped.append(("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for index, (op, text) in enumerate(pieces):
        bridging = (
            op == "equal"
            and _SPACE.fullmatch(text) is not None
            and 0 < index < len(pieces) - 1
            and (deleted or inserted)
            and pieces[index + 1][0] != "equal"
        )
        if op == "delete" or bridging:
            deleted.append(text)
        if op == "insert" or bridging:
            inserted.append(text)
        if op == "equal" and not bridging:
            flush()
            grouped.append((op, text))
    flush()
    return grouped


def has_changes(pieces: list[tuple[DiffOp, str]] | None) -> bool:
    return bool(pieces) and any(op != "equal" for op, _ in pieces or ())
