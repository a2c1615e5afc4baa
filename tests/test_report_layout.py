"""The HTML report of a long scraped story: a list of every quotation at the top, page furniture
folded away, Latin text in Latin fonts, the diff shown once, long titles shortened, and no local
folders in the header."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from html_probe import Probe

from lawref.cli import run
from lawref.render.html import FOLD_MIN_LINES
from lawref.render.panels import TITLE_CHARS

REPO = Path(__file__).resolve().parents[1]
STORY = (REPO / "examples" / "huawei-intelligence-law.txt").read_text(encoding="utf-8")
MENU = "\n".join(f"Menu {n}: Subscribe | Sign in | Newsletters | Podcasts" for n in range(40))
RELATED = "\n".join(f"Related: another story, number {n}, about something else" for n in range(30))


def report(tmp_path: Path, text: str, name: str = "story.txt", *args: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "report.html"
    assert run(["check", str(path), "--format", "html", "-o", str(out), *args]) in (0, 1)
    return out.read_text(encoding="utf-8")


@pytest.fixture()
def scraped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    page = report(tmp_path, f"{MENU}\n\n{STORY}\n\n{RELATED}\n")
    capsys.readouterr()
    return page


def test_every_quotation_is_listed_at_the_top_and_linked(scraped: str) -> None:
    probe = Probe(scraped)
    marks = [e.attrs["id"] for e in probe.find("mark") if e.attrs.get("id", "").startswith("m")]
    contents = scraped.index('<ol class="contents">')
    assert contents < scraped.index('<section class="document"')
    listed = re.findall(
        r'<li><a href="#(m0-\d+)">', scraped[contents : scraped.index("</ol>", contents)]
    )
    assert sorted(listed) == sorted(marks) and len(listed) == 10
    # each entry: a verdict chip, the first words, and where the quotation is
    first = scraped[contents : scraped.index("</li>", contents)]
    assert 'class="badge v-verbatim"' in first and "“All organizations" in first
    assert re.search(r"<small>line \d+</small>", first)


def test_the_list_is_there_when_nothing_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    verbatim = STORY.split("\n\n")[2]  # the paragraph with Article 7 quoted verbatim
    page = report(tmp_path, f"{MENU}\n\n{verbatim}\n")
    capsys.readouterr()
    assert "No problems found" in page
    assert re.search(r'<ol class="contents"><li><a href="#m0-0">', page)


def test_long_stretches_without_quotations_are_folded(scraped: str) -> None:
    folds = re.findall(r'<details class="fold"><summary>… (\d+) lines without', scraped)
    assert len(folds) == 2 and all(int(n) >= FOLD_MIN_LINES for n in folds)
    for body in re.findall(r'<details class="fold">(.*?)</details>', scraped, re.S):
        assert "<mark" not in body and 'class="cite' not in body
    # The whole article is still there, in order, once the fold labels are taken out.
    article = next(e for e in Probe(scraped).elements if "text" in e.classes and e.tag == "div")
    labels = re.findall(r"<summary>(.*?)</summary>", scraped)
    shown = article.inner()
    for label in labels:
        if "lines without" in label:
            shown = shown.replace(label, "", 1)
    assert shown == f"{MENU}\n\n{STORY}\n\n{RELATED}\n"


def test_a_short_article_is_not_folded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = report(tmp_path, STORY)
    capsys.readouterr()
    assert 'class="fold"' not in page


def test_latin_text_is_set_in_a_latin_font_before_any_cjk_face(scraped: str) -> None:
    css = scraped[scraped.index("<style>") : scraped.index("</style>")]
    for family, face in (
        (re.search(r"\.text \{[^}]*font-family:([^;]*);", css), "lawref CJK serif"),
        (re.search(r":root \{[^}]*font-family:([^;]*);", css), "lawref CJK sans"),
    ):
        assert family is not None
        fonts = [f.strip().strip('"') for f in family.group(1).split(",")]
        assert not any("CJK" in f and f != face for f in fonts), fonts
        assert fonts.index(face) == len(fonts) - 2  # after every Latin font, before the generic
        declared = re.search(
            r'@font-face \{ font-family: "' + face + r'"; unicode-range: ([^;]*);', css
        )
        assert declared is not None
        # The CJK face covers CJK code points only: not the apostrophe (U+2019) nor ASCII.
        ranges = [r.strip().removeprefix("U+").split("-") for r in declared.group(1).split(",")]
        assert all(int(low, 16) >= 0x2E80 for low, *_ in ranges)


def test_the_diff_is_shown_once(scraped: str) -> None:
    css = scraped[scraped.index("<style>") : scraped.index("</style>")]
    assert "[-" not in css and "{+" not in css
    assert re.search(r"<del>[^<]+</del>", scraped) and re.search(r"<ins>[^<]+</ins>", scraped)


def test_a_long_title_is_shortened_with_the_whole_on_hover(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lawref.store.load import load_store

    gdpr = load_store().resolve("eu-gdpr")
    assert len(gdpr.title_original) > TITLE_CHARS and gdpr.title_en == gdpr.title_original
    page = report(tmp_path, "Article 6 of the GDPR sets out when processing is lawful.\n")
    capsys.readouterr()
    authorities = page[page.index('<table class="authorities">') : page.index("</table>")]
    whole = " ".join(gdpr.title_original.split())
    assert authorities.count(f'title="{whole}"') == 1
    assert whole not in authorities.replace(f'title="{whole}"', "")  # shown once, shortened
    assert page.count(f">{whole}<") == 1  # in full once: in its own section


def test_the_header_shows_no_local_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = report(tmp_path, STORY, "my-story.txt")
    capsys.readouterr()
    assert str(tmp_path) not in page
    assert '<p class="meta">my-story.txt · lawref' in page
