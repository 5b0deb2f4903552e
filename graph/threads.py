"""Threads in the graph: what :mod:`supervision.threads` derives from the stored letters, written back.

>>> rebuild(graph)                       # after an ingest: every derived thread, event, deadline, custody
>>> export_threads(graph, as_of=d)       # the threads export (../shared/eval/threads format)

Each ingested letter's Document carries its act (``act``: :class:`supervision.acts.LetterAct` as
JSON). :func:`rebuild` reads all of them, derives the threads (a pure function of the set, so the
order and batching of ingestion do not matter) and replaces the derived records in ONE managed
transaction: the thread nodes (``Case``/``Clue`` with ``derived: 'letters'``), their ``Event``s
(``BY``/``TO`` the agencies, ``EVIDENCED_BY`` the letter), ``Deadline``s (``OWED_BY`` the agency
that owes them) and custody (``HOLDS``). Loaded referrals take part through their acts
(``Referral.acts``); threads recorded step by step (:mod:`graph.lifecycle`, the demo) are never touched.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from neo4j import ManagedTransaction

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.rules.deadlines import load_rules
from graph.rules.workdays import WorkCalendar
from graph.types.values import native
from graph.writer import RecordFactory, Unit, plan_unit, run_plan
from supervision.acts import EVENTS, LetterAct
from supervision.threads import Thread, derive, export

LETTERS = cypher(
    "threads.letters",
    "MATCH (d:Document) WHERE d.act IS NOT NULL\n"
    "RETURN d.id AS id, d.path AS path, d.act AS act, d.placed_with AS placed_with\nORDER BY id",
)
PLACE = cypher(
    "threads.place",
    "MATCH (d:Document) WHERE d.act IS NOT NULL AND d.path ENDS WITH $file\n"
    "SET d.placed_with = $other, d.placed_by = $by, d.placed_at = $at\nRETURN d.id AS id",
    writes=True, file="a.txt", other="b.txt", by="user", at="2026-01-01T00:00:00",
)
ROWS = cypher(
    "threads.rows",
    "MATCH (r:Referral) WHERE r.acts IS NOT NULL\nRETURN r.id AS id, r.acts AS acts\nORDER BY id",
)
AGENCIES_BY_NAME = cypher(
    "threads.agencies_by_name",
    "MATCH (a:Agency) WHERE a.name IN $names OR any(x IN coalesce(a.aliases, []) WHERE x IN $names)\n"
    "RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases",
    names=["示例县财政局"],
)
DROP_DERIVED = [
    cypher("threads.drop_deadlines", "MATCH (d:Deadline) DETACH DELETE d", writes=True),
    cypher("threads.drop_events", "MATCH (e:Event) WHERE e.derived = 'letters' DETACH DELETE e", writes=True),
    cypher("threads.drop_concerns", "MATCH (r:Referral)-[c:CONCERNS]->(t) WHERE t.derived = 'letters' DELETE c", writes=True),
    cypher("threads.drop_cases", "MATCH (t:Case) WHERE t.derived = 'letters' DETACH DELETE t", writes=True),
    cypher("threads.drop_clues", "MATCH (t:Clue) WHERE t.derived = 'letters' DETACH DELETE t", writes=True),
]
DEADLINES = cypher(
    "threads.deadlines",
    "MATCH (t)-[:HAS_DEADLINE]->(d:Deadline)\n"
    "WHERE (t:Case OR t:Clue) AND ($agency IS NULL OR exists { (d)-[:OWED_BY]->(:Agency {id: $agency}) })\n"
    "RETURN t.id AS thread_id, coalesce(t.case_no, t.clue_no) AS number, d.rule AS rule, d.for_file AS for_file,\n"
    "  d.anchor AS anchor, d.due AS due, d.done AS done, d.done_file AS done_file, d.owner AS owner,\n"
    "  head([(d)-[:OWED_BY]->(a:Agency) | a.id]) AS owner_id, d.clause AS clause\n"
    "ORDER BY due, number",
    agency=None,
)

DEADLINES_OF = cypher(
    "threads.deadlines_of",
    "MATCH (t {id: $thread})-[:HAS_DEADLINE]->(d:Deadline)\n"
    "RETURN d.rule AS rule, d.for_file AS for_file, d.anchor AS anchor, d.due AS due, d.done AS done,\n"
    "  d.done_file AS done_file, d.owner AS owner, head([(d)-[:OWED_BY]->(a:Agency) | a.id]) AS owner_id\n"
    "ORDER BY anchor, rule",
    thread="case:0",
)


@dataclass
class RebuildReport:
    letters: int
    threads: int
    events: int
    deadlines: int
    review: int


def _load(graph: Graph) -> tuple[list[LetterAct], dict[str, str], dict[str, str], dict[str, str]]:
    acts: list[LetterAct] = []
    doc_ids: dict[str, str] = {}
    ref_ids: dict[str, str] = {}
    placements: dict[str, str] = {}
    for r in graph.read(LETTERS):
        a = LetterAct.from_json(r["act"])
        acts.append(a)
        doc_ids[a.file] = r["id"]
        if r["placed_with"]:
            placements[a.file] = r["placed_with"]
    for r in graph.read(ROWS):
        for raw in json.loads(r["acts"]):
            a = LetterAct.from_json(json.dumps(raw))
            acts.append(a)
            ref_ids[a.file] = r["id"]
    return acts, doc_ids, ref_ids, placements


def _agency_ids(graph: Graph, names: set[str]) -> dict[str, str]:
    """Full agency name → Agency id, for the names the graph knows (by name, else a unique alias)."""
    if not names:
        return {}
    rows = graph.read(AGENCIES_BY_NAME, {"names": sorted(names)})
    out: dict[str, str] = {}
    for r in rows:
        if r["name"] in names:
            out[r["name"]] = r["id"]
    for n in names - out.keys():
        hits = {r["id"] for r in rows if n in r["aliases"]}
        if len(hits) == 1:
            out[n] = hits.pop()
    return out


def thread_records(threads: list[Thread], agency_ids: dict[str, str], doc_ids: dict[str, str],
                   f: RecordFactory | None = None, ref_ids: dict[str, str] | None = None) -> Unit:
    """The derived records of every thread (pure: no graph)."""
    f = f or RecordFactory()
    rules = load_rules()
    unit = Unit()
    for t in threads:
        sha = {a.file: a.provenance for a in t.letters}  # provenance: the letter (or row) each record rests on
        root_src = sha[t.letters[0].file]
        label, key = ("Clue", "clue_no") if t.matter == "clue" else ("Case", "case_no")
        first = t.letters[0]
        props: dict[str, Any] = {key: t.number, "matter": t.matter, "derived": "letters",
                                 "review": t.review or None, "candidates": t.candidates or None}
        if label == "Clue":
            props.update(summary=first.title, received=first.date)
        else:
            props.update(title=first.title, opened=first.date, status="open")
        node = f.node(label, props, source=root_src)
        unit.nodes.append(node)
        for a in t.letters:
            if a.file in doc_ids:
                unit.rels.append(f.rel("EVIDENCED_BY", node.id, doc_ids[a.file], source=sha[a.file]))
            elif a.file in (ref_ids or {}) and a.kind in ("transfer", "forward", "return"):
                unit.rels.append(f.rel("CONCERNS", (ref_ids or {})[a.file], node.id, source=sha[a.file]))
        for seq, e in enumerate(t.events):
            by = agency_ids.get(e.from_agency or "")
            if by is None:
                continue  # an event needs its agency in the graph; the export still shows it
            kind = EVENTS[e.event if not (e.event == "accept" and e.to_agency is None) else "complaint_accept"][0]
            ev = f.node("Event", {"thread_id": node.id, "kind": kind, "date": e.date, "agency_id": by, "seq": seq,
                                  "reason": e.reason, "act": e.event, "derived": "letters", "file": e.file,
                                  "reported": e.reported or None, "from_name": e.from_agency,
                                  "to_name": e.to_agency}, source=sha[e.file])
            unit.nodes.append(ev)
            unit.rels.append(f.rel("HAS_EVENT", node.id, ev.id, source=sha[e.file]))
            unit.rels.append(f.rel("BY", ev.id, by, source=sha[e.file]))
            to = agency_ids.get(e.to_agency or "")
            if to:
                unit.rels.append(f.rel("TO", ev.id, to, source=sha[e.file]))
            if e.file in doc_ids:
                unit.rels.append(f.rel("EVIDENCED_BY", ev.id, doc_ids[e.file], source=sha[e.file]))
        for d in t.deadlines:
            dl = f.node("Deadline", {"thread_id": node.id, "rule": d.rule, "for_file": d.for_file, "anchor": d.anchor,
                                     "due": d.due, "done": d.done, "done_file": d.done_file, "owner": d.owner,
                                     "clause": rules.get(d.rule).clause}, source=sha[d.for_file])
            unit.nodes.append(dl)
            unit.rels.append(f.rel("HAS_DEADLINE", node.id, dl.id, source=sha[d.for_file]))
            owner = agency_ids.get(d.owner or "")
            if owner:
                unit.rels.append(f.rel("OWED_BY", dl.id, owner, source=sha[d.for_file]))
        holder = agency_ids.get(t.holder or "")
        if holder:
            last = t.events[-1] if t.events else None
            since = last.date if last else first.date
            unit.rels.append(f.rel("HOLDS", holder, node.id, {"since": since},
                                   source=sha[last.file] if last else root_src))
    return unit


def rebuild(graph: Graph, *, calendar: WorkCalendar | None = None) -> RebuildReport:
    """Derive every thread from the stored letters and replace the derived records (one transaction)."""
    acts, doc_ids, ref_ids, placements = _load(graph)
    threads = derive(acts, calendar=calendar, placements=placements)
    names = {n for t in threads for n in [t.holder, *(e.from_agency for e in t.events), *(e.to_agency for e in t.events),
                                           *(d.owner for d in t.deadlines)] if n}
    known = _agency_ids(graph, names)
    f = RecordFactory()
    unit = thread_records(threads, known, doc_ids, f, ref_ids)  # ingestion stored each letter's agencies with it
    plan = plan_unit(unit, f.schema)

    def work(tx: ManagedTransaction) -> None:
        for q in DROP_DERIVED:
            tx.run(q).consume()
        run_plan(tx, plan)

    with graph.driver.session(database=graph.database) as session:
        session.execute_write(work)
    return RebuildReport(len(acts), len(threads), sum(len(t.events) for t in threads),
                         sum(len(t.deadlines) for t in threads), sum(1 for t in threads if t.review))


def threads_of(graph: Graph, *, calendar: WorkCalendar | None = None) -> list[Thread]:
    acts, _, _, placements = _load(graph)
    return derive(acts, calendar=calendar, placements=placements)


STRUCTURED = cypher(
    "threads.structured",
    "MATCH (t) WHERE (t:Clue OR t:Case) AND t.derived IS NULL\n"
    "OPTIONAL MATCH (t)-[:HAS_EVENT]->(e:Event)\n"
    "WITH t, e ORDER BY e.date, e.seq\n"
    "WITH t, collect(CASE WHEN e IS NULL THEN NULL ELSE {kind: e.kind, date: e.date,\n"
    "  by: head([(e)-[:BY]->(a:Agency) | a.name]), to: head([(e)-[:TO]->(b:Agency) | b.name]),\n"
    "  doc: head([(e)-[:EVIDENCED_BY]->(d:Document) | coalesce(d.path, d.doc_no)])} END) AS events\n"
    "RETURN t.id AS id, coalesce(t.clue_no, t.case_no) AS number, labels(t)[0] AS label,\n"
    "  head([(a:Agency)-[:HOLDS]->(t) | a.name]) AS holder, events\n"
    "ORDER BY number",
)
# lifecycle event kinds (graph/lifecycle.py) -> the export's events
LIFECYCLE_EVENTS = {"case_transferred": "transfer", "case_received": "receipt", "acceptance_reported": "accept",
                    "case_returned": "return", "case_forwarded": "forward", "outcome_reported": "outcome_report"}


def structured_threads(graph: Graph) -> list[dict[str, Any]]:
    """Threads recorded step by step (``liandong demo``, graph.lifecycle) in the export's format: their
    letters (registered by number when no file was ingested), holder and events. Their deadlines are
    read by ``liandong overdue`` (graph.overdue), not listed here."""
    out = []
    for r in graph.read(STRUCTURED):
        events = [{"file": file_name(str(e["doc"])) if e["doc"] else None, "event": LIFECYCLE_EVENTS[e["kind"]],
                   "from_agency": e["by"], "to_agency": e["to"], "date": native(e["date"]).isoformat()}
                  for e in r["events"] if e and e["kind"] in LIFECYCLE_EVENTS]
        files = sorted({e["file"] for e in events if e["file"]})
        out.append({"id": r["id"], "number": r["number"], "matter": str(r["label"]).lower(), "files": files,
                    "holder": r["holder"], "events": events, "deadlines": [], "recorded": "step by step"})
    return out


def export_threads(graph: Graph, *, as_of: dt.date | None, calendar: WorkCalendar | None = None) -> dict[str, Any]:
    """Every thread in the format of ``../shared/eval/threads/README.md``: those the letters (and
    loaded referrals) make, then those recorded step by step."""
    data = export(threads_of(graph, calendar=calendar), as_of=as_of)
    data["threads"] = [*data["threads"], *structured_threads(graph)]
    return data


class PlacementError(LiandongError):
    """A letter to place, or the letter to place it with, is not an ingested letter."""


def place(graph: Graph, file: str, with_file: str, *, by: str) -> RebuildReport:
    """A person's decision: ``file`` belongs to the thread of ``with_file`` (recorded on the letter,
    with who and when; later derivations keep it). Then the threads are rebuilt."""
    _, doc_ids, _, _ = _load(graph)
    for f in (file, with_file):
        if f not in doc_ids:
            raise PlacementError(f"no ingested letter named {f!r} — give the file name as `liandong threads list` shows it")
    at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    graph.write(PLACE, {"file": file, "other": with_file, "by": by, "at": at})
    return rebuild(graph)


def thread_deadlines(graph: Graph, thread_id: str) -> list[tuple[Any, dict[str, Any]]]:
    """One derived thread's stored deadlines: (supervision.threads.Deadline, the row)."""
    from supervision.threads import Deadline

    return [(Deadline(r["for_file"], r["rule"], r["owner"], native(r["anchor"]), native(r["due"]), native(r["done"]),
                      r["done_file"]), r) for r in graph.read(DEADLINES_OF, {"thread": thread_id})]


def file_name(path: str) -> str:
    return PurePosixPath(path.split("!/")[-1]).name
