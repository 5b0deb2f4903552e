"""Judgements on identity: an investigator's decisions on whether two nodes are one party, on record.

>>> queue = review_queue(graph)                       # the SAME_AS_CANDIDATE pairs nobody decided yet
>>> j = merge(graph, keep, drop, user="li", reason="same ID card in the file")     # positive
>>> split(graph, j.id, user="li", reason="wrong person")                           # undoes it: negative
>>> reject(graph, a, b, user="li", reason="different birth years")                 # negative

As in nomenklatura's resolver, nothing is a silent edit: every decision is a ``Judgement`` node
(left, right, judgement positive | negative | unsure, user, at, reason). The canonical entity is
derived from them: a merge moves every relationship of the dropped node onto the kept one (the
moves are recorded on the judgement) and sets ``merged_into`` on the dropped node; a split moves
them back, clears ``merged_into``, marks the merge ``undone`` and records a negative judgement.
Ingestion (:class:`ingest.resolve.KnownIndex`) reads the negative judgements and never merges nor
offers such a pair again, and resolves a merged node's key to the node it went into.

An automatic merge made by the resolver at ingestion is undone with :func:`split_document`: the
relationships one document gave the node move to a new node scoped to that document. Those merges
are listed by :func:`auto_merges` (the evidence is on the document's MENTIONS, ingest/mapping.py)
and confirmed by :func:`confirm_auto` (a positive judgement between the node and the document).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from neo4j import ManagedTransaction

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import InvalidData
from graph.ids import make_id
from graph.schema import Schema, load_schema, quote
from graph.types.values import native
from graph.writer import RecordFactory, Unit, plan_unit, run_plan

RESOLVABLE = ("Person", "Official", "Company", "Agency")
KINDS = {"positive", "negative", "unsure"}

REVIEW_QUEUE = cypher(
    "judgements.review_queue",
    "MATCH (a)-[c:SAME_AS_CANDIDATE]->(b)\n"
    "WHERE coalesce(c.judgement, 'unsure') = 'unsure' AND a.merged_into IS NULL AND b.merged_into IS NULL\n"
    "RETURN a.id AS left, a.name AS left_name, labels(a)[0] AS left_label, b.id AS right, b.name AS right_name,\n"
    "  labels(b)[0] AS right_label, c.score AS score, c.reason AS reason, c.source AS source,\n"
    "  c.decided_by AS decided_by\n"
    "ORDER BY score DESC, left, right LIMIT $limit",
    limit=10,
)
JUDGEMENTS_OF = cypher(
    "judgements.of",
    "MATCH (j:Judgement) WHERE j.left IN $ids OR j.right IN $ids\n"
    "RETURN j.id AS id, j.left AS left, j.right AS right, j.judgement AS judgement, j.kind AS kind, j.user AS user,\n"
    "  j.at AS at, j.reason AS reason, j.undone AS undone, j.undone_by AS undone_by, j.moved AS moved ORDER BY at",
    ids=["person:0"],
)
JUDGEMENT = cypher(
    "judgements.one",
    "MATCH (j:Judgement {id: $id})\n"
    "RETURN j.id AS id, j.left AS left, j.right AS right, j.judgement AS judgement, j.kind AS kind, j.user AS user,\n"
    "  j.at AS at, j.reason AS reason, j.undone AS undone, j.moved AS moved",
    id="judgement:0",
)
NEGATIVE_PAIRS = cypher(
    "judgements.negative_pairs",
    "MATCH (j:Judgement) WHERE j.judgement = 'negative' AND j.undone IS NULL RETURN j.left AS left, j.right AS right",
)
UNDO = cypher(
    "judgements.undo",
    "MATCH (j:Judgement {id: $id}) SET j.undone = $at, j.undone_by = $user",
    writes=True, id="judgement:0", at=None, user="x",
)
DOCUMENT_SOURCE = cypher(
    "judgements.document_source",
    "MATCH (d:Document) WHERE d.id = $ref OR d.sha256 = $ref OR d.path = $ref RETURN d.id AS id, d.sha256 AS sha256",
    ref="doc:0",
)

# automatic merges made at ingestion: the MENTIONS that carry the resolver's evidence (ingest/mapping.py),
# one per document and node (its first mention), filtered, counted and paged in Cypher. The status is
# derived from the judgements (left, right indexed): split when a split judgement moved the document's
# relationships off onto this node, confirmed when a confirm judgement names the node and the document.
_AUTO_MATCH = (
    "MATCH (d:Document)-[m:MENTIONS]->(n) WHERE m.match_evidence IS NOT NULL\n"
    "  AND ($evidence IS NULL OR $evidence IN m.match_evidence) AND ($doc IS NULL OR d.id = $doc)\n"
    "WITH d, n, min(m.start) AS first\n"
    "OPTIONAL MATCH (s:Judgement) WHERE s.right = n.id AND s.kind = 'split' AND s.left <> n.id\n"
    "  AND s.moved CONTAINS ('doc:' + d.sha256)\n"
    "WITH d, n, first, count(s) AS splits\n"
    "OPTIONAL MATCH (c:Judgement) WHERE c.left = n.id AND c.right = d.id AND c.kind = 'confirm' AND c.undone IS NULL\n"
    "WITH d, n, first, splits, count(c) AS confirms\n"
    "WITH d, n, first, CASE WHEN splits > 0 THEN 'split' WHEN confirms > 0 THEN 'confirmed' ELSE 'pending' END AS status\n"
    "WHERE $status IS NULL OR status = $status\n"
)
_AUTO_PARAMS: dict[str, Any] = {"evidence": "sole_local", "status": "pending", "doc": None}
AUTO_MERGES = cypher(
    "judgements.auto_merges",
    _AUTO_MATCH
    + "MATCH (d)-[m:MENTIONS]->(n) WHERE m.start = first AND m.match_evidence IS NOT NULL\n"
    "RETURN n.id AS node, n.name AS name, labels(n)[0] AS label, d.id AS doc, d.path AS path, d.sha256 AS sha256,\n"
    "  m.text AS mention, m.start AS start, m.match_score AS score, m.match_evidence AS evidence, status,\n"
    "  m.match_reason AS reason, m.matched_at AS at, substring(d.text, CASE WHEN m.start > 30 THEN m.start - 30 ELSE 0 END, 80) AS snippet\n"
    "ORDER BY at DESC, path, start, node SKIP $skip LIMIT $limit",
    skip=0, limit=50, **_AUTO_PARAMS,
)
AUTO_MERGES_COUNT = cypher("judgements.auto_merges_count", _AUTO_MATCH + "RETURN count(*) AS total", **_AUTO_PARAMS)
_ALL = 1_000_000   # no limit asked for (ArcadeDB refuses a LIMIT near 2**31)


def _per_label(name: str, text: str, *, writes: bool = False, **params: Any) -> dict[str, str]:
    return {label: cypher(f"judgements.{name}.{label}", text.replace("LABEL", quote(label)), writes=writes, **params)
            for label in RESOLVABLE}


NODE = _per_label("node", "MATCH (n:LABEL {id: $id}) RETURN n.id AS id, n.name AS name, n.merged_into AS merged_into, "
                          "properties(n) AS props", id="person:0")
RELS_OUT = _per_label("rels_out", "MATCH (n:LABEL {id: $id})-[r]->(o) RETURN type(r) AS type, r.id AS id, properties(r) AS props, "
                                  "o.id AS other, o.name AS other_name, 'out' AS dir", id="person:0")
RELS_IN = _per_label("rels_in", "MATCH (n:LABEL {id: $id})<-[r]-(o) RETURN type(r) AS type, r.id AS id, properties(r) AS props, "
                                "o.id AS other, o.name AS other_name, 'in' AS dir", id="person:0")
DELETE_RELS = _per_label("delete_rels", "MATCH (n:LABEL {id: $id})-[r]-() WHERE r.id IN $ids DELETE r",
                         writes=True, id="person:0", ids=[])
NODES_MANY = _per_label("nodes_many", "UNWIND $ids AS id MATCH (n:LABEL {id: id}) RETURN n.id AS id, n.merged_into AS merged_into",
                        ids=["person:0"])
RELS_OUT_MANY = _per_label("rels_out_many", "UNWIND $ids AS nid MATCH (n:LABEL {id: nid})-[r]->(o) RETURN n.id AS node, "
                                            "type(r) AS type, r.id AS id, properties(r) AS props, o.id AS other, 'out' AS dir",
                           ids=["person:0"])
RELS_IN_MANY = _per_label("rels_in_many", "UNWIND $ids AS nid MATCH (n:LABEL {id: nid})<-[r]-(o) RETURN n.id AS node, "
                                          "type(r) AS type, r.id AS id, properties(r) AS props, o.id AS other, 'in' AS dir",
                          ids=["person:0"])
DELETE_RELS_MANY = _per_label("delete_rels_many", "UNWIND $rows AS row MATCH (n:LABEL {id: row.id})-[r]-() "
                                                  "WHERE r.id IN row.ids DELETE r", writes=True, rows=[])
SET_MERGED_MANY = _per_label("set_merged_many", "UNWIND $rows AS row MATCH (n:LABEL {id: row.id}) SET n.merged_into = row.into",
                             writes=True, rows=[])
SET_CANDIDATE_MANY = _per_label("set_candidate_many", "UNWIND $rows AS row MATCH (a:LABEL {id: row.a})-[c:SAME_AS_CANDIDATE]-"
                                                      "(b {id: row.b})\nSET c.judgement = row.judgement, c.decided_by = row.user, "
                                                      "c.decided_at = row.at", writes=True, rows=[])
SET_MERGED = _per_label("set_merged", "MATCH (n:LABEL {id: $id}) SET n.merged_into = $into", writes=True,
                        id="person:0", into=None)
MENTIONS_OF = _per_label("mentions", "MATCH (d:Document)-[m:MENTIONS]->(n:LABEL {id: $id})\n"
                                     "RETURN d.id AS doc, d.path AS path, m.start AS start, m.end AS end, "
                                     "substring(d.text, CASE WHEN m.start > 30 THEN m.start - 30 ELSE 0 END, 80) AS snippet "
                                     "ORDER BY path, start LIMIT 20", id="person:0")

# properties a moved relationship keeps (the rest are the writer's own)
_REL_SYSTEM = {"id", "source"}


@dataclass
class Judgement:
    id: str
    left: str
    right: str
    judgement: str
    user: str
    at: dt.datetime
    reason: str = ""
    kind: str = ""
    moved: list[dict[str, Any]] = field(default_factory=list)
    undone: dt.datetime | None = None


@dataclass
class AutoMerge:
    """An automatic merge made at ingestion: ``document`` read ``mention`` as the stored ``node``, on
    the evidence ``evidence`` (ingest/matching.py) with ``score``. ``status``: pending | confirmed
    (a positive judgement, :func:`confirm_auto`) | split (:func:`split_document`; ``split_to`` is the
    document's own node since)."""

    node: str
    name: str
    label: str
    document: str
    path: str
    mention: str
    start: int
    score: float
    evidence: tuple[str, ...]
    reason: str
    at: dt.datetime | None
    snippet: str
    status: str = "pending"
    decided_by: str | None = None
    split_to: str | None = None


class JudgementError(InvalidData):
    """A decision that cannot be applied (unknown node, mixed kinds, already merged, …)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def label_of(node_id: str, schema: Schema | None = None) -> str:
    label = (schema or load_schema()).label_of_id(node_id)
    if label not in RESOLVABLE:
        raise JudgementError(f"{node_id}: only {', '.join(RESOLVABLE)} nodes are judged")
    return label


def node(graph: Graph, node_id: str) -> dict[str, Any] | None:
    rows = graph.read(NODE[label_of(node_id)], {"id": node_id})
    return rows[0] if rows else None


def relationships(graph: Graph, node_id: str) -> list[dict[str, Any]]:
    label = label_of(node_id)
    return graph.read(RELS_OUT[label], {"id": node_id}) + graph.read(RELS_IN[label], {"id": node_id})


def review_queue(graph: Graph, *, limit: int = 100) -> list[dict[str, Any]]:
    return graph.read(REVIEW_QUEUE, {"limit": limit})


def judgements_of(graph: Graph, *ids: str) -> list[Judgement]:
    return [_judgement(r) for r in graph.read(JUDGEMENTS_OF, {"ids": list(ids)})]


def get(graph: Graph, judgement_id: str) -> Judgement | None:
    rows = graph.read(JUDGEMENT, {"id": judgement_id})
    return _judgement(rows[0]) if rows else None


def _judgement(r: dict[str, Any]) -> Judgement:
    at, undone = native(r["at"]), native(r.get("undone"))
    return Judgement(r["id"], r["left"], r["right"], r["judgement"], r["user"], at, r.get("reason") or "",
                     r.get("kind") or "", json.loads(r.get("moved") or "[]"), undone)


def profile(graph: Graph, node_id: str) -> dict[str, Any]:
    """One side of the side-by-side view: the node, its neighbours, documents and snippets, judgements."""
    n = node(graph, node_id)
    if n is None:
        raise JudgementError(f"no node {node_id}")
    rels = [r for r in relationships(graph, node_id) if r["type"] not in ("MENTIONS", "SAME_AS_CANDIDATE")]
    props = {k: v for k, v in (n["props"] or {}).items() if k not in ("sources",)}
    return {"id": node_id, "label": label_of(node_id), "name": n["name"], "props": props,
            "neighbours": [{"type": r["type"], "dir": r["dir"], "id": r["other"], "name": r["other_name"],
                            "position": (r["props"] or {}).get("position") or (r["props"] or {}).get("relation")}
                           for r in rels],
            "documents": graph.read(MENTIONS_OF[label_of(node_id)], {"id": node_id}),
            "judgements": judgements_of(graph, node_id)}


def auto_merges(graph: Graph, *, evidence: str | None = None, status: str | None = None,
                limit: int | None = None, offset: int = 0, document: str | None = None) -> list[AutoMerge]:
    """The automatic merges made at ingestion, newest first: one per node and document (its first
    mention), with the evidence the resolver recorded; ``evidence``: only those whose evidence holds
    that term (``sole_local``); ``status``: only pending, confirmed or split ones; ``document``: only
    that document's (its id). Filtered and paged in Cypher: ``offset`` rows skipped, at most ``limit``
    returned (:func:`count_auto_merges` counts them all)."""
    if limit is not None and limit < 0 or offset < 0:
        raise JudgementError("limit and offset cannot be negative")
    params = {"evidence": evidence, "status": status, "doc": document, "skip": offset,
              "limit": _ALL if limit is None else limit}
    rows, shas = [], {}
    for r in graph.read(AUTO_MERGES, params):
        shas[r["doc"]] = r["sha256"]
        rows.append(AutoMerge(r["node"], r["name"] or "", r["label"], r["doc"], r["path"] or "", r["mention"] or "",
                              int(r["start"]), float(r["score"] or 0.0), tuple(r["evidence"] or ()), r["reason"] or "",
                              native(r["at"]), (r["snippet"] or "").replace("\n", " "), r["status"]))
    decided = judgements_of(graph, *{m.node for m in rows if m.status != "pending"})
    for m in rows:   # who decided, and for a split the node the merge went into (the row's node is the new one)
        if m.status == "split":
            split_off = [j for j in decided if j.kind == "split" and j.right == m.node and j.left != m.node
                         and any(mv.get("source") == f"doc:{shas[m.document]}" for mv in j.moved)]
            if split_off:
                m.split_to, m.node, m.decided_by = m.node, split_off[-1].left, split_off[-1].user
        elif m.status == "confirmed":
            confirmed = [j for j in decided if j.kind == "confirm" and j.left == m.node and j.right == m.document
                         and j.undone is None]
            m.decided_by = confirmed[-1].user if confirmed else None
    return rows


def count_auto_merges(graph: Graph, *, evidence: str | None = None, status: str | None = None) -> int:
    """How many automatic merges :func:`auto_merges` lists with the same filters, over all pages."""
    rows = graph.read(AUTO_MERGES_COUNT, {"evidence": evidence, "status": status, "doc": None})
    return int(rows[0]["total"]) if rows else 0


def confirm_auto(graph: Graph, node_id: str, document: str, *, user: str, reason: str = "") -> Judgement:
    """A positive judgement on an automatic merge made at ingestion: ``document`` (its id, sha256 or
    path) did mean ``node_id`` (left: the node, right: the document). It moves nothing; the merge
    leaves the list of those pending (:func:`auto_merges`); ``split_document`` still undoes it."""
    doc_id = _document(graph, document)["id"]
    rows = [m for m in auto_merges(graph, document=doc_id) if m.node == node_id]
    if not rows:
        raise JudgementError(f"{document} made no automatic merge into {node_id}: nothing to confirm")
    if rows[0].status == "split":
        raise JudgementError(f"{document} was split off {node_id} already (into {rows[0].split_to}): "
                             "nothing to confirm")
    j = _new(node_id, doc_id, "positive", user, reason or f"confirmed what {document} said", "confirm")

    def work(tx: ManagedTransaction) -> None:
        _write_judgement(tx, j)

    _write(graph, work)
    return j


# ----------------------------------------------------------------------------------- decisions
def record(graph: Graph, left: str, right: str, judgement: str, *, user: str, reason: str = "",
           kind: str | None = None) -> Judgement:
    """Record a judgement without moving anything (negative and unsure decisions)."""
    if judgement not in KINDS:
        raise JudgementError(f"judgement must be one of {', '.join(sorted(KINDS))}")
    for nid in (left, right):
        if node(graph, nid) is None:
            raise JudgementError(f"no node {nid}")
    j = _new(left, right, judgement, user, reason, kind or {"negative": "reject", "unsure": "unsure"}.get(judgement, "merge"))

    def work(tx: ManagedTransaction) -> None:
        _write_judgement(tx, j)

    _write(graph, work)
    return j


def reject(graph: Graph, a: str, b: str, *, user: str, reason: str = "") -> Judgement:
    """A negative judgement: a and b are two parties — never merged nor offered again."""
    return record(graph, a, b, "negative", user=user, reason=reason, kind="reject")


def unsure(graph: Graph, a: str, b: str, *, user: str, reason: str = "") -> Judgement:
    return record(graph, a, b, "unsure", user=user, reason=reason, kind="unsure")


def merge(graph: Graph, keep: str, drop: str, *, user: str, reason: str = "") -> Judgement:
    """A positive judgement: ``drop`` is ``keep``. Its relationships move to ``keep`` (recorded, so a
    split can move them back) and it is marked ``merged_into``."""
    return merge_many(graph, [(keep, drop, reason)], user=user)[0]


def merge_many(graph: Graph, pairs: Sequence[tuple[str, str, str]], *, user: str) -> list[Judgement]:
    """Several positive judgements (keep, drop, reason) at once — each exactly as :func:`merge`, read
    with a few batched queries and written in ONE transaction (the matter rule's joins after an ingest)."""
    if not pairs:
        return []
    schema = load_schema()
    for keep, drop, _ in pairs:
        a, b = label_of(keep, schema), label_of(drop, schema)
        if keep == drop:
            raise JudgementError("a node cannot be merged with itself")
        if a != b and {a, b} != {"Person", "Official"}:
            raise JudgementError(f"{keep} is a {a} and {drop} a {b}: only the same kind of party (or a person and an "
                                 "official) can be one")
    ids = sorted({x for keep, drop, _ in pairs for x in (keep, drop)})
    by_label: dict[str, list[str]] = defaultdict(list)
    for x in ids:
        by_label[label_of(x, schema)].append(x)
    merged: dict[str, Any] = {}
    rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, group in by_label.items():
        for r in graph.read(NODES_MANY[label], {"ids": group}):
            merged[r["id"]] = r["merged_into"]
        for r in graph.read(RELS_OUT_MANY[label], {"ids": group}) + graph.read(RELS_IN_MANY[label], {"ids": group}):
            rels[r["node"]].append(r)
    for keep, drop, _ in pairs:
        for x in (keep, drop):
            if x not in merged:
                raise JudgementError(f"no node {x}")
            if merged[x]:
                raise JudgementError(f"{x} was merged already; decide on the node it went into")
    factory = RecordFactory(schema)
    unit = Unit()
    done: list[Judgement] = []
    deletes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for keep, drop, reason in pairs:
        j = _new(keep, drop, "positive", user, reason, "merge")
        existing = {r["id"] for r in rels[keep]}
        moves = []
        for r in rels[drop]:
            if r["type"] == "SAME_AS_CANDIDATE" or r["other"] in (keep, drop):
                continue
            props = {k: native(v) for k, v in (r["props"] or {}).items() if k not in _REL_SYSTEM and k != "synthetic"}
            start, end = (keep, r["other"]) if r["dir"] == "out" else (r["other"], keep)
            rec = factory.rel(r["type"], start, end, props, source=(r["props"] or {}).get("source") or f"judgement:{j.id}")
            unit.rels.append(rec)
            moves.append({"type": r["type"], "old": r["id"], "new": rec.id, "dir": r["dir"], "other": r["other"],
                          "props": _jsonable(props), "source": rec.source, "existed": rec.id in existing})
        j.moved = moves
        unit.nodes.append(_judgement_record(factory, j))
        deletes[label_of(drop, schema)].append({"id": drop, "ids": [m["old"] for m in moves], "into": keep})
        done.append(j)
    plan = plan_unit(unit, schema)

    def work(tx: ManagedTransaction) -> None:
        run_plan(tx, plan)
        for label, rows in deletes.items():
            tx.run(DELETE_RELS_MANY[label], rows=rows).consume()
            tx.run(SET_MERGED_MANY[label], rows=rows).consume()
        _mark_candidates(tx, done, schema)

    _write(graph, work)
    return done


def split(graph: Graph, judgement_id: str, *, user: str, reason: str = "") -> Judgement:
    """Undo a merge: its relationships go back to the dropped node, which is a node again; a negative
    judgement keeps the two apart from then on. Returns that negative judgement."""
    j = get(graph, judgement_id)
    if j is None or j.judgement != "positive":
        raise JudgementError(f"{judgement_id}: no merge (positive judgement) by that id")
    if j.undone is not None:
        raise JudgementError(f"{judgement_id} was undone already")
    schema = load_schema()
    keep, drop = j.left, j.right
    unit = Unit()
    for m in j.moved:
        start, end = (drop, m["other"]) if m["dir"] == "out" else (m["other"], drop)
        unit.rels.append(_rel_record(schema, m["type"], start, end, m["old"], m["props"], m["source"]))
    plan = plan_unit(unit, schema)
    neg = _new(keep, drop, "negative", user, reason, "split")
    now = neg.at

    def work(tx: ManagedTransaction) -> None:
        tx.run(DELETE_RELS[label_of(keep, schema)], id=keep,
               ids=[m["new"] for m in j.moved if not m.get("existed")]).consume()
        tx.run(SET_MERGED[label_of(drop, schema)], id=drop, into=None).consume()
        run_plan(tx, plan)
        tx.run(UNDO, id=j.id, at=now, user=user).consume()
        _write_judgement(tx, neg)

    _write(graph, work)
    return neg


def split_document(graph: Graph, node_id: str, document: str, *, user: str, reason: str = "") -> Judgement:
    """Undo an automatic merge made at ingestion: what ``document`` (its id, sha256 or path) gave
    ``node_id`` moves to a new person scoped to that document, kept apart by a negative judgement."""
    schema = load_schema()
    label = label_of(node_id, schema)
    if label not in ("Person", "Official"):
        raise JudgementError("only a person's automatic merge is split by document")
    source = f"doc:{_document(graph, document)['sha256']}"
    n = node(graph, node_id)
    if n is None:
        raise JudgementError(f"no node {node_id}")
    rels = [r for r in relationships(graph, node_id)
            if (r["props"] or {}).get("source") == source and r["type"] != "SAME_AS_CANDIDATE"]
    if not rels:
        raise JudgementError(f"{document} gave {node_id} no relationship: nothing to split")
    factory = RecordFactory(schema)
    fresh = factory.node("Person", {"name": n["name"], "context": source}, source=source)
    unit = Unit(nodes=[fresh])
    moves = []
    for r in rels:
        props = {k: native(v) for k, v in (r["props"] or {}).items() if k not in _REL_SYSTEM and k != "synthetic"}
        start, end = (fresh.id, r["other"]) if r["dir"] == "out" else (r["other"], fresh.id)
        rec = factory.rel(r["type"], start, end, props, source=source)
        unit.rels.append(rec)
        moves.append({"type": r["type"], "old": r["id"], "new": rec.id, "dir": r["dir"], "other": r["other"],
                      "props": _jsonable(props), "source": source})
    neg = _new(node_id, fresh.id, "negative", user, reason or f"split off what {document} said", "split")
    neg.moved = moves
    plan = plan_unit(unit, schema)

    def work(tx: ManagedTransaction) -> None:
        run_plan(tx, plan)
        tx.run(DELETE_RELS[label], id=node_id, ids=[m["old"] for m in moves]).consume()
        _write_judgement(tx, neg)

    _write(graph, work)
    return neg


# ------------------------------------------------------------------------------------ helpers
def _document(graph: Graph, ref: str) -> dict[str, Any]:
    """The one Document whose id, sha256 or path is ``ref`` (its id and sha256)."""
    docs = graph.read(DOCUMENT_SOURCE, {"ref": ref})
    if len(docs) != 1:
        raise JudgementError(f"{ref}: {'no' if not docs else 'more than one'} document by that id, sha256 or path")
    return docs[0]


def _new(left: str, right: str, judgement: str, user: str, reason: str, kind: str) -> Judgement:
    if not user.strip():
        raise JudgementError("a judgement needs the user who made it")
    at = _now()
    return Judgement(make_id("judgement", left, right, judgement, kind, at.isoformat()), left, right, judgement, user.strip(), at,
                     reason, kind)


def _judgement_record(factory: RecordFactory, j: Judgement) -> Any:
    return factory.node("Judgement", {
        "id": j.id, "left": j.left, "right": j.right, "judgement": j.judgement, "user": j.user, "at": j.at,
        "reason": j.reason or None, "kind": j.kind, "moved": json.dumps(j.moved, ensure_ascii=False) if j.moved else None,
    }, source=f"judgement:{j.user}")


def _write_judgement(tx: ManagedTransaction, j: Judgement) -> None:
    schema = load_schema()
    run_plan(tx, plan_unit(Unit(nodes=[_judgement_record(RecordFactory(schema), j)]), schema))
    if j.kind == "confirm":  # a node and a document: no candidate pair between them
        return
    _mark_candidates(tx, [j], schema)


def _mark_candidates(tx: ManagedTransaction, decided: Sequence[Judgement], schema: Schema) -> None:
    """Each judgement's decision on the SAME_AS_CANDIDATE pair between its two nodes (either way)."""
    for label in RESOLVABLE:
        rows = [{"a": a, "b": b, "judgement": j.judgement, "user": j.user, "at": j.at}
                for j in decided for a, b in ((j.left, j.right), (j.right, j.left)) if label_of(a, schema) == label]
        if rows:
            tx.run(SET_CANDIDATE_MANY[label], rows=rows).consume()


def _rel_record(schema: Schema, rtype: str, start: str, end: str, rel_id: str, props: dict[str, Any], source: str) -> Any:
    from graph.writer import RelRecord

    clean = schema.clean_rel_props(rtype, props)
    return RelRecord(rtype, start, end, rel_id, clean, source)


def _jsonable(props: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in props.items():
        if hasattr(v, "iso_format"):
            v = v.iso_format()
        elif isinstance(v, (dt.date, dt.datetime)):
            v = v.isoformat()
        out[k] = v
    return out


def _write(graph: Graph, work: Any) -> None:
    with graph.driver.session(database=graph.database) as session:
        session.execute_write(work)


__all__ = [
    "AutoMerge",
    "Judgement",
    "JudgementError",
    "auto_merges",
    "confirm_auto",
    "count_auto_merges",
    "get",
    "judgements_of",
    "merge",
    "merge_many",
    "profile",
    "record",
    "reject",
    "review_queue",
    "split",
    "split_document",
    "unsure",
]
