"""What the walk over a document's citation pieces shares: the state it carries from piece to
piece, how far back a law named earlier is still the one meant, and how a resolved citation is
recorded (:class:`Walk`, the base of :class:`~lawref.citations.find.CitationFinder`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lawref.citations.act_parts import another_section
from lawref.citations.context import DocumentContext
from lawref.citations.earlier_law import EarlierLaws
from lawref.citations.name_table import NameTable
from lawref.citations.naming import Naming
from lawref.citations.nickname_numbers import nickname_number
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.scan_records import Atom, Named, Work, replace_named
from lawref.citations.templates import CitationGrammar
from lawref.citations.tied_names import TiedNames
from lawref.citations.whole_acts import listed_section
from lawref.citations.windows import Windows
from lawref.spans import CitationSpan
from lawref.text.sentences import Segments

# How far back a law named earlier is still the one a reference means (see ``_near``).
SENTENCE, PARAGRAPH, DOCUMENT = 1, 2, 3
ASIDE_CHARS = 120  # the longest bracketed note under a title that keeps the title in reach


@dataclass(frozen=True)
class Unresolved:
    """A bare reference with no law in reach ("Article 7", 第29條, "Article 7 of the law"):
    left for :mod:`lawref.citations.inference` to read from the rest of the text, if it can."""

    atom: Atom
    end: int  # with the words pointing back ("… of the law"), when there are any
    items: tuple[RefItem, ...]
    points_back: bool = False  # "… of the law", "its Article 8", 该法: words that point to a law


@dataclass
class WalkState:
    """What the walk over one document's atoms carries from one atom to the next."""

    segments: Segments
    context: DocumentContext = field(default_factory=DocumentContext)
    named_statutes: set[str] = field(default_factory=set)  # every statute named so far
    last_named: Named | None = None
    last_article: tuple[Named, str, str | None] | None = None
    found: list[CitationSpan] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    earlier: EarlierLaws = field(default_factory=EarlierLaws)  # names read as an earlier law
    tied: TiedNames = field(default_factory=TiedNames)  # names tied to a section by the text
    # "the law" given as a law's short name, "Data Security Law (the Law)": its later uses cite
    # that law (citations/defined_anaphor.py), keyed by anaphor_key
    defined_anaphors: dict[str, Named] = field(default_factory=dict)


class Walk:
    """The parts of a finder that every step of the walk uses."""

    grammar: CitationGrammar
    names: NameTable
    naming: Naming
    windows: Windows
    work: Work

    # --- context -------------------------------------------------------------------------------

    def _note(self, named: Named, number: str | None) -> str | None:
        """What a reader should know about a citation: an imprecise name, another instrument,
        a reading by context, an article whose text the store lacks."""
        notes = [named.note] if named.note else []
        if named.statute and number and not self.names.has_article(named.statute, number):
            notes.append("article not in the store")
        return "; ".join(notes) or None

    def _narrowed(self, named: Named, state: WalkState) -> Named:
        """An ambiguous name read by the document: by its context rules (a Hong Kong story), else
        as the one of its candidates named just before ("The Data Security Law … the Security
        Law"). Otherwise it stays ambiguous."""
        if named.statute or not named.ambiguous:
            return named
        named = state.context.resolve(named, state.segments.text)
        last = self._context(named.start, state, reach=PARAGRAPH)
        if named.statute is None and last is not None and last.statute in named.ambiguous:
            note = f"named before: {last.name}"
            return replace_named(named, statute=last.statute, ambiguous=(), note=note)
        return named

    def _context(self, pos: int, state: WalkState, *, reach: int) -> Named | None:
        last = state.last_named
        if last is None or not self._near(last.start, pos, state, reach=reach):
            return None
        return last

    def _near(self, then: int, now: int, state: WalkState, *, reach: int) -> bool:
        """Whether a law named at ``then`` is still the one meant at ``now``: in the same or the
        previous sentence (a bare 第七条); or also the same or previous paragraph (a bare
        "Article 7": a story names the law, then goes on about its articles); or anywhere
        before ("Article 7 of the law", "the 2023 revision": words that point back to it)."""
        if reach == DOCUMENT:
            return True
        segments = state.segments
        self.work.joins += 1
        apart = segments.sentence(now) - segments.sentence(then)
        if apart <= 1 or (apart == 2 and self._aside(segments, segments.sentence(then) + 1)):
            return True
        return reach == PARAGRAPH and segments.paragraph(now) - segments.paragraph(then) <= 1

    @staticmethod
    def _aside(segments: Segments, index: int) -> bool:
        """Whether sentence ``index`` is only a short note in brackets — a law's adoption note
        under its title, "(2021年6月10日…通过)" — which leaves the law named before it in reach."""
        start, end = segments.sentence_span(index)
        if end - start > ASIDE_CHARS:
            return False
        words = segments.text[start:end].strip()
        return len(words) > 2 and words[0] in "(（" and words[-1] in ")）"

    def _items(self, atom: Atom) -> list[RefItem]:
        if atom.template is None:
            return []
        return atom.template.items(atom.text, 0, len(atom.text))

    def _emit(
        self, state: WalkState, start: int, end: int, named: Named, items: list[RefItem]
    ) -> None:
        words = state.segments.text[start:end]
        named = state.context.resolve(named, state.segments.text)
        named = state.earlier.read(
            named, state.segments.text, self.names
        )  # 原国家安全法 … 国家安全法
        named = state.tied.read(named, items)  # 《通信端正法》(Communications Decency Act)第230條 …
        if nickname_number(state.segments.text, start, named):  # 特别301条款
            named = replace_named(named, statute=None, ambiguous=(), article=None)
        cited = [(named, named.article, None)] if not items else []
        outside: set[str | None] = set()  # sections of an act the store holds one section of
        for item in items:
            number, sub = item.number, item.subdivision
            # "Sections 201 and 301 of the Trade Act of 1974": each the section it is, when
            # the act is named whole (a single one is read by Naming.with_reference).
            read = listed_section(self.names, named, number) if len(items) > 1 else named
            if read.statute:
                number, sub = self.names.article(read.statute, number, sub)
                if another_section(self.names, read.statute, number):
                    outside.add(number)
            cited.append((read, number, sub))
            state.last_article = (replace_named(read, start=start), number, sub)
        state.found += [
            citation(words, start, end, read, number, sub, self._note(read, number))
            if number not in outside
            else citation(words, start, end, another_section_named(read, number), number, sub)
            for read, number, sub in cited
        ]
        if named.statute:
            state.named_statutes.add(named.statute)
            state.tied.record(named, items)
        # Every citation, explicit or resolved from context, keeps the law "in the air" for the
        # next bare "Article 14" (a story names the law once, then cites its articles).
        state.last_named = replace_named(named, start=start, end=end)


def another_section_named(named: Named, number: str | None) -> Named:
    """The name read as its act's other section ``number``, which the store does not hold."""
    note = f"section {number} of the act: another section than the one {named.statute} holds"
    return replace_named(named, statute=None, ambiguous=(), note=note)


def citation(
    text: str,
    start: int,
    end: int,
    named: Named,
    number: str | None,
    sub: str | None,
    note: str | None = None,
) -> CitationSpan:
    """A citation of ``named``'s statute (and version) at one article, as the text words it."""
    return CitationSpan(
        text,
        start,
        end,
        named.statute,
        number,
        named.version,
        sub,
        named.name,
        named.ambiguous,
        note if note is not None else named.note,
        draft=named.draft,
    )
