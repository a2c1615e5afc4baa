"""What every route shares: the settings, the store (loaded once) and the check engine."""

from __future__ import annotations

import asyncio
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request

from lawref._version import __version__
from lawref.errors import InputError
from lawref.read.fetch import DEFAULT_TIMEOUT
from lawref.read.source import read_source
from lawref.report import Report
from lawref.spans import SourceText
from lawref.store.files import Store
from lawref.web.engine import CheckEngine
from lawref.web.inputs import source_from_text


@dataclass(frozen=True)
class Settings:
    """``lawref serve``'s options."""

    stores: tuple[str, ...] = ()
    workers: int = 1
    max_bytes: int = 64 * 1024 * 1024
    data_dir: Path | None = None
    allow_private_urls: bool = False
    url_timeout: float = DEFAULT_TIMEOUT  # as `lawref check URL`
    # Host headers accepted (None: any). On loopback, only the loopback names: a web page whose
    # DNS name is re-pointed at 127.0.0.1 ("DNS rebinding") is then refused.
    allowed_hosts: tuple[str, ...] | None = None


@dataclass(frozen=True)
class CheckOptions:
    min_score: float | None = None
    crosslingual: bool = True
    reuse: bool = True


@dataclass
class WebState:
    settings: Settings
    store: Store
    engine: CheckEngine

    async def read(self, text: str | None, url: str | None, name: str | None) -> SourceText:
        """The text given (named ``name``, or its URL), or else the page at ``url``."""
        if text is not None:
            return source_from_text(text, name or url or "-")
        if url:
            url = url.strip()
            # Never a path on the server, never its stdin: a web user gives web addresses only.
            if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
                raise InputError(f"{url}: only http and https URLs are read")
            # Network I/O in a thread: the event loop keeps serving while a slow site answers.
            # The reader's limits (a time-out per read and for the whole request, --max-size) and,
            # unless --allow-private-urls, no private or local address, also after a redirect.
            return await asyncio.to_thread(
                read_source,
                url,
                max_bytes=self.settings.max_bytes,
                timeout=self.settings.url_timeout,
                allow_private=self.settings.allow_private_urls,
            )
        raise InputError("nothing to check: give the text (or a URL)")

    async def check(self, source: SourceText, options: CheckOptions) -> Report:
        document = await self.engine.check(
            source, options.min_score, options.crosslingual, options.reuse
        )
        return Report(lawref_version=__version__, documents=[document])


def state_of(request: Request) -> WebState:
    """The app's shared state (set by :func:`lawref.web.app.create_app`)."""
    state: WebState = request.app.state.lawref
    return state
