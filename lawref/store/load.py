"""``load_store``: the folders of the store, read from the compiled cache when unchanged, else from YAML."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lawref.store.cache import load_cached
from lawref.store.files import Store, read_store, store_paths


def load_store(
    paths: Sequence[str | Path] = (), *, include_shipped: bool = True, use_cache: bool = True
) -> Store:
    """Load the shipped store plus ``paths`` (and $LAWREF_STORE); raise StoreError on any problem.

    With ``use_cache`` an unchanged store is read from the compiled cache (lawref.store.cache)."""
    roots = store_paths(paths, include_shipped=include_shipped)
    if use_cache:
        return load_cached(roots, lambda: read_store(roots))
    return read_store(roots)
