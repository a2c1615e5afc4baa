"""The web app in a real browser (headless Chromium driven by Playwright, as tests/test_browser.py).

A reader pastes a story, sees the verdict counts, clicks an altered quotation and sees the stored
article beside the story with the matched words and the diff, confirms one verdict and overrides
another, exports, and finds both decisions in the export. Also: the page works on a phone-sized
screen and no script from a story runs. Saves examples/serve-review.png for the README when
LAWREF_SCREENSHOT=1. Skips when Playwright or /usr/bin/chromium is missing.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import EXAMPLE, ROOT, module_cache, running_server, web_installed

web_installed()

import httpx  # noqa: E402

pytestmark = pytest.mark.browser

SCREENSHOT = ROOT / "examples" / "serve-review.png"
WAIT_MS = 60_000  # bounded waits: far more than a check of the example takes
VISIBLE_PANELS = """() => Array.from(document.querySelectorAll('.panel'))
    .filter(p => p.offsetParent !== null || getComputedStyle(p).position === 'fixed')
    .filter(p => getComputedStyle(p).display !== 'none').map(p => p.id)"""
HOSTILE = 'The spokesman said "<script>window.__pwned = 1</script>" and "<img src=x onerror=window.__pwned=2>".'


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    records = tmp_path_factory.mktemp("records")
    with running_server(module_cache(tmp_path_factory), "--data", str(records)) as base:
        yield base


class Visit:
    def __init__(self, browser: Any, base: str, width: int, height: int) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, accept_downloads=True
        )
        self.page = self.context.new_page()
        self.page.set_default_timeout(WAIT_MS)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.base = base

    def check(self, text: str) -> Any:
        page = self.page
        page.goto(f"{self.base}/")
        page.fill("textarea#text", text)
        page.click("form.check button[type=submit]")
        page.wait_for_selector("#review-bar")
        return page

    def close(self) -> None:
        self.context.close()


def _panel_of(page: Any, selector: str) -> tuple[Any, str]:
    mark = page.locator(selector).first
    panel_id = mark.get_attribute("data-q")
    mark.click()
    assert page.evaluate(VISIBLE_PANELS) == [panel_id]
    return page.locator(f"#{panel_id}"), panel_id


def test_paste_review_and_export(browser: Any, server: str, tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    expected = httpx.post(f"{server}/api/check", json={"text": text}, timeout=120).json()
    quotes = expected["documents"][0]["quotes"]
    visit = Visit(browser, server, 1400, 1000)
    page = visit.check(text)

    # The verdict counts are the check's.
    counts = page.evaluate(
        """() => Object.fromEntries(Array.from(document.querySelectorAll('li[data-verdict]'))
            .map(li => [li.dataset.verdict, Number(li.dataset.count)]))"""
    )
    assert {v: n for v, n in counts.items() if n} == dict(Counter(q["verdict"] for q in quotes))

    # Click the altered quotation: the stored article beside the story, matched words, diff.
    altered, altered_id = _panel_of(page, "mark.q.v-altered[id]")
    story_box = page.locator("div.text").bounding_box()
    panel_box = altered.bounding_box()
    assert panel_box["x"] >= story_box["x"] + story_box["width"]  # side by side
    assert panel_box["y"] < story_box["y"] + story_box["height"]
    assert altered.locator("p.stored mark.span").first.is_visible()
    assert altered.locator("p.diff del, p.diff ins").count() > 0
    index = int(altered_id.split("-")[1])
    assert quotes[index]["verdict"] == "altered"
    assert altered.locator("p.stored").first.inner_text().replace("\n", "") in quotes[index][
        "match"
    ]["text"].replace("\n", "")

    # Confirm that verdict, with a note.
    altered.locator(".review input.note").fill("the quote drops 'in accordance with law'")
    altered.locator(".review button.confirm").click()
    assert altered.locator(".review .decision").inner_text().startswith("Confirmed: altered")

    # Override another quotation's verdict.
    other, other_id = _panel_of(page, "mark.q.v-verbatim[id]")
    other.locator(".review select.override-verdict").select_option("paraphrase")
    other.locator(".review input.note").fill("a second translation, not the one stored")
    other.locator(".review button.override").click()
    assert other.locator(".review .decision").inner_text().startswith("Overridden: paraphrase")
    assert page.locator("#review-count").inner_text() == "2"

    # Export JSON: both decisions, on the quotations they were made on.
    with page.expect_download() as download:
        page.click("#export-json")
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    reviewed = exported["documents"][0]["quotes"]
    assert reviewed[index]["review"]["decision"] == "confirmed"
    assert reviewed[index]["review"]["verdict"] == "altered"
    assert "in accordance with law" in reviewed[index]["review"]["note"]
    other_index = int(other_id.split("-")[1])
    assert reviewed[other_index]["review"]["decision"] == "overridden"
    assert reviewed[other_index]["review"]["verdict"] == "paraphrase"
    assert sum(1 for q in reviewed if q["review"]) == 2

    # Export HTML: the self-contained report with the decisions shown.
    with page.expect_download() as download:
        page.click("#export-html")
    html = Path(download.value.path()).read_text(encoding="utf-8")
    assert "2 of 10 quotations reviewed: 1 confirmed, 1 overridden." in html
    assert "a second translation, not the one stored" in html

    # Saved to the records (the server runs with --data).
    page.click("#save-record")
    page.wait_for_function(
        "() => /Saved as record/.test(document.querySelector('#review-status').textContent)"
    )
    page.goto(f"{server}/records")
    assert page.locator("table.records tbody tr").count() == 1

    assert visit.errors == [] and visit.dialogs == []
    assert all(url.startswith((server, "blob:")) for url in visit.requests), visit.requests

    # The picture for the README: the altered quotation's panel beside the story, confirmed.
    page = visit.check(text)
    altered, _ = _panel_of(page, "mark.q.v-altered[id]")
    altered.locator(".review input.note").fill("the quote drops 'in accordance with law'")
    altered.locator(".review button.confirm").click()
    page.mouse.move(1, 1)
    page.locator("mark.q.v-altered[id]").first.evaluate("m => m.scrollIntoView({block: 'center'})")
    page.evaluate("() => document.querySelectorAll('aside.details').forEach(a => a.scrollTop = 0)")
    target = SCREENSHOT if os.environ.get("LAWREF_SCREENSHOT") == "1" else tmp_path / "review.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    visit.close()


def test_phone_sized_screen(browser: Any, server: str) -> None:
    visit = Visit(browser, server, 390, 844)
    page = visit.page
    page.goto(f"{server}/")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    page = visit.check(EXAMPLE.read_text(encoding="utf-8"))
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    panel, _ = _panel_of(page, "mark.q.v-altered[id]")
    box = panel.bounding_box()
    assert box["width"] <= 390 and panel.locator(".review button.confirm").is_visible()
    sheet = page.locator("aside.details").bounding_box()  # a sheet over the lower half
    assert sheet["y"] >= 844 * 0.4 and sheet["y"] + sheet["height"] <= 844 + 1
    assert visit.errors == []
    visit.close()


def test_no_script_from_a_story_runs(browser: Any, server: str) -> None:
    visit = Visit(browser, server, 1280, 900)
    page = visit.check(HOSTILE)
    for mark in page.locator("mark.q[id]").all():
        mark.click()
    page.wait_for_timeout(300)  # give any injected handler its chance to fire
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert visit.dialogs == []
    assert "<script>window.__pwned = 1</script>" in page.locator("div.text").inner_text()
    assert page.locator("div.text img, div.text script").count() == 0
    visit.close()
