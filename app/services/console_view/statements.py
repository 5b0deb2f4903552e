"""The console view's Cypher: reading the main graph, writing and deleting the view's nodes and
relationships (one statement per label and per relationship type and endpoints, registered in the
catalog as ``console_view.*``)."""

from __future__ import annotations

from graph.catalog import cypher
from graph.schema import load_schema, quote

READ_NODES = cypher("console_view.read_nodes",
                    "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props")
READ_RELS = cypher("console_view.read_rels",
                   "MATCH (a)-[r]->(b) RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS props")
COUNT_NODES = cypher("console_view.count_nodes", "MATCH (n) RETURN count(n) AS n")
COUNT_RELS = cypher("console_view.count_rels", "MATCH ()-[r]->() RETURN count(r) AS n")
WIPE_BATCH = cypher("console_view.wipe_batch",
                    "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n", writes=True, limit=1)

DELETE_ANY_NODES = cypher("console_view.delete_any_nodes",
                          "UNWIND $rows AS id\nMATCH (n) WHERE n.id = id\nDETACH DELETE n", writes=True, rows=[])


def node_statement(label: str) -> str:
    """Write one label's nodes: the whole property map is replaced (a property dropped in the main
    graph, or one the view rules take away, disappears from the view too)."""
    return f"UNWIND $rows AS row\nMERGE (n:{quote(label)} {{id: row.id}})\nSET n = row.props"


def delete_nodes_statement(label: str) -> str:
    return f"UNWIND $rows AS id\nMATCH (n:{quote(label)} {{id: id}})\nDETACH DELETE n"


def delete_rels_statement(rel_type: str, start_label: str, end_label: str) -> str:
    return (f"UNWIND $rows AS row\nMATCH (a:{quote(start_label)} {{id: row.start}})-[r:{quote(rel_type)}]->"
            f"(b:{quote(end_label)} {{id: row.end}})\nDELETE r")


def rel_statement(rel_type: str, start_label: str, end_label: str) -> str:
    return (f"UNWIND $rows AS row\nMATCH (a:{quote(start_label)} {{id: row.start}})\n"
            f"MATCH (b:{quote(end_label)} {{id: row.end}})\nCREATE (a)-[r:{quote(rel_type)}]->(b)\nSET r = row.props")


def _register() -> None:
    schema = load_schema()
    for label in schema.nodes:
        cypher(f"console_view.node.{label}", node_statement(label), writes=True, rows=[])
        cypher(f"console_view.delete_nodes.{label}", delete_nodes_statement(label), writes=True, rows=[])
    for rtype, a, b in schema.rel_endpoints():
        cypher(f"console_view.rel.{rtype}.{a}.{b}", rel_statement(rtype, a, b), writes=True, rows=[])
        cypher(f"console_view.delete_rels.{rtype}.{a}.{b}", delete_rels_statement(rtype, a, b), writes=True, rows=[])


_register()
