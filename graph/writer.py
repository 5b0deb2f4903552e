"""Batched, idempotent writes: ``UNWIND $rows AS row MERGE …`` in managed transactions.

Records are plain data (:class:`NodeRecord`, :class:`RelRecord`) with deterministic ids and a
``source`` (provenance). :func:`write_unit` writes a list of records in ONE transaction — all or
nothing — which is how a document or a batch is stored. :class:`Writer` is the bulk front:
``with Writer(graph) as w: w.node(...); w.rel(...)`` flushes every ``batch_size`` records and on exit.

This is the one write path: loaders, ingestion (:mod:`ingest.stages.write`: a unit whose Documents
are new is ``Unit.created`` — CREATEd, not MERGEd), the threads (:mod:`graph.threads`: custody
is ``Unit.sole`` — a thread's holder replaced) and changes to part of a stored node (``Unit.updates``:
a letter read again, an assistance request's status — an explicit ``None`` removes the property)
all hand it units.

The driver retries a transaction function on transient errors (the embedded store raises them
under concurrent writes), so every statement here is idempotent: MERGE on the id, SET of values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from neo4j import ManagedTransaction
from neo4j import exceptions as nx

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import (
    CONSTRAINT_VIOLATION,
    GraphUnavailable,
    InvalidData,
    SchemaError,
    WriteError,
    status_code,
)
from graph.schema import NODE_SYSTEM, Schema, convert, load_schema, quote


@dataclass(frozen=True)
class NodeRecord:
    label: str
    id: str
    props: dict[str, Any]
    source: str


@dataclass(frozen=True)
class RelRecord:
    type: str
    start: str
    end: str
    id: str
    props: dict[str, Any]
    source: str


@dataclass(frozen=True)
class UpdateRecord:
    """New values of some properties of a stored node (``None``: remove the property); the node's
    other properties and its provenance are left as they are."""

    label: str
    id: str
    props: dict[str, Any]


def node_merge_statement(label: str) -> str:
    """The MERGE for one label; ``sources`` gains the row's source once (a re-run changes nothing).

    The provenance update is filtered with ``WITH … WHERE`` rather than a CASE inside SET: on the
    embedded store that form is several times faster (bench/bench_writer.py).
    """
    return (
        f"UNWIND $rows AS row\n"
        f"MERGE (n:{quote(label)} {{id: row.id}})\n"
        f"SET n += row.props\n"
        f"WITH n, row WHERE NOT row.source IN coalesce(n.sources, [])\n"
        f"SET n.sources = coalesce(n.sources, []) + row.source"
    )


def rel_merge_statement(rel_type: str, start_label: str, end_label: str) -> str:
    """The MERGE for one relationship type between two labels; missing endpoints are counted, not created."""
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (a:{quote(start_label)} {{id: row.start}})\n"
        f"MATCH (b:{quote(end_label)} {{id: row.end}})\n"
        + _MERGE_REL.format(type=quote(rel_type))
    )


_MERGE_REL = "MERGE (a)-[r:{type} {{id: row.id}}]->(b)\nSET r += row.props, r.source = row.source\nRETURN count(r) AS written"


# Relationship types an end node has at most one of: writing one replaces the others (custody —
# ``(:Agency)-[:HOLDS]->(thread)`` — has one holder). Written through :attr:`Unit.sole`.
SOLE_TYPES = ("HOLDS",)


def sole_rel_statement(rel_type: str, start_label: str, end_label: str) -> str:
    """The MERGE of a relationship that replaces every other of its type into its end node."""
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (b:{quote(end_label)} {{id: row.end}})\n"
        f"OPTIONAL MATCH (b)<-[old:{quote(rel_type)}]-(:{quote(start_label)})\n"
        f"DELETE old\n"
        f"WITH DISTINCT b, row\n"
        f"MATCH (a:{quote(start_label)} {{id: row.start}})\n"
        + _MERGE_REL.format(type=quote(rel_type))
    )


SOLE_STATEMENTS = {
    (t, a, b): cypher(f"writer.sole.{t}.{a}.{b}", sole_rel_statement(t, a, b), writes=True, rows=[])
    for t, a, b in load_schema().rel_endpoints() if t in SOLE_TYPES
}


def create_statement(label: str, *, provenance: bool = False) -> str:
    """A plain CREATE: for nodes the caller knows are new (:attr:`Unit.created`, with ``provenance``),
    and the benchmark's baseline the MERGE is compared with."""
    sources = ", n.sources = [row.source]" if provenance else ""
    return f"UNWIND $rows AS row\nCREATE (n:{quote(label)} {{id: row.id}})\nSET n += row.props{sources}\nRETURN count(n) AS written"


def create_rel_statement(rel_type: str, start_label: str, end_label: str, *, provenance: bool = False) -> str:
    """A plain CREATE of relationships (those touching a new node; the benchmark's baseline)."""
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (a:{quote(start_label)} {{id: row.start}})\n"
        f"MATCH (b:{quote(end_label)} {{id: row.end}})\n"
        f"CREATE (a)-[r:{quote(rel_type)} {{id: row.id}}]->(b)\n"
        f"SET r += row.props{', r.source = row.source' if provenance else ''}\n"
        f"RETURN count(r) AS written"
    )


# Labels whose nodes a unit may CREATE instead of MERGE (:attr:`Unit.created`) when the caller has
# checked they are new — an ingested Document: several times faster on the embedded store
# (bench/bench_ingest.py). The id's uniqueness constraint makes a concurrent second writer of the
# same node fail as a whole (:class:`AlreadyStored`).
CREATED_LABELS = ("Document",)
CREATE_NODES = {
    label: cypher(f"writer.create.{label}", create_statement(label, provenance=True), writes=True, rows=[])
    for label in CREATED_LABELS
}
CREATE_RELS = {
    (t, a, b): cypher(f"writer.create_rel.{t}.{a}.{b}", create_rel_statement(t, a, b, provenance=True),
                      writes=True, rows=[])
    for t, a, b in load_schema().rel_endpoints() if a in CREATED_LABELS or b in CREATED_LABELS
}
STORED = {
    label: cypher(f"writer.stored.{label}", f"UNWIND $ids AS id\nMATCH (n:{quote(label)} {{id: id}})\nRETURN n.id AS id",
                  ids=[f"{label.lower()}:0"])
    for label in CREATED_LABELS
}


def update_statement(label: str) -> str:
    """SET given properties of stored nodes by id: ``+=`` of a map removes the keys whose value is null."""
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (n:{quote(label)} {{id: row.id}})\n"
        f"SET n += row.props\n"
        f"RETURN count(n) AS written"
    )


UPDATES = {
    label: cypher(f"writer.update.{label}", update_statement(label), writes=True, rows=[])
    for label in load_schema().nodes
}
UPDATE_BATCH = 500   # rows per update statement (a letter's act is a few kB of JSON)


class AlreadyStored(WriteError):
    """A node the unit CREATEs is in the graph already (another run stored it meanwhile); nothing was written."""


class NotStored(InvalidData):
    """A node the unit updates is not in the graph; nothing was written (callers that name the thing
    a clerk asked for — a sanction, a decision — turn it into their own message)."""


@dataclass
class WriteStats:
    nodes: int = 0
    relationships: int = 0
    transactions: int = 0
    updated: int = 0          # stored nodes whose properties a unit's updates set

    def add(self, other: WriteStats) -> None:
        self.nodes += other.nodes
        self.relationships += other.relationships
        self.transactions += other.transactions
        self.updated += other.updated


@dataclass
class Unit:
    """Records destined for one transaction, already validated against the schema. ``sole``:
    relationships of a :data:`SOLE_TYPES` type, each replacing the others into its end node.
    ``created``: labels (of :data:`CREATED_LABELS`) whose nodes here are new — CREATEd, with every
    relationship touching them, instead of MERGEd. ``updates``: properties set on stored nodes
    (:meth:`RecordFactory.update`), after the nodes are written; a missing node fails the unit."""

    nodes: list[NodeRecord] = field(default_factory=list)
    rels: list[RelRecord] = field(default_factory=list)
    sole: list[RelRecord] = field(default_factory=list)
    created: frozenset[str] = frozenset()
    updates: list[UpdateRecord] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.nodes) + len(self.rels) + len(self.sole) + len(self.updates)


class RecordFactory:
    """Builds validated records from raw properties: the one place ids and provenance are attached."""

    def __init__(self, schema: Schema | None = None, *, synthetic: bool = False) -> None:
        self.schema = schema or load_schema()
        self.synthetic = synthetic

    def node(self, label: str, props: dict[str, Any], *, source: str, where: dict[str, Any] | None = None) -> NodeRecord:
        clean = self.schema.clean_node_props(label, props, where=where)
        node_id = clean.pop("id", None) or self.schema.node(label).make_id(clean)
        if self.synthetic:
            clean["synthetic"] = True
        return NodeRecord(label, node_id, clean, source)

    def rel(
        self, rel_type: str, start: str, end: str, props: dict[str, Any] | None = None, *,
        source: str, where: dict[str, Any] | None = None,
    ) -> RelRecord:
        rt = self.schema.rel(rel_type)
        a, b = self.schema.label_of_id(start), self.schema.label_of_id(end)
        if a not in rt.from_labels or b not in rt.to_labels:
            raise SchemaError(
                f"{rel_type} cannot go from {a} to {b}; the schema allows "
                f"{'/'.join(rt.from_labels)} → {'/'.join(rt.to_labels)}"
            )
        clean = self.schema.clean_rel_props(rel_type, props or {}, where=where)
        rel_id = rt.make_id(start, end, clean)
        if self.synthetic:
            clean["synthetic"] = True
        return RelRecord(rel_type, start, end, rel_id, clean, source)

    def update(self, node_id: str, props: dict[str, Any], *, where: dict[str, Any] | None = None) -> UpdateRecord:
        """New values of some properties of the stored node ``node_id`` (its label from the id's prefix),
        converted to the schema's types; ``None`` (or an empty value) removes the property. Neither
        the id, the provenance nor a property of the node's key may be changed this way, nor a
        required property removed."""
        label = self.schema.label_of_id(node_id)
        node = self.schema.node(label)
        fixed = sorted(set(props) & (set(NODE_SYSTEM) | set(node.key)))
        if fixed:
            raise SchemaError(f"{', '.join(fixed)} of a {label} cannot be updated (the id, its key and its provenance "
                              "are fixed when it is written)")
        clean: dict[str, Any] = {}
        for name, value in props.items():
            prop = node.properties.get(name)
            if prop is None:
                raise InvalidData(f"{label} has no property {name!r} (known: {', '.join(sorted(node.properties))})",
                                  field=name, **(where or {}))
            try:
                clean[name] = convert(value, prop.type)
            except InvalidData as e:
                raise InvalidData(e.reason, field=name, **(where or {})) from None
            if prop.required and clean[name] in (None, "", []):
                raise InvalidData(f"{label} requires {name!r}", field=name, **(where or {}))
        return UpdateRecord(label, node_id, clean)


def _node_row(r: NodeRecord) -> dict[str, Any]:
    return {"id": r.id, "props": r.props, "source": r.source}


def _rel_row(r: RelRecord) -> dict[str, Any]:
    return {"id": r.id, "start": r.start, "end": r.end, "props": r.props, "source": r.source}


# (statement, rows, what they are — for messages, kind: "nodes" | "updates" | "relationships")
PlanStep = tuple[str, list[dict[str, Any]], str, str]


def plan_unit(unit: Unit, schema: Schema) -> list[PlanStep]:
    """(Public: lifecycle steps and document ingestion run plans inside their own transactions.)

    Group records into statements: nodes first (per label), then the updates of stored nodes, then
    relationships (per type and end labels), then the sole relationships (each replacing the others
    of its type into its end node). Each statement's kind says what it writes: ``nodes`` (MERGE or
    CREATE), or ``updates`` and ``relationships``, which return the rows that found their nodes
    (``written``, checked by :func:`run_plan`)."""
    unknown = unit.created - set(CREATED_LABELS)
    if unknown:
        raise SchemaError(f"{', '.join(sorted(unknown))} nodes are always merged, never created "
                          f"(created: {', '.join(CREATED_LABELS)})")
    new = {n.id for n in unit.nodes if n.label in unit.created}
    plan: list[PlanStep] = []
    by_label: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for n in unit.nodes:
        if n.id in new:
            continue
        row = by_label[n.label].get(n.id)
        if row is None:
            by_label[n.label][n.id] = _node_row(n)
        else:  # the same node twice in one unit: later values win, both sources kept via two rows
            row["props"] = {**row["props"], **n.props}
            if row["source"] != n.source:
                by_label[n.label][n.id + "\x00" + n.source] = _node_row(n)
    for label, rows in by_label.items():
        plan.append((node_merge_statement(label), list(rows.values()), f"{label} nodes", "nodes"))
    created: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for n in unit.nodes:
        if n.id in new:
            created[n.label][n.id] = _node_row(n)
    for label, rows in created.items():
        plan.append((CREATE_NODES[label], list(rows.values()), f"{label} nodes", "nodes"))
    updates: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for u in unit.updates:
        row = updates[u.label].setdefault(u.id, {"id": u.id, "props": {}})
        row["props"].update(u.props)    # the same node twice: later values win
    for label, by_id in updates.items():
        changes = list(by_id.values())
        for i in range(0, len(changes), UPDATE_BATCH):
            plan.append((UPDATES[label], changes[i:i + UPDATE_BATCH], f"{label} updates", "updates"))
    by_rel: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    new_rels: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in unit.rels:
        key = (r.type, schema.label_of_id(r.start), schema.label_of_id(r.end))
        (new_rels if r.start in new or r.end in new else by_rel)[key][r.id] = _rel_row(r)
    for (rtype, a, b), rows in by_rel.items():
        plan.append((rel_merge_statement(rtype, a, b), list(rows.values()), f"{rtype} ({a}→{b}) relationships", "relationships"))
    for r in unit.sole:
        key = (r.type, schema.label_of_id(r.start), schema.label_of_id(r.end))
        if key not in SOLE_STATEMENTS:
            raise SchemaError(f"{r.type} is not a relationship type an end node has one of ({', '.join(SOLE_TYPES)})")
        plan.append((SOLE_STATEMENTS[key], [_rel_row(r)], f"{r.type} ({key[1]}→{key[2]}) relationships", "relationships"))
    for (rtype, a, b), rows in new_rels.items():
        plan.append((CREATE_RELS[(rtype, a, b)], list(rows.values()), f"{rtype} ({a}→{b}) relationships", "relationships"))
    return plan


def run_plan(tx: ManagedTransaction, plan: list[PlanStep]) -> WriteStats:
    stats = WriteStats(transactions=1)
    for query, rows, what, kind in plan:
        if kind == "nodes":
            tx.run(query, rows=rows).consume()
            stats.nodes += len(rows)
            continue
        written = tx.run(query, rows=rows).single(strict=True)["written"]
        if written < len(rows):
            error = NotStored if kind == "updates" else InvalidData
            raise error(f"{len(rows) - written} of {len(rows)} {what} point at nodes that do not exist")
        if kind == "relationships":
            stats.relationships += written
        else:
            stats.updated += written
    return stats


def write_unit(graph: Graph, unit: Unit, schema: Schema | None = None) -> WriteStats:
    """Write all records in ONE managed transaction (retried on transient errors); all or nothing.

    Raises :class:`AlreadyStored` when a node the unit CREATEs was stored meanwhile (nothing is
    written), :class:`GraphUnavailable` when the connection is lost, :class:`WriteError` otherwise."""
    if not len(unit):
        return WriteStats()
    plan = plan_unit(unit, schema or load_schema())
    try:
        with graph.driver.session(database=graph.database) as session:
            return session.execute_write(run_plan, plan)
    except InvalidData:
        raise
    except (nx.ServiceUnavailable, nx.SessionExpired) as e:
        raise GraphUnavailable(f"lost the connection to the graph while writing: {e} — nothing of this batch was "
                               "stored; re-run the same command when the graph is back") from e
    except nx.Neo4jError as e:
        if unit.created and status_code(e) == CONSTRAINT_VIOLATION:
            # by the status code, then by the data: the only CREATEs of the plan are the new nodes
            # (everything else is MERGEd on its id), so a uniqueness violation is one of them when
            # one of their ids is in the graph now
            stored = _stored(graph, unit)
            if stored:
                raise AlreadyStored(f"a node of this batch was stored meanwhile by another run: "
                                    f"{', '.join(stored)}") from e
        raise WriteError(f"the graph refused a write ({e.code}): {e.message} — nothing of this batch was stored") from e
    except nx.DriverError as e:
        raise WriteError(f"the write failed ({type(e).__name__}: {e}) — nothing of this batch was stored") from e


def update_node(graph: Graph, label: str, node_id: str, props: dict[str, Any]) -> None:
    """Set some properties of the stored ``label`` node ``node_id`` in one transaction (``None``
    removes one; see :meth:`RecordFactory.update`). Raises :class:`NotStored` when there is no such
    node (an id of another label included)."""
    factory = RecordFactory()
    if node_id.partition(":")[0] not in factory.schema.by_prefix or factory.schema.label_of_id(node_id) != label:
        raise NotStored(f"no {label} {node_id!r} in the graph")
    write_unit(graph, Unit(updates=[factory.update(node_id, props)]), factory.schema)


def _stored(graph: Graph, unit: Unit) -> list[str]:
    """The ids of the unit's new nodes that are in the graph."""
    out: list[str] = []
    for label in sorted(unit.created):
        ids = sorted({n.id for n in unit.nodes if n.label == label})
        out += [r["id"] for r in graph.read(STORED[label], {"ids": ids})] if ids else []
    return sorted(out)


class Writer:
    """Bulk writer: accumulate records, flush every ``batch_size`` in one transaction each.

    Nodes are flushed before the relationships that need them: relationships wait in their own
    buffer until every node added so far has been written.
    """

    def __init__(self, graph: Graph, *, schema: Schema | None = None, batch_size: int = 2000, synthetic: bool = False) -> None:
        self.graph = graph
        self.schema = schema or load_schema()
        self.batch_size = batch_size
        self.records = RecordFactory(self.schema, synthetic=synthetic)
        self.stats = WriteStats()
        self._nodes: list[NodeRecord] = []
        self._rels: list[RelRecord] = []

    def node(self, label: str, props: dict[str, Any], *, source: str) -> str:
        rec = self.records.node(label, props, source=source)
        self.add(rec)
        return rec.id

    def rel(self, rel_type: str, start: str, end: str, props: dict[str, Any] | None = None, *, source: str) -> str:
        rec = self.records.rel(rel_type, start, end, props, source=source)
        self.add(rec)
        return rec.id

    def add(self, record: NodeRecord | RelRecord) -> None:
        if isinstance(record, NodeRecord):
            self._nodes.append(record)
            if len(self._nodes) >= self.batch_size:
                self._flush_nodes()
        else:
            self._rels.append(record)
            if len(self._rels) >= self.batch_size:
                self._flush_nodes()
                self._flush_rels()

    def extend(self, records: Iterable[NodeRecord | RelRecord]) -> None:
        for r in records:
            self.add(r)

    def _flush_nodes(self) -> None:
        while self._nodes:
            chunk, self._nodes = self._nodes[: self.batch_size], self._nodes[self.batch_size :]
            self.stats.add(write_unit(self.graph, Unit(nodes=chunk), self.schema))

    def _flush_rels(self) -> None:
        while self._rels:
            chunk, self._rels = self._rels[: self.batch_size], self._rels[self.batch_size :]
            self.stats.add(write_unit(self.graph, Unit(rels=chunk), self.schema))

    def flush(self) -> WriteStats:
        self._flush_nodes()
        self._flush_rels()
        return self.stats

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.flush()
