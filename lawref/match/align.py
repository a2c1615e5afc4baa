"""Comparing one quotation with one stored text: the prepared forms of each (QuoteForm, Target).

The exact finds (verbatim, minor, elided pieces) are lawref/match/exact_finds.py; the word-level
alignment behind altered quotations is lawref/match/edits.py.

The matcher (lawref/match/matcher.py) decides which texts to try and what the results mean; these
modules only compare.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from lawref.match.readings import without_readings
from lawref.text.normalize import (
    ELLIPSIS,
    Skeleton,
    letters_form,
    letters_text,
    skeleton,
    verbatim_form,
)
from lawref.text.regex_code import constant
from lawref.text.tokens import Token, is_cjk, token_columns, tokenize, word_units

# An editorial insertion in a quotation: "[the state]", "provid[e]", "[…]", "[ ]".
_BRACKET_RE = constant(r"\[[^\[\]]{0,80}\]")
# Stored texts at least this long have their matching forms made once, when the compiled cache is
# built (lawref/match/prepared.py), rather than by every run that compares a quotation with them: preparing
# the forms of a text costs about 3 µs a character in Python (the shipped store's 82,590-character
# 50 U.S.C. 4565 took ~250 ms a run), and a quotation's candidates often include the longest texts.
# Shorter texts are prepared when first compared (a few ms at most); a store of short articles
# (cn-laws-all: 3 of 58,172 texts reach 2,000 characters) keeps almost nothing here.
PREPARED_MIN_CHARS = 2000


@dataclass(eq=False)
class Target:
    """A stored text (or two consecutive ones joined) prepared for comparison; forms are lazy."""

    text: str

    @cached_property
    def verbatim(self) -> Skeleton:
        return verbatim_form(self.text)

    @cached_property
    def letters(self) -> Skeleton:
        return letters_form(self.text)

    @cached_property
    def skeleton(self) -> Skeleton:
        return skeleton(self.text)

    @cached_property
    def _token_table(self) -> tuple[list[str], list[int], list[int]]:
        return token_columns(self.skeleton.text)

    @property
    def token_texts(self) -> list[str]:
        return self._token_table[0]

    @property
    def token_starts(self) -> list[int]:
        """Skeleton offset of each token's first character."""
        return self._token_table[1]

    def token_span_source(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of tokens ``[first, last)``."""
        _, starts, ends = self._token_table
        if first < last:
            return self.skeleton.to_source(starts[first], ends[last - 1])
        at = starts[first] if first < len(starts) else len(self.skeleton.text)
        return self.skeleton.to_source(at, at)

    def tokens_within(self, start: int, end: int) -> tuple[int, int]:
        """Tokens ``[first, last)`` that overlap skeleton characters ``[start, end)``."""
        _, starts, ends = self._token_table
        return bisect_right(ends, start), bisect_left(starts, end)

    @classmethod
    def with_forms(
        cls,
        text: str,
        verbatim: tuple[str, array, array],
        letters: tuple[str, array, array],
        skeleton_form: tuple[str, array, array],
        tokens: list[str],
        starts: array,
        ends: array,
    ) -> Target:
        """The target of ``text`` with its forms made before (lawref/match/prepared.py): each form
        as (text, offsets, ends), and the matching form's tokens with their starts and ends."""
        target = cls(text)
        size = len(text)
        # cached_property keeps its value in the instance's __dict__: filled here, never computed.
        target.__dict__.update(
            verbatim=Skeleton(*verbatim, size),
            letters=Skeleton(*letters, size),
            skeleton=Skeleton(*skeleton_form, size),
            _token_table=(tokens, starts, ends),
        )
        return target


# QuoteForm.of: the latest quotations' forms, oldest first
_FORMS: dict[str, QuoteForm] = {}


@dataclass(eq=False)
class QuoteForm:
    """A quotation split into pieces at ellipses and [bracketed] insertions."""

    text: str
    skeleton: Skeleton = field(init=False)
    tokens: list[Token] = field(init=False)  # the quotation's own words (not the bracketed ones)
    pieces: list[list[int]] = field(init=False)  # token indices of each piece, in order
    attached: set[int] = field(init=False)  # tokens glued to a bracket: "provid[e]"
    has_brackets: bool = field(init=False)

    def __post_init__(self) -> None:
        self.skeleton = skeleton(self.text)
        sk = self.skeleton.text
        brackets = [m.span() for m in _BRACKET_RE.finditer(sk)]
        self.has_brackets = bool(brackets)
        self.tokens = []
        self.pieces = []
        self.attached = set()
        if not brackets and ELLIPSIS not in sk and "[" not in sk and "]" not in sk:
            # one piece, nothing attached: the common case, without a look at every character
            self.tokens = tokenize(self.skeleton)
            self.pieces = [list(range(len(self.tokens)))] if self.tokens else []
            return
        inside = [False] * len(sk)
        for a, b in brackets:
            for i in range(a, b):
                inside[i] = True
        previous_end = None
        for token in tokenize(self.skeleton):
            if inside[token.start]:
                continue
            between = sk[previous_end : token.start] if previous_end is not None else ""
            gap = ELLIPSIS in between or any(inside[previous_end or 0 : token.start])
            if previous_end is None or gap:
                self.pieces.append([])
            index = len(self.tokens)
            self.tokens.append(token)
            self.pieces[-1].append(index)
            if (token.start > 0 and sk[token.start - 1] == "]") or sk[
                token.end : token.end + 1
            ] == "[":
                self.attached.add(index)
            previous_end = token.end

    @cached_property
    def token_texts(self) -> list[str]:
        return [t.text for t in self.tokens]

    @cached_property
    def units(self) -> float:
        """Its length in words (:func:`word_units` of its tokens), counted once."""
        return word_units(self.token_texts)

    @classmethod
    def of(cls, text: str) -> QuoteForm:
        """The form of ``text``, made once for the few quotations in hand (the matcher and the
        law-text screen both read a quotation's form); treat it as read-only."""
        found = _FORMS.get(text)
        if found is None:
            found = _FORMS[text] = cls(text)
            if len(_FORMS) > 64:
                del _FORMS[next(iter(_FORMS))]
        return found

    @cached_property
    def mostly_cjk(self) -> bool:
        """Counted once: the verdict asks it of each candidate the quotation is aligned with."""
        cjk = sum(1 for t in self.tokens if is_cjk(t.text[0]))
        return 2 * cjk > len(self.tokens)

    @property
    def elided(self) -> bool:
        return len(self.pieces) > 1 or self.has_brackets or self.cut_start or self.cut_end

    @cached_property
    def edge_runs(self) -> tuple[str, str, str]:
        """The verbatim form split into (leading punctuation, words, trailing punctuation)."""
        text = self.verbatim_text
        core = _strip_edges(text)
        if not core:
            return text, "", ""
        start = text.index(core)
        return text[:start], core, text[start + len(core) :]

    @property
    def cut_start(self) -> bool:
        """An ellipsis before the first word ("… shall provide"): the quotation marks a cut."""
        return ELLIPSIS in self.edge_runs[0]

    @property
    def cut_end(self) -> bool:
        return ELLIPSIS in self.edge_runs[2]

    @cached_property
    def verbatim_needle(self) -> str:
        """What a stored text must hold for the quotation to be verbatim: its words without edge
        punctuation, but with a cut marker at an edge kept ("organs…" is verbatim only where the
        stored text has the ellipsis too; elsewhere it is an elided quotation)."""
        lead, core, trail = self.edge_runs
        if self.cut_start:
            at = lead.index(ELLIPSIS)
            core = lead[at - 1 if at and lead[at - 1] == "[" else at :] + core
        if self.cut_end:
            at = trail.rindex(ELLIPSIS) + 1
            core += trail[: at + 1 if trail[at : at + 1] == "]" else at]
        return core

    def piece_source(self, piece: list[int]) -> tuple[int, int]:
        return self.skeleton.to_source(self.tokens[piece[0]].start, self.tokens[piece[-1]].end)

    def token_source(self, first: int, last: int) -> tuple[int, int]:
        return _token_span(self.skeleton, self.tokens, first, last)

    def piece_skeleton(self, piece: list[int]) -> str:
        return self.skeleton.text[self.tokens[piece[0]].start : self.tokens[piece[-1]].end]

    @cached_property
    def core_verbatim(self) -> str:
        """The verbatim form without edge punctuation: a quote's own trailing comma or full stop
        ("…in accordance with law," the article said) is not part of the quoted words."""
        return _strip_edges(self.verbatim_text)

    @cached_property
    def full_verbatim(self) -> str:
        """The verbatim form with the edge punctuation kept (ellipses at the edges dropped)."""
        return self.verbatim_text.strip(ELLIPSIS + " ")

    @cached_property
    def verbatim_text(self) -> str:
        """The verbatim form of the quotation's text, without the opening marks that begin its
        later paragraphs by the Chinese and English convention for a quotation of several
        paragraphs (“…。⏎“…”: each paragraph opens with a mark, only the last closes): layout,
        not the law's punctuation."""
        return verbatim_form(without_continuation_marks(self.text)).text

    @cached_property
    def letters(self) -> str:
        """Its letters and digits, without pinyin readings scraped in after its characters
        ("國(guó)"): a page's layout, not words of the quotation."""
        return letters_text(without_readings(self.text))

    @cached_property
    def piece_letters(self) -> list[str]:
        """The letters of each piece (the quotation's own words only)."""
        out = []
        for piece in self.pieces:
            a, b = self.piece_source(piece)
            out.append(letters_text(without_readings(self.text[a:b])))
        return out


# An opening mark at the start of a later paragraph that no closing mark follows in it.
_CONTINUATION = constant(r"(?<=\n)([ \t\u3000]*)[“「『\"]([^\n”」』\"]*)(?=\n|$)")


def without_continuation_marks(text: str) -> str:
    """``text`` without the opening marks that begin its later paragraphs when no closing mark
    follows in the same paragraph (a quotation of several paragraphs); a quoted term at a
    paragraph's start (“网络”，是指…) keeps its marks."""
    if "\n" not in text:
        return text
    return _CONTINUATION.sub(r"\1\2", text)


def _token_span(form: Skeleton, tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    if first < last:
        return form.to_source(tokens[first].start, tokens[last - 1].end)
    at = (
        form.to_source(tokens[first].start, tokens[first].start)[0]
        if first < len(tokens)
        else form.source_length
    )
    return at, at


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]
