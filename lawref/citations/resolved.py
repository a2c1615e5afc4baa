"""What a name designates, as the names table answers: one statute, several (ambiguous), or an
article of one — made from the set of statutes (and articles) a name is indexed under, or from the
scores of a fuzzy comparison (split from citations/name_table.py)."""

from __future__ import annotations

from dataclasses import dataclass

from lawref.citations.fuzzy import FUZZY_MARGIN

__all__ = ["Resolved", "best_scored", "only_one"]


@dataclass(frozen=True)
class Resolved:
    """What a name designates: one statute, or several (ambiguous), or an article of one."""

    statute: str | None
    ambiguous: tuple[str, ...] = ()
    article: str | None = None
    score: float = 100.0


def only_one(ids: set[str] | set[tuple[str, str | None]], score: float = 100.0) -> Resolved | None:
    """The statute (and article) ``ids`` holds when it holds one; the several statutes, ambiguous,
    when it holds more; None when it is empty."""
    if not ids:
        return None
    if len(ids) == 1:
        (only,) = ids
        if isinstance(only, tuple):
            return Resolved(only[0], article=only[1], score=score)
        return Resolved(only, score=score)
    statutes = sorted({i[0] if isinstance(i, tuple) else i for i in ids})
    if len(statutes) == 1:
        return Resolved(statutes[0], score=score)
    return Resolved(None, tuple(statutes), score=score)


def best_scored(scores: dict[str, float]) -> Resolved | None:
    """The statute of the best fuzzy score, or the statutes within the margin of it (ambiguous)."""
    if not scores:
        return None
    top = max(scores.values())
    near = sorted(s for s, v in scores.items() if v >= top - FUZZY_MARGIN)
    if len(near) == 1:
        return Resolved(near[0], score=top)
    return Resolved(None, tuple(near), score=top)
