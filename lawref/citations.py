"""Finding statute citations in a text and resolving them to the store.

One combined regular expression finds the pieces ("atoms") in a single scan: article references
(Article 7(2), §§ 1601–1609, 第七条、第十四条), US Code, EU act and Public Law numbers, 《…》 titles,
the store's names (one trie for all of them), "the same article", "the 2023 revision", and the
head words of unknown statutes' names ("… Act", "… Law"). A second, linear walk over the atoms
joins them by the grammar of citations ("Article 7 of X", "X's Article 7", "X Art. 7",
"X (Y)") and resolves a bare "Article 7" or 第七条 to the law named just before.

The work done is counted (:class:`Work`) so that tests can bound it on hostile input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lawref.citation_names import NameTable, Resolved
from lawref.citation_patterns import (
    ARTICLE_REF,
    CJK,
    CN_ARTICLE_REF,
    CN_BRACKET,
    EU_ACT,
    EU_NUMBER_RE,
    LAW_HEAD,
    NOT_AFTER_WORD,
    PUBLIC_LAW,
    PUBLIC_LAW_RE,
    SAME_ARTICLE,
    US_CODE,
    YEAR,
    YEAR_REVISION,
    RefItem,
    parse_cn_items,
    parse_en_items,
    parse_us_code,
)
from lawref.citation_sentences import Segments
from lawref.found import CitationSpan
from lawref.store import Store

# A fuzzy lookup compares a phrase with every name of the store: at most this many distinct
# phrases per document are looked up (the rest are listed as unknown), so hostile input cannot
# multiply the work by the size of the store.
MAX_FUZZY_LOOKUPS = 500
# How far (in characters) a year or a place word may sit before or after the name it qualifies.
_WINDOW = 48

_GAP_REF_NAME = re.compile(
    r"^\s{0,3}(?:(?:of|in|under|from)\s{1,3})?(?:the\s{1,3})?"
    r"(?:[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20})?['’]s?\s{1,3})?"
    rf"(?:{YEAR}\s{{1,3}})?(?:(?:new|revised|amended|original|same)\s{{1,3}})?$"
)
_GAP_NAME_REF = re.compile(
    r"^(?:['’]s)?\s{0,3}(?:[,，(（]\s{0,3})?$"
    r"|^[》〉]?\s{0,2}(?:[(（][^()（）\n]{1,16}[)）])?\s{0,2}的?\s{0,2}$"
)
_GAP_PARENTHESIS = re.compile(r"^\s{0,2}[(（]\s{0,2}(?:or\s|i\.e\.\s?|即)?$")
_CLOSE_PARENTHESIS = re.compile(r"^\s{0,2}[)）]")
_BINDS_RIGHT = re.compile(r"^\s{1,3}of\s", re.I)
_OF_SOMETHING = re.compile(r"^\s{1,3}of\s{1,3}", re.I)
_ANAPHOR_AFTER = re.compile(
    r"^\s{1,3}(?:of|in|under)\s{1,3}(?:the|this|that|said)\s{1,3}(?:same\s{1,3})?"
    rf"(?:(?P<year>{YEAR})\s{{1,3}})?(?:law|act|statute|regulation|legislation|code|ordinance"
    r"|directive|revision|amendment|(?:revised|amended)\s{1,3}law)(?![A-Za-z])",
    re.I,
)
_ANAPHOR_BEFORE = re.compile(
    r"(?:\bits|\b(?:the|this|that)\s{1,3}(?:law|act|statute|regulation|legislation|code|directive)"
    r"['’]s)\s{1,3}$|(?:该|本|此|同|这部|上述)(?:法律?|法规|条例)的?\s{0,2}$",
    re.I,
)
_OWNER_BEFORE = re.compile(r"[A-Za-z][\w.-]{0,30}['’]s\s{1,3}$")
_CN_NOT_LAW_BEFORE = re.compile(
    r"(?:合同|协议|協議|合约|章程|报告|報告|文件|通知|公约草案)的?\s{0,2}$"
)
_ACRONYM_AFTER = re.compile(
    r"^(?P<name>(?:(?:FY|[Ff]iscal\s(?:[Yy]ear\s)?)\s?(?:19|20)?\d{2}\s{1,2}|"
    + YEAR
    + r"\s{1,2})?[A-Z][A-Z0-9&]{0,7}[ALRCD])(?![A-Za-z0-9])"
)
_CN_UNKNOWN_BEFORE = re.compile(
    rf"(?P<name>[{CJK}]{{1,24}}?(?:法|条例|條例|法典|公约|条约|办法|細則|细则))$"
)
_CN_FILLER = re.compile(
    r"^(?:根据|依据|依照|按照|参照|违反|援引|引用|引述|称|指出|表示|以及|以|及|和|与|或|是|在|对|了|"
    r"即|如|由|经|将|把|被|新|修订|修改|后|依|按|据|中|该|其)"
)
_CN_LAW_NAME = re.compile(
    r"(?:法|条例|條例|法典|公约|條約|条约|办法|辦法|细则|細則|规定|規定|决定|決定|解释)(?:[(（][^()（）]{1,10}[)）])?$"
)
_YEAR_BEFORE = re.compile(
    rf"(?:(?P<y1>{YEAR})(?:['’]s)?\s{{1,3}}(?:(?:revised|amended|original|new|updated)\s{{1,3}})?"
    rf"|(?P<y2>{YEAR})\s{{1,3}}(?:revision|amendment|version|text)s?\s{{1,3}}(?:of|to)\s{{1,3}}"
    r"(?:the\s{1,3})?(?:[A-Z][A-Za-z.]{1,20}['’]s\s{1,3})?"
    rf"|(?P<y3>{YEAR})\s?年(?:\s?\d{{1,2}}\s?月(?:\s?\d{{1,2}}\s?日)?)?"
    r"(?:修订|修正|修改|通过|颁布|施行|制定|出台|版)?后?的?[《〈]?)$"
)
_YEAR_AFTER = re.compile(
    rf"^(?:\s{{0,2}}[(（]\s?(?P<y1>{YEAR})\s?年?(?:\s?(?:version|revision|amendment|text))?"
    r"(?:修订|修正|修改|版|本)?\s?[)）]"
    rf"|,?\s{{1,3}}as\s{{1,3}}(?:amended|revised)\s{{1,3}}in\s{{1,3}}(?P<y2>{YEAR})"
    rf"|['’]s\s{{1,3}}(?P<y3>{YEAR})\s{{1,3}}(?:revision|version|amendment)"
    rf"|\s{{1,2}}of\s{{1,2}}(?P<y4>{YEAR}))(?![0-9])"
)
_LAWPHRASE_TOKEN = re.compile(r"(?:[A-Z][A-Za-z'’\-.&]{0,24}|(?:19|20)\d{2}|FY\s?\d{2,4})$")
_PHRASE_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "under",
        "in",
        "on",
        "of",
        "for",
        "by",
        "to",
        "from",
        "with",
        "and",
        "or",
        "but",
        "as",
        "per",
        "according",
        "while",
        "when",
        "where",
        "why",
        "how",
        "what",
        "whether",
        "if",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "it",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "can",
        "could",
        "said",
        "says",
        "say",
    ]
)
# An unknown law's name is taken as one only after "the" or a possessive ("the Trade Act",
# "China's new Foreign Investment Law"), not from any capitalised run ending in "Law".
_LED = re.compile(
    r"(?:\bthe|['’]s)\s{1,3}(?:(?:new|revised|amended|draft|proposed|landmark|so-called)\s{1,3})?$",
    re.I,
)
_PLACE_WORDS = frozenset(
    [
        "china",
        "chinese",
        "prc",
        "beijing",
        "us",
        "u.s.",
        "america",
        "american",
        "eu",
        "europe",
        "european",
        "new",
        "revised",
    ]
)


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
class _Atom:
    kind: str
    start: int
    end: int
    text: str
    year: str | None = None


@dataclass
class _Named:
    """A statute as named in the text (resolved or not)."""

    start: int
    end: int
    name: str
    statute: str | None
    ambiguous: tuple[str, ...] = ()
    version: str | None = None
    article: str | None = None  # when the name itself designates an article ("Section 230")


@dataclass
class _State:
    segments: Segments
    last_named: _Named | None = None
    last_article: tuple[_Named, str, str | None] | None = None
    fuzzy_cache: dict[str, Resolved | None] = field(default_factory=dict)
    found: list[CitationSpan] = field(default_factory=list)


class CitationFinder:
    """Finds the statute citations of a text and resolves them against ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.names = NameTable(store)
        latin, exact_case, cjk = self.names.patterns()
        parts = [
            ("usc", US_CODE),
            ("eu", EU_ACT),
            ("pl", PUBLIC_LAW),
            ("ref", ARTICLE_REF),
            ("cnref", CN_ARTICLE_REF),
            ("bracket", CN_BRACKET),
            ("name", f"{NOT_AFTER_WORD}(?i:{latin})"),
            ("acronym", f"{NOT_AFTER_WORD}{exact_case}"),
            ("cjk", f"(?i:{cjk})"),
            ("same", SAME_ARTICLE),
            ("yearrev", YEAR_REVISION),
            ("head", LAW_HEAD),
        ]
        self._kinds = [k for k, _ in parts]
        self._scanner = re.compile("|".join(f"(?P<{k}>{p})" for k, p in parts))
        self.work = Work()

    # --- public --------------------------------------------------------------------------------

    def find(self, text: str) -> list[CitationSpan]:
        """Every citation of a statute in ``text``, in order; ``self.work`` says what it cost."""
        self.work = Work(chars=len(text))
        atoms = self._atoms(text)
        state = _State(Segments(text))
        index = 0
        while index < len(atoms):
            index = self._step(text, atoms, index, state)
        state.found.sort(key=lambda c: c.start)
        return state.found

    # --- atoms ---------------------------------------------------------------------------------

    def _atoms(self, text: str) -> list[_Atom]:
        atoms: list[_Atom] = []
        for match in self._scanner.finditer(text):
            self.work.atoms += 1
            kind = match.lastgroup or ""
            if kind not in self._kinds:  # a group nested in an alternative
                kind = next(k for k in self._kinds if match.group(k) is not None)
            year = match.group("year_en") or match.group("year_cn") if kind == "yearrev" else None
            atoms.append(_Atom(kind, match.start(), match.end(), match.group(), year))
        return atoms

    # --- the walk ------------------------------------------------------------------------------

    def _step(self, text: str, atoms: list[_Atom], index: int, state: _State) -> int:
        atom = atoms[index]
        if atom.kind in ("ref", "cnref"):
            return self._reference(text, atoms, index, state)
        if atom.kind == "usc":
            self._us_code(atom, state)
            return index + 1
        if atom.kind == "same":
            self._same_article(atom, state)
            return index + 1
        if atom.kind == "yearrev":
            self._revision(text, atoms, index, state)
            return index + 1
        named, after = self._named(text, atoms, index, state)
        if named is None:
            return index + 1
        # "X's Article 7", "X Art. 7", 《X》第七条: the reference that follows belongs to X,
        # unless it is "Article 7 of Y".
        if after < len(atoms) and atoms[after].kind in ("ref", "cnref"):
            ref = atoms[after]
            self.work.joins += 1
            if _GAP_NAME_REF.match(text[named.end : ref.start]) and not _BINDS_RIGHT.match(
                text[ref.end : ref.end + 8]
            ):
                self._emit(text, state, named.start, ref.end, named, self._items(ref))
                return after + 1
        self._emit(text, state, named.start, named.end, named, [])
        return after

    def _reference(self, text: str, atoms: list[_Atom], index: int, state: _State) -> int:
        ref = atoms[index]
        items = self._items(ref)
        if not items:
            return index + 1
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        after_text = text[ref.end : ref.end + 80]
        self.work.joins += 1
        # "Article 7 of [China's] [2017] X", "Article 17 GDPR"
        if (
            ref.kind == "ref"
            and nxt is not None
            and nxt.kind not in ("ref", "cnref", "usc", "same", "yearrev")
            and nxt.start - ref.end <= 80
        ):
            named, after = self._named(text, atoms, index + 1, state, explicit=True)
            if named is not None and _GAP_REF_NAME.match(text[ref.end : named.start]):
                named = self._with_reference(named, ref, items)
                self._emit(text, state, ref.start, named.end, named, items)
                return after
        # "Article 7 of the law", "its Article 28", 该法第七条: the law named before.
        anaphor = _ANAPHOR_AFTER.match(after_text)
        before = text[max(0, ref.start - _WINDOW) : ref.start]
        if anaphor or _ANAPHOR_BEFORE.search(before):
            context = self._context(ref.start, state, strict=False)
            if context is not None:
                end = ref.end + (anaphor.end() if anaphor else 0)
                if anaphor and anaphor["year"] and context.statute:
                    context = _replace(
                        context,
                        version=self.names.version_for_year(context.statute, int(anaphor["year"])),
                    )
                self._emit(text, state, ref.start, end, context, items)
            return index + 1
        if ref.kind == "ref":
            # "Section 889 of the FY2019 NDAA"
            acronym = _OF_SOMETHING.match(after_text)
            if acronym:
                name = _ACRONYM_AFTER.match(after_text[acronym.end() :])
                if name:
                    named = self._resolve_words(name["name"], ref.end + acronym.end(), state)
                    named = self._with_reference(named, ref, items)
                    named.end = ref.end + acronym.end() + name.end()
                    self._emit(text, state, ref.start, named.end, named, items)
                    return index + 1
                return index + 1  # "Article 7 of the contract": not a statute's
            self.work.lookups += 1
            alias = self.names.by_ref(ref.text)
            if alias is not None:
                if alias.article and len(items) == 1:
                    items = [RefItem(alias.article, items[0].subdivision)]
                named = _Named(ref.start, ref.end, ref.text, alias.statute, alias.ambiguous)
                self._emit(text, state, ref.start, ref.end, named, items)
                return index + 1
            if _OWNER_BEFORE.search(before):
                return index + 1  # "the report's section 2"
        else:
            if _CN_NOT_LAW_BEFORE.search(before):
                return index + 1  # 合同第七条
            unknown = _CN_UNKNOWN_BEFORE.search(text[max(0, ref.start - 24) : ref.start])
            previous_end = atoms[index - 1].end if index else 0
            if unknown and ref.start - len(unknown["name"]) >= previous_end:
                words = _cn_name(unknown["name"])
                if len(words) >= 3:
                    named = self._resolve_words(words, ref.start - len(words), state)
                    named.end = ref.start
                    self._emit(text, state, named.start, ref.end, named, items)
                    return index + 1
        context = self._context(ref.start, state, strict=ref.kind == "cnref")
        if context is not None:
            self._emit(text, state, ref.start, ref.end, context, items)
        return index + 1

    def _named(
        self, text: str, atoms: list[_Atom], index: int, state: _State, *, explicit: bool = False
    ) -> tuple[_Named | None, int]:
        """The statute that atom ``index`` names (with a parenthesised second name, "National
        Intelligence Law (国家情报法)", folded into it), and the index of the next atom."""
        named = self._name_of(text, atoms, index, state, explicit)
        if named is None:
            return None, index + 1
        after = index + 1
        if after < len(atoms):
            gap = text[named.end : atoms[after].start]
            self.work.joins += 1
            if _GAP_PARENTHESIS.match(gap):
                second = self._name_of(text, atoms, after, state, explicit)
                close = _CLOSE_PARENTHESIS.match(text[atoms[after].end : atoms[after].end + 4])
                if second is not None and close and _same_statute(named, second):
                    merged = named if named.statute or not second.statute else second
                    named = _replace(
                        merged,
                        start=named.start,
                        end=atoms[after].end + close.end(),
                        name=named.name,
                        version=named.version or second.version,
                    )
                    after += 1
        floor = 0
        if index:
            # "2023年修订的反间谍法": the revision's year belongs to the name that follows it.
            previous = atoms[index - 1]
            floor = previous.start if previous.kind == "yearrev" else previous.end
        ceiling = atoms[after].start if after < len(atoms) else len(text)
        return self._versioned(text, named, floor, ceiling), after

    def _name_of(
        self, text: str, atoms: list[_Atom], index: int, state: _State, explicit: bool
    ) -> _Named | None:
        """The statute atom ``index`` names; ``explicit`` when a reference says "of" it, so that
        an unknown law's name counts even without "the" before it."""
        atom = atoms[index]
        previous_end = atoms[index - 1].end if index else 0
        self.work.lookups += 1
        if atom.kind in ("name", "acronym", "cjk"):
            found = self.names.by_name(atom.text)
            named = _Named(atom.start, atom.end, atom.text, None)
            if found is not None:
                named = _Named(atom.start, atom.end, atom.text, found.statute, found.ambiguous)
            return self._longer_name(text, named, previous_end, state)
        if atom.kind == "bracket":
            words = atom.text[1:-1].strip()
            named = self._resolve_words(words, atom.start, state)
            named.end = atom.end
            followed = index + 1 < len(atoms) and atoms[index + 1].start == atom.end
            if named.statute or named.ambiguous or _CN_LAW_NAME.search(words) or followed:
                return named
            return None  # 《人民日报》: a newspaper, not a law
        if atom.kind == "eu":
            number = EU_NUMBER_RE.match(atom.text)
            found = self.names.by_eu_number(number["num"]) if number else None
            return _from(atom, found)
        if atom.kind == "pl":
            number = PUBLIC_LAW_RE.search(atom.text)
            found = (
                self.names.by_public_law(f"{number['congress']}-{number['num']}")
                if number
                else None
            )
            return _from(atom, found)
        if atom.kind == "head":
            return self._phrase(text, atom, previous_end, state, explicit)
        return None

    def _phrase(
        self, text: str, head: _Atom, floor: int, state: _State, explicit: bool
    ) -> _Named | None:
        """An unknown statute's name ending in a head word: "the Trade Act of 1974", "China's
        Intelligence Law". The capitalised words before the head word are its name."""
        start = head.start
        tokens = 0
        owner = False
        window_start = max(floor, head.start - 160)
        while tokens < 7:
            word_start = _word_before(text, start, window_start)
            if word_start is None:
                break
            bare = text[word_start:start].rstrip()
            if not _LAWPHRASE_TOKEN.match(bare) or bare.lower() in _PHRASE_STOP:
                break
            start = word_start
            tokens += 1
            if re.search(r"['’]s$", bare):
                owner = True
                break
        self.work.joins += tokens + 1
        words = text[start : head.end]
        if tokens == 0 or (owner and tokens == 1):
            return None  # "the Act", "China's Law": a reference to a law named elsewhere
        before = text[max(floor, start - 24) : start]
        led = bool(_LED.search(before)) or owner or explicit
        named = self._resolve_words(words, start, state)
        named.end = head.end
        if named.statute or named.ambiguous or led:
            return named
        return None

    def _longer_name(self, text: str, named: _Named, floor: int, state: _State) -> _Named:
        """A name found in the store may be the tail of a longer name that designates another
        statute ("Hong Kong National Security Law" ends in "National Security Law")."""
        before = text[max(floor, named.start - 40) : named.start]
        lead = re.search(r"((?:[A-Z][A-Za-z]{1,20}\s{1,2}){1,3})$", before)
        if lead is None:
            return named
        words = [w for w in lead.group(1).split() if w.lower() not in _PLACE_WORDS]
        if not words or words[0].lower() in _PHRASE_STOP:
            return named
        longer = text[named.start - len(lead.group(1)) : named.end]
        self.work.lookups += 1
        found = self.names.by_name(longer) or self._fuzzy(longer, state)
        if found is not None and found.statute and found.statute != named.statute:
            return _Named(
                named.start - len(lead.group(1)), named.end, longer, found.statute, found.ambiguous
            )
        return named

    def _resolve_words(self, words: str, start: int, state: _State) -> _Named:
        self.work.lookups += 1
        found = self.names.by_name(words) or self._fuzzy(words, state)
        if found is None:
            return _Named(start, start + len(words), words, None)
        return _Named(start, start + len(words), words, found.statute, found.ambiguous)

    def _fuzzy(self, words: str, state: _State) -> Resolved | None:
        if words in state.fuzzy_cache:
            return state.fuzzy_cache[words]
        if len(state.fuzzy_cache) >= MAX_FUZZY_LOOKUPS:
            return None
        self.work.fuzzy_lookups += 1
        found, compared = self.names.fuzzy(words)
        self.work.fuzzy_comparisons += compared
        state.fuzzy_cache[words] = found
        return found

    def _with_reference(self, named: _Named, ref: _Atom, items: list[RefItem]) -> _Named:
        """ "Section 301 of the Trade Act of 1974": the store may know this pair as an article
        of a statute even where it does not know the name alone."""
        if len(items) != 1:
            return named
        self.work.lookups += 1
        found = self.names.by_compound(named.name, items[0].number)
        if found is not None:
            return _replace(named, statute=found.statute, ambiguous=found.ambiguous)
        if named.statute is None and not named.ambiguous:
            alias = self.names.by_ref(ref.text)
            if alias and alias.statute and self.names.compatible(alias.statute, named.name):
                return _replace(named, statute=alias.statute)
        return named

    def _versioned(self, text: str, named: _Named, floor: int, ceiling: int) -> _Named:
        if named.statute is None:
            return named
        back = _YEAR_BEFORE.search(text[max(floor, named.start - _WINDOW) : named.start])
        ahead = _YEAR_AFTER.match(text[named.end : min(ceiling, named.end + _WINDOW)])
        self.work.joins += 2
        year = None
        if back:
            year = back["y1"] or back["y2"] or back["y3"]
        if ahead and year is None:
            year = ahead["y1"] or ahead["y2"] or ahead["y3"] or ahead["y4"]
        if year is None:
            return named
        start, end = named.start, named.end
        if back and back["y1"] and back.end() - back.start() <= 12:
            start = named.start - (back.end() - back.start())
        if ahead and ahead["y1"]:
            end = named.end + ahead.end()
        version = self.names.version_for_year(named.statute, int(year))
        return _replace(named, start=start, end=end, version=version)

    def _us_code(self, atom: _Atom, state: _State) -> None:
        parsed = parse_us_code(atom.text)
        if parsed is None:
            return
        title, items = parsed
        for item in items:
            self.work.lookups += 1
            found = self.names.by_us_code(title, item.number)
            named = _Named(atom.start, atom.end, f"{title} U.S.C.", None)
            if found is not None:
                named = _Named(atom.start, atom.end, named.name, found.statute, found.ambiguous)
                if found.article:
                    item = RefItem(found.article, item.subdivision)
            self._emit(state.segments.text, state, atom.start, atom.end, named, [item])

    def _same_article(self, atom: _Atom, state: _State) -> None:
        last = state.last_article
        if last is None or not self._near(last[0].start, atom.start, state, strict=False):
            return
        named, number, sub = last
        state.found.append(
            CitationSpan(
                atom.text,
                atom.start,
                atom.end,
                named.statute,
                number,
                named.version,
                sub,
                named.name,
                named.ambiguous,
            )
        )
        state.last_article = (_replace(named, start=atom.start), number, sub)

    def _revision(self, text: str, atoms: list[_Atom], index: int, state: _State) -> None:
        atom = atoms[index]
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        if nxt is not None and re.match(
            r"^(?:\s{1,3}(?:of|to)\s{1,3}(?:the\s{1,3})?|的?)$", text[atom.end : nxt.start]
        ):
            return  # "the 2023 revision of the Counter-espionage Law": the name carries the year
        context = self._context(atom.start, state, strict=False)
        if context is None or context.statute is None or atom.year is None:
            return
        version = self.names.version_for_year(context.statute, int(atom.year))
        named = _replace(context, start=atom.start, end=atom.end, version=version)
        self._emit(text, state, atom.start, atom.end, named, [])

    # --- context -------------------------------------------------------------------------------

    def _context(self, pos: int, state: _State, *, strict: bool) -> _Named | None:
        last = state.last_named
        if last is None or not self._near(last.start, pos, state, strict=strict):
            return None
        return last

    def _near(self, then: int, now: int, state: _State, *, strict: bool) -> bool:
        """Strict: the same or the previous sentence. Otherwise also the same or the previous
        paragraph (a news story names the law, then goes on about "Article 7")."""
        segments = state.segments
        self.work.joins += 1
        if segments.sentence(now) - segments.sentence(then) <= 1:
            return True
        return not strict and segments.paragraph(now) - segments.paragraph(then) <= 1

    # --- output --------------------------------------------------------------------------------

    def _items(self, atom: _Atom) -> list[RefItem]:
        if atom.kind == "cnref":
            return parse_cn_items(atom.text)
        return parse_en_items(atom.text)

    def _emit(
        self,
        text: str,
        state: _State,
        start: int,
        end: int,
        named: _Named,
        items: list[RefItem],
    ) -> None:
        words = state.segments.text[start:end]
        if not items:
            article = named.article
            state.found.append(
                CitationSpan(
                    words,
                    start,
                    end,
                    named.statute,
                    article,
                    named.version,
                    None,
                    named.name,
                    named.ambiguous,
                )
            )
        for item in items:
            number, sub = item.number, item.subdivision
            if named.statute:
                number, sub = self.names.article(named.statute, number, sub)
            state.found.append(
                CitationSpan(
                    words,
                    start,
                    end,
                    named.statute,
                    number,
                    named.version,
                    sub,
                    named.name,
                    named.ambiguous,
                )
            )
            state.last_article = (_replace(named, start=start), number, sub)
        # Every citation, explicit or resolved from context, keeps the law "in the air" for the
        # next bare "Article 14" (a story names the law once, then cites its articles).
        state.last_named = _replace(named, start=start, end=end)


def _replace(named: _Named, **changes: object) -> _Named:
    values = {**named.__dict__, **changes}
    return _Named(**values)  # type: ignore[arg-type]


def _from(atom: _Atom, found: Resolved | None) -> _Named:
    if found is None:
        return _Named(atom.start, atom.end, atom.text, None)
    return _Named(atom.start, atom.end, atom.text, found.statute, found.ambiguous)


def _same_statute(first: _Named, second: _Named) -> bool:
    if first.statute and second.statute:
        return first.statute == second.statute
    if first.statute and second.ambiguous:
        return first.statute in second.ambiguous
    if second.statute and first.ambiguous:
        return second.statute in first.ambiguous
    return True


def _word_before(text: str, pos: int, floor: int) -> int | None:
    """Where the word that ends (with one or two spaces) just before ``pos`` starts."""
    end = pos
    while end > floor and pos - end < 2 and text[end - 1] in " \t\n":
        end -= 1
    if end == pos or end <= floor:
        return None
    start = end
    while start > floor and end - start < 30 and not text[start - 1].isspace():
        start -= 1
    if start > floor and not text[start - 1].isspace():
        return None
    return start


def _cn_name(words: str) -> str:
    """The law's name at the end of a run of Chinese characters: 根据反恐怖主义法 → 反恐怖主义法."""
    if "的" in words:
        words = words[words.rfind("的") + 1 :]
    for _ in range(6):
        match = _CN_FILLER.match(words)
        if match is None or len(words) - match.end() < 3:
            break
        words = words[match.end() :]
    return words


def find_citations(text: str, store: Store) -> list[CitationSpan]:
    """Convenience: the citations of ``text`` against ``store`` (builds a finder each call)."""
    return CitationFinder(store).find(text)
