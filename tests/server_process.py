"""``lawref serve`` in a child process on a free loopback port, shared by the web tests and the
serving benchmark (no pytest here: the benchmark runs on its own)."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(
    command: Sequence[str],
    env: dict[str, str],
    cwd: Path,
    *args: str,
    start_seconds: float,
) -> Iterator[str]:
    """``command serve --port P *args`` until /healthz answers 200; yields the base URL and stops
    the server afterwards. Raises RuntimeError if it exits or does not answer within
    ``start_seconds``."""
    import httpx

    port = free_port()
    process = subprocess.Popen(
        [*command, "serve", "--port", str(port), *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_seconds
        while True:
            if process.poll() is not None:
                error = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"lawref serve exited ({process.returncode}): {error}")
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("lawref serve did not answer /healthz in time")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
        if process.stderr is not None:
            process.stderr.close()
