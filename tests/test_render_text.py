"""The terminal view: plain when piped or with NO_COLOR, a diff either way, wide characters aligned."""

from __future__ import annotations

import re
from collections import Counter
from io import StringIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_samples import (
    NIL,
    ArticleBuilder,
    hostile_report,
    hostile_store,
    sample_report,
    shipped_store,
)
from rich.cells import cell_len
from rich.console import Console

from lawref.cli.progress import LARGE_TEXT, progress, should_show
from lawref.render.facts import Lines
from lawref.render.text import (
    cites_text_report,
    clean,
    render_cites_text,
    render_text,
    text_report,
)
from lawref.report import Document, Report
from lawref.store.files import Store

ANSI = re.compile(r"\x1b\[([0-9;]*)m")


@pytest.fixture(scope="module")
def store() -> Store:
    return shipped_store()


@pytest.fixture(scope="module")
def sample(store: Store) -> tuple[Report, str]:
    return sample_report(store)


def rendered(report: Report, text: str, store: Store, **console: object) -> str:
    out = StringIO()
    options = {"width": 100, "force_terminal": False, **console}
    render_text(report, [text], store, Console(file=out, **options))  # type: ignore[arg-type]
    return out.getvalue()


def colour_codes(output: str) -> list[str]:
    """SGR parameters that set a colour (foreground or background), in any colour system."""
    found = []
    for params in ANSI.findall(output):
        codes = [int(p) for p in params.split(";") if p]
        if any(c in (38, 48) or 30 <= c <= 37 or 40 <= c <= 47 or 90 <= c <= 107 for c in codes):
            found.append(params)
    return found


def test_piped_output_is_plain_and_still_shows_the_diff(
    sample: tuple[Report, str], store: Store
) -> None:
    report, text = sample
    output = rendered(report, text, store)
    assert "\x1b" not in output
    assert "[-shall-]{+must+}" in output
    assert "[- in accordance with law,-]" in output
    for verdict in {q.verdict for q in report.documents[0].quotes}:
        assert f"[{verdict.upper()}]" in output
    assert "[MISATTRIBUTED]" in output
    assert all(line == line.rstrip() for line in output.splitlines())


def test_no_color_is_respected_on_a_terminal(
    sample: tuple[Report, str], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    report, text = sample
    monkeypatch.setenv("NO_COLOR", "1")
    output = rendered(report, text, store, force_terminal=True, color_system="truecolor")
    assert colour_codes(output) == []
    assert "[-shall-]{+must+}" in ANSI.sub("", output)


def test_colour_terminal_marks_changes_with_styles_not_markers(
    sample: tuple[Report, str], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    report, text = sample
    monkeypatch.delenv("NO_COLOR", raising=False)
    output = rendered(report, text, store, force_terminal=True, color_system="truecolor")
    assert colour_codes(output)
    assert "[-shall-]" not in output and "{+must+}" not in output
    struck = re.search(r"\x1b\[([0-9;]*)mshall\x1b\[0m", output)
    underlined = re.search(r"\x1b\[([0-9;]*)mmust\x1b\[0m", output)
    assert struck and "9" in struck.group(1).split(";")
    assert underlined and "4" in underlined.group(1).split(";")


def test_one_block_per_quote_with_its_facts(sample: tuple[Report, str], store: Store) -> None:
    report, text = sample
    output = rendered(report, text, store, width=2000)
    quotes = report.documents[0].quotes
    assert len(re.findall(r"^\[[A-Z]+\] line \d+", output, re.M)) == len(quotes)
    for quote in quotes:
        assert f"“{quote.text}”" in output
    nil = store.statutes[NIL]
    assert f"{nil.title_original} — {nil.title_en}" in output
    assert "Art. 14 · version 2018" in output
    assert "original text (zh)" in output
    assert "misattributed: cited as “Article 7”; the text is from Art. 14" in output
    assert "reproduced without quotation marks" in output and "faithfulness 42.00" in output


def test_summary_line_counts_what_the_report_says(sample: tuple[Report, str], store: Store) -> None:
    report, text = sample
    output = rendered(report, text, store, width=2000)
    line = next(x for x in output.splitlines() if re.match(r"\d+ quotes: ", x))
    quotes = report.documents[0].quotes
    assert line.startswith(f"{len(quotes)} quotes: ")
    shown = {name: int(n) for n, name in re.findall(r"(\d+) ([a-z]+)", line.split(":", 1)[1])}
    wanted = Counter(q.verdict for q in quotes) + Counter(
        q.attribution for q in quotes if q.attribution != "consistent"
    )
    assert shown == dict(wanted)


@pytest.mark.parametrize("width", [40, 61, 100])
def test_wide_characters_fit_the_width_and_table_columns_align(
    sample: tuple[Report, str], store: Store, width: int
) -> None:
    report, text = sample
    output = rendered(report, text, store, width=width)
    lines = output.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert any(cell_len(line) != len(line) for line in lines)  # there is wide text to align
    table = [line for line in lines if "│" in line]
    assert len(table) >= 4
    columns = {
        tuple(cell_len(line[:i]) for i, ch in enumerate(line) if ch == "│") for line in table
    }
    assert len(columns) == 1  # every row puts its separators in the same terminal columns


def test_control_characters_and_markup_in_text_are_shown_not_obeyed(store: Store) -> None:
    a = ArticleBuilder().add('He said "')
    a.quote("\x1b[31mred\x1b[0m [bold]not bold[/bold] \x07", verdict="unmatched", score=0.0)
    a.add('".')
    report = Report(lawref_version="t", documents=[a.document("evil\x1b]0;title\x07.txt")])
    output = rendered(report, a.text, store, force_terminal=True, color_system="truecolor")
    assert "\x1b[31mred" not in output and "\x07" not in output and "\x1b]0;" not in output
    assert "␛[31mred" in output and "[bold]not bold[/bold]" in output
    assert clean("a\x00b\x9bc\u202ed") == "a␀b⟨U+009B⟩c⟨U+202E⟩d"


def test_hostile_store_text_is_plain_text(store: Store) -> None:
    evil = hostile_store()
    report, text = hostile_report(evil)
    output = rendered(report, text, evil, width=2000)
    assert "National <script>window.__pwned = 3</script> Law" in output
    assert "\x1b" not in output


def test_several_documents_get_a_total(sample: tuple[Report, str], store: Store) -> None:
    report, text = sample
    doubled = Report(lawref_version="t", documents=[*report.documents, *report.documents])
    out = StringIO()
    render_text(doubled, [text, text], store, Console(file=out, width=120, force_terminal=False))
    total = 2 * len(report.documents[0].quotes)
    assert f"2 documents, {total} quotes: " in out.getvalue()


def test_cites_text_lists_citations(sample: tuple[Report, str], store: Store) -> None:
    report, text = sample
    out = StringIO()
    render_cites_text(
        report.documents, [text], store, Console(file=out, width=240, force_terminal=False)
    )
    output = out.getvalue()
    for citation in report.documents[0].citations:
        assert citation.text in output
    assert "(not in the store)" in output
    empty = StringIO()
    render_cites_text(
        [Document(source="e.txt", quotes=[], citations=[])], [""], store, Console(file=empty)
    )
    assert "no citations found" in empty.getvalue()


# --- piped output is laid out without rich's console: the same bytes as rich's -----------------


def _reports(store: Store) -> list[tuple[Report, list[str], Store]]:
    """The sample and hostile reports, the sample doubled, and every example article checked
    (long quotes, wide Chinese titles, web addresses longer than a line, empty cells)."""
    from pathlib import Path

    from lawref.pipeline.checker import Checker
    from lawref.spans import SourceText

    report, text = sample_report(store)
    doubled = Report(lawref_version="t", documents=[*report.documents, *report.documents])
    evil = hostile_store()
    hostile, hostile_text = hostile_report(evil)
    found = [(report, [text], store), (doubled, [text, text], store)]
    found.append((hostile, [hostile_text], evil))
    checker = Checker(store)
    for path in sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt")):
        article = path.read_text(encoding="utf-8")
        document = checker.check_source(SourceText(source=path.name, text=article))
        found.append((Report(lawref_version="t", documents=[document]), [article], store))
    return found


@pytest.mark.parametrize("width", [12, 24, 40, 57, 80, 100, 133, 200])
def test_the_plain_report_is_what_rich_prints_without_colour(store: Store, width: int) -> None:
    """A piped check (lawref.render.plain) writes exactly what rich writes on a console without
    colour, at every width: wrapping, the facts grid, the table's column widths and rules."""
    for report, texts, used in _reports(store):
        out = StringIO()
        render_text(report, texts, used, Console(file=out, width=width, force_terminal=False))
        assert text_report(report, texts, used, width) == out.getvalue()
        out = StringIO()
        console = Console(file=out, width=width, force_terminal=False)
        render_cites_text(report, texts, used, console)
        assert cites_text_report(report, texts, used, width) == out.getvalue()


@given(
    st.lists(
        st.sampled_from(["a", "bb", " ", "  ", "法律", "\t", "\n", "—", "x" * 14]), max_size=30
    ),
    st.integers(min_value=1, max_value=40),
)
@settings(max_examples=200, deadline=None)
def test_wrapping_is_rich_wrapping(pieces: list[str], width: int) -> None:
    text = "".join(pieces)
    from rich.text import Text

    from lawref.render.plain import wrap

    out = StringIO()
    Console(file=out, width=width, force_terminal=False).print(Text(text))
    assert "".join(line + "\n" for line in wrap(text, width)) == out.getvalue()


def test_piped_checks_are_as_wide_as_rich_would_draw_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Which way ``check`` draws its text report: plain at rich's width when not on a terminal
    (COLUMNS, else the terminal's, else 80; -o FILE at 100), and by rich when the environment
    says the output is a terminal."""
    from pathlib import Path

    from lawref.cli.app import plain_width

    for name in ("TTY_COMPATIBLE", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "57")
    assert plain_width(None) == 57  # pytest's captured stdout is not a terminal
    assert plain_width(Path("report.txt")) == 100
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert plain_width(None) is None
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert plain_width(None) == 57
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.delenv("FORCE_COLOR")
    assert plain_width(None) is None


def test_progress_draws_only_on_a_terminal() -> None:
    quiet = StringIO()
    with progress(
        3, "checking [bold]x[/]", console=Console(file=quiet, force_terminal=False)
    ) as advance:
        for _ in range(3):
            advance(1, description="checking b.txt")
    assert quiet.getvalue() == ""
    shown = StringIO()
    console = Console(file=shown, force_terminal=True, width=80)
    with progress(3, "checking [bold]x[/]", console=console) as advance:
        advance(1)
        console.file.flush()
    assert "checking [bold]x[/]" in shown.getvalue()
    off = StringIO()
    with progress(3, console=Console(file=off, force_terminal=True), show=False) as advance:
        advance(1)
    assert off.getvalue() == ""


def test_progress_is_for_several_files_or_a_large_one() -> None:
    assert not should_show(1) and not should_show(0)
    assert should_show(2)
    assert should_show(1, LARGE_TEXT) and not should_show(1, LARGE_TEXT - 1)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab\n中", max_size=30), offset=st.integers(0, 30))
def test_line_numbers_count_the_line_breaks_before_an_offset(text: str, offset: int) -> None:
    offset = min(offset, len(text))
    assert Lines(text).of(offset) == text.count("\n", 0, offset) + 1
