"""Embedded ArcadeDB vs Neo4j Community on the same machine, one run: the write benchmark and the
investigation queries, with the ratios Neo4j / embedded.

    .venv/bin/python bench/bench_backends.py                               # defaults below
    .venv/bin/python bench/bench_backends.py --query-nodes 1000000         # the full-size county
    .venv/bin/python bench/bench_backends.py --json bench/out/backends.json

For each backend in turn (never both at once, so they do not share the two cores) it starts its
own server in a temporary folder — the embedded one as ``liandong`` does, Neo4j 5.26 from the
official test harness (``make neo4j-harness`` builds it) — with the same Java heap, then

1. the write benchmark of ``bench/bench_writer.py`` (``--nodes`` Company nodes and ``--rels``
   SHAREHOLDER_OF relationships, plain CREATE and liandong's MERGE writer, and a MERGE re-run);
2. the investigation queries of ``bench/bench_queries.py`` on the demo county at ``--query-nodes``
   nodes plus ``--query-nodes / 100`` referral threads (built with liandong's writer; build time
   reported), each query ``--runs`` runs after two warm-ups, p50 and p95;

and stops the server. The table at the end gives both and the ratio (Neo4j / embedded: above 1 means
Neo4j is faster for rates, slower for times).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_queries as bq
import bench_writer as bw

from graph import embedded
from graph.connection import Graph, connect
from graph.neo4j_harness import HarnessServer
from graph.settings import Settings
from graph.stats import counts

ENV_KEYS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "LIANDONG_HOME", "LIANDONG_BOLT_PORT",
            "LIANDONG_HEAP")


def wipe_all(graph: Graph) -> None:
    while graph.write("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c")[0]["c"]:
        pass


def write_bench(graph: Graph, n_nodes: int, n_rels: int, batch: int) -> dict[str, Any]:
    nodes, rels = bw.make_rows(n_nodes, n_rels)
    rows = len(nodes) + len(rels)
    warm_n = nodes[:5000]
    warm_ids = {n.id for n in warm_n}
    warm_r = [r for r in rels if r.start in warm_ids and r.end in warm_ids]
    bw.wipe(graph)
    bw.run_create(graph, warm_n, warm_r, batch)
    bw.wipe(graph)
    bw.run_merge(graph, warm_n, warm_r, batch)
    bw.wipe(graph)
    t_create = bw.run_create(graph, nodes, rels, batch)
    bw.wipe(graph)
    t_merge = bw.run_merge(graph, nodes, rels, batch)
    t_rerun = bw.run_merge(graph, nodes, rels, batch)
    count = graph.read("MATCH (n:Company) RETURN count(n) AS c")[0]["c"]
    assert count == len(nodes), count
    bw.wipe(graph)
    out = {"rows": rows, "create_rows_s": rows / t_create, "merge_rows_s": rows / t_merge,
           "rerun_rows_s": rows / t_rerun, "create_s": t_create, "merge_s": t_merge, "rerun_s": t_rerun}
    print(f"  CREATE {out['create_rows_s']:,.0f} rows/s, MERGE {out['merge_rows_s']:,.0f} rows/s, "
          f"re-run {out['rerun_rows_s']:,.0f} rows/s", flush=True)
    return out


def query_bench(graph: Graph, n_nodes: int, runs: int, market: bool) -> dict[str, Any]:
    from graph.demo import DEFAULT_SEED
    from graph.demo import planted as planted_of

    wipe_all(graph)
    t0 = time.perf_counter()
    bq.build(graph, n_nodes, n_nodes // 100, DEFAULT_SEED)
    build_s = time.perf_counter() - t0
    nodes, rels = counts(graph)
    p = planted_of(DEFAULT_SEED)
    a = bq.anchors(graph, p, max(runs, 20))
    results = bq.measure_cases(bq.query_cases(graph, p, a, market=market), runs)
    return {"nodes": sum(nodes.values()), "relationships": sum(rels.values()), "build_s": build_s, "results": results}


def run_backend(name: str, args: argparse.Namespace) -> dict[str, Any]:
    saved = {k: os.environ.get(k) for k in ENV_KEYS}
    tmp = Path(tempfile.mkdtemp(prefix=f"liandong-bench-{name}-"))
    server: HarnessServer | None = None
    settings: Settings | None = None
    try:
        for k in ENV_KEYS:
            os.environ.pop(k, None)
        os.environ["LIANDONG_HOME"] = str(tmp / "home")
        os.environ["LIANDONG_HEAP"] = args.heap
        if name == "neo4j":
            server = HarnessServer.start(heap=args.heap, pagecache_mb=args.pagecache_mb, workdir=tmp / "neo4j")
            os.environ.update(server.env())
            version = f"Neo4j {server.version} (harness)"
        else:
            os.environ["LIANDONG_BOLT_PORT"] = str(bw._free_port())
            version = "embedded ArcadeDB"
        settings = Settings.from_env()
        graph = connect(settings)
        agent = graph.driver.get_server_info().agent
        print(f"\n=== {name}: {version} — {agent}, heap {args.heap}", flush=True)
        try:
            out: dict[str, Any] = {"backend": name, "agent": agent}
            if not args.skip_write:
                print(f"write benchmark: {args.nodes:,} nodes + {args.rels:,} relationships", flush=True)
                out["write"] = write_bench(graph, args.nodes, args.rels, args.batch)
            if not args.skip_queries:
                print(f"query benchmark: demo county at {args.query_nodes:,} nodes", flush=True)
                out["queries"] = query_bench(graph, args.query_nodes, args.runs, args.market)
        finally:
            graph.close()
        return out
    finally:
        if server is not None:
            server.stop()
        elif settings is not None:
            embedded.stop(settings)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(tmp, ignore_errors=True)


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a and b else "—"


def report(res: dict[str, dict[str, Any]]) -> None:
    e, n = res.get("embedded", {}), res.get("neo4j", {})
    print("\n=== embedded vs Neo4j (ratio = Neo4j / embedded)")
    if "write" in e and "write" in n:
        print(f"{'write path (rows/s)':<52} {'embedded':>10} {'neo4j':>10} {'ratio':>7}")
        for key, label in (("create_rows_s", "CREATE baseline"), ("merge_rows_s", "liandong MERGE writer"),
                           ("rerun_rows_s", "MERGE re-run (no change)")):
            print(f"{label:<52} {e['write'][key]:>10,.0f} {n['write'][key]:>10,.0f} {_ratio(n['write'][key], e['write'][key]):>7}")
    if "queries" in e and "queries" in n:
        eq, nq = e["queries"], n["queries"]
        print(f"\nquery graph: embedded {eq['nodes']:,} nodes / {eq['relationships']:,} rels built in {eq['build_s']:.0f} s; "
              f"neo4j {nq['nodes']:,} / {nq['relationships']:,} in {nq['build_s']:.0f} s (ratio {_ratio(nq['build_s'], eq['build_s'])})")
        print(f"{'query (ms)':<52} {'emb p50':>8} {'neo p50':>8} {'ratio':>6} {'emb p95':>8} {'neo p95':>8} {'ratio':>6}")
        by_name = {r["name"]: r for r in nq["results"]}
        for r in eq["results"]:
            o = by_name.get(r["name"], {})
            if "error" in r or "error" in o:
                print(f"{r['name']:<52} error: {(r.get('error') or o.get('error') or '')[:60]}")
                continue
            print(f"{r['name']:<52} {r['p50']:>8.1f} {o['p50']:>8.1f} {_ratio(o['p50'], r['p50']):>6} "
                  f"{r['p95']:>8.1f} {o['p95']:>8.1f} {_ratio(o['p95'], r['p95']):>6}"
                  + ("" if r.get("rows") == o.get("rows") else f"   rows differ: {r.get('rows')} vs {o.get('rows')}"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=100_000, help="write benchmark: nodes (default 100,000)")
    ap.add_argument("--rels", type=int, default=300_000, help="write benchmark: relationships (default 300,000)")
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--query-nodes", type=int, default=200_000, help="query benchmark: demo county size (default 200,000)")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--market", action="store_true", help="also time the market-wide screens (slow)")
    ap.add_argument("--heap", default="4g", help="Java heap of either server (default 4g)")
    ap.add_argument("--pagecache-mb", type=int, default=2048, help="Neo4j page cache (default 2048)")
    ap.add_argument("--backends", default="embedded,neo4j")
    ap.add_argument("--skip-write", action="store_true")
    ap.add_argument("--skip-queries", action="store_true")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    res: dict[str, dict[str, Any]] = {}
    t0 = time.perf_counter()
    print(f"load average before: {os.getloadavg()[0]:.1f} (other work on the machine skews both backends)")
    for name in args.backends.split(","):
        t = time.perf_counter()
        res[name] = run_backend(name.strip(), args)
        res[name]["seconds"] = time.perf_counter() - t
        res[name]["loadavg_after"] = os.getloadavg()[0]
        print(f"{name}: {res[name]['seconds']:.0f} s in all (load average {os.getloadavg()[0]:.1f})", flush=True)
    report(res)
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(res, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
