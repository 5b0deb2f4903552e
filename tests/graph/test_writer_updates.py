"""``Unit.updates``: some properties of stored nodes set by id through the one writer — typed by the
schema, an explicit ``None`` removing the property, the rest of the node and its provenance left as
they are, a missing node failing the whole unit. On the real server (embedded and Neo4j)."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.connection import Graph
from graph.errors import InvalidData, SchemaError
from graph.stats import counts
from graph.writer import UPDATE_BATCH, NotStored, RecordFactory, Unit, update_node, write_unit

pytestmark = pytest.mark.contract

F = RecordFactory()


def _stored_document(graph: Graph, sha: str) -> str:
    doc = F.node("Document", {"sha256": sha, "path": f"{sha[:4]}.txt", "kind": "移送函", "status": "ingested",
                              "act_kind": "transfer", "title": "关于移送问题线索的函"}, source=f"doc:{sha}")
    write_unit(graph, Unit(nodes=[doc]))
    return doc.id


def _document(graph: Graph, doc_id: str) -> dict:
    (row,) = graph.read("MATCH (d:Document {id: $id}) RETURN properties(d) AS p", {"id": doc_id})
    return dict(row["p"])


def test_an_update_sets_some_properties_and_removes_those_given_none(empty_graph: Graph) -> None:
    doc = _stored_document(empty_graph, "d" * 64)
    stats = write_unit(empty_graph, Unit(updates=[F.update(doc, {"act_kind": "return", "kind": None,
                                                                 "date": "2024年3月5日", "mentions": "3"})]))
    assert (stats.nodes, stats.relationships, stats.updated, stats.transactions) == (0, 0, 1, 1)
    props = _document(empty_graph, doc)
    assert "kind" not in props                           # removed, not stored as null
    assert props["act_kind"] == "return"
    assert props["mentions"] == 3                        # typed by the schema: int
    assert str(props["date"]) == "2024-03-05"            # and date
    # untouched: the rest of the node and its provenance
    assert props["title"] == "关于移送问题线索的函" and props["status"] == "ingested"
    assert props["sources"] == ["doc:" + "d" * 64] and props["sha256"] == "d" * 64


def test_an_update_of_a_node_not_in_the_graph_fails_the_whole_unit(empty_graph: Graph) -> None:
    doc = _stored_document(empty_graph, "e" * 64)
    before = counts(empty_graph)
    agency = F.node("Agency", {"name": "示例县财政局", "region": "示例县"}, source="test:updates")
    absent = F.update("doc:" + "f" * 16, {"act_kind": "receipt"})
    with pytest.raises(InvalidData, match="1 of 2 Document updates point at nodes that do not exist"):
        write_unit(empty_graph, Unit(nodes=[agency], updates=[F.update(doc, {"act_kind": "receipt"}), absent]))
    assert counts(empty_graph) == before
    assert _document(empty_graph, doc)["act_kind"] == "transfer"


def test_later_values_win_and_large_updates_are_batched(empty_graph: Graph) -> None:
    docs = [F.node("Document", {"sha256": f"{i:064x}", "status": "ingested"}, source="test:updates")
            for i in range(UPDATE_BATCH + 3)]
    write_unit(empty_graph, Unit(nodes=docs))
    updates = [F.update(d.id, {"act_kind": "accept"}) for d in docs]
    updates.append(F.update(docs[0].id, {"act_kind": "decline", "status": None}))
    stats = write_unit(empty_graph, Unit(updates=updates))
    assert (stats.updated, stats.transactions) == (UPDATE_BATCH + 3, 1)
    rows = empty_graph.read("MATCH (d:Document) RETURN d.act_kind AS kind, count(*) AS n ORDER BY kind")
    assert rows == [{"kind": "accept", "n": UPDATE_BATCH + 2}, {"kind": "decline", "n": 1}]
    assert "status" not in _document(empty_graph, docs[0].id)
    assert _document(empty_graph, docs[1].id)["status"] == "ingested"


def test_what_an_update_may_not_change() -> None:
    doc = "doc:" + "a" * 16
    with pytest.raises(InvalidData, match="Document has no property 'colour'"):
        F.update(doc, {"colour": "red"})
    with pytest.raises(InvalidData, match="expected a whole number") as bad:
        F.update(doc, {"mentions": "many"}, where={"file": "letters.csv", "row": 4})
    assert (bad.value.field, bad.value.file, bad.value.row) == ("mentions", "letters.csv", 4)
    with pytest.raises(SchemaError, match="id, sha256, sources of a Document cannot be updated"):
        F.update(doc, {"sha256": "b" * 64, "id": doc, "sources": []})
    with pytest.raises(InvalidData, match="AssistanceRequest requires 'facts'"):
        F.update("assist:" + "0" * 16, {"facts": " "})
    with pytest.raises(SchemaError, match="does not start with a known id prefix"):
        F.update("nothing:1", {"kind": None})
    assert F.update(doc, {"date": dt.date(2024, 1, 2), "kind": ""}).props == {"date": dt.date(2024, 1, 2), "kind": None}


def test_update_node_names_a_node_that_is_not_there(empty_graph: Graph) -> None:
    doc = _stored_document(empty_graph, "a" * 64)
    before = counts(empty_graph)
    with pytest.raises(NotStored, match=r"no Sanction 'doc:\w+' in the graph"):       # an id of another label
        update_node(empty_graph, "Sanction", doc, {"removed": dt.date(2024, 5, 6)})
    with pytest.raises(NotStored, match="no Sanction 'S-1' in the graph"):              # not an id at all
        update_node(empty_graph, "Sanction", "S-1", {"removed": dt.date(2024, 5, 6)})
    with pytest.raises(NotStored, match="1 of 1 Sanction updates point at nodes that do not exist"):
        update_node(empty_graph, "Sanction", "sanction:" + "0" * 16, {"removed": dt.date(2024, 5, 6)})
    assert counts(empty_graph) == before
    update_node(empty_graph, "Document", doc, {"status": "registered", "title": None})
    props = _document(empty_graph, doc)
    assert props["status"] == "registered" and "title" not in props
