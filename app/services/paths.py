"""路径查找: interest chains (利益链条) between two entities, each step with its source.

The question: is there a path from a public official to a party that gained from a procurement
decision — official → spouse → shareholder → company → won the agency's project; bidders that
share a representative, a phone, an IP address? The search follows only the relationship types
of the chosen preset (:data:`PRESETS`); the embedded server applies a ``WHERE`` on a path only
after finding it, so the types are written into the pattern by :func:`path_statement` (from the
schema's names, never from user text) and every preset × hop count is registered.

For every node on a path, the threads (clues, cases, complaints) ``ABOUT`` it are listed with the
agency that holds them now — "which agency currently holds the thread about it".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.services.access import Policy, Viewer, load_policy
from app.services.nodes import NodeView, fetch_nodes, label_of, native
from graph.catalog import cypher
from graph.choosers import NotFound
from graph.connection import Graph
from graph.errors import InvalidData, ProgrammingError
from graph.schema import load_schema, quote

# the relationships an interest can travel: declared once, in graph/schema.yaml (relationship_sets)
INTEREST_TYPES: tuple[str, ...] = load_schema().relationship_set("interest")
_NOT_IN_ALL = {"COMPLAINED", "MENTIONS", "LOCATED_IN", "SAME_AS_CANDIDATE"}
PRESETS: dict[str, tuple[str, ...]] = {
    "interest": INTEREST_TYPES,
    "all": tuple(t for t in load_schema().relationships if t not in _NOT_IN_ALL),
}
PRESET_ZH = {"interest": "利益链条（亲属、任职、股权、联系方式、投标中标）", "all": "全部关系（不含地区、文书提及）"}
MODES = ("shortest", "all")
MAX_HOPS = 8


def path_statement(preset: str, hops: int, mode: str) -> str:
    """The path query for a preset of types, a maximum length and a mode (pure)."""
    if preset not in PRESETS or mode not in MODES or not 1 <= hops <= MAX_HOPS:
        raise ProgrammingError(f"unknown path search {preset!r}/{hops}/{mode!r}")
    types = "|".join(quote(t) for t in PRESETS[preset])
    pattern = (
        f"allShortestPaths((a)-[:{types}*..{hops}]-(b))" if mode == "shortest" else f"(a)-[:{types}*1..{hops}]-(b)"
    )
    return (
        "MATCH (a) WHERE elementId(a) = $a\n"
        "MATCH (b) WHERE elementId(b) = $b\n"
        f"MATCH p = {pattern}\n"
        "WHERE none(x IN nodes(p) WHERE x.id IN $exclude)\n"
        "  AND none(r IN relationships(p) WHERE type(r) IN $hidden_types)\n"
        "RETURN [x IN nodes(p) | {id: x.id, labels: labels(x)}] AS nodes,\n"
        "       [r IN relationships(p) | {type: type(r), start: startNode(r).id, props: properties(r)}] AS rels\n"
        "LIMIT $limit"
    )


STATEMENTS: dict[tuple[str, int, str], str] = {
    (preset, hops, mode): cypher(
        f"app.paths.{preset}.{mode}.{hops}", path_statement(preset, hops, mode),
        a="#0:0", b="#0:0", exclude=[], hidden_types=[], limit=5,
    )
    for preset in PRESETS for mode in MODES for hops in range(1, MAX_HOPS + 1)
}

THREADS_ABOUT = cypher(
    "app.paths.threads_about",
    """UNWIND $eids AS e
MATCH (x) WHERE elementId(x) = e
MATCH (t)-[:ABOUT]->(x)
WHERE (t:Clue OR t:Case OR t:Complaint) AND NOT t.id IN $exclude
RETURN x.id AS about, t.id AS id, labels(t)[0] AS label, properties(t) AS props,
       [(h:Agency)-[:HOLDS]->(t) | {id: h.id, name: h.name}] AS holders""",
    eids=["#0:0"], exclude=[],
)

DOC_SOURCES = cypher(
    "app.paths.doc_sources",
    "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.doc_no AS doc_no, d.title AS title",
    ids=["doc:0"],
)


@dataclass(frozen=True)
class Step:
    start: NodeView  # in the order of the path
    end: NodeView
    type: str
    forward: bool  # the relationship points from ``start`` to ``end``
    props: dict[str, Any]
    source: str  # provenance of the relationship (a dataset or a document id)
    source_doc: str = ""  # the document's number or title, when the source is a document


@dataclass(frozen=True)
class Path:
    nodes: list[NodeView]
    steps: list[Step]

    @property
    def length(self) -> int:
        return len(self.steps)


@dataclass(frozen=True)
class ThreadRef:
    about: str
    node: NodeView
    holders: list[dict[str, str]]


@dataclass
class PathResult:
    start: NodeView
    end: NodeView
    paths: list[Path] = field(default_factory=list)
    threads: list[ThreadRef] = field(default_factory=list)


def find_paths(
    graph: Graph,
    viewer: Viewer,
    a: str,
    b: str,
    *,
    preset: str = "interest",
    hops: int = 6,
    mode: str = "shortest",
    limit: int = 20,
    policy: Policy | None = None,
) -> PathResult:
    viewer.require("paths")
    policy = policy or load_policy(graph)
    if a == b:
        raise InvalidData("起点和终点相同：请另选一个终点")
    found = fetch_nodes(graph, [a, b])
    views: dict[str, NodeView] = {}
    for node_id in (a, b):
        hit = found.get(node_id)
        view = policy.view(viewer, node_id, hit[1]) if hit else None
        if hit is None or view is None:
            raise NotFound(f"没有找到 {node_id}（或无权查看）")
        views[node_id] = view
    exclude = policy.hidden_ids(viewer)
    rows = graph.read(
        STATEMENTS[(preset, hops, mode)],
        {"a": found[a][0], "b": found[b][0], "exclude": exclude, "hidden_types": policy.hidden_rel_types(viewer),
         "limit": limit * 3 if mode == "all" else limit},
    )
    result = PathResult(views[a], views[b])
    seen: set[tuple[str, ...]] = set()
    doc_ids: set[str] = set()
    props = fetch_nodes(graph, [n["id"] for row in rows for n in row["nodes"]])
    for row in rows:
        path = _path(viewer, policy, row, props)
        if path is None:
            continue
        key = tuple(n.id for n in path.nodes) + tuple(s.type for s in path.steps)
        if key in seen or len({n.id for n in path.nodes}) != len(path.nodes):
            continue  # a repeated path, or one that walks through the same node twice
        seen.add(key)
        result.paths.append(path)
        doc_ids.update(s.source for s in path.steps if label_of(s.source) == "Document")
    result.paths.sort(key=lambda p: (p.length, [n.caption for n in p.nodes]))
    result.paths = result.paths[:limit]
    if doc_ids:
        names = {r["id"]: r["doc_no"] or r["title"] or r["id"] for r in graph.read(DOC_SOURCES, {"ids": sorted(doc_ids)})}
        result.paths = [
            Path(p.nodes, [Step(s.start, s.end, s.type, s.forward, s.props, s.source, names.get(s.source, "")) for s in p.steps])
            for p in result.paths
        ]
    result.threads = threads_about(graph, viewer, [n.id for p in result.paths for n in p.nodes], policy=policy)
    return result


def _path(viewer: Viewer, policy: Policy, row: dict[str, Any], props: dict[str, tuple[str, dict[str, Any]]]) -> Path | None:
    nodes: list[NodeView] = []
    for n in row["nodes"]:
        view = policy.view(viewer, n["id"], props.get(n["id"], ("", {"id": n["id"]}))[1], (n["labels"] or ["?"])[0])
        if view is None:
            return None
        nodes.append(view)
    steps = []
    for i, r in enumerate(row["rels"]):
        props = policy.redact_props(viewer, native(r["props"]))  # a mention's text may name a protected person
        forward = r["start"] == nodes[i].id
        steps.append(Step(nodes[i], nodes[i + 1], r["type"], forward, props, str(props.get("source") or "")))
    return Path(nodes, steps)


def threads_about(graph: Graph, viewer: Viewer, node_ids: list[str], *, policy: Policy | None = None) -> list[ThreadRef]:
    """The clues, cases and complaints about these nodes, with who holds them now."""
    policy = policy or load_policy(graph)
    ids = list(dict.fromkeys(node_ids))
    if not ids:
        return []
    eids = [e for e, _ in fetch_nodes(graph, ids).values()]
    out = []
    for r in graph.read(THREADS_ABOUT, {"eids": eids, "exclude": policy.hidden_ids(viewer)}):
        view = policy.view(viewer, r["id"], native(r["props"]), r["label"])
        if view is not None:
            out.append(ThreadRef(r["about"], view, [h for h in r["holders"] if h.get("id")]))
    return out
