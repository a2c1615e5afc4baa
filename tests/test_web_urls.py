"""The web app fetches a story from a URL with the reader's guard: a private or local address is
refused (tests/test_web_api.py, tests/test_fetch.py for redirects and DNS) unless the server was
started with --allow-private-urls, when a page on this machine is fetched and checked."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from web_helpers import EXAMPLE, web_installed

web_installed()

from fastapi.testclient import TestClient  # noqa: E402

from lawref.web.app import create_app  # noqa: E402
from lawref.web.state import Settings  # noqa: E402

STORY = EXAMPLE.read_bytes()


class _Story(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(STORY)))
        self.end_headers()
        self.wfile.write(STORY)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def story_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Story)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/story.txt"
    httpd.shutdown()
    httpd.server_close()


def test_allow_private_urls_fetches_a_local_page(
    story_url: str,
) -> None:
    for allow, status in ((False, 400), (True, 200)):
        app = create_app(Settings(workers=1, allow_private_urls=allow))
        with TestClient(app) as client:
            response = client.post("/api/check", json={"url": story_url})
        assert response.status_code == status
        if allow:
            document = response.json()["documents"][0]
            assert document["source"] == story_url
            assert len(document["quotes"]) == 10
        else:
            assert "private or local address" in response.json()["error"]
