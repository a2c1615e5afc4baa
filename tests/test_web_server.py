"""``lawref serve`` as a user starts it: a real server in a child process on a free loopback port.

It answers the form and the API, refuses an 80 MB body from its Content-Length (and a chunked one
as it streams) without reading it, survives malformed requests, and gives 16 concurrent clients
identical answers.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from server_process import free_port
from web_helpers import EXAMPLE, ROOT, module_cache, running_server, web_installed

web_installed()

import httpx  # noqa: E402

NIL = "cn-national-intelligence-law"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(module_cache(tmp_path_factory), "--workers", "2") as base:
        yield base


def _raw(base: str, head: bytes, body_chunks: Iterator[bytes]) -> tuple[bytes, int]:
    """Send a request by hand; return the answer's first bytes and how many body bytes went out
    before the server answered (or stopped reading)."""
    host, port = base.removeprefix("http://").split(":")
    sent = 0
    answer = b""
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head)
        sock.settimeout(0.01)
        for chunk in body_chunks:
            try:
                answer = sock.recv(65536)
                if answer:
                    break
            except TimeoutError:
                pass
            try:
                sock.sendall(chunk)
                sent += len(chunk)
            except TimeoutError:
                continue  # the server is not reading: see whether it has answered
            except OSError:
                break  # it closed the connection
        sock.settimeout(30)
        try:
            while not answer:
                piece = sock.recv(65536)
                if not piece:
                    break
                answer = piece
        except OSError:
            pass
    return answer, sent


def test_form_and_api(server: str) -> None:
    assert "<form" in httpx.get(f"{server}/").text
    statutes = httpx.get(f"{server}/api/statutes").json()
    assert NIL in {s["id"] for s in statutes}
    article = httpx.get(f"{server}/api/statutes/{NIL}/articles/7").json()
    assert article["article"] == "7" and article["text"]


def test_a_foreign_host_name_is_refused_on_loopback(server: str) -> None:
    # A page whose DNS name was re-pointed at 127.0.0.1 ("DNS rebinding") reaches no route.
    refused = httpx.get(f"{server}/api/statutes", headers={"Host": "attacker.example"})
    assert refused.status_code == 400
    port = server.rsplit(":", 1)[1]
    assert httpx.get(f"{server}/healthz", headers={"Host": f"localhost:{port}"}).status_code == 200


def test_80_mb_body_is_refused_without_reading_it(server: str) -> None:
    size = 80 * 1024 * 1024
    chunk = b"x" * 65536
    head = (
        b"POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {size}\r\n\r\n".encode()
    )
    answer, sent = _raw(server, head, iter([chunk] * (size // len(chunk))))
    assert answer.startswith(b"HTTP/1.1 413")
    assert sent < size // 4  # answered long before the body was all sent
    chunked = b"POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    framed = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
    answer, sent = _raw(server, chunked, iter([framed] * (size // len(chunk))))
    assert answer.startswith(b"HTTP/1.1 413")
    limit = 64 * 1024 * 1024  # the default --max-size
    assert sent < limit + 4 * 1024 * 1024  # refused once past the limit, not after the 80 MB
    assert httpx.get(f"{server}/healthz").json()["status"] == "ok"


def test_survives_malformed_requests(server: str) -> None:
    for body in (b"{", b"\xff\xfe\x00", b'{"text": null}', b'{"reviews": "all"}', b"[]" * 1000):
        for path in ("/api/check", "/api/cites", "/api/review"):
            response = httpx.post(
                f"{server}{path}", content=body, headers={"content-type": "application/json"}
            )
            assert response.status_code in (400, 422), (path, body[:20])
            assert "Traceback" not in response.text
    garbage = _raw(server, b"GET /\x00\x01 HTTP/9\r\n\r\n", iter([b""]))[0]
    assert garbage.startswith(b"HTTP/1.1 4") or garbage == b""
    assert httpx.get(f"{server}/healthz").json()["status"] == "ok"


def test_64_checks_from_16_clients_are_identical(server: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")

    def check(_: int) -> tuple[int, bytes]:
        response = httpx.post(f"{server}/api/check", json={"text": text}, timeout=120)
        return response.status_code, response.content

    with ThreadPoolExecutor(max_workers=16) as clients:
        answers = list(clients.map(check, range(64)))
    assert {status for status, _ in answers} == {200}
    assert len({body for _, body in answers}) == 1


def test_binding_beyond_loopback_warns_and_a_missing_store_fails_in_one_line(
    tmp_path: Path,
) -> None:
    # A store folder that does not exist: the command stops before listening, in one line.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from lawref.cli import main; main()",
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            str(free_port()),
            "--store",
            str(tmp_path / "missing"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("lawref: warning: listening on 0.0.0.0, not loopback")
    assert len(lines) == 2 and lines[1].startswith("lawref: error: ") and "missing" in lines[1]


def test_without_the_web_extra_serve_says_which_to_install() -> None:
    # fastapi made unimportable, as on an installation without the extra.
    program = (
        "import sys; sys.modules['fastapi'] = None; from lawref.cli import main; "
        "sys.argv = ['lawref', 'serve']; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "lawref: error: lawref serve needs the web extra (fastapi is missing): "
        "pip install 'lawref[web]'"
    ]


def test_a_long_check_does_not_hold_up_the_others(server: str) -> None:
    """While a long article is checked, the page, the store and a short check still answer: the
    short ones are done before the long one (an order, not a time, is asserted)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    long_article = "\n\n".join([text] * 400)  # about 1 MB

    def long_check() -> int:
        return httpx.post(
            f"{server}/api/check", json={"text": long_article}, timeout=600
        ).status_code

    with ThreadPoolExecutor(max_workers=1) as background:
        pending = background.submit(long_check)
        time.sleep(1)  # let the long article reach its worker first (not a measurement)
        short = httpx.post(f"{server}/api/check", json={"text": text}, timeout=600)
        page = httpx.get(f"{server}/")
        article = httpx.get(f"{server}/api/statutes/{NIL}/articles/7")
        finished_first = not pending.done()
        assert pending.result() == 200
    assert short.status_code == page.status_code == article.status_code == 200
    assert finished_first


def test_a_port_in_use_is_one_line(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    result = subprocess.run(
        [sys.executable, "-c", "from lawref.cli import main; main()", "serve", "--port", port],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"lawref: error: cannot listen on 127.0.0.1:{port}: Address already in use"
    ]
