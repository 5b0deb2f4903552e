"""关系图谱: the ego network of a node, expandable node by node, capped, filtered.

:func:`neighbours` is the one query: a node's relationships (optionally of some types, dated
within a range), ordered stably, the first ``cap`` returned with the total — so the graph can say
"还有 N 个". Hidden items and hidden relationship types are excluded inside the query, so neither
the rows nor the count reveal them. :func:`ego_network` assembles the centre, its neighbours and
the neighbours of every node the user expanded into an :class:`EgoNetwork` that ``app/viz.py``
draws.

An edge's date is the first of the relationship's ``date``/``start`` and the neighbour's own
date (``date``, ``sent``, ``opened``, ``lodged``, ``received``, ``start``); undated edges (family,
shareholding …) stay when a date range is set unless ``dated_only``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.services.access import Policy, Viewer, load_policy
from app.services.nodes import NodeView, as_date, fetch_nodes, native
from graph.catalog import cypher
from graph.connection import Graph

NEIGHBOURS = cypher(
    "app.network.neighbours",
    """MATCH (n) WHERE elementId(n) = $eid
MATCH (n)-[r]-(m)
WHERE NOT m.id IN $exclude AND NOT type(r) IN $hidden_types AND ($types IS NULL OR type(r) IN $types)
WITH n, r, m, coalesce(r.date, r.start, m.date, m.sent, m.opened, m.lodged, m.received, m.start) AS d
WHERE ($since IS NULL OR d IS NULL OR d >= $since) AND ($until IS NULL OR d IS NULL OR d <= $until)
  AND ($dated_only = false OR d IS NOT NULL)
WITH r, m, d, type(r) AS t, startNode(r).id = n.id AS outgoing
ORDER BY t, m.id
WITH collect({type: t, outgoing: outgoing, rel: properties(r), id: m.id, labels: labels(m), date: d}) AS rows
RETURN size(rows) AS total, rows[0..$cap] AS rows""",
    eid="#0:0", exclude=[], hidden_types=[], types=None, since=None, until=None, dated_only=False, cap=10,
)

REL_TYPE_COUNTS = cypher(
    "app.network.type_counts",
    """MATCH (n) WHERE elementId(n) = $eid
MATCH (n)-[r]-(m)
WHERE NOT m.id IN $exclude AND NOT type(r) IN $hidden_types
RETURN type(r) AS type, count(*) AS n ORDER BY n DESC""",
    eid="#0:0", exclude=[], hidden_types=[],
)


@dataclass(frozen=True)
class Edge:
    id: str
    source: str
    target: str
    type: str
    props: dict[str, Any] = field(default_factory=dict)
    date: dt.date | None = None


@dataclass(frozen=True)
class Neighbour:
    node: NodeView
    edge: Edge
    outgoing: bool


@dataclass
class Neighbourhood:
    node_id: str
    total: int
    rows: list[Neighbour]

    @property
    def more(self) -> int:
        return max(0, self.total - len(self.rows))


@dataclass
class EgoNetwork:
    center: str
    nodes: dict[str, NodeView] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    more: dict[str, int] = field(default_factory=dict)
    expanded: list[str] = field(default_factory=list)
    truncated: bool = False  # max_nodes reached: some expansions were not drawn

    def rel_types(self) -> list[str]:
        return sorted({e.type for e in self.edges.values()})


class NotFound(LookupError):
    """No node with this id (or the viewer may not see it)."""


def _element_id(graph: Graph, viewer: Viewer, policy: Policy, node_id: str) -> tuple[str, NodeView]:
    found = fetch_nodes(graph, [node_id]).get(node_id)
    view = policy.view(viewer, node_id, found[1]) if found else None
    if found is None or view is None:
        raise NotFound(f"没有找到 {node_id}（或无权查看）")
    return found[0], view


def neighbours(
    graph: Graph,
    viewer: Viewer,
    node_id: str,
    *,
    types: Iterable[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    dated_only: bool = False,
    cap: int = 30,
    policy: Policy | None = None,
) -> Neighbourhood:
    policy = policy or load_policy(graph)
    eid, view = _element_id(graph, viewer, policy, node_id)
    if view.masked:  # whom a masked person is linked to would tell who they are
        return Neighbourhood(node_id, 0, [])
    params = {
        "eid": eid,
        "exclude": policy.hidden_ids(viewer),
        "hidden_types": policy.hidden_rel_types(viewer),
        "types": sorted(types) if types else None,
        "since": since,
        "until": until,
        "dated_only": dated_only,
        "cap": cap,
    }
    (row,) = graph.read(NEIGHBOURS, params)
    # properties in a second step: the embedded server mangles map projections nested in a map
    props = fetch_nodes(graph, [r["id"] for r in row["rows"]])
    out: list[Neighbour] = []
    for r in row["rows"]:
        labels = r["labels"] or ["?"]
        seen = policy.view(viewer, r["id"], props.get(r["id"], ("", {"id": r["id"]}))[1], labels[0])
        if seen is None:  # cannot happen: excluded in the query; kept as a second lock
            continue
        rel = policy.redact_props(viewer, native(r["rel"]))  # a mention's text may name a protected person
        src, dst = (node_id, r["id"]) if r["outgoing"] else (r["id"], node_id)
        edge = Edge(str(rel.get("id") or f"{src}-{r['type']}-{dst}"), src, dst, r["type"], rel, as_date(r["date"]))
        out.append(Neighbour(seen, edge, bool(r["outgoing"])))
    return Neighbourhood(node_id, int(row["total"]), out)


def type_counts(graph: Graph, viewer: Viewer, node_id: str, *, policy: Policy | None = None) -> dict[str, int]:
    policy = policy or load_policy(graph)
    eid, view = _element_id(graph, viewer, policy, node_id)
    if view.masked:
        return {}
    rows = graph.read(REL_TYPE_COUNTS, {"eid": eid, "exclude": policy.hidden_ids(viewer), "hidden_types": policy.hidden_rel_types(viewer)})
    return {r["type"]: int(r["n"]) for r in rows}


def ego_network(
    graph: Graph,
    viewer: Viewer,
    center: str,
    *,
    expanded: Iterable[str] = (),
    depth: int = 1,
    types: Iterable[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    dated_only: bool = False,
    cap: int = 30,
    max_nodes: int = 400,
    policy: Policy | None = None,
) -> EgoNetwork:
    """The centre, its neighbours (``cap`` per node), and — for ``depth`` 2 or each node in
    ``expanded`` — their neighbours too, until ``max_nodes`` nodes are drawn."""
    viewer.require("graph")
    policy = policy or load_policy(graph)
    _, center_view = _element_id(graph, viewer, policy, center)
    net = EgoNetwork(center, {center: center_view})
    types = list(types) if types else None
    queue = [center]
    done: set[str] = set()
    extra = [e for e in dict.fromkeys(expanded) if e != center]

    def expand(node_id: str) -> None:
        hood = neighbours(graph, viewer, node_id, types=types, since=since, until=until,
                          dated_only=dated_only, cap=cap, policy=policy)
        for nb in hood.rows:
            if nb.node.id not in net.nodes and len(net.nodes) >= max_nodes:
                net.truncated = True
                continue
            net.nodes.setdefault(nb.node.id, nb.node)
            net.edges.setdefault(nb.edge.id, nb.edge)
        shown = sum(1 for nb in hood.rows if nb.node.id in net.nodes)
        if hood.total - shown > 0:
            net.more[node_id] = hood.total - shown
        net.expanded.append(node_id)
        done.add(node_id)

    expand(center)
    if depth >= 2:
        queue = [n for n in net.nodes if n != center]
        for node_id in queue:
            if len(net.nodes) >= max_nodes:
                net.truncated = True
                break
            expand(node_id)
    for node_id in extra:
        if node_id in done:
            continue
        if node_id not in net.nodes:
            continue  # no longer reachable with the current filters
        if len(net.nodes) >= max_nodes:
            net.truncated = True
            break
        expand(node_id)
    return net
