"""The rule-off run of a citation grammar rule: a finder over the shipped grammar with one of its
templates taken out by name, or a grammar whose files have one rule's text replaced (the rule's
tests compare what it reads with and without it)."""

from __future__ import annotations

from pathlib import Path

from lawref.citations.find import CitationFinder
from lawref.citations.grammar_data import grammar_files, read_grammar_files
from lawref.citations.templates import CitationGrammar, compile_grammar, load_grammar
from lawref.store.files import Store, shipped_store_path


def finder_without(store: Store, template: str) -> CitationFinder:
    """A citation finder for ``store`` whose grammar lacks the template named ``template``."""
    files = read_grammar_files(grammar_files([shipped_store_path()]))
    for _, grammar in files:
        grammar.templates[:] = [t for t in grammar.templates if t.name != template]
    return CitationFinder(store, compile_grammar(files))


def grammar_with(root: Path, file: str, old: str, new: str) -> CitationGrammar:
    """The shipped grammar, copied under ``root``, with ``old`` replaced by ``new`` in ``file``
    (the rule taken out); ``old`` must stand in it."""
    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == file:
            assert old in text, (file, old)
            text = text.replace(old, new)
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])
