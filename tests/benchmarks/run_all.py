"""Run every benchmark in turn (each a fresh process); results land in tests/benchmarks/results/.

    python tests/benchmarks/run_all.py [--quick]

--quick passes small run counts / samples to each script (a smoke test, not figures to quote).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_cli.py", "bench_store.py", "bench_linking.py", "bench_cites.py"]
QUICK = {
    "bench_cli.py": ["--runs", "3"],
    "bench_store.py": ["--runs", "2", "--check-runs", "1"],
    "bench_linking.py": ["--per-kind", "10"],
    "bench_cites.py": ["--repeat", "5"],
}


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    scripts = ORDER + sorted(
        p.name for p in HERE.glob("bench_*.py") if p.name not in ORDER
    )  # others' benchmarks (bench_matcher.py, …) run too, with their defaults
    failed = []
    for name in scripts:
        if not (HERE / name).exists():
            continue
        print(f"\n===== {name} =====", flush=True)
        argv = [sys.executable, str(HERE / name), *(QUICK.get(name, []) if quick else [])]
        if subprocess.run(argv, cwd=HERE, check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
