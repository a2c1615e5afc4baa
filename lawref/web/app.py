"""The ASGI app: routes, error handling, assets, and the engine's start and stop.

``create_app(settings)`` loads the store once (it fails here, with the loader's one-line error,
before anything listens) and returns the app wrapped in its size limit and security headers.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cache
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from lawref._version import __version__
from lawref.cli.app import one_line
from lawref.errors import InputError, StoreError
from lawref.web import api, pages
from lawref.web.docs_page import docs_body
from lawref.web.engine import CheckEngine, EngineUnavailable
from lawref.web.limits import BodyLimit, SecurityHeaders
from lawref.web.state import Settings, WebState

log = logging.getLogger("lawref.web")

# Assets the pages load: the report's own (reused, not copied) and the app's.
ASSETS = {
    "report.css": ("lawref.render.assets", "text/css"),
    "report.js": ("lawref.render.assets", "text/javascript"),
    "app.css": ("lawref.web.assets", "text/css"),
    "app.js": ("lawref.web.assets", "text/javascript"),
}


@cache
def _asset(name: str) -> bytes:
    package, _ = ASSETS[name]
    return resources.files(package).joinpath(name).read_bytes()


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": one_line(message)}, status_code=status)


def _validation_line(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "malformed request"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
    if first.get("type") == "json_invalid":
        return "malformed JSON in the request body"
    message = str(first.get("msg", "invalid"))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {message}{more}" if where else f"{message}{more}"


def create_app(settings: Settings, *, engine: CheckEngine | None = None) -> Any:
    """The ASGI application for ``settings`` (the store is loaded now, once)."""
    from lawref.store.load import load_store

    store = load_store(settings.stores)
    if settings.data_dir is not None:
        try:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{settings.data_dir}: cannot use: {exc.strerror or exc}") from exc
    engine = engine or CheckEngine(settings.stores, settings.workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await engine.start()
        try:
            yield
        finally:
            engine.close()

    app = FastAPI(
        title="lawref",
        version=__version__,
        description="Check quotations of statutes in news articles against a curated store.",
        docs_url=None,  # FastAPI's viewer loads its script from a CDN: /docs is our own page
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.lawref = WebState(settings, store, engine)
    app.include_router(api.router)
    app.include_router(api.health)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    async def docs(request: Request) -> HTMLResponse:
        return pages.page("lawref API", docs_body(app.openapi()), app.state.lawref)

    @app.get("/assets/{name}", include_in_schema=False)
    async def asset(name: str) -> Response:
        if name not in ASSETS:
            return _error(404, f"no asset {name!r}")
        return Response(
            _asset(name),
            media_type=ASSETS[name][1],
            headers={"Cache-Control": "no-cache"},
        )

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return _error(404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, _validation_line(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404:
            message = f"no such page: {request.url.path}"
        return _error(exc.status_code, message)

    @app.exception_handler(EngineUnavailable)
    async def unavailable(request: Request, exc: EngineUnavailable) -> JSONResponse:
        return _error(503, str(exc))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        # The traceback goes to the server's log, never to the client.
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(500, "internal error (the server's log has the details)")

    wrapped: Any = BodyLimit(app, settings.max_bytes)
    if settings.allowed_hosts is not None:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        wrapped = TrustedHostMiddleware(wrapped, allowed_hosts=list(settings.allowed_hosts))
    return SecurityHeaders(wrapped)
