"""The matcher's structures kept in the compiled cache: the index, long texts' prepared forms, and
every text's quick letters (each made once per store, read back by later runs; see
lawref/store/cache.py's ``compiled``)."""

from __future__ import annotations

from collections.abc import Sequence

from lawref.match.align import PREPARED_MIN_CHARS
from lawref.match.index import Index
from lawref.match.prepared import PreparedForms
from lawref.store.files import Store
from lawref.store.mapped import PackedStrings
from lawref.text.normalize import quick_letters

INDEX_CACHE_KEY = "match-index"
INDEX_CACHE_VERSION = "4"  # 2: "・" is no longer a token; 3: arrays (index.Postings, StoredTexts); 4: Packed arrays, texts as UTF-8
PREPARED_CACHE_KEY = "match-prepared"
PREPARED_CACHE_VERSION = "5"  # 2: compressed; 3: one PackedBytes; 5: PreparedForms (arrays)
QUICK_CACHE_KEY = "match-quick"
QUICK_CACHE_VERSION = "1"


def cached_index(store: Store) -> Index:
    """The store's index, from the compiled cache when the store came through it."""
    try:
        from lawref.store.cache import compiled
    except ImportError:  # pragma: no cover - the cache module is optional for the matcher
        return Index.from_store(store)
    return compiled(
        store, INDEX_CACHE_KEY, lambda: Index.from_store(store), version=INDEX_CACHE_VERSION
    )


def cached_prepared(store: Store, index: Index) -> PreparedForms | None:
    """The matching forms of the index's long texts (align.PREPARED_MIN_CHARS), made once per
    compiled cache. None for a store that is not kept in the cache."""
    from lawref.store.cache import compiled, persistent

    if not persistent(store):
        return None  # made for many runs: a store loaded without the cache prepares texts on use

    def build() -> PreparedForms:
        texts = index.texts
        return PreparedForms(
            (text_id, texts.text(text_id))
            for text_id in range(len(texts))
            if texts.length(text_id) >= PREPARED_MIN_CHARS
        )

    version = f"{PREPARED_CACHE_VERSION}.{INDEX_CACHE_VERSION}.{PREPARED_MIN_CHARS}"
    return compiled(store, PREPARED_CACHE_KEY, build, version=version)


def cached_quick(store: Store, index: Index) -> Sequence[str] | None:
    """Every text's :func:`quick_letters` (what screening candidates compares), made once per
    compiled cache: a batch run screens thousands of texts it has not seen (cn-laws-all: ~40 us a
    text to make, ~2 us to read back). None for a store that is not kept in the cache."""
    from lawref.store.cache import compiled, persistent

    if not persistent(store):
        return None

    def build() -> PackedStrings:
        texts = index.texts
        return PackedStrings(quick_letters(texts.text(i)) for i in range(len(texts)))

    version = f"{QUICK_CACHE_VERSION}.{INDEX_CACHE_VERSION}"
    return compiled(store, QUICK_CACHE_KEY, build, version=version)
