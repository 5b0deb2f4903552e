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
from graph.choosers import NotFound
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
WITH collect({type: t, outgoing: outgoing, rel: properties(r), id: m.id, labels: labels(m), date: d,
              degree: COUNT { (m)-[x]-(o) WHERE NOT o.id IN $exclude AND NOT type(x) IN $hidden_types }}) AS rows
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
    degree: int = 0  # the neighbour's relationships, all of them (what makes it a hub)


GROUP_PREFIX = "group:"


@dataclass(frozen=True)
class Group:
    """Neighbours of one kind of one node, drawn as one node "N 个…" until opened."""

    id: str
    owner: str
    type: str
    label: str
    outgoing: bool
    members: tuple[str, ...]

    @property
    def caption(self) -> str:
        from app.services.nodes import label_zh

        return f"{len(self.members)} 个{label_zh(self.label)}"


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
    groups: dict[str, Group] = field(default_factory=dict)  # "N 个…" nodes, by group id
    hubs: dict[str, int] = field(default_factory=dict)      # node id -> its relationships, for hubs
    hidden: list[str] = field(default_factory=list)         # hidden by the user and not drawn

    def rel_types(self) -> list[str]:
        return sorted({e.type for e in self.edges.values()})


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
        out.append(Neighbour(seen, edge, bool(r["outgoing"]), int(r.get("degree") or 0)))
    return Neighbourhood(node_id, int(row["total"]), out)


def type_counts(graph: Graph, viewer: Viewer, node_id: str, *, policy: Policy | None = None) -> dict[str, int]:
    policy = policy or load_policy(graph)
    eid, view = _element_id(graph, viewer, policy, node_id)
    if view.masked:
        return {}
    rows = graph.read(REL_TYPE_COUNTS, {"eid": eid, "exclude": policy.hidden_ids(viewer), "hidden_types": policy.hidden_rel_types(viewer)})
    return {r["type"]: int(r["n"]) for r in rows}


HUB_DEGREE = 25   # a node with this many relationships is a hub: drawn, but opened only when asked
GROUP_MIN = 6     # this many neighbours of one kind (relationship, label, direction) become one "N 个…" node
FETCH_CAP = 500   # neighbours read per expanded node when grouping (the rest are counted)


def group_id(owner: str, rel_type: str, label: str, outgoing: bool) -> str:
    return f"{GROUP_PREFIX}{owner}|{rel_type}|{label}|{'out' if outgoing else 'in'}"


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
    group_min: int | None = GROUP_MIN,
    hub_degree: int = HUB_DEGREE,
    opened: Iterable[str] = (),
    hidden: Iterable[str] = (),
    policy: Policy | None = None,
) -> EgoNetwork:
    """The centre, its neighbours (``cap`` per node), and — for ``depth`` 2 or each node in
    ``expanded`` — their neighbours too, until ``max_nodes`` nodes are drawn.

    Readable by default: ``group_min`` or more neighbours of one kind (say 40 companies registered
    in a region) are one group node "40 个企业" until the group is in ``opened``; at depth 2 a hub
    (``hub_degree`` relationships or more: a region, a busy agency, a shared phone) is drawn but
    not expanded unless it is in ``expanded``. ``hidden``: nodes the user hid (never the centre).
    """
    viewer.require("graph")
    policy = policy or load_policy(graph)
    _, center_view = _element_id(graph, viewer, policy, center)
    net = EgoNetwork(center, {center: center_view})
    types = list(types) if types else None
    opened_set = set(opened)
    hidden_set = set(hidden) - {center}
    done: set[str] = set()
    extra = [e for e in dict.fromkeys(expanded) if e != center and e not in hidden_set]

    def add_node(nb: Neighbour) -> bool:
        if nb.node.id in hidden_set:
            return False
        if nb.node.id not in net.nodes and len(net.nodes) >= max_nodes:
            net.truncated = True
            return False
        net.nodes.setdefault(nb.node.id, nb.node)
        net.edges.setdefault(nb.edge.id, nb.edge)
        return True

    def expand(node_id: str) -> None:
        hood = neighbours(graph, viewer, node_id, types=types, since=since, until=until, dated_only=dated_only,
                          cap=max(cap, FETCH_CAP) if group_min else cap, policy=policy)
        kinds: dict[tuple[str, str, bool], list[Neighbour]] = {}
        for nb in hood.rows:
            if nb.degree >= hub_degree:
                net.hubs[nb.node.id] = nb.degree
            kinds.setdefault((nb.edge.type, nb.node.label, nb.outgoing), []).append(nb)
        shown = grouped = individual = 0
        for (rel_type, label, outgoing), rows in kinds.items():
            gid = group_id(node_id, rel_type, label, outgoing)
            if group_min and len(rows) >= group_min and gid not in opened_set:
                # those drawn already (the centre, expanded nodes …) stay themselves; the rest: one node
                present = [nb for nb in rows if nb.node.id in net.nodes and nb.node.id not in hidden_set]
                for nb in present:
                    net.edges.setdefault(nb.edge.id, nb.edge)
                rest = [nb for nb in rows if nb.node.id not in net.nodes and nb.node.id not in hidden_set]
                if rest and (len(net.nodes) + len(net.groups) < max_nodes):
                    net.groups[gid] = Group(gid, node_id, rel_type, label, outgoing, tuple(nb.node.id for nb in rest))
                    grouped += len(rest)
                elif rest:
                    net.truncated = True
                shown += len(present)
                continue
            is_opened = gid in opened_set  # an opened group shows all its members (up to max_nodes)
            for nb in rows:
                if individual >= cap and nb.node.id not in net.nodes and not is_opened:
                    continue
                if add_node(nb):
                    shown += 1
                    individual += 1
        remaining = hood.total - shown - grouped - sum(1 for nb in hood.rows if nb.node.id in hidden_set)
        if remaining > 0:
            net.more[node_id] = remaining
        net.expanded.append(node_id)
        done.add(node_id)

    expand(center)
    if depth >= 2:
        for node_id in [n for n in net.nodes if n != center]:
            if node_id in net.hubs and node_id not in extra:
                continue  # a hub would pull everything into one ball: opened on request only
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
    net.hidden = sorted(h for h in hidden_set if h not in net.nodes)
    return net


def view_rows(net: EgoNetwork) -> tuple[list[str], list[dict[str, Any]]]:
    """The view as a table: every node drawn with its kind and sources, then each unopened group."""
    from app.services.nodes import MASKED_TEXT, label_zh, rel_zh

    columns = ["名称", "类别", "在图中", "数据来源"]
    rows: list[dict[str, Any]] = []
    for node_id, view in net.nodes.items():
        role = "中心" if node_id == net.center else ("已展开" if node_id in net.expanded else "")
        if node_id in net.hubs:
            role = (role + "，" if role else "") + f"枢纽（{net.hubs[node_id]} 个关联）"
        sources = [] if view.masked else [str(s) for s in (view.props.get("sources") or [])]
        rows.append({"名称": MASKED_TEXT if view.masked else view.caption, "类别": label_zh(view.label), "在图中": role,
                     "数据来源": "；".join(sources)})
    for grp in net.groups.values():
        owner = net.nodes.get(grp.owner)
        rows.append({"名称": grp.caption, "类别": label_zh(grp.label),
                     "在图中": f"未展开的一组：{owner.caption if owner else ''}的{rel_zh(grp.type)}", "数据来源": ""})
    return columns, rows


def view_csv(net: EgoNetwork) -> bytes:
    """:func:`view_rows` as CSV (UTF-8 with a BOM, cells that look like formulas neutralised)."""
    from queries.format import csv_bytes
    from queries.result import Result

    columns, rows = view_rows(net)
    return csv_bytes(Result(columns, rows))


def communities(net: EgoNetwork) -> list[list[str]]:
    """Tightly linked groups of the drawn nodes (label propagation, deterministic), the centre and
    hubs left out — they link everything. Largest first; nodes linked to nothing else are alone."""
    skip = {net.center} | set(net.hubs)
    nodes = sorted(n for n in net.nodes if n not in skip)
    links: dict[str, list[str]] = {n: [] for n in nodes}
    for e in net.edges.values():
        if e.source in links and e.target in links and e.source != e.target:
            links[e.source].append(e.target)
            links[e.target].append(e.source)
    label = {n: n for n in nodes}
    for _ in range(20):
        changed = False
        for n in nodes:
            if not links[n]:
                continue
            counts: dict[str, int] = {}
            for m in links[n]:
                counts[label[m]] = counts.get(label[m], 0) + 1
            best = min(counts, key=lambda lab: (-counts[lab], lab))
            if counts.get(label[n], 0) < counts[best]:
                label[n], changed = best, True
        if not changed:
            break
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(label[n], []).append(n)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def layout_seed(net: EgoNetwork, *, radius: float = 420.0) -> dict[str, tuple[float, float]]:
    """Starting positions that keep each community together and apart from the others: the centre
    at the origin, each group of two or more on its own spot of a circle, the rest around the rim
    between them (the physics then refines)."""
    import math

    seed: dict[str, tuple[float, float]] = {net.center: (0.0, 0.0)}
    groups = communities(net)
    clusters = [g for g in groups if len(g) >= 2]
    loners = [g[0] for g in groups if len(g) == 1]
    slots = len(clusters) + (1 if loners else 0)
    if clusters and slots > 1:  # neighbouring spots at least two of the widest group's diameters apart
        widest = 25.0 * math.sqrt(max(len(g) for g in clusters))
        radius = max(radius, (4 * widest + 60) / (2 * math.sin(math.pi / slots)))
    for k, members in enumerate(clusters):
        angle = 2 * math.pi * k / max(1, slots)
        cx, cy = radius * math.cos(angle), radius * math.sin(angle)
        r = 25.0 * math.sqrt(len(members))
        for i, n in enumerate(members):
            a = 2 * math.pi * i / len(members)
            seed[n] = (cx + r * math.cos(a), cy + r * math.sin(a))
    if loners:  # the last slot's arc, spread wide
        start = 2 * math.pi * len(clusters) / max(1, slots)
        span = 2 * math.pi / max(1, slots)
        for i, n in enumerate(loners):
            a = start + span * (i + 0.5) / len(loners)
            seed[n] = (1.4 * radius * math.cos(a), 1.4 * radius * math.sin(a))
    for i, hub in enumerate(sorted(set(net.hubs) - {net.center})):
        if hub in net.nodes:
            seed[hub] = (0.5 * radius * math.cos(i), 0.5 * radius * math.sin(i))
    return seed
