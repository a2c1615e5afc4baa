"""What the citation walk passes between its steps: a piece the scan found (:class:`Atom`), a
statute as the text names it (:class:`Named`), and the work one scan counts (:class:`Work`);
records only, read by :mod:`lawref.citations.naming` and the walk's modules. Also the two
callables the finder hands the rules that read a reference's law from the text around it
(:data:`CiteNoted`, :data:`ArticleOf`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lawref.citations.pattern_pieces import RefItem
from lawref.citations.resolved import Resolved
from lawref.citations.templates import CompiledTemplate
from lawref.spans import CitationSpan

# The citations of text[start:end], its items read as articles of one statute, with a note
# saying how the law was read (CitationFinder's ``cite_noted``: citations/captions.py,
# retold_article.py, named_elsewhere.py).
CiteNoted = Callable[[int, int, Sequence[RefItem], str, str], list[CitationSpan]]
# The store's number of a statute's cited article and its subdivision (NameTable.article).
ArticleOf = Callable[[str, str, str | None], tuple[str, str | None]]


@dataclass
class Work:
    """Work done by one :meth:`CitationFinder.find`: each field counts steps that cost at most a
    constant (or, for fuzzy comparisons, one comparison with one name of the store)."""

    chars: int = 0  # characters scanned by the combined expression
    atoms: int = 0
    joins: int = 0  # window checks between neighbouring atoms
    lookups: int = 0  # exact lookups in the name tables
    fuzzy_lookups: int = 0
    fuzzy_comparisons: int = 0

    @property
    def total(self) -> int:
        return (
            self.chars
            + self.atoms
            + self.joins
            + self.lookups
            + self.fuzzy_lookups
            + self.fuzzy_comparisons
        )


@dataclass
class Atom:
    """One piece found by the scan: its kind, place and text."""

    kind: str
    start: int
    end: int
    text: str
    year: str | None = None
    template: CompiledTemplate | None = None  # None for the store's names


@dataclass
class Named:
    """A statute as named in the text (resolved or not)."""

    start: int
    end: int
    name: str
    statute: str | None
    ambiguous: tuple[str, ...] = ()
    version: str | None = None
    article: str | None = None  # when the name itself designates an article ("Section 230")
    note: str | None = None  # "name imprecise", "other instrument: UK GDPR", "context: Hong Kong"
    draft: bool = False  # a draft's or a proposal's name ("the draft … Law"): not the law in force
    body: bool = False  # a body named after the law ("the Basic Law Committee"): no law at all


def replace_named(named: Named, **changes: object) -> Named:
    values = {**named.__dict__, **changes}
    return Named(**values)  # type: ignore[arg-type]


def named_from(atom: Atom, found: Resolved | None) -> Named:
    if found is None:
        return Named(atom.start, atom.end, atom.text, None)
    return Named(atom.start, atom.end, atom.text, found.statute, found.ambiguous)


def same_statute(first: Named, second: Named) -> bool:
    if first.statute and second.statute:
        return first.statute == second.statute
    if first.statute and second.ambiguous:
        return first.statute in second.ambiguous
    if second.statute and first.ambiguous:
        return second.statute in first.ambiguous
    return True
