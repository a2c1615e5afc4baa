"""PDF and Word (.docx) input: an example story printed to PDF by Chromium and written as .docx by
python-docx links the same quotations to the same articles as its .txt, with the page or
paragraph of each in the reports; scans, encrypted and damaged files are one line each."""

from __future__ import annotations

import html
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from lawref.cli import run
from lawref.errors import InputError
from lawref.read import docx_text
from lawref.read.source import read_bytes, read_source

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = ["huawei-intelligence-law", "zh-data-security", "mixed-platforms"]


# --- documents made by the tests --------------------------------------------------------------


def paragraphs_of(name: str) -> list[str]:
    text = (REPO / "examples" / f"{name}.txt").read_text(encoding="utf-8")
    return [p for p in text.split("\n\n") if p.strip()]


def write_docx(paragraphs: list[str], path: Path, quote_style: set[int] = frozenset()) -> Path:
    import docx

    document = docx.Document()
    for index, paragraph in enumerate(paragraphs):
        document.add_paragraph(paragraph, style="Quote" if index in quote_style else None)
    document.save(str(path))
    return path


def print_pdf(browser: Any, body_html: str, path: Path, page_format: str = "A5") -> Path:
    page = browser.new_page()
    page.set_content(
        '<!doctype html><html><head><meta charset="utf-8"><style>'
        "body { font: 12pt serif; } p { margin: 0 0 1em; }</style></head>"
        f"<body>{body_html}</body></html>"
    )
    page.pdf(path=str(path), format=page_format)
    page.close()
    return path


def story_pdf(browser: Any, name: str, folder: Path) -> Path:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs_of(name))
    return print_pdf(browser, body, folder / f"{name}.pdf")


def minimal_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF written by hand, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


ONE_BLANK_PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
]


# --- reading through the CLI -----------------------------------------------------------------


def check_json(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, Any]:
    run(["check", str(path), "--format", "json"])
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)["documents"][0]


def linked(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What a reader relies on: each quotation's words, verdict, article and attribution."""
    return [
        (
            " ".join(q["text"].split()),
            q["verdict"],
            q["match"] and (q["match"]["statute"], q["match"]["article"]),
            q["attribution"],
        )
        for q in document["quotes"]
    ]


def cited(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["text"], c["statute"], c["article"], c["version"]) for c in document["citations"]]


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_docx_links_like_its_text(
    name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paragraphs = paragraphs_of(name)
    expected = check_json(capsys, REPO / "examples" / f"{name}.txt")
    got = check_json(capsys, write_docx(paragraphs, tmp_path / f"{name}.docx"))
    assert linked(got) == linked(expected)
    assert cited(got) == cited(expected)
    for quote in got["quotes"]:
        # The paragraph is the one of the story that holds the quotation.
        holder = paragraphs[quote["paragraph"] - 1]
        assert " ".join(quote["text"].split()) in " ".join(holder.split())
        assert "page" not in quote
    assert all("paragraph" in c for c in got["citations"])


@pytest.mark.browser
@pytest.mark.parametrize("name", EXAMPLES)
def test_a_pdf_printed_by_chromium_links_like_its_text(
    name: str, browser: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    expected = check_json(capsys, REPO / "examples" / f"{name}.txt")
    got = check_json(capsys, story_pdf(browser, name, tmp_path))
    assert linked(got) == linked(expected)
    assert cited(got) == cited(expected)
    assert all(q["page"] >= 1 and "paragraph" not in q for q in got["quotes"])


@pytest.mark.browser
def test_pages_are_counted_from_one(browser: Any, tmp_path: Path) -> None:
    body = (
        '<p>Article 7 of the law says that "All organizations and citizens shall support, '
        "assist, and cooperate with national intelligence efforts in accordance with law, and "
        'shall protect national intelligence work secrets they are aware of."</p>'
        '<p style="break-before: page">Its Article 14 says state intelligence work organs "may '
        "demand that concerned organs, organizations, or citizens provide needed support, "
        'assistance, and cooperation."</p>'
    )
    source = read_source(str(print_pdf(browser, body, tmp_path / "two.pdf")))
    assert source.media_type == "pdf" and len(source.pages) == 2
    second = source.text.index("Its Article 14")
    assert source.page_of(0) == 1 and source.page_of(second) == 2


@pytest.mark.browser
def test_hyphenation_and_line_breaks_are_repaired(
    browser: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = (
        '<p style="width: 9cm">Article 7 of the law says that "All organizations and citizens '
        "shall support, assist, and co-<br>operate with national intelli-<br>gence efforts in "
        "accordance with law, and shall protect national intelligence work secrets they are "
        'aware of."</p>'
    )
    path = print_pdf(browser, body, tmp_path / "hyphens.pdf")
    text = read_source(str(path)).text
    assert "cooperate with national intelligence efforts" in text
    assert "\n" not in text  # one paragraph, its lines rejoined
    document = check_json(capsys, path)
    assert [q["verdict"] for q in document["quotes"]] == ["verbatim"]


@pytest.mark.browser
def test_cjk_glyphs_mapped_to_radicals_are_read_as_ideographs(browser: Any, tmp_path: Path) -> None:
    line = "任何组织和公民都应当依法支持、协助和配合国家情报工作。"
    source = read_source(str(print_pdf(browser, f"<p>{line}</p>", tmp_path / "zh.pdf")))
    assert source.text == line


def test_reports_give_the_page_or_paragraph(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_docx(paragraphs_of("huawei-intelligence-law"), tmp_path / "story.docx")
    first = check_json(capsys, path)["quotes"][0]
    run(["check", str(path)])
    text_report = capsys.readouterr().out
    assert f"paragraph {first['paragraph']}  “" in text_report
    assert " line " not in text_report
    out = tmp_path / "report.html"
    run(["check", str(path), "--format", "html", "-o", str(out)])
    capsys.readouterr()
    page = out.read_text(encoding="utf-8")
    assert f"<small>paragraph {first['paragraph']}</small>" in page


def test_cites_and_batch_read_documents_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_docx(paragraphs_of("huawei-intelligence-law"), folder / "story.docx")
    run(["cites", str(folder / "story.docx"), "--format", "json"])
    citations = json.loads(capsys.readouterr().out)["documents"][0]["citations"]
    assert citations and all(c["paragraph"] >= 1 for c in citations)
    run(["cites", str(folder / "story.docx")])
    table = capsys.readouterr().out
    assert f"paragraph {citations[0]['paragraph']}" in table
    out = tmp_path / "out.jsonl"
    assert run(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    capsys.readouterr()
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "story.docx" and record["quotes"][0]["paragraph"] >= 1


def test_read_bytes_reads_an_upload_by_its_name(tmp_path: Path) -> None:
    path = write_docx(["A first paragraph.", "A second one."], tmp_path / "upload.docx")
    source = read_bytes(path.read_bytes(), "upload.docx")
    assert source.media_type == "docx" and source.paragraphs == (0, 20)
    assert source.text == "A first paragraph.\n\nA second one."
    assert read_bytes(b"plain words", "notes.txt").media_type == "text"


# --- what .docx holds beyond paragraphs -------------------------------------------------------


def test_a_quotation_style_paragraph_is_a_block_quote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    words = (
        "All organizations and citizens shall support, assist, and cooperate with national "
        "intelligence efforts in accordance with law, and shall protect national intelligence "
        "work secrets they are aware of."
    )
    path = write_docx(
        ["Article 7 of the National Intelligence Law provides:", words, "Critics disagree."],
        tmp_path / "block.docx",
        quote_style={1},
    )
    (quote,) = check_json(capsys, path)["quotes"]
    assert quote["marks"] == "block" and quote["paragraph"] == 2
    assert quote["match"]["article"] == "7"


def test_tables_and_footnotes_are_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Body text.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "left cell"
    table.cell(0, 1).text = "right cell"
    path = tmp_path / "notes.docx"
    document.save(str(path))
    with_notes = _add_footnote(path.read_bytes(), "A footnote citing Article 7 of the law.")
    source = read_bytes(with_notes, "notes.docx")
    assert source.text.split("\n\n") == [
        "Body text.",
        "left cell",
        "right cell",
        "A footnote citing Article 7 of the law.",
    ]


def _add_footnote(data: bytes, words: str) -> bytes:
    """``data`` (a .docx) with a footnotes part holding one footnote (and the separators)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{words}</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    relation = (
        '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/footnotes" Target="footnotes.xml"/>'
    )
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            content = old.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>", relation.encode() + b"</Relationships>"
                )
            elif item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", override.encode() + b"</Types>")
            new.writestr(item, content)
        new.writestr("word/footnotes.xml", notes)
    return out.getvalue()


# --- files that cannot be read: one line each -------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


BAD_FILES = {
    "scan.pdf": (minimal_pdf(ONE_BLANK_PAGE), "no text layer"),
    "locked.pdf": (
        minimal_pdf(
            [
                *ONE_BLANK_PAGE,
                b"<< /Filter /Standard /V 1 /R 2 /O <"
                + b"11" * 32
                + b"> /U <"
                + b"22" * 32
                + b"> /P -4 >>",
            ],
            b"/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
            b"<0123456789abcdef0123456789abcdef>] ",
        ),
        "encrypted PDF",
    ),
    "garbage.pdf": (b"%PDF-1.4\n\x00\xff (((( <<<< >>", "damaged or unreadable PDF"),
    "words.pdf": (b"just some words, not a PDF at all", "damaged or unreadable PDF"),
    "truncated.pdf": (minimal_pdf(ONE_BLANK_PAGE)[:60], "damaged or unreadable PDF"),
    "words.docx": (b"just some words", "not a zip archive"),
    "empty-zip.docx": (_zip({"other.xml": b"<x/>"}), "not a Word document"),
    "old.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old Word .doc"),
    "broken-xml.docx": (
        _zip({"word/document.xml": b"<w:document", "[Content_Types].xml": b"<Types"}),
        "damaged Word document",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("command", ["check", "cites"])
def test_an_unreadable_document_is_one_line_naming_it(
    name: str, command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    code = run([command, str(path)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith(f"lawref: error: {path}: ") and captured.err.count("\n") == 1
    assert reason in captured.err and "Traceback" not in captured.err


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_docx(["Some words."], tmp_path / "big.docx")
    monkeypatch.setattr(docx_text, "MAX_UNZIPPED_BYTES", 1000)
    with pytest.raises(InputError, match="unpacks to more than"):
        read_source(str(path))
