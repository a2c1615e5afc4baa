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

from lawref._version import __version__

if TYPE_CHECKING:
    from lawref.citations.find import find_citations
    from lawref.pipeline.checker import Checker, check, check_documents
    from lawref.read.source import read_source
    from lawref.report import Report
    from lawref.store.files import Store
    from lawref.store.load import load_store

_LAZY = {
    "load_store": "lawref.store.load",
    "Store": "lawref.store.files",
    "check": "lawref.pipeline.checker",
    "check_documents": "lawref.pipeline.checker",
    "Checker": "lawref.pipeline.checker",
    "find_citations": "lawref.citations.find",
    "read_source": "lawref.read.source",
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
