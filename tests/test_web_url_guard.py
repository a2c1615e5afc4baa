"""The web app fetches URLs for its users, never into the network it sits on: loopback,
private, link-local and other non-public addresses are refused, also after a redirect."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from lawref.errors import InputError
from lawref.web import url_guard
from lawref.web.url_guard import fetch_source, is_public_address


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("::1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("::ffff:8.8.8.8", True),
        ("not an address", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


class _Redirect(BaseHTTPRequestHandler):
    target = ""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        if self.path == "/story":
            body = b'He said "all organizations and citizens shall support" the work.'
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(302)
        self.send_header("Location", self.target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Redirect)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_loopback_is_refused_unless_allowed(server: str) -> None:
    with pytest.raises(InputError, match="refused: .*loopback, private or link-local"):
        fetch_source(f"{server}/story", timeout=5)
    allowed = fetch_source(f"{server}/story", timeout=5, allow_private=True)
    assert "all organizations and citizens" in allowed.text


def test_a_redirect_to_a_private_address_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This test's server stands for a public site: 127.0.0.1 counts as public, no other address.
    monkeypatch.setattr(url_guard, "is_public_address", lambda address: address == "127.0.0.1")
    _Redirect.target = f"{server}/story"
    assert "all organizations" in fetch_source(f"{server}/hop", timeout=5).text
    port = server.rsplit(":", 1)[1]
    _Redirect.target = f"http://127.0.0.2:{port}/story"  # same machine, "another" address
    with pytest.raises(InputError, match=r"refused: 127\.0\.0\.2"):
        fetch_source(f"{server}/hop", timeout=5)
    _Redirect.target = "file:///etc/passwd"
    with pytest.raises(InputError):
        fetch_source(f"{server}/hop", timeout=5)


def test_a_host_name_resolving_to_a_private_address_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socket

    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(InputError, match=r"refused: intranet\.example is .*\(10\.0\.0\.7\)"):
        fetch_source("http://intranet.example/page", timeout=5)
