""""Double random" draw benchmark: a draw over 100,000 targets and 2,000 inspectors with the conflict
checks through the graph (purchaser, FAMILY, WORKS_AT), on the embedded server.

    .venv/bin/python bench/bench_draw.py [--targets 100000] [--inspectors 2000] [--draw 200] [--per-target 2]

Starts its own embedded server in a temporary folder (never touches your data), loads the registers
(not timed), then times ``plan`` + ``draw`` (registers read as of the date, weights from the watch list and
past sanctions, conflicts for the drawn targets, inspectors matched, result stored) and ``verify`` (the
re-run). Prints the figures; the target is a draw under 5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph import embedded
from graph.connection import Graph, connect
from graph.inspections import draw, entry_props, plan, verify
from graph.settings import Settings
from graph.writer import Writer

ON = dt.date(2024, 6, 3)
SRC = "bench:draw"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load(graph: Graph, n_targets: int, n_inspectors: int, seed: int = 13) -> dict[str, int]:
    rng = random.Random(seed)
    counts = {"watch": 0, "sanctions": 0, "family": 0, "works_at": 0, "purchased": 0}
    with Writer(graph, batch_size=5000) as w:
        agencies = [w.node("Agency", {"name": f"基准县部门{i}", "region": "基准县"}, source=SRC) for i in range(40)]
        companies = []
        for i in range(n_targets):
            c = w.node("Company", {"key": f"BENCH{i:07d}", "name": f"基准公司{i}"}, source=SRC)
            companies.append(c)
            e = w.node("RegisterEntry", entry_props("targets", c, dt.date(2024, 1, 1),
                                                    risk=rng.choice((0, 0, 0, 1, 1, 2, 3))), source=SRC)
            w.rel("LISTS", e, c, source=SRC)
            if rng.random() < 0.02:
                wl = w.node("WatchListEntry", {"list_name": "bench", "party_key": c, "start": dt.date(2024, 1, 1)},
                            source=SRC)
                w.rel("AGAINST", wl, c, source=SRC)
                counts["watch"] += 1
            if rng.random() < 0.03:
                s = w.node("Sanction", {"authority": agencies[0], "party_key": c, "kind": "penalty",
                                        "start": dt.date(2023, rng.randrange(1, 13), 1)}, source=SRC)
                w.rel("AGAINST", s, c, source=SRC)
                counts["sanctions"] += 1
            if rng.random() < 0.2:  # a project the company won, bought by one of the agencies
                p = w.node("Project", {"project_no": f"BP{i:07d}"}, source=SRC)
                w.rel("PURCHASED", rng.choice(agencies), p, source=SRC)
                w.rel("WON", c, p, source=SRC)
                counts["purchased"] += 1
        for i in range(n_inspectors):
            agency = agencies[i % len(agencies)]
            o = w.node("Official", {"name": f"检查员{i}", "agency_id": agency}, source=SRC)
            w.rel("WORKS_AT", o, agency, source=SRC)
            e = w.node("RegisterEntry", entry_props("inspectors", o, dt.date(2024, 1, 1), agency=agency), source=SRC)
            w.rel("LISTS", e, o, source=SRC)
            for _ in range(5):  # relatives tied to companies
                r = w.node("Person", {"name": f"亲属{i}-{_}", "context": o}, source=SRC)
                w.rel("FAMILY", o, r, source=SRC)
                w.rel("SHAREHOLDER_OF", r, rng.choice(companies), source=SRC)
                counts["family"] += 1
            for _ in range(3):  # past employers
                w.rel("WORKS_AT", o, rng.choice(companies), {"end": dt.date(2020, 1, 1)}, source=SRC)
                counts["works_at"] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--targets", type=int, default=100_000)
    ap.add_argument("--inspectors", type=int, default=2_000)
    ap.add_argument("--draw", type=int, default=200, help="targets drawn")
    ap.add_argument("--per-target", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="liandong-bench-draw-") as tmp:
        os.environ["LIANDONG_HOME"] = tmp
        os.environ["LIANDONG_BOLT_PORT"] = str(_free_port())
        settings = Settings.from_env()
        graph = connect(settings)
        try:
            t0 = time.perf_counter()
            counts = load(graph, args.targets, args.inspectors)
            print(f"loaded {args.targets:,} targets and {args.inspectors:,} inspectors in {time.perf_counter() - t0:.1f} s "
                  f"({counts})")
            agency = graph.read("MATCH (a:Agency) RETURN a.id AS id LIMIT 1")[0]["id"]
            t0 = time.perf_counter()
            iid, seed = plan(graph, "基准抽查", on=ON, initiator=agency, n_targets=args.draw, per_target=args.per_target,
                             seed="bench-seed", source=SRC)
            record = draw(graph, iid, seed, source=SRC)
            t_draw = time.perf_counter() - t0
            out = record["outcome"]
            excluded = sum(len(v) for v in out["excluded"].values())
            t0 = time.perf_counter()
            ok = verify(graph, iid).ok
            t_verify = time.perf_counter() - t0
            print(f"draw: {args.draw} of {args.targets:,} targets, {args.per_target} of {args.inspectors:,} inspectors each, "
                  f"{excluded} conflicts excluded ({len(record['why'])} target-inspector pairs) — {t_draw:.2f} s "
                  f"({'under' if t_draw < 5 else 'OVER'} 5 s)")
            print(f"verify (re-run from the seed): {'ok' if ok else 'MISMATCH'} — {t_verify:.2f} s")
        finally:
            graph.close()
            embedded.stop(settings)


if __name__ == "__main__":
    main()
