"""Japanese renderings of a Chinese article, read by the kanji words they share with it.

A Japanese rendering of a Chinese statute keeps most of the article's words as kanji: 組織 (组织),
支持, 秘密, 人権 (人权), 尊重, 保障, 権益 (权益). Its kanji are folded to Simplified Chinese
(OpenCC's Japanese-to-Traditional table, then Traditional-to-Simplified) and compared, as single
characters and as pairs within a run of kanji, with the Chinese text. The comparison is used only
where a citation names the article (xling/link.py): shared kanji cannot tell an article from its
neighbours the way an English rendering's evidence can, so a Japanese quotation is never linked
by open retrieval, and a link made this way is a `paraphrase` that accuses no citation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lawref.text.regex_code import constant
from lawref.text.scripts import KANA, UNIFIED_HAN

_KANJI_RUN = constant(r"[\u4e00-\u9fff]+")


def is_japanese(text: str) -> bool:
    """Text written in Japanese: kana make up a fifth of its letters at least."""
    letters = sum(map(str.isalpha, text))
    kana = len(KANA.findall(text))
    return kana >= 3 and kana >= 0.2 * letters


def is_chinese(text: str) -> bool:
    """Chinese text (Simplified or Traditional): Han characters make up most (80%) of its letters
    and it is not Japanese."""
    letters = "".join(filter(str.isalpha, text))  # (in C: asked ~5 times a document)
    han = len(UNIFIED_HAN.findall(letters))
    return han >= 0.8 * len(letters) > 0 and not is_japanese(text)


@lru_cache(maxsize=1)
def _converters():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("jp2t"), opencc.OpenCC("t2s")


def kanji_runs(text: str) -> list[str]:
    """The runs of kanji of a Japanese text, in Simplified Chinese characters."""
    to_traditional, to_simplified = _converters()
    return _KANJI_RUN.findall(to_simplified.convert(to_traditional.convert(text)))


@dataclass(frozen=True)
class KanjiOverlap:
    """How much of a Japanese quotation's kanji a Chinese text holds."""

    characters: float  # share of the quotation's distinct kanji found in the text
    pairs: float  # share of its distinct pairs of neighbouring kanji found in the text
    shared: int
    total: int

    def summary(self) -> str:
        return (
            f"a Japanese rendering: {self.shared} of its {self.total} kanji are in the Chinese "
            f"original, {self.pairs:.0%} of its kanji pairs"
        )


def overlap(runs: list[str], chinese: str) -> KanjiOverlap:
    characters = {c for run in runs for c in run}
    pairs = {run[i : i + 2] for run in runs for i in range(len(run) - 1)}
    shared = sum(1 for c in characters if c in chinese)
    paired = sum(1 for p in pairs if p in chinese)
    return KanjiOverlap(
        shared / len(characters) if characters else 0.0,
        paired / len(pairs) if pairs else 0.0,
        shared,
        len(characters),
    )
