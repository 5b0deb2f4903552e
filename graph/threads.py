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

Those are written here too: :class:`Step` holds the records of one structured step — the
:class:`supervision.lifecycle.Transition` it was allowed (:meth:`Step.take`), assistance letters,
complaints — and :func:`commit` writes them in ONE managed transaction. Every ``Event``, derived
or recorded, is built by :func:`event_records`; custody moves through the writer's sole ``HOLDS``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, TypeVar

from neo4j import ManagedTransaction
from neo4j import exceptions as nx

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import InvalidData, LiandongError, WriteError
from graph.rules.deadlines import load_rules
from graph.rules.workdays import WorkCalendar
from graph.schema import load_schema
from graph.types.names import id_key
from graph.types.values import native
from graph.writer import RecordFactory, Unit, plan_unit, run_plan
from supervision.acts import EVENTS, LetterAct
from supervision.lifecycle import Agency, Letter, LetterOf, Refused, Transition, rules_for
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


def event_records(unit: Unit, f: RecordFactory, thread_id: str, seq: int, kind: str, on: dt.date, by: str, *,
                  source: str, to: str | None = None, reason: str | None = None, doc: str | None = None,
                  owners: tuple[str, ...] = (), concerns: str | None = None, rule: str | None = None,
                  extra: dict[str, Any] | None = None) -> str:
    """The one way an ``Event`` is recorded, derived from letters or recorded step by step: the node,
    ``HAS_EVENT`` from each owner (the thread, a referral …), ``CONCERNS`` the thread, ``BY``/``TO``
    the agencies and ``EVIDENCED_BY`` its document. Adds the records to ``unit``; returns the id."""
    props: dict[str, Any] = {"thread_id": thread_id, "kind": kind, "date": on, "agency_id": by, "seq": seq,
                             "reason": reason}
    if rule is not None:
        props["rule"] = rule
    ev = f.node("Event", {**props, **(extra or {})}, source=source)
    unit.nodes.append(ev)
    for owner in dict.fromkeys(owners):
        unit.rels.append(f.rel("HAS_EVENT", owner, ev.id, source=source))
    if concerns:
        unit.rels.append(f.rel("CONCERNS", ev.id, concerns, source=source))
    unit.rels.append(f.rel("BY", ev.id, by, source=source))
    if to:
        unit.rels.append(f.rel("TO", ev.id, to, source=source))
    if doc:
        unit.rels.append(f.rel("EVIDENCED_BY", ev.id, doc, source=source))
    return ev.id


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
            event_records(unit, f, node.id, seq, kind, e.date, by, source=sha[e.file], to=agency_ids.get(e.to_agency or ""),
                          reason=e.reason, doc=doc_ids.get(e.file), owners=(node.id,),
                          extra={"act": e.event, "derived": "letters", "file": e.file, "reported": e.reported or None,
                                 "from_name": e.from_agency, "to_name": e.to_agency})
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


# --------------------------------------------------------------------- threads recorded step by step
class LifecycleError(LiandongError):
    """A step the thread's history does not allow; the message says why and what to do instead."""


STEP_AGENCIES = cypher(
    "lifecycle.agencies",
    "MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name, a.level AS level",
    ids=["agency:0"],
)

Run = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
T = TypeVar("T")


class Step:
    """The records of one step recorded by hand (the structured path: :mod:`graph.lifecycle`, assistance
    letters, complaints), validated against the schema, written by :func:`commit` in one transaction."""

    def __init__(self, run: Run, *, source: str, synthetic: bool) -> None:
        self.run = run
        self.source = source
        self.f = RecordFactory(load_schema(), synthetic=synthetic)
        self.unit = Unit()
        self._agencies: dict[str, dict[str, Any]] = {}
        self._documents: dict[tuple[str, str | None, str], str] = {}

    # -- lookups ------------------------------------------------------------------
    def read_agencies(self, ids: Iterable[str | None]) -> dict[str, Agency]:
        """The agencies among ``ids`` the graph has (for :mod:`supervision.lifecycle`'s checks)."""
        missing = sorted({i for i in ids if i and i not in self._agencies})
        if missing:
            for r in self.run(STEP_AGENCIES, {"ids": missing}):
                self._agencies[r["id"]] = r
        return {i: Agency(str(a["name"]), a.get("level")) for i, a in self._agencies.items()}

    def agency(self, agency_id: str, role: str) -> dict[str, Any]:
        self.read_agencies([agency_id])
        if agency_id not in self._agencies:
            raise LifecycleError(f"the {role} {agency_id!r} is not an agency in the graph — load the reference data "
                                 "(`liandong reference load`) or use an agency id from it")
        return self._agencies[agency_id]

    def name(self, agency_id: str | None) -> str:
        if not agency_id:
            return "-"
        self.read_agencies([agency_id])
        a = self._agencies.get(agency_id)
        return str(a["name"]) if a else agency_id

    def referral_id(self, doc_no: str, from_agency: str, to_agency: str) -> str:
        return self.f.schema.node("Referral").make_id({"doc_no": doc_no, "from_agency": from_agency, "to_agency": to_agency})

    # -- records ------------------------------------------------------------------
    def node(self, label: str, props: dict[str, Any]) -> str:
        rec = self.f.node(label, props, source=self.source)
        self.unit.nodes.append(rec)
        return rec.id

    def rel(self, rtype: str, start: str, end: str, props: dict[str, Any] | None = None) -> None:
        self.unit.rels.append(self.f.rel(rtype, start, end, props, source=self.source))

    def document(self, letter: Letter, issuer: str, on: dt.date) -> str:
        if letter.document_id:
            return letter.document_id
        if not letter.doc_no.strip():
            raise LifecycleError("a letter needs its document number (文号) — give doc_no, or the id of an ingested Document")
        key = (letter.doc_no, issuer, on.isoformat())
        if key not in self._documents:
            digest = hashlib.sha256(f"letter\x1f{issuer}\x1f{id_key(letter.doc_no)}".encode()).hexdigest()
            doc = self.node("Document", {"sha256": digest, "doc_no": letter.doc_no, "kind": letter.kind or None,
                                         "issuer": self.name(issuer), "date": on, "title": letter.title or None,
                                         "status": "registered"})
            self.rel("ISSUED", issuer, doc)
            self._documents[key] = doc
        return self._documents[key]

    def add_event(self, thread_id: str, seq: int, kind: str, on: dt.date, by: str, *, to: str | None = None,
                  reason: str | None = None, doc: str | None = None, owners: tuple[str, ...] = (),
                  concerns: str | None = None) -> str:
        """An Event with BY/TO, HAS_EVENT from each owner, CONCERNS and EVIDENCED_BY its document."""
        return event_records(self.unit, self.f, thread_id, seq, kind, on, by, source=self.source, to=to, reason=reason,
                             doc=doc, owners=owners, concerns=concerns, rule=rules_for(kind))

    def move(self, thread: str, agency: str, since: dt.date) -> None:
        """Custody: ``agency`` holds ``thread`` from ``since`` (replacing its holder)."""
        self.unit.sole = [self.f.rel("HOLDS", agency, thread, {"since": since}, source=self.source)]

    def take(self, tr: Transition | Refused) -> str:
        """The records of a transition of :mod:`supervision.lifecycle`; returns the id that answers the
        step (the new referral, else the first event, else what the repeated step recorded)."""
        if isinstance(tr, Refused):
            raise LifecycleError(tr.reason)
        if tr.existing is not None:
            return tr.existing
        if tr.evidence is not None:
            self.rel("EVIDENCED_BY", tr.thread, self._letter(tr.evidence))
        answer: str | None = None
        if tr.referral is not None:
            r = tr.referral
            doc = self._letter(r.letter)
            answer = self.node("Referral", {"doc_no": r.doc_no, "from_agency": r.from_agency, "to_agency": r.to_agency,
                                            "kind": r.kind, "sent": r.sent, "channel": r.channel,
                                            "materials": list(r.materials)})
            self.rel("SENT", r.from_agency, answer)
            self.rel("SENT_TO", answer, r.to_agency)
            self.rel("CONCERNS", answer, tr.thread)
            self.rel("EVIDENCED_BY", answer, doc)
        for e in tr.events:
            ev = self.add_event(tr.thread, e.seq, e.kind, e.on, e.by, to=e.to, reason=e.reason, doc=self._doc(e.doc),
                                owners=(tr.thread, *e.owners), concerns=tr.thread)
            answer = answer or ev
        if tr.holder is not None:
            self.move(tr.thread, *tr.holder)
        return answer or tr.thread

    def _letter(self, doc: LetterOf) -> str:
        return self.document(doc.letter, doc.issuer, doc.on)

    def _doc(self, doc: LetterOf | str | None) -> str | None:
        return self._letter(doc) if isinstance(doc, LetterOf) else doc

    def apply(self, tx: ManagedTransaction) -> None:
        if len(self.unit):
            run_plan(tx, plan_unit(self.unit, self.f.schema))


def commit(graph: Graph, work: Callable[[Step], T], *, source: str, synthetic: bool = False) -> T:
    """Run ``work`` (read, check, build records) and write its records in ONE managed transaction."""

    def tx_fn(tx: ManagedTransaction) -> T:
        step = Step(lambda q, p: [r.data() for r in tx.run(q, p)], source=source, synthetic=synthetic)
        result = work(step)
        step.apply(tx)
        return result

    try:
        with graph.driver.session(database=graph.database) as session:
            return session.execute_write(tx_fn)
    except (LiandongError, InvalidData):
        raise
    except nx.Neo4jError as e:
        raise WriteError(f"the graph refused the step ({e.code}): {e.message} — nothing was stored") from e
