"""The catalog of every Cypher statement liandong ships, collected on the test side.

Imports every module of the packages (so each registers its fixed statements through
:func:`graph.catalog.cypher`), then adds the generated statements (schema DDL, the writer's MERGEs)
and the saved query library. Used by ``tests/test_cypher_catalog.py`` (lint + run on both servers).
"""

from __future__ import annotations

import importlib
import pkgutil

from graph.catalog import Statement, registered

PACKAGES = ("graph", "supervision", "ingest", "queries", "app")
# modules with import-time side effects that must not be imported just to collect statements
SKIP_MODULES = ("graph.embedded_server", "app.streamlit_app")


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
    """The saved queries of ``queries/``, with their default parameters."""
    from queries.registry import load_registry

    out = []
    for q in load_registry().all():
        out.append(Statement(f"query.{q.name}", q.cypher, q.sample_params()))
    return out


def all_statements() -> list[Statement]:
    _import_all()
    return generated_statements() + registered() + library_statements()
