"""分析控制台: read-only Cypher with parameters, the saved queries of ``queries/``, table and graph
views, CSV and XLSX export.

**What the console reads decides what it can leak**, so it is decided once, here
(:func:`console_source`): an analyst's typed Cypher, a saved query run from the console, their
exports and ``liandong cypher --as USER`` read the *console's graph*
(:mod:`app.services.console_view`) — the main graph with no confidential matter and with protected
identities as pseudonyms, kept in step with it, on a server of its own (embedded: a second
ArcadeDB process with its own heap and limits; Neo4j: ``LIANDONG_CONSOLE_URI``). Whatever is typed
(``RETURN c.summary``, ``split(c.id, ':')``, ``p {.*}``, ``collect`` …) there is nothing secret to
return. Only a role with both ``all_confidential`` and ``unmask`` (admin), who may see everything,
reads the main graph. Agencies involved in a confidential matter see it through the pages.

Typed Cypher goes through :func:`queries.adhoc.run_readonly` (guard + always-rolled-back
transaction + time limit terminated on the server + row and size caps); the console's server
enforces its own time and memory limits too. Every statement, text and parameters, is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.services.access import Viewer
from app.services.network import Edge, EgoNetwork
from app.services.nodes import MASKED_TEXT, NodeView, label_of
from graph.errors import QueryError
from queries.adhoc import DEFAULT_MAX_ROWS, run_readonly
from queries.params import Param
from queries.registry import load_registry
from queries.result import Result
from queries.run import run_query

DEFAULT_TIMEOUT_S = 30.0


def parse_params(text: str) -> dict[str, Any]:
    """The parameters box: a JSON object (``{"name": "绵竹"}``); empty means none."""
    text = (text or "").strip()
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise QueryError(f"参数不是合法的JSON（第{e.lineno}行第{e.colno}列：{e.msg}）— 例如 {{\"name\": \"绵竹\"}}") from e
    if not isinstance(value, dict):
        raise QueryError('参数必须是JSON对象，例如 {"name": "绵竹"}')
    return value


def _is_node(v: Any) -> bool:
    return isinstance(v, dict) and "_labels" in v


def _is_rel(v: Any) -> bool:
    return isinstance(v, dict) and "_type" in v


def reads_main_graph(viewer: Viewer) -> bool:
    """Only a role that may see every confidential matter and every identity reads the main graph."""
    return viewer.can("all_confidential") and viewer.can("unmask")


def console_source(graph: Any, viewer: Viewer, settings: Any = None, *, background_sync: bool = False) -> Any:
    """The graph this viewer's console statements run on: the main graph for admin, else the
    console's graph, re-synced first when the main graph changed (ConsoleViewError when the console
    has no graph of its own — never the main graph instead). ``background_sync`` (the app): when
    nothing that decides what is secret changed, answer at once and sync on a thread."""
    viewer.require("console")
    if reads_main_graph(viewer):
        return graph
    from app.services.console_view import synced_view

    return synced_view(graph, settings, background=background_sync)


def run_console(
    graph: Any,
    viewer: Viewer,
    cypher: str,
    params: dict[str, Any] | None = None,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    settings: Any = None,
    background_sync: bool = False,
) -> Result:
    """Run typed Cypher for ``viewer`` on :func:`console_source` (``graph`` is the main graph)."""
    source = console_source(graph, viewer, settings, background_sync=background_sync)
    return run_readonly(source, cypher, params or {}, timeout_s=timeout_s, max_rows=max_rows)


# ------------------------------------------------------------------------------ saved queries
@dataclass(frozen=True)
class SavedParam:
    name: str
    type: str
    default: Any
    description: str
    required: bool


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    cypher: str
    params: list[SavedParam]


def _param(p: Param) -> SavedParam:
    return SavedParam(p.name, p.type, p.default, p.description, p.required)


def saved_queries() -> list[SavedQuery]:
    """The query library as the console's form shows it (derived parameters are not asked for)."""
    return [SavedQuery(q.name, q.title_zh, q.description, q.cypher, [_param(p) for p in q.params if not p.hidden])
            for q in load_registry().all()]


def run_saved(graph: Any, viewer: Viewer, name: str, raw: dict[str, Any], *, settings: Any = None,
              background_sync: bool = False) -> Result:
    """Run a saved query by name with the form's raw values (bound and checked by the registry),
    on :func:`console_source` like typed Cypher."""
    source = console_source(graph, viewer, settings, background_sync=background_sync)
    clean = {k: v for k, v in raw.items() if v not in (None, "")}
    return run_query(source, name, clean)


# ------------------------------------------------------------------------------ views and exports
def result_graph(result: Result) -> EgoNetwork:
    """The nodes a result returned and the relationships between them (from paths, and from
    ``node, relationship, node`` next to each other in a row)."""
    net = EgoNetwork(center="")

    def add_node(v: dict[str, Any]) -> str | None:
        node_id = str(v.get("id") or "")
        if not node_id:
            return None
        label = (v.get("_labels") or [label_of(node_id)])[0]
        props = {k: x for k, x in v.items() if k != "_labels"}
        masked = props.get("name") == MASKED_TEXT
        net.nodes.setdefault(node_id, NodeView(node_id, label, props, masked=masked))
        return node_id

    def add_edge(a: str | None, rel: dict[str, Any], b: str | None) -> None:
        if a and b:
            rid = str(rel.get("id") or f"{a}-{rel['_type']}-{b}")
            net.edges.setdefault(rid, Edge(rid, a, b, rel["_type"], {k: x for k, x in rel.items() if k != "_type"}))

    def walk(values: list[Any]) -> None:
        prev: str | None = None
        pending: dict[str, Any] | None = None
        for v in values:
            if _is_node(v):
                nid = add_node(v)
                if pending is not None:
                    add_edge(prev, pending, nid)
                    pending = None
                prev = nid
            elif _is_rel(v):
                pending = v
            elif isinstance(v, dict) and "nodes" in v and "relationships" in v:
                nodes = [add_node(n) for n in v["nodes"] if _is_node(n)]
                for i, rel in enumerate(v["relationships"]):
                    if i + 1 < len(nodes) and _is_rel(rel):
                        add_edge(nodes[i], rel, nodes[i + 1])
            elif isinstance(v, list):
                walk(v)
            else:
                pending = None

    for row in result.rows:
        walk([row.get(c) for c in result.columns])
    return net

