"""Reading input: encodings, bad files, size limits, HTML and Markdown, and URLs from a local
server (127.0.0.1 only, never the internet)."""

from __future__ import annotations

import gzip
import http.server
import io
import os
import socket
import struct
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawref.errors import InputError
from lawref.quotes.find import find_quotes
from lawref.read.source import DEFAULT_MAX_BYTES, decode_bytes, read_source
from lawref.store.load import load_store


def _article_text(statute: str, number: str) -> str:
    store = load_store(use_cache=False)
    return next(a.text for a in store.statutes[statute].articles if a.number == number)


@pytest.fixture(scope="module")
def nil7() -> str:
    return _article_text("cn-national-intelligence-law", "7")


@pytest.fixture(scope="module")
def s230() -> str:
    text = _article_text("us-47-usc-230", "230")
    return next(line for line in text.split("\n") if line.startswith("No provider or user"))


def _story_zh(nil7: str) -> str:
    return f"《国家情报法》第七条规定：\n\n“{nil7.split(chr(10))[0]}”\n\n专家认为，这一条款范围很广。\n"


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "utf-16"),
        ("utf-16-be", b"\xfe\xff", "utf-16"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("gb18030", b"", "gb18030"),
        ("gbk", b"", "gb18030"),
    ],
)
def test_chinese_story_in_every_encoding(
    tmp_path: Path, nil7: str, codec: str, prefix: bytes, expected: str
) -> None:
    story = _story_zh(nil7)
    path = _write(tmp_path, "story.txt", prefix + story.encode(codec))
    source = read_source(path)
    assert source.text == story
    assert source.encoding == expected
    assert source.media_type == "text"
    (quote,) = find_quotes(source.text)
    assert quote.text == nil7.split("\n")[0] and quote.lead_in == "规定："


def test_bomless_utf16_english(tmp_path: Path, s230: str) -> None:
    story = f"Section 230(c)(1) says “{s230}”\n"
    for codec in ("utf-16-le", "utf-16-be"):
        source = read_source(_write(tmp_path, f"{codec}.txt", story.encode(codec)))
        assert (source.text, source.encoding) == (story, codec)


def test_returned_encoding_decodes_the_bytes(nil7: str) -> None:
    for data in (nil7.encode("gb18030"), nil7.encode("utf-16"), b"caf\xe9", "“x”".encode("cp1252")):
        text, encoding = decode_bytes(data, "x")
        assert data.decode(encoding) == text


def test_cp1252_smart_quotes(tmp_path: Path, s230: str) -> None:
    story = f"The law says “{s230}” — and that’s it.\n"
    source = read_source(_write(tmp_path, "win.txt", story.encode("cp1252")))
    assert (source.text, source.encoding) == (story, "cp1252")


def test_latin1_fallback_where_cp1252_has_holes(tmp_path: Path) -> None:
    data = "Zürich, café, naïve — \x90 control".encode("latin-1", "replace").replace(b"?", b"-")
    source = read_source(_write(tmp_path, "latin1.txt", data))
    assert source.encoding == "latin-1"
    assert source.text.startswith("Zürich, café, naïve")


def test_latin1_word_in_ascii_text_is_not_read_as_chinese(tmp_path: Path) -> None:
    source = read_source(_write(tmp_path, "naive.txt", "A naïve reading.".encode("latin-1")))
    assert source.text == "A naïve reading."


def test_invalid_utf8_mid_file_is_reported(tmp_path: Path, nil7: str) -> None:
    good = _story_zh(nil7).encode("utf-8")
    middle = len(good) // 2
    middle = good.index(b"\n", middle) + 1
    data = good[:middle] + b"\xff" + good[middle:]
    path = _write(tmp_path, "broken.txt", data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: not valid UTF-8 at byte {middle} (line ")
    assert "1 bad byte" in message
    text, encoding = decode_bytes(data, path, errors="replace")
    assert encoding == "utf-8" and "\ufffd" in text and nil7.split("\n")[0] in text


def test_crlf_and_cr_become_newlines(tmp_path: Path) -> None:
    source = read_source(_write(tmp_path, "dos.txt", b"one\r\ntwo\rthree\n"))
    assert source.text == "one\ntwo\nthree\n"


# --- files that are not text, or not there ------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", "All organizations and citizens shall support")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("shot.png", _png(), "binary file (PNG image)"),
        # A .docx and a PDF are read as documents (tests/test_documents.py): these are damaged.
        ("story.docx", _zip(), "not a Word document"),
        ("story.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "damaged or unreadable PDF"),
        ("archive.txt", _zip(), "binary file (ZIP archive"),
        ("nul.txt", b"Article 7\x00\x00 says", "binary file (NUL byte at offset 9)"),
        ("controls.txt", bytes(range(1, 9)) * 50, "binary file ("),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t \r\n\n", "empty file"),
        ("bom-only.txt", b"\xef\xbb\xbf", "empty file"),
        ("blank16.txt", " \n\n".encode("utf-16"), "empty file"),
    ],
)
def test_refused_with_one_line(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert str(caught.value).startswith(f"{path}: {reason}")
    assert "\n" not in str(caught.value)


def test_folder_missing_and_bad_names(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder, not a file"):
        read_source(str(tmp_path))
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match=f"^{missing}: no such file$"):
        read_source(missing)
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt" / "below"))
    with pytest.raises(InputError, match="cannot read"):
        read_source("bad\x00name.txt")
    with pytest.raises(InputError, match="unsupported URL scheme"):
        read_source("file:///etc/passwd")


def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod does not stop reading")
        with pytest.raises(InputError, match=f"^{path}: permission denied$"):
            read_source(str(path))
    finally:
        path.chmod(0o644)


def test_fifty_megabytes_within_the_default_limit(tmp_path: Path, s230: str) -> None:
    paragraph = (f'Reporters keep quoting "{s230}" in stories.\n\n').encode()
    target = 50 * 1000 * 1000
    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        block = paragraph * (1_000_000 // len(paragraph))
        written = 0
        while written < target:
            piece = block[: target - written]
            out.write(piece)
            written += len(piece)
    assert target < DEFAULT_MAX_BYTES
    source = read_source(str(path))
    assert len(source.text) == target and source.encoding == "utf-8"


def test_one_megabyte_single_line(tmp_path: Path, s230: str) -> None:
    sentence = f'Critics keep quoting "{s230}" and so do its defenders. '
    line = sentence * (1_000_000 // len(sentence))
    source = read_source(_write(tmp_path, "line.txt", line.encode()))
    assert source.text == line and "\n" not in source.text
    quotes = find_quotes(source.text)
    assert len(quotes) == line.count('"') // 2
    assert {q.text for q in quotes} == {s230}


def test_over_max_size_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"x" * 5000)
    with pytest.raises(InputError) as caught:
        read_source(path, max_bytes=4096)
    assert str(caught.value) == (
        f"{path}: 5000 bytes is over the size limit of 4096 bytes (--max-size)"
    )
    assert read_source(path, max_bytes=5000).text == "x" * 5000


def test_special_file_bounded(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(InputError, match="over the size limit"):
        read_source("/dev/zero", max_bytes=1024)


# --- standard input ---------------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch, nil7: str) -> None:
    story = _story_zh(nil7)
    _stdin(monkeypatch, story.encode("gb18030"))
    source = read_source("-")
    assert (source.source, source.text, source.encoding) == ("-", story, "gb18030")


def test_stdin_html_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"<!DOCTYPE html><p>Hello <b>there</b></p><script>x()</script>")
    source = read_source("-")
    assert (source.media_type, source.text) == ("html", "Hello there")


def test_stdin_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b" \n")
    with pytest.raises(InputError, match="^stdin: empty file$"):
        read_source("-")
    _stdin(monkeypatch, b"y" * 3000)
    with pytest.raises(InputError, match="^stdin: more than 2048 bytes is over the size limit"):
        read_source("-", max_bytes=2048)


class _TextOnlyStdin(io.StringIO):
    """An embedding application's standard input: text, with no bytes underneath (no ``buffer``);
    records how many characters each read asks for."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.asked: list[int] = []

    def read(self, size: int | None = -1) -> str:
        self.asked.append(-1 if size is None else size)
        return super().read(size)


def test_a_too_large_text_stdin_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from lawref.cli import run

    # 3 MiB of two-byte characters against a 2 MiB limit: read in pieces, as a file is, never the
    # whole limit at once; refused in one line naming stdin.
    stdin = _TextOnlyStdin("é" * (3 * 2**20))
    monkeypatch.setattr(sys, "stdin", stdin)
    code = run(["check", "-", "--max-size", "2", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("lawref: error: stdin: "), err
    assert "over the size limit" in err
    assert stdin.asked and 0 < max(stdin.asked) < 2 * 2**20, stdin.asked
    # Under the limit in characters but over it in bytes: refused all the same.
    monkeypatch.setattr(sys, "stdin", _TextOnlyStdin("é" * (2**20 + 1)))
    assert run(["check", "-", "--max-size", "2", "--format", "json"]) == 2
    assert "over the size limit" in capsys.readouterr().err


# --- HTML and Markdown --------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html><head><title>Huawei and the law</title>
<style>p {{ color: red; }} .x:before {{ content: "“not a quote”"; }}</style>
<script>var quote = "All organizations and citizens";</script></head>
<body>
<header><nav><a href="/">Home</a> &raquo; <a href="/tech">Tech</a></nav></header>
<article>
<header><h1>What China&#8217;s intelligence law says</h1><p>By A. Reporter</p></header>
<p>Article 7 of the   National Intelligence Law
states:</p>
<blockquote><p>&#8220;{nil7}&#8221;</p></blockquote>
<p>Critics call it <q>a blank cheque</q>.<br>Section 230 &amp; the GDPR work differently.</p>
<pre>  keep   this
spacing</pre>
<form><input value="Subscribe"><button>Go</button></form>
<footer>Share this story</footer>
</article>
<aside><p>Related: “another story”</p></aside>
<footer>&copy; 2024 Example News</footer>
<script>track("page");</script>
</body></html>
"""


def test_html_main_text(tmp_path: Path, nil7: str) -> None:
    first = nil7.split("\n")[0]
    path = _write(tmp_path, "story.html", _PAGE.format(nil7=first).encode("utf-8"))
    source = read_source(path)
    assert source.media_type == "html"
    text = source.text
    assert text.startswith("What China’s intelligence law says\n\nBy A. Reporter\n\n")
    assert "Article 7 of the National Intelligence Law states:" in text
    for dropped in ("color", "var quote", "Home", "Tech", "Subscribe", "Share", "Related", "2024"):
        assert dropped not in text
    assert "Critics call it “a blank cheque”.\nSection 230 & the GDPR work differently." in text
    assert "  keep   this\nspacing" in text
    (span,) = source.blockquotes
    assert text[span[0] : span[1]] == f"“{first}”"
    quotes = find_quotes(text, source.blockquotes)
    assert [(q.text, q.marks, q.lead_in) for q in quotes] == [
        (first, "block", "states:"),
        ("a blank cheque", "quoted", None),
    ]


def test_html_without_article_uses_body_and_drops_chrome(tmp_path: Path) -> None:
    page = b"<html><body><nav>Menu</nav><div><p>One</p><p>Two<br><br>Three</p></div></body></html>"
    source = read_source(_write(tmp_path, "plain.htm", page))
    assert source.text == "One\n\nTwo\n\nThree"


def test_html_text_after_dropped_elements_is_kept(tmp_path: Path) -> None:
    piece = '<p>a<script>x()</script>b<span hidden>h</span>c<i style="display: none">i</i>d</p>'
    source = read_source(_write(tmp_path, "tails.html", ("<html>" + piece * 3000).encode()))
    assert source.text == "\n\n".join(["abcd"] * 3000)


def test_html_meta_charset_gbk(tmp_path: Path, nil7: str) -> None:
    first = nil7.split("\n")[0]
    page = f'<html><head><meta charset="gb2312"></head><body><p>“{first}”</p></body></html>'
    source = read_source(_write(tmp_path, "zh.html", page.encode("gbk")))
    assert source.encoding == "gb18030"
    assert source.text == f"“{first}”"


def test_html_named_txt_is_sniffed(tmp_path: Path) -> None:
    source = read_source(_write(tmp_path, "saved.txt", b"  <html><body><p>A &lt;b&gt;</p>"))
    assert (source.media_type, source.text) == ("html", "A <b>")


def test_html_utf16_page(tmp_path: Path) -> None:
    page = "<!doctype html><p>“法律”</p>".encode("utf-16")
    source = read_source(_write(tmp_path, "u16.html", page))
    assert (source.media_type, source.text) == ("html", "“法律”")


def test_html_with_no_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.html", b"<html><head><script>x()</script></head><body></body>")
    with pytest.raises(InputError, match="no text in the HTML page"):
        read_source(path)


def test_hostile_html_is_linear(tmp_path: Path) -> None:
    """Unclosed tags that make html.parser quadratic (seconds for 24 KB) and deep nesting."""
    hostile = b"<p>Start</p>" + b"<a " * 200_000 + b"<div>" * 50_000 + b"end"
    source = read_source(_write(tmp_path, "hostile.html", hostile))
    assert source.text.startswith("Start")


def test_markdown_blockquotes(tmp_path: Path, s230: str) -> None:
    first, second = s230.split(" shall ")
    md = (
        "# Section 230\n\nSection 230(c)(1) reads:\n\n"
        f"> {first}\n> shall {second}\n>\n> > Nested paragraph.\n\n"
        "```\n> not a quotation\n```\n\nEnd.\n"
    )
    source = read_source(_write(tmp_path, "story.md", md.encode()))
    assert source.media_type == "markdown" and source.text == md
    spans = [source.text[a:b] for a, b in source.blockquotes]
    assert spans == [f"{first}\n> shall {second}", "Nested paragraph."]
    quotes = find_quotes(source.text, source.blockquotes)
    assert quotes[0].marks == "block" and quotes[0].lead_in == "reads:"


# --- URLs (a local server) ----------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib's name
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/story.html")
            self.end_headers()
            return
        if self.path == "/stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no Content-Length: the body ends when the connection closes
            for _ in range(50):
                self.wfile.write(b"All organizations and citizens " * 4)
            return
        status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on an oversized body is the point of some tests


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, nil7: str) -> Iterator[str]:
    for name in (
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    first = nil7.split("\n")[0]
    page = _PAGE.format(nil7=first).encode("utf-8")
    _Handler.routes = {
        "/story.html": (200, {"Content-Type": "text/html; charset=utf-8"}, page),
        "/story": (200, {"Content-Type": "text/html"}, page),
        "/zh.txt": (200, {"Content-Type": "text/plain; charset=gbk"}, f"“{first}”".encode("gbk")),
        "/notes.md": (200, {"Content-Type": "text/plain"}, b"Intro:\n\n> quoted\n"),
        "/huge": (200, {"Content-Type": "text/plain", "Content-Length": "999999999"}, b"x"),
        "/shot.png": (200, {"Content-Type": "image/png"}, _png()),
        "/gz": (
            200,
            {"Content-Type": "text/plain", "Content-Encoding": "gzip"},
            gzip.compress(f"“{first}”".encode()),
        ),
        "/bomb": (
            200,
            {"Content-Type": "text/plain", "Content-Encoding": "gzip"},
            gzip.compress(b" " * 5_000_000),
        ),
    }
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_html(server: str, nil7: str) -> None:
    first = nil7.split("\n")[0]
    for path in ("/story.html", "/story", "/redirect"):
        source = read_source(server + path)
        assert source.source == server + path and source.media_type == "html"
        (span,) = source.blockquotes
        assert source.text[span[0] : span[1]] == f"“{first}”"


def test_url_declared_charset_and_kinds(server: str, nil7: str) -> None:
    first = nil7.split("\n")[0]
    source = read_source(server + "/zh.txt")
    assert (source.text, source.encoding, source.media_type) == (f"“{first}”", "gb18030", "text")
    assert read_source(server + "/notes.md").media_type == "markdown"
    assert read_source(server + "/gz").text == f"“{first}”"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP error 404"),
        ("/huge", "953.7 MiB is over the size limit"),
        ("/huge", "over the size limit of 4096 bytes (--max-size)"),
        ("/stream", "more than 4096 bytes is over the size limit"),
        ("/bomb", "more than 4096 bytes is over the size limit"),
        ("/shot.png", "not a text document (Content-Type image/png)"),
    ],
)
def test_url_refused(server: str, path: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_source(server + path, max_bytes=4096)
    assert str(caught.value).startswith(f"{server}{path}: ")
    assert message in str(caught.value)


def test_url_timeout(server: str) -> None:
    with pytest.raises(InputError, match="no answer within 0.3 s"):
        read_source(server + "/slow", timeout=0.3)


def test_url_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("no_proxy", "*")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story.html"
    with pytest.raises(InputError, match=f"^{url}: cannot connect"):
        read_source(url)
