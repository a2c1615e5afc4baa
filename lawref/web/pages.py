"""The HTML pages: the form, the checked story with its review controls, the records, /docs.

Every piece of text from a story or the store goes through :func:`lawref.render.escape.esc`; the
pages load only the app's own script and styles (see ``PAGE_POLICY``), no CDN, no build step.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.datastructures import UploadFile

from lawref._version import __version__
from lawref.errors import InputError, LawrefError
from lawref.render.escape import esc
from lawref.render.html import content_security_policy, render_html
from lawref.spans import SourceText
from lawref.web.engine import EngineUnavailable
from lawref.web.inputs import UPLOAD_EXTENSIONS, source_from_text, source_from_upload
from lawref.web.review import RECORD_NAME, list_records, review_controls
from lawref.web.state import CheckOptions, WebState, state_of

router = APIRouter(include_in_schema=False)
PASTED = "pasted text"


def script_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no "</script>", no "<!--"."""
    text = json.dumps(data, ensure_ascii=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def page(title: str, body: str, state: WebState, status: int = 200) -> HTMLResponse:
    records = ' · <a href="/records">Records</a>' if state.settings.data_dir else ""
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="lawref {esc(__version__)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<link rel="icon" href="data:,">\n'  # no /favicon.ico request
        f"<title>{esc(title)}</title>\n"
        '<link rel="stylesheet" href="/assets/report.css">\n'
        '<link rel="stylesheet" href="/assets/app.css">\n'
        '<script src="/assets/report.js"></script>\n'
        '<script src="/assets/app.js" defer></script>\n</head>\n<body class="app">\n'
        f'<nav class="top"><a href="/"><b>lawref</b></a> · <a href="/docs">API</a>{records}'
        f" <small>{esc(__version__)}</small></nav>\n{body}\n</body>\n</html>\n"
    )
    return HTMLResponse(html, status_code=status)


def _form(
    text: str = "",
    url: str = "",
    error: str = "",
    options: CheckOptions | None = None,
    open_: bool = True,
) -> str:
    options = options or CheckOptions()
    accept = ",".join(UPLOAD_EXTENSIONS)
    kinds = ", ".join(UPLOAD_EXTENSIONS)
    alert = f'<p class="error" role="alert">{esc(error)}</p>' if error else ""
    score = "" if options.min_score is None else f"{options.min_score:g}"
    checked = {True: " checked", False: ""}
    return (
        f'<details class="check-form"{" open" if open_ else ""}><summary>'
        f"{'Check a story' if open_ else 'Check another story'}</summary>"
        '<form class="check" method="post" action="/check" enctype="multipart/form-data">'
        f"{alert}"
        '<label for="text">Paste the story</label>'
        f'<textarea id="text" name="text" rows="10" spellcheck="false">{esc(text)}</textarea>'
        '<div class="or">'
        f"<label>or upload a file <small>({esc(kinds)})</small> "
        f'<input type="file" name="file" accept="{esc(accept)}"></label>'
        '<label>or give its address <input type="url" name="url" inputmode="url" '
        f'placeholder="https://…" value="{esc(url)}"></label></div>'
        '<details class="options"><summary>Options</summary>'
        '<label>Link a quotation only from score <input type="number" name="min_score" '
        f'min="0" max="100" step="any" value="{esc(score)}"></label>'
        '<label><input type="checkbox" name="crosslingual" value="1"'
        f"{checked[options.crosslingual]}> compare English quotations with Chinese originals</label>"
        '<label><input type="checkbox" name="reuse" value="1"'
        f"{checked[options.reuse]}> also find statute text reproduced without quotation marks</label>"
        '<input type="hidden" name="options" value="1"></details>'
        '<p><button type="submit" class="primary">Check</button></p></form></details>'
    )


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> HTMLResponse:
    intro = (
        '<header class="intro"><h1>Check the statute quotations in a story</h1>'
        "<p>Paste a story, upload it or give its address: lawref finds every quotation of a "
        "statute, links it to the article it comes from and says how faithfully it is quoted. "
        "Click a quotation to see the stored article beside it, then confirm or override each "
        "verdict and export the reviewed report.</p></header>"
    )
    return page("lawref", f'<main class="app-main">{intro}{_form()}</main>', state_of(request))


async def _read_form(
    request: Request, state: WebState
) -> tuple[SourceText | None, str, str, CheckOptions]:
    try:
        form = await request.form(
            max_files=1, max_fields=16, max_part_size=state.settings.max_bytes
        )
    except Exception as exc:  # noqa: BLE001 - a malformed form is the client's, said in one line
        raise InputError(f"the form could not be read ({type(exc).__name__})") from exc
    text = form.get("text")
    text = text if isinstance(text, str) else ""
    url = form.get("url")
    url = url.strip() if isinstance(url, str) else ""
    score = form.get("min_score")
    try:
        min_score = float(score) if isinstance(score, str) and score.strip() else None
    except ValueError:
        raise InputError(f"score: {score!r} is not a number") from None
    if min_score is not None and not 0 <= min_score <= 100:
        raise InputError("score: give a number from 0 to 100")
    sent_options = form.get("options") is not None
    options = CheckOptions(
        min_score,
        form.get("crosslingual") is not None or not sent_options,
        form.get("reuse") is not None or not sent_options,
    )
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
        if data:
            source = source_from_upload(data, upload.filename, state.settings.max_bytes)
            return source, text, url, options
    if text.strip():
        return source_from_text(text, PASTED), text, url, options
    if url:
        return await state.read(None, url, None), text, url, options
    return None, text, url, options


@router.post("/check", response_class=HTMLResponse)
async def check_page(request: Request) -> HTMLResponse:
    state = state_of(request)
    text = url = ""
    options = CheckOptions()
    try:
        source, text, url, options = await _read_form(request, state)
        if source is None:
            raise InputError("paste a story, choose a file or give its address")
        report = await state.check(source, options)
    except (LawrefError, EngineUnavailable) as exc:
        body = f'<main class="app-main">{_form(text, url, str(exc), options)}</main>'
        return page(
            "lawref: not checked", body, state, 400 if isinstance(exc, LawrefError) else 503
        )
    # Rendering a long article takes a while: in a thread, so the event loop keeps answering.
    fragment = await asyncio.to_thread(
        render_html, report, [source.text], state.store, panel_extra=review_controls, fragment=True
    )
    total = sum(len(d.quotes) for d in report.documents)
    data = {
        "text": source.text,
        "source": source.source,
        # The layout the check found, sent back with a review so that the check is the same again.
        "media_type": source.media_type,
        "blockquotes": [list(span) for span in source.blockquotes],
        "pages": list(source.pages),
        "paragraphs": list(source.paragraphs),
        "options": {
            "min_score": options.min_score,
            "crosslingual": options.crosslingual,
            "reuse": options.reuse,
        },
        "quotes": total,
        "can_save": state.settings.data_dir is not None,
    }
    save = (
        '<button type="button" id="save-record">Save to the records</button> '
        if state.settings.data_dir
        else ""
    )
    bar = (
        '<div class="review-bar" id="review-bar">'
        f'<p><b id="review-count">0</b> of {total} quotations reviewed '
        "<small>(open a quotation to confirm or override its verdict)</small></p>"
        '<p><button type="button" id="export-json">Export JSON</button> '
        '<button type="button" id="export-html">Export HTML report</button> '
        f'{save}<span id="review-status" role="status"></span></p></div>'
    )
    body = (
        f'<div class="app-main">{_form(source.text if source.source == PASTED else text, url, "", options, open_=False)}</div>'
        f'<div class="result">{bar}{fragment}</div>'
        f'<script type="application/json" id="lawref-data">{script_json(data)}</script>'
    )
    return page(f"lawref: {source.source}", body, state)


# --- records (--data DIR) ----------------------------------------------------------------------


def _records_folder(state: WebState) -> Path:
    if state.settings.data_dir is None:
        raise InputError("this server keeps no records (start it with --data DIR)")
    return state.settings.data_dir


@router.get("/records", response_class=HTMLResponse)
async def records(request: Request) -> HTMLResponse:
    state = state_of(request)
    if state.settings.data_dir is None:
        return page(
            "lawref: no records",
            '<main class="app-main"><p>This server keeps no records (start it with <code>--data DIR</code>).</p></main>',
            state,
            404,
        )
    rows = "".join(
        f'<tr><td><a href="/records/{esc(r["name"])}.html">{esc(r["source"])}</a></td>'
        f"<td>{esc(r['reviewed'])}</td><td>{r['quotes']}</td><td>{r['confirmed']}</td>"
        f'<td>{r["overridden"]}</td><td><a href="/records/{esc(r["name"])}.json">JSON</a></td></tr>'
        for r in list_records(state.settings.data_dir)
    )
    table = (
        '<table class="records"><thead><tr><th>Story</th><th>Reviewed (UTC)</th><th>Quotations'
        "</th><th>Confirmed</th><th>Overridden</th><th></th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        if rows
        else "<p>No reviewed report has been saved yet.</p>"
    )
    return page(
        "lawref: records", f'<main class="app-main"><h1>Reviewed reports</h1>{table}</main>', state
    )


@router.get("/records/{name}")
async def record(name: str, request: Request) -> Response:
    state = state_of(request)
    folder = _records_folder(state)
    stem, _, kind = name.rpartition(".")
    if kind not in ("html", "json") or not RECORD_NAME.match(stem):
        return page(
            "lawref: not found", '<main class="app-main"><p>No such record.</p></main>', state, 404
        )
    path = folder / f"{stem}.{kind}"
    if not path.is_file():
        return page(
            "lawref: not found", '<main class="app-main"><p>No such record.</p></main>', state, 404
        )
    if kind == "html":
        return FileResponse(
            path,
            media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": content_security_policy()},
        )
    return FileResponse(path, media_type="application/json")
