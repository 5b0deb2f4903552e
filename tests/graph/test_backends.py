"""What differs between the embedded ArcadeDB store and Neo4j, pinned down: each row of the README's
table "embedded vs Neo4j" that the code depends on is checked here, on whichever backend the
session runs (contract tests: ``make test`` runs them on both)."""

from __future__ import annotations

import neo4j
import pytest
from neo4j import exceptions as nx

from graph import fulltext
from graph.connection import Graph
from graph.ddl import ensure_schema, existing_names
from graph.errors import CONSTRAINT_VIOLATION, READ_ONLY_VIOLATION, status_code
from graph.schema import load_schema


def test_the_server_is_the_one_asked_for(graph: Graph, graph_backend: str) -> None:
    assert graph.is_arcadedb == (graph_backend == "embedded"), graph.server_agent
    assert graph.server_agent.startswith("Neo4j/")  # the embedded one says "Neo4j/… compatible (ArcadeDB …)"


def test_named_constraints_and_indexes_on_both(graph: Graph) -> None:
    schema = load_schema()
    ensure_schema(graph)
    constraints, indexes = existing_names(graph)
    assert {schema.constraint_name(label) for label in schema.nodes} <= constraints
    assert {stmt.split()[2] for stmt in schema.index_statements()} <= indexes


def test_constraint_violation_has_the_same_status_code(empty_graph: Graph) -> None:
    empty_graph.write("CREATE (:Company {id: 'company:twice', name: 'a'})")
    with pytest.raises(nx.Neo4jError) as info:
        empty_graph.write("CREATE (:Company {id: 'company:twice', name: 'b'})")
    assert status_code(info.value) == CONSTRAINT_VIOLATION
    assert isinstance(info.value, nx.ConstraintError)


def test_read_transactions_are_enforced_by_neo4j_only(empty_graph: Graph, graph_backend: str) -> None:
    """Graph.read runs in a READ transaction: Neo4j refuses a write there; the embedded store runs it
    (which is why ad hoc Cypher goes through queries.guard and an always-rolled-back transaction)."""
    write = "CREATE (n:Company {id: 'company:read-mode', name: 'x'}) RETURN n.id AS id"
    if graph_backend == "neo4j":
        with pytest.raises(nx.ClientError) as info:
            empty_graph.read(write)
        assert status_code(info.value) == READ_ONLY_VIOLATION
        with empty_graph.driver.session(database=empty_graph.database, default_access_mode=neo4j.READ_ACCESS) as s:
            with pytest.raises(nx.ClientError):
                s.execute_read(lambda tx: tx.run(write).data())
        assert empty_graph.read("MATCH (n:Company {id: 'company:read-mode'}) RETURN count(n) AS c")[0]["c"] == 0
    else:
        assert empty_graph.read(write) == [{"id": "company:read-mode"}]


def test_fulltext_index_with_cjk_analyzer_on_neo4j_only(graph: Graph, graph_backend: str) -> None:
    rows = graph.read(fulltext.SHOW_FULLTEXT) if graph_backend == "neo4j" else []
    if graph_backend == "neo4j":
        assert fulltext.has_fulltext(graph)
        (index,) = [r for r in rows if r["name"] == fulltext.INDEX]
        assert index["state"] == "ONLINE"
        assert index["options"]["indexConfig"]["fulltext.analyzer"] == "cjk"
    else:
        assert not fulltext.has_fulltext(graph)
        with pytest.raises(nx.Neo4jError):
            graph.read("CALL db.index.fulltext.queryNodes('search_text', 'x') YIELD node RETURN node")


def test_fulltext_search_finds_the_same_on_both(empty_graph: Graph) -> None:
    g = empty_graph
    g.write("CREATE (:Company {id: 'company:ft1', name: '绵竹市恒达建筑工程有限公司'}), "
            "(:Company {id: 'company:ft2', name: '德阳恒通商贸有限公司'}), "
            "(:Agency {id: 'agency:ft3', name: '绵竹市财政局'}), "
            "(:Document {id: 'doc:ft4', title: '关于移送问题线索的函', text: '经查，恒达建筑在招标中存在围标串标行为。'}), "
            "(:Bid {id: 'bid:ft5'})")
    fulltext.keep_in_step(g)  # the embedded store's side index, as a writer keeps it
    if fulltext.has_fulltext(g):  # Neo4j's index is eventually consistent: wait until it has caught up
        g.write("CALL db.awaitIndexes(60)")

    def ids(text: str) -> list[str]:
        return sorted(h.id for h in fulltext.search(g, text))

    assert ids("恒达建筑") == ["company:ft1", "doc:ft4"]   # a name and a letter's text
    assert ids("绵竹市") == ["agency:ft3", "company:ft1"]   # a prefix
    assert ids("有限公司") == ["company:ft1", "company:ft2"]  # a suffix
    assert ids("围标串标") == ["doc:ft4"]
    assert ids("恒") == ["company:ft1", "company:ft2", "doc:ft4"]  # one character: a scan on both
    assert ids("移送") == ["doc:ft4"]
    assert ids("不存在的名字") == []
    assert ids('"恒达" OR *') == []  # Lucene syntax is text, not a query
