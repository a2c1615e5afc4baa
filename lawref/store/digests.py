"""SHA-256 and HMAC-SHA256 for the cache, without loading OpenSSL for the few small digests a warm
run makes.

``hashlib`` and ``hmac`` import ``_hashlib``, which loads OpenSSL's libcrypto: some 2.5 ms of a warm
``lawref check`` (issue 20), which hashes only a few kilobytes (cache keys, the signed table of
checked files). Small inputs are hashed here by CPython's own SHA-256 module (``_sha2`` from 3.12,
``_sha256`` before), HMAC made from it as RFC 2104 defines it; large ones (a cache file checked
whole, its array chunks checked where they are read) by OpenSSL, imported then, which this
processor's SHA instructions make several times faster. Both compute the same function: a digest
or MAC is the same bytes whichever made it, and the comparison is the constant-time one ``hmac``
itself uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

try:  # Python 3.12+
    from _sha2 import sha256 as _builtin_sha256  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python
    try:
        from _sha256 import sha256 as _builtin_sha256  # type: ignore[import-not-found,no-redef]
    except ImportError:  # built without CPython's own hashes: OpenSSL's alone
        _builtin_sha256 = None

try:
    from _operator import _compare_digest as compare_digest  # what hmac.compare_digest is
except ImportError:  # pragma: no cover - depends on the Python
    from hmac import compare_digest  # noqa: F401

# Inputs at least this long go to OpenSSL: its load pays for itself on a few hundred kilobytes,
# and nothing a warm run hashes is longer than a few kilobytes.
BULK = 1 << 16
DIGEST_SIZE = 32
_BLOCK = 64  # SHA-256's block size: HMAC pads its key to it
_INNER = bytes(x ^ 0x36 for x in range(256))
_OUTER = bytes(x ^ 0x5C for x in range(256))


def _openssl() -> Callable[..., Any]:
    import hashlib

    return hashlib.sha256


def sha256(data: bytes | memoryview = b"", *, bulk: bool = False) -> Any:
    """A SHA-256 hash object of ``data`` (``update`` it, then ``digest()``/``hexdigest()``);
    ``bulk`` when much more is to be added."""
    if bulk or _builtin_sha256 is None or len(data) >= BULK:
        return _openssl()(data)
    return _builtin_sha256(data)


def hmac_sha256(key: bytes, *parts: bytes | memoryview) -> bytes:
    """HMAC-SHA256 of the concatenated ``parts`` under ``key`` (RFC 2104, what
    ``hmac.new(key, msg, hashlib.sha256).digest()`` gives)."""
    if _builtin_sha256 is None or sum(len(p) for p in parts) >= BULK:
        import hmac

        mac = hmac.new(key, digestmod=_openssl())
        for part in parts:
            mac.update(part)
        return mac.digest()
    if len(key) > _BLOCK:
        key = _builtin_sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    inner = _builtin_sha256(key.translate(_INNER))
    for part in parts:
        inner.update(part)
    return _builtin_sha256(key.translate(_OUTER) + inner.digest()).digest()  # type: ignore[no-any-return]
