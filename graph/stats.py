"""What is in the graph: node counts per label, relationship counts per type."""

from __future__ import annotations

from graph.connection import Graph

NODE_COUNTS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label"
REL_COUNTS = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type"


def counts(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    nodes = {r["label"]: r["count"] for r in graph.read(NODE_COUNTS)}
    rels = {r["type"]: r["count"] for r in graph.read(REL_COUNTS)}
    return nodes, rels
