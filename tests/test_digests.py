"""The cache's SHA-256 and HMAC-SHA256 (lawref/store/digests.py) are the standard library's: a
file signed or a chunk hashed by either path reads back under the other, and a warm check loads
no OpenSSL for them."""

from __future__ import annotations

import hashlib
import hmac
import os

import pytest

from lawref.store.digests import BULK, compare_digest, hmac_sha256, sha256


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 1000, BULK - 1, BULK, 3 * BULK + 7])
@pytest.mark.parametrize("key_size", [0, 32, 64, 65, 200])
def test_the_hmac_is_the_standard_librarys(size: int, key_size: int) -> None:
    key, message = os.urandom(key_size), os.urandom(size)
    parts = (message[: size // 3], memoryview(message)[size // 3 :])
    assert hmac_sha256(key, *parts) == hmac.new(key, message, hashlib.sha256).digest()


@pytest.mark.parametrize("size", [0, 5, BULK - 1, BULK, BULK + 1])
def test_the_hash_is_the_standard_librarys(size: int) -> None:
    data = os.urandom(size)
    expected = hashlib.sha256(data).digest()
    assert sha256(data).digest() == expected
    assert sha256(data, bulk=True).digest() == expected
    grown = sha256()
    grown.update(data)
    assert grown.hexdigest() == expected.hex()


def test_the_comparison_tells_digests_apart() -> None:
    digest = hashlib.sha256(b"x").digest()
    assert compare_digest(digest, bytes(digest))
    assert not compare_digest(digest, hashlib.sha256(b"y").digest())
    assert not compare_digest(digest, digest[:-1])
