"""The matcher aligns a quotation again with ``reach`` (match/window_reach.py) only where that can
give another alignment: where some piece's stretch would be widened and the wider stretch holds
every quotation word as often as the quotation does (an alignment that keeps every word, the only
kind a widened stretch is taken for, pairs each with one of them). Elsewhere it keeps the
alignment it made without ``reach``. These tests hold that shortcut to the computation it stands
in for, on quotations cut from the shipped store's articles: a clause left out in the middle (what
the rule mends), two characters or a word dropped, and each aligned with its own article and with
the next one (a wrong candidate, whose edges are left unmatched).
"""

from __future__ import annotations

import pytest
from stored import shipped_store_with

from lawref.match import edits
from lawref.match.align import QuoteForm, Target
from lawref.match.edits import WordAlignment, align_quote
from lawref.store.files import Store

ARTICLES_PER_STATUTE = 40


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store_with()


def _cuts(text: str) -> list[str]:
    """Quotations made from a text's first paragraph: a middle clause left out, two characters
    (or a word) dropped, and the paragraph whole."""
    first = text.split("\n")[0].strip()
    if len(first) < 24:
        return []
    third = len(first) // 3
    words = first.split(" ")
    dropped_word = " ".join(words[: len(words) // 2] + words[len(words) // 2 + 1 :])
    return [
        first[:third] + first[2 * third :],
        first[: len(first) // 2] + first[len(first) // 2 + 2 :],
        dropped_word,
        first,
    ]


def _cases(store: Store) -> list[tuple[QuoteForm, Target]]:
    cases = []
    for statute in store:
        articles = statute.articles[:ARTICLES_PER_STATUTE]
        for article, following in zip(articles, articles[1:], strict=False):
            targets = [Target(article.text), Target(following.text)]
            for quoted in _cuts(article.text):
                form = QuoteForm.of(quoted)
                if form.tokens:
                    cases += [(form, target) for target in targets]
    return cases


def _same(a: WordAlignment, b: WordAlignment) -> bool:
    return (a.ops, a.quote_tokens, a.stored_tokens, a.matched) == (
        b.ops,
        b.quote_tokens,
        b.stored_tokens,
        b.matched,
    )


def _reference(form: QuoteForm, target: Target, monkeypatch: pytest.MonkeyPatch) -> WordAlignment:
    """The alignment with ``reach`` as the rule defines it: every stretch it would widen aligned
    again, no screen of the words it holds."""
    with monkeypatch.context() as patched:
        patched.setattr(edits, "_may_keep_every_word", lambda *_: True)
        return align_quote(form, target, reach=True)[0]


def test_an_alignment_no_stretch_would_widen_is_the_one_reach_makes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = _cases(store)
    assert len(cases) > 1000
    changed = 0
    for form, target in cases:
        plain, _ = align_quote(form, target)
        reference = _reference(form, target, monkeypatch)
        # the screen of the words a wider stretch holds never turns a widening away
        assert _same(align_quote(form, target, reach=True)[0], reference), form.text
        if not _same(plain, reference):
            changed += 1
            assert plain.widens, (form.text, target.text[:60])
    # The quotations with a clause left out are what the rule is for: some are widened.
    assert changed > 0


def test_a_widened_alignment_is_flagged_only_without_reach(store: Store) -> None:
    for form, target in _cases(store)[:400]:
        reached, _ = align_quote(form, target, reach=True)
        assert not reached.widens
