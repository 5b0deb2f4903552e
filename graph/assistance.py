"""Assistance letters (协助办理函) and complaints lodged with the wrong department, as dated events.

An assistance letter must state the case's basic facts, the help asked and why, and the evidence
(002 十四; 003 第十六条): :func:`request_assistance` refuses a letter lacking any of them with
:class:`IncompleteAssistanceRequest` naming each missing part. The helper receives it, then
either returns it as outside its functions, with reasons, within 5 working days (003 第十七条)
or helps and reports the result in writing.

A complaint lodged with a department that is not competent must be redirected: the complainant
is told in writing, within 3 working days, where to lodge it (003 第十一条). The complainant's
identity is never stored.

Events of a request or complaint have ``thread_id`` = the request's or complaint's id and hang
off it with ``HAS_EVENT``; ``AssistanceRequest.status`` follows them (pending → returned | completed),
set in the step's own unit (``Unit.updates`` of :mod:`graph.writer`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.lifecycle import Letter, LifecycleError, Step, commit
from graph.types.values import native

PARTS = {
    "facts": "the case's basic facts (案件基本情况)",
    "help_asked": "the help asked (需要协助办理的事项)",
    "reason": "why the help is needed (协助理由)",
    "evidence": "the evidence (相关证据材料)",
}
CLAUSE = "002 十四; 003 第十六条"


class IncompleteAssistanceRequest(LifecycleError):
    """An assistance letter lacks a part the seeds require; ``missing`` lists them."""

    def __init__(self, doc_no: str, missing: list[str]) -> None:
        self.missing = missing
        parts = "; ".join(PARTS[m] for m in missing)
        super().__init__(f"assistance letter {doc_no} is refused: it lacks {parts} — {CLAUSE} require the case's "
                         "basic facts, the help asked and why, and the evidence; add them and send it again")


@dataclass(frozen=True)
class AssistanceLetter:
    doc_no: str
    from_agency: str
    to_agency: str
    facts: str
    help_asked: str
    reason: str
    evidence: tuple[str, ...] = field(default_factory=tuple)
    thread: str | None = None  # the clue or case it concerns

    def missing(self) -> list[str]:
        out = [p for p in ("facts", "help_asked", "reason") if not (getattr(self, p) or "").strip()]
        if not [e for e in self.evidence if e.strip()]:
            out.append("evidence")
        return out


REQUEST = cypher(
    "assistance.request",
    "MATCH (q:AssistanceRequest {id: $id})\n"
    "OPTIONAL MATCH (q)-[:HAS_EVENT]->(e:Event)\n"
    "RETURN q.doc_no AS doc_no, q.from_agency AS from_agency, q.to_agency AS to_agency, q.sent AS sent,\n"
    "  head([(q)-[:EVIDENCED_BY]->(d:Document) | d.id]) AS doc_id,\n"
    "  head([(q)-[:CONCERNS]->(t) | t.id]) AS thread,\n"
    "  e.kind AS kind, e.date AS date, e.seq AS seq\n"
    "ORDER BY date, seq",
    id="assist:0",
)
COMPLAINT = cypher(
    "assistance.complaint",
    "MATCH (c:Complaint {id: $id})\n"
    "OPTIONAL MATCH (c)-[:HAS_EVENT]->(e:Event)\n"
    "RETURN c.complaint_no AS no, c.lodged_with AS lodged_with,\n"
    "  head([(c)-[:COMPETENT]->(a:Agency) | a.id]) AS competent,\n"
    "  e.kind AS kind, e.date AS date, e.seq AS seq\n"
    "ORDER BY date, seq",
    id="complaint:0",
)


@dataclass
class _Life:
    """A request's or complaint's own events: kind -> first date, and the next seq."""

    info: dict[str, Any]
    done: dict[str, dt.date]
    next_seq: int
    last: dt.date | None


def _life(step: Step, query: str, subject: str, what: str) -> _Life:
    rows = step.run(query, {"id": subject})
    if not rows:
        raise LifecycleError(f"no {what} {subject!r} in the graph")
    done: dict[str, dt.date] = {}
    seqs = [-1]
    last = None
    for r in rows:
        if r["kind"] is not None:
            done.setdefault(r["kind"], native(r["date"]))
            seqs.append(int(r["seq"]))
            last = native(r["date"])
    return _Life(rows[0], done, max(seqs) + 1, last)


def _check_date(life: _Life, on: dt.date, what: str) -> None:
    if life.last and on < life.last:
        raise LifecycleError(f"{what} on {on} would come before the last step on {life.last} — check the date")


# ------------------------------------------------------------------------------ assistance
def request_assistance(graph: Graph, letter: AssistanceLetter, *, on: dt.date, source: str,
                       synthetic: bool = False) -> str:
    """Send an assistance letter; refused (nothing written) when a required part is missing."""
    missing = letter.missing()
    if missing:
        raise IncompleteAssistanceRequest(letter.doc_no, missing)
    if letter.from_agency == letter.to_agency:
        raise LifecycleError(f"assistance letter {letter.doc_no} is addressed to its own sender — name the helper")

    def work(step: Step) -> str:
        step.agency(letter.from_agency, "requesting agency")
        step.agency(letter.to_agency, "helping agency")
        rid = step.node("AssistanceRequest", {
            "doc_no": letter.doc_no, "from_agency": letter.from_agency, "to_agency": letter.to_agency,
            "facts": letter.facts, "help_asked": letter.help_asked, "reason": letter.reason,
            "evidence": list(letter.evidence), "sent": on, "status": "pending"})
        if step.run(REQUEST, {"id": rid}):
            raise LifecycleError(f"assistance letter {letter.doc_no} from {step.name(letter.from_agency)} to "
                                 f"{step.name(letter.to_agency)} is already recorded")
        doc = step.document(Letter(letter.doc_no, kind="协助办理函"), letter.from_agency, on)
        step.rel("SENT", letter.from_agency, rid)
        step.rel("SENT_TO", rid, letter.to_agency)
        step.rel("EVIDENCED_BY", rid, doc)
        if letter.thread:
            step.rel("CONCERNS", rid, letter.thread)
        step.add_event(rid, 0, "assistance_letter_sent", on, letter.from_agency, to=letter.to_agency, doc=doc,
                       owners=(rid,), concerns=letter.thread)
        return rid

    return commit(graph, work, source=source, synthetic=synthetic)


def _assist_step(graph: Graph, request: str, kind: str, on: dt.date, *, source: str, synthetic: bool,
                 letter: Letter | None = None, reason: str | None = None, status: str | None = None) -> str:
    def work(step: Step) -> str:
        life = _life(step, REQUEST, request, "assistance request")
        q = life.info
        name = f"assistance letter {q['doc_no']} ({step.name(q['from_agency'])} → {step.name(q['to_agency'])})"
        if kind in life.done:
            raise LifecycleError(f"{name}: {kind.replace('_', ' ')} was already recorded on {life.done[kind]}")
        if kind != "assistance_letter_received" and "assistance_letter_received" not in life.done:
            raise LifecycleError(f"{name}: its receipt is not recorded — record the receipt first")
        for closed in ("assistance_letter_returned", "assistance_result_reported"):
            if closed in life.done and kind != "assistance_letter_received":
                raise LifecycleError(f"{name} is closed: {closed.replace('_', ' ')} on {life.done[closed]}")
        if kind == "assistance_letter_returned" and not (reason or "").strip():
            raise LifecycleError(f"returning {name} needs the reasons (说明原因, 003 第十七条)")
        _check_date(life, on, kind.replace("_", " "))
        doc = step.document(letter, q["to_agency"], on) if letter else q["doc_id"]
        to = q["from_agency"] if kind != "assistance_letter_received" else None
        ev = step.add_event(request, life.next_seq, kind, on, q["to_agency"], to=to, reason=reason, doc=doc,
                            owners=(request,), concerns=q["thread"])
        if status:
            step.unit.updates.append(step.f.update(request, {"status": status}))   # through the one writer
        return ev

    return commit(graph, work, source=source, synthetic=synthetic)


def receive_assistance(graph: Graph, request: str, *, on: dt.date, source: str, synthetic: bool = False) -> str:
    """The helper received the letter: the 5-working-day period to return it starts (003 第十七条)."""
    return _assist_step(graph, request, "assistance_letter_received", on, source=source, synthetic=synthetic)


def return_assistance(graph: Graph, request: str, *, on: dt.date, reason: str, letter: Letter, source: str,
                      synthetic: bool = False) -> str:
    """Return a letter outside the helper's functions, with reasons (退回并说明原因)."""
    return _assist_step(graph, request, "assistance_letter_returned", on, source=source, synthetic=synthetic,
                        letter=letter, reason=reason, status="returned")


def report_assistance(graph: Graph, request: str, *, on: dt.date, letter: Letter, source: str,
                      synthetic: bool = False) -> str:
    """The helper reports the result in writing (书面反馈协查结果)."""
    return _assist_step(graph, request, "assistance_result_reported", on, source=source, synthetic=synthetic,
                        letter=letter, status="completed")


# ------------------------------------------------------------------------------ complaints
def lodge_complaint(graph: Graph, complaint_no: str, *, lodged_with: str, on: dt.date, letter: Letter, source: str,
                    subject: str | None = None, violations: list[str] | tuple[str, ...] = (),
                    competent: str | None = None, synthetic: bool = False) -> str:
    """A complaint received by ``lodged_with`` (``letter``: its registration, not the complainant's
    name); ``competent`` is the agency that should decide it."""

    def work(step: Step) -> str:
        step.agency(lodged_with, "agency the complaint was lodged with")
        cid = step.node("Complaint", {"complaint_no": complaint_no, "lodged": on, "subject": subject,
                                      "violations": list(violations), "lodged_with": lodged_with})
        if step.run(COMPLAINT, {"id": cid}):
            raise LifecycleError(f"complaint {complaint_no} is already recorded")
        step.rel("LODGED_WITH", cid, lodged_with)
        if competent:
            step.agency(competent, "competent agency")
            step.rel("COMPETENT", cid, competent)
        doc = step.document(letter, lodged_with, on)
        step.rel("EVIDENCED_BY", cid, doc)
        step.add_event(cid, 0, "complaint_received", on, lodged_with, doc=doc, owners=(cid,), concerns=cid)
        return cid

    return commit(graph, work, source=source, synthetic=synthetic)


def notify_complainant(graph: Graph, complaint: str, *, on: dt.date, letter: Letter, source: str,
                       synthetic: bool = False) -> str:
    """Tell the complainant in writing which department to go to (003 第十一条: 3 working days)."""

    def work(step: Step) -> str:
        life = _life(step, COMPLAINT, complaint, "complaint")
        c = life.info
        if not c["competent"]:
            raise LifecycleError(f"complaint {c['no']} has no competent agency recorded — route it first")
        if c["competent"] == c["lodged_with"]:
            raise LifecycleError(f"{step.name(c['lodged_with'])} is competent for complaint {c['no']} — decide it "
                                 "instead of sending the complainant elsewhere")
        if "complainant_notified" in life.done:
            raise LifecycleError(f"the complainant of {c['no']} was already notified on {life.done['complainant_notified']}")
        _check_date(life, on, "the notice")
        doc = step.document(letter, c["lodged_with"], on)
        return step.add_event(complaint, life.next_seq, "complainant_notified", on, c["lodged_with"],
                              reason=f"向有管辖权的部门投诉: {step.name(c['competent'])}", doc=doc,
                              owners=(complaint,), concerns=complaint)

    return commit(graph, work, source=source, synthetic=synthetic)


def decide_complaint(graph: Graph, complaint: str, *, on: dt.date, letter: Letter, source: str,
                     synthetic: bool = False) -> str:
    """The competent department decides the complaint (投诉处理决定)."""

    def work(step: Step) -> str:
        life = _life(step, COMPLAINT, complaint, "complaint")
        c = life.info
        if c["competent"] and c["competent"] != c["lodged_with"]:
            raise LifecycleError(f"{step.name(c['lodged_with'])} is not competent for complaint {c['no']} — tell the "
                                 f"complainant to lodge it with {step.name(c['competent'])} (003 第十一条)")
        if "complaint_decided" in life.done:
            raise LifecycleError(f"complaint {c['no']} was already decided on {life.done['complaint_decided']}")
        _check_date(life, on, "the decision")
        doc = step.document(letter, c["lodged_with"], on)
        return step.add_event(complaint, life.next_seq, "complaint_decided", on, c["lodged_with"], doc=doc,
                              owners=(complaint,), concerns=complaint)

    return commit(graph, work, source=source, synthetic=synthetic)
