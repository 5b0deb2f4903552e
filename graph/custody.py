"""Thread custody, read from the graph: who holds a clue or case now, and how it got there.

A thread's history is its dated ``Event`` nodes (``(thread)-[:HAS_EVENT]->(e)``, ordered by
``date`` then ``seq``). Custody changes on four kinds — opening (``violation_found``),
transfer (``case_transferred``), return (``case_returned``) and forward (``case_forwarded``) —
and the holder is the ``TO`` agency of the last of them (the ``BY`` agency for an opening).
The history's records are :mod:`supervision.history`'s; :mod:`graph.lifecycle` keeps
``(:Agency)-[:HOLDS]->(thread)`` equal to the derived holder in the same transaction as each event;
:func:`custody` returns both, so a disagreement is visible.

>>> c = custody(graph, "XS-2024-001")        # doctest: +SKIP
>>> c.holder_name, [h.kind for h in c.hops]  # doctest: +SKIP
('示例市公安局', ['violation_found', 'case_transferred', 'case_returned', ...])
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.schema import quote
from graph.types.values import native
from supervision.history import (
    EventRow,
    Hop,
    ReferralInfo,
    ThreadHistory,
)

THREAD_LABELS = ("Clue", "Case")
NUMBER_PROP = {"Clue": "clue_no", "Case": "case_no"}


class UnknownThread(LiandongError):
    """No clue or case with that id or number."""


class UnknownAgency(LiandongError):
    """No agency with that id, name or alias — or several."""


class AmbiguousAgency(UnknownAgency):
    """Several agencies fit what was typed: the user chooses (the CLI exits 2 with the candidates)."""

    exit_code = 2

    def __init__(self, ref: str, candidates: list[dict[str, Any]]) -> None:
        self.candidates = candidates
        lines = "\n".join(f"  {c['id']}  {c['name']} ({c.get('region') or '?'}, {c.get('kind') or '?'})" for c in candidates)
        super().__init__(f"{ref!r} fits {len(candidates)} agencies — give the full name or the id of one:\n{lines}")


def _events_statement(label: str) -> str:
    return cypher(
        f"custody.events.{label}",
        f"MATCH (t:{quote(label)} {{id: $id}})\n"
        "OPTIONAL MATCH (t)-[:HAS_EVENT]->(e:Event)\n"
        f"RETURN t.id AS thread, t.{NUMBER_PROP[label]} AS number, e.id AS id, e.kind AS kind, e.date AS date, e.seq AS seq,\n"
        "  e.agency_id AS agency_id, e.reason AS reason,\n"
        "  head([(e)-[:TO]->(b:Agency) | b.id]) AS to_id,\n"
        "  [(r:Referral)-[:HAS_EVENT]->(e) | r.id] AS referrals,\n"
        "  head([(e)-[:EVIDENCED_BY]->(d:Document) | d.doc_no]) AS doc_no\n"
        "ORDER BY date, seq",
        id=f"{label.lower()}:0",
    )


EVENTS = {label: _events_statement(label) for label in THREAD_LABELS}

REFERRALS_OF = {
    label: cypher(
        f"custody.referrals.{label}",
        f"MATCH (t:{quote(label)} {{id: $id}})<-[:CONCERNS]-(r:Referral)\n"
        "RETURN r.id AS id, r.doc_no AS doc_no, r.from_agency AS from_agency, r.to_agency AS to_agency,\n"
        "  r.kind AS kind, r.sent AS sent, r.materials AS materials,\n"
        "  head([(r)-[:EVIDENCED_BY]->(d:Document) | d.id]) AS doc_id",
        id=f"{label.lower()}:0",
    )
    for label in THREAD_LABELS
}

HOLDERS = {
    label: cypher(
        f"custody.holders.{label}",
        f"MATCH (t:{quote(label)} {{id: $id}})<-[h:HOLDS]-(a:Agency)\nRETURN a.id AS id, h.since AS since",
        id=f"{label.lower()}:0",
    )
    for label in THREAD_LABELS
}

FIND_THREAD = cypher(
    "custody.find_thread",
    "MATCH (t:Clue) WHERE t.clue_no = $no OR t.id = $no RETURN t.id AS id\n"
    "UNION\n"
    "MATCH (t:Case) WHERE t.case_no = $no OR t.id = $no RETURN t.id AS id",
    no="XS-0",
)

HELD_BY = cypher(
    "custody.held_by",
    "MATCH (a:Agency {id: $agency})-[h:HOLDS]->(t)\n"
    "WHERE t:Clue OR t:Case\n"
    "RETURN t.id AS id, coalesce(t.clue_no, t.case_no) AS number, coalesce(t.summary, t.title) AS summary,\n"
    "  h.since AS since\n"
    "ORDER BY since, number",
    agency="agency:0",
)

FIND_AGENCY = cypher(
    "custody.find_agency",
    "MATCH (a:Agency) WHERE a.id = $q OR a.name = $q OR $q IN coalesce(a.aliases, [])\n"
    "RETURN a.id AS id, a.name AS name, a.region AS region, a.level AS level, a.kind AS kind\n"
    "ORDER BY name",
    q="示例县财政局",
)

FIND_AGENCY_LIKE = cypher(
    "custody.find_agency_like",
    "MATCH (a:Agency) WHERE a.name CONTAINS $q AND a.merged_into IS NULL\n"
    "RETURN a.id AS id, a.name AS name, a.region AS region, a.level AS level, a.kind AS kind\n"
    "ORDER BY name LIMIT 50",
    q="财政局",
)

AGENCY_NAMES = cypher(
    "custody.agency_names",
    "MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name, a.level AS level",
    ids=["agency:0"],
)


def label_of(thread_id: str) -> str:
    label = {"clue": "Clue", "case": "Case"}.get(thread_id.partition(":")[0])
    if label is None:
        raise UnknownThread(f"{thread_id!r} is not a clue or case id (clue:… or case:…)")
    return label


def read_history(run: Any, thread_id: str) -> ThreadHistory | None:
    """The thread's history; ``run(query, params) -> list[dict]`` (a Graph's read or a transaction)."""
    label = label_of(thread_id)
    rows = run(EVENTS[label], {"id": thread_id})
    if not rows:
        return None
    events = [
        EventRow(r["id"], r["kind"], native(r["date"]), int(r["seq"]), r["agency_id"], r["to_id"], r["reason"],
                 tuple(r["referrals"] or ()), r["doc_no"])
        for r in rows if r["id"] is not None
    ]
    refs = {
        r["id"]: ReferralInfo(r["id"], r["doc_no"], r["from_agency"], r["to_agency"], r["kind"] or "transfer",
                              native(r["sent"]), tuple(r["materials"] or ()), r["doc_id"])
        for r in run(REFERRALS_OF[label], {"id": thread_id})
    }
    holders = run(HOLDERS[label], {"id": thread_id})
    since = native(holders[0]["since"]) if len(holders) == 1 else None
    return ThreadHistory(thread_id, label, events, refs, sorted(h["id"] for h in holders), since, rows[0]["number"])


def resolve_thread(graph: Graph, ref: str) -> str:
    """A clue/case id, or its clue_no / case_no, -> its id."""
    rows = graph.read(FIND_THREAD, {"no": ref.strip()})
    ids = sorted({r["id"] for r in rows})
    if not ids:
        raise UnknownThread(f"no clue or case {ref!r} in the graph — give its id (clue:…/case:…) or its number")
    if len(ids) > 1:
        raise UnknownThread(f"{ref!r} names several threads ({', '.join(ids)}) — give the id instead")
    return ids[0]


def resolve_agency(graph: Graph, ref: str) -> dict[str, Any]:
    """An agency id, full name or alias -> {id, name, region, level, kind}; never a silent pick.

    The id, a full name only one agency has, or an alias only one agency has (and no other agency's
    name contains) is the answer. Several agencies fitting the name, an alias or part of a name raise
    :class:`AmbiguousAgency` with them (the CLI exits 2): 财政局 fits every finance bureau. A part
    of a name that fits one agency only is not taken for it: the error names it."""
    q = ref.strip()
    rows = graph.read(FIND_AGENCY, {"q": q})
    for r in rows:
        if r["id"] == q:
            return r
    named = [r for r in rows if r["name"] == q]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise AmbiguousAgency(ref, named)
    alias = {r["id"]: r for r in rows}
    like = {r["id"]: r for r in graph.read(FIND_AGENCY_LIKE, {"q": q})} if len(q) >= 2 else {}
    if len(alias) == 1 and set(like) <= set(alias):
        return next(iter(alias.values()))
    pool = {**like, **alias}
    if len(pool) > 1:
        raise AmbiguousAgency(ref, sorted(pool.values(), key=lambda r: (r["name"], r["id"])))
    hint = "".join(f" — did you mean {r['name']} ({r['id']})?" for r in pool.values())
    raise UnknownAgency(f"no agency {ref!r} in the graph{hint or ' — use its full name or id (load reference data first)'}")


def agency_names(graph: Graph, ids: list[str]) -> dict[str, str]:
    return {r["id"]: r["name"] for r in graph.read(AGENCY_NAMES, {"ids": sorted(set(ids))})}


@dataclass
class Custody:
    thread_id: str
    holder_id: str | None
    holder_name: str | None
    since: dt.date | None
    hops: list[Hop]
    events: list[EventRow]
    consistent: bool
    names: dict[str, str]

    def name(self, agency_id: str | None) -> str:
        return self.names.get(agency_id or "", agency_id or "-")


def custody(graph: Graph, ref: str) -> Custody:
    """Holder now (from HOLDS) and the whole path (from the events) of a clue or case."""
    thread_id = resolve_thread(graph, ref)
    hist = read_history(graph.read, thread_id)
    if hist is None:  # pragma: no cover - resolve_thread found it
        raise UnknownThread(f"thread {thread_id} vanished while reading it")
    ids = [e.agency_id for e in hist.events] + [e.to_id for e in hist.events if e.to_id] + hist.holder_ids
    names = agency_names(graph, ids)
    holder = hist.holder_id
    return Custody(thread_id, holder, names.get(holder or ""), hist.holder_since, hist.hops(), hist.events,
                   hist.consistent, names)


def threads_held(graph: Graph, agency: str) -> list[dict[str, Any]]:
    """The clues and cases an agency (id, name or alias) holds now, oldest custody first."""
    a = resolve_agency(graph, agency)
    return [{**r, "since": native(r["since"])} for r in graph.read(HELD_BY, {"agency": a["id"]})]
