"""Query benchmark: p50/p95 latency of the saved investigations on a county-sized graph.

    .venv/bin/python bench/bench_queries.py                      # 1,000,000 nodes, temporary folder
    .venv/bin/python bench/bench_queries.py --nodes 200000       # a smaller graph first
    .venv/bin/python bench/bench_queries.py --home /data/bq --reuse   # build once, measure again later

It starts its own embedded server in ``--home`` (default: a temporary folder, removed afterwards
unless ``--keep``), loads the demo county (graph/demo) at ``--nodes`` nodes — about four
relationships per node — and adds ``--threads`` clues in graph/lifecycle.py's shape (referrals,
dated events, holders), spread over the county's agencies, so custody and deadline queries have
something to read. ``--reuse`` skips the build when ``--home`` already holds a graph built with
the same options. Every query then runs ``--runs`` times (after two warm-up runs), rotating over
several anchors (projects, agencies, officials), through :func:`queries.run.run_query` —
the timings include the driver round trip and any Python post step.

Targets (p95): interest chain ≤ 300 ms; custody and overdue for one agency ≤ 100 ms; ring screen
for one project ≤ 200 ms. ``--market`` also times the market-wide screens (a few runs each; no
target).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import random
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph import embedded
from graph.connection import Graph, connect
from graph.settings import Settings
from graph.stats import counts
from graph.writer import Writer
from queries.run import run_query

MARKER = "bench-queries.json"
SOURCE = "bench:threads"
FLOWS = ("open", "accepted", "returned", "forwarded", "reported")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


# ------------------------------------------------------------------------------------ building
def add_threads(graph: Graph, n: int, seed: int = 7) -> int:
    """``n`` clues handed between the county's agencies, written like graph/lifecycle.py writes them."""
    if n <= 0:
        return 0
    rng = random.Random(seed)
    agencies = [r["id"] for r in graph.read("MATCH (a:Agency) RETURN a.id AS id ORDER BY id")]
    companies = [r["id"] for r in graph.read("MATCH (c:Company) RETURN c.id AS id ORDER BY id LIMIT 20000")]
    start = dt.date(2023, 1, 2)
    written = 0
    with Writer(graph, batch_size=5000, synthetic=True) as w:
        for k in range(n):
            finder, receiver = rng.sample(agencies, 2)
            no = f"BENCH-XS-{k:07d}"
            found = start + dt.timedelta(days=rng.randrange(420))
            clue = w.node("Clue", {"clue_no": no, "summary": f"基准线索{k}", "received": found, "region": "示例县"},
                          source=SOURCE)
            if companies:
                w.rel("ABOUT", clue, rng.choice(companies), source=SOURCE)
            w.rel("COMPETENT", clue, receiver, source=SOURCE)
            doc_no = f"基准移〔{found.year}〕{k}号"
            ref = w.node("Referral", {"doc_no": doc_no, "from_agency": finder, "to_agency": receiver, "kind": "transfer",
                                      "sent": found + dt.timedelta(days=2), "materials": ["移送函"]}, source=SOURCE)
            w.rel("SENT", finder, ref, source=SOURCE)
            w.rel("SENT_TO", ref, receiver, source=SOURCE)
            w.rel("CONCERNS", ref, clue, source=SOURCE)
            doc = w.node("Document", {"sha256": f"bench-{k}", "doc_no": doc_no, "kind": "移送函",
                                      "date": found + dt.timedelta(days=2), "status": "registered"}, source=SOURCE)
            w.rel("ISSUED", finder, doc, source=SOURCE)
            w.rel("EVIDENCED_BY", ref, doc, source=SOURCE)
            flow = rng.choice(FLOWS)
            steps: list[tuple[str, int, str, str | None, bool]] = [
                ("violation_found", 0, finder, None, False),
                ("case_transferred", 2, finder, receiver, True),
                ("case_received", 3, receiver, finder, True),
            ]
            holder, since = receiver, found + dt.timedelta(days=2)
            if flow == "accepted":
                steps.append(("acceptance_decided", 6, receiver, None, True))
            elif flow == "returned":
                steps.append(("case_returned", 6, receiver, finder, True))
                holder, since = finder, found + dt.timedelta(days=6)
            elif flow == "forwarded":
                other = rng.choice([a for a in agencies if a not in (finder, receiver)])
                steps.append(("case_forwarded", 5, receiver, other, True))
                holder, since = other, found + dt.timedelta(days=5)
            elif flow == "reported":
                steps += [("acceptance_decided", 5, receiver, None, True),
                          ("acceptance_reported", 8, receiver, finder, True)]
            for seq, (kind, day, by, to, on_ref) in enumerate(steps):
                ev = w.node("Event", {"thread_id": clue, "kind": kind, "date": found + dt.timedelta(days=day),
                                      "agency_id": by, "seq": seq}, source=SOURCE)
                w.rel("HAS_EVENT", clue, ev, source=SOURCE)
                if on_ref:
                    w.rel("HAS_EVENT", ref, ev, source=SOURCE)
                w.rel("CONCERNS", ev, clue, source=SOURCE)
                w.rel("BY", ev, by, source=SOURCE)
                if to:
                    w.rel("TO", ev, to, source=SOURCE)
                if kind == "case_transferred":
                    w.rel("EVIDENCED_BY", ev, doc, source=SOURCE)
            w.rel("HOLDS", holder, clue, {"since": since}, source=SOURCE)
            written += 1
    return written


def build(graph: Graph, nodes: int, threads: int, seed: int) -> dict[str, Any]:
    from graph.demo import load_demo

    t0 = time.perf_counter()

    def progress(records: int) -> None:
        if records % 500_000 == 0:
            print(f"  … {records:,} records in {time.perf_counter() - t0:.0f} s", flush=True)

    report = load_demo(graph, seed=seed, size=nodes, batch_size=5000, progress=progress)
    print(f"demo county: {report.records:,} records in {report.seconds:.0f} s ({report.rate:,.0f}/s)", flush=True)
    t1 = time.perf_counter()
    made = add_threads(graph, threads)
    print(f"threads: {made:,} in {time.perf_counter() - t1:.0f} s", flush=True)
    return {"nodes": nodes, "threads": threads, "seed": seed, "seconds": round(time.perf_counter() - t0)}


# ------------------------------------------------------------------------------------ measuring
def anchors(graph: Graph, planted: Any, k: int) -> dict[str, list[str]]:
    def ids(query: str, **params: Any) -> list[str]:
        return [r["id"] for r in graph.read(query, params)]

    projects = ids("MATCH (p:Project) WHERE p.project_no STARTS WITH 'SLXCG-2023-0' RETURN p.id AS id ORDER BY id LIMIT $k", k=k)
    busy = ids("MATCH (a:Agency)-[:HOLDS]->() WITH a, count(*) AS n ORDER BY n DESC, a.id RETURN a.id AS id LIMIT $k", k=k)
    threads = ids("MATCH (t:Clue) RETURN t.id AS id ORDER BY id LIMIT $k", k=k)
    # officials of purchasing agencies and companies that won something: pairs a chain can join
    # (every list ordered, so each backend gets the same anchors)
    officials = ids("MATCH (a:Agency {kind: 'purchaser'})<-[:WORKS_AT]-(o:Official) "
                    "WITH a, o ORDER BY a.id, o.id WITH a, collect(o.id)[..2] AS os UNWIND os AS id RETURN id ORDER BY id LIMIT $k", k=k)
    companies = ids("MATCH (c:Company)-[:WON]->(:Project) WITH DISTINCT c ORDER BY c.id SKIP 50 LIMIT $k RETURN c.id AS id", k=k)
    return {"projects": projects, "agencies": busy or [planted.conflict.agency_id], "threads": threads,
            "officials": officials, "companies": companies}


def measure(name: str, fn: Callable[[int], Any], runs: int, warmup: int = 2) -> dict[str, Any]:
    for i in range(warmup):
        fn(i)
    times, rows = [], 0
    for i in range(runs):
        t = time.perf_counter()
        result = fn(i)
        times.append((time.perf_counter() - t) * 1000)
        rows += len(result.rows)
    return {"name": name, "runs": runs, "p50": percentile(times, 0.5), "p95": percentile(times, 0.95),
            "max": max(times), "rows": rows / runs}


def query_cases(graph: Graph, p: Any, a: dict[str, list[str]], *, market: bool = False
                ) -> list[tuple[str, float | None, Callable[[int], Any]]]:
    """The investigations to time: (name, p95 target in ms or None, one run for rotation i)."""
    today = p.today.isoformat()

    def rot(key: str) -> Callable[[int], str]:
        return lambda i: a[key][i % len(a[key])]

    project, agency, thread, official, company = (rot(k) for k in ("projects", "agencies", "threads", "officials", "companies"))
    cases: list[tuple[str, float | None, Callable[[int], Any]]] = [
        ("interest_chain planted official→company (≤4 hops)", 300,
         lambda i: run_query(graph, "interest_chain", {"from_id": p.conflict.official_id, "to_id": p.conflict.company_id, "max_hops": 4})),
        ("interest_chain agency→company (≤4 hops)", 300,
         lambda i: run_query(graph, "interest_chain", {"from_id": p.conflict.agency_id, "to_id": p.conflict.company_id, "max_hops": 4})),
        ("interest_chain purchaser official→winner (≤4 hops)", 300,
         lambda i: run_query(graph, "interest_chain", {"from_id": official(i), "to_id": company(i), "max_hops": 4})),
        ("interest_chain_all planted (≤3 hops)", None,
         lambda i: run_query(graph, "interest_chain_all", {"from_id": p.conflict.official_id, "to_id": p.conflict.company_id, "max_hops": 3})),
        ("agency_custody one agency", 100, lambda i: run_query(graph, "agency_custody", {"agency_id": agency(i), "as_of": today})),
        ("agency_overdue one agency", 100, lambda i: run_query(graph, "agency_overdue", {"agency_id": agency(i), "as_of": today})),
        ("thread_custody one thread", 100, lambda i: run_query(graph, "thread_custody", {"thread_id": thread(i)})),
        ("thread_timeline one thread", 100, lambda i: run_query(graph, "thread_timeline", {"thread_id": thread(i)})),
        ("ring_screen_project planted ring project", 200,
         lambda i: run_query(graph, "ring_screen_project", {"project_id": p.ring.project_ids[i % len(p.ring.project_ids)]})),
        ("ring_screen_project ordinary project", 200, lambda i: run_query(graph, "ring_screen_project", {"project_id": project(i)})),
        ("price_screen_project", 200, lambda i: run_query(graph, "price_screen_project", {"project_id": project(i), "only_flagged": False})),
        ("blacklist_hits_project", 200, lambda i: run_query(graph, "blacklist_hits_project", {"project_id": project(i)})),
        ("project_bids", None, lambda i: run_query(graph, "project_bids", {"project_id": project(i)})),
        ("conflicts_official purchaser official", None, lambda i: run_query(graph, "conflicts_official", {"official_id": official(i)})),
        ("conflicts_agency planted agency", None, lambda i: run_query(graph, "conflicts_agency", {"agency_id": p.conflict.agency_id})),
        ("co_bidders one company", None, lambda i: run_query(graph, "co_bidders", {"company_id": company(i)})),
        ("threads_about one company", None, lambda i: run_query(graph, "threads_about", {"entity_id": company(i)})),
        ("neighbourhood agency (cap 25)", None, lambda i: run_query(graph, "neighbourhood", {"entity_id": agency(i)})),
    ]
    if market:
        cases += [
            (f"market: {name}", None, functools.partial(lambda n, i: run_query(graph, n, {}, timeout_s=1800), name))
            for name in ("blacklist_hits", "ring_screen_market", "price_screen_market", "co_bidding_pairs", "rotating_winners")
        ]
    return cases


def measure_cases(cases: list[tuple[str, float | None, Callable[[int], Any]]], runs_each: int) -> list[dict[str, Any]]:
    """Time every case (market-wide ones 3 runs, no warm-up), print a table, return the figures."""
    results = []
    print(f"\n{'query':<52} {'runs':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'rows':>6}  target")
    for name, target, fn in cases:
        runs = 3 if name.startswith("market:") else runs_each
        try:
            r = measure(name, fn, runs, warmup=0 if name.startswith("market:") else 2)
        except Exception as e:  # noqa: BLE001 - report and go on with the next query
            print(f"{name:<52} failed: {str(e).splitlines()[0][:160]}", flush=True)
            results.append({"name": name, "error": str(e)[:500], "target": target})
            continue
        r["target"] = target
        verdict = "" if target is None else (f"≤ {target:g}  {'OK' if r['p95'] <= target else 'MISSED'}")
        print(f"{name:<52} {r['runs']:>4} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['max']:>8.1f} {r['rows']:>6.1f}  {verdict}", flush=True)
        results.append(r)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=1_000_000, help="demo county size in nodes (default 1,000,000)")
    ap.add_argument("--threads", type=int, help="bulk clues with referrals and events (default nodes / 100)")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--home", help="data folder of the benchmark's own server (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true", help="reuse the graph in --home when built with the same options")
    ap.add_argument("--keep", action="store_true", help="leave the server running and the folder in place")
    ap.add_argument("--heap", default=os.environ.get("LIANDONG_HEAP", "6g"))
    ap.add_argument("--seed", type=int)
    ap.add_argument("--market", action="store_true", help="also time the market-wide screens (slow)")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    if args.nodes < 1000:
        ap.error("--nodes must be at least 1000")
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    from graph.demo import DEFAULT_SEED
    from graph.demo import planted as planted_of

    seed = args.seed or DEFAULT_SEED
    threads = args.nodes // 100 if args.threads is None else args.threads
    tmp = args.home is None
    home = Path(args.home or tempfile.mkdtemp(prefix="liandong-bench-q-")).resolve()
    os.environ["LIANDONG_HOME"] = str(home)
    os.environ["LIANDONG_HEAP"] = args.heap
    os.environ.pop("NEO4J_URI", None)
    state = home / "server.json"
    if state.exists():
        os.environ["LIANDONG_BOLT_PORT"] = str(json.loads(state.read_text())["port"])
    else:
        os.environ["LIANDONG_BOLT_PORT"] = str(_free_port())
    settings = Settings.from_env()
    graph = connect(settings)
    try:
        wanted = {"nodes": args.nodes, "threads": threads, "seed": seed}
        marker = home / MARKER
        built = json.loads(marker.read_text()) if marker.exists() else None
        if args.reuse and built and all(built.get(k) == v for k, v in wanted.items()):
            print(f"reusing the graph in {home} (built in {built.get('seconds')} s)")
        else:
            if graph.read("MATCH (n) RETURN count(n) AS c")[0]["c"]:
                print(f"error: {home} already holds a graph built with other options — use another --home", file=sys.stderr)
                return 2
            print(f"building in {home}: demo county of {args.nodes:,} nodes + {threads:,} threads", flush=True)
            marker.write_text(json.dumps(build(graph, args.nodes, threads, seed)))
        nodes, rels = counts(graph)
        n_nodes, n_rels = sum(nodes.values()), sum(rels.values())
        print(f"graph: {n_nodes:,} nodes, {n_rels:,} relationships (embedded ArcadeDB, heap {args.heap})")

        p = planted_of(seed)
        a = anchors(graph, p, max(args.runs, 20))
        cases = query_cases(graph, p, a, market=args.market)
        results = measure_cases(cases, args.runs)
        if args.json:
            Path(args.json).write_text(json.dumps({"nodes": n_nodes, "relationships": n_rels, "results": results}, indent=2))
    finally:
        graph.close()
        if not args.keep:
            embedded.stop(settings)
            if tmp:
                shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
