"""The store's example citations, checked: each must resolve to its own statute and article."""

from __future__ import annotations

from lawref.citations.find import CitationFinder
from lawref.store.files import Store
from lawref.store.problems import Problem, field_line
from lawref.store.schema import Example, Statute


def example_problem(finder: CitationFinder, statute: Statute, example: Example) -> str | None:
    """Why the cite example does not resolve to ``statute`` and its article, or None."""
    if example.cite is None:
        return None
    found = finder.find(example.cite)
    if not found:
        return f"no citation of a statute found in {example.cite!r}"
    first = found[0]
    expected = "" if example.article is None else f" Art. {example.article}"
    if first.statute != statute.id:
        named = first.statute or "a statute that is not in the store"
        if first.ambiguous:
            named = "one of " + ", ".join(first.ambiguous)
        return f"{example.cite!r} cites {named}, not {statute.id}"
    if example.article is not None and first.article != example.article:
        cited = f"Art. {first.article}" if first.article else "no article"
        return f"{example.cite!r} cites {cited} of {statute.id}, not{expected}"
    if first.version is not None and example.version not in (None, first.version):
        return f"{example.cite!r} cites version {first.version}, not {example.version}"
    return None


def example_problems(store: Store, finder: CitationFinder | None = None) -> list[Problem]:
    """One problem for every cite example of ``store`` that does not resolve to its statute and
    article, named ``PATH:LINE: examples.N.cite: …``."""
    finder = finder or CitationFinder(store)
    problems = []
    for statute in store:
        for index, example in enumerate(statute.examples):
            message = example_problem(finder, statute, example)
            if message is not None:
                path = store.files[statute.id]
                line = field_line(path, ["examples", index, "cite"])
                problems.append(Problem(str(path), line, f"examples.{index}.cite", message))
    return problems
