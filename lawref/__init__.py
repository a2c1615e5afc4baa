"""lawref: check quotations of statutes in articles against a curated store of statute texts.

The public API is a few functions; heavy modules are imported only when they are used, so that
``import lawref`` stays cheap for the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from lawref.store import Store, load_store

__all__ = ["Store", "__version__", "load_store"]


def __getattr__(name: str) -> Any:
    if name in ("load_store", "Store"):
        from lawref import store

        return getattr(store, name)
    raise AttributeError(f"module 'lawref' has no attribute {name!r}")
