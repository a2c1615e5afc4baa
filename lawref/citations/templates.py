"""The citation grammar compiled: templates with their tokens filled in, checked to be linear, and
the generic machinery that reads them (lists of articles, act numbers, code titles, context cues).

Nothing here knows a jurisdiction: US Code, EU acts, Chinese article numbers all come from the
YAML files (lawref.citations.grammar_data). A pattern is refused unless every quantifier is
bounded and no group is referred back to, so that the work per text position stays a constant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lawref.citations.grammar_data import (
    ContextRule,
    GrammarFile,
    ListSpec,
    Template,
    WellKnownArticle,
    grammar_files,
    read_grammar_files,
)
from lawref.citations.pattern_pieces import RefItem
from lawref.errors import StoreError
from lawref.store.digests import sha256
from lawref.text.numerals import read_number, write_number
from lawref.text.regex_code import constant

_TOKEN_USE = constant(r"\{([a-z][a-z0-9_]{0,39})\}")
_LETTERED = constant(r"\d{1,5}(?:[a-z]{1,2}|\.\d{1,5})")
_NAMED_GROUP = constant(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>")
MAX_TOKEN_DEPTH = 8

# What kind of atom each template kind makes, for the walk (lawref.citations.find).
ATOM_KINDS = {
    "code": "usc",
    "act-number": "act",
    "title": "bracket",
    "same-article": "same",
    "revision": "yearrev",
    "law-head": "head",
    "subsection": "subsection",
    "anaphor": "anaphor",
    "heading": "heading",
}


def atom_kind(template: Template) -> str:
    if template.kind == "reference":
        return "ref" if template.joins == "en" else "cnref"
    return ATOM_KINDS[template.kind]


def unbounded(pattern: str) -> str | None:
    """The first construct that could make a pattern's work grow with the text (``*``, ``+``,
    ``{n,}``, a back-reference), or None. Character classes and escapes are skipped."""
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if not in_class and pattern[index + 1 : index + 2].isdigit():
                return "a back-reference"
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char in "*+":
            return f"'{char}' (use a bounded {{m,n}})"
        elif char == "{" and re.match(r"\{\d*,\}", pattern[index:]):
            return "'{n,}' (give an upper bound)"
        elif pattern.startswith("(?P=", index):
            return "a back-reference"
        index += 1
    return None


@dataclass
class ArticleList:
    """A compiled :class:`ListSpec`."""

    item: re.Pattern[str]
    spec: ListSpec

    def parse(self, words: str) -> list[RefItem]:
        """ "Articles 7 and 14" → 7, 14; "§§ 1601–1609" → 1601…1609; 第七条至第九条 → 7, 8, 9;
        第二十条之一 → 20-1; "Article 20-1" → 20-1 (with ``dash_suffix``)."""
        items: list[RefItem] = []
        numerals = self.spec.numerals
        last = -1  # the number of the last item read, for a range
        matches = list(self.item.finditer(words))
        if self.spec.comma_paragraph:
            pinned = _comma_paragraph(matches)
            if pinned is not None:
                return [pinned]
        for match in matches:
            groups = match.groupdict()
            lettered = _LETTERED.fullmatch(groups["num"])
            try:
                if lettered and self.spec.numerals == "arabic":
                    # "1881a", "200.216": a section numbered with a letter or a decimal part,
                    # written as it is (never a range).
                    number, written, suffix = -1, groups["num"], "lettered"
                else:
                    number = read_number(groups["num"], numerals)
                    suffix = groups.get("suffix")
                    if suffix:
                        written = f"{number}-{read_number(suffix, numerals)}"
                    else:
                        written = write_number(number, numerals)
            except ValueError:
                continue
            sub = (groups.get("sub") or "").strip() or None
            sep = (groups.get("sep") or "").strip()
            ranged = sep in self.spec.ranges and not suffix
            if items and ranged and last > 0:
                first = last
                if (
                    self.spec.dash_suffix
                    and sep == "-"
                    and number < first
                    and not sub
                    and items[-1].subdivision is None
                ):
                    items[-1] = RefItem(f"{first}-{number}")  # Article 20-1 (第二十条之一)
                    last = -1
                    continue
                if first < number <= first + self.spec.max_range:
                    items += [RefItem(write_number(n, numerals)) for n in range(first + 1, number)]
            items.append(RefItem(written, sub))
            last = number if written == write_number(number, numerals) else -1
        if self.spec.prefix:
            items = [RefItem(self.spec.prefix + i.number, i.subdivision) for i in items]
        return list(dict.fromkeys(items))


def _comma_paragraph(matches: Sequence[re.Match[str]]) -> RefItem | None:
    """ "art. 4, 1", "art.15, 1, a" (French writing's Art. 4(1), Art. 15(1)(a)): one article named
    by a singular word, then after a comma a smaller bare number, the list's last: its paragraph.
    Not "Articles 15, 1" (plural: a list), "Article 4, 11" (larger: a list), "art. 4, 1 et 2"."""
    if len(matches) != 2:
        return None
    first, second = (m.groupdict() for m in matches)
    word = (first.get("word") or "").lower().rstrip(". ")
    if not word or word.endswith(("s", "§§")) or second.get("word") or first.get("sub"):
        return None
    if (second.get("sep") or "").strip() != "," or not (first["num"] + second["num"]).isdigit():
        return None
    if not 0 < int(second["num"]) < int(first["num"]):
        return None
    return RefItem(first["num"], f"({second['num']}){(second.get('sub') or '').strip()}")


@dataclass
class CompiledTemplate:
    """A citation template compiled: its pattern, its scanner piece and what it cites."""

    template: Template
    source: str  # the file it came from
    regex: re.Pattern[str]  # the whole pattern, with its named groups
    scan: str  # the pattern with groups unnamed, for the combined scanner
    articles: ArticleList | None
    kind: str  # the atom kind

    @property
    def name(self) -> str:
        return self.template.name

    def groups(self, text: str, start: int = 0) -> dict[str, str]:
        """The named groups of the piece at ``start`` of ``text`` (the whole text, so that a
        pattern may look behind and ahead)."""
        match = self.regex.match(text, start)
        if match is None:
            return {}
        return {k: v for k, v in match.groupdict().items() if v is not None}

    def items(self, text: str, start: int = 0, end: int | None = None) -> list[RefItem]:
        """The articles the piece at ``start`` cites (its ``items`` group, or all of it)."""
        if self.articles is None:
            return []
        if "items" not in self.regex.groupindex:
            return self.articles.parse(text[start:end])
        words = self.groups(text, start).get("items")
        return self.articles.parse(words if words is not None else text[start:end])

    def key(self, text: str, start: int = 0) -> str | None:
        """An act-number piece's lookup key ("2016/679", "115-232")."""
        groups = self.groups(text, start)
        try:
            return (self.template.key or "").format(**groups) or None
        except (KeyError, IndexError, ValueError):
            return None


@dataclass
class CitationGrammar:
    """Every template of the grammar files, compiled, in the order the scanner tries them."""

    templates: list[CompiledTemplate] = field(default_factory=list)
    contexts: list[ContextRule] = field(default_factory=list)
    other_instruments: list[str] = field(default_factory=list)
    digest: str = ""
    windows: dict[str, re.Pattern[str]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    well_known: list[WellKnownArticle] = field(default_factory=list)

    def by_kind(self, *kinds: str) -> list[CompiledTemplate]:
        return [t for t in self.templates if t.template.kind in kinds]

    def match_start(self, kinds: Sequence[str], text: str) -> tuple[CompiledTemplate, str] | None:
        """The first template of ``kinds`` whose pattern matches at the start of ``text``."""
        for template in self.by_kind(*kinds):
            match = template.regex.match(text)
            if match:
                return template, match.group()
        return None

    def reference_pattern(self, joins: str = "en") -> str:
        """One pattern for any article reference of a language ("Section 301", "Art. 7")."""
        parts = [
            t.scan
            for t in self.by_kind("reference")
            if t.template.joins == joins and not t.template.bare
        ]
        return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


def _fill(pattern: str, tokens: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > MAX_TOKEN_DEPTH:
        raise StoreError(
            f"{where}: tokens nest deeper than {MAX_TOKEN_DEPTH} (a token uses itself?)"
        )

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in tokens:
            raise StoreError(f"{where}: unknown token {{{name}}}")
        filled = _fill(tokens[name], tokens, f"{where} -> {name}", depth + 1)
        # A token named *_chars goes inside a character class: inserted as it is.
        return filled if name.endswith("_chars") else "(?:" + filled + ")"

    return _TOKEN_USE.sub(replace, pattern)


def _compile(pattern: str, where: str, *, allow_empty: bool = False) -> re.Pattern[str]:
    problem = unbounded(pattern)
    if problem:
        raise StoreError(f"{where}: the pattern is not linear: {problem}")
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        raise StoreError(f"{where}: not a regular expression: {exc}") from exc
    if not allow_empty and regex.match(""):
        raise StoreError(f"{where}: the pattern matches the empty text")
    return regex


def compile_grammar(files: Iterable[tuple[str, GrammarFile]]) -> CitationGrammar:
    """The templates of ``files`` with tokens filled in and every pattern checked; StoreError
    (naming the file and template) for an unknown token or list, or a pattern that is not linear."""
    files = list(files)
    tokens: dict[str, str] = {}
    lists: dict[str, ListSpec] = {}
    digest = sha256()
    for path, grammar in files:
        digest.update(grammar.model_dump_json().encode())
        for name, value in grammar.tokens.items():
            if name in tokens and tokens[name] != value:
                raise StoreError(f"{path}: tokens.{name}: defined differently in another file")
            tokens[name] = value
        for name, spec in grammar.lists.items():
            if name in lists and lists[name] != spec:
                raise StoreError(f"{path}: lists.{name}: defined differently in another file")
            lists[name] = spec
    compiled_lists: dict[str, ArticleList] = {}
    for name, spec in lists.items():
        where = f"lists.{name}.item"
        compiled_lists[name] = ArticleList(_compile(_fill(spec.item, tokens, where), where), spec)
    ordered: list[tuple[int, int, CompiledTemplate]] = []
    contexts: list[ContextRule] = []
    others: list[str] = []
    well_known: list[WellKnownArticle] = []
    for path, grammar in files:
        contexts += grammar.contexts
        well_known += grammar.well_known_articles
        others += grammar.other_instruments
        for index, template in enumerate(grammar.templates):
            where = f"{path}: templates.{index} ({template.name})"
            if template.reads is not None and template.reads not in compiled_lists:
                raise StoreError(f"{where}: reads: no list {template.reads!r} in the grammar")
            pattern = _fill(template.pattern, tokens, where)
            regex = _compile(pattern, where)
            scan = _NAMED_GROUP.sub("(?:", pattern)
            articles = compiled_lists[template.reads] if template.reads else None
            compiled = CompiledTemplate(template, path, regex, scan, articles, atom_kind(template))
            ordered.append((template.priority, len(ordered), compiled))
    ordered.sort(key=lambda entry: entry[:2])
    window_parts: dict[str, list[str]] = {}
    words: dict[str, set[str]] = {}
    for path, grammar in files:
        for name, window in grammar.windows.items():
            pattern = _fill(window.pattern, tokens, f"{path}: windows.{name}")
            window_parts.setdefault(name, []).append(
                f"(?i:{pattern})" if window.ignore_case else pattern
            )
        for name, listed in grammar.words.items():
            words.setdefault(name, set()).update(w.casefold() for w in listed)
    windows = {}
    for name, parts in window_parts.items():
        joined = parts[0] if len(parts) == 1 else "|".join(f"(?:{p})" for p in parts)
        windows[name] = _compile(joined, f"windows.{name}", allow_empty=True)
    return CitationGrammar(
        [entry[2] for entry in ordered],
        contexts,
        others,
        digest.hexdigest()[:16],
        windows,
        {name: frozenset(listed) for name, listed in words.items()},
        well_known,
    )


def shipped_grammar() -> CitationGrammar:
    """The grammar that comes with lawref (statutes/grammar/)."""
    from lawref.store.files import shipped_store_path

    return load_grammar([shipped_store_path()])


def grammar_key(roots: Sequence[Path]) -> str:
    """A digest of the grammar files of ``roots`` as they are on disk (each file's path, size,
    modification and change times, inode): a compiled grammar kept for them is stale once it
    changes. Cheap: a listing and a stat per file, nothing read."""
    records = []
    for path in grammar_files(list(roots)):
        stat = path.stat()
        records.append(
            f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}\0{stat.st_ctime_ns}"
        )
    return sha256("\n".join(records).encode()).hexdigest()[:16]


def load_grammar(roots: Sequence[Path], extra: Sequence[Path] = ()) -> CitationGrammar:
    """The grammar of the store folders ``roots`` (each one's ``grammar/*.yaml``) plus ``extra``
    grammar files (a test jurisdiction, say)."""
    return compile_grammar(read_grammar_files(grammar_files(list(roots)) + list(extra)))
