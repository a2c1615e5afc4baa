"""Comparing what changes meaning between an English quote and its Chinese original.

Modality: each English modal governs the words after it (to the next modal or the sentence end);
the Chinese words those render are governed by the last Chinese modal before them in their
sentence. The two strengths are compared: 应当 "shall" as "must" is stronger, 可以 "may" as
"must" too; 不得 "shall not" without its negation is a dropped negation. A duty ("must", "is
required to") over words with no Chinese counterpart, or a run of added words joined to a duty
("…, and hand over data"), is an added obligation. "shall" over words the original states without
a modal is legal English's declarative ("This Law shall apply"), not an addition.
Scope: an English quantifier against the Chinese one before the word it qualifies (有关 "relevant"
as "all" widens the scope). Legal basis: 依法 in the rendered part, with no rendering, is dropped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lawref.xling.align import GlossAlignment, Unit
from lawref.xling.en import EnMarker, stems_of, weak_negation
from lawref.xling.zh import ZhToken

_RANK = {"permission": 0, "duty": 1, "generic-duty": 1, "strong-duty": 2}
_DUTIES = frozenset({"duty", "generic-duty", "strong-duty"})
_JOINERS = frozenset({"and", "or", "also", "then", "to"})


@dataclass(frozen=True)
class Change:
    """One change of meaning: the `modality` entries of the evidence, and a difference each."""

    kind: str  # modality | negation | scope | legal-basis | obligation
    change: str  # strengthened | weakened | dropped | added | widened | narrowed
    term: str | None  # the Chinese word concerned (None for an addition)
    gloss: str | None  # its usual rendering
    quote: str | None  # the English words concerned (None for an omission)
    note: str


def _is_modal(token: ZhToken) -> bool:
    return token.kind == "modal" or (token.kind == "negation" and token.strength == "prohibition")


def _governing(token: ZhToken, modals: list[ZhToken]) -> ZhToken | None:
    found = None
    for modal in modals:
        if modal.sentence == token.sentence and modal.start < token.start:
            found = modal
    return found


def _region(al: GlossAlignment, marker: EnMarker) -> list[int]:
    """Content words governed by an English modal: to the next modal or the sentence end."""
    quote = al.quote
    sentence = quote.tokens[marker.first].sentence
    later = [
        m.first
        for m in quote.markers
        if m.kind == "modal"
        and m.first > marker.last
        and quote.tokens[m.first].sentence == sentence
    ]
    stop = min(later, default=len(quote.tokens))
    return [
        i for i in quote.content if marker.last < i < stop and quote.tokens[i].sentence == sentence
    ]


def _words(al: GlossAlignment, indices: list[int]) -> str:
    return al.quote.text[al.quote.tokens[indices[0]].start : al.quote.tokens[indices[-1]].end]


def _modal_change(chinese: ZhToken, marker: EnMarker) -> Change | None:
    said, wrote = chinese.strength, marker.value
    if said == "prohibition":
        if wrote == "prohibition":
            return None
        note = f"{chinese.text} '{chinese.gloss}' rendered without its negation, as '{marker.text}'"
        return Change("negation", "dropped", chinese.text, chinese.gloss, marker.text, note)
    if wrote == "prohibition":
        note = f"'{marker.text}' negates {chinese.text} '{chinese.gloss}'"
        return Change("negation", "added", chinese.text, chinese.gloss, marker.text, note)
    if stems_of(marker.text, keep_stopwords=True) in chinese.patterns:
        return None
    if wrote == "generic-duty" and said in _DUTIES:
        return None
    if said is None or _RANK[wrote] == _RANK[said]:
        return None
    change = "strengthened" if _RANK[wrote] > _RANK[said] else "weakened"
    note = f"{chinese.text} '{chinese.gloss}' rendered as '{marker.text}' ({change})"
    return Change("modality", change, chinese.text, chinese.gloss, marker.text, note)


def _unit_of(al: GlossAlignment, index: int) -> Unit | None:
    n = al.owner.get(index)
    return al.units[n] if n is not None else None


def compare(al: GlossAlignment) -> tuple[list[Change], dict[str, str | None]]:
    """The changes of meaning, and the Chinese marker words the quote renders (for coverage)."""
    quote = al.quote
    modals = [t for t in al.analysis.tokens if _is_modal(t)]
    in_window = {id(t) for t in al.tokens}
    changes: list[Change] = []
    rendered: dict[str, str | None] = {}  # Chinese marker word -> English words rendering it
    referenced: set[int] = set()
    modal_added: set[int] = set()  # English modals already reported as additions
    prohibitions = [t for t in al.tokens if t.strength == "prohibition"]
    for marker in (m for m in quote.markers if m.kind == "modal"):
        if marker.verb:  # "prohibited by law": meets 禁止/不得 wherever it stands
            if prohibitions:
                # Each verb meets the next prohibition not met yet ("to prohibit …, to prohibit
                # …" renders each of the repeated 禁止), the last one when all are.
                met = next((p for p in prohibitions if id(p) not in referenced), prohibitions[-1])
                referenced.add(id(met))
                rendered.setdefault(met.text, marker.text)
            else:
                note = f"'{marker.text}' prohibits what the original does not"
                changes.append(Change("negation", "added", None, None, marker.text, note))
            continue
        region = _region(al, marker)
        units = [u for i in region if (u := _unit_of(al, i)) is not None]
        if not units:
            if region and marker.value in _DUTIES | {"permission"}:
                modal_added.add(marker.first)
                kind = "modality" if marker.value == "permission" else "obligation"
                text = f"{marker.text} {_words(al, region)}"
                note = f"'{text}' has no counterpart in the original"
                changes.append(Change(kind, "added", None, None, text, note))
            continue
        governors = [_governing(u.token, modals) for u in units]
        # Every Chinese modal over the words this one governs counts as rendered ("shall not
        # exceed …, infringe …" renders each of the repeated 不得), the most frequent is compared.
        referenced.update(id(g) for g in governors if g is not None)
        rendered.update((g.text, marker.text) for g in governors if g and g.text not in rendered)
        votes = Counter(id(g) if g else 0 for g in governors)
        winner = max(votes, key=lambda k: (votes[k], k != 0))
        chinese = next((m for m in modals if id(m) == winner), None)
        if chinese is None:
            if marker.value in ("strong-duty", "generic-duty", "permission", "prohibition"):
                kind = {"permission": "modality", "prohibition": "negation"}.get(
                    marker.value, "obligation"
                )
                note = f"'{marker.text}' where the original states no duty or permission"
                changes.append(Change(kind, "added", None, None, marker.text, note))
            continue
        referenced.add(id(chinese))
        found = _modal_change(chinese, marker)
        if found:
            changes.append(found)
    covered_units = [u for u in al.units if u.english]
    for modal in modals:
        if id(modal) in referenced or id(modal) not in in_window:
            continue
        # Dropped only when the quote renders words on both sides of it: a quote that starts
        # after the modal ("request that relevant organs …" of 可以要求) has not dropped it.
        before = any(
            u.token.sentence == modal.sentence and u.token.start < modal.start
            for u in covered_units
        )
        if before and any(_governing(u.token, modals) is modal for u in covered_units):
            kind = "negation" if modal.strength == "prohibition" else "modality"
            note = f"{modal.text} '{modal.gloss}' is not rendered"
            changes.append(Change(kind, "dropped", modal.text, modal.gloss, None, note))
    changes += _negations(al, rendered)
    changes += _scopes(al, rendered)
    for unit in al.units:
        if unit.token.kind == "legal-basis" and not unit.english and _qualified(al, unit):
            note = f"{unit.token.text} '{unit.token.gloss}' is not rendered"
            changes.append(
                Change("legal-basis", "dropped", unit.token.text, unit.token.gloss, None, note)
            )
    changes += _added_obligations(al, modal_added)
    return changes, rendered


def _qualified(al: GlossAlignment, legal: Unit) -> bool:
    """依法 qualifies the verb phrase after it (to the clause end): is that phrase rendered?

    A quote that renders most of it without 依法 drops 依法; one that stops before it (or
    renders another part of the sentence) does not.
    """
    phrase = [
        u
        for u in al.units
        if u.token.clause == legal.token.clause and u.token.start > legal.token.start
    ]
    covered = sum(1 for u in phrase if u.english)
    return bool(phrase) and covered * 3 >= len(phrase) * 2


def _negations(al: GlossAlignment, rendered: dict[str, str | None]) -> list[Change]:
    chinese = [t for t in al.tokens if t.kind == "negation" and t.strength is None]
    english = [m for m in al.quote.markers if m.kind == "negation"]
    # "unauthorized" renders 未经授权 but adds no negation of its own
    prefixed = sum(1 for t in al.quote.tokens if weak_negation(t.lower))
    for token, marker in zip(chinese, [*english, *[None] * prefixed], strict=False):
        rendered.setdefault(token.text, marker.text if marker else None)
    out = []
    for token in chinese[len(english) + prefixed :]:
        note = f"the negation {token.text} '{token.gloss}' is not rendered"
        out.append(Change("negation", "dropped", token.text, token.gloss, None, note))
    for marker in english[len(chinese) :]:
        note = f"'{marker.text}' negates what the original does not"
        out.append(Change("negation", "added", None, None, marker.text, note))
    return out


def _scopes(al: GlossAlignment, rendered: dict[str, str | None]) -> list[Change]:
    quote = al.quote
    out = []
    for marker in (m for m in quote.markers if m.kind == "scope"):
        sentence = quote.tokens[marker.first].sentence
        following = [
            i
            for i in range(marker.first + 1, min(marker.first + 5, len(quote.tokens)))
            if i in al.owner and quote.tokens[i].sentence == sentence
        ]
        if not following:
            continue
        target = al.units[al.owner[following[0]]].token
        before = [
            t
            for t in al.tokens
            if t.kind == "scope" and t.clause == target.clause and t.start < target.start
        ]
        if not before:
            continue
        chinese = before[-1]
        rendered.setdefault(chinese.text, marker.text)
        if chinese.scope != marker.value:
            change = "widened" if marker.value == "universal" else "narrowed"
            note = f"{chinese.text} '{chinese.gloss}' rendered as '{marker.text}' (scope {change})"
            out.append(Change("scope", change, chinese.text, chinese.gloss, marker.text, note))
    return out


def _breaks(al: GlossAlignment, i: int) -> bool:
    """Punctuation between token i-1 and token i."""
    tokens = al.quote.tokens
    if i == 0:
        return True
    gap = al.quote.text[tokens[i - 1].end : tokens[i].start]
    return any(c in gap for c in ",;:()")


def added_runs(al: GlossAlignment) -> list[list[int]]:
    """Runs of English content words with no counterpart (stopwords between them join a run)."""
    quote = al.quote
    added = set(al.added())
    runs: list[list[int]] = []
    current: list[int] = []
    in_markers = {i for m in quote.markers for i in range(m.first, m.last + 1)}
    for i, token in enumerate(quote.tokens):
        if current and _breaks(al, i):
            runs.append(current)
            current = []
        if i in added:
            current.append(i)
        elif token.boundary or i in al.owner or i in in_markers or i in quote.content_set:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _added_obligations(al: GlossAlignment, modal_added: set[int]) -> list[Change]:
    """A whole predicate with no counterpart joined to a duty: "shall support …, and hand over
    data". Words the glosses miss inside a rendered predicate are not enough."""
    quote = al.quote
    duties = [m for m in quote.markers if m.kind == "modal" and m.value in _DUTIES]
    out = []
    for run in added_runs(al):
        first = run[0]
        sentence = quote.tokens[first].sentence
        governing = [
            m for m in duties if m.last < first and quote.tokens[m.first].sentence == sentence
        ]
        if len(run) < 2 or not governing or governing[-1].first in modal_added:
            continue
        previous = first - 1
        joined = quote.tokens[previous].lower in _JOINERS or _breaks(al, first)
        if not joined or previous == governing[-1].last:
            continue
        predicate = []
        for i in range(first, len(quote.tokens)):
            if quote.tokens[i].boundary or (i > first and _breaks(al, i)):
                break
            if i in quote.content_set:
                predicate.append(i)
        if all(i not in al.owner for i in predicate):
            text = _words(al, predicate)
            note = f"'{text}' adds a duty the original does not state"
            out.append(Change("obligation", "added", None, None, text, note))
    return out
