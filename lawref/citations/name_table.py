"""What the store says about how its statutes are cited: names, citation forms, versions.

Built once per store: every title and alias of every statute, and every ``cited_as`` of every
article, is sorted by its shape — a plain name ("National Intelligence Law", 国家情报法) goes into
the name trie and the exact and fuzzy tables; a US Code form ("47 U.S.C. 230") into the US Code
table; "Regulation (EU) 2016/679" and "Pub. L. 115-232" by their numbers; a section form
("Section 301", "Section 301 of the Trade Act of 1974", "DPA § 721") into the tables of
article references. Nothing about any particular statute is written in code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from lawref.citations.captions import caption_table
from lawref.citations.code_sections import CODE_SECTION
from lawref.citations.fuzzy import HEAD_WORDS, STOPWORDS, FuzzyNames
from lawref.citations.name_forms import (
    CJK_CHARACTER,
    HANGUL_CHARACTER,
    key,
    place_rules,
    ref_key,
    regional_names,
    simplified,
    strip_place,
)
from lawref.citations.pattern_pieces import trie_pattern
from lawref.citations.resolved import Resolved, best_scored, only_one
from lawref.citations.templates import CitationGrammar, shipped_grammar
from lawref.citations.whole_acts import WHOLE_ACT_WORDS, whole_act_names, whole_act_note
from lawref.store.files import Store
from lawref.store.versions import dated_versions, in_force_among, version_years, versions_with_text
from lawref.text.regex_code import constant

_TRAILING_NUMBER = constant(r"(?<![\d.§])\s(\d{1,5})$")
_TRAILING_YEAR = constant(r"\s+(?:of\s+)?(?:19|20)\d{2}$")
# The acts an EU title repeals or amends, "and repealing Directive 95/46/EC": not the titled act's
# own words (the GDPR is no directive), up to its short name in brackets at the end.
_OTHER_ACTS = constant(r"\b(?:repealing|amending)\s[^()]*(?:\([A-Z]{1,8}\)[^()]*)*")


# The Union's name before a Japanese or Chinese name of one of its laws (EU AI法).
_UNION_NAMED = constant(r"EU[ \-]?(?=[A-Za-z]{0,4}[\u3040-\u30ff\u3400-\u9fff])")


class NameTable:
    """The store's names and citation forms, indexed for the citation finder."""

    def __init__(self, store: Store, grammar: CitationGrammar | None = None) -> None:
        # Plain data only (no reference to the store), so that the table can be kept in the
        # compiled cache beside the store (see CitationFinder).
        self.exact: dict[str, set[str]] = defaultdict(set)
        self.loose: dict[str, set[str]] = defaultdict(set)  # keys of names without place words
        self.bare: dict[str, set[tuple[str, str | None]]] = defaultdict(set)  # "section 230"
        self.compound: dict[tuple[str, str], set[tuple[str, str | None]]] = defaultdict(set)
        # (table, title, section) → statutes and articles: "47 U.S.C. 230"
        self.codes: dict[tuple[str, str, str], set[tuple[str, str | None]]] = defaultdict(set)
        self.code_titles: dict[tuple[str, str], set[str]] = defaultdict(set)
        # (table, key) → statutes: "Regulation (EU) 2016/679", "Pub. L. 115-232"
        self.numbers: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.local_refs: dict[tuple[str, str], str] = {}  # (statute, "301") → "2411"
        self.name_articles: dict[str, tuple[str, str]] = {}  # key("CDA 230") → (statute, "230")
        self.name_tokens: dict[str, set[str]] = defaultdict(set)  # words and initials, by statute
        # a Japanese rendering that names the Chinese law only after the state's name: its bare
        # form and the statute (citations/named_in_full.py)
        self.named_in_full: dict[str, str] = {}
        self.trie_latin: set[str] = set()  # case folded: several words
        self.trie_exact_case: set[str] = set()  # one word ("GDPR", "NIL"): case kept
        self.trie_cjk: set[str] = set()
        self._fuzzy = FuzzyNames()
        self._ending_in_section: list[tuple[str, str, str]] = []  # ("fisa702", statute, "702")
        self._articles: dict[str, set[str]] = {}
        # a code section's number → the stored code sections of that number: "Section 2713" is
        # 18 U.S.C. 2713 where the law read for it lacks the number (citations/code_sections.py)
        self._code_sections: dict[str, set[str]] = defaultdict(set)
        self._years: dict[str, list[tuple[int, int, str]]] = {}
        self._latest: dict[str, str] = {}
        self._with_text: dict[str, frozenset[str]] = {}  # the versions whose text is stored
        self._dated: dict[str, tuple[tuple[dt.date, str], ...]] = {}  # of several with text
        self.grammar = grammar = grammar or shipped_grammar()
        self.place = place_rules(grammar)
        en_refs = grammar.reference_pattern("en")
        self._ref_start = re.compile(
            rf"^(?P<ref>{en_refs})\s{{0,3}}(?:,\s{{0,3}})?(?:of\s+)?(?P<name>.*)$"
        )
        self._ref_end = re.compile(rf"^(?P<name>.+?)[,\s]\s{{0,3}}(?P<ref>{en_refs})$")
        # "外国情报监视法第702节": a Chinese name and a reference by an Arabic number (name_forms.py)
        self._ref_cjk_end = re.compile(
            r"^(?P<name>[^第]+?)(?P<ref>第\s{0,2}[0-9]{1,5}\s{0,2}(?:条款|條款|条|條|节|節))$"
        )
        headings: list[tuple[str, str, str | None]] = []
        for statute in store:
            self._articles[statute.id] = {a.number for a in statute.articles}
            if statute.kind == CODE_SECTION:
                for article in statute.articles:
                    self._code_sections[article.number].add(statute.id)
            self._years[statute.id] = version_years(statute)
            self._with_text[statute.id] = frozenset(v.id for v in versions_with_text(statute))
            if len(versions_with_text(statute)) > 1:
                self._dated[statute.id] = dated_versions(statute)
            if len(statute.versions) > 1:
                self._latest[statute.id] = statute.latest_version()
            for name in statute.names():
                self._add(name, statute.id, None)
            for article in statute.articles:
                for form in article.cited_as:
                    self._add(form, statute.id, article.number)
                if article.heading:
                    headings.append((statute.id, article.number, article.heading))
        for rule in grammar.contexts:
            # A name that means one statute in a context and another elsewhere: found by the scan;
            # outside the context, as the store reads it, or else ambiguous. A rule that reads
            # its names as a law the store lacks gives no stored law a name ("National Security
            # Act", Taiwan's, is not a name of the PRC's National Security Law anywhere).
            if rule.statute is not None and rule.statute in self._articles:
                for name in rule.names:
                    if not self.exact.get(key(name)):
                        candidates = {
                            *([rule.statute] if rule.statute else []),
                            *(s for s in rule.instead_of if s in self._articles),
                        }
                        for statute_id in candidates:
                            self._add_name(name, statute_id)
        self._names_by_act_section()
        # An act the store holds only some sections of, named as a whole ("the CLOUD Act"):
        # found by the scan, it names no stored statute (citations/whole_acts.py).
        unheld = whole_act_names(grammar.words.get(WHOLE_ACT_WORDS, ()), self.exact, key)
        self.whole_acts = frozenset(key(name) for name in unheld)
        self.trie_latin.update(unheld)  # Latin names of several words (the grammar checks it)
        self.captions = caption_table(
            headings
        )  # articles by their captions (citations/captions.py)
        self._fuzzy.freeze()
        self.grammar = None  # type: ignore[assignment]  # not kept: plain data only
        self.scan_patterns = self.patterns()

    # --- building ------------------------------------------------------------------------------

    def _add(self, form: str, statute: str, article: str | None) -> None:
        form = " ".join(form.split())
        for word in re.findall(r"[A-Za-z]+", _OTHER_ACTS.sub(" ", form)):
            self.name_tokens[statute].add(word.casefold())
        code = self.grammar.match_start(("code",), form)
        if code:
            template, words = code
            title = template.groups(form).get("title")
            if title is not None:
                table, title = template.template.table or "", str(int(title))
                self.code_titles[(table, title)].add(statute)
                for item in template.items(form, 0, len(words)):
                    self.codes[(table, title, item.number)].add(
                        (statute, article or self._own_article(statute, item.number))
                    )
                return
        number = self.grammar.match_start(("act-number",), form)
        if number:
            template, _ = number
            found_key = template.key(form)
            if found_key:
                self.numbers[(template.template.table or "", found_key)].add(statute)
        ref = (
            self._ref_start.match(form)
            or self._ref_end.match(form)
            or self._ref_cjk_end.match(form)
        )
        if ref is not None:
            self._add_ref(ref["ref"], ref["name"], statute, article)
            return
        self._add_name(form, statute)

    def _add_ref(self, ref: str, name: str, statute: str, article: str | None) -> None:
        number = ref_key(ref, self.grammar)
        if number is None:
            return
        written = number.split(" ", 1)[1]
        target = article or self._own_article(statute, written)
        if target is None and len(self._articles.get(statute, ())) == 1:
            # A statute of one section, cited by the section's number in its act ("Section 889").
            (target,) = self._articles[statute]
        if target is not None and written != target:
            self.local_refs.setdefault((statute, written), target)
        name = name.strip(" ,")
        if not name:
            self.bare[number].add((statute, target))
            return
        for variant in {name, _TRAILING_YEAR.sub("", name)}:
            self.compound[(key(strip_place(variant, self.place)), written)].add((statute, target))
        initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", name))
        if len(initials) >= 2:
            self.name_tokens[statute].add(initials.casefold())

    def _add_name(self, name: str, statute: str) -> None:
        number = _TRAILING_NUMBER.search(name)
        if number and number.group(1) in self._articles.get(statute, ()):
            # "CDA 230": a name that ends with one of the statute's article numbers names it.
            self.name_articles[key(name)] = (statute, number.group(1))
        elif number:
            # "FISA 702": or with the number its act gives one of them ("Section 702"), once
            # every name is read (see _names_by_act_section).
            self._ending_in_section.append((key(name), statute, number.group(1)))
        if HANGUL_CHARACTER.search(name):
            # A Korean rendering (네트워크 안전법): exactly, as written and without its spaces,
            # found like a Chinese name (a particle may follow it: 네트워크 안전법은).
            for variant in {name, name.replace(" ", "")}:
                self.exact[key(variant)].add(statute)
                self.trie_cjk.add(variant)
            return
        if CJK_CHARACTER.search(name):
            self._fuzzy.add_chinese(key(strip_place(name, self.place)), statute)
            # The region's names exactly, not fuzzily: 個人資料保護法 is Taiwan's own law, one
            # character from 個人資訊保護法.
            for variant in regional_names(simplified(name), self.grammar):
                self.exact[key(variant)].add(statute)
                self.loose[key(strip_place(variant, self.place))].add(statute)
                self.trie_cjk.add(variant)
            # Japanese renderings (ネットワークセキュリティ法), exactly; one that is also the
            # name of another country's law only with the state's name before it.
            from lawref.citations.name_variants import japanese_names  # building only

            japanese = japanese_names(simplified(name), self.grammar, self.place[2])
            for variant, alone in japanese.items():
                self.exact[key(variant)].add(statute)
                if alone:
                    self.loose[key(strip_place(variant, self.place))].add(statute)
                else:  # 中国サイバーセキュリティ法: its bare form once it is named so
                    bare = next(variant[len(p) :] for p in self.place[2] if variant.startswith(p))
                    self.named_in_full[bare] = statute
                self.trie_cjk.add(variant)
            union = _UNION_NAMED.match(name)
            if union is not None and len(name) - union.end() >= 3:
                # EU AI法: its bare form (AI法, also Japan's own act) once it is named so, or as
                # the Union's, EUのAI法
                bare = name[union.end() :]
                self.named_in_full[bare] = statute
                self.exact[key(f"EUの{bare}")].add(statute)
                self.trie_cjk.add(f"EUの{bare}")
            return
        self.exact[key(name)].add(statute)
        stripped = strip_place(name, self.place)
        self.loose[key(stripped)].add(statute)
        if " " in name or "-" in name:
            self.trie_latin.add(name)
            if stripped != name and len(stripped.split()) >= 3:
                # the title without its state ("the Law on Foreign Relations"), found as written
                self.trie_latin.add(stripped)
        else:
            self.trie_exact_case.add(name)
        self._fuzzy.add_latin(strip_place(name, self.place), statute)

    def _names_by_act_section(self) -> None:
        """A name that ends with a section number its act gives one of the statute's articles
        (the store's "Section 702" of 50 U.S.C. 1881a) names that article: "FISA 702"."""
        for name_key, statute, number in self._ending_in_section:
            target = self.local_refs.get((statute, number))
            if target is not None:
                self.name_articles.setdefault(name_key, (statute, target))
        self._ending_in_section = []

    def _own_article(self, statute: str, number: str) -> str | None:
        return number if number in self._articles.get(statute, ()) else None

    def first_chars(self) -> str:
        """The characters a Chinese name can start with (names are kept in Simplified)."""
        return "".join(sorted({name[0] for name in self.trie_cjk}))

    def patterns(self) -> tuple[str, str, str]:
        """Tries of the names: several-word Latin names (case folded), one-word Latin names
        (case kept: "NIL" is not "nil"), and Chinese names (in Simplified: the text is scanned
        in Simplified too, see :func:`simplified_in_place`)."""
        return (
            trie_pattern(self.trie_latin, {}, word_bounded=True, fold=True),
            trie_pattern(self.trie_exact_case, {}, word_bounded=True, fold=False),
            trie_pattern(self.trie_cjk, {}, word_bounded=False, fold=True),
        )

    # --- lookups -------------------------------------------------------------------------------

    def by_name(self, words: str) -> Resolved | None:
        """A name exactly as the store has it (up to case, script, spacing, place words)."""
        words_key = key(words)
        found = self.exact.get(words_key) or self.loose.get(key(strip_place(words, self.place)))
        resolved = only_one(found) if found else None
        article = self.name_articles.get(words_key)
        if resolved is not None and article is not None and article[0] == resolved.statute:
            return Resolved(resolved.statute, article=article[1])
        return resolved

    def whole_act(self, words: str) -> str | None:
        """The note of an act the store holds only some sections of, named as a whole (the
        CLOUD Act: citations/whole_acts.py); None for any other name."""
        return whole_act_note(words) if key(words) in self.whole_acts else None

    def fuzzy(self, words: str) -> tuple[Resolved | None, int]:
        """The statute a misspelled or reordered name designates, if one is close enough; and the
        number of names compared (the work done)."""
        stripped = strip_place(words, self.place)
        if CJK_CHARACTER.search(stripped):
            scores, compared = self._fuzzy.chinese(key(stripped))
        else:
            scores, compared = self._fuzzy.latin(stripped)
        return best_scored(scores), compared

    def by_ref(self, ref_words: str, grammar: CitationGrammar) -> Resolved | None:
        """A reference that is itself a name: "Section 230", "§ 301"."""
        number = ref_key(ref_words, grammar)
        return only_one(self.bare.get(number, set())) if number else None

    def by_section(self, number: str) -> Resolved | None:
        """A section number alone ("(230(e)(3))"), as the store's "Section 230" names it."""
        return only_one(self.bare.get(f"section {number}", set()))

    def code_section(self, number: str) -> str | None:
        """The one stored code section numbered ``number`` (18 U.S.C. 2713 for "2713")."""
        found = self._code_sections.get(number, set())
        return next(iter(found)) if len(found) == 1 else None

    def has_article(self, statute: str, number: str) -> bool:
        return number in self._articles.get(statute, ())

    def single_article(self, statute: str) -> str | None:
        """The one article of a statute that has one (a US Code section)."""
        articles = self._articles.get(statute, set())
        return next(iter(articles)) if len(articles) == 1 else None

    def by_compound(self, name: str, number: str) -> Resolved | None:
        """ "Section 301" of "the Trade Act of 1974", as the store's citation forms say."""
        found = self.compound.get((key(strip_place(name, self.place)), number))
        if not found:
            found = self.compound.get(
                (key(strip_place(_TRAILING_YEAR.sub("", name), self.place)), number)
            )
        return only_one(found) if found else None

    def by_code(self, table: str, title: str, number: str) -> Resolved | None:
        """ "47 U.S.C. 230": the statute (and article) the store cites so."""
        found = self.codes.get((table, title, number))
        if found:
            return only_one(found)
        holders = {
            s for s in self.code_titles.get((table, title), ()) if number in self._articles[s]
        }
        return only_one({(s, number) for s in holders}) if holders else None

    def by_number(self, table: str, number: str) -> Resolved | None:
        """ "Regulation (EU) 2016/679" → the GDPR: an act by its number in ``table``."""
        found = self.numbers.get((table, number))
        return only_one(found) if found else None

    def compatible(self, statute: str, name: str) -> bool:
        """Whether an unknown name could be another name of ``statute``: one of its words, or its
        initials ("Communications Decency Act" → CDA), appears among the statute's names."""
        ignored = STOPWORDS | HEAD_WORDS | _GENERIC_WORDS
        words = [w for w in re.findall(r"[A-Za-z]+", name) if w.casefold() not in ignored]
        initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", name)).casefold()
        tokens = self.name_tokens.get(statute, set())
        return (len(initials) >= 2 and initials in tokens) or any(
            len(w) > 3 and w.casefold() in tokens for w in words
        )

    def article(self, statute: str, number: str, subdivision: str | None) -> tuple[str, str | None]:
        """The store's number for an article as cited: "230" + "(c)(1)" → ("230", "(c)(1)"), or
        ("230(c)(1)", None) where the store has that part as an article of its own."""
        known = self._articles.get(statute, set())
        sub = subdivision or ""
        while sub:
            if number + sub in known:
                return number + sub, (subdivision or "")[len(sub) :] or None
            sub = sub[: sub.rfind("(")] if "(" in sub[1:] else ""
        if number not in known and (statute, number) in self.local_refs:
            return self.local_refs[(statute, number)], subdivision
        return number, subdivision

    def holds_text_of(self, statute: str, version: str) -> bool:
        """Whether the store holds the text of ``version`` of ``statute`` (not only its record)."""
        return version in self._with_text.get(statute, frozenset())

    def latest_version(self, statute: str) -> str | None:
        """The last version, for "the revised law" — when there is more than one to tell apart."""
        return self._latest.get(statute)

    def version_in_force(self, statute: str, day: dt.date) -> str | None:
        """The version of ``statute`` in force on ``day``, when it has several with text in the
        store (None otherwise, or when they carry no dates): read from the table, so that dating
        a citation does not unpack the statute."""
        return in_force_among(self._dated.get(statute, ()), day)

    def adopted_year(self, statute: str) -> int | None:
        """The year the statute was first adopted, where the store records it."""
        years = [year for rank, year, _ in self._years.get(statute, ()) if rank == 1]
        return min(years) if years else None

    def version_for_year(self, statute: str, year: int) -> str | None:
        """The version a year names: its id, or its adoption/amendment/revision year, or (last)
        the year it took effect."""
        best: tuple[int, str] | None = None
        for rank, year_of, version in self._years.get(statute, ()):
            if year_of == year and (best is None or rank < best[0]):
                best = (rank, version)
        return best[1] if best else None


_GENERIC_WORDS = frozenset(
    ["section", "article", "title", "chapter", "united", "states", "national"]
)
