"""Business keys → node ids, against what the graph holds and what this load defines.

Before building, the loader asks the graph once (in chunks) for every node a row might refer to,
by the values in the reference columns (:data:`LOOKUP_STATEMENTS`). Rows then resolve from
memory; every node a good row defines is added, so later kinds see it. A reference that finds
nothing is a :class:`Reject` naming the column and what to do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import InvalidData
from graph.schema import Schema, load_schema, quote
from graph.types.names import id_key
from graph.types.text import view
from supervision.acts import number_key, number_writings

# (label, property) pairs a reference column can be looked up by; each has a registered statement.
LOOKUPS: tuple[tuple[str, str], ...] = (
    ("Agency", "name"),
    ("Agency", "aliases"),  # a list: matched element-wise (市财政局 …)
    ("Company", "name"),
    ("Company", "key"),
    ("Person", "name"),
    ("Official", "name"),
    ("Project", "project_no"),
    ("Bid", "project_no"),
    ("Case", "case_no"),
    ("Clue", "clue_no"),
    ("Mechanism", "name"),
    ("Meeting", "minutes_doc"),
)
# Properties the in-memory index is keyed by (values normalised with graph.types.names.id_key).
INDEXED = {label: tuple(p for lab, p in LOOKUPS if lab == label and p != "aliases") for label, _ in LOOKUPS}
CHUNK = 500
# looked-up properties that are document numbers: compared in the form two writings share
# (修发改纪要(2024)1号 = 修发改纪要〔2024〕1号), fetched in every writing
_NUMBERS = frozenset({("Meeting", "minutes_doc")})


def _key(label: str, prop: str, value: Any) -> str:
    return id_key(number_key(view(str(value))) if (label, prop) in _NUMBERS else value)


def _lookup_statement(label: str, prop: str) -> str:
    if prop == "aliases":
        where = f"any(a IN coalesce(n.{quote(prop)}, []) WHERE a IN $values)"
    else:
        where = f"n.{quote(prop)} IN $values"
    return cypher(
        f"tabular.lookup.{label}.{prop}",
        f"MATCH (n:{quote(label)}) WHERE {where} RETURN n.id AS id, properties(n) AS props",
        values=["x"],
    )


LOOKUP_STATEMENTS: dict[tuple[str, str], str] = {lp: _lookup_statement(*lp) for lp in LOOKUPS}


class Reject(InvalidData):
    """A row cannot be loaded: ``field`` is the column (canonical name) at fault, or None for the row;
    ``reason`` what is wrong (the loader adds the file and row)."""

    def __init__(self, field: str | None, reason: str) -> None:
        super().__init__(reason, field=field)


@dataclass
class Known:
    """Nodes known to exist: fetched from the graph or defined by an accepted row of this load."""

    schema: Schema = field(default_factory=load_schema)
    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    index: dict[tuple[str, str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    origin: dict[str, str] = field(default_factory=dict)          # id → "graph" or the defining row's place
    rejected: dict[tuple[str, str], str] = field(default_factory=dict)  # (label, normalised name) → row place

    def add(self, label: str, node_id: str, props: dict[str, Any], origin: str) -> None:
        old = self.nodes[label].get(node_id)
        self.nodes[label][node_id] = {**(old or {}), **props}
        self.origin.setdefault(node_id, origin)
        for prop in INDEXED.get(label, ()):
            value = props.get(prop)
            if value not in (None, ""):
                self.index[(label, prop, _key(label, prop, value))].add(node_id)
        if label == "Agency":
            for alias in props.get("aliases") or ():
                self.index[("Agency", "name", id_key(alias))].add(node_id)

    def has(self, label: str, node_id: str) -> bool:
        return node_id in self.nodes.get(label, {})

    def props(self, label: str, node_id: str) -> dict[str, Any]:
        return self.nodes[label][node_id]

    def find(self, label: str, prop: str, value: str) -> set[str]:
        return set(self.index.get((label, prop, _key(label, prop, value)), ()))

    def note_rejected(self, label: str, name: Any, where: str) -> None:
        if name not in (None, ""):
            self.rejected.setdefault((label, id_key(name)), where)

    def hint(self, label: str, name: str) -> str:
        where = self.rejected.get((label, id_key(name)))
        return f" (its own row, {where}, was rejected: fix that row first)" if where else ""

    def fetch(self, graph: Graph, wanted: dict[tuple[str, str], set[str]]) -> int:
        """Ask the graph for the nodes whose looked-up property has one of the wanted values."""
        queries = 0
        for (label, prop), values in wanted.items():
            vals = sorted({v for raw in values for v in (raw, id_key(raw))}
                          | ({w for raw in values for w in number_writings(view(raw))} if (label, prop) in _NUMBERS else set()))
            for i in range(0, len(vals), CHUNK):
                queries += 1
                for rec in graph.read(LOOKUP_STATEMENTS[(label, prop)], {"values": vals[i : i + CHUNK]}):
                    self.add(label, rec["id"], dict(rec["props"] or {}), "graph")
        return queries


def wanted_lookups(items: Iterable[tuple[tuple[tuple[str, str], ...], Any]]) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lookups, value in items:
        if value in (None, "", []):
            continue
        for lp in lookups:
            out[lp].update(str(v) for v in value) if isinstance(value, list) else out[lp].add(str(value))
    return out
