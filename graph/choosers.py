"""Choosers that tell things apart: a name or an id typed by a user → one node, or the candidates.

>>> choose_entity(graph, "许子晓", ("Official", "Person"))      # doctest: +SKIP
{'id': 'official:…', 'label': 'Official', 'name': '许子晓', 'detail': '示例县教育局 副局长'}

An id (``official:…``) is taken as it is when the node exists. A name is looked up exactly (NFKC,
traditional → simplified as stored); without an exact hit, names containing it. One hit is the
answer; several raise :class:`Ambiguous` (the CLI exits 2 and prints them), each with what tells
it apart — the agency and post of an official, the organisations and relatives of a person, the
credit code and region of a company, the region of an agency. Nothing is ever picked silently.
Merged nodes (``merged_into``) are never offered.
"""

from __future__ import annotations

import re
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.schema import quote

LABELS = ("Official", "Person", "Company", "Agency", "Project")
_ID = re.compile(r"^[a-z_]+:[0-9a-f]{8,}$")

_DETAIL = {
    "Official": "head([(n)-[w:WORKS_AT]->(a:Agency) | a.name + ' ' + coalesce(w.position, '')])",
    "Person": "reduce(s = '', x IN [(n)-[r:WORKS_AT|LEGAL_REP_OF|SHAREHOLDER_OF|MANAGES|CONTROLS]->(o) | "
              "o.name + ' ' + coalesce(r.position, type(r))][..3] + [(n)-[f:FAMILY]-(m) | coalesce(f.relation, '亲属') + ' ' + m.name][..2] | "
              "s + CASE WHEN s = '' THEN '' ELSE '; ' END + x)",
    "Company": "coalesce(n.credit_code, '') + ' ' + coalesce(n.region, '')",
    "Agency": "coalesce(n.region, '') + ' ' + coalesce(n.kind, '')",
    "Project": "coalesce(n.name, '') + ' ' + coalesce(n.region, '')",
}
_NAME = {"Project": "project_no"}


def _statement(label: str, how: str) -> str:
    prop = _NAME.get(label, "name")
    cond = {"id": "n.id = $q", "exact": f"n.{prop} = $q", "like": f"n.{prop} CONTAINS $q"}[how]
    return cypher(
        f"choosers.{how}.{label}",
        f"MATCH (n:{quote(label)}) WHERE {cond} AND n.merged_into IS NULL\n"
        f"RETURN n.id AS id, n.{prop} AS name, {_DETAIL[label]} AS detail ORDER BY name, id LIMIT 50",
        q="许子晓",
    )


FIND = {(label, how): _statement(label, how) for label in LABELS for how in ("id", "exact", "like")}


DETAILS = {
    label: cypher(f"choosers.details.{label}",
                  f"UNWIND $ids AS id\nMATCH (n:{quote(label)} {{id: id}})\nRETURN n.id AS id, {_DETAIL[label]} AS detail",
                  ids=["official:0"])
    for label in LABELS
}


def details(graph: Graph, ids: list[str]) -> dict[str, str]:
    """What tells each node apart from its namesakes (agency and post, organisations and relatives,
    credit code and region …), for the choosers of the app and the CLI. Ids of other labels are skipped."""
    from graph.schema import load_schema

    schema = load_schema()
    by_label: dict[str, list[str]] = {}
    for i in ids:
        try:
            label = schema.label_of_id(i)
        except LiandongError:
            continue
        if label in DETAILS:
            by_label.setdefault(label, []).append(i)
    out: dict[str, str] = {}
    for label, group in by_label.items():
        for r in graph.read(DETAILS[label], {"ids": group}):
            if (r["detail"] or "").strip():
                out[r["id"]] = str(r["detail"]).strip()
    return out


class Ambiguous(LiandongError):
    """A name that fits several nodes: the user must choose (the CLI exits 2 with the candidates)."""

    exit_code = 2

    def __init__(self, ref: str, candidates: list[dict[str, Any]]) -> None:
        self.ref = ref
        self.candidates = candidates
        lines = "\n".join(f"  {describe(c)}" for c in candidates)
        super().__init__(f"{ref!r} fits {len(candidates)} entities — give one of these ids:\n{lines}")


class NotFound(LiandongError, LookupError):
    """No node by that id or name (or none the viewer may see). Also a ``LookupError``."""


def describe(c: dict[str, Any]) -> str:
    detail = (c.get("detail") or "").strip()
    return f"{c['id']}  {c['name']} ({c['label']}{', ' + detail if detail else ''})"


def candidates(graph: Graph, ref: str, labels: tuple[str, ...] = LABELS) -> list[dict[str, Any]]:
    """Every node of ``labels`` the reference may mean: the id, else exact names, else containing ones."""
    q = ref.strip()
    labels = tuple(label for label in labels if label in LABELS)
    if _ID.match(q):
        rows = [dict(r, label=label) for label in labels for r in graph.read(FIND[(label, "id")], {"q": q})]
        if rows:
            return rows
    for how in ("exact", "like"):
        if how == "like" and len(q) < 2:
            break
        rows = [dict(r, label=label) for label in labels for r in graph.read(FIND[(label, how)], {"q": q})]
        if rows:
            return rows
    return []


def choose_entity(graph: Graph, ref: str, labels: tuple[str, ...] = LABELS) -> dict[str, Any]:
    """The one node ``ref`` means, or :class:`Ambiguous` / :class:`NotFound`."""
    found = candidates(graph, ref, labels)
    if not found:
        raise NotFound(f"no {' or '.join(labels)} {ref!r} in the graph — give its name or id")
    if len(found) > 1:
        raise Ambiguous(ref, found)
    return found[0]


# what a saved query's id parameter may hold, by its name
PARAM_LABELS: dict[str, tuple[str, ...]] = {
    "agency_id": ("Agency",), "official_id": ("Official",), "person_id": ("Person", "Official"),
    "company_id": ("Company",), "project_id": ("Project",),
}


def looks_like_id(value: str) -> bool:
    """``official:e958…``: a known id prefix, a colon, no spaces."""
    from graph.schema import load_schema

    prefix, colon, rest = value.strip().partition(":")
    return bool(colon and rest and " " not in rest and prefix in load_schema().by_prefix)


def param_labels(name: str, declared: tuple[str, ...] | None = None) -> tuple[str, ...] | None:
    """The labels an ``…_id`` parameter can name (None: not an entity parameter)."""
    if declared:
        return declared
    if name in PARAM_LABELS:
        return PARAM_LABELS[name]
    if name.endswith("_id"):
        return ("Official", "Person", "Company", "Agency")
    return None
