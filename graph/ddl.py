"""Create the schema's named constraints and indexes, idempotently, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph.schema import Schema, load_schema

if TYPE_CHECKING:  # type only: graph.connection.connect() calls this module, not the other way round
    from graph.connection import Graph


@dataclass(frozen=True)
class SchemaReport:
    constraints_created: int
    indexes_created: int
    constraints_total: int
    indexes_total: int
    fulltext_created: bool = False  # Neo4j only: the CJK full-text index of graph/fulltext/


SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name"
SHOW_INDEXES = "SHOW INDEXES YIELD name RETURN name"


def existing_names(graph: Graph) -> tuple[set[str], set[str]]:
    constraints = {r["name"] for r in graph.read(SHOW_CONSTRAINTS)}
    indexes = {r["name"] for r in graph.read(SHOW_INDEXES)}
    return constraints, indexes


def ensure_schema(graph: Graph, schema: Schema | None = None) -> SchemaReport:
    """Run every ``CREATE … IF NOT EXISTS`` the schema needs that the database does not have yet."""
    schema = schema or load_schema()
    constraints, indexes = existing_names(graph)
    made_c = made_i = 0
    for label, stmt in zip(schema.nodes, schema.constraint_statements()):
        if schema.constraint_name(label) not in constraints:
            graph.write(stmt)
            made_c += 1
    for stmt in schema.index_statements():
        name = stmt.split()[2]
        if name not in indexes:
            graph.write(stmt)
            made_i += 1
    from graph.fulltext import ensure_fulltext

    made_ft = ensure_fulltext(graph)
    return SchemaReport(made_c, made_i, len(schema.nodes), len(schema.index_statements()), made_ft)
