"""Versions of a statute by date, and an article's number across versions (its renumbering).

``version_in_force`` picks the version whose text applied on a day; ``continued_as`` follows an
article through the :class:`~lawref.store.schema.Renumbering` records of the versions (forward
from an old version to a newer one, or back), so that "Art. 28 of the 2016 text" is known to be
"Art. 30 since 2026-01-01"; ``numbering_note`` words that for a report.
"""

from __future__ import annotations

import datetime as dt
import re

from lawref.store.schema import Statute, Version


def versions_with_text(statute: Statute) -> list[Version]:
    return [v for v in statute.versions if statute.articles_in(v.id)]


def version_in_force(statute: Statute, day: dt.date) -> str | None:
    """The version (with text in the store) in force on ``day``: the latest one in force by then,
    or the earliest when ``day`` is before them all; None when the versions carry no dates."""
    return in_force_among(dated_versions(statute), day)


def dated_versions(statute: Statute) -> tuple[tuple[dt.date, str], ...]:
    """The versions with text in the store that carry a date, as (in force from, id), in order:
    all that :func:`version_in_force` reads, small enough to keep for every statute of a store
    (the citation finder keeps it so as not to unpack a statute to date a citation of it)."""
    dated = [(v.in_force_from(), v.id) for v in versions_with_text(statute)]
    return tuple(sorted((start, vid) for start, vid in dated if start is not None))


def in_force_among(known: tuple[tuple[dt.date, str], ...], day: dt.date) -> str | None:
    """Of ``known`` (:func:`dated_versions`), the version in force on ``day``."""
    if not known:
        return None
    in_force = [vid for start, vid in known if start <= day]
    return in_force[-1] if in_force else known[0][1]


def version_years(statute: Statute) -> list[tuple[int, int, str]]:
    """(rank, year, version) for each year a version can be cited by: its id when that is a year
    (rank 0), the years it was adopted, amended, revised (1-3), and took effect (4)."""
    years: list[tuple[int, int, str]] = []
    for version in statute.versions:
        if re.fullmatch(r"(?:19|20)\d{2}", version.id):
            years.append((0, int(version.id), version.id))
        for rank, date in enumerate((version.adopted, version.amended, version.revised), 1):
            if date is not None:
                years.append((rank, date.year, version.id))
        if version.effective is not None:
            years.append((4, version.effective.year, version.id))
    return years


def _step(statute: Statute, number: str, source: str, target: str) -> list[str] | None:
    """One renumbering step between adjacent versions; None when no record links them."""
    for version in statute.versions:
        record = version.renumbering
        if record is None:
            continue
        if version.id == target and record.previous == source:
            return [new for new, olds in record.continues.items() if number in olds]
        if version.id == source and record.previous == target:
            return list(record.continues.get(number, []))
    return None


def continued_as(statute: Statute, number: str, source: str, target: str) -> list[str] | None:
    """The numbers in version ``target`` of article ``number`` of version ``source``: [] when it
    was removed (or is new), None when no renumbering record connects the two versions (then the
    numbering is not known to have changed)."""
    if source == target:
        return [number]
    order = [v.id for v in statute.versions]
    if source not in order or target not in order:
        return None
    step = 1 if order.index(target) > order.index(source) else -1
    numbers = [number]
    here = source
    while here != target:
        following = order[order.index(here) + step]
        moved: list[str] = []
        for current in numbers:
            found = _step(statute, current, here, following)
            if found is None:
                if statute.articles_in(following) and statute.articles_in(here):
                    return None
                found = [current]  # a version without text in between: numbering carried over
            moved += [n for n in found if n not in moved]
        numbers, here = moved, following
    return numbers


def same_provision(
    statute: Statute, cited: str, cited_version: str, matched: str, matched_version: str
) -> bool:
    """Whether article ``cited`` of one version is the provision ``matched`` of another, through
    the renumbering (Art. 30 of the 2025 CSL is Art. 28 of the 2016 text)."""
    found = continued_as(statute, matched, matched_version, cited_version)
    return found is not None and cited in found


def _version_name(statute: Statute, vid: str) -> str:
    version = next(v for v in statute.versions if v.id == vid)
    start = version.in_force_from()
    later = [v for v in versions_with_text(statute) if v.id != vid]
    if (
        start is not None
        and later
        and any((v.in_force_from() or dt.date.min) < start for v in later)
    ):
        return f"since {start.isoformat()}"
    return f"in the {vid} text"


def numbering_note(statute: Statute, number: str, version: str) -> str | None:
    """ "Art. 28 of the 2016 text, Art. 30 since 2026-01-01": the article in every other version
    with text, when the store records a renumbering; None when no other version numbers it
    differently."""
    parts = [f"Art. {number} of the {version} text"]
    differs = False
    for other in versions_with_text(statute):
        if other.id == version:
            continue
        found = continued_as(statute, number, version, other.id)
        if found is None:
            continue
        where = _version_name(statute, other.id)
        if not found:
            parts.append(f"no article {where}")
            differs = True
        elif found != [number]:
            parts.append(f"Art. {' and '.join(found)} {where}")
            differs = True
        else:
            parts.append(f"Art. {number} {where}")
    return ", ".join(parts) if differs else None


def reading(
    statute: Statute,
    cited: str,
    cited_version: str | None,
    dated: bool,
    matched: str,
    matched_version: str | None,
) -> tuple[bool, str | None]:
    """Whether a citation of article ``cited`` fits a quotation whose words are article
    ``matched`` of ``matched_version``, read through the renumbering, and a sentence saying which
    version the words come from and how that article is numbered in the others. (False, None)
    when the store records no renumbering that makes them agree."""
    if matched_version is None or not any(v.renumbering for v in statute.versions):
        return cited == matched, None
    numbering = numbering_note(statute, matched, matched_version)
    if numbering is None:
        return cited == matched, None
    words = f"the quoted words are {numbering}"
    if cited_version is not None:
        fits = same_provision(statute, cited, cited_version, matched, matched_version)
        if fits:
            basis = "the version in force on the document's date" if dated else "the version cited"
            return True, f"{words}: Article {cited} in the numbering of {basis} ({cited_version})"
        if cited == matched:
            basis = "in force on the document's date" if dated else "cited"
            return True, (
                f"{words}: consistent with the {matched_version} numbering (Article {cited} of "
                f"the {cited_version} text, {basis}, is another provision)"
            )
        return False, None
    readings = []
    fits = False
    for version in versions_with_text(statute):
        if same_provision(statute, cited, version.id, matched, matched_version):
            fits = True
            readings.append(f"in the {version.id} numbering Article {cited} is these words")
            continue
        other = continued_as(statute, cited, version.id, matched_version)
        elsewhere = f" (Art. {' and '.join(other)} of the {matched_version} text)" if other else ""
        readings.append(
            f"in the {version.id} numbering Article {cited} is another provision{elsewhere}"
        )
    if not fits:
        return False, None
    return True, f"{words}; the citation names no version (and the document no date): " + (
        "; ".join(readings)
    )


def revised_from_unheld(statute: Statute) -> str | None:
    """The version the statute's earliest stored text was revised from, when the store records
    it without text and no renumbering record maps its articles; None otherwise."""
    order = list(statute.versions)
    held = versions_with_text(statute)
    if not held:
        return None
    first = held[0]
    at = order.index(first)
    if first.revised is None or at == 0:
        return None
    before = order[at - 1]
    if any(v.id == before.id for v in held):
        return None
    record = first.renumbering
    if record is not None and record.previous == before.id:
        return None
    return before.id
