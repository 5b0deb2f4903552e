"""The 按团伙分开 layout: a bid-rigging ring (companies sharing a phone, an IP address and a legal
representative, bidding on the same project) starts apart from the project's other bidders."""

from __future__ import annotations

import math

from app import viz
from app.services.network import Edge, EgoNetwork, communities, layout_seed
from app.services.nodes import NodeView

RING = [f"company:ring{i}" for i in range(4)]
OTHERS = [f"company:other{i}" for i in range(6)]
SHARED = ["phone:ring", "ipaddress:ring", "person:rep"]


def ring_net() -> EgoNetwork:
    net = EgoNetwork("project:p")
    net.nodes["project:p"] = NodeView("project:p", "Project", {"name": "示例县道路维修项目"})
    for c in RING + OTHERS:
        bid = c.replace("company:", "bid:")
        net.nodes[c] = NodeView(c, "Company", {"name": c})
        net.nodes[bid] = NodeView(bid, "Bid", {"project_no": "P"})
        net.edges[f"{bid}-p"] = Edge(f"{bid}-p", bid, "project:p", "FOR_PROJECT")
        net.edges[f"{c}-{bid}"] = Edge(f"{c}-{bid}", c, bid, "SUBMITTED")
    for s in SHARED:
        net.nodes[s] = NodeView(s, s.split(":")[0].title(), {"name": s})
    for c in RING:
        net.edges[f"{c}-phone"] = Edge(f"{c}-phone", c, "phone:ring", "HAS_PHONE")
        net.edges[f"{c}-ip"] = Edge(f"{c}-ip", c.replace("company:", "bid:"), "ipaddress:ring", "SUBMITTED_FROM")
        net.edges[f"{c}-rep"] = Edge(f"{c}-rep", "person:rep", c, "LEGAL_REP_OF")
    net.expanded.append("project:p")
    return net


def test_the_ring_is_one_community():
    groups = communities(ring_net())
    ring = next(g for g in groups if RING[0] in g)
    assert set(RING) | set(SHARED) <= set(ring)
    assert not set(OTHERS) & set(ring)


def test_the_ring_starts_apart_from_the_other_bidders():
    seed = layout_seed(ring_net())
    d = lambda a, b: math.dist(seed[a], seed[b])  # noqa: E731
    widest_inside = max(d(a, b) for a in RING for b in RING)
    nearest_outside = min(d(a, o) for a in RING for o in OTHERS)
    assert widest_inside * 2 < nearest_outside  # closer to each other than to anyone else, by far


def test_the_clusters_layout_draws_from_the_seed():
    net = ring_net()
    page = viz.network_html(net, layout="clusters")
    assert "forceAtlas2Based" in page
    g = viz.build_network(net, positions=layout_seed(net))
    placed = {n["id"]: (n["x"], n["y"]) for n in g.nodes}
    assert placed[RING[0]] == layout_seed(net)[RING[0]]
