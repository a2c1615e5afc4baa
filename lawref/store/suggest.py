""" "Did you mean …": the statutes and articles nearest to a name or number the store lacks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

# Similarity (0-100, rapidfuzz's ratio of folded names) from which a name is worth suggesting:
# "National Inteligence Law" scores 98 against "national intelligence law", an unrelated title
# of the same length well under 60.
NAME_CUTOFF = 75.0
MAX_SUGGESTIONS = 3


def similar_statutes(names: Mapping[str, list[str]], ids: Iterable[str], key: str) -> list[str]:
    """Up to three statute ids whose id, title or alias is spelt nearly like ``key`` (a name
    folded the way the store folds names; ``names`` maps folded names to ids), best first."""
    choices: dict[str, str] = {}  # folded name or id → statute id
    for folded, owners in names.items():
        choices.setdefault(folded, owners[0])
    for statute_id in ids:
        choices.setdefault(statute_id.casefold(), statute_id)
    found = process.extract(
        key, list(choices), scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF, limit=12
    )
    similar = dict.fromkeys(choices[choice] for choice, _score, _index in found)
    return list(similar)[:MAX_SUGGESTIONS]


def one_of(names: list[str]) -> str:
    """ "a", "a or b", "a, b or c"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def similar_articles(numbers: list[str], wanted: str) -> list[str]:
    """Article numbers spelt nearly like ``wanted`` ("7a" → "7"); none for a plain number, whose
    neighbours are named by the range of articles instead."""
    if wanted.isdigit():
        return []
    found = process.extract(wanted, numbers, scorer=fuzz.ratio, score_cutoff=60, limit=3)
    return [number for number, _score, _index in found]
