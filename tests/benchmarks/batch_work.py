"""The work of `lawref batch --jobs 1` on the big store, in one process, for counting it.

    python tests/benchmarks/batch_work.py --items 240 [--store DIR] [--output FILE]

Checks bench_batch.py's --one-core items (1,000 generated with its seed, three quotations each)
the way the inline engine does (lawref.batch.inputs.check_chunk, the garbage collector set as for
a run): 20 unmeasured, then ``--items`` more, and prints the CPU time of those. On a shared
machine CPU time moves with the load; the instructions do not. Count them with callgrind, as the
difference between two runs, so that loading the store cancels out:

    valgrind --tool=callgrind python tests/benchmarks/batch_work.py --items 40
    valgrind --tool=callgrind python tests/benchmarks/batch_work.py --items 240
    # (Collected of the second - Collected of the first) / 200 = instructions an item

or in one run, collecting only the measured items (checked inside one ``functools.reduce`` call,
which lawref's batch path never makes; a fixed hash seed keeps set orders the same run to run):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce python tests/benchmarks/batch_work.py --warm-up 60 --items 200
    # Collected / 200 = instructions an item

Run it once without valgrind first: the compiled cache (tests/benchmarks/results/cache/) is built
by the first run. ``--output`` writes the measured items' records (one JSON line each), to compare
two versions of lawref byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import time
from pathlib import Path

from _common import ensure_big_store, private_cache
from bench_batch import generate

WARM_UP = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=240, help="items measured")
    parser.add_argument("--warm-up", type=int, default=WARM_UP, help="items checked before")
    parser.add_argument("--store", type=Path, help="a store folder (default: the imported corpus)")
    parser.add_argument("--output", type=Path, help="write the measured items' records here")
    options = parser.parse_args()
    store_dir = options.store
    if store_dir is None:
        store_dir, facts = ensure_big_store()
        if store_dir is None:
            print(f"SKIP: {facts['skipped']}")
            return
    private_cache()

    from lawref.batch.inputs import CheckerConfig, Item, check_chunk
    from lawref.store.load import load_store

    config = CheckerConfig(stores=(str(store_dir),), include_shipped=False)
    store = load_store([store_dir], include_shipped=False)
    warm_up = options.warm_up
    documents = generate(store, 1000, 7, 3)[: warm_up + options.items]
    checker = config.build(store)
    day = dt.date(2024, 5, 1)
    items = [Item(d["id"], d["id"], text=d["text"], date=day) for d in documents]
    check_chunk(items[:warm_up], checker, config.max_bytes)
    try:  # as the inline engine sets it (since issue 20's third batch round)
        from lawref.batch.engines import settle_garbage_collector
    except ImportError:  # an older lawref, measured side by side
        pass
    else:
        settle_garbage_collector()
    started = time.process_time()
    # (inside one functools.reduce call: what --toggle-collect=functools_reduce counts)
    outcomes = functools.reduce(
        lambda _none, chunk: check_chunk(chunk, checker, config.max_bytes), [items[warm_up:]], None
    )
    cpu = time.process_time() - started
    print(
        f"{len(outcomes)} items in {cpu:.2f} s CPU: {len(outcomes) / cpu:.0f} items per CPU-second"
    )
    if options.output:
        options.output.write_text("".join(o.line for o in outcomes), encoding="utf-8")


if __name__ == "__main__":
    main()
