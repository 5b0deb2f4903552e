"""How long the console's graph takes to build and to keep in step (app/services/console_view.py).

Loads the demo county at the given size into a throw-away embedded server (LIANDONG_HOME in a
temporary folder), starts the console's server beside it, then times:

* the fingerprint (what every console query pays when nothing changed);
* the first, full sync (wipe, schema, every node and relationship) — split into reading the main
  graph and building the view, and writing it;
* a re-sync after a small change (one document's text edited): only what changed is written;
* a no-op ensure_synced (the fingerprint matches).

    .venv/bin/python bench/bench_console_view.py --size small
    .venv/bin/python bench/bench_console_view.py --size 20000
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="small", help="demo size: small (~2.5k nodes), medium (~20k) or a node count")
    args = ap.parse_args()
    size: str | int = int(args.size) if args.size.isdigit() else args.size
    with tempfile.TemporaryDirectory(prefix="liandong-bench-console-") as tmp:
        os.environ["LIANDONG_HOME"] = tmp
        os.environ["LIANDONG_BOLT_PORT"] = str(_free_port())
        os.environ.setdefault("LIANDONG_HEAP", "2g")
        from app.services import console_view as cv
        from graph import embedded
        from graph.connection import connect
        from graph.demo import load_demo
        from graph.settings import Settings

        settings = Settings.from_env()
        graph = connect(settings)
        try:
            t0 = time.monotonic()
            report = load_demo(graph, size=size)
            print(f"demo county ({size}): {report.nodes} node records, {report.relationships} relationship records "
                  f"loaded in {time.monotonic() - t0:.1f} s")
            t0 = time.monotonic()
            view = cv.console_graph(settings)
            print(f"console server started in {time.monotonic() - t0:.1f} s")

            t0 = time.monotonic()
            mark = cv.fingerprint(graph)
            print(f"fingerprint: {(time.monotonic() - t0) * 1000:.0f} ms")

            t0 = time.monotonic()
            built = cv.read_main(graph, cv.pseudonym_key(settings.home))
            print(f"read the main graph and build the view: {time.monotonic() - t0:.1f} s "
                  f"({len(built.nodes)} nodes, {len(built.rels)} relationships; {built.left_out} left out, "
                  f"{built.pseudonymised} pseudonymised)")

            full = cv.sync(graph, view, settings.home, full=True, mark=mark)
            rows = full.nodes + full.rels
            print(f"full sync: {full.seconds:.1f} s ({full.read_seconds:.1f} s reading and building), "
                  f"{rows / full.seconds:,.0f} rows/s")

            graph.write("MATCH (d:Document) WITH d LIMIT 1 SET d.title = coalesce(d.title, '') + '·'")
            t0 = time.monotonic()
            again = cv.ensure_synced(graph, view, settings.home, max_age_s=0)
            assert again is not None
            print(f"re-sync after one document changed: {time.monotonic() - t0:.1f} s "
                  f"({again.nodes_written} nodes, {again.rel_groups_written} relationship groups written)")

            t0 = time.monotonic()
            none = cv.ensure_synced(graph, view, settings.home)
            print(f"ensure_synced when in step: {(time.monotonic() - t0) * 1000:.0f} ms (synced: {none is not None})")
        finally:
            graph.close()
            embedded.stop(settings)


if __name__ == "__main__":
    main()
