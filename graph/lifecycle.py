"""The referral lifecycle as dated events: open, transfer, receive, accept, return, forward, report.

Every step is one managed transaction that (1) reads the thread's history, (2) checks the step
is allowed, (3) writes the ``Event`` with ``BY``/``TO`` agencies, ``HAS_EVENT`` from the thread
and the referral, ``CONCERNS`` the thread and ``EVIDENCED_BY`` its letter's ``Document``, and
(4) moves ``(:Agency)-[:HOLDS]->(thread)`` when custody changes — all or nothing.

>>> clue = open_thread(graph, "XS-1", agency=audit, on=d(2024, 2, 1), source="demo")    # doctest: +SKIP
>>> ref = transfer(graph, clue, to=finance, on=d(2024, 2, 2), letter=Letter("示审移〔2024〕1号"),
...                materials=["审计发现问题移送处理书"], source="demo")                    # doctest: +SKIP
>>> receive(graph, ref, on=d(2024, 2, 4), source="demo")                              # doctest: +SKIP

Rules enforced (003 第十三条–第十五条): a transfer lists its materials and is made by the holder,
who must first have decided on any referral it received; only a received referral can be
accepted, returned (with written reasons) or forwarded (naming the new holder, at another
level); nothing returned or forwarded can be accepted; reports follow what they report on;
dates never go backwards. Repeating the last step with the same values changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from neo4j import ManagedTransaction
from neo4j import exceptions as nx

from graph.catalog import cypher
from graph.connection import Graph
from graph.custody import (
    KIND_ZH,
    THREAD_LABELS,
    ThreadHistory,
    UnknownThread,
    label_of,
    read_history,
)
from graph.errors import InvalidData, LiandongError, WriteError
from graph.rules.deadlines import load_rules
from graph.schema import load_schema, quote
from graph.types.names import id_key
from graph.writer import RecordFactory, Unit, plan_unit, run_plan

T = TypeVar("T")
Run = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


class LifecycleError(LiandongError):
    """A step the thread's history does not allow; the message says why and what to do instead."""


@dataclass(frozen=True)
class Letter:
    """The document a step rests on. Without ``document_id`` the letter is registered by number
    (a ``Document`` with ``status: registered`` whose ``sha256`` hashes issuer and number); with it,
    the step points at that ingested ``Document``."""

    doc_no: str
    kind: str = ""
    title: str = ""
    document_id: str | None = None


AGENCIES = cypher(
    "lifecycle.agencies",
    "MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name, a.level AS level",
    ids=["agency:0"],
)
REFERRAL_THREAD = cypher(
    "lifecycle.referral_thread",
    "MATCH (r:Referral {id: $id})-[:CONCERNS]->(t) WHERE t:Clue OR t:Case RETURN t.id AS thread",
    id="referral:0",
)
SET_HOLDER = {
    label: cypher(
        f"lifecycle.set_holder.{label}",
        f"MATCH (t:{quote(label)} {{id: $thread}})\n"
        "OPTIONAL MATCH (t)<-[h:HOLDS]-(:Agency)\n"
        "DELETE h\n"
        "WITH DISTINCT t\n"
        "MATCH (a:Agency {id: $agency})\n"
        "MERGE (a)-[r:HOLDS {id: $rel_id}]->(t)\n"
        "SET r.since = $since, r.source = $source, r.synthetic = $synthetic\n"
        "RETURN count(r) AS n",
        writes=True, thread=f"{label.lower()}:0", agency="agency:0", rel_id="rel:0", since=dt.date(2024, 1, 2),
        source="test", synthetic=None,
    )
    for label in THREAD_LABELS
}


def rules_for(kind: str) -> str | None:
    """The deadline rules an event kind starts or completes (for ``Event.rule``)."""
    rules = load_rules().rules.values()
    ids = [r.id for r in rules if kind in r.trigger or kind in r.completes]
    return ",".join(ids) or None


class Step:
    """Records of one step, validated against the schema, plus the custody change it makes."""

    def __init__(self, run: Run, *, source: str, synthetic: bool) -> None:
        self.run = run
        self.source = source
        self.f = RecordFactory(load_schema(), synthetic=synthetic)
        self.unit = Unit()
        self.holder: tuple[str, str, dt.date] | None = None  # (thread, agency, since)
        self.extra: list[tuple[str, dict[str, Any]]] = []  # registered statements run after the records
        self._agencies: dict[str, dict[str, Any]] = {}

    # -- lookups ------------------------------------------------------------------
    def agency(self, agency_id: str, role: str) -> dict[str, Any]:
        if agency_id not in self._agencies:
            for r in self.run(AGENCIES, {"ids": [agency_id]}):
                self._agencies[r["id"]] = r
        if agency_id not in self._agencies:
            raise LifecycleError(f"the {role} {agency_id!r} is not an agency in the graph — load the reference data "
                                 "(`liandong reference load`) or use an agency id from it")
        return self._agencies[agency_id]

    def name(self, agency_id: str | None) -> str:
        if not agency_id:
            return "-"
        try:
            return str(self.agency(agency_id, "agency")["name"])
        except LifecycleError:
            return agency_id

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
        digest = hashlib.sha256(f"letter\x1f{issuer}\x1f{id_key(letter.doc_no)}".encode()).hexdigest()
        doc = self.node("Document", {"sha256": digest, "doc_no": letter.doc_no, "kind": letter.kind or None,
                                     "issuer": self.name(issuer), "date": on, "title": letter.title or None,
                                     "status": "registered"})
        self.rel("ISSUED", issuer, doc)
        return doc

    def add_event(self, thread_id: str, seq: int, kind: str, on: dt.date, by: str, *, to: str | None = None,
                  reason: str | None = None, doc: str | None = None, owners: tuple[str, ...] = (),
                  concerns: str | None = None) -> str:
        """An Event with BY/TO, HAS_EVENT from each owner, CONCERNS and EVIDENCED_BY its document."""
        ev = self.node("Event", {"thread_id": thread_id, "kind": kind, "date": on, "agency_id": by, "seq": seq,
                                 "reason": reason, "rule": rules_for(kind)})
        for owner in dict.fromkeys(owners):
            self.rel("HAS_EVENT", owner, ev)
        if concerns:
            self.rel("CONCERNS", ev, concerns)
        self.rel("BY", ev, by)
        if to:
            self.rel("TO", ev, to)
        if doc:
            self.rel("EVIDENCED_BY", ev, doc)
        return ev

    def events_added(self) -> int:
        return sum(1 for n in self.unit.nodes if n.label == "Event")

    def event(self, hist: ThreadHistory, kind: str, on: dt.date, by: str, *, to: str | None = None,
              reason: str | None = None, doc: str | None = None, owners: tuple[str, ...] = ()) -> str:
        """An event in a clue's or case's history (owned by the thread and ``owners``)."""
        return self.add_event(hist.id, hist.next_seq + self.events_added(), kind, on, by, to=to, reason=reason,
                              doc=doc, owners=(hist.id, *owners), concerns=hist.id)

    def move(self, thread: str, agency: str, since: dt.date) -> None:
        self.holder = (thread, agency, since)

    # -- commit -------------------------------------------------------------------
    def apply(self, tx: ManagedTransaction) -> None:
        if len(self.unit):
            run_plan(tx, plan_unit(self.unit, self.f.schema))
        if self.holder:
            thread, agency, since = self.holder
            rel_id = self.f.schema.rel("HOLDS").make_id(agency, thread, {})
            tx.run(SET_HOLDER[label_of(thread)], thread=thread, agency=agency, rel_id=rel_id, since=since,
                   source=self.source, synthetic=True if self.f.synthetic else None).consume()
        for query, params in self.extra:
            tx.run(query, params).consume()


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


# ------------------------------------------------------------------------------ helpers
def _history(step: Step, thread_id: str) -> ThreadHistory:
    hist = read_history(step.run, thread_id)
    if hist is None:
        raise UnknownThread(f"no clue or case {thread_id!r} in the graph — open it first (open_thread)")
    return hist


def _referral(step: Step, referral_id: str) -> tuple[ThreadHistory, Any]:
    rows = step.run(REFERRAL_THREAD, {"id": referral_id})
    if not rows:
        raise LifecycleError(f"no referral {referral_id!r} in the graph — record the transfer first")
    hist = _history(step, rows[0]["thread"])
    return hist, hist.referral_state(referral_id)


def _not_before(hist: ThreadHistory, on: dt.date, what: str) -> None:
    if hist.events and on < hist.events[-1].date:
        last = hist.events[-1]
        raise LifecycleError(f"{what} on {on} would come before the thread's last step "
                             f"({KIND_ZH.get(last.kind, last.kind)} on {last.date}) — check the date")


def _repeat(hist: ThreadHistory, kind: str, on: dt.date, by: str) -> bool:
    """True when the thread's last event is exactly this step (re-running changes nothing)."""
    return bool(hist.events) and (hist.events[-1].kind, hist.events[-1].date, hist.events[-1].agency_id) == (kind, on, by)


def _doc_no(step: Step, ref: Any) -> str:
    return f"referral {ref.referral.doc_no} ({step.name(ref.referral.from_agency)} → {step.name(ref.referral.to_agency)})"


def _need_undecided(step: Step, ref: Any, action: str) -> None:
    r = ref.referral
    if not ref.has("case_received"):
        raise LifecycleError(f"cannot {action} {_doc_no(step, ref)}: its receipt is not recorded — record the receipt first")
    decided = ref.decided
    if decided == "returned":
        raise LifecycleError(f"cannot {action} {_doc_no(step, ref)}: {step.name(r.to_agency)} returned it to "
                             f"{step.name(r.from_agency)} on {ref.done['case_returned']} — a returned referral is closed; "
                             "the sender must transfer it again")
    if decided == "forwarded":
        raise LifecycleError(f"cannot {action} {_doc_no(step, ref)}: it was forwarded to {step.name(ref.forwarded_to)} "
                             f"on {ref.done['case_forwarded']} — act on the forwarded referral instead")
    if decided == "accepted":
        raise LifecycleError(f"cannot {action} {_doc_no(step, ref)}: {step.name(r.to_agency)} accepted it on "
                             f"{ref.done['acceptance_decided']}")


# ------------------------------------------------------------------------------ steps
def open_thread(graph: Graph, number: str, *, agency: str, on: dt.date, letter: Letter, source: str,
                kind: str = "clue", summary: str | None = None, violations: list[str] | tuple[str, ...] = (),
                region: str | None = None, competent: str | None = None, synthetic: bool = False) -> str:
    """Register a clue (``kind="clue"``) or case found by ``agency`` on ``on``, on ``letter`` (the
    registration form, audit finding or report it rests on); the agency holds it from then.
    ``competent`` (e.g. from :func:`graph.rules.routing.route`) records who should handle it."""
    if kind not in ("clue", "case"):
        raise LifecycleError(f"kind must be 'clue' or 'case', not {kind!r}")

    def work(step: Step) -> str:
        step.agency(agency, "finding agency")
        if kind == "clue":
            tid = step.node("Clue", {"clue_no": number, "summary": summary, "violations": list(violations),
                                     "region": region, "received": on})
        else:
            tid = step.node("Case", {"case_no": number, "title": summary, "violations": list(violations),
                                     "region": region, "status": "open", "opened": on})
            step.rel("OPENED", agency, tid)
        existing = read_history(step.run, tid)
        if existing is not None and existing.events:
            if _repeat(existing, "violation_found", on, agency) and len(existing.events) == 1:
                step.unit = Unit()
                return tid
            raise LifecycleError(f"{kind} {number} is already open (held by {step.name(existing.derived_holder)}) — "
                                 "transfer it instead of opening it again")
        hist = ThreadHistory(tid, label_of(tid), [], {}, [])
        doc = step.document(letter, agency, on)
        step.rel("EVIDENCED_BY", tid, doc)
        if competent:
            step.agency(competent, "competent agency")
            step.rel("COMPETENT", tid, competent)
        step.event(hist, "violation_found", on, agency, doc=doc)
        step.move(tid, agency, on)
        return tid

    return commit(graph, work, source=source, synthetic=synthetic)


def transfer(graph: Graph, thread: str, *, to: str, on: dt.date, letter: Letter, materials: list[str] | tuple[str, ...],
             source: str, by: str | None = None, channel: str | None = None, synthetic: bool = False) -> str:
    """The holder transfers the thread to ``to`` (移送, 003 第十三条); returns the Referral id."""

    def work(step: Step) -> str:
        hist = _history(step, thread)
        last = hist.events[-1] if hist.events else None
        if (last and (last.kind, last.date, last.to_id, last.doc_no) == ("case_transferred", on, to, letter.doc_no)
                and last.referrals):
            return last.referrals[0]  # the same transfer again: nothing changes
        holder = hist.derived_holder
        if holder is None:
            raise LifecycleError(f"{hist.title} has no holder — open it first")
        if by and by != holder:
            raise LifecycleError(f"{step.name(by)} does not hold {hist.title}: {step.name(holder)} does — "
                                 "only the holder transfers it")
        step.agency(to, "receiving agency")
        if to == holder:
            raise LifecycleError(f"{step.name(holder)} already holds {hist.title} — a transfer needs another agency")
        ref_id = step.f.schema.node("Referral").make_id({"doc_no": letter.doc_no, "from_agency": holder, "to_agency": to})
        if ref_id in hist.referrals:
            raise LifecycleError(f"referral {letter.doc_no} from {step.name(holder)} to {step.name(to)} is already "
                                 "recorded — a new transfer needs a new letter number")
        for pending in hist.open_referrals():
            if pending.referral.to_agency == holder:
                raise LifecycleError(f"{step.name(holder)} has not accepted, returned or forwarded {_doc_no(step, pending)} "
                                     "— decide on it before transferring the thread again")
        if not [m for m in materials if m.strip()]:
            raise LifecycleError(f"transfer {letter.doc_no} lists no materials — a transfer carries a receipt listing "
                                 "the materials (移送回执, 003 第十三条)")
        _not_before(hist, on, "the transfer")
        doc = step.document(letter, holder, on)
        ref = step.node("Referral", {"doc_no": letter.doc_no, "from_agency": holder, "to_agency": to, "kind": "transfer",
                                     "sent": on, "channel": channel, "materials": list(materials)})
        step.rel("SENT", holder, ref)
        step.rel("SENT_TO", ref, to)
        step.rel("CONCERNS", ref, hist.id)
        step.rel("EVIDENCED_BY", ref, doc)
        step.event(hist, "case_transferred", on, holder, to=to, doc=doc, owners=(ref,))
        step.move(hist.id, to, on)
        return ref

    return commit(graph, work, source=source, synthetic=synthetic)


def _referral_step(graph: Graph, referral: str, kind: str, on: dt.date, *, source: str, synthetic: bool,
                   check: Callable[[Step, Any], None] | None = None, requires: tuple[str, str] | None = None,
                   repeated: str | None = None, letter: Letter | None = None, to_sender: bool = False,
                   reason: str | None = None) -> str:
    """A step by the referral's receiver that does not change custody.

    ``requires`` = (prior event kind, message when it is missing) and ``repeated`` (message when
    ``kind`` was recorded already) are the usual ordering checks; their messages may use ``{doc}``
    (the referral) and, in ``repeated``, ``{on}`` (when it was recorded). ``check`` adds any other.
    """

    def work(step: Step) -> str:
        hist, ref = _referral(step, referral)
        r = ref.referral
        if _repeat(hist, kind, on, r.to_agency) and referral in hist.events[-1].referrals:
            return hist.events[-1].id
        if check is not None:
            check(step, ref)
        if requires is not None and not ref.has(requires[0]):
            raise LifecycleError(requires[1].format(doc=_doc_no(step, ref)))
        if repeated is not None and ref.has(kind):
            raise LifecycleError(repeated.format(doc=_doc_no(step, ref), on=ref.done[kind]))
        _not_before(hist, on, KIND_ZH.get(kind, kind))
        doc = step.document(letter, r.to_agency, on) if letter else r.doc_id
        return step.event(hist, kind, on, r.to_agency, to=r.from_agency if to_sender else None, reason=reason,
                          doc=doc, owners=(referral,))

    return commit(graph, work, source=source, synthetic=synthetic)


def receive(graph: Graph, referral: str, *, on: dt.date, source: str, letter: Letter | None = None,
            synthetic: bool = False) -> str:
    """The receiver signs the receipt (回执); without ``letter`` the event rests on the transfer letter."""

    def check(step: Step, ref: Any) -> None:
        if ref.has("case_received"):
            raise LifecycleError(f"{_doc_no(step, ref)} was already received on {ref.done['case_received']}")
        if ref.referral.sent and on < ref.referral.sent:
            raise LifecycleError(f"receipt on {on} is before {_doc_no(step, ref)} was sent ({ref.referral.sent})")

    return _referral_step(graph, referral, "case_received", on, source=source, synthetic=synthetic, check=check,
                          letter=letter, to_sender=True)


def accept(graph: Graph, referral: str, *, on: dt.date, source: str, letter: Letter | None = None,
           synthetic: bool = False) -> str:
    """The receiver decides to accept (受理) a received referral that is in its duty."""
    return _referral_step(graph, referral, "acceptance_decided", on, source=source, synthetic=synthetic,
                          check=lambda step, ref: _need_undecided(step, ref, "accept"), letter=letter)


def report_acceptance(graph: Graph, referral: str, *, on: dt.date, letter: Letter, source: str,
                      synthetic: bool = False) -> str:
    """Tell the sender the referral was accepted (回告受理结果, 003 第十五条: 5 working days)."""
    return _referral_step(graph, referral, "acceptance_reported", on, source=source, synthetic=synthetic,
                          letter=letter, to_sender=True,
                          requires=("acceptance_decided", "{doc} has not been accepted — record the acceptance before reporting it"),
                          repeated="the acceptance of {doc} was already reported on {on}")


def complete_handling(graph: Graph, referral: str, *, on: dt.date, source: str, letter: Letter | None = None,
                      synthetic: bool = False) -> str:
    """The receiver finished handling an accepted referral (处理完毕)."""
    return _referral_step(graph, referral, "handling_completed", on, source=source, synthetic=synthetic,
                          letter=letter,
                          requires=("acceptance_decided", "{doc} was not accepted — only an accepted referral is handled"),
                          repeated="handling of {doc} was already completed on {on}")


def report_outcome(graph: Graph, referral: str, *, on: dt.date, letter: Letter, source: str,
                   synthetic: bool = False) -> str:
    """Report the outcome to the sender (回告办理结果, 003 第十五条: 10 working days after handling)."""
    return _referral_step(graph, referral, "outcome_reported", on, source=source, synthetic=synthetic,
                          letter=letter, to_sender=True,
                          requires=("handling_completed", "handling of {doc} is not completed — record its completion first"),
                          repeated="the outcome of {doc} was already reported on {on}")


def return_referral(graph: Graph, referral: str, *, on: dt.date, reason: str, letter: Letter, source: str,
                    synthetic: bool = False) -> str:
    """Return a received referral outside the receiver's duty, with written reasons (退回, 003 第十四条(三))."""

    def work(step: Step) -> str:
        hist, ref = _referral(step, referral)
        r = ref.referral
        if _repeat(hist, "case_returned", on, r.to_agency) and referral in hist.events[-1].referrals:
            return hist.events[-1].id
        _need_undecided(step, ref, "return")
        if not (reason or "").strip():
            raise LifecycleError(f"returning {_doc_no(step, ref)} needs written reasons (书面说明理由, 003 第十四条(三))")
        _not_before(hist, on, "the return")
        doc = step.document(letter, r.to_agency, on)
        ev = step.event(hist, "case_returned", on, r.to_agency, to=r.from_agency, reason=reason, doc=doc,
                        owners=(referral,))
        step.move(hist.id, r.from_agency, on)
        return ev

    return commit(graph, work, source=source, synthetic=synthetic)


def forward(graph: Graph, referral: str, *, to: str, on: dt.date, letter: Letter, source: str,
            notice: Letter | None = None, reason: str | None = None, synthetic: bool = False) -> str:
    """Forward a received referral to the competent authority of another level (003 第十四条(二)).

    ``notice`` records the written notice to the sender (书面告知) on the same day; without it,
    call :func:`notify_sender` later. Returns the new Referral's id.
    """

    def work(step: Step) -> str:
        hist, ref = _referral(step, referral)
        r = ref.referral
        if not (to or "").strip():
            raise LifecycleError(f"forwarding {_doc_no(step, ref)} must name the new holder (the competent authority)")
        new_id = step.f.schema.node("Referral").make_id({"doc_no": letter.doc_no, "from_agency": r.to_agency, "to_agency": to})
        if new_id in hist.referrals and ref.forwarded_to == to:
            return new_id
        _need_undecided(step, ref, "forward")
        target = step.agency(to, "new holder")
        if to == r.to_agency:
            raise LifecycleError(f"{step.name(to)} already holds {_doc_no(step, ref)} — forward it to another authority")
        if to == r.from_agency:
            raise LifecycleError(f"forwarding {_doc_no(step, ref)} back to its sender is a return — "
                                 "return it with written reasons instead")
        here = step.agency(r.to_agency, "receiver")
        if here.get("level") and target.get("level") and here["level"] == target["level"]:
            raise LifecycleError(f"{step.name(to)} is at the same level ({here['level']}) as {step.name(r.to_agency)} — "
                                 "a forward goes to another level's authority (003 第十四条(二)); accept and transfer, "
                                 "or return it")
        _not_before(hist, on, "the forward")
        doc = step.document(letter, r.to_agency, on)
        new = step.node("Referral", {"doc_no": letter.doc_no, "from_agency": r.to_agency, "to_agency": to,
                                     "kind": "forward", "sent": on, "materials": list(r.materials)})
        step.rel("SENT", r.to_agency, new)
        step.rel("SENT_TO", new, to)
        step.rel("CONCERNS", new, hist.id)
        step.rel("EVIDENCED_BY", new, doc)
        step.event(hist, "case_forwarded", on, r.to_agency, to=to, reason=reason, doc=doc, owners=(referral,))
        if notice is not None:
            ndoc = step.document(notice, r.to_agency, on)
            step.event(hist, "sender_notified", on, r.to_agency, to=r.from_agency, doc=ndoc, owners=(referral,))
        step.move(hist.id, to, on)
        return new

    return commit(graph, work, source=source, synthetic=synthetic)


def notify_sender(graph: Graph, referral: str, *, on: dt.date, letter: Letter, source: str,
                  synthetic: bool = False) -> str:
    """The written notice to the sender that its referral was forwarded (书面告知, 003 第十四条(二))."""
    return _referral_step(graph, referral, "sender_notified", on, source=source, synthetic=synthetic,
                          letter=letter, to_sender=True,
                          requires=("case_forwarded", "{doc} was not forwarded — there is nothing to notify"),
                          repeated="the sender of {doc} was already notified on {on}")
