"""Fetching a URL for a web user without opening a way into the server's own network.

A server that fetches pages for its users must not reach loopback, link-local, private or other
non-public addresses for them (an internal admin page, a cloud metadata service). Every address a
host name resolves to is checked at the moment of connecting — for the first request and for
every redirect — and the connection goes to the address that was checked (no second lookup that
a rebinding DNS server could answer differently). Proxies from the environment are not used, since
the proxy would do the lookup. The body is read with the command line's limits: its time-out per
read, six times that for the whole download, and ``--max-size``.

This module is the web layer's own guard until the reader gains one (issue 21); the app calls
only :func:`fetch_source`, so swapping it is one import.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from lawref._version import __version__
from lawref.errors import InputError
from lawref.read.source import DEFAULT_MAX_BYTES, read_source, source_from_bytes
from lawref.spans import SourceText

URL_TIMEOUT = 10.0  # seconds, as `lawref check URL`
_DOWNLOAD_TIME_FACTOR = 6
_CHUNK = 65536
_MEDIA = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}


class PrivateAddressError(OSError):
    """The host resolves to an address a public fetch must not reach."""


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (not loopback, private, link-local, CGNAT,
    reserved, multicast or unspecified); IPv4-mapped IPv6 addresses are judged as IPv4."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _public_connection(
    address: tuple[str, int], timeout: Any = None, source_address: Any = None
) -> socket.socket:
    """socket.create_connection that refuses a host with any non-public address."""
    host, port = address
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host}") from exc
    for info in infos:
        if not is_public_address(str(info[4][0])):
            where = "" if str(info[4][0]) == host.strip("[]") else f" ({info[4][0]})"
            raise PrivateAddressError(f"{host} is a loopback, private or link-local address{where}")
    error: OSError | None = None
    for family, kind, proto, _, sockaddr in infos:
        sock = socket.socket(family, kind, proto)
        try:
            if isinstance(timeout, (int, float)):
                sock.settimeout(timeout)
            sock.connect(sockaddr)  # the address that was checked
            return sock
        except OSError as exc:
            error = exc
            sock.close()
    raise error or OSError(f"cannot connect to {host}")


class _PublicHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _public_connection


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _public_connection


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTPSConnection, req, context=self._context)  # type: ignore[attr-defined]


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_source(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = URL_TIMEOUT,
    allow_private: bool = False,
) -> SourceText:
    """The document at ``url``, read and decoded as ``lawref check URL`` reads it; unless
    ``allow_private``, refused (InputError) when it or a redirect leads to a non-public address."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{url}: only http and https URLs are read")
    if allow_private:
        return read_source(url, max_bytes=max_bytes, timeout=timeout)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), _PublicHTTPHandler, _PublicHTTPSHandler, _HttpOnlyRedirects
    )
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"lawref/{__version__} (statute quotation checker)",
            "Accept": "text/html, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.5",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + timeout * _DOWNLOAD_TIME_FACTOR
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            coding = (headers.get("Content-Encoding") or "identity").strip().lower()
            if coding != "identity":
                raise InputError(f"{url}: unsupported Content-Encoding {coding!r}")
            length = headers.get("Content-Length", "").strip()
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: {length} bytes is over the size limit of {max_bytes}")
            media = _MEDIA.get(headers.get_content_type()) if headers.get("Content-Type") else None
            charset = headers.get_content_charset() if headers.get("Content-Type") else None
            body = _read_body(response, url, max_bytes, deadline)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(f"{url}: HTTP error {exc.code} ({exc.reason})") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, PrivateAddressError):
            raise InputError(
                f"{url}: refused: {reason} (lawref serve --allow-private-urls)"
            ) from exc
        if isinstance(reason, TimeoutError):
            raise InputError(f"{url}: no answer within {timeout:g} s") from exc
        raise InputError(
            f"{url}: cannot connect ({getattr(reason, 'strerror', None) or reason})"
        ) from exc
    except TimeoutError as exc:
        raise InputError(f"{url}: no answer within {timeout:g} s") from exc
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
    return source_from_bytes(body, url, media_type=media, charset=charset)  # type: ignore[arg-type]


def _read_body(response: Any, url: str, max_bytes: int, deadline: float) -> bytes:
    read = getattr(response, "read1", response.read)
    chunks: list[bytes] = []
    total = 0
    while chunk := read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise InputError(f"{url}: more than {max_bytes} bytes is over the size limit")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: download took too long")
        chunks.append(chunk)
    return b"".join(chunks)
