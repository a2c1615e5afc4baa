"""Shared fixtures: a cache folder of its own for every test, figures printed on request, a
headless Chromium for the tests that drive a browser, and a checker and a citation finder over the
test module's own ``store`` fixture."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from rule_switch import RuleSwitch

if TYPE_CHECKING:
    from lawref.citations.find import CitationFinder
    from lawref.citations.templates import CitationGrammar
    from lawref.pipeline.checker import Checker
    from lawref.store.files import Store

FIGURES_ENV = "LAWREF_TEST_FIGURES"
# Debian's Chromium, driven by Playwright through executable_path (`playwright install` is never
# run: it downloads a browser of its own). CI installs both (.ci/run).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# Before any test module is imported: code that runs at collection (a parametrize list read from
# the store) must not write into the user's own cache folder either.
# It is also the seed of every test's own folder: the compiled stores that the tests left behind.
_SESSION_CACHE = Path(tempfile.mkdtemp(prefix="lawref-test-cache-"))
_SEED = _SESSION_CACHE / "seed"
_SEED.mkdir()
os.environ["LAWREF_CACHE_DIR"] = str(_SEED)
os.environ.pop("LAWREF_NO_CACHE", None)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_CACHE, ignore_errors=True)


def _copy_new(source: Path, target: Path) -> None:
    """Copy the files of ``source`` that ``target`` lacks (cache files are named by content)."""
    if not source.is_dir():
        return
    for path in source.iterdir():
        if path.is_file() and not path.name.startswith(".") and not (target / path.name).exists():
            shutil.copy2(path, target / path.name)


@pytest.fixture(autouse=True)
def _private_cache_dir(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Path]:
    """Never the user's real cache, and never another test's: every test gets a folder of its own.

    So that the shipped store is not compiled again for every test, the folder starts with a
    copy of what earlier tests compiled (the files are keyed by the store's content and signed
    with the folder's key, which is copied with them). Tests of the cache itself (``fresh_cache``,
    test_cache.py) get an empty folder, and what they leave is not passed on.
    """
    fresh = request.node.get_closest_marker("fresh_cache") or request.module.__name__.endswith(
        "test_cache"
    )
    folder = tmp_path_factory.mktemp("lawref-cache")
    if not fresh:
        _copy_new(_SEED, folder)
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(folder))
    monkeypatch.delenv("LAWREF_NO_CACHE", raising=False)
    yield folder
    if not fresh:
        _copy_new(folder, _SEED)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def figures(
    request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> Callable[..., None]:
    """Print measured figures (precision, thresholds): shown with ``-s`` or LAWREF_TEST_FIGURES=1,
    quiet otherwise (pytest shows them with the failure when the test fails)."""
    forced = os.environ.get(FIGURES_ENV, "") not in ("", "0")

    def emit(*lines: str) -> None:
        if forced:
            with capsys.disabled():
                print(*lines, sep="\n")
        else:
            print(*lines, sep="\n")

    return emit


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium for the module's tests (Playwright's Browser); the tests that use it
    skip when Playwright or /usr/bin/chromium is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install '.[browser]')")
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    with sync_playwright() as driver:
        # launch() gives every run a fresh, throw-away profile (user-data-dir).
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# lawref is imported inside these fixtures: this module sets the cache folder before anything of
# lawref is imported.
@pytest.fixture(scope="module")
def checker(store: Store) -> Checker:
    """A checker over the store the test module's own ``store`` fixture gives."""
    from lawref.pipeline.checker import Checker

    return Checker(store)


@pytest.fixture(scope="module")
def finder(store: Store) -> CitationFinder:
    """A citation finder over the store the test module's own ``store`` fixture gives."""
    from lawref.citations.find import CitationFinder

    return CitationFinder(store)


@pytest.fixture(scope="module")
def grammar_without_eu_ai_act_ja(tmp_path_factory: pytest.TempPathFactory) -> CitationGrammar:
    """The shipped grammar without its context "the EU's AI act, in Japanese" (AI法 on a page
    with EU cues read as the AI Act): the rule-off run of that context and of rules it overlaps."""
    from stored import grammar_without_context

    return grammar_without_context(
        tmp_path_factory.mktemp("grammar-off"),
        "ja.yaml",
        "the EU's AI act, in Japanese",
        "Hong Kong, in Japanese",
    )


@pytest.fixture(params=[True, False], ids=["rule-on", "rule-off"])
def rule(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> RuleSwitch:
    """The test runs with its rule on, then with it taken out (tests/rule_switch.py)."""
    return RuleSwitch(request.param, monkeypatch)
