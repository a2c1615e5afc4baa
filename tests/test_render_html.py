"""The HTML report: escaping, links, the summary, highlights, diffs, and offsets in any script."""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import re
from collections import Counter

import pytest
from html_probe import Probe
from hypothesis import given, settings
from hypothesis import strategies as st
from report_samples import (
    HOSTILE_SNIPPETS,
    NIL,
    ArticleBuilder,
    hostile_report,
    hostile_store,
    match_for,
    sample_report,
    shipped_store,
)

from lawref.render.escape import esc, link, web_url
from lawref.render.html import render_cites_html, render_html
from lawref.report import Citation, Document, Quote, Report
from lawref.store.files import Store


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store()


@pytest.fixture(scope="module")
def sample(store: Store) -> tuple[Report, str, str]:
    report, text = sample_report(store)
    return report, text, render_html(report, [text], store)


@pytest.fixture(scope="module")
def hostile() -> tuple[Report, str, str]:
    evil_store = hostile_store()
    report, text = hostile_report(evil_store)
    return report, text, render_html(report, [text], evil_store)


def test_page_is_well_formed(sample: tuple[Report, str, str]) -> None:
    probe = Probe(sample[2])
    assert probe.errors == []
    assert sample[2].startswith("<!DOCTYPE html>")


def test_hostile_article_text_renders_as_text(hostile: tuple[Report, str, str]) -> None:
    _, _, page = hostile
    probe = Probe(page)
    assert probe.errors == []
    for snippet in HOSTILE_SNIPPETS:
        assert snippet not in page
    assert esc(HOSTILE_SNIPPETS[0]) in page
    for marker in ("<img", "<svg", "</textarea>", '<b>"hostile"'):
        assert marker not in page
    assert esc('<b>"hostile".txt') in page
    # The only script is the report's own, and no element carries an event handler.
    assert len(probe.find("script")) == 1
    assert "__pwned" not in "".join(e.inner() for e in probe.find("script"))
    handlers = [(e.tag, k) for e in probe.elements for k in e.attrs if k.startswith("on")]
    assert handlers == []


def test_hostile_titles_and_urls_are_not_links(hostile: tuple[Report, str, str]) -> None:
    _, _, page = hostile
    probe = Probe(page)
    hrefs = [e.attrs["href"] for e in probe.find("a") if "href" in e.attrs]
    assert hrefs
    for href in hrefs:
        assert href.startswith("#") or re.match(r"https?://", href), href
    shown = "".join(e.inner() for e in probe.find("span", cls="nolink"))
    assert "javascript:window.__pwned=4" in shown
    assert "data:text/html,<script>window.__pwned=5</script>" in shown
    assert "<script>window.__pwned = 3</script>" not in page
    assert esc("National <script>window.__pwned = 3</script> Law") in page
    assert '<img src=x onerror="window.__pwned=6">' not in page
    assert probe.find("title")[0].inner().endswith('<b>"hostile".txt')


def test_internal_links_point_at_elements_of_the_page(sample: tuple[Report, str, str]) -> None:
    probe = Probe(sample[2])
    ids = Counter(e.attrs["id"] for e in probe.elements if "id" in e.attrs)
    assert [i for i, n in ids.items() if n > 1] == []
    targets = {
        e.attrs["href"][1:] for e in probe.find("a") if e.attrs.get("href", "").startswith("#")
    }
    assert targets and targets <= set(ids)


def test_summary_counts_match_the_report(sample: tuple[Report, str, str]) -> None:
    report, _, page = sample
    shown = {
        e.attrs["data-verdict"]: int(e.attrs["data-count"])
        for e in Probe(page).find("li")
        if "data-verdict" in e.attrs
    }
    wanted = Counter(q.verdict for q in report.documents[0].quotes)
    assert len(shown) == 6
    assert {v: n for v, n in shown.items() if n} == dict(wanted)


@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_every_quote_is_highlighted_once_with_its_own_text(
    which: str, request: pytest.FixtureRequest
) -> None:
    report, text, page = request.getfixturevalue(which)
    probe = Probe(page)
    for index, quote in enumerate(report.documents[0].quotes):
        first = probe.by_id(f"m0-{index}")
        assert len(first) == 1 and first[0].tag == "mark"
        assert f"v-{quote.verdict}" in first[0].classes
        assert probe.quote_text(f"q0-{index}") == quote.text == text[quote.start : quote.end]
        assert len(probe.by_id(f"q0-{index}")) == 1
    labelled = [e for e in probe.find("a", cls="tag")]
    assert len(labelled) == len(report.documents[0].quotes)


def test_article_text_survives_whole(sample: tuple[Report, str, str]) -> None:
    _, text, page = sample
    article = next(e for e in Probe(page).elements if "text" in e.classes and e.tag == "div")
    assert article.inner() == text


def test_altered_quote_shows_a_track_changes_diff(sample: tuple[Report, str, str]) -> None:
    report, _, page = sample
    index = next(i for i, q in enumerate(report.documents[0].quotes) if q.verdict == "altered")
    probe = Probe(page)
    section = page[page.index(f'id="q0-{index}"') :]
    section = section[: section.index("</section>")]
    panel = Probe(f"<div>{section.split('>', 1)[1]}</div>")
    deleted = [e.inner() for e in panel.find("del")]
    inserted = [e.inner() for e in panel.find("ins")]
    assert "shall" in deleted and "must" in inserted
    assert any("in accordance with law" in d for d in deleted)
    assert not any("must" in d for d in deleted)
    # Quotes that were not altered carry no diff.
    verbatim = next(i for i, q in enumerate(report.documents[0].quotes) if q.verdict == "verbatim")
    other = page[page.index(f'id="q0-{verbatim}"') :]
    assert "<del>" not in other[: other.index("</section>")]
    assert probe.find("mark", cls="span")  # the matched span in the stored text


def test_panel_names_statute_article_version_rendering_and_source(
    sample: tuple[Report, str, str], store: Store
) -> None:
    report, _, page = sample
    quotes = report.documents[0].quotes
    nil = store.statutes[NIL]
    clt = next(t for t in nil.article("7").translations if t.ref == "NIL7-CLT")
    index = next(i for i, q in enumerate(quotes) if q.verdict == "verbatim" and q.match.translation)
    section = page[page.index(f'id="q0-{index}"') :]
    section = section[: section.index("</section>")]
    for needed in (nil.title_original, nil.title_en, "Art. 7", "2018", clt.publisher):
        assert esc(needed) in section
    assert f'href="{esc(clt.url)}"' in section
    chinese = next(
        i
        for i, q in enumerate(quotes)
        if q.match and q.match.language == "zh" and q.verdict == "verbatim"
    )
    section = page[page.index(f'id="q0-{chinese}"') :]
    section = section[: section.index("</section>")]
    assert "original text (zh)" in section
    assert esc(nil.source.path) in section  # the store has no url for it: provenance in words


def section_of(page: str, opening: str, closing: str) -> Probe:
    """The part of the page from ``opening`` to the next ``closing``, parsed on its own."""
    rest = page[page.index(opening) :]
    return Probe(rest[: rest.index(closing) + len(closing)])


def test_problems_link_to_their_place(sample: tuple[Report, str, str]) -> None:
    report, _, page = sample
    problems = section_of(page, '<ol class="problems">', "</ol>")
    assert problems.errors == []
    wanted = {
        f"#m0-{i}"
        for i, q in enumerate(report.documents[0].quotes)
        if q.verdict == "altered" or q.attribution == "misattributed"
    }
    assert {e.attrs["href"] for e in problems.find("a")} == wanted and len(wanted) == 2
    probe = Probe(page)
    misattributed = [e.attrs["id"] for e in probe.find("mark") if "a-misattributed" in e.classes]
    assert [f"#{i}" for i in misattributed if i] == [
        f"#m0-{i}"
        for i, q in enumerate(report.documents[0].quotes)
        if q.attribution == "misattributed"
    ]
    labels = [e.attrs["data-label"] for e in probe.find("a", cls="tag")]
    assert sum("misattributed" in label for label in labels) == 1


def test_unquoted_reuse_and_evidence_are_shown(sample: tuple[Report, str, str]) -> None:
    report, _, page = sample
    probe = Probe(page)
    index = next(i for i, q in enumerate(report.documents[0].quotes) if q.marks == "none")
    mark = probe.by_id(f"m0-{index}")[0]
    assert "k-none" in mark.classes
    tag = next(e for e in probe.find("a", cls="tag") if e.attrs["href"] == f"#q0-{index}")
    assert "unquoted" in tag.attrs["data-label"]
    panel = probe.by_id(f"q0-{index}")[0].inner()
    assert "reproduced without quotation marks" in panel
    assert "whenever they are asked" in panel and "42.00" in panel and "faithfulness" in panel


def test_citations_are_linked_to_statute_sections(
    sample: tuple[Report, str, str], store: Store
) -> None:
    report, _, page = sample
    probe = Probe(page)
    linked = probe.find("a", cls="cite")
    resolved = [c for c in report.documents[0].citations if c.statute]
    assert len([e for e in linked if "id" in e.attrs]) == len(resolved)
    for element in linked:
        target = probe.by_id(element.attrs["href"][1:])[0]
        assert target.tag in ("section", "article")
    statute = probe.find("section", cls="statute")[0].inner()
    assert store.statutes[NIL].title_original in statute and store.statutes[NIL].title_en in statute
    assert probe.find("span", cls="unresolved")[0].inner() == "Cybersecurity Law"
    rows = probe.find("tr", data_statute=NIL)
    assert len(rows) == 1 and "Art. 7" in rows[0].inner() and "Art. 14" in rows[0].inner()


def test_overlapping_spans_nest(store: Store) -> None:
    nil = store.statutes[NIL]
    art14 = nil.article("14").text
    a = ArticleBuilder().add("据《国家情报法》第十四条：“")
    a.quote(
        art14,
        verdict="verbatim",
        match=match_for(nil, "14", art14, art14, None, "zh"),
        attribution="uncited",
    )
    a.add("”。")
    text = a.text
    quote_start = text.index(art14)
    head = "国家情报工作机构"
    cross = text.index("第十四条")
    # One citation inside the quote, one that starts before the quote and ends inside it.
    citations = [
        Citation(
            text=head,
            start=quote_start,
            end=quote_start + len(head),
            statute=NIL,
            article="14",
            version=None,
        ),
        Citation(
            text=text[cross : quote_start + 2],
            start=cross,
            end=quote_start + 2,
            statute=NIL,
            article="14",
            version=None,
        ),
    ]
    report = Report(
        lawref_version="t",
        documents=[Document(source="x.txt", quotes=a.quotes, citations=citations)],
    )
    probe = Probe(render_html(report, [text], store))
    assert probe.errors == []
    assert probe.quote_text("q0-0") == art14
    for index in range(len(citations)):
        assert len(probe.by_id(f"c0-{index}")) == 1
    # The crossing citation is cut at the quote's start; where the two citations overlap, the
    # inner one is the link.
    assert probe.by_id("c0-1")[0].inner() == text[cross:quote_start]
    assert probe.by_id("c0-0")[0].inner() == head
    assert [e for e in probe.find("a", cls="cite") if "id" not in e.attrs] == []


def test_no_network_fetches_and_csp_admits_only_our_script(sample: tuple[Report, str, str]) -> None:
    page = sample[2]
    probe = Probe(page)
    assert [e for e in probe.elements if "src" in e.attrs] == []
    assert probe.find("link") == []
    policy = probe.find("meta", http_equiv="Content-Security-Policy")[0].attrs["content"]
    assert "default-src 'none'" in policy
    script = probe.find("script")[0].inner()
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    style = probe.find("style")[0].inner()
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy


def test_lone_surrogates_and_controls_do_not_break_the_page(store: Store) -> None:
    report, text = sample_report(store)
    broken = "\udcff\x00\x1b[31m" + text[3:]
    page = render_html(report, [broken], store)
    page.encode("utf-8")  # would raise on a lone surrogate
    assert Probe(page).errors == []


def test_cites_html_shows_citations_only(sample: tuple[Report, str, str], store: Store) -> None:
    report, text, _ = sample
    page = render_cites_html(report.documents, [text], store)
    probe = Probe(page)
    assert probe.errors == []
    assert probe.find("mark", cls="q") == [] and probe.find("section", cls="panel") == []
    assert len([e for e in probe.find("a", cls="cite") if "id" in e.attrs]) == 3
    assert probe.find("table", cls="authorities")


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://www.chinalawtranslate.com/x/", True),
        ("http://example.org/a?b=c&d=e", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("https://x.org/\nfoo", False),
        ("https:/x.org", False),
        ("//evil.example/x", False),
        ("an unattributed document hosted on GitHub", False),
        ('https://x.org/"onmouseover="alert(1)', False),
    ],
)
def test_only_web_urls_become_links(url: str, linked: bool) -> None:
    assert (web_url(url) is not None) == linked
    rendered = link(url)
    assert rendered.startswith("<a ") == linked
    assert html.unescape(re.sub(r"<[^>]*>", "", rendered)) == url


_STORE = functools.cache(shipped_store)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab 中文<>&\"'\n") + ["😀", "𠀀"]), min_size=1, max_size=40
    ),
    bounds=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.booleans()), max_size=6),
)
def test_any_spans_nest_and_keep_the_text(text: str, bounds: list[tuple[int, int, bool]]) -> None:
    store = _STORE()
    quotes: list[Quote] = []
    citations: list[Citation] = []
    for a, b, is_quote in bounds:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        if start == end:
            continue
        if is_quote:
            quotes.append(
                Quote(
                    text=text[start:end],
                    start=start,
                    end=end,
                    verdict="unmatched",
                    score=0.0,
                    match=None,
                    differences=[],
                    attribution="uncited",
                    cited_as=None,
                )
            )
        else:
            citations.append(
                Citation(
                    text=text[start:end],
                    start=start,
                    end=end,
                    statute=NIL,
                    article="7",
                    version=None,
                )
            )
    report = Report(
        lawref_version="t", documents=[Document(source="p", quotes=quotes, citations=citations)]
    )
    probe = Probe(render_html(report, [text], store))
    assert probe.errors == []
    article = next(e for e in probe.elements if e.tag == "div" and "text" in e.classes)
    assert article.inner() == text
    for index, citation in enumerate(citations):
        alone = all(
            other.end <= citation.start or other.start >= citation.end
            for k, other in enumerate(citations)
            if k != index
        )
        if alone:  # a citation that overlaps no other is one link over exactly its words
            pieces = probe.find("a", cls="cite", data_c=f"c0-{index}")
            assert "".join(e.inner() for e in pieces) == citation.text
            assert len(probe.by_id(f"c0-{index}")) == 1
    for index, quote in enumerate(quotes):
        # Nested quotes share text, so the pieces of one quote hold at least its own text.
        assert probe.quote_text(f"q0-{index}") == quote.text
