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


class OnlineAssetError(RuntimeError):
    """The page would load something from outside the machine."""


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


def build_network(net: EgoNetwork, *, height: int = 650) -> Network:
    """The pyvis network for ``net`` (pure: no I/O)."""
    g = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    g.options = json.loads(json.dumps(OPTIONS))
    for node_id, view in net.nodes.items():
        is_center = node_id == net.center
        g.add_node(
            node_id,
            label=_safe(_short(view.caption)),
            title=_safe(_tooltip(view.label, view.props, view.masked)),
            color=("#bdbdbd" if view.masked else colour(view.label)),
            shape="dot",
            size=28 if is_center else (16 if node_id in net.expanded else 12),
            borderWidth=3 if is_center else 1,
            ld_label=view.label,  # not vis "group": pyvis drops the colour of grouped nodes
        )
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


def network_html(net: EgoNetwork, *, height: int = 650, legend: bool = True) -> str:
    """A self-contained page for ``net``; raises :class:`OnlineAssetError` if anything would load remotely."""
    page = build_network(net, height=height).generate_html(notebook=False)
    page = _CDN_LINK.sub("", page)
    page = _CDN_SCRIPT.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _TEMPLATE_COMMENT.sub("", page)
    page = page.replace('<div class="card" style="width: 100%">', '<div class="card" style="width: 100%; position: relative">', 1)
    extra = (legend_html(sorted({v.label for v in net.nodes.values()})) if legend else "") + _RENDER_PROBE
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
