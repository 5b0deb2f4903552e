"""Resolution on hand-written letters, end to end: structured rows loaded, letters ingested with the
real extractor and resolver into a temporary embedded server, every gold mention looked up.

    .venv/bin/python tools/evaluate_resolution.py tuning      # the set rules may be tuned on
    .venv/bin/python tools/evaluate_resolution.py heldout     # scored, never looked at for errors
    .venv/bin/python tools/evaluate_resolution.py heldout2    # (written 2026-12-07 by a helper who read no code)
    .venv/bin/python tools/evaluate_resolution.py tuning2     # a second development set (2026-12-07)
    .venv/bin/python tools/evaluate_resolution.py tuning3     # a third (session 7); heldout3 its held-out twin

eval/resolution/world/*.csv are the structured rows (officials with a namesake pair, companies
with namesake legal representatives, relatives, shareholders); world/identities.tsv names the
stored node of each true identity. A set is letters/*.txt and gold.tsv (file, surface, identity).

Scored pairwise like bench/bench_resolve.py, over the gold mentions *plus* one pseudo-mention per
stored identity (its node), so a letter's mention that becomes a new node instead of the stored
one is a pair left apart. A gold mention the extractor did not produce (no ``MENTIONS`` edge with
that text from that letter) counts as a node of its own. One surface standing for two people in a
letter (two 王磊) is paired by position: the gold rows follow the text, so the k-th row of a surface is
its k-th mention (when the counts differ, those mentions count as one pseudo-node). Also printed:
mentions linked to their stored node, and the review queue (mentions whose node was offered as
``SAME_AS_CANDIDATE``).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import socket
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT / "eval" / "resolution"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def stored_nodes(graph: object) -> dict[str, str]:
    out = {}
    for key, label, name, where in read_tsv(EVAL / "world" / "identities.tsv"):
        if label == "Official":
            rows = graph.read("MATCH (o:Official)-[:WORKS_AT]->(a:Agency) WHERE o.name = $n AND a.name = $a "  # type: ignore[attr-defined]
                              "RETURN o.id AS id", {"n": name, "a": where})
        else:
            rows = graph.read("MATCH (p:Person) WHERE p.name = $n AND p.context = $c RETURN p.id AS id",  # type: ignore[attr-defined]
                              {"n": name, "c": unicodedata.normalize("NFKC", where)})
        if len(rows) != 1:
            raise SystemExit(f"world/identities.tsv: {key} ({name}, {where}) matches {len(rows)} stored nodes")
        out[key] = rows[0]["id"]
    return out


def score(graph: object, which: str, stored: dict[str, str]) -> dict[str, object]:
    """``stored``: each true identity's node, read after the world was loaded and before any letter."""
    gold = read_tsv(EVAL / which / "gold.tsv")
    rows = graph.read(  # type: ignore[attr-defined]
        "MATCH (d:Document)-[m:MENTIONS]->(n) WHERE m.label = 'PERSON' "
        "RETURN d.path AS path, m.text AS text, m.start AS start, n.id AS id, coalesce(n.merged_into, n.id) AS node")
    offered = {r["id"] for r in graph.read("MATCH (a)-[:SAME_AS_CANDIDATE]->() RETURN DISTINCT a.id AS id")}  # type: ignore[attr-defined]
    found: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for r in rows:
        found.setdefault((Path(r["path"]).name, r["text"]), []).append((r["start"] or 0, r["node"]))
    rows_of = Counter((file, surface.replace("\\n", "\n")) for file, surface, _ in gold)
    nth: Counter[tuple[str, str]] = Counter()
    mentions: list[tuple[str, str, str]] = [(k, n, "stored") for k, n in stored.items()]  # (truth, node, where)
    missed, linked, review = [], 0, 0
    for file, surface, key in gold:
        surface = surface.replace("\\n", "\n")  # a name broken over two lines is written with \n in gold.tsv
        at = found.get((file, surface))
        k = nth[(file, surface)]
        nth[(file, surface)] += 1
        if not at:
            missed.append(f"{file} {surface}")
            mentions.append((key, f"missing:{file}:{surface}", file))
            continue
        nodes = {n for _, n in at}
        if len(nodes) == 1:
            node = next(iter(nodes))
        elif len(at) == rows_of[(file, surface)]:
            # one surface, several people in a letter (two 王磊): gold rows follow the text, so the k-th row
            # is the k-th mention of that surface
            node = sorted(at)[k][1]
        else:
            node = f"several:{file}:{surface}"
        mentions.append((key, node, file))
        linked += node == stored.get(key)
        review += node in offered
    tp = fp = fn = 0
    errors = []
    for (t1, n1, w1), (t2, n2, w2) in itertools.combinations(mentions, 2):
        tp += t1 == t2 and n1 == n2
        fp += t1 != t2 and n1 == n2
        fn += t1 == t2 and n1 != n2
        if t1 != t2 and n1 == n2:
            errors.append(f"FALSE MERGE {t1} / {t2} in {n1} ({w1}, {w2})")
        if t1 == t2 and n1 != n2 and "stored" in (w1, w2):
            errors.append(f"NOT LINKED {t1}: {w2 if w1 == 'stored' else w1} → {n2 if w1 == 'stored' else n1}")
    by_truth: dict[str, dict[str, list[str]]] = {}
    for truth, node, where in mentions:
        by_truth.setdefault(truth, {}).setdefault(node, []).append(where)
    for truth, nodes in sorted(by_truth.items()):
        if len(nodes) > 1:  # one person in several nodes: which node holds the mentions of which letters
            errors.append(f"SPLIT {truth}: " + "; ".join(f"{n} ← {', '.join(w[:3] for w in ws)}" for n, ws in nodes.items()))
    n = len(gold)
    return {"mentions": n, "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "pairs": (tp, fp, fn), "linked": linked, "review": review, "missed": missed, "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", choices=sorted(p.parent.name for p in EVAL.glob("*/gold.tsv")))
    ap.add_argument("--show-errors", action="store_true", help="never with a held-out set")
    a = ap.parse_args()
    if a.set.startswith("heldout") and a.show_errors:
        raise SystemExit("the held-out set is scored, never looked at for errors")
    tmp = Path(tempfile.mkdtemp(prefix="liandong-eval-resolution-"))
    os.environ["LIANDONG_HOME"] = str(tmp / "home")
    os.environ["LIANDONG_BOLT_PORT"] = str(_free_port())
    os.environ.pop("NEO4J_URI", None)
    from graph import embedded
    from graph.connection import connect
    from graph.settings import Settings
    from ingest.pipeline import ingest
    from ingest.tabular.loader import load_files

    settings = Settings.from_env()
    try:
        graph = connect(settings)
        loaded = load_files(sorted((EVAL / "world").glob("*.csv")), graph)
        if loaded.errors:
            raise SystemExit(f"world rows rejected: {loaded.errors}")
        stored = stored_nodes(graph)   # before the letters: a node a letter adds is no stored identity
        report = ingest(graph, [EVAL / a.set / "letters"], progress=False)
        r = score(graph, a.set, stored)
        tp, fp, fn = r["pairs"]  # type: ignore[misc]
        print(f"resolution, {a.set}: {report.count('ingested')} letters, {r['mentions']} gold person mentions")
        print(f"  pairwise precision {r['precision']:.3f}  recall {r['recall']:.3f}  (true/false merged {tp}/{fp}, left apart {fn})")
        print(f"  linked to the stored node {r['linked']}/{r['mentions']}; review queue {r['review']}; "
              f"not extracted {len(r['missed'])}")  # type: ignore[arg-type]
        if a.show_errors:
            for m in graph.read("MATCH (d:Document)-[m:MENTIONS]->(n) RETURN d.path AS path, m.label AS label, "
                                "m.text AS text, n.id AS id, n.name AS name ORDER BY path, m.start"):
                print(f"  {Path(m['path']).name} {m['label']} {m['text']} → {m['id']} {m['name'] or ''}")
            for line in [*(f"NOT EXTRACTED {m}" for m in r["missed"]), *r["errors"]]:  # type: ignore[attr-defined]
                print("  " + line)
        graph.close()
    finally:
        embedded.stop(settings)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
