"""Deadlines in the graph (超期预警): what each agency owes, by when, from the recorded events.

Every open obligation is a rule of ``graph/rules/deadlines.yaml`` started by an event and not
yet completed; :func:`deadline_rows` evaluates them with :class:`~graph.rules.workdays.WorkCalendar`
on ``today``:

============================  =====================================================  ============
obligation                    started by → completed by                              who owes it
============================  =====================================================  ============
transfer_case                 a thread found by an agency that is not competent →    the finder
                              its transfer
return_out_of_duty            a referral received (or sent, receipt not recorded) →  the receiver
                              return, unless accepted or forwarded
notify_acceptance             acceptance decided → acceptance reported               the receiver
report_outcome                handling completed → outcome reported                  the receiver
forward_other_level           a forwarded referral's receipt → notice to the sender  the forwarder
return_assistance             an assistance letter received → returned, unless the   the helper
                              result was reported
assistance_feedback           an assistance letter received → result reported        the helper
wrong_department_notice       a complaint lodged with a non-competent agency →       that agency
                              complainant notified
complaint_acceptance,         a complaint lodged with the competent agency →         that agency
_investigation, _decision,    accepted (or rejected), reply notice sent, decided,
_notification                 parties notified (``open_complaint_steps``)
record_penalty_credit         a structured penalty (Sanction kind penalty, e.g.       the authority
                              loaded) → ``credit_recorded`` (letters' penalties
                              come as Deadline nodes, graph/threads.py)
push_credit_china             the same penalty → ``credit_pushed`` ("promptly")       the locality's ndrc
hold_joint_meeting            a mechanism's rhythm period (yearly, half-yearly)       the lead agency
                              ends with no meeting held (graph/meetings.py)
meeting_decision              a meeting decision's own due date → done               its owner
publish_inspection            an inspection's completion → its results published     the initiator
                              (graph/inspections.py, 002 七)
============================  =====================================================  ============

"Promptly" rules (forward_other_level, assistance_feedback) have no period: they are listed
only when ``promptly_default`` working days are given, and their rows say so (``due_is_default``).

Warnings before a deadline (超期预警, 002 十): a ``before_deadline`` rule of deadlines.yaml names the
step it warns about (``of``) and its window (``period.n`` working days before the step's due date).
It is not an obligation of its own: from the warning day until the step is done or overdue, the
step's row carries ``warning`` (and ``warn_on``, ``warning_rule``) and is shown even when it is not
yet due soon — on the desk of the agency that owes the step (:func:`warning_window`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.custody import agency_names
from graph.meetings import meeting_obligations
from graph.obligations import Obligation
from graph.rules.deadlines import (
    DeadlineRule,
    DeadlineRules,
    DeadlineState,
    DeadlineStatus,
    load_rules,
)
from graph.rules.workdays import WorkCalendar
from graph.types.values import native
from supervision.acts import number_key

REFERRALS = cypher(
    "overdue.referrals",
    "MATCH (r:Referral)\n"
    "WHERE ($agency IS NULL OR r.to_agency = $agency) AND r.acts IS NULL\n"
    "RETURN r.id AS id, r.doc_no AS doc_no, r.from_agency AS from_agency, r.to_agency AS to_agency,\n"
    "  r.sent AS sent, head([(r)-[:CONCERNS]->(t) | t.id]) AS thread,\n"
    "  [(r)-[:HAS_EVENT]->(e:Event) | {kind: e.kind, date: e.date}] AS events",
    agency=None,
)
REQUESTS = cypher(
    "overdue.assistance",
    "MATCH (q:AssistanceRequest)\n"
    "WHERE $agency IS NULL OR q.to_agency = $agency\n"
    "RETURN q.id AS id, q.doc_no AS doc_no, q.from_agency AS from_agency, q.to_agency AS to_agency,\n"
    "  q.sent AS sent, head([(q)-[:CONCERNS]->(t) | t.id]) AS thread,\n"
    "  [(q)-[:HAS_EVENT]->(e:Event) | {kind: e.kind, date: e.date}] AS events",
    agency=None,
)
COMPLAINTS = cypher(
    "overdue.complaints",
    "MATCH (c:Complaint)\n"
    "WHERE $agency IS NULL OR c.lodged_with = $agency\n"
    "RETURN c.id AS id, c.complaint_no AS doc_no, c.lodged_with AS lodged_with, c.lodged AS lodged,\n"
    "  head([(c)-[:COMPETENT]->(a:Agency) | a.id]) AS competent,\n"
    "  [(c)-[:HAS_EVENT]->(e:Event) | {kind: e.kind, date: e.date}] AS events",
    agency=None,
)
PENALTIES = cypher(
    "overdue.penalties",
    "MATCH (a:Agency)-[:IMPOSED]->(s:Sanction)\n"
    "WHERE s.kind = 'penalty' AND (s.credit_recorded IS NULL OR s.credit_pushed IS NULL)\n"
    "RETURN s.id AS id, s.doc_no AS doc_no, s.start AS decided, a.id AS agency, a.region AS region,\n"
    "  s.credit_recorded AS recorded, s.credit_pushed AS pushed, head([(s)-[:AGAINST]->(p) | p.name]) AS party",
)
NDRC = cypher(
    "overdue.ndrc",
    "MATCH (n:Agency) WHERE n.kind = 'ndrc' AND n.region IN $regions RETURN n.region AS region, n.id AS id",
    regions=["示例县"],
)
PENALTY_LETTERS = cypher(
    "overdue.penalty_letters",
    "MATCH (d:Document) WHERE d.act_kind = 'penalty' AND d.doc_no IS NOT NULL RETURN d.doc_no AS doc_no",
)
INSPECTIONS = cypher(
    "overdue.inspections",
    "MATCH (i:Inspection)\n"
    "WHERE i.completed IS NOT NULL AND i.published IS NULL AND i.initiator IS NOT NULL\n"
    "  AND ($agency IS NULL OR i.initiator = $agency)\n"
    "RETURN i.id AS id, i.name AS name, i.initiator AS agency, i.completed AS completed",
    agency=None,
)
FOUND_THREADS = cypher(
    "overdue.found_threads",
    "MATCH (c:Agency)<-[:COMPETENT]-(t)\n"
    "WHERE t:Clue OR t:Case\n"
    "RETURN t.id AS id, coalesce(t.clue_no, t.case_no) AS doc_no, c.id AS competent,\n"
    "  [(t)-[:HAS_EVENT]->(e:Event) | {kind: e.kind, date: e.date, agency: e.agency_id}] AS events",
)


@dataclass(frozen=True)
class DeadlineRow:
    agency_id: str
    agency_name: str
    rule_id: str
    clause: str
    rule_zh: str
    subject_id: str  # the referral, assistance request, complaint or thread
    subject: str  # its document or case number
    counterpart: str | None  # the other agency (sender, requester, competent agency)
    thread_id: str | None
    trigger: str
    trigger_date: dt.date
    due: dt.date | None
    state: DeadlineState
    overdue_by: int | None
    working_days_left: int | None
    due_is_default: bool
    note: str = ""
    # 超期预警 (002 十): the step is inside its warning window on the day asked about
    warning: bool = False
    warn_on: dt.date | None = None  # the first day of the window (whether or not it has come)
    warning_rule: str | None = None  # the before_deadline rule that sets the window

    @property
    def overdue(self) -> bool:
        return self.state is DeadlineState.OVERDUE


def _first(events: list[dict[str, Any]]) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    for e in sorted(events, key=lambda e: native(e["date"])):
        out.setdefault(e["kind"], native(e["date"]))
    return out


def referral_obligations(r: dict[str, Any]) -> Iterator[Obligation]:
    done = _first(r["events"])
    base = {"agency": r["to_agency"], "subject_id": r["id"], "subject": r["doc_no"], "counterpart": r["from_agency"],
            "thread_id": r["thread"]}
    decided = {"acceptance_decided", "case_returned", "case_forwarded"} & done.keys()
    received = done.get("case_received")
    sent = native(r["sent"])
    if not decided:
        if received:
            yield Obligation("return_out_of_duty", trigger="case_received", trigger_date=received, **base)
        elif sent:
            yield Obligation("return_out_of_duty", trigger="case_transferred", trigger_date=sent,
                              note="receipt not recorded: counted from sending", **base)
    if "acceptance_decided" in done and "acceptance_reported" not in done:
        yield Obligation("notify_acceptance", trigger="acceptance_decided", trigger_date=done["acceptance_decided"], **base)
    if "handling_completed" in done and "outcome_reported" not in done:
        yield Obligation("report_outcome", trigger="handling_completed", trigger_date=done["handling_completed"], **base)
    if "case_forwarded" in done and "sender_notified" not in done and received:
        yield Obligation("forward_other_level", trigger="case_received", trigger_date=received,
                          note="forwarded without the written notice to the sender", **base)


def assistance_obligations(q: dict[str, Any]) -> Iterator[Obligation]:
    done = _first(q["events"])
    if {"assistance_letter_returned", "assistance_result_reported"} & done.keys():
        return
    received = done.get("assistance_letter_received")
    start, trigger, note = (received, "assistance_letter_received", "") if received else (
        native(q["sent"]), "assistance_letter_sent", "receipt not recorded: counted from sending")
    if start is None:
        return
    base = {"agency": q["to_agency"], "subject_id": q["id"], "subject": q["doc_no"], "counterpart": q["from_agency"],
            "thread_id": q["thread"], "trigger": trigger, "trigger_date": start, "note": note}
    yield Obligation("return_assistance", **base)
    yield Obligation("assistance_feedback", **base)


# the statutory steps of a complaint lodged with the competent agency, in order (deadlines.yaml)
COMPLAINT_STEPS = ("complaint_acceptance", "complaint_investigation", "complaint_decision", "complaint_notification")


def open_complaint_steps(done: Mapping[str, dt.date], rules: DeadlineRules | None = None) -> list[str]:
    """The steps of :data:`COMPLAINT_STEPS` still owed, given the complaint's recorded events (kind → date).

    A step is done when an event that completes it is recorded, or one that completes a later step
    (a decided complaint was accepted and investigated); a rejection (不予受理) ends them all.
    """
    rules = rules or load_rules()
    if "complaint_rejected" in done:
        return []
    owed: list[str] = []
    for step in reversed(COMPLAINT_STEPS):
        if set(rules.get(step).completes) & done.keys():
            break
        owed.append(step)
    return owed[::-1]


def complaint_obligations(c: dict[str, Any]) -> Iterator[Obligation]:
    done = _first(c["events"])
    lodged = done.get("complaint_received") or native(c["lodged"])
    if lodged is None:
        return
    base = {"agency": c["lodged_with"], "subject_id": c["id"], "subject": c["doc_no"], "counterpart": c["competent"],
            "thread_id": c["id"], "trigger": "complaint_received", "trigger_date": lodged}
    if c["competent"] and c["competent"] != c["lodged_with"]:
        if "complainant_notified" not in done:
            yield Obligation("wrong_department_notice", note="lodged with a department that is not competent", **base)
        return
    for step in open_complaint_steps(done):
        yield Obligation(step, **base)


def thread_obligations(t: dict[str, Any]) -> Iterator[Obligation]:
    events = sorted(t["events"], key=lambda e: native(e["date"]))
    found = next((e for e in events if e["kind"] == "violation_found"), None)
    if found is None or found["agency"] == t["competent"]:
        return
    if any(e["kind"] == "case_transferred" and e["agency"] == found["agency"] for e in events):
        return
    yield Obligation("transfer_case", agency=found["agency"], subject_id=t["id"], subject=t["doc_no"],
                      counterpart=t["competent"], thread_id=t["id"], trigger="violation_found",
                      trigger_date=native(found["date"]), note="found by an agency that is not competent")


def letter_obligations(graph: Graph, agency_id: str | None = None) -> Iterator[Obligation]:
    """The open deadlines of the threads the letters make (graph/threads.py stores them as
    ``Deadline`` nodes, met ones with their ``done`` date; moot ones are never stored)."""
    from graph.threads import DEADLINES

    for r in graph.read(DEADLINES, {"agency": agency_id}):
        if r["done"] is not None or r["anchor"] is None or r["owner_id"] is None:
            continue
        yield Obligation(r["rule"], agency=r["owner_id"], subject_id=r["thread_id"], subject=r["number"],
                          counterpart=None, thread_id=r["thread_id"], trigger=r["for_file"],
                          trigger_date=native(r["anchor"]), note=f"letter {r['for_file']}")


def penalty_obligations(graph: Graph, agency_id: str | None = None) -> Iterator[Obligation]:
    """Structured penalties (Sanction kind penalty) not yet recorded on the credit platform (003 第九条).
    A penalty whose decision number is also a penalty letter's is left to the letters' Deadline."""
    lettered = {number_key(r["doc_no"]) for r in graph.read(PENALTY_LETTERS)}  # 罚（2024）3号 = 罚〔2024〕3号
    rows = graph.read(PENALTIES)
    ndrc: dict[str, str] = {}
    for n in graph.read(NDRC, {"regions": sorted({r["region"] for r in rows if r["region"]})}):
        ndrc.setdefault(n["region"], n["id"])
    for r in rows:
        note = f"penalty on {r['party']}" if r["party"] else ""
        base = {"subject_id": r["id"], "subject": r["doc_no"] or r["id"], "thread_id": None,
                "trigger": "penalty_decided", "trigger_date": native(r["decided"]), "note": note}
        lettered_penalty = bool(r["doc_no"]) and number_key(r["doc_no"]) in lettered
        if r["recorded"] is None and not lettered_penalty and (agency_id is None or r["agency"] == agency_id):
            yield Obligation("record_penalty_credit", agency=r["agency"], counterpart=None, **base)
        # 001 一(五): the locality's development and reform body pushes it to 信用中国 ("promptly")
        pusher = ndrc.get(r["region"])
        if r["pushed"] is None and pusher and (agency_id is None or pusher == agency_id):
            yield Obligation("push_credit_china", agency=pusher, counterpart=r["agency"], **base)


def obligations(graph: Graph, agency_id: str | None = None) -> list[Obligation]:
    """Every open obligation in the graph (optionally only those ``agency_id`` owes)."""
    p = {"agency": agency_id}
    out: list[Obligation] = list(letter_obligations(graph, agency_id))
    for r in graph.read(REFERRALS, p):
        out.extend(referral_obligations(r))
    for q in graph.read(REQUESTS, p):
        out.extend(assistance_obligations(q))
    for c in graph.read(COMPLAINTS, p):
        out.extend(complaint_obligations(c))
    for t in graph.read(FOUND_THREADS):
        out.extend(o for o in thread_obligations(t) if agency_id is None or o.agency == agency_id)
    out.extend(mechanism_obligations(graph, agency_id))
    return out


def mechanism_obligations(graph: Graph, agency_id: str | None = None) -> list[Obligation]:
    """What the mechanisms of issue 13 owe: penalties to record, inspection results to publish,
    joint meetings to hold and their decisions to carry out."""
    out = list(penalty_obligations(graph, agency_id))
    for i in graph.read(INSPECTIONS, {"agency": agency_id}):
        out.append(Obligation("publish_inspection", agency=i["agency"], subject_id=i["id"], subject=i["name"],
                               counterpart=None, thread_id=None, trigger="inspection_completed",
                               trigger_date=native(i["completed"])))

    out.extend(meeting_obligations(graph, agency_id))
    return out


def warning_rules(rules: DeadlineRules) -> dict[str, DeadlineRule]:
    """The ``before_deadline`` rules by the step they warn about."""
    return {r.of: r for r in rules.rules.values() if r.unit == "before_deadline" and r.of}


def warning_window(rules: DeadlineRules, rule_id: str, trigger_date: dt.date, today: dt.date, cal: WorkCalendar,
                   state: DeadlineState, *, promptly_default: int | None = None
                   ) -> tuple[DeadlineRule, dt.date, bool] | None:
    """The warning rule of step ``rule_id`` started on ``trigger_date``, the first day of its window, and
    whether ``today`` is inside it (from that day until the step is overdue); None when no rule warns
    about the step (or the step has no due date)."""
    w = warning_rules(rules).get(rule_id)
    if w is None:
        return None
    on = rules.due_date(w.id, trigger_date, cal, promptly_default=promptly_default)
    if on is None:
        return None
    return w, on, state is not DeadlineState.OVERDUE and today >= on


def rows_of(obs: Iterable[Obligation], names: Mapping[str, str], *, today: dt.date, cal: WorkCalendar,
            within: int | None = None, promptly_default: int | None = None,
            include_pending: bool = False) -> list[DeadlineRow]:
    """The deadline rows of ``obs`` on ``today`` (see :func:`deadline_rows`), sorted."""
    rules = load_rules()
    rows: list[DeadlineRow] = []
    for o in obs:
        if o.due is not None:
            fixed = _fixed_row(o, o.due, dict(names), today, cal, within, include_pending)
            if fixed is not None:
                rows.append(fixed)
            continue
        rule = rules.get(o.rule_id)
        if rule.is_promptly and promptly_default is None:
            continue
        st: DeadlineStatus = rules.status(o.rule_id, o.trigger_date, None, today, cal,
                                          soon_within=within if within is not None else -1,
                                          promptly_default=promptly_default)
        window = warning_window(rules, o.rule_id, o.trigger_date, today, cal, st.state,
                                promptly_default=promptly_default)
        warning = bool(window and window[2])
        if not (warning or include_pending):
            if st.state is DeadlineState.PENDING:
                continue
            if st.state is DeadlineState.DUE_SOON and within is None:
                continue
        rows.append(DeadlineRow(
            agency_id=o.agency, agency_name=names.get(o.agency, o.agency), rule_id=o.rule_id, clause=rule.clause,
            rule_zh=rule.zh, subject_id=o.subject_id, subject=o.subject,
            counterpart=names.get(o.counterpart or "", o.counterpart), thread_id=o.thread_id, trigger=o.trigger,
            trigger_date=o.trigger_date, due=st.due, state=st.state, overdue_by=st.overdue_by,
            working_days_left=st.working_days_left, due_is_default=st.due_is_default, note=o.note,
            warning=warning, warn_on=window[1] if window else None, warning_rule=window[0].id if window else None))
    rows.sort(key=lambda r: (not r.overdue, -(r.overdue_by or 0), r.due or dt.date.max, r.agency_name, r.subject))
    return rows


def deadline_rows(graph: Graph, *, today: dt.date, agency_id: str | None = None, within: int | None = None,
                  calendar: WorkCalendar | None = None, promptly_default: int | None = None,
                  include_pending: bool = False) -> list[DeadlineRow]:
    """Overdue obligations, plus those due within ``within`` working days (0 = due today) and those
    inside their warning window (``warning``, 002 十).

    Sorted: overdue first (most overdue first), then by due date. ``include_pending`` also
    returns obligations not yet due soon.
    """
    obs = obligations(graph, agency_id)
    names = agency_names(graph, [o.agency for o in obs] + [o.counterpart for o in obs if o.counterpart])
    return rows_of(obs, names, today=today, cal=calendar or WorkCalendar(), within=within,
                   promptly_default=promptly_default, include_pending=include_pending)


def _fixed_row(o: Obligation, due: dt.date, names: dict[str, str], today: dt.date, cal: WorkCalendar,
               within: int | None, include_pending: bool) -> DeadlineRow | None:
    """A row for an obligation whose record sets its due date ``due`` (judged like the rules' deadlines)."""
    left = overdue_by = None
    if today > due:
        state, overdue_by = DeadlineState.OVERDUE, cal.workdays_between(due, today)
    else:
        left = cal.workdays_between(today, due)
        soon = within is not None and left <= within
        state = DeadlineState.DUE_SOON if soon else DeadlineState.PENDING
        if not soon and not include_pending:
            return None
    return DeadlineRow(
        agency_id=o.agency, agency_name=names.get(o.agency, o.agency), rule_id=o.rule_id, clause=o.clause,
        rule_zh=o.zh, subject_id=o.subject_id, subject=o.subject,
        counterpart=names.get(o.counterpart or "", o.counterpart), thread_id=o.thread_id, trigger=o.trigger,
        trigger_date=o.trigger_date, due=due, state=state, overdue_by=overdue_by, working_days_left=left,
        due_is_default=False, note=o.note)
