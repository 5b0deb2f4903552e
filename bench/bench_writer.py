"""Write benchmark: liandong's batched ``UNWIND … MERGE`` writer against a plain ``CREATE``, same rows, same run.

    .venv/bin/python bench/bench_writer.py [--nodes 100000] [--rels 300000] [--batch 1000]

Uses the configured graph (the embedded server unless NEO4J_URI is set). By default it starts
its own embedded server in a temporary folder so it never touches your data; ``--use-configured``
writes into the configured database (it creates and then deletes labels Company/… rows tagged
``bench``). Prints rows/s for each path and the MERGE/CREATE ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph import embedded  # noqa: E402
from graph.connection import Graph, connect  # noqa: E402
from graph.settings import Settings  # noqa: E402
from graph.writer import (  # noqa: E402
    RecordFactory,
    Writer,
    create_rel_statement,
    create_statement,
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_rows(n_nodes: int, n_rels: int, seed: int = 7) -> tuple[list, list]:
    f = RecordFactory()
    rng = random.Random(seed)
    nodes = [
        f.node("Company", {"key": f"BENCH-{i:07d}", "name": f"基准测试公司{i}", "region": "bench"}, source="bench")
        for i in range(n_nodes)
    ]
    rels = []
    seen = set()
    while len(rels) < n_rels:
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        rels.append(f.rel("SHAREHOLDER_OF", nodes[a].id, nodes[b].id, {"share": round(rng.random(), 3)}, source="bench"))
    return nodes, rels


def wipe(graph: Graph) -> None:
    while graph.write("MATCH (n:Company) WHERE n.region = 'bench' OR n.id STARTS WITH 'company:' "
                      "WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c")[0]["c"]:
        pass


def run_merge(graph: Graph, nodes: list, rels: list, batch: int) -> float:
    t0 = time.perf_counter()
    with Writer(graph, batch_size=batch) as w:
        w.extend(nodes)
        w.flush()
        w.extend(rels)
    return time.perf_counter() - t0


def run_create(graph: Graph, nodes: list, rels: list, batch: int) -> float:
    node_q = create_statement("Company")
    rel_q = create_rel_statement("SHAREHOLDER_OF", "Company", "Company")

    def chunks(rows: list) -> list:
        return [rows[i : i + batch] for i in range(0, len(rows), batch)]

    t0 = time.perf_counter()
    with graph.driver.session(database=graph.database) as s:
        for chunk in chunks([{"id": n.id, "props": n.props} for n in nodes]):
            s.execute_write(lambda tx, c=chunk: tx.run(node_q, rows=c).consume())
        for chunk in chunks([{"id": r.id, "start": r.start, "end": r.end, "props": r.props} for r in rels]):
            s.execute_write(lambda tx, c=chunk: tx.run(rel_q, rows=c).consume())
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rels", type=int, default=300_000)
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--use-configured", action="store_true")
    args = ap.parse_args()

    tmp = None
    if args.use_configured or os.environ.get("NEO4J_URI"):
        settings = Settings.from_env()
    else:
        tmp = tempfile.mkdtemp(prefix="liandong-bench-")
        os.environ["LIANDONG_HOME"] = tmp
        os.environ["LIANDONG_BOLT_PORT"] = str(_free_port())
        settings = Settings.from_env()
    graph = connect(settings)
    try:
        print(f"target: {graph.target.describe() if graph.target else graph.database}")
        t = time.perf_counter()
        nodes, rels = make_rows(args.nodes, args.rels)
        print(f"prepared {len(nodes):,} nodes + {len(rels):,} relationships in {time.perf_counter() - t:.1f} s")
        rows = len(nodes) + len(rels)

        # warm-up: JIT-compile both paths on a slice, so neither pays the JVM's start alone
        warm_n = nodes[:5000]
        warm_ids = {n.id for n in warm_n}
        warm_r = [r for r in rels if r.start in warm_ids and r.end in warm_ids]
        wipe(graph)
        run_create(graph, warm_n, warm_r, args.batch)
        wipe(graph)
        run_merge(graph, warm_n, warm_r, args.batch)
        wipe(graph)
        t_create = run_create(graph, nodes, rels, args.batch)
        wipe(graph)
        t_merge = run_merge(graph, nodes, rels, args.batch)
        t_rerun = run_merge(graph, nodes, rels, args.batch)
        count = graph.read("MATCH (n:Company) RETURN count(n) AS c")[0]["c"]
        rcount = graph.read("MATCH (:Company)-[r:SHAREHOLDER_OF]->(:Company) RETURN count(r) AS c")[0]["c"]
        assert count == len(nodes) and rcount == len(rels), (count, rcount)

        create_rate, merge_rate, rerun_rate = rows / t_create, rows / t_merge, rows / t_rerun
        print(f"CREATE baseline : {rows:,} rows in {t_create:7.1f} s = {create_rate:9,.0f} rows/s")
        print(f"liandong MERGE  : {rows:,} rows in {t_merge:7.1f} s = {merge_rate:9,.0f} rows/s")
        print(f"MERGE re-run    : {rows:,} rows in {t_rerun:7.1f} s = {rerun_rate:9,.0f} rows/s (no change: {count:,} nodes, {rcount:,} rels)")
        print(f"MERGE / CREATE  : {merge_rate / create_rate:.0%}")
        print(f"targets         : >= 10,000 rows/s {'OK' if merge_rate >= 10_000 else 'MISSED'}; "
              f">= 50 % of CREATE {'OK' if merge_rate >= 0.5 * create_rate else 'MISSED'}")
        wipe(graph)
    finally:
        graph.close()
        if tmp:
            embedded.stop(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
