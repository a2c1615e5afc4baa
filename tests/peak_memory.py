"""Peak resident memory of one lawref run, measured in a fresh process whose only child it is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_PROBE = """
import json, resource, subprocess, sys
args = json.loads(sys.argv[1])
stdin = open(args["stdin"], "rb") if args["stdin"] else subprocess.DEVNULL
done = subprocess.run(args["argv"], stdin=stdin, stdout=subprocess.DEVNULL,
                      stderr=subprocess.PIPE)
kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps({"code": done.returncode, "kib": kib, "stderr": done.stderr.decode()}))
"""


def peak_rss(argv: list[str], *, stdin: Path | None = None) -> tuple[int, int, str]:
    """(exit status, peak RSS in bytes, stderr) of ``lawref ARGV``."""
    command = [sys.executable, "-c", "from lawref.cli import main; main()", *argv]
    probe = json.dumps({"argv": command, "stdin": str(stdin) if stdin else None})
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, probe],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    return result["code"], result["kib"] * 1024, result["stderr"]
