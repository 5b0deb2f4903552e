"""Draw an :class:`~app.services.network.EgoNetwork` as a self-contained HTML page (pyvis / vis-network).

:func:`network_html` is a pure function: the same network gives the same page. Text from the graph
cannot close the page's ``<script>`` (:func:`_safe`); vis-network draws labels on a canvas and
shows tooltips as text. vis-network's
JavaScript and CSS are inlined (``cdn_resources="in_line"``); the bootstrap links pyvis's template
always adds are removed, and :func:`assert_offline` refuses a page that still references an
outside asset — the app runs on networks without internet.

Colours are stable per label (``app.services.nodes.PALETTE``); a legend lists the labels drawn.
A nodes "还有 N 个" box stands for the neighbours that were not drawn. The page records when it
was first drawn and when the layout settled (``window.__ldRender.afterDrawing`` /
``.stabilized``, milliseconds since the page started) for the browser tests and the benchmark.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from pyvis.network import Network

from app.services.network import EgoNetwork
from app.services.nodes import MASKED_TEXT, PROP_ZH, colour, label_zh, rel_zh
from graph.errors import ProgrammingError

MORE_PREFIX = "more:"
MAX_EDGE_LABELS = 150
_CDN_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>", re.IGNORECASE)
_CDN_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>", re.IGNORECASE)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.IGNORECASE)
_TEMPLATE_COMMENT = re.compile(r"<!--\s*<link rel=\"stylesheet\" href=\"\.\./node_modules/.*?-->", re.DOTALL)
# what makes a browser fetch something: src/href/srcset/action attributes, CSS url() and @import
_ASSET_REF = re.compile(
    r"""(?:\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//)""",
    re.IGNORECASE,
)

OPTIONS: dict[str, Any] = {
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -6000, "springLength": 120, "springConstant": 0.04, "damping": 0.3},
        "stabilization": {"enabled": True, "iterations": 150, "updateInterval": 25, "fit": True},
        "minVelocity": 1.0,
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": 10, "align": "middle"}, "color": {"inherit": False, "color": "#9aa0a6"}},
    "nodes": {"font": {"size": 13, "face": "sans-serif"}, "borderWidth": 1},
}

_RENDER_PROBE = """<script type="text/javascript">
(function () {
  window.__ldRender = window.__ldRender || {};
  function mark(name) {
    if (window.__ldRender[name] === undefined) { window.__ldRender[name] = performance.now(); }
    document.body.setAttribute("data-ld-" + name.toLowerCase(), "1");
  }
  if (typeof network !== "undefined" && network) {
    network.once("afterDrawing", function () { mark("afterDrawing"); });
    network.once("stabilizationIterationsDone", function () { mark("stabilized"); });
    network.once("stabilized", function () { mark("stabilized"); });
  }
})();
</script>"""


# clicks go to the page that embeds the network (app/graph_component): a click on a node or a
# group sends {action: "click", id, positions}; a right click sends "select". 导出PNG draws the
# canvas into a PNG in the browser (toDataURL) and downloads it — nothing leaves the machine.
_INTERACTION = """<div id="ld-tools" style="position:absolute;top:6px;right:6px;z-index:11">
<button id="ld-png" type="button" style="font:12px sans-serif;padding:3px 8px">导出PNG</button></div>
<script type="text/javascript">
(function () {
  if (typeof network === "undefined" || !network) { return; }
  var seq = 0;
  function send(action, id) {
    seq += 1;
    var msg = {action: action, id: String(id), n: String(Date.now()) + ":" + seq, positions: network.getPositions()};
    window.__ldLast = msg;
    try { window.parent.postMessage({ldGraph: msg}, "*"); } catch (e) {}
  }
  window.__ldSend = send;
  network.on("click", function (p) { if (p.nodes && p.nodes.length) { send("click", p.nodes[0]); } });
  network.on("oncontext", function (p) {
    if (p.event && p.event.preventDefault) { p.event.preventDefault(); }
    var id = network.getNodeAt(p.pointer.DOM);
    if (id !== undefined) { send("select", id); }
  });
  document.getElementById("ld-png").addEventListener("click", function () {
    var canvas = document.querySelector("#mynetwork canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width; out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(canvas, 0, 0);
    var a = document.createElement("a");
    a.href = out.toDataURL("image/png"); a.download = "关系图谱.png";
    document.body.appendChild(a); a.click(); a.remove();
  });
})();
</script>"""


class OnlineAssetError(ProgrammingError):
    """The page would load something from outside the machine (liandong's own page is wrong)."""


def _safe(text: str) -> str:
    """Text from the graph (letters are untrusted) as it may appear inside the page's ``<script>``:
    no ``<`` or ``>``, so nothing can close the script element (full-width look-alikes instead)."""
    return text.replace("<", "＜").replace(">", "＞")


def _tooltip(label: str, props: dict[str, Any], masked: bool) -> str:
    if masked:
        return f"{label_zh(label)}\n{MASKED_TEXT}"
    lines = [label_zh(label)]
    for key, value in props.items():
        if key in ("id", "sources", "synthetic", "text") or value in (None, "", []):
            continue
        if isinstance(value, list):
            value = "、".join(str(v) for v in value[:5])
        lines.append(f"{PROP_ZH.get(key, key)}: {str(value)[:60]}")
        if len(lines) > 9:
            break
    return "\n".join(lines)


def _short(text: str, n: int = 18) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def legend_html(labels: list[str]) -> str:
    items = "".join(
        f'<span class="ld-legend-item"><span class="ld-dot" style="background:{colour(l)}"></span>'
        f"{html.escape(label_zh(l))}</span>"
        for l in labels
    )
    return (
        '<style>#ld-legend{position:absolute;top:6px;left:6px;z-index:10;background:rgba(255,255,255,.9);'
        "border:1px solid #ddd;border-radius:4px;padding:4px 8px;font:12px sans-serif;max-width:60%}"
        ".ld-legend-item{display:inline-block;margin-right:10px;white-space:nowrap}"
        ".ld-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:middle}"
        "</style>"
        f'<div id="ld-legend" data-labels="{html.escape(",".join(labels))}">{items}</div>'
    )


def build_network(net: EgoNetwork, *, height: int = 650, positions: dict[str, tuple[float, float]] | None = None,
                  pinned: frozenset[str] | set[str] = frozenset(), selected: str | None = None) -> Network:
    """The pyvis network for ``net`` (pure: no I/O). ``positions``: where the user last saw the
    nodes (kept, so that an expansion or a filter does not throw the picture around); ``pinned``
    nodes stay where they are; ``selected`` is outlined."""
    g = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    g.options = json.loads(json.dumps(OPTIONS))
    positions = positions or {}
    for node_id, view in net.nodes.items():
        is_center = node_id == net.center
        hub = net.hubs.get(node_id)
        extra: dict[str, Any] = {}
        if node_id in positions:
            extra["x"], extra["y"] = positions[node_id]
        if node_id in pinned:
            extra["fixed"] = {"x": True, "y": True}
        g.add_node(
            node_id,
            label=_safe(_short(view.caption)) + ("\n📌" if node_id in pinned else ""),
            title=_safe(_tooltip(view.label, view.props, view.masked) + (f"\n枢纽：{hub} 个关联（点击展开）" if hub else "")),
            color=("#bdbdbd" if view.masked else colour(view.label)),
            shape="hexagon" if hub and node_id not in net.expanded else "dot",
            size=28 if is_center else (16 if node_id in net.expanded or hub else 12),
            borderWidth=4 if node_id == selected else (3 if is_center else 1),
            ld_label=view.label,  # not vis "group": pyvis drops the colour of grouped nodes
            ld_kind="hub" if hub else "node",
            **extra,
        )
    for gid, grp in net.groups.items():
        if grp.owner not in net.nodes:
            continue
        extra = {"x": positions[gid][0], "y": positions[gid][1]} if gid in positions else {}
        g.add_node(gid, label=_safe(grp.caption), title=_safe(f"{net.nodes[grp.owner].caption}：{grp.caption}（{rel_zh(grp.type)}），点击展开"),
                   shape="box", color={"background": "#ffffff", "border": colour(grp.label)}, borderWidth=2,
                   font={"size": 13}, ld_label=grp.label, ld_kind="group", **extra)
        src, dst = (grp.owner, gid) if grp.outgoing else (gid, grp.owner)
        g.add_edge(src, dst, label=rel_zh(grp.type), title=rel_zh(grp.type), dashes=[4, 3])
    labels = len(net.edges) <= MAX_EDGE_LABELS
    for edge in net.edges.values():
        if edge.source not in net.nodes or edge.target not in net.nodes:
            continue
        title = rel_zh(edge.type) + (f"\n{edge.date.isoformat()}" if edge.date else "")
        g.add_edge(edge.source, edge.target, label=rel_zh(edge.type) if labels else "", title=title)
    for node_id, n in net.more.items():
        if node_id not in net.nodes or n <= 0:
            continue
        more_id = MORE_PREFIX + node_id
        g.add_node(more_id, label=f"还有 {n} 个", title=_safe(f"{net.nodes[node_id].caption}：还有 {n} 个关联未显示"),
                   shape="box", color="#eeeeee", size=10, ld_label="__more__")
        g.add_edge(node_id, more_id, dashes=True, arrows="", color="#cccccc")
    return g


def network_html(net: EgoNetwork, *, height: int = 650, legend: bool = True, interactive: bool = False,
                 positions: dict[str, tuple[float, float]] | None = None, pinned: frozenset[str] | set[str] = frozenset(),
                 selected: str | None = None, layout: str = "force") -> str:
    """A self-contained page for ``net``; raises :class:`OnlineAssetError` if anything would load remotely.

    ``interactive``: clicks are sent to the embedding page and a 导出PNG button is added.
    ``layout``: ``force`` (Barnes-Hut) or ``clusters`` (ForceAtlas2: tightly linked groups such as
    companies sharing a phone and bidding together pull apart from the rest)."""
    if layout == "clusters":  # each tightly linked group starts on its own spot (where the user moved nothing)
        from app.services.network import layout_seed

        positions = {**layout_seed(net), **{k: v for k, v in (positions or {}).items() if k in pinned}}
    g = build_network(net, height=height, positions=positions, pinned=pinned, selected=selected)
    if layout == "clusters":
        g.options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.005, "springLength": 90,
                                 "springConstant": 0.08, "avoidOverlap": 0.6},
            "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        }
    page = g.generate_html(notebook=False)
    page = _CDN_LINK.sub("", page)
    page = _CDN_SCRIPT.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _TEMPLATE_COMMENT.sub("", page)
    page = page.replace('<div class="card" style="width: 100%">', '<div class="card" style="width: 100%; position: relative">', 1)
    extra = (legend_html(sorted({v.label for v in net.nodes.values()})) if legend else "") + _RENDER_PROBE
    if interactive:
        extra += _INTERACTION
    page = page.replace("</body>", extra + "\n</body>", 1)
    assert_offline(page)
    return page


def remote_references(page: str) -> list[str]:
    """The places in ``page`` that would make a browser fetch from another host."""
    return [page[max(0, m.start() - 40): m.end() + 60] for m in _ASSET_REF.finditer(page)]


def assert_offline(page: str) -> None:
    found = remote_references(page)
    if found:
        raise OnlineAssetError(f"the network page references {len(found)} outside asset(s), e.g. {found[0]!r}")
