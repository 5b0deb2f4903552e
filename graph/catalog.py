"""Every Cypher statement liandong ships, in one list — so one test can lint each with Neo4j's own
linter and run each on the embedded server.

Fixed statements are declared where they are used, through :func:`cypher`::

    HOLDER = cypher("custody.holder", "MATCH (c:Clue {id: $id})<-[:HOLDS]-(a:Agency) RETURN a.name AS name",
                    id="clue:x")

which registers the text with sample parameters (enough to run it; results may be empty) and
returns it unchanged. Generated statements (schema DDL, writer MERGEs per label and relationship)
and the query library are added by :func:`all_statements`.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any

_REGISTRY: dict[str, "Statement"] = {}
PACKAGES = ("graph", "ingest", "queries", "app")
# modules with import-time side effects that must not be imported just to collect statements
SKIP_MODULES = ("graph.embedded_server", "app.streamlit_app")


@dataclass(frozen=True)
class Statement:
    name: str
    cypher: str
    params: dict[str, Any] = field(default_factory=dict)
    writes: bool = False


def cypher(name: str, text: str, *, writes: bool = False, **sample_params: Any) -> str:
    """Register a fixed statement under a unique name; returns ``text`` unchanged."""
    existing = _REGISTRY.get(name)
    if existing is not None and existing.cypher != text:
        raise ValueError(f"two different Cypher statements are registered as {name!r}")
    _REGISTRY[name] = Statement(name, text, dict(sample_params), writes)
    return text


def _import_all() -> None:
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.walk_packages(pkg.__path__, prefix=f"{pkg_name}."):
            if info.name.startswith(SKIP_MODULES) or ".tests" in info.name:
                continue
            importlib.import_module(info.name)


def generated_statements() -> list[Statement]:
    from graph import ddl, stats, writer
    from graph.schema import load_schema

    schema = load_schema()
    out = [Statement(f"schema.{i}", s, writes=True) for i, s in enumerate(schema.ddl())]
    out.append(Statement("schema.show_constraints", ddl.SHOW_CONSTRAINTS))
    out.append(Statement("schema.show_indexes", ddl.SHOW_INDEXES))
    for label in schema.nodes:
        out.append(Statement(f"writer.node.{label}", writer.node_merge_statement(label), {"rows": []}, True))
    for rtype, a, b in schema.rel_endpoints():
        out.append(Statement(f"writer.rel.{rtype}.{a}.{b}", writer.rel_merge_statement(rtype, a, b), {"rows": []}, True))
    out.append(Statement("stats.nodes", stats.NODE_COUNTS))
    out.append(Statement("stats.rels", stats.REL_COUNTS))
    return out


def library_statements() -> list[Statement]:
    """The saved queries of ``queries/`` (when the registry exists), with their default parameters."""
    try:
        from queries.registry import load_registry  # type: ignore[import-not-found]
    except ImportError:
        return []
    out = []
    for q in load_registry().all():
        out.append(Statement(f"query.{q.name}", q.cypher, q.sample_params()))
    return out


def all_statements() -> list[Statement]:
    _import_all()
    return generated_statements() + list(_REGISTRY.values()) + library_statements()
