"""The rule-off run of a citation grammar rule: a finder over the shipped grammar with one of its
templates taken out by name (the rule's tests compare what it reads with and without it)."""

from __future__ import annotations

from lawref.citations.find import CitationFinder
from lawref.citations.grammar_data import grammar_files, read_grammar_files
from lawref.citations.templates import compile_grammar
from lawref.store.files import Store, shipped_store_path


def finder_without(store: Store, template: str) -> CitationFinder:
    """A citation finder for ``store`` whose grammar lacks the template named ``template``."""
    files = read_grammar_files(grammar_files([shipped_store_path()]))
    for _, grammar in files:
        grammar.templates[:] = [t for t in grammar.templates if t.name != template]
    return CitationFinder(store, compile_grammar(files))
