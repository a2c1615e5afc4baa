"""What each real-world set is made of, counted from its labels (no lawref run, no scoring).

    python tests/realworld/composition.py          # a Markdown table, one row a set

The README's table of sets is this script's output; tests/test_realworld.py checks that the two
agree, so that counts written by hand never drift from the labels. Counting a sealed set's labels
reveals nothing about lawref's figures on it, so sealed sets are counted too.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dataset import SEALED, SETS, Passage, load_set  # noqa: E402

# The languages the sets were collected in, in the order the table names them; any other is
# counted under "other".
LANGUAGES = (("en", "English"), ("zh", "Chinese"), ("ja", "Japanese"), ("ko", "Korean"))
HEADER = (
    "| set | passages | English | Chinese | Japanese | Korean | mixed or other |"
    " scored quotations | statute text | of it quoted or a block | real misattributions |"
)


def _language(passage: Passage) -> str:
    language = str(passage.label.get("language", ""))
    # Simplified and Traditional Chinese are one column: the store holds one Chinese text.
    return "zh" if language.startswith("zh") else language


def row(name: str) -> str:
    """One set's row: passages by language, and its scored quotations by kind."""
    passages, problems = load_set(name)
    if problems:
        raise SystemExit(f"composition.py: set {name}: {problems[0]}")
    languages = Counter(_language(p) for p in passages)
    known = {code for code, _ in LANGUAGES}
    other = sum(n for code, n in languages.items() if code not in known)
    scored = [q.label for p in passages for q in p.quotes if q.scored]
    statute = [label for label in scored if label.get("statute")]
    quoted = [label for label in statute if label.get("marks", "quoted") != "none"]
    misattributed = [label for label in statute if label.get("attribution") == "misattributed"]
    shown = f"{name} (sealed)" if name in SEALED else name
    cells = [shown, len(passages), *(languages[code] for code, _ in LANGUAGES), other]
    cells += [len(scored), len(statute), len(quoted), len(misattributed)]
    return (
        "| " + " | ".join(f"{cell:,}" if isinstance(cell, int) else cell for cell in cells) + " |"
    )


def table() -> str:
    names = [name for name in SETS if name != "all"]
    lines = [HEADER, "| --- |" + " ---: |" * (HEADER.count("|") - 2)]
    lines += [row(name) for name in names]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
