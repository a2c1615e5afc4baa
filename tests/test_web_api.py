"""The web app's JSON API and pages through the framework's test client (worker processes real).

What a client relies on: the check and cites answers are the library's contracts, byte for byte;
the store is served as it is; bad requests get one line and a 4xx, never a traceback; bodies over
the limit are refused before they are read; a review lands on the quotation it names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import EXAMPLE, STORY, module_cache, web_installed

from lawref._version import __version__
from lawref.cli import run
from lawref.pipeline.checker import Checker
from lawref.report import Report
from lawref.store.load import load_store

web_installed()

from fastapi.testclient import TestClient  # noqa: E402

from lawref.web.app import create_app  # noqa: E402
from lawref.web.state import Settings  # noqa: E402

LIMIT = 1024 * 1024  # a small --max-size, so that the tests need not send 64 MiB
NIL = "cn-national-intelligence-law"
HOSTILE = (
    'He wrote "</script><script>window.__pwned=1</script>" and "<img src=x onerror=alert(1)>".'
)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("records")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, records: Path) -> Iterator[TestClient]:
    with pytest.MonkeyPatch.context() as patch:
        # The worker processes inherit this: never the user's cache.
        patch.setenv("LAWREF_CACHE_DIR", str(module_cache(tmp_path_factory)))
        patch.delenv("LAWREF_NO_CACHE", raising=False)
        app = create_app(Settings(workers=1, max_bytes=LIMIT, data_dir=records))
        with TestClient(app, raise_server_exceptions=False) as test_client:
            yield test_client


def library_json(text: str) -> dict[str, Any]:
    document = Checker(load_store()).check_text(text.replace("\r\n", "\n"), "-")
    return json.loads(Report(lawref_version=__version__, documents=[document]).to_json())


def one_line_error(response: Any) -> str:
    body = response.json()
    assert set(body) == {"error"}
    assert "\n" not in body["error"] and "Traceback" not in body["error"]
    return body["error"]


# --- check, cites, search ----------------------------------------------------------------------


def test_check_answers_the_library_contract(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    response = client.post("/api/check", json={"text": text})
    assert response.status_code == 200
    assert response.json() == library_json(text)
    assert response.headers["content-security-policy"].startswith("default-src 'none'")


def test_the_example_story_links_both_article_7_quotes(client: TestClient) -> None:
    if not STORY.is_file():
        pytest.skip("the example story is not beside the repository")
    response = client.post("/api/check", json={"text": STORY.read_text(encoding="utf-8")})
    quotes = response.json()["documents"][0]["quotes"]
    linked = [
        q
        for q in quotes
        if q["match"] and (q["match"]["statute"], q["match"]["article"]) == (NIL, "7")
    ]
    assert len(linked) == 2


def test_check_options_and_source_name(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    plain = client.post("/api/check", json={"text": text, "source": "story.txt"}).json()
    strict = client.post("/api/check", json={"text": text, "min_score": 100}).json()
    assert plain["documents"][0]["source"] == "story.txt"
    linked = lambda report: sum(1 for q in report["documents"][0]["quotes"] if q["match"])  # noqa: E731
    assert linked(strict) < linked(plain)


def test_cites_answers_the_cites_contract(client: TestClient) -> None:
    from lawref.citations.authorities import find_authorities
    from lawref.spans import SourceText

    text = EXAMPLE.read_text(encoding="utf-8")
    expected, _ = find_authorities([SourceText("-", text)], load_store())
    response = client.post("/api/cites", json={"text": text})
    assert response.status_code == 200
    assert response.json() == json.loads(expected.to_json())
    assert NIL in {s["statute"] for s in response.json()["documents"][0]["statutes"]}


def test_search_finds_the_article(client: TestClient) -> None:
    response = client.get(
        "/api/search", params={"q": "support, assist and cooperate with national intelligence work"}
    )
    hits = response.json()
    assert response.status_code == 200 and hits
    assert (hits[0]["statute"], hits[0]["article"]) == (NIL, "7")
    assert client.get("/api/search", params={"q": " "}).status_code == 400


# --- the store ---------------------------------------------------------------------------------


def test_statutes_are_served_as_stored(client: TestClient) -> None:
    store = load_store()
    listed = client.get("/api/statutes").json()
    assert {s["id"] for s in listed} == set(store.statutes)
    statute = client.get(f"/api/statutes/{NIL}").json()
    assert statute["title"] == dict(store.statutes[NIL].title)
    article = client.get(f"/api/statutes/{NIL}/articles/7").json()
    stored = store.statutes[NIL].article("7")
    assert stored is not None
    assert article["text"] == stored.text  # byte-exact
    assert [t["text"] for t in article["translations"]] == [t.text for t in stored.translations]
    assert all(t.get("url") or t.get("note") for t in article["translations"])  # every source said
    assert article["source"]["source"]
    assert article["versions"]
    assert "file" not in statute and "file" not in article  # no server paths


def test_an_article_is_the_same_record_as_lawref_show_gives(
    client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    for statute, number in ((NIL, "7"), ("cn-cybersecurity-law", "30")):
        if load_store().get(statute) is None:
            continue
        assert run(["show", statute, number, "--format", "json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        served = client.get(f"/api/statutes/{statute}/articles/{number}").json()
        assert served == shown
        assert "version_sources" in served and "file" not in served


def test_unknown_statute_article_or_version_is_404(client: TestClient) -> None:
    for path in (
        "/api/statutes/no-such-law",
        f"/api/statutes/{NIL}/articles/9999",
        f"/api/statutes/{NIL}/articles/7?version=1066",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        one_line_error(response)


# --- bad requests --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 422, "malformed JSON"),
        (b"[1, 2]", 422, "valid dictionary"),
        (b"{}", 400, "nothing to check"),
        (b'{"text": "   "}', 400, "empty"),
        (b'{"text": 7}', 422, "text"),
        (b'{"text": "x", "min_score": "high"}', 422, "min_score"),
        (b'{"text": "x", "colour": "red"}', 422, "colour"),
        (b'{"url": "file:///etc/passwd"}', 400, "only http and https"),
        (b'{"url": "/etc/passwd"}', 400, "only http and https"),  # never a server path
        (b'{"url": "-"}', 400, "only http and https"),  # nor its stdin
        (b'{"url": "http://127.0.0.1:9/"}', 400, "private or local address: not fetched"),
        (b'{"url": "http://[::1]/"}', 400, "private or local address: not fetched"),
        (
            b'{"url": "http://169.254.169.254/latest/meta-data/"}',
            400,
            "private or local address: not fetched",
        ),
    ],
)
def test_bad_requests_get_one_line(
    client: TestClient, body: bytes, status: int, words: str
) -> None:
    response = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status
    assert words in one_line_error(response)


def test_bodies_over_the_limit_are_refused_unread(client: TestClient) -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(64):  # 4 MiB in all, if the server read it all
            sent += 1
            yield b" " * 65536

    declared = client.post(
        "/api/check",
        content=chunks(),
        headers={"content-type": "application/json", "content-length": str(80 * 1024 * 1024)},
    )
    assert declared.status_code == 413
    assert "size limit" in one_line_error(declared)
    sent = 0
    streamed = client.post(
        "/api/check", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413
    # (the test client gathers the whole body first; tests/test_web_server.py checks that a real
    # server answers before the body is all sent)
    form = client.post("/check", files={"file": ("big.txt", b"a" * (LIMIT + 1), "text/plain")})
    assert form.status_code == 413
    assert client.get("/healthz").json()["status"] == "ok"


def test_unknown_paths_and_methods(client: TestClient) -> None:
    assert client.get("/nothing-here").status_code == 404
    assert client.get("/api/check").status_code == 405
    assert client.get("/assets/../app.py").status_code == 404
    assert client.get("/assets/secret.py").status_code == 404


# --- the pages ---------------------------------------------------------------------------------


def test_home_is_the_form(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    for needle in (
        '<form class="check"',
        'name="text"',
        'type="file"',
        'name="url"',
        "/assets/app.js",
    ):
        assert needle in html
    assert "https://" not in re.sub(r'placeholder="[^"]*"', "", html)  # nothing from elsewhere
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    for name in ("report.css", "report.js", "app.css", "app.js"):
        assert client.get(f"/assets/{name}").status_code == 200


def test_form_check_shows_the_report_with_review_controls(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    page = client.post(
        "/check", data={"text": text, "options": "1", "crosslingual": "1", "reuse": "1"}
    )
    assert page.status_code == 200
    html = page.text
    quotes = library_json(text)["documents"][0]["quotes"]
    assert html.count('class="review"') == len(quotes)
    assert len(re.findall(r'<mark [^>]*id="m0-', html)) == len(quotes)
    data = json.loads(
        re.search(
            r'<script type="application/json" id="lawref-data">(.*?)</script>', html, re.S
        ).group(1)
    )  # type: ignore[union-attr]
    assert data["text"] == text and data["quotes"] == len(quotes)


def test_form_upload_and_refusals(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    upload = client.post("/check", files={"file": ("story.md", text.encode(), "text/markdown")})
    assert upload.status_code == 200 and "story.md" in upload.text
    pdf = client.post("/check", files={"file": ("story.pdf", b"%PDF-1.4 ...", "application/pdf")})
    assert pdf.status_code == 400 and "story.pdf: " in pdf.text  # damaged: one line naming it
    empty = client.post("/check", data={"text": " "})
    assert empty.status_code == 400 and "paste a story" in empty.text
    score = client.post("/check", data={"text": "x", "min_score": "lots"})
    assert score.status_code == 400 and "not a number" in score.text


def test_story_text_is_escaped_everywhere(client: TestClient) -> None:
    page = client.post("/check", data={"text": HOSTILE}).text
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    data = re.search(r'id="lawref-data">(.*?)</script>', page, re.S).group(1)  # type: ignore[union-attr]
    assert "<" not in data and json.loads(data)["text"] == HOSTILE


# --- review --------------------------------------------------------------------------------------


def _review_body(text: str, quotes: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "text": text,
        "reviews": [
            {
                "quote": 0,
                "start": quotes[0]["start"],
                "end": quotes[0]["end"],
                "decision": "confirmed",
                "note": "checked against the NPC text",
                "time": "2026-01-02T03:04:05Z",
            },
            {
                "quote": 2,
                "start": quotes[2]["start"],
                "end": quotes[2]["end"],
                "decision": "overridden",
                "verdict": "paraphrase",
                "note": "<b>a loose rendering</b>",
            },
        ],
        **extra,
    }


def test_review_json_adds_a_review_to_each_quote(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    quotes = library_json(text)["documents"][0]["quotes"]
    response = client.post("/api/review", json=_review_body(text, quotes))
    assert response.status_code == 200
    reviewed = response.json()["documents"][0]["quotes"]
    assert reviewed[0]["review"] == {
        "decision": "confirmed",
        "verdict": quotes[0]["verdict"],
        "note": "checked against the NPC text",
        "time": "2026-01-02T03:04:05Z",
    }
    assert reviewed[2]["review"]["decision"] == "overridden"
    assert reviewed[2]["review"]["verdict"] == "paraphrase"
    assert reviewed[2]["verdict"] == quotes[2]["verdict"]  # lawref's verdict is kept beside it
    assert all(q["review"] is None for i, q in enumerate(reviewed) if i not in (0, 2))
    without = [{k: v for k, v in q.items() if k != "review"} for q in reviewed]
    assert without == quotes  # otherwise the contract, unchanged


def test_review_of_another_text_is_refused(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    quotes = library_json(text)["documents"][0]["quotes"]
    body = _review_body(text, quotes)
    body["reviews"][0]["start"] += 1
    response = client.post("/api/review", json=body)
    assert response.status_code == 400 and "another text" in one_line_error(response)
    body = _review_body(text, quotes)
    body["reviews"][1].pop("verdict")
    assert client.post("/api/review", json=body).status_code == 422
    body = _review_body(text, quotes)
    body["reviews"][0]["quote"] = 999
    assert client.post("/api/review", json=body).status_code == 400


def test_review_html_shows_the_decisions_and_is_saved(client: TestClient, records: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    quotes = library_json(text)["documents"][0]["quotes"]
    response = client.post("/api/review", json=_review_body(text, quotes, format="html", save=True))
    assert response.status_code == 200
    html = response.text
    assert "<h2>Review</h2>" in html and "2 of 10 quotations reviewed" in html
    assert "checked against the NPC text" in html
    assert "&lt;b&gt;a loose rendering&lt;/b&gt;" in html and "<b>a loose rendering" not in html
    assert response.headers["content-security-policy"].startswith(
        "default-src 'none'; style-src 'sha256-"
    )
    name = response.headers["x-lawref-record"]
    assert (records / f"{name}.json").is_file() and (records / f"{name}.html").is_file()
    assert not list(records.glob(".*"))  # no temporary file left behind
    listing = client.get("/records").text
    assert name in listing
    saved = client.get(f"/records/{name}.json").json()
    assert saved["documents"][0]["quotes"][0]["review"]["decision"] == "confirmed"
    assert client.get(f"/records/{name}.html").text == html
    assert client.get("/records/..%2f..%2fetc%2fpasswd").status_code == 404
    assert client.get("/records/x.json").status_code == 404


def test_an_uploaded_markdown_blockquote_can_be_reviewed(client: TestClient) -> None:
    """The page sends back the decoded text and its blockquotes: the check is the same again, so
    a decision on a blockquote (which has no quotation marks) lands on it."""
    stored = load_store().statutes[NIL].article("7")
    assert stored is not None
    english = stored.translations[0].text
    markdown = f"The law's key clause reads:\n\n> {english}\n\nCritics disagree.\n"
    page = client.post("/check", files={"file": ("story.md", markdown.encode(), "text/markdown")})
    data = json.loads(
        re.search(r'id="lawref-data">(.*?)</script>', page.text, re.S).group(1)  # type: ignore[union-attr]
    )
    assert data["blockquotes"]
    start, end = data["blockquotes"][0]
    review = {"quote": 0, "start": start, "end": end, "decision": "confirmed"}
    body = {"text": data["text"], "source": data["source"], "reviews": [review]}
    reviewed = client.post("/api/review", json={**body, "blockquotes": data["blockquotes"]})
    assert reviewed.status_code == 200
    quote = reviewed.json()["documents"][0]["quotes"][0]
    assert (quote["marks"], quote["review"]["decision"]) == ("block", "confirmed")
    assert quote["match"]["article"] == "7"


def test_form_url_to_a_private_address_is_refused(client: TestClient) -> None:
    page = client.post("/check", data={"url": "http://10.0.0.1/intranet"})
    assert page.status_code == 400
    assert "10.0.0.1 is at 10.0.0.1, a private or local address: not fetched" in page.text


def test_docs_describe_every_api_route(client: TestClient) -> None:
    openapi = client.get("/openapi.json").json()
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    for path, methods in openapi["paths"].items():
        for method in methods:
            assert f"{method.upper()} {path}" in docs.text
    assert {"/api/check", "/api/cites", "/api/review", "/api/search", "/healthz"} <= set(
        openapi["paths"]
    )


def test_a_word_upload_is_checked_and_reviewed_with_its_paragraphs(
    client: TestClient, tmp_path: Path
) -> None:
    docx = pytest.importorskip("docx")
    paragraphs = [p for p in EXAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    path = tmp_path / "story.docx"
    document.save(str(path))
    page = client.post("/check", files={"file": ("story.docx", path.read_bytes())})
    assert page.status_code == 200
    data = json.loads(
        re.search(r'id="lawref-data">(.*?)</script>', page.text, re.S).group(1)  # type: ignore[union-attr]
    )
    assert data["media_type"] == "docx" and data["paragraphs"]
    checked = client.post("/api/check", json={"text": data["text"]}).json()["documents"][0]
    first = checked["quotes"][0]
    review = {"quote": 0, "start": first["start"], "end": first["end"], "decision": "confirmed"}
    layout = {k: data[k] for k in ("media_type", "blockquotes", "pages", "paragraphs")}
    body = {"text": data["text"], "source": data["source"], "reviews": [review], **layout}
    reviewed = client.post("/api/review", json=body).json()["documents"][0]
    assert reviewed["source"] == "story.docx"
    assert reviewed["quotes"][0]["review"]["decision"] == "confirmed"
    # The paragraph of each quotation, as a check of the file gives it.
    assert reviewed["quotes"][0]["paragraph"] == 1 + next(
        i for i, p in enumerate(paragraphs) if first["text"] in p
    )
