"""What the one writer gained for ingestion and custody: ``Unit.created`` (CREATE of nodes known to be
new, refused as a whole when another run stored one meanwhile) and ``Unit.sole`` (a relationship that
replaces the others of its type into its end node: a thread has one holder). On the real server."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.connection import Graph
from graph.errors import SchemaError
from graph.stats import counts
from graph.writer import AlreadyStored, RecordFactory, Unit, write_unit

pytestmark = pytest.mark.contract

F = RecordFactory()
SRC = "test:writer"


def _agency(name: str) -> tuple[str, Unit]:
    rec = F.node("Agency", {"name": name, "region": "示例县"}, source=SRC)
    return rec.id, Unit(nodes=[rec])


def _document(sha: str, mentions: str) -> Unit:
    doc = F.node("Document", {"sha256": sha, "path": f"{sha}.txt", "status": "ingested"}, source=f"doc:{sha}")
    rel = F.rel("MENTIONS", doc.id, mentions, {"start": 0, "end": 6, "text": "示例县财政局", "label": "AGENCY"},
                source=f"doc:{sha}")
    return Unit(nodes=[doc], rels=[rel], created=frozenset({"Document"}))


def test_a_new_document_is_created_with_its_relationships(empty_graph: Graph) -> None:
    fin, unit = _agency("示例县财政局")
    write_unit(empty_graph, unit)
    stats = write_unit(empty_graph, _document("a" * 64, fin))
    assert (stats.nodes, stats.relationships, stats.transactions) == (1, 1, 1)
    rows = empty_graph.read("MATCH (d:Document)-[m:MENTIONS]->(a:Agency) RETURN d.sources AS s, m.source AS ms, "
                            "a.name AS a")
    assert rows == [{"s": ["doc:" + "a" * 64], "ms": "doc:" + "a" * 64, "a": "示例县财政局"}]


def test_a_document_stored_meanwhile_fails_the_whole_unit(empty_graph: Graph) -> None:
    fin, unit = _agency("示例县财政局")
    write_unit(empty_graph, unit)
    write_unit(empty_graph, _document("b" * 64, fin))
    snapshot = counts(empty_graph)
    both = _document("c" * 64, fin)          # a new one and, in the same unit, the one stored already
    again = _document("b" * 64, fin)
    both.nodes += again.nodes
    both.rels += again.rels
    with pytest.raises(AlreadyStored, match="stored meanwhile by another run"):
        write_unit(empty_graph, both)
    assert counts(empty_graph) == snapshot   # the new one was not written either


def test_only_declared_labels_may_be_created(empty_graph: Graph) -> None:
    _, unit = _agency("示例县财政局")
    with pytest.raises(SchemaError, match="always merged"):
        write_unit(empty_graph, Unit(nodes=unit.nodes, created=frozenset({"Agency"})))


def test_a_sole_holds_replaces_the_holder(empty_graph: Graph) -> None:
    audit, a = _agency("示例县审计局")
    fin, b = _agency("示例县财政局")
    clue = F.node("Clue", {"clue_no": "T-1"}, source=SRC)
    write_unit(empty_graph, Unit(nodes=[*a.nodes, *b.nodes, clue]))

    def hold(agency: str, since: dt.date) -> None:
        write_unit(empty_graph, Unit(sole=[F.rel("HOLDS", agency, clue.id, {"since": since}, source=SRC)]))

    def holders() -> list[tuple[str, str]]:
        rows = empty_graph.read("MATCH (a:Agency)-[h:HOLDS]->(:Clue) RETURN a.name AS a, toString(h.since) AS s")
        return sorted((r["a"], r["s"]) for r in rows)

    hold(audit, dt.date(2024, 3, 1))
    assert holders() == [("示例县审计局", "2024-03-01")]
    hold(fin, dt.date(2024, 3, 4))
    assert holders() == [("示例县财政局", "2024-03-04")]
    hold(audit, dt.date(2024, 3, 6))          # returned: the first holder again, from the new date
    assert holders() == [("示例县审计局", "2024-03-06")]


def test_sole_is_only_for_a_declared_type(empty_graph: Graph) -> None:
    audit, a = _agency("示例县审计局")
    fin, b = _agency("示例县财政局")
    write_unit(empty_graph, Unit(nodes=[*a.nodes, *b.nodes]))
    ref = F.node("Referral", {"doc_no": "审移1", "from_agency": audit, "to_agency": fin}, source=SRC)
    with pytest.raises(SchemaError, match="HOLDS"):
        write_unit(empty_graph, Unit(nodes=[ref], sole=[F.rel("SENT_TO", ref.id, fin, source=SRC)]))
