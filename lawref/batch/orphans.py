"""A worker that outlives its batch exits: a watchdog thread polls the parent process."""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def parent_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, killed and not yet reaped, counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - another user's process of that number
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            # "pid (comm) S ...": the state follows the last ")" (comm may hold one).
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True  # no /proc (not Linux): os.kill's answer stands


def watch_parent(pid: int) -> None:
    """End this process (at once, exit status 1) when process ``pid`` is gone: a batch killed
    with ``kill -9`` cannot stop its workers, so they stop themselves."""

    def watch() -> None:
        while parent_alive(pid):
            time.sleep(POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="lawref-parent-watch", daemon=True).start()
