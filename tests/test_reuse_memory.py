"""The reuse scan works window by window: the same spans as one pass over the whole text, and
memory that does not grow with the document (measured as peak RSS of ``lawref check``)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from peak_memory import peak_rss

from lawref.pipeline.checker import Checker
from lawref.reuse import tokens as reuse_tokens
from lawref.reuse.scan import ScanStats, find_reuse
from lawref.reuse.tokens import windows
from lawref.store.load import load_store

WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "it",
    "as",
    "was",
    "with",
    "be",
    "by",
    "on",
    "not",
    "this",
    "are",
    "or",
    "from",
    "at",
    "which",
    "but",
    "have",
    "an",
    "they",
    "were",
    "there",
    "would",
    "their",
    "we",
    "been",
    "has",
    "when",
    "who",
    "will",
    "more",
    "no",
    "if",
    "out",
    "so",
    "said",
    "what",
    "up",
    "its",
    "about",
    "into",
    "than",
    "them",
    "can",
    "only",
    "other",
    "new",
    "some",
    "could",
    "time",
    "these",
    "two",
    "may",
    "then",
    "first",
    "any",
    "now",
    "such",
    "like",
    "our",
    "over",
    "even",
    "most",
    "made",
    "after",
    "also",
    "did",
    "many",
    "before",
    "must",
    "through",
    "back",
    "years",
    "where",
    "much",
    "way",
    "well",
    "down",
    "should",
    "because",
    "each",
    "just",
    "those",
    "people",
    "how",
    "too",
    "little",
    "state",
    "good",
    "very",
    "make",
    "world",
    "still",
    "own",
    "see",
    "men",
    "work",
    "long",
    "get",
    "here",
    "between",
    "both",
    "life",
    "being",
    "under",
    "never",
    "day",
    "same",
    "another",
    "know",
    "while",
    "last",
    "might",
    "great",
    "old",
    "year",
    "off",
    "come",
    "since",
    "against",
    "go",
]


def prose(size: int, statute_sentences: list[str], seed: int = 1) -> str:
    """Seeded pseudo-English, with a statute sentence reproduced every so often (work for the
    scan) and a paragraph break every few sentences."""
    rng = random.Random(seed)
    out: list[str] = []
    total = count = 0
    while total < size:
        count += 1
        if count % 150 == 0:
            sentence = rng.choice(statute_sentences) + " "
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
            sentence = " ".join(words).capitalize() + ". "
        if count % 6 == 0:
            sentence += "\n\n"
        out.append(sentence)
        total += len(sentence)
    return "".join(out)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


@pytest.fixture(scope="module")
def sentences(checker: Checker) -> list[str]:
    nil = checker.store.resolve("cn-national-intelligence-law")
    found = []
    for number in ("7", "14"):
        article = nil.article(number)
        assert article is not None
        found += [t.text for t in article.translations if t.text.count(" ") > 20][:2]
    found.append(nil.article("7").text)  # type: ignore[union-attr]
    return found


@settings(max_examples=50, deadline=None)
@given(
    st.text(alphabet="ab \n", min_size=0, max_size=400),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40)), max_size=5),
    st.integers(8, 64),
)
def test_window_cores_tile_the_text(text: str, spans: list[tuple[int, int]], size: int) -> None:
    saved = (reuse_tokens.WINDOW_CHARS, reuse_tokens.OVERLAP_CHARS, reuse_tokens.LEAD_CHARS)
    reuse_tokens.WINDOW_CHARS, reuse_tokens.OVERLAP_CHARS, reuse_tokens.LEAD_CHARS = size, 16, 4
    try:
        exclude = [(a, a + n) for a, n in spans]
        cut = windows(text, exclude)
    finally:
        reuse_tokens.WINDOW_CHARS, reuse_tokens.OVERLAP_CHARS, reuse_tokens.LEAD_CHARS = saved
    assert cut[0].core_start == 0 and cut[-1].core_end == len(text)
    for before, after in zip(cut, cut[1:], strict=False):
        assert before.core_end == after.core_start and before.core_start < before.core_end
    for window in cut:
        assert text[window.offset : window.offset + len(window.text)] == window.text
        assert window.offset <= window.core_start and window.core_end <= window.offset + len(
            window.text
        )
        for a, b in window.exclude:  # the document's exclusions, clipped and shifted
            assert any(x <= a + window.offset and b + window.offset <= y for x, y in exclude)


def test_windows_find_what_one_pass_finds(
    checker: Checker, sentences: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = prose(60_000, sentences, seed=7)
    whole = find_reuse(text, checker.matcher)
    assert len(whole) >= 5  # the document holds reproductions to find
    monkeypatch.setattr(reuse_tokens, "WINDOW_CHARS", 6_000)
    monkeypatch.setattr(reuse_tokens, "OVERLAP_CHARS", 2_000)
    stats = ScanStats()
    windowed = find_reuse(text, checker.matcher, stats=stats)
    assert windowed == whole


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KiB is Linux's")
def test_check_memory_does_not_grow_with_the_document(tmp_path: Path, sentences: list[str]) -> None:
    # Peak RSS of `lawref check` on 1.5 MB and on 4.5 MB of prose (both longer than one window
    # of the scan, whose memory is a fixed cost): the difference per added byte of input. It
    # was about 90 bytes, from the reuse scan holding the whole document's tokens at once. What is
    # left is the document itself: the prose holds Chinese sentences, so Python keeps it at 4
    # bytes a character, and stages hold copies and slices of it (~10 B/B measured, from
    # 10.0 to 10.4 across runs on the same code). 20 leaves room for that noise and still fails
    # on any per-token structure of the whole document.
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(prose(1_500_000, sentences), encoding="utf-8")
    large.write_text(prose(4_500_000, sentences), encoding="utf-8")
    peaks = []
    for path in (small, large):
        code, peak, err = peak_rss(["check", str(path), "--format", "json"])
        assert code in (0, 1), err
        peaks.append(peak)
    per_byte = (peaks[1] - peaks[0]) / (large.stat().st_size - small.stat().st_size)
    print(f"peak RSS {peaks[0] / 2**20:.0f} MiB and {peaks[1] / 2**20:.0f} MiB: {per_byte:.1f} B/B")
    assert per_byte <= 20
