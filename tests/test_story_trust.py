"""The user's example story (issue 14): both quotations of Article 7 after "The law states:" are
linked to Art. 7 and consistent with the citation above them — with the shipped store, and with a
copy of it that lacks the rendering taken from the story itself (no circular verification).

The story is read from ../shared/stories/ (a news publisher's text: never copied here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawref.pipeline.checker import Checker
from lawref.store.files import Store
from lawref.store.load import load_store

STORY = Path(__file__).resolve().parents[2] / "shared" / "stories" / "huawei-2018-news-story.txt"
NIL = "cn-national-intelligence-law"
HEADLINE = "The US is asking allies not to trust"  # how the store names the story it took from
FIRST = "All organizations and citizens shall, in accordance with"
SECOND = "The state will protect individuals and organizations"


@pytest.fixture(scope="module")
def story() -> str:
    if not STORY.is_file():
        pytest.skip("the example story is not beside the repository")
    return STORY.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def store() -> Store:
    store = load_store(use_cache=False)
    if store.get(NIL) is None:
        pytest.skip("the shipped store lacks the National Intelligence Law")
    return store


def without_story_renderings(store: Store) -> tuple[Store, int]:
    """A copy of the store without the renderings recorded from the story."""
    copy = Store(roots=list(store.roots))
    dropped = 0
    for statute in store:
        articles = []
        for article in statute.articles:
            kept = [t for t in article.translations if HEADLINE not in t.publisher]
            dropped += len(article.translations) - len(kept)
            articles.append(article.model_copy(update={"translations": kept}))
        copy.add(statute.model_copy(update={"articles": articles}), store.files[statute.id])
    return copy, dropped


def article_7_quotes(store: Store, text: str) -> list[tuple[str, str | None, str, str]]:
    document = Checker(store).check_text(text, "story.txt")
    found = []
    for quote in document.quotes:
        if quote.text.startswith((FIRST, SECOND)):
            where = (quote.match.statute, quote.match.article) if quote.match else (None, None)
            found.append(
                (quote.text[:20], f"{where[0]}/{where[1]}", quote.attribution, quote.verdict)
            )
    return found


def test_both_article_7_quotes_are_linked_and_consistent(store: Store, story: str) -> None:
    found = article_7_quotes(store, story)
    assert [(link, attribution) for _, link, attribution, _ in found] == [
        (f"{NIL}/7", "consistent"),
        (f"{NIL}/7", "consistent"),
    ]


def test_the_story_passes_with_exit_0(
    story: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lawref.cli import run

    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    status = run(["check", "--format", "json", str(path)])
    report = json.loads(capsys.readouterr().out)
    cited = [q for q in report["documents"][0]["quotes"] if q["attribution"] == "consistent"]
    assert len(cited) == 2
    assert all(q["cited_as"]["article"] == "7" for q in cited)
    assert status == 0


def test_without_the_rendering_taken_from_the_story(store: Store, story: str) -> None:
    pytest.importorskip("jieba")  # the second quote rests on the Chinese original
    copy, dropped = without_story_renderings(store)
    assert dropped >= 1
    found = article_7_quotes(copy, story)
    assert [(link, attribution) for _, link, attribution, _ in found] == [
        (f"{NIL}/7", "consistent"),
        (f"{NIL}/7", "consistent"),
    ]
    for _, _, _, verdict in found:
        assert verdict in ("verbatim", "minor", "elided", "paraphrase")
