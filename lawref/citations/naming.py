"""Reading the name of a statute at one piece of a citation: a name of the store, a 《…》 title,
an EU act or Public Law number, or an unknown law's name ending in "Act"/"Law"; a parenthesised
second name ("National Intelligence Law (国家情报法)"); and the version a year or "revised" picks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lawref.citations.name_table import NameTable
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.resolved import Resolved
from lawref.citations.scan_records import (
    Atom,
    Named,
    Work,
    named_from,
    replace_named,
    same_statute,
)
from lawref.citations.templates import CitationGrammar
from lawref.citations.windows import WINDOW, Windows, word_before
from lawref.text.regex_code import constant

# A fuzzy lookup compares a phrase with every name of the store: at most this many distinct
# phrases per document are looked up (the rest are listed as unknown), so hostile input cannot
# multiply the work by the size of the store.
MAX_FUZZY_LOOKUPS = 500
# How far after a name the words that make it a draft's may reach: " (Proposal 25.11.2022)",
# (草案二次审议稿), and the word after "Draft" that makes it another instrument's draft: " (Draft
# Guidelines)", " (draft Code of Practice)" (joins.yaml's draft_after).
_DRAFT_AFTER = 32
_CAPITALISED_WORDS_AT_END = constant(r"((?:[A-Z][A-Za-z]{1,20}\s{1,2}){1,3})$")
# A capitalised word glued to the bracket or quotation mark that opens it, "(Stored" in "通信傍受法
# (Stored Communications Act, SCA)": the first word of the name, which the bracket starts.
_OPENED_WORD = constant(r"[(（\[“\"‘]([A-Z][A-Za-z'’\-.&]{0,24})\s{1,2}\Z")
# An acronym spelt out in brackets before the head word: "The CHIPS (Creating Helpful Incentives
# to Produce Semiconductors) Act" is the CHIPS Act.
_SPELT_OUT = constant(r"(?<![A-Za-z0-9])([A-Z]{2,10})\s{0,2}\([^()\n]{3,120}\)\s{1,2}\Z")


def _named_after_head(head: str) -> bool:
    """Whether a head word's atom names its law after the head word, as French names a code
    ("Code pénal", "code du travail"), not as English goes on after one ("Act of 1974",
    "Convention on Human Rights": the name is the words before, or the head and its "of")."""
    words = head.split()
    return len(words) > 1 and words[1].lower() not in ("of", "on")


class Naming:
    """Reads statute names for one :class:`~lawref.citations.find.CitationFinder`; per document,
    :meth:`begin` resets the work counter it adds to and the cache of fuzzy lookups."""

    def __init__(
        self,
        names: NameTable,
        grammar: CitationGrammar,
        jurisdiction: Callable[[str], str | None] = lambda statute: None,
    ) -> None:
        self.names = names
        self.jurisdiction = jurisdiction  # a stored statute's jurisdiction (place_in_title.py)
        self.grammar = grammar
        self.windows = Windows.of(grammar)
        self.work = Work()
        self.cache: dict[str, Resolved | None] = {}
        self.original = ""

    def begin(self, work: Work, original: str) -> None:
        """Start on a document: ``original`` is its text as written (the walk reads a Simplified
        form with the same offsets; names are reported in the words of the original)."""
        self.work = work
        self.cache = {}
        self.original = original

    def named(
        self, text: str, atoms: list[Atom], index: int, *, explicit: bool = False
    ) -> tuple[Named | None, int]:
        """The statute that atom ``index`` names (with a parenthesised second name, "National
        Intelligence Law (国家情报法)", folded into it), and the index of the next atom."""
        named = self.name_of(text, atoms, index, explicit)
        self.work.joins += 1
        if named is None or self.windows.runs_on_after.match(text[named.end : named.end + 2]):
            # 基本法律 ("basic laws"): the name is the start of a longer word, not a name.
            return None, index + 1
        after = index + 1
        if after < len(atoms):
            gap = text[named.end : atoms[after].start]
            self.work.joins += 1
            if self.windows.gap_parenthesis.match(gap):
                second = self.name_of(text, atoms, after, explicit)
                close = self.windows.close_parenthesis.match(
                    text[atoms[after].end : atoms[after].end + 4]
                )
                # "Directive 95/46/EC (General Data Protection Regulation)": an act by its number
                # is only its own number's act.
                numbered = atoms[index].kind == "act" and named.statute is None
                if second is not None and close and not numbered and same_statute(named, second):
                    merged = named if named.statute or not second.statute else second
                    named = replace_named(
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
        # "《反间谍法》（2023年修订）第一条": a revision in brackets after the name is the name's.
        bracketed = after < len(atoms) and atoms[after].kind == "yearrev"
        ceiling = len(text)
        if after + bracketed < len(atoms):
            ceiling = atoms[after + bracketed].start
        named = self.drafted(text, self.versioned(text, named, floor, ceiling), floor)
        if bracketed and atoms[after].end <= named.end:
            after += 1
        return named, after

    def name_of(self, text: str, atoms: list[Atom], index: int, explicit: bool) -> Named | None:
        """The statute atom ``index`` names; ``explicit`` when a reference says "of" it, so that
        an unknown law's name counts even without "the" before it."""
        atom = atoms[index]
        previous_end = atoms[index - 1].end if index else 0
        self.work.lookups += 1
        if atom.kind in ("name", "acronym", "cjk"):
            found = self.names.by_name(atom.text)
            # "the CLOUD Act": an act the store holds sections of, named whole (whole_acts.py)
            named = Named(
                atom.start, atom.end, atom.text, None, note=self.names.whole_act(atom.text)
            )
            if found is not None:
                named = Named(
                    atom.start,
                    atom.end,
                    atom.text,
                    found.statute,
                    found.ambiguous,
                    None,
                    found.article,
                )
            return self.longer_name(text, named, previous_end)
        if atom.kind == "bracket":
            words = atom.text[1:-1].strip()
            from lawref.citations.title_words import title_named

            named = title_named(self.resolve_words, text, atom.start, words)
            if not (named.statute or named.ambiguous):
                # 《欧盟通用数据保护条例》: the place inside the marks (place_in_title.py)
                from lawref.citations.place_in_title import place_in_title

                placed = place_in_title(
                    self.windows.foreign_before,
                    self.resolve_words,
                    self.jurisdiction,
                    atom.start,
                    words,
                )
                named = placed or named
            named.end = atom.end
            followed = index + 1 < len(atoms) and atoms[index + 1].start == atom.end
            if (
                named.statute
                or named.ambiguous
                or self.windows.cn_law_name.search(words)
                or followed
            ):
                return named
            return None  # 《人民日报》: a newspaper, not a law
        if atom.kind == "act" and atom.template is not None:
            number = atom.template.key(text, atom.start)
            table = atom.template.template.table or ""
            found = self.names.by_number(table, number) if number else None
            return named_from(atom, found)
        if atom.kind == "head":
            return self.phrase(text, atom, previous_end, explicit)
        return None

    def phrase(self, text: str, head: Atom, floor: int, explicit: bool) -> Named | None:
        """An unknown statute's name ending in a head word: "the Trade Act of 1974", "China's
        Intelligence Law". The capitalised words before the head word are its name."""
        start = head.start
        tokens = 0
        owner = False
        window_start = max(floor, head.start - 160)
        spelt = _SPELT_OUT.search(text, window_start, start)
        if spelt is not None:
            named = self.resolve_words(f"{spelt.group(1)} {head.text}", spelt.start(1))
            if named.statute or named.ambiguous:
                return replace_named(
                    named, end=head.end, name=self.original[spelt.start(1) : head.end]
                )
        while tokens < 7:
            word_start = word_before(text, start, window_start)
            bare = text[word_start:start].rstrip() if word_start is not None else ""
            if (
                word_start is None
                or not self.windows.lawphrase_token.match(bare)
                or bare.lower() in self.windows.phrase_stop
            ):
                opened = _OPENED_WORD.search(text, window_start, start)
                if opened and opened.group(1).lower() not in self.windows.phrase_stop:
                    # "(Stored Communications Act": not "Communications Act"
                    start = opened.start(1)
                    tokens += 1
                break
            start = word_start
            tokens += 1
            if re.search(r"['’]s$", bare):
                owner = True
                break
        self.work.joins += tokens + 1
        words = self.original[start : head.end]
        if tokens == 0 and explicit and _named_after_head(head.text):
            # "l'article 226-18 du Code pénal": the head word first and the name after it is a
            # whole name (fr.yaml's fr-code), the law the reference is of, stored or not
            named = self.resolve_words(head.text, head.start)
            named.end = head.end
            return named
        if tokens == 0 or (owner and tokens == 1):
            return None  # "the Act", "China's Law": a reference to a law named elsewhere
        before = text[max(floor, start - 24) : start]
        led = bool(self.windows.led.search(before)) or owner or explicit
        named = self.resolve_words(words, start)
        named.end = head.end
        if named.statute or named.ambiguous or led:
            return named
        return None

    def longer_name(self, text: str, named: Named, floor: int) -> Named:
        """A name found in the store may be the tail of a longer name that designates another
        statute ("Hong Kong National Security Law" ends in "National Security Law")."""
        before = text[max(floor, named.start - 40) : named.start]
        lead = _CAPITALISED_WORDS_AT_END.search(before)
        if lead is None:
            return named
        words = [w for w in lead.group(1).split() if w.lower() not in self.windows.place_words]
        if not words or words[0].lower() in self.windows.phrase_stop:
            return named
        longer = self.original[named.start - len(lead.group(1)) : named.end]
        self.work.lookups += 1
        found = self.names.by_name(longer) or self.fuzzy(longer)
        if found is not None and found.statute and found.statute != named.statute:
            return Named(
                named.start - len(lead.group(1)), named.end, longer, found.statute, found.ambiguous
            )
        return named

    def resolve_words(self, words: str, start: int) -> Named:
        self.work.lookups += 1
        found = self.names.by_name(words) or self.fuzzy(words)
        if found is None:
            return Named(start, start + len(words), words, None)
        return Named(start, start + len(words), words, found.statute, found.ambiguous)

    def fuzzy(self, words: str) -> Resolved | None:
        if words in self.cache:
            return self.cache[words]
        if len(self.cache) >= MAX_FUZZY_LOOKUPS:
            return None
        self.work.fuzzy_lookups += 1
        found, compared = self.names.fuzzy(words)
        self.work.fuzzy_comparisons += compared
        self.cache[words] = found
        return found

    def with_reference(self, named: Named, ref: Atom, items: list[RefItem]) -> Named:
        """ "Section 301 of the Trade Act of 1974": the store may know this pair as an article
        of a statute even where it does not know the name alone."""
        if len(items) != 1:
            return named
        self.work.lookups += 1
        found = self.names.by_compound(named.name, items[0].number)
        if found is not None:  # "Section 103 of the CLOUD Act": a section, not the whole act
            return replace_named(named, statute=found.statute, ambiguous=found.ambiguous, note=None)
        if named.statute is None and not named.ambiguous:
            alias = self.names.by_ref(ref.text, self.grammar)
            if alias and alias.statute and self.names.compatible(alias.statute, named.name):
                return replace_named(
                    named, statute=alias.statute, note=f"name imprecise: {named.name}"
                )
        return named

    def versioned(self, text: str, named: Named, floor: int, ceiling: int) -> Named:
        if named.statute is None:
            return named
        back = self.windows.year_before.search(text[max(floor, named.start - WINDOW) : named.start])
        ahead = self.windows.year_after.match(text[named.end : min(ceiling, named.end + WINDOW)])
        self.work.joins += 2
        year = None
        if back:
            year = back["y1"] or back["y2"] or back["y3"]
        if ahead and year is None:
            year = ahead["y1"] or ahead["y2"] or ahead["y3"] or ahead["y4"]
        if year is None:
            revised = self.windows.revised_before.search(
                text[max(floor, named.start - 24) : named.start]
            )
            if revised:
                return replace_named(named, version=self.names.latest_version(named.statute))
            return named
        start, end = named.start, named.end
        if back and back["y1"] and back.end() - back.start() <= 12:
            start = named.start - (back.end() - back.start())
        if ahead and ahead["y1"]:
            end = named.end + ahead.end()
        version = self.names.version_for_year(named.statute, int(year))
        adopted = self.names.adopted_year(named.statute)
        if version is None and adopted is not None and int(year) < adopted:
            # "1993年《国家安全法》": the statute did not exist then; another law of that name.
            note = f"{year}: before {named.statute} was adopted ({adopted}), another law"
            return replace_named(named, start=start, end=end, statute=None, note=note)
        return replace_named(named, start=start, end=end, version=version)

    def drafted(self, text: str, named: Named, floor: int) -> Named:
        """ "the draft Data Security Law", 数据安全法草案: a draft is not the law in force (its
        articles are numbered otherwise): not resolved, with a note."""
        if named.statute is None and not named.ambiguous:
            return named
        self.work.joins += 3
        before = self.windows.draft_before.search(text[max(floor, named.start - 32) : named.start])
        after = self.windows.draft_after.match(text[named.end : named.end + _DRAFT_AFTER])
        draft_of = named.statute or "|".join(named.ambiguous)
        body = self.windows.body_named_after.match(text[named.end : named.end + 12])
        if body is not None:
            # 基本法委员会, "the CHIPS for America Fund": a body named after the law
            end = named.end + body.end()
            words = self.original[named.start : end]
            note = f"a body: {words} (not {draft_of})"
            return replace_named(
                named, end=end, name=words, statute=None, ambiguous=(), note=note, body=True
            )
        another = self.windows.another_after.match(text[named.end : named.end + 40])
        if another is not None:
            # "FISA Amendments Act": another instrument, named after the statute.
            end = named.end + another.end()
            words = self.original[named.start : end]
            note = f"another instrument: {words} (not {draft_of})"
            return replace_named(named, end=end, name=words, statute=None, ambiguous=(), note=note)
        # Read past the floor: the instrument's own head word ("Rules") may be the atom before.
        instrument = self.windows.another_before.search(
            text[max(0, named.start - 64) : named.start]
        )
        if instrument is not None:
            # "the Implementation Rules for the Counter-espionage Law", "the Applied GDPR".
            start = named.start - len(instrument.group())
            words = self.original[start : named.end]
            note = f"another instrument: {words} (not {draft_of})"
            return replace_named(
                named, start=start, name=words, statute=None, ambiguous=(), note=note
            )
        framed = self._implementing(text, named)
        if framed is not None:
            # 云南省实施《反恐怖主义法》办法, 关于修改网络安全法的决定: an instrument that implements
            # or amends the law, named after it.
            start, end = framed
            words = self.original[start:end]
            note = f"another instrument: {words} (not {draft_of})"
            return replace_named(
                named, start=start, end=end, name=words, statute=None, ambiguous=(), note=note
            )
        former = self.windows.former_before.search(text[max(floor, named.start - 4) : named.start])
        if (
            former is not None
            and named.statute
            and self.names.latest_version(named.statute) is None
        ):
            # 原国家安全法: the law this one replaced (a statute with versions keeps its name).
            note = f"the former law of that name, not {named.statute}"
            return replace_named(named, statute=None, ambiguous=(), note=note)
        if before is None and after is None:
            return named
        note = f"a draft of {draft_of}"
        return replace_named(named, statute=None, ambiguous=(), note=note, draft=True)

    def _implementing(self, text: str, named: Named) -> tuple[int, int] | None:
        """Where the title of an instrument implementing or amending the named law starts and
        ends (实施《…》办法, 实施《…》的规定 as a title, 修改…的决定), or None. 的规定 after 实施 is
        a title only where the title ends (a line's end, 》, an article number after it):
        "认真实施《网络安全法》的规定" implements the law's provisions; 修改…的规定 amends them."""
        before = self.windows.implemented_before.search(
            text[max(0, named.start - 12) : named.start]
        )
        after = self.windows.implementing_after.match(text[named.end : named.end + 12])
        if before is None or after is None:
            return None
        amends = before.group("amends") is not None
        kind = after.group("kind")
        if amends and kind not in ("决定", "決定"):
            return None
        titled = after.group("title_end") is not None
        if kind in ("规定", "規定") and not (
            titled and (after.group("of") is not None or after.group("told") is not None)
        ):
            return None  # 实施…法规定的义务: the law's provisions, not a title
        end = named.end + after.end("kind")
        return named.start - len(before.group()), end
