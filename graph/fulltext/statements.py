"""Reading the searched values from the graph: the per-label Cypher (catalog names
``fulltext.values|page|count|ids|scan.<Label>``) and :func:`read_values`."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from graph.catalog import cypher
from graph.fulltext.fields import _BRACKETS, FIELDS
from graph.schema import quote

if TYPE_CHECKING:  # graph.connection creates the index through graph.ddl: no import cycle
    from graph.connection import Graph


def _return_fields(label: str) -> str:
    f = FIELDS[label]
    props = dict.fromkeys(("id", *f.names, *f.lists, *f.numbers, *f.texts))
    return ", ".join(f"{quote(p)}: n.{quote(p)}" for p in props)


def values_statement(label: str) -> str:
    """The searched values of the nodes of one label with the given ids."""
    return f"MATCH (n:{quote(label)}) WHERE n.id IN $ids\nRETURN n {{{_return_fields(label)}}} AS props"


def page_statement(label: str) -> str:
    """The searched values of one label, a page at a time (ids after ``$after``)."""
    return (f"MATCH (n:{quote(label)}) WHERE n.id > $after\nWITH n ORDER BY n.id LIMIT $batch\n"
            f"RETURN n {{{_return_fields(label)}}} AS props")


def count_statement(label: str) -> str:
    """How many nodes of one label: what tells the side index it is behind."""
    return f"MATCH (n:{quote(label)}) RETURN count(n) AS c"


def ids_statement(label: str) -> str:
    return f"MATCH (n:{quote(label)}) RETURN n.id AS id"


def _number_expr(expr: str) -> str:
    for a, b in _BRACKETS.items():
        expr = f"replace({expr}, '{a}', '{b}')"
    return f"toLower(replace({expr}, ' ', ''))"


def scan_statement(label: str) -> str:
    """``CONTAINS`` over one label's names (as written, simplified or traditional) and numbers."""
    f = FIELDS[label]
    conds = [f"any(q IN $qs WHERE toLower(coalesce(n.{quote(p)}, '')) CONTAINS q)" for p in (*f.names, *f.texts)]
    conds += [f"any(a IN coalesce(n.{quote(p)}, []) WHERE any(q IN $qs WHERE toLower(a) CONTAINS q))" for p in f.lists]
    conds += [f"any(q IN $qns WHERE {_number_expr(f'coalesce(n.{quote(p)}, {chr(39)}{chr(39)})')} CONTAINS q)" for p in f.numbers]
    return (f"MATCH (n:{quote(label)})\nWHERE NOT n.id IN $exclude AND ({' OR '.join(conds)})\n"
            f"RETURN n.id AS id LIMIT $fetch")


VALUES = {label: cypher(f"fulltext.values.{label}", values_statement(label), ids=["x:0"]) for label in FIELDS}
PAGE = {label: cypher(f"fulltext.page.{label}", page_statement(label), after="", batch=10) for label in FIELDS}
COUNT = {label: cypher(f"fulltext.count.{label}", count_statement(label)) for label in FIELDS}
IDS = {label: cypher(f"fulltext.ids.{label}", ids_statement(label)) for label in FIELDS}
SCAN = {label: cypher(f"fulltext.scan.{label}", scan_statement(label), qs=["x"], qns=["x"], exclude=[], fetch=5)
        for label in FIELDS}


@functools.lru_cache(maxsize=1)
def _prefixes() -> dict[str, str]:
    from graph.schema import load_schema

    schema = load_schema()
    return {schema.node(lab).prefix: lab for lab in FIELDS}


def read_values(graph: Graph, ids: dict[str, str] | Iterable[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """``{id: (label, searched values)}`` of the given nodes (``{id: label}``, or ids whose prefix names the label)."""
    labelled = ids if isinstance(ids, dict) else {i: _prefixes().get(i.partition(":")[0], "") for i in ids}
    by_label: dict[str, list[str]] = {}
    for node_id, label in labelled.items():
        if label in FIELDS:
            by_label.setdefault(label, []).append(node_id)
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for label, chunk in by_label.items():
        for row in graph.read(VALUES[label], {"ids": chunk}):
            props = dict(row["props"])
            out[str(props["id"])] = (label, props)
    return out
