"""The faster paths of issue 20 answer exactly as the plain computations they stand in for.

Each shortcut (names looked up by length bands, every text's quick letters read from the cache,
term frequencies in one call, reuse seeds that skip texts which cannot chain, tokens from one
split, reuse tokens dropped by ranges, the names' trie behind first-character tests) is compared here
with the plain computation, on the shipped store's own titles, headings and texts and on
generated input.
"""

from __future__ import annotations

import random
import re
from dataclasses import astuple

from hypothesis import given, settings
from hypothesis import strategies as st

import lawref.reuse.tokens as reuse_tokens
import lawref.text.normalize as normalize
from lawref.citations.name_table import NameTable
from lawref.citations.scanner import dispatched
from lawref.citations.templates import load_grammar
from lawref.match.compiled import cached_index, cached_quick
from lawref.match.index import terms_of
from lawref.match.law_text import NameSet, cached_names
from lawref.reuse.runs import MIN_ANCHORS, anchor_chains
from lawref.reuse.tokens import content_tokens
from lawref.store.cache import persistent
from lawref.store.files import shipped_store_path
from lawref.store.load import load_store
from lawref.text.normalize import quick_letters, skeleton_text
from lawref.text.tokens import TOKEN_RE, token_columns, token_texts


def naive_holds(names: frozenset[str], letters: str, longest: int) -> bool:
    """What the law-text screen computed before: ask every name."""
    return letters in names or any(letters in n and len(n) <= longest for n in names)


@settings(max_examples=300, deadline=None)
@given(
    names=st.frozensets(st.text(alphabet="法律国家安全第条", min_size=1, max_size=12), max_size=30),
    letters=st.text(alphabet="法律国家安全第条", min_size=1, max_size=8),
    factor=st.sampled_from([(2, 1), (3, 2)]),
)
def test_names_by_length_bands_answer_as_asking_every_name(
    names: frozenset[str], letters: str, factor: tuple[int, int]
) -> None:
    longest = len(letters) * factor[0] // factor[1]
    assert NameSet(names).holds(letters, longest) == naive_holds(names, letters, longest)


def test_the_stores_titles_and_headings_answer_as_before() -> None:
    """Every title and heading of the shipped store, and pieces of them, as quotations."""
    titles, headings = cached_names(load_store())
    rng = random.Random(20)
    for names, (times, over) in ((titles, (2, 1)), (headings, (3, 2))):
        table = NameSet(names)
        asked = sorted(names)
        for name in sorted(names):
            start = rng.randrange(len(name))
            asked.append(name[start : start + rng.randrange(1, len(name) + 1)])
        asked += ["国家安全", "数据", "个人信息保护", "网络运营者"]
        for letters in asked:
            longest = len(letters) * times // over
            assert table.holds(letters, longest) == naive_holds(names, letters, longest), letters


def test_quick_letters_from_the_cache_are_each_texts_own() -> None:
    store = load_store()
    assert persistent(store)
    index = cached_index(store)
    table = cached_quick(store, index)
    assert table is not None and len(table) == len(index)
    for text_id in range(len(index)):
        assert table[text_id] == quick_letters(index.texts.text(text_id))


def test_frequencies_in_one_call_are_each_terms_own() -> None:
    index = cached_index(load_store())
    postings = index.postings
    terms = sorted(terms_of(token_texts(skeleton_text(index.texts.text(3)))))
    terms += [7, 1 << 50]  # terms no text holds
    assert postings.weighted([*terms, None]) == [
        *((postings.frequency(t), t) for t in terms),
        (0, 0),
    ]


@settings(max_examples=300, deadline=None)
@given(
    positions=st.lists(st.integers(0, 40), min_size=1, max_size=MIN_ANCHORS - 1, unique=True),
    data=st.data(),
)
def test_a_text_with_fewer_anchor_positions_than_a_chain_needs_gives_no_chain(
    positions: list[int], data: st.DataObject
) -> None:
    """What lets the reuse seed skip such texts before making their tokens: whatever the stored
    positions of their anchors, they form no chain."""
    points = sorted(
        (p, q)
        for p in positions
        for q in data.draw(st.lists(st.integers(0, 60), min_size=1, max_size=4))
    )
    segments = [0] * 41
    assert anchor_chains(points, segments) == []


# Text made of what the tokens, the noise lines and the quotations of real pages are made of.
_PIECES = [
    "法",
    "第",
    "条",
    "。",
    "，",
    " ",
    "\n",
    "a",
    "Act",
    "1.",
    "（一）",
    "-",
    "ß",
    "_",
    "７",
    "é",
]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=60))
def test_tokens_from_one_split_are_the_token_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = list(TOKEN_RE.finditer(text))
    assert token_columns(text) == (
        [m.group() for m in found],
        [m.start() for m in found],
        [m.end() for m in found],
    )


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=60), data=st.data())
def test_reuse_tokens_around_excluded_spans_are_the_token_loops(
    pieces: list[str], data: st.DataObject
) -> None:
    """The C-level path (tokens dropped by ranges, segments counted) against the token-by-token
    loop it stands in for, on the same text and excluded spans."""
    text = "".join(pieces)
    bounds = data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=8))
    exclude = list(zip(bounds[::2], bounds[1::2], strict=False))
    fast = content_tokens(text, exclude)
    saved = reuse_tokens._blocked_tokens
    reuse_tokens._blocked_tokens = lambda *_: None  # the loop
    try:
        plain = content_tokens(text, exclude)
    finally:
        reuse_tokens._blocked_tokens = saved
    assert astuple(fast) == astuple(plain)


def test_the_names_behind_first_character_tests_match_as_the_trie() -> None:
    """The big store's Chinese names stand behind tests of their first characters in the citation
    scanner: the same matches as the plain trie, here on the shipped store's names, pieces of
    them and text around them."""
    store = load_store()
    names = NameTable(store, load_grammar([shipped_store_path().resolve()]))
    trie = names.scan_patterns[2]
    assert dispatched(trie) != trie  # (enough first characters to be split)
    plain, split = re.compile(f"(?i:{trie})"), re.compile(f"(?i:{dispatched(trie)})")
    rng = random.Random(6)
    titles = sorted(names.trie_cjk)
    for title in titles:
        cut = rng.randrange(len(title))
        for text in (title, f"根据《{title}》第三条", title[cut:] + title[:cut], title[:cut]):
            assert [m.span() for m in plain.finditer(text)] == [
                m.span() for m in split.finditer(text)
            ], text
    assert dispatched("(?:a|b)") == "(?:a|b)"  # too few to split
    assert dispatched("x(?:a|b)") == "x(?:a|b)"  # not one group


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from([*_PIECES, "-", " \n", "T", "hey"]), max_size=40))
def test_broken_words_found_as_by_the_two_searches_alone(pieces: list[str]) -> None:
    """The searches for what a broken word needs first decide nothing the two would not."""
    text = "".join(pieces)
    plain = bool(normalize._HYPHEN_BREAK_RE.search(text) or normalize._LETTER_BREAK_RE.search(text))
    assert normalize._has_broken_word(text) == plain
