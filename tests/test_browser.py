"""The HTML report in a real browser (headless Chromium driven by Playwright).

Opens the report of each examples/ article (the committed HTML when there is one, else rendered
from the committed JSON), and a report built from the store's texts; checks what a reader sees:
the highlights per verdict, the diff behind a click, links that jump, and that no script from an
article or a store file ever runs. Saves examples/report.png for the README.
Skips when Playwright or /usr/bin/chromium is missing (CI installs both: see .ci/run).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from report_samples import hostile_report, hostile_store, sample_report, shipped_store

from lawref.render.html import render_html
from lawref.report import Report

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCREENSHOT = EXAMPLES / "report.png"


@dataclass(frozen=True)
class Page:
    name: str
    report: Report
    path: Path


def _is_lawref_report(path: Path) -> bool:
    head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    return '<meta name="generator" content="lawref' in head


def _source_text(source: str, json_path: Path) -> str | None:
    for candidate in (
        ROOT / source,
        json_path.parent / source,
        json_path.parent / Path(source).name,
    ):
        if candidate.is_file() and candidate.suffix in (".txt", ".md"):
            return candidate.read_text(encoding="utf-8-sig")
    return None


def example_pages(folder: Path) -> tuple[list[Page], list[str]]:
    """The examples' HTML reports (committed, or rendered from their JSON) and why any was left out."""
    pages: list[Page] = []
    left_out: list[str] = []
    for json_path in sorted(EXAMPLES.glob("*.json")):
        try:
            report = Report.model_validate_json(json_path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # not a report of `lawref check`
        committed = [
            p
            for p in (json_path.with_suffix(".html"), json_path.with_suffix(".report.html"))
            if p.is_file() and _is_lawref_report(p)
        ]
        if committed:
            pages.append(Page(json_path.stem, report, committed[0]))
            continue
        texts = [_source_text(d.source, json_path) for d in report.documents]
        if any(t is None for t in texts) or any(
            t[q.start : q.end] != q.text  # type: ignore[index]
            for t, d in zip(texts, report.documents, strict=True)
            for q in d.quotes
        ):
            left_out.append(f"{json_path.name}: its article text was not found as checked")
            continue
        path = folder / f"{json_path.stem}.html"
        path.write_text(render_html(report, texts, shipped_store()), encoding="utf-8")  # type: ignore[arg-type]
        pages.append(Page(json_path.stem, report, path))
    return pages, left_out


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    folder = tmp_path_factory.mktemp("reports")
    found, _ = example_pages(folder)
    store = shipped_store()
    report, text = sample_report(store)
    sample = folder / "sample.html"
    sample.write_text(render_html(report, [text], store), encoding="utf-8")
    return [*found, Page("sample", report, sample)]


@dataclass
class Visit:
    page: Any
    dialogs: list[str]
    errors: list[str]
    requests: list[str]


def open_report(browser: Any, path: Path, width: int = 1280, height: int = 900) -> Visit:
    page = browser.new_page(viewport={"width": width, "height": height})
    visit = Visit(page, [], [], [])

    def on_dialog(dialog: Any) -> None:
        visit.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return visit


HIGHLIGHTS = (
    """() => Array.from(document.querySelectorAll('mark.q[id]')).map(m => m.dataset.verdict)"""
)
VISIBLE_PANELS = """() => Array.from(document.querySelectorAll('.panel'))
    .filter(p => p.offsetParent !== null).map(p => p.id)"""


def test_examples_are_all_checked(tmp_path: Path) -> None:
    _, left_out = example_pages(tmp_path)
    assert left_out == []


def test_highlights_per_verdict_match_the_report(browser: Any, pages: list[Page]) -> None:
    for item in pages:
        visit = open_report(browser, item.path)
        shown = Counter(visit.page.evaluate(HIGHLIGHTS))
        wanted = Counter(q.verdict for d in item.report.documents for q in d.quotes)
        assert shown == wanted, item.name
        counts = visit.page.evaluate(
            """() => Object.fromEntries(Array.from(document.querySelectorAll('li[data-verdict]'))
                .map(li => [li.dataset.verdict, Number(li.dataset.count)]))"""
        )
        assert {v: n for v, n in counts.items() if n} == dict(wanted), item.name
        # The report's own script ran (it marks the page), and nothing was refused or broke.
        assert visit.page.evaluate("() => document.documentElement.classList.contains('js')")
        assert visit.errors == [] and visit.dialogs == [], item.name
        assert all(url.startswith("file://") for url in visit.requests), visit.requests
        visit.page.close()


def _first_altered(pages: list[Page]) -> Page:
    return next(
        p
        for p in pages
        if any(q.verdict == "altered" for d in p.report.documents for q in d.quotes)
    )


def test_clicking_an_altered_quote_shows_its_diff(browser: Any, pages: list[Page]) -> None:
    item = _first_altered(pages)
    visit = open_report(browser, item.path)
    page = visit.page
    assert page.evaluate(VISIBLE_PANELS) == []  # one panel at a time, none before a click
    mark = page.locator("mark.q.v-altered[id]").first
    panel_id = mark.get_attribute("data-q")
    mark.click()
    assert page.evaluate(VISIBLE_PANELS) == [panel_id]
    panel = page.locator(f"#{panel_id}")
    deleted = panel.locator("del").all_inner_texts()
    inserted = panel.locator("ins").all_inner_texts()
    assert deleted or inserted
    assert panel.locator("del").first.is_visible() or panel.locator("ins").first.is_visible()
    style = panel.locator("del").first.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "line-through" in style
    quote = next(q for d in item.report.documents for q in d.quotes if q.verdict == "altered")
    shown = panel.locator("blockquote.qtext").inner_text()
    assert " ".join(shown.split()) == " ".join(quote.text.split())
    # Hovering another quote previews it; leaving it returns to the clicked one.
    other = page.locator("mark.q[id]:not(.v-altered)").first
    if other.count():
        other.hover()
        assert page.evaluate(VISIBLE_PANELS) == [other.get_attribute("data-q")]
        page.mouse.move(1, 1)
        assert page.evaluate(VISIBLE_PANELS) == [panel_id]
    # The close button hides it again.
    panel.locator("button.close").click()
    assert page.evaluate(VISIBLE_PANELS) == []
    page.close()


def test_keyboard_and_problem_links_reach_a_quote(browser: Any, pages: list[Page]) -> None:
    item = _first_altered(pages)
    page = open_report(browser, item.path).page
    first = page.locator("mark.q[id]").first
    first.focus()
    page.keyboard.press("Enter")
    assert page.evaluate(VISIBLE_PANELS) == [first.get_attribute("data-q")]
    problem = page.locator("ol.problems a").first
    target = problem.get_attribute("href")[1:]
    problem.click()
    page.wait_for_function(f"() => location.hash === '#{target}'")
    panel_id = page.locator(f"#{target}").get_attribute("data-q")
    assert page.evaluate(VISIBLE_PANELS) == [panel_id]
    assert page.evaluate("() => document.activeElement.id") == target
    # A citation jumps to its statute's section.
    cite = page.locator("a.cite").first
    href = cite.get_attribute("href")
    cite.click()
    page.wait_for_function(f"() => location.hash === '{href}'")
    assert page.locator(href).is_visible()
    page.close()


def test_no_script_from_an_article_or_a_store_file_runs(browser: Any, tmp_path: Path) -> None:
    store = hostile_store()
    report, text = hostile_report(store)
    path = tmp_path / "hostile.html"
    path.write_text(render_html(report, [text], store), encoding="utf-8")
    visit = open_report(browser, path)
    page = visit.page
    for mark in page.locator("mark.q[id]").all():
        mark.hover()
        mark.click()
    page.locator("details summary").first.click()
    page.wait_for_timeout(300)  # give any injected handler its chance to fire
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert visit.dialogs == []
    assert visit.errors == []
    assert all(url.startswith("file://") for url in visit.requests), visit.requests
    article = page.locator("div.text").inner_text()
    assert "<script>window.__pwned = 1; alert(1)</script>" in article
    assert '"><img src=x onerror="window.__pwned = 2; alert(2)">' in article
    assert page.locator("div.text img, div.text script, div.text svg").count() == 0
    links = page.evaluate("() => Array.from(document.links).map(a => a.protocol)")
    assert set(links) <= {"file:", "http:", "https:"}
    page.close()


def test_screenshot_for_the_readme(browser: Any, pages: list[Page], tmp_path: Path) -> None:
    """Writes examples/report.png only when LAWREF_SCREENSHOT=1 (examples/regenerate.sh sets it),
    so that an ordinary test run leaves the working tree as it was."""
    item = _first_altered(pages)
    # Tall enough for the summary and the article's first quotes with one panel open.
    page = open_report(browser, item.path, width=1280, height=1400).page
    page.locator("mark.q.v-altered[id]").first.click()
    page.mouse.move(1, 1)
    target = SCREENSHOT if os.environ.get("LAWREF_SCREENSHOT") == "1" else tmp_path / "report.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    page.close()


def _fonts_of(page: Any, selector: str) -> list[str]:
    """The fonts the browser drew the text of ``selector`` with (Chrome DevTools Protocol)."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return [font["familyName"] for font in fonts]


def test_latin_quotations_are_not_drawn_in_a_cjk_font(browser: Any, pages: list[Page]) -> None:
    """On a machine without Georgia whose only serif with CJK is a CJK font, an English quote
    must still be drawn in a Latin font (a CJK one sets "China's" as "China' s")."""
    item = next(p for p in pages if p.name == "sample")  # rendered now, with the current CSS
    visit = open_report(browser, item.path)
    english = [
        i
        for i, q in enumerate(item.report.documents[0].quotes)
        if "'" in q.text or q.text.isascii()
    ]
    assert english
    for index in english:
        fonts = _fonts_of(visit.page, f"#m0-{index}")
        assert fonts and not any("CJK" in name for name in fonts), (index, fonts)
    chinese = _fonts_of(visit.page, ".text")  # the story quotes Chinese: a CJK face draws it
    assert any("CJK" in name for name in chinese) or not _has_cjk_font()
    visit.page.close()


def _has_cjk_font() -> bool:
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    return bool(listed.strip())
