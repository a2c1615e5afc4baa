"""The shipped store for tests, and its articles by number: what many test modules read the same
way, written once."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from lawref.report import Match
from lawref.store.files import Store
from lawref.store.load import load_store
from lawref.store.schema import Article

if TYPE_CHECKING:
    from lawref.citations.find import CitationFinder
    from lawref.citations.templates import CitationGrammar
    from lawref.citations.windows import Windows
    from lawref.pipeline.checker import Checker


def shipped_store_with(*wanted: str) -> Store:
    """The shipped store read from its files (no cache); the calling test module is skipped when
    the store lacks one of the ``wanted`` statutes."""
    store = load_store(use_cache=False)
    missing = [statute for statute in wanted if store.get(statute) is None]
    if missing:
        pytest.skip(f"the shipped store lacks {', '.join(missing)}")
    return store


def stored_article(store: Store, statute: str, number: str, version: str | None = None) -> Article:
    """Article ``number`` of ``statute`` (of ``version``, else the current one); it must exist."""
    found = store.get(statute)
    assert found is not None, statute
    article = found.article(number, version)
    assert article is not None, f"{statute} {number}"
    return article


def stored_paragraphs(store: Store, statute: str, number: str) -> list[str]:
    """The stored article's paragraphs without their numbers ("1.\xa0\xa0\xa0"): the pieces a test
    lays out as a page's own copy of them."""
    text = stored_article(store, statute, number).text
    return [p.split("\xa0", 1)[-1].strip() for p in text.split("\n") if p.strip()]


def stored_words(store: Store, statute: str, number: str, start: str, through: str) -> str:
    """The stored words of article ``number`` of ``statute`` from ``start`` through the first
    ``through`` after it (both must be there): a stretch a test quotes or changes."""
    text = stored_article(store, statute, number).text
    begin = text.index(start)
    return text[begin : text.index(through, begin) + len(through)]


def stored_match(
    store: Store,
    statute: str,
    number: str,
    text: str | None = None,
    span: tuple[int, int] | None = None,
    *,
    version: str | None = None,
) -> Match:
    """A match of article ``number`` of ``statute`` (``version``) on ``text`` (else the current
    article's text) over ``span`` (else all of it), as the matcher reports one."""
    found = store.get(statute)
    assert found is not None, statute
    if text is None:
        text = stored_article(store, statute, number).text
    return Match(
        statute=statute,
        title=found.title_en,
        title_original=found.title_original,
        article=number,
        version=version,
        language=found.language,
        translation=None,
        text=text,
        span=span if span is not None else (0, len(text)),
    )


def stored_rendering(store: Store, statute: str, number: str, ref: str) -> str:
    """The text of the stored rendering ``ref`` of an article."""
    return next(t.text for t in stored_article(store, statute, number).translations if t.ref == ref)


def windows_without(checker: Checker, *names: str) -> Windows:
    """``checker``'s citation grammar windows with ``names`` each made a pattern that finds
    nothing: a test of a rule whose knowledge is a window takes the rule out with these."""
    never = re.compile(r"(?!)")
    return dataclasses.replace(checker.finder.windows, **dict.fromkeys(names, never))


def windows_off(checker: Checker, monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Switch off the citation grammar's windows ``names`` for ``checker`` (windows_without)."""
    monkeypatch.setattr(checker.finder, "windows", windows_without(checker, *names))


def store_without_aliases(store: Store, names: dict[str, set[str]]) -> Store:
    """``store`` with the given names taken out of each statute's aliases (a names rule off)."""
    bare = Store(roots=list(store.roots))
    for statute in store:
        dropped = names.get(statute.id, set())
        aliases = [a for a in statute.aliases if a not in dropped]
        bare.add(statute.model_copy(update={"aliases": aliases}), store.files[statute.id])
    return bare


def cited_over(finder: CitationFinder, text: str, words: str) -> set[tuple[str | None, str | None]]:
    """The (statute, article) of every citation ``finder`` finds in ``text`` over ``words``."""
    start = text.index(words)
    end = start + len(words)
    return {(c.statute, c.article) for c in finder.find(text) if c.start < end and start < c.end}


def grammar_without_context(
    root: Path, grammar_file: str, context: str, next_context: str
) -> CitationGrammar:
    """The shipped citation grammar, written under ``root`` and loaded, with one context of
    ``grammar_file`` cut out (from its ``- name: context`` entry to the next one's): a rule-off
    run of a rule that lives in the grammar's data."""
    from lawref.citations.templates import load_grammar
    from lawref.store.files import shipped_store_path

    (root / "grammar").mkdir()
    for path in (shipped_store_path() / "grammar").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == grammar_file:
            cut = re.sub(
                rf"  - name: {re.escape(context)}\n.*?(?=  - name: {re.escape(next_context)})",
                "",
                text,
                flags=re.DOTALL,
            )
            assert cut != text
            text = cut
        (root / "grammar" / path.name).write_text(text, encoding="utf-8")
    return load_grammar([root])
