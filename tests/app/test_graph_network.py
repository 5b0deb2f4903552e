"""The readable ego network: hubs drawn but not opened by themselves, many neighbours of one kind as
one group node until opened, hidden nodes, the view as a table with sources — and none of it leaks
what the viewer may not see."""

from __future__ import annotations

import pytest

from app.services import network
from graph.writer import Writer

pytestmark = pytest.mark.contract
SRC = "test:graph-network"
SHARERS = 30


@pytest.fixture(scope="module")
def hub(county, graph):
    with Writer(graph) as w:
        for i in range(SHARERS):
            c = w.node("Company", {"key": f"共用电话公司{i}", "name": f"示例共用电话第{i}贸易有限公司"}, source=SRC)
            w.rel("HAS_PHONE", c, county.phone, source=SRC)
    return county


def test_a_hub_is_drawn_but_not_opened_at_depth_two(graph, who, hub):
    net = network.ego_network(graph, who["fin"], hub.company_a, depth=2)
    assert net.hubs.get(hub.phone) == SHARERS + 2  # 示例鑫达, 示例宏远 and the 30
    assert hub.phone in net.nodes and hub.phone not in net.expanded
    assert not any(v.caption.startswith("示例共用电话") for v in net.nodes.values())
    assert not any(g.owner == hub.phone for g in net.groups.values())


def test_a_hub_opened_shows_its_many_neighbours_as_one_group(graph, who, hub):
    net = network.ego_network(graph, who["fin"], hub.company_a, expanded=[hub.phone])
    (grp,) = [g for g in net.groups.values() if g.owner == hub.phone]
    assert grp.caption == f"{SHARERS + 1} 个企业" and grp.type == "HAS_PHONE" and not grp.outgoing
    assert hub.company_a not in grp.members  # drawn already: stays itself
    assert not any(v.caption.startswith("示例共用电话") for v in net.nodes.values())
    opened = network.ego_network(graph, who["fin"], hub.company_a, expanded=[hub.phone], opened=[grp.id])
    assert sum(v.caption.startswith("示例共用电话") for v in opened.nodes.values()) == SHARERS  # past the cap of 30
    assert grp.id not in opened.groups


def test_without_grouping_the_cap_counts_the_rest(graph, who, hub):
    net = network.ego_network(graph, who["fin"], hub.phone, group_min=None, cap=10)
    assert len(net.nodes) == 11 and net.more[hub.phone] == SHARERS + 2 - 10 and not net.groups


def test_hidden_nodes_are_not_drawn_and_the_centre_cannot_be_hidden(graph, who, hub):
    net = network.ego_network(graph, who["fin"], hub.company_a, hidden=[hub.spouse, hub.company_a])
    assert hub.spouse not in net.nodes and hub.company_a in net.nodes
    assert all(hub.spouse not in (e.source, e.target) for e in net.edges.values())


def test_a_hubs_degree_does_not_count_what_the_viewer_may_not_see(graph, who, hub):
    fin = network.neighbours(graph, who["fin"], hub.spouse)
    pol = network.neighbours(graph, who["pol"], hub.spouse)
    official_fin = next(nb.degree for nb in fin.rows if nb.node.id == hub.official)
    official_pol = next(nb.degree for nb in pol.rows if nb.node.id == hub.official)
    assert official_fin - official_pol == 2  # the confidential clue about him and the letter that names him


def test_the_view_as_a_table_with_sources(graph, who, hub):
    net = network.ego_network(graph, who["fin"], hub.company_a, expanded=[hub.phone])
    columns, rows = network.view_rows(net)
    assert columns == ["名称", "类别", "在图中", "数据来源"]
    by_name = {r["名称"]: r for r in rows}
    assert by_name["示例鑫达建设有限公司"]["在图中"] == "中心"
    assert "test:app-fixture" in by_name["示例鑫达建设有限公司"]["数据来源"]
    assert by_name["13800000000"]["在图中"].startswith("已展开，枢纽")
    assert by_name[f"{SHARERS + 1} 个企业"]["在图中"] == "未展开的一组：13800000000的电话"
    data = network.view_csv(net).decode("utf-8-sig")
    assert data.splitlines()[0] == "名称,类别,在图中,数据来源" and "示例鑫达建设有限公司" in data
