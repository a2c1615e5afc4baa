"""The steps of the walk for each kind of piece that is not a name: article references ("Article
7 of X", a bare "Article 14", 第七条 after an unknown law's name), sections by number, US Code
citations, "the same article", "the 2023 revision", 该法, and the headings of a reproduced law."""

from __future__ import annotations

from lawref.citations import law_anaphors
from lawref.citations.anaphor_kind import kind_fits
from lawref.citations.defined_anaphor import anaphor_key, defines_anaphor
from lawref.citations.inference import UNNAMED_LAW
from lawref.citations.kind_reach import last_of_kind, of_its_kind
from lawref.citations.pattern_pieces import RefItem
from lawref.citations.revised_anaphor import revised_reading
from lawref.citations.scan_records import Atom, Named, replace_named
from lawref.citations.walk import (
    DOCUMENT,
    PARAGRAPH,
    SENTENCE,
    Unresolved,
    Walk,
    WalkState,
    citation,
)
from lawref.citations.windows import WINDOW
from lawref.spans import CitationSpan
from lawref.text.scripts import KANA

UNKNOWN_NAME_REACH = 24  # characters before a Chinese reference its unknown law's name may take


class ReferenceSteps(Walk):
    """The walk's handling of references and the other pieces that are not names."""

    def _reference(self, text: str, atoms: list[Atom], index: int, state: WalkState) -> int:
        ref = atoms[index]
        items = self._items(ref)
        if not items:
            return index + 1
        if ref.template is not None and ref.template.template.bare:
            self._bare_reference(ref, items, state)
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
            named, after = self.naming.named(text, atoms, index + 1, explicit=True)
            gap = text[ref.end : named.start] if named is not None else ""
            other = state.context.other_instrument(text, named.start) if named else None
            if other is not None:
                gap = gap[: -len(other[1])]  # "Article 17 of the UK GDPR"
            if named is not None and self.windows.gap_ref_name.match(gap):
                named = self.naming.with_reference(named, ref, items)
                if other is not None:
                    named = replace_named(named, note=f"other instrument: {other[0]} {named.name}")
                self._emit(state, ref.start, named.end, named, items)
                return after
        # "Article 7 of the law", "its Article 28", 该法第七条: the law named before.
        anaphor = self.windows.anaphor_after.match(after_text)
        before = text[max(0, ref.start - WINDOW) : ref.start]
        pointing = anaphor or self.windows.anaphor_before.search(before)
        if pointing:
            context = self._context(ref.start, state, reach=DOCUMENT)
            if context is not None and self._listed(text, context):
                context = (
                    None  # 国家安全法、反スパイ法、反テロリズム法等 … 同法11条: which of them?
                )
            end = ref.end + (anaphor.end() if anaphor else 0)
            if context is not None and not kind_fits(
                pointing.group(), context.statute, self.names.name_tokens
            ):
                # "Article 48 of the Regulation" after a law: a regulation the text does not
                # name, not the law (nor, then, the one law the text names)
                words = state.segments.text[ref.start : end]
                state.found += [
                    CitationSpan(
                        words,
                        ref.start,
                        end,
                        None,
                        item.number,
                        subdivision=item.subdivision,
                        note=UNNAMED_LAW,
                    )
                    for item in items
                ]
                return index + 1
            if context is not None:
                if anaphor and anaphor["year"] and context.statute:
                    year = int(anaphor["year"])
                    version = self.names.version_for_year(context.statute, year)
                    context = replace_named(context, version=version)
                self._emit(state, ref.start, end, context, items)
            else:
                state.unresolved.append(Unresolved(ref, end, tuple(items), points_back=True))
            return index + 1
        if ref.kind == "ref":
            if self._english_reference(text, ref, items, after_text, before, state):
                return index + 1
        elif self._chinese_reference(text, atoms, index, items, before, state):
            return index + 1
        context = self._context(ref.start, state, reach=self._bare_reach(ref, state))
        if (
            ref.kind == "cnref"
            and context is not None
            and self._listed(text, context)
            and KANA.search(text, context.end, ref.end) is None
        ):
            # "…与数据安全法、个人信息保护法协同。⏎…新增第三条“…”": a bare 第三条 after a list of laws
            # does not say which of them it is (as 同法 after one does not). Not in Japanese prose
            # (kana between), where the labelled sets read the list's last law (heldout8, 13)
            context = None
        if context is None and ref.kind == "ref" and len(state.named_statutes) == 1:
            # A bare "Art. 5(1)(a)" on a page that has named one statute, and only that one.
            context = self._context(ref.start, state, reach=DOCUMENT)
        if context is not None:
            self._emit(state, ref.start, ref.end, context, items)
        else:
            state.unresolved.append(Unresolved(ref, ref.end, tuple(items)))
        return index + 1

    def _listed(self, text: str, named: Named) -> bool:
        """Whether a Chinese (or Japanese) law's name stands in a list of several laws
        (网络安全法、数据安全法等): "the said law" after it does not say which it means. A law
        last cited by pointing back to it (…は、同法の…) is not in a list."""
        pointing = self.grammar.match_start(("anaphor",), text[named.start : named.end + 4])
        if pointing is not None and len(pointing[1]) == named.end - named.start:
            return False
        after = self.windows.listed_after.match(text[named.end : named.end + 4])
        return bool(
            after or self.windows.listed_before.search(text[max(0, named.start - 4) : named.start])
        )

    @staticmethod
    def _bare_reach(ref: Atom, state: WalkState) -> int:
        """How far back a bare reference looks for its law: a bare "Article 7" the paragraph, a
        bare 第七条 the sentence — or the paragraph when the law was last cited with an article
        (民法典第1034条规定：…。…。⏎第1035条规定：…: a series of its articles, one a paragraph)."""
        if ref.kind != "cnref":
            return PARAGRAPH
        last, article = state.last_named, state.last_article
        if last is not None and article is not None and article[0].name == last.name:
            return PARAGRAPH
        return SENTENCE

    def _bare_reference(self, ref: Atom, items: list[RefItem], state: WalkState) -> None:
        """ "(230(e)(3))": a number with no keyword is a section only where the statute named
        just before has it, or the store knows it by that number ("Section 230")."""
        number = items[0].number
        context = self._context(ref.start, state, reach=PARAGRAPH)
        self.work.lookups += 1
        if (
            context is not None
            and context.statute
            and self.names.has_article(context.statute, number)
        ):
            self._emit(state, ref.start, ref.end, context, items[:1])
            return
        found = self.names.by_section(number)
        if found is not None and found.statute:
            named = Named(ref.start, ref.end, ref.text, found.statute)
            self._emit(
                state,
                ref.start,
                ref.end,
                named,
                [RefItem(found.article or number, items[0].subdivision)],
            )

    def _subsection(self, text: str, atom: Atom, state: WalkState) -> None:
        """ "subsection (c)(1)", 前款: a part of the article cited just before (or of the one
        article of the statute named before: "Subsection (c)(2)(B) of the statute")."""
        sub = atom.template.groups(atom.text).get("sub") if atom.template else None
        sub = sub or atom.text
        end = atom.end
        anaphor = self.windows.anaphor_after.match(text[atom.end : atom.end + 80])
        if anaphor:
            end += anaphor.end()
        reach = DOCUMENT if anaphor else PARAGRAPH
        last = state.last_article
        if (
            last is not None
            and last[0].statute
            and self._near(last[0].start, atom.start, state, reach=reach)
        ):
            named, number = last[0], last[1]
        else:
            context = self._context(atom.start, state, reach=reach)
            single = (
                self.names.single_article(context.statute) if context and context.statute else None
            )
            if context is None or single is None:
                return
            named, number = context, single
        words = state.segments.text[atom.start : end]
        state.found.append(citation(words, atom.start, end, named, number, sub))
        state.last_named = replace_named(named, start=atom.start, end=end)

    def _anaphor(self, atoms: list[Atom], index: int, state: WalkState) -> None:
        """该法, "the law": the law named before (with an article after it, 该法第七条, "the law's
        Article 3", the article reads it)."""
        atom = atoms[index]
        english = atom.template is not None and atom.template.name.startswith("en-")
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        reference = ("cnref", "ref") if english else ("cnref",)
        if nxt is not None and nxt.kind in reference and nxt.start - atom.end <= 3:
            return
        if english and not self._english_anaphor(atom, state):
            return
        context = self._context(atom.start, state, reach=DOCUMENT)
        if english:
            context = self._defined_anaphor(atom, context, state)
        context = revised_reading(atom.text, state.segments.text, state.found, context)
        korean = atom.template is not None and atom.template.name.startswith("ko-")
        if korean and context is not None:
            from lawref.citations.named_together import named_together  # Korean only: issue 20

            if named_together(context, state):
                return  # "… 사이버보안법 … 데이터 보안법⏎이 법은": which of them?
        if english and (context is None or context.statute is None):
            return  # after a law the store lacks, "the law" says no more than its name did
        tokens = self.names.name_tokens
        if context and of_its_kind(atom.text, context.name, context.statute, tokens) is False:
            # "the Regulation" after a law: the last regulation named, if one is in reach
            near = lambda start: self._near(start, atom.start, state, reach=PARAGRAPH)  # noqa: E731
            named_last = state.last_named  # still the law a bare "Article 3" after it cites
            context = last_of_kind(atom, state.segments.text, state.found, tokens, near)
            if context is not None and not (english and self._article_in_air(context, atom, state)):
                named = replace_named(context, start=atom.start, end=atom.end, article=None)
                self._emit(state, atom.start, atom.end, named, [])
                state.last_named = named_last
            return
        if english and self._article_in_air(context, atom, state):
            # "Article 7 of the Intelligence Law … The law states: “…”": the article cited just
            # before stays the one a quotation here is credited to, not the law alone
            return
        if context is not None:
            named = replace_named(context, start=atom.start, end=atom.end, article=None)
            self._emit(state, atom.start, atom.end, named, [])

    @staticmethod
    def _defined_anaphor(atom: Atom, context: Named | None, state: WalkState) -> Named | None:
        """ "The Data Security Law (the Law)": "the Law" given as the law's short name, recorded;
        a later "the Law" is that law, whichever law was named last (citations/defined_anaphor.py)."""
        key = anaphor_key(atom.text)
        if (
            context is not None
            and context.statute
            and defines_anaphor(state.segments.text, context.end, atom.start, atom.end)
        ):
            state.defined_anaphors.setdefault(key, context)
            return context
        return state.defined_anaphors.get(key, context)

    def _article_in_air(self, context: Named, atom: Atom, state: WalkState) -> bool:
        """Whether the law named before was cited at an article in this sentence or the one
        before: "the law" there goes on about that article."""
        last = state.last_article
        return (
            last is not None
            and last[0].start == context.start
            and self._near(context.start, atom.start, state, reach=SENTENCE)
        )

    @staticmethod
    def _english_anaphor(atom: Atom, state: WalkState) -> bool:
        """Whether "the law" points back to the law named before (citations/law_anaphors.py),
        and is not already read by the reference before it ("Article 7 of the law")."""
        read = [c.end for c in state.found[-1:]] + [u.end for u in state.unresolved[-1:]]
        if any(end >= atom.end for end in read):
            return False
        return law_anaphors.reads_as_named_law(state.segments.text, atom.start, atom.end)

    def _english_reference(
        self,
        text: str,
        ref: Atom,
        items: list[RefItem],
        after_text: str,
        before: str,
        state: WalkState,
    ) -> bool:
        """A reference with no name joined to it: "Section 889 of the FY2019 NDAA", "Section 230"
        (a name of the store), or not a statute's ("Article 7 of the contract", "the report's
        section 2"). True when the reference is dealt with."""
        of = self.windows.of_something.match(after_text)
        if of:
            name = self.windows.acronym_after.match(after_text[of.end() :])
            if name:
                named = self.naming.resolve_words(name["name"], ref.end + of.end())
                named = self.naming.with_reference(named, ref, items)
                named.end = ref.end + of.end() + name.end()
                self._emit(state, ref.start, named.end, named, items)
            instrument = self.windows.instrument_after.match(after_text[of.end() :])
            if instrument:
                # "article 8 of these Rules": another instrument's article, and the one the bare
                # "Article 21" after it means, not the law named before.
                end = ref.end + of.end() + instrument.end()
                words = state.segments.text[ref.end + of.end() : end]
                note = f"another instrument: {words}"
                named = Named(ref.end + of.end(), end, words, None, note=note)
                self._emit(state, ref.start, end, named, items)
            return True  # without a name after "of", "Article 7 of the contract": not a statute's
        owner = self.windows.acronym_owner_after.match(after_text)
        if (
            owner
            and owner["name"].casefold() not in self.windows.caps_not_names
            and not ref.text.isupper()
        ):
            # "Article 16(1) TFEU": an instrument the store does not know, named by its acronym.
            end = ref.end + owner.end()
            named = Named(ref.end + owner.start("name"), end, owner["name"], None)
            self._emit(state, ref.start, end, named, items)
            return True
        self.work.lookups += 1
        alias = self.names.by_ref(ref.text, self.grammar)
        if alias is not None:
            if alias.article and len(items) == 1:
                items = [RefItem(alias.article, items[0].subdivision)]
            named = Named(ref.start, ref.end, ref.text, alias.statute, alias.ambiguous)
            self._emit(state, ref.start, ref.end, named, items)
            return True
        return bool(self.windows.owner_before.search(before))  # "the report's section 2"

    def _chinese_reference(
        self,
        text: str,
        atoms: list[Atom],
        index: int,
        items: list[RefItem],
        before: str,
        state: WalkState,
    ) -> bool:
        """第十八条 after a law's name the store does not have (反恐怖主义法第十八条), or after a
        contract's (合同第七条: not a statute's). True when the reference is dealt with."""
        ref = atoms[index]
        if self.windows.cn_not_law_before.search(before):
            return True
        previous_end = atoms[index - 1].end if index else 0
        window = unknown_name_window(previous_end, ref.start)
        unknown = self.windows.cn_unknown_before.search(text[window : ref.start])
        if unknown and ref.start - len(unknown["name"]) >= previous_end:
            words = self.windows.cn_name(unknown["name"])
            if len(words) >= 3:
                from lawref.citations.title_year import titled_year

                start = titled_year(state.segments.text, ref.start - len(words), previous_end)
                words = state.segments.text[start : ref.start]  # as written
                named = self.naming.resolve_words(words, start)
                named.end = ref.start
                if named.statute is None:  # 通信品位法第230条: a section the store names so
                    named = self.naming.with_reference(named, ref, items)
                self._emit(state, named.start, ref.end, named, items)
                return True
        return False

    def _us_code(self, atom: Atom, state: WalkState) -> None:
        template = atom.template
        if template is None:
            return
        title = template.groups(atom.text).get("title")
        if title is None:
            return
        title = str(int(title))
        table = template.template.table or ""
        for item in template.items(atom.text, 0, len(atom.text)):
            self.work.lookups += 1
            found = self.names.by_code(table, title, item.number)
            names_as = template.template.names_as or "{title}"
            named = Named(atom.start, atom.end, names_as.format(title=title), None)
            if found is not None:
                named = Named(atom.start, atom.end, named.name, found.statute, found.ambiguous)
                if found.article:
                    item = RefItem(found.article, item.subdivision)
            self._emit(state, atom.start, atom.end, named, [item])

    def _same_article(self, atom: Atom, state: WalkState) -> None:
        last = state.last_article
        if last is None or not self._near(last[0].start, atom.start, state, reach=PARAGRAPH):
            return
        named, number, sub = last
        state.found.append(citation(atom.text, atom.start, atom.end, named, number, sub))
        state.last_article = (replace_named(named, start=atom.start), number, sub)
        state.last_named = replace_named(named, start=atom.start, end=atom.end)

    def _revision(self, text: str, atoms: list[Atom], index: int, state: WalkState) -> None:
        atom = atoms[index]
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        if nxt is not None and self.windows.revision_of.match(text[atom.end : nxt.start]):
            return  # "the 2023 revision of the Counter-espionage Law": the name carries the year
        context = self._context(atom.start, state, reach=DOCUMENT)
        if context is None or context.statute is None or atom.year is None:
            return
        version = self.names.version_for_year(context.statute, int(atom.year))
        named = replace_named(context, start=atom.start, end=atom.end, version=version)
        if version is not None and not self.names.holds_text_of(context.statute, version):
            from lawref.citations.unheld_versions import unheld_revision

            named = unheld_revision(named, atom.year)  # 相较于2010年修订版: a text not stored
            state.found.append(citation(atom.text, atom.start, atom.end, named, None, None))
            return
        self._emit(state, atom.start, atom.end, named, [])

    def _heading_citations(self, atom: Atom, named: Named) -> list[CitationSpan]:
        """An article heading's citations, of the instrument ``named`` (citations/headings.py)."""
        out = []
        for item in self._items(atom):
            number, sub = item.number, item.subdivision
            if named.statute:
                number, sub = self.names.article(named.statute, number, sub)
            out.append(
                citation(
                    atom.text, atom.start, atom.end, named, number, sub, self._note(named, number)
                )
            )
        return out


def unknown_name_window(previous_end: int, start: int) -> int:
    """Where the name of a law the store lacks may start before a Chinese reference at ``start``:
    within 24 characters, and after the atom before it (第13条和民法典第1036条 has 民法典 before its
    reference, not a name that would start inside the reference before it)."""
    return max(0, previous_end, start - UNKNOWN_NAME_REACH)
