"""An English rendering set on one line with its Chinese original, each under its own heading —
"Article 21 The State … 第二十一条 国家…" — is checked against the article on its own and linked
(issue 14, heldout12: a bilingual Data Security Law page whose English Arts. 1 and 2 were never
read, because the text a heading heads ran on into the original, which the reuse scan had found).

Each case runs with the rule on and off (pipeline/headed.translation_end; off: the text a heading
heads is the rest of its line, as before). The English renderings are
tests/data/xling_renderings.yaml's (written for the tests from the Chinese texts), the originals
the shipped store's article texts, in Simplified and (converted) Traditional script, set out as a
bilingual page would; not the real-world passages.
"""

from __future__ import annotations

import pytest
from own_renderings import own_renderings, store_of_rendered_laws
from rule_pages import traditional
from rule_switch import RuleSwitch
from stored import stored_article

from lawref.pipeline import headed
from lawref.pipeline.checker import Checker
from lawref.store.files import Store
from lawref.text.numerals import int_to_cn
from lawref.xling.evidence import MISSING_NOTE, missing_dependencies

pytestmark = pytest.mark.skipif(bool(missing_dependencies()), reason=MISSING_NOTE)


@pytest.fixture(scope="module")
def store() -> Store:
    return store_of_rendered_laws()


def off(rule: RuleSwitch) -> None:
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import bilingual_line as bilingual_line_rule

    rule.take_out(bilingual_line_rule, "translation_end", lambda text, start, end, *args: end)


# The English heading, its rendering, then the original under its own heading, on one line.
LAYOUTS = {
    "simplified original": ("Article {n} {english} 第{cn}条 {chinese}", lambda page: page),
    "traditional original": ("Article {n} {english} 第{cn}條 {chinese}", traditional),
    "colon after the headings": ("Article {n}: {english} 第{cn}条：{chinese}", lambda page: page),
}


def page_of(store: Store, entry: dict[str, str], layout: str) -> str:
    line, script = LAYOUTS[layout]
    statute = store.get(entry["statute"])
    assert statute is not None
    english = entry["text"].strip()
    if english[-1] not in ".;":
        english += "."
    chinese = stored_article(store, entry["statute"], entry["article"]).text.strip()
    body = line.format(
        n=entry["article"], cn=int_to_cn(int(entry["article"])), english=english, chinese=chinese
    )
    # The page's title names the law, in both languages, as bilingual pages do.
    return script(f"{statute.title_original} {statute.title.get('en', '')}\n{body}\n")


def one_line_renderings() -> list[dict[str, str]]:
    # (a rendering of one paragraph: a bilingual line holds one article's paragraph)
    return [e for e in own_renderings() if "\n" not in e["text"].strip()]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_rendering_beside_its_original_on_one_line_is_linked(
    store: Store, rule: RuleSwitch, layout: str
) -> None:
    off(rule)
    renderings = one_line_renderings()
    checker = Checker(store)
    linked_count = 0
    for entry in renderings:
        quotes = checker.check_text(page_of(store, entry, layout)).quotes
        linked_count += any(
            q.match is not None
            and q.verdict != "unmatched"
            and q.match.language == "zh"
            and (q.match.statute, q.match.article) == (entry["statute"], entry["article"])
            and not any("\u4e00" <= c <= "\u9fff" for c in q.text)  # the English, on its own
            for q in quotes
        )
    if not rule.on:
        # (a rendering that a stored English text explains in part may still be linked)
        assert linked_count < len(renderings) // 2, linked_count
        return
    # Measured: every one-paragraph rendering of the file, in every layout.
    assert linked_count == len(renderings), (linked_count, len(renderings))


def test_a_citation_of_another_article_inside_the_rendering_does_not_cut_it(
    store: Store,
) -> None:
    text = "Article 7 The State shall act as 第八条 provides. 第七条 国家…"
    first_heading = headed.CitationSpan("Article 7", 0, 9, "cn-data-security-law", "7")
    other = headed.CitationSpan("第八条", 33, 36, "cn-data-security-law", "8")
    original = headed.CitationSpan("第七条", 47, 50, "cn-data-security-law", "7")
    citations = [first_heading, other, original]
    assert (
        text[other.start : other.end] == "第八条"
        and text[original.start : original.end] == "第七条"
    )
    from lawref.pipeline.bilingual_line import translation_end

    end = translation_end(
        text, 10, len(text), first_heading, citations, [c.start for c in citations]
    )
    assert text[10:end] == "The State shall act as 第八条 provides."
