"""The JSON API: check, cites, review, the store's statutes and articles, search, health.

Responses carry the same JSON as the command line (``check --format json``, ``cites --format
json``, ``search --format json``); an error is ``{"error": "one line"}`` with a 4xx status.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from lawref._version import __version__
from lawref.citations.authorities import cites_document
from lawref.errors import InputError, StoreError
from lawref.render.html import content_security_policy, render_html
from lawref.report import CitesReport, Report
from lawref.spans import SourceText
from lawref.store.files import Store
from lawref.store.records import article_record
from lawref.store.schema import Statute, article_sort_key
from lawref.web.review import (
    QuoteReview,
    decisions,
    recorded_panel,
    review_summary,
    reviewed_json,
    save_record,
)
from lawref.web.state import CheckOptions, state_of

router = APIRouter(prefix="/api")
ERROR = {"content": {"application/json": {"example": {"error": "one line saying what is wrong"}}}}


class SourceRequest(BaseModel):
    """An article: its ``text``, or a ``url`` to fetch it from (when there is no text)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="the article's text (offsets index it, \\n ends)")
    url: str | None = Field(
        None, description="where the text is from; fetched when no text is given", max_length=4000
    )
    source: str | None = Field(
        None, max_length=500, description='name shown in the report (default: the URL, or "-")'
    )


class CheckRequest(SourceRequest):
    min_score: float | None = Field(None, ge=0, le=100, description="link only from this score")
    crosslingual: bool = Field(True, description="compare English quotes with Chinese originals")
    reuse: bool = Field(True, description="also find statute text reproduced without quotes")

    def options(self) -> CheckOptions:
        return CheckOptions(self.min_score, self.crosslingual, self.reuse)


class ReviewRequest(CheckRequest):
    """A checked text and the reviewer's decisions: lawref checks the text again (the same
    verdicts, with their notes) and records each decision on its quotation. The page sends the
    text's layout as the check found it (an upload's blockquotes, pages or paragraphs)."""

    media_type: Literal["text", "markdown", "html", "pdf", "docx"] = "text"
    blockquotes: list[tuple[int, int]] = Field(
        default_factory=list, max_length=100_000, description="spans set off as quotations"
    )
    pages: list[int] = Field(
        default_factory=list, max_length=100_000, description="PDF: where each page starts"
    )
    paragraphs: list[int] = Field(
        default_factory=list, max_length=1_000_000, description="DOCX: where each paragraph starts"
    )
    reviews: list[QuoteReview] = Field(default_factory=list, max_length=100_000)
    format: Literal["json", "html"] = "json"
    save: bool = Field(False, description="also keep the record (when the server has --data)")

    @field_validator("blockquotes")
    @classmethod
    def _spans(cls, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if any(start < 0 or end < start for start, end in spans):
            raise ValueError("each blockquote is [start, end] with 0 <= start <= end")
        return spans

    @field_validator("pages", "paragraphs")
    @classmethod
    def _starts(cls, starts: list[int]) -> list[int]:
        if any(a < 0 or b < a for a, b in zip([0, *starts], starts, strict=False)):
            raise ValueError("starts are offsets in increasing order")
        return starts

    def layout(self, source: SourceText) -> SourceText:
        """``source`` with the layout the page sent back (checked against its text)."""
        size = len(source.text)
        offsets = [end for _, end in self.blockquotes] + self.pages + self.paragraphs
        if any(offset > size for offset in offsets):
            raise InputError("layout: an offset is past the end of the text")
        return replace(
            source,
            media_type=self.media_type,
            blockquotes=tuple((start, end) for start, end in self.blockquotes),
            pages=tuple(self.pages),
            paragraphs=tuple(self.paragraphs),
        )


def _json(data: Any) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return Response(body, media_type="application/json")


@router.post(
    "/check",
    summary="Check an article's quotations (the check --format json contract)",
    responses={200: {"model": Report.validating_model()}, 400: ERROR, 413: ERROR, 422: ERROR},
)
async def api_check(body: CheckRequest, request: Request) -> Response:
    state = state_of(request)
    source = await state.read(body.text, body.url, body.source)
    report = await state.check(source, body.options())
    return Response(report.to_json() + "\n", media_type="application/json")


@router.post(
    "/cites",
    summary="The statutes an article cites (the cites --format json report)",
    responses={200: {"model": CitesReport.validating_model()}, 400: ERROR, 413: ERROR, 422: ERROR},
)
async def api_cites(body: SourceRequest, request: Request) -> Response:
    state = state_of(request)
    source = await state.read(body.text, body.url, body.source)
    citations = await state.engine.cites(source.text)
    report = CitesReport(documents=[cites_document(source, citations, state.store)])
    return Response(report.to_json() + "\n", media_type="application/json")


@router.post(
    "/review",
    summary="The reviewed report: the contract plus a review object per quote, or its HTML",
    responses={400: ERROR, 413: ERROR, 422: ERROR},
)
async def api_review(body: ReviewRequest, request: Request) -> Response:
    state = state_of(request)
    source = await state.read(body.text, body.url, body.source)
    if body.text is not None:
        source = body.layout(source)
    report = await state.check(source, body.options())
    reviewed = decisions(report, body.reviews)
    data = reviewed_json(report, reviewed)
    # Rendering a long article takes a while: in a thread, so the event loop keeps answering.
    html = await asyncio.to_thread(
        render_html,
        report,
        [source.text],
        state.store,
        panel_extra=recorded_panel(reviewed),
        summary_extra=review_summary(report, reviewed),
    )
    headers = {}
    if body.save:
        folder = state.settings.data_dir
        if folder is None:
            raise InputError("this server keeps no records (start it with --data DIR)")
        headers["X-Lawref-Record"] = await asyncio.to_thread(save_record, folder, data, html)
    if body.format == "html":
        headers["Content-Security-Policy"] = content_security_policy()
        headers["Content-Disposition"] = 'attachment; filename="lawref-review.html"'
        return HTMLResponse(html, headers=headers)
    response = _json(data)
    response.headers.update(headers)
    return response


# --- the store --------------------------------------------------------------------------------


def statute_summary(statute: Statute) -> dict[str, Any]:
    return {
        "id": statute.id,
        "title_original": statute.title_original,
        "title_en": statute.title_en,
        "aliases": statute.aliases,
        "jurisdiction": statute.jurisdiction,
        "language": statute.language,
        "versions": statute.version_ids(),
        "articles": len({a.number for a in statute.articles}),
    }


def _statute(store: Store, statute_id: str) -> Statute:
    statute = store.get(statute_id)
    if statute is None:
        raise StoreError(f"no statute {statute_id!r} in the store")
    return statute


@router.get("/statutes", summary="Every statute in the store")
async def api_statutes(request: Request) -> Response:
    store = state_of(request).store
    rows = [statute_summary(s) for s in sorted(store, key=lambda s: (s.jurisdiction, s.id))]
    return _json(rows)


@router.get("/statutes/{statute_id}", summary="One statute: titles, versions, every article")
async def api_statute(statute_id: str, request: Request) -> Response:
    statute = _statute(state_of(request).store, statute_id)
    return _json(statute.model_dump(mode="json", exclude_none=True))


@router.get(
    "/statutes/{statute_id}/articles/{number}",
    summary="One article: its text, versions, translations and sources",
)
async def api_article(
    statute_id: str,
    number: str,
    request: Request,
    version: str | None = Query(None, max_length=40, description="default: the latest"),
) -> Response:
    statute = _statute(state_of(request).store, statute_id)
    if version is not None and version not in statute.version_ids():
        raise StoreError(f"{statute.id} has no version {version!r}")
    article = statute.article(number, version)
    if article is None:
        numbers = sorted({a.number for a in statute.articles}, key=article_sort_key)
        raise StoreError(
            f"{statute.id} has no article {number!r} (articles {numbers[0]}–{numbers[-1]})"
        )
    return _json(article_record(statute, article))


@router.get("/search", summary="The stored articles that hold a phrase or wording close to it")
async def api_search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=2000, description="the phrase"),
    limit: int = Query(10, ge=1, le=100),
) -> Response:
    if not q.strip():
        raise InputError("search needs a phrase")
    hits = await state_of(request).engine.search(q, limit)
    return _json([h.to_record() for h in hits])


health = APIRouter()


@health.get("/healthz", summary="Liveness: the version, the store's size and the workers")
async def healthz(request: Request) -> JSONResponse:
    state = state_of(request)
    return JSONResponse(
        {
            "status": "ok",
            "lawref_version": __version__,
            "statutes": len(state.store.statutes),
            "workers": state.settings.workers,
        }
    )
