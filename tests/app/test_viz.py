"""The network page: inline vis-network, no outside asset, legend, "还有 N 个", stable colours."""

from __future__ import annotations

import json
import re

import pytest

from app import viz
from app.services.network import Edge, EgoNetwork
from app.services.nodes import PALETTE, NodeView


def esc(text: str) -> str:
    return json.dumps(text)[1:-1]


def small() -> EgoNetwork:
    net = EgoNetwork("official:1")
    net.nodes["official:1"] = NodeView("official:1", "Official", {"name": "王建国"})
    net.nodes["person:2"] = NodeView("person:2", "Person", {"name": "李秀英"})
    net.nodes["person:3"] = NodeView("person:3", "Person", {"masked": True}, masked=True)
    net.edges["rel:1"] = Edge("rel:1", "official:1", "person:2", "FAMILY", {"relation": "spouse"})
    net.more["official:1"] = 7
    net.expanded.append("official:1")
    return net


def test_page_is_self_contained():
    page = viz.network_html(small())
    assert viz.remote_references(page) == []
    assert "cdn.jsdelivr.net" not in page and "cdnjs.cloudflare.com" not in page
    assert "vis.Network" in page and len(page) > 400_000  # vis-network's JS is inlined
    assert not re.search(r"<(script|link)\b[^>]*(src|href)=", page)


def test_page_has_legend_more_box_and_masking():
    page = viz.network_html(small())
    assert 'data-labels="Official,Person"' in page
    assert esc("还有 7 个") in page  # pyvis writes the data as ASCII JSON
    assert esc("李秀英") in page and esc("［身份保密］") in page
    assert "__ldRender" in page  # render probe for the browser tests and the benchmark


def test_colours_are_stable_per_label():
    g = viz.build_network(small())
    colours = {n["id"]: n["color"] for n in g.nodes}
    assert colours["official:1"] == PALETTE["Official"] and colours["person:2"] == PALETTE["Person"]
    assert colours["person:3"] == "#bdbdbd"  # masked
    assert viz.build_network(small()).nodes == g.nodes  # pure


@pytest.mark.parametrize(
    "snippet",
    [
        '<script src="https://cdn.example.org/x.js"></script>',
        "<link rel=stylesheet href='//cdn.example.org/x.css'>",
        "<style>body{background:url(https://example.org/a.png)}</style>",
        '<style>@import "https://example.org/a.css";</style>',
        '<img src="http://example.org/a.png">',
    ],
)
def test_outside_assets_are_refused(snippet):
    with pytest.raises(viz.OnlineAssetError):
        viz.assert_offline(f"<html><body>{snippet}</body></html>")


def test_namespace_strings_are_not_assets():
    viz.assert_offline('<script>var ns = "http://www.w3.org/2000/svg";</script>')


def test_graph_text_cannot_close_the_script():
    net = small()
    evil = "</script><script>window.__pwned = 1</script><img src=x onerror=alert(1)>"
    net.nodes["person:9"] = NodeView("person:9", "Person", {"name": evil, "context": evil})
    page = viz.network_html(net)
    assert "</script><script>window.__pwned" not in page and "<img src=x" not in page
    assert esc("＜/script＞") in page
