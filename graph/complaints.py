"""A complaint's statutory steps, recorded as dated events (超期预警, 002 十).

A complaint lodged with the competent agency owes, in order (graph/rules/deadlines.yaml):
acceptance or rejection (``complaint_acceptance``, 5 working days, 财政部令第94号 第二十一条), the reply
notice and the complaint's copy to the respondent (``complaint_investigation``, 8), the decision and the
written notice to the parties (``complaint_decision``/``complaint_notification``, 30, 政府采购法 第五十六条).
:func:`record_step` records one of them; :func:`graph.overdue.open_complaint_steps` says what is still owed,
and the desk warns before each step's deadline. Lodging (:func:`graph.assistance.lodge_complaint`), the
notice of a complaint lodged with the wrong department and the decision itself are in graph/assistance.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from graph.assistance import COMPLAINT, _check_date, _life
from graph.catalog import cypher
from graph.connection import Graph
from graph.lifecycle import Letter, LifecycleError, Step, commit
from graph.overdue import COMPLAINT_STEPS, warning_window
from graph.rules.deadlines import DeadlineRules, DeadlineState, load_rules
from graph.rules.workdays import WorkCalendar
from graph.types.values import native

FIND = cypher(
    "complaints.find",
    "MATCH (c:Complaint) WHERE c.id = $q OR c.complaint_no = $q\n"
    "RETURN c.id AS id, c.complaint_no AS no, c.lodged AS lodged, c.lodged_with AS lodged_with,\n"
    "  head([(c)-[:COMPETENT]->(a:Agency) | a.id]) AS competent,\n"
    "  [(c)-[:HAS_EVENT]->(e:Event) | {kind: e.kind, date: e.date}] AS events",
    q="TS-2024-001",
)
# the events this module records, with what the step is called in Chinese
STEPS = {
    "complaint_accepted": "受理投诉",
    "complaint_rejected": "书面告知不予受理",
    "complaint_reply_requested": "发出投诉答复通知书及投诉书副本",
    "complaint_parties_notified": "书面通知投诉人及有关当事人",
}


def record_step(graph: Graph, complaint: str, kind: str, *, on: dt.date, letter: Letter, source: str,
                reason: str | None = None, synthetic: bool = False) -> str:
    """Record step ``kind`` (one of :data:`STEPS`) of ``complaint`` by the agency it was lodged with."""
    if kind not in STEPS:
        raise LifecycleError(f"complaint step {kind!r}: use one of {', '.join(STEPS)}")

    def work(step: Step) -> str:
        life = _life(step, COMPLAINT, complaint, "complaint")
        c = life.info
        if c["competent"] and c["competent"] != c["lodged_with"]:
            raise LifecycleError(f"{step.name(c['lodged_with'])} is not competent for complaint {c['no']} — tell the "
                                 f"complainant to lodge it with {step.name(c['competent'])} (003 第十一条)")
        if kind in life.done:
            raise LifecycleError(f"complaint {c['no']}: {STEPS[kind]} was already recorded on {life.done[kind]}")
        if "complaint_rejected" in life.done:
            raise LifecycleError(f"complaint {c['no']} was rejected on {life.done['complaint_rejected']}: "
                                 "no later step is owed")
        if kind == "complaint_parties_notified" and "complaint_decided" not in life.done:
            raise LifecycleError(f"complaint {c['no']} is not decided yet — record the decision before the notice")
        _check_date(life, on, STEPS[kind])
        doc = step.document(letter, c["lodged_with"], on)
        return step.add_event(complaint, life.next_seq, kind, on, c["lodged_with"], reason=reason, doc=doc,
                              owners=(complaint,), concerns=complaint)

    return commit(graph, work, source=source, synthetic=synthetic)


def find(graph: Graph, ref: str) -> dict:
    """A complaint by id or number, with its events (kind → first date) as ``done``."""
    rows = graph.read(FIND, {"q": ref.strip()})
    if len(rows) != 1:
        raise LifecycleError(f"{'no' if not rows else 'more than one'} complaint {ref!r}"
                             + (" — give its id" if rows else ""))
    r = rows[0]
    done: dict[str, dt.date] = {}
    for e in sorted(r["events"], key=lambda e: native(e["date"])):
        done.setdefault(e["kind"], native(e["date"]))
    return {**r, "lodged": native(r["lodged"]), "done": done}


@dataclass(frozen=True)
class StepState:
    rule_id: str
    zh: str
    clause: str
    due: dt.date | None
    warn_on: dt.date | None  # the first day of its warning window (002 十)
    done: dt.date | None  # the day it was done (or a later step, which implies it)
    state: DeadlineState
    warning: bool  # open and inside its window on the day asked about


def step_states(done: Mapping[str, dt.date], lodged: dt.date, today: dt.date, cal: WorkCalendar,
                rules: DeadlineRules | None = None) -> list[StepState]:
    """Every statutory step of a complaint lodged with the competent agency on ``lodged``: due date,
    warning day, when it was done (its own event, else the first event of a later step), its state on
    ``today``. After a rejection (不予受理) only acceptance is listed."""
    rules = rules or load_rules()
    out: list[StepState] = []
    later: dt.date | None = None
    finished: dict[str, dt.date | None] = {}
    for step in reversed(COMPLAINT_STEPS):  # a later step done implies this one
        own = min((done[k] for k in rules.get(step).completes if k in done), default=None)
        finished[step] = own or later
        later = finished[step] if finished[step] else later
    for step in COMPLAINT_STEPS:
        if "complaint_rejected" in done and step != "complaint_acceptance":
            break
        rule = rules.get(step)
        st = rules.status(step, lodged, finished[step], today, cal, soon_within=-1)
        window = warning_window(rules, step, lodged, today, cal, st.state)
        out.append(StepState(step, rule.zh, rule.clause, st.due, window[1] if window else None, finished[step],
                             st.state, bool(window and window[2]) and finished[step] is None))
    return out
