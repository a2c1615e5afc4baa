"""URL fetches: one deadline for the whole request, every gzip member, and no private addresses
for a server (``allow_private=False``), after redirects and DNS too. Servers run on 127.0.0.x,
started here, with bounded loops."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from lawref.cli import run
from lawref.errors import InputError
from lawref.read import fetch
from lawref.read.fetch import PrivateAddressError, fetch_url, is_public_address
from lawref.read.source import read_source

TEXT = "“All organizations and citizens shall support national intelligence efforts.”"


class _Handler(http.server.BaseHTTPRequestHandler):
    target = ""  # where /redirect sends the client

    def log_message(self, *args: object) -> None:
        pass

    def _trickle(self, data: bytes, pause: float) -> None:
        for i in range(len(data)):  # bounded: at most len(data) pauses
            try:
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
            except OSError:
                return
            time.sleep(pause)

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        if self.path == "/trickle-headers":
            self._trickle(b"HTTP/1.0 200 OK\r\nX-Slow: " + b"a" * 200 + b"\r\n\r\nbody", 0.05)
            return
        if self.path == "/trickle-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self._trickle(TEXT.encode() * 10, 0.05)
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", self.target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        bodies = {
            "/text": (TEXT.encode(), None),
            "/two-members": (
                gzip.compress(TEXT[:30].encode()) + gzip.compress(TEXT[30:].encode()),
                "gzip",
            ),
            "/padded": (gzip.compress(TEXT.encode()) + b"\0" * 64, "gzip"),
            "/garbage-after": (gzip.compress(TEXT.encode()) + b"not gzip", "gzip"),
            "/truncated": (gzip.compress(TEXT.encode() * 50)[:-40], "gzip"),
            "/bomb-in-second": (
                gzip.compress(b"x") + gzip.compress(b" " * 5_000_000),
                "gzip",
            ),
        }
        body, coding = bodies.get(self.path, (b"not found", None))
        self.send_response(200 if self.path in bodies else 404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        if coding:
            self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def _serve(host: str) -> Iterator[str]:
    httpd = _Server((host, 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    yield from _serve("127.0.0.1")


@pytest.fixture
def second_server() -> Iterator[str]:
    try:
        yield from _serve("127.0.0.2")
    except OSError:  # pragma: no cover - a loopback without 127.0.0.2
        pytest.skip("127.0.0.2 is not available")


# --- the deadline --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/trickle-headers", "/trickle-body"])
def test_a_trickling_server_meets_the_whole_request_deadline(server: str, path: str) -> None:
    # Each byte comes well within the 0.3 s per-read limit; only the whole-request limit (six
    # times that) can end the request, and it does, with one clear line.
    with pytest.raises(InputError) as caught:
        read_source(server + path, timeout=0.3)
    message = str(caught.value)
    assert message.startswith(server + path + ": ") and "\n" not in message
    assert "within 1.8 s" in message or "took too long" in message


def test_the_cli_gives_up_on_trickled_headers_with_exit_2(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(fetch, "DEFAULT_TIMEOUT", 0.3)
    code = run(["check", server + "/trickle-headers"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no complete answer within 1.8 s" in err


def test_a_prompt_server_is_read_whole(server: str) -> None:
    assert read_source(server + "/text", timeout=0.3).text == TEXT


# --- gzip members --------------------------------------------------------------------------------


def test_every_gzip_member_is_read(server: str) -> None:
    assert read_source(server + "/two-members").text == TEXT
    assert read_source(server + "/padded").text == TEXT


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/garbage-after", "corrupt gzip data"),
        ("/truncated", "truncated gzip data"),
        ("/bomb-in-second", "over the size limit"),
    ],
)
def test_damaged_gzip_is_refused(server: str, path: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_source(server + path, max_bytes=100_000)


# --- private addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("127.9.9.9", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # shared address space
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:8.8.8.8", True),
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
        ("not an address", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_private_addresses_are_refused_when_asked(server: str) -> None:
    host_url = server.replace("127.0.0.1", "localhost")  # resolved by DNS, then refused
    for url in (server + "/text", host_url + "/text"):
        with pytest.raises(PrivateAddressError):
            fetch_url(url, max_bytes=10_000, allow_private=False)
    # The command line may fetch anything, as before.
    assert fetch_url(server + "/text", max_bytes=10_000).body == TEXT.encode()


def test_a_redirect_to_a_private_address_is_refused(
    server: str, second_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 127.0.0.1 stands in for a public server here; 127.0.0.2 stays private.
    monkeypatch.setattr(fetch, "is_public_address", lambda address: address == "127.0.0.1")
    _Handler.target = second_server + "/text"
    assert fetch_url(server + "/redirect", max_bytes=10_000).body == TEXT.encode()
    with pytest.raises(PrivateAddressError) as caught:
        fetch_url(server + "/redirect", max_bytes=10_000, allow_private=False)
    assert str(caught.value).startswith(f"{server}/redirect: 127.0.0.2 is at 127.0.0.2")
