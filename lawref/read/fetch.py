"""Fetching an http(s) URL to read: one deadline for the whole request, a size limit, every gzip
member, and, for a server that fetches on others' behalf, no private addresses.

:func:`fetch_url` is what ``check``/``cites``/``batch`` use for a URL (through
:func:`lawref.read.source.read_source`), and what a web front end should use with
``allow_private=False``:

- The deadline (``timeout`` times :data:`TIME_FACTOR`, 60 s by default) covers connecting, the
  status line and headers, redirects and the body together: a timer shuts the socket down when it
  passes, so a server that sends one header byte every few seconds cannot hold a run. Each single
  connect or read also gives up after ``timeout`` seconds.
- The body is refused as soon as it (decompressed) grows past ``max_bytes``; gzip and deflate
  are read to the end of every member (a gzip stream may hold several), and truncated or trailing
  garbage data is refused.
- Redirects are followed to http(s) only. With ``allow_private=False`` every host (the first and
  each redirect's) is resolved once, refused when any of its addresses is loopback, private,
  link-local, multicast or otherwise not global, and connected to at the address that was
  checked (so a second DNS answer cannot swap it); proxies from the environment are not used
  then, since the proxy, not lawref, would connect.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lawref._version import __version__
from lawref.errors import InputError

DEFAULT_TIMEOUT = 10.0  # seconds for one connect or read
TIME_FACTOR = 6  # the whole request gets this many times ``timeout``
_CHUNK = 65536
# (PDF is read as a document: lawref.read.pdf_text)
NOT_TEXT = ("image/", "audio/", "video/", "font/", "application/zip")


@dataclass(frozen=True)
class Fetched:
    """A fetched body and what the server said about it."""

    body: bytes
    content_type: str | None  # "text/html", …; None when the server sent no Content-Type
    charset: str | None
    url: str  # after redirects


class PrivateAddressError(InputError):
    """The URL (or a redirect) leads to an address a server must not fetch from."""


def fetch_url(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = True,
) -> Fetched:
    """The body of ``url`` (http or https), or InputError in one line naming the URL."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{url}: unsupported URL scheme (only http and https are read)")
    total = timeout * TIME_FACTOR
    deadline = _Deadline(total)
    try:
        return _fetch(url, max_bytes, timeout, allow_private, deadline)
    except InputError:
        if deadline.expired:
            raise _late(url, total) from None
        raise
    except Exception as exc:  # noqa: BLE001 - any failure after the timer fired is the timer's
        if deadline.expired:
            raise _late(url, total) from exc
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
    finally:
        deadline.cancel()


def _late(url: str, total: float) -> InputError:
    return InputError(f"{url}: no complete answer within {total:g} s (the time limit for a URL)")


def _fetch(
    url: str, max_bytes: int, timeout: float, allow_private: bool, deadline: _Deadline
) -> Fetched:
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"lawref/{__version__} (statute quotation checker)",
            "Accept": "text/html, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.5",
            "Accept-Encoding": "gzip, identity",
        },
    )
    connect = _connector(deadline, allow_private)
    handlers: list[Any] = [
        _HttpOnlyRedirects,
        _Http(_connection(http.client.HTTPConnection, connect)),
        _Https(_connection(http.client.HTTPSConnection, connect)),
    ]
    if not allow_private:
        handlers.append(urllib.request.ProxyHandler({}))
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            length = headers.get("Content-Length", "").strip()
            if length.isdigit() and int(length) > max_bytes and not headers.get("Content-Encoding"):
                raise too_large(url, max_bytes, int(length))
            declared_type = headers.get("Content-Type")
            content_type = headers.get_content_type() if declared_type else None
            if content_type and content_type.startswith(NOT_TEXT):
                raise InputError(f"{url}: not a text document (Content-Type {content_type})")
            body = _read_body(response, url, headers.get("Content-Encoding"), max_bytes, deadline)
            charset = headers.get_content_charset() if declared_type else None
            final = response.geturl()
    except InputError as exc:  # from the address check: name the URL asked for
        if str(exc).startswith(f"{url}: "):
            raise
        raise type(exc)(f"{url}: {exc}") from None
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(f"{url}: HTTP error {exc.code} ({exc.reason})") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, InputError):
            raise InputError(f"{url}: {reason}") from exc
        if isinstance(reason, TimeoutError) and not deadline.expired:
            raise InputError(f"{url}: no answer within {timeout:g} s") from exc
        detail = getattr(reason, "strerror", None) or reason
        raise InputError(f"{url}: cannot connect ({detail})") from exc
    except TimeoutError as exc:
        if deadline.expired:
            raise
        raise InputError(f"{url}: no answer within {timeout:g} s") from exc
    except (http.client.HTTPException, OSError, ValueError) as exc:
        if deadline.expired:
            raise
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
    return Fetched(body, content_type, charset, final)


# --- the deadline --------------------------------------------------------------------------------


class _Deadline:
    """Shuts down every socket of one request when its time is up (a blocked read then ends)."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(0.0, self.at - time.monotonic())

    def register(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                sock.close()
                raise TimeoutError("the time limit passed")
            self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


# --- connections: the deadline's sockets, and the address check -------------------------------

Connect = Callable[..., socket.socket]


def _connector(deadline: _Deadline, allow_private: bool) -> Connect:
    def create_connection(
        address: tuple[str, int], timeout: Any = None, source_address: Any = None, **_: Any
    ) -> socket.socket:
        host, port = address
        limit = deadline.remaining()
        if isinstance(timeout, (int, float)):
            limit = min(limit, float(timeout))
        if allow_private:
            sock = socket.create_connection(address, limit, source_address)
            deadline.register(sock)
            return sock
        return _connect_public(host, port, limit, deadline)

    return create_connection


def _connect_public(host: str, port: int, limit: float, deadline: _Deadline) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"cannot resolve {host} ({exc.strerror or exc})") from exc
    for *_rest, sockaddr in infos:
        if not is_public_address(str(sockaddr[0])):
            raise PrivateAddressError(
                f"{host} is at {sockaddr[0]}, a private or local address: not fetched"
            )
    error: OSError | None = None
    for family, kind, proto, _name, sockaddr in infos:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(limit)
            deadline.register(sock)
            sock.connect(sockaddr)  # the address just checked: no second DNS answer
            return sock
        except OSError as exc:
            error = exc
            sock.close()
    raise error or OSError(f"cannot connect to {host}")


def is_public_address(address: str) -> bool:
    """True for a global unicast address; False for loopback, private, link-local, shared,
    reserved, multicast and unspecified ones (an IPv4 address inside IPv6 judged as IPv4)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is not None:
            ip = inner
    return ip.is_global and not ip.is_multicast


def _connection(base: type[http.client.HTTPConnection], connect: Connect) -> type[Any]:
    class Connection(base):  # type: ignore[valid-type, misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    return Connection


class _Http(urllib.request.HTTPHandler):
    def __init__(self, connection: type[Any]) -> None:
        super().__init__()
        self._connection = connection

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self._connection, req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, connection: type[Any]) -> None:
        super().__init__()
        self._connection = connection

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self._connection, req, context=self._context)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow one to ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


# --- the body ------------------------------------------------------------------------------------


def size_text(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MiB"
    return f"{count} bytes"


def too_large(name: str, limit: int, size: int | None = None) -> InputError:
    what = size_text(size) if size is not None else f"more than {size_text(limit)}"
    return InputError(f"{name}: {what} is over the size limit of {size_text(limit)} (--max-size)")


class _Inflater:
    """gzip or zlib data decompressed within a size limit, member after member."""

    def __init__(self, url: str, coding: str, max_bytes: int) -> None:
        self.url, self.coding, self.max_bytes = url, coding, max_bytes
        self.total = 0
        self._inflate = zlib.decompressobj(47)  # 32 + 15: a gzip or zlib header, detected

    def feed(self, data: bytes) -> bytes:
        out: list[bytes] = []
        while data:
            if self._inflate.eof:
                if not data.strip(b"\0"):
                    break  # NUL padding after the last member, as gzip itself allows
                self._inflate = zlib.decompressobj(47)  # the next gzip member
            room = self.max_bytes + 1 - self.total
            try:
                piece = self._inflate.decompress(data, room)
            except zlib.error as exc:
                raise InputError(f"{self.url}: corrupt {self.coding} data ({exc})") from exc
            self.total += len(piece)
            if self._inflate.unconsumed_tail or self.total > self.max_bytes:
                raise too_large(self.url, self.max_bytes)
            out.append(piece)
            data = self._inflate.unused_data if self._inflate.eof else b""
        return b"".join(out)

    def finish(self) -> bytes:
        if not self._inflate.eof:
            raise InputError(f"{self.url}: truncated {self.coding} data")
        return b""


def _read_body(
    response: Any, url: str, encoding: str | None, max_bytes: int, deadline: _Deadline
) -> bytes:
    """The body, refused as soon as it grows past ``max_bytes`` (after decompression)."""
    coding = (encoding or "identity").strip().lower()
    inflater: _Inflater | None
    if coding in ("gzip", "x-gzip", "deflate"):
        inflater = _Inflater(url, coding, max_bytes)
    elif coding == "identity":
        inflater = None
    else:
        raise InputError(f"{url}: unsupported Content-Encoding {coding!r}")
    read = getattr(response, "read1", response.read)
    chunks: list[bytes] = []
    total = 0
    while True:
        if deadline.expired:
            raise InputError(f"{url}: download took too long (over {size_text(total)} so far)")
        chunk = read(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            chunk = inflater.feed(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise too_large(url, max_bytes)
        chunks.append(chunk)
    if deadline.expired:  # the timer's shutdown looks like the end of the body: it is not
        raise InputError(f"{url}: download took too long (over {size_text(total)} so far)")
    if inflater is not None:
        inflater.finish()
    return b"".join(chunks)
