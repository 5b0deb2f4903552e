from __future__ import annotations

import datetime as dt

import pytest
from neo4j import exceptions as nx

from graph.connection import Graph
from graph.ddl import ensure_schema, existing_names
from graph.errors import InvalidData, SchemaError
from graph.sample import load_sample
from graph.schema import load_schema
from graph.stats import counts
from graph.writer import RecordFactory, Unit, Writer, write_unit


def test_schema_constraints_exist_and_init_is_idempotent(graph: Graph) -> None:
    schema = load_schema()
    again = ensure_schema(graph)
    assert again.constraints_created == 0 and again.indexes_created == 0
    constraints, _ = existing_names(graph)
    assert {schema.constraint_name(label) for label in schema.nodes} <= constraints


def test_uniqueness_is_enforced_by_the_store(empty_graph: Graph) -> None:
    empty_graph.write("CREATE (:Company {id: 'company:dup', name: 'a'})")
    with pytest.raises(nx.Neo4jError):  # the server's constraint error, whatever its wording
        empty_graph.write("CREATE (:Company {id: 'company:dup', name: 'b'})")


def test_sample_loads_and_rerun_changes_nothing(empty_graph: Graph) -> None:
    load_sample(empty_graph)
    first = counts(empty_graph)
    before = empty_graph.read("MATCH (n) RETURN n.id AS id, n.sources AS s ORDER BY id")
    load_sample(empty_graph)
    assert counts(empty_graph) == first
    assert empty_graph.read("MATCH (n) RETURN n.id AS id, n.sources AS s ORDER BY id") == before
    assert first[0]["Agency"] == 6 and first[1]["WON"] == 1


def test_provenance_accumulates_per_source(empty_graph: Graph) -> None:
    with Writer(empty_graph) as w:
        w.node("Company", {"key": "91510683MA62Q1XX7A", "name": "甲公司"}, source="file:a.csv#2")
        w.node("Company", {"key": "91510683MA62Q1XX7A", "name": "甲公司"}, source="doc:abc")
    with Writer(empty_graph) as w:
        w.node("Company", {"key": "91510683MA62Q1XX7A", "name": "甲公司"}, source="doc:abc")
    rows = empty_graph.read("MATCH (c:Company) RETURN c.sources AS s")
    assert len(rows) == 1
    assert sorted(rows[0]["s"]) == ["doc:abc", "file:a.csv#2"]


def test_types_round_trip(empty_graph: Graph) -> None:
    with Writer(empty_graph) as w:
        w.node("Project", {"project_no": "P-1", "budget": "1,000.5", "opened": "2024年2月8日"}, source="t")
    row = empty_graph.read("MATCH (p:Project {project_no: 'P-1'}) RETURN p.budget AS b, p.opened AS d")[0]
    assert row["b"] == 1000.5
    assert row["d"].to_native() == dt.date(2024, 2, 8)


def test_dangling_relationship_rolls_back_the_whole_unit(empty_graph: Graph) -> None:
    f = RecordFactory()
    a = f.node("Company", {"key": "A", "name": "A"}, source="t")
    ghost = f.node("Company", {"key": "GHOST", "name": "ghost"}, source="t")
    unit = Unit(nodes=[a], rels=[f.rel("SHAREHOLDER_OF", a.id, ghost.id, {"share": 0.5}, source="t")])
    with pytest.raises(InvalidData, match="do not exist"):
        write_unit(empty_graph, unit)
    assert empty_graph.read("MATCH (n) RETURN count(n) AS c")[0]["c"] == 0  # node A was not kept either


def test_relationship_endpoints_are_checked_against_the_schema() -> None:
    f = RecordFactory()
    a = f.node("Company", {"key": "A", "name": "A"}, source="t")
    agency = f.node("Agency", {"name": "x局", "region": "r"}, source="t")
    with pytest.raises(SchemaError, match="cannot go from Company to Agency"):
        f.rel("WON", a.id, agency.id, source="t")


def test_bulk_writer_batches_and_flushes(empty_graph: Graph) -> None:
    with Writer(empty_graph, batch_size=50) as w:
        ids = [w.node("Company", {"key": f"K{i}", "name": f"公司{i}"}, source="bulk") for i in range(230)]
        for i in range(1, 230):
            w.rel("SHAREHOLDER_OF", ids[i - 1], ids[i], {"share": 0.1}, source="bulk")
    assert w.stats.nodes == 230 and w.stats.relationships == 229
    assert w.stats.transactions >= 230 // 50
    n, r = counts(empty_graph)
    assert n == {"Company": 230} and r == {"SHAREHOLDER_OF": 229}
