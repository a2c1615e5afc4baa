"""``lawref add``: one article, translation, citation form or example into a statute entry.

Each function takes a validated :class:`Statute` and returns a new one (models are frozen) with
a one-line description of what changed; nothing here touches files. The command finds the entry
with :func:`find_statute`, applies the edits and writes once with
:func:`lawref.store.write.write_statute`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from lawref.errors import StoreError
from lawref.store.files import collect, read_statute_file
from lawref.store.problems import error_message
from lawref.store.schema import (
    Article,
    Example,
    Statute,
    Translation,
    article_sort_key,
)
from lawref.store.write import find_statute_files
from lawref.text.wording import counted

M = TypeVar("M")


def checked(build: Callable[[], M], what: str) -> M:
    """Build a model; a validation error becomes one StoreError line naming the field."""
    try:
        return build()
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or what
        message = error_message(error)
        raise StoreError(f"{what}: {where}: {message}") from None


def revalidate(statute: Statute) -> Statute:
    """Run the statute-wide checks again (duplicates, unknown versions, examples)."""
    return checked(lambda: Statute.model_validate(statute.model_dump()), statute.id)


def find_statute(root: Path, name: str) -> tuple[Statute, Path]:
    """The statute ``name`` (id, title or alias) in the store folder ``root`` and its file."""
    path = find_statute_files(root).get(name)
    if path is None:
        store, problems = collect([root])
        found = store.lookup(name)
        if len(found) > 1:
            raise StoreError(f"{name!r} is ambiguous in {root}: {', '.join(s.id for s in found)}")
        if not found:
            # The statute may be in a file the store refuses (a link, a broken file): say so.
            hint = f"; the store has problems, e.g. {problems[0]}" if problems else ""
            similar = store.did_you_mean(name)
            advice = similar or "; use --new to create it"
            raise StoreError(f"no statute {name!r} in {root}{advice}{hint}")
        path = store.files[found[0].id]
    statute, problems = read_statute_file(path)
    if statute is None:
        raise StoreError(f"cannot edit {path}: {problems[0] if problems else 'unreadable'}")
    return statute, path


def _version(statute: Statute, version: str | None) -> str:
    wanted = version or statute.latest_version()
    if wanted not in statute.version_ids():
        known = ", ".join(statute.version_ids())
        raise StoreError(f"{statute.id} has no version {wanted!r} (versions: {known})")
    return wanted


def _index(statute: Statute, number: str, version: str) -> int | None:
    for index, article in enumerate(statute.articles):
        if article.number == number and (not article.versions or version in article.versions):
            return index
    return None


def _with_articles(statute: Statute, articles: list[Article]) -> Statute:
    order = statute.version_ids()

    def key(article: Article) -> tuple[Any, int]:
        first = order.index(article.versions[0]) if article.versions else 0
        return article_sort_key(article.number), first

    return revalidate(statute.model_copy(update={"articles": sorted(articles, key=key)}))


def add_article(
    statute: Statute,
    number: str,
    text: str,
    *,
    version: str | None = None,
    replace: bool = False,
    **fields: Any,
) -> tuple[Statute, str]:
    """Add article ``number`` (or, with ``replace``, give it a new text) in one version.

    ``fields`` may set chapter, section and heading.
    """
    vid = _version(statute, version)
    fields = {k: v for k, v in fields.items() if v is not None}
    articles = list(statute.articles)
    index = _index(statute, number, vid)
    if index is not None:
        old = articles[index]
        if old.text == text:
            if not fields:
                return statute, f"article {number} (version {vid}) is already there, unchanged"
            articles[index] = checked(lambda: old.model_copy(update=fields), "article")
            return _with_articles(
                statute, articles
            ), f"updated article {number}: {', '.join(fields)}"
        if not replace:
            raise StoreError(
                f"{statute.id} article {number} (version {vid}) exists with a different text "
                "(pass --replace to replace it)"
            )
        shared = [v for v in (old.versions or statute.version_ids()) if v != vid]
        if shared:  # the old text stays for the other versions that have it
            articles[index] = old.model_copy(update={"versions": shared})
            index = None
        else:
            articles[index] = checked(
                lambda: Article.model_validate({**old.model_dump(), "text": text, **fields}),
                "article",
            )
            kept = len(old.translations)
            note = (
                f" ({counted(kept, 'translation')} of the old text kept: check them)"
                if kept
                else ""
            )
            return _with_articles(statute, articles), f"replaced the text of article {number}{note}"
    versions = [vid] if len(statute.versions) > 1 else []
    article = checked(
        lambda: Article(number=number, text=text, versions=versions, **fields), "article"
    )
    articles.append(article)
    return _with_articles(statute, articles), f"added article {number} (version {vid})"


def add_translation(
    statute: Statute,
    number: str,
    translation: Translation,
    *,
    version: str | None = None,
    replace: bool = False,
) -> tuple[Statute, str]:
    """Attach a translation to an article; ``replace`` swaps the one with the same ref."""
    vid = _version(statute, version)
    index = _index(statute, number, vid)
    if index is None:
        raise StoreError(f"{statute.id} has no article {number} in version {vid}: add it first")
    article = statute.articles[index]
    translations = list(article.translations)
    if translation in translations:
        return statute, f"that translation of article {number} is already there"
    same = [
        i
        for i, t in enumerate(translations)
        if t.language == translation.language
        and (t.ref == translation.ref if translation.ref else t.publisher == translation.publisher)
    ]
    if replace and same:
        translations[same[0]] = translation
        message = f"replaced the {translation.language} translation of article {number}"
    else:
        translations.append(translation)
        message = f"added a translation ({translation.language}) to article {number}"
    articles = list(statute.articles)
    articles[index] = article.model_copy(update={"translations": translations})
    return _with_articles(statute, articles), f"{message} ({translation.publisher[:60]})"


def add_citations(
    statute: Statute, number: str, citations: list[str], *, version: str | None = None
) -> tuple[Statute, str]:
    """Other ways the article is cited ("47 U.S.C. 230"), kept in Article.cited_as."""
    vid = _version(statute, version)
    index = _index(statute, number, vid)
    if index is None:
        raise StoreError(f"{statute.id} has no article {number} in version {vid}")
    article = statute.articles[index]
    merged = list(dict.fromkeys([*article.cited_as, *citations]))
    articles = list(statute.articles)
    articles[index] = article.model_copy(update={"cited_as": merged})
    added = len(merged) - len(article.cited_as)
    return _with_articles(
        statute, articles
    ), f"article {number}: {counted(added, 'citation form')} added"


def add_example(statute: Statute, example: Example) -> tuple[Statute, str]:
    if example in statute.examples:
        return statute, "that example is already there"
    updated = statute.model_copy(update={"examples": [*statute.examples, example]})
    what = example.cite or example.quote or ""
    return revalidate(updated), f"added example {what[:50]!r}"
