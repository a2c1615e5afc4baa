"""lawref: check quotations of statutes in articles against a curated store of statute texts.

The public API is a few functions; heavy modules are imported only when they are used, so that
``import lawref`` stays cheap for the command line::

    import lawref
    store = lawref.load_store()                 # the shipped statutes (+ $LAWREF_STORE)
    report = lawref.check(article_text, store)  # a Report that serialises to the JSON contract
    lawref.find_citations(article_text, store)  # the statutes and articles a text cites
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from lawref.checker import Checker, check, check_documents
    from lawref.citations import find_citations
    from lawref.reading import read_source
    from lawref.report import Report
    from lawref.store import Store, load_store

_LAZY = {
    "load_store": "lawref.store",
    "Store": "lawref.store",
    "check": "lawref.checker",
    "check_documents": "lawref.checker",
    "Checker": "lawref.checker",
    "find_citations": "lawref.citations",
    "read_source": "lawref.reading",
    "Report": "lawref.report",
}

__all__ = [
    "Checker",
    "Report",
    "Store",
    "__version__",
    "check",
    "check_documents",
    "find_citations",
    "load_store",
    "read_source",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lawref' has no attribute {name!r}")
    return getattr(import_module(module), name)
