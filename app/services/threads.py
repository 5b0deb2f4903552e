"""线索追踪: a clue's or case's custody path as a timeline, its deadlines and overdue flags.

Custody comes from :mod:`graph.custody` (events, hops, the holder by ``HOLDS``). What is owed now
— overdue or due soon — comes from :func:`graph.overdue.deadline_rows`, the project's one reading of
the open obligations. The deadline *history* (met on time, met late, not applicable) is the rules
of ``graph/rules/deadlines.yaml`` applied to the thread's events (:func:`deadlines`): every
event that triggers a rule opens a period; the first later event that completes it — in the same
referral for a referral's steps — closes it. The agency responsible is the one that recorded the
trigger (the receiver for a receipt, the finder for a finding).

Some rules are alternatives or conditional, and are shown so:
* a received referral is accepted, returned (5 working days) or forwarded (promptly): once one of
  these happened, the others do not apply; while none did, the 5-day limit is the one watched;
* ``transfer_case`` applies only "when the case needs transferring": a thread that was never
  transferred shows its date as a reference, never as overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from app.services import zh
from app.services.access import Policy, Viewer, load_policy
from app.services.nodes import NodeView, fetch_nodes
from graph import custody as cust
from graph.catalog import cypher
from graph.choosers import NotFound
from graph.connection import Graph
from graph.overdue import DeadlineRow as OwedRow
from graph.overdue import deadline_rows
from graph.rules.deadlines import DeadlineState, load_rules
from graph.rules.workdays import WorkCalendar
from graph.threads import file_name
from supervision.history import KIND_ZH, ReferralInfo, ThreadHistory

SOON_WITHIN = 2
DECISIONS = ("acceptance_decided", "case_returned", "case_forwarded")
CONDITIONAL = {"transfer_case"}

THREAD_LIST = cypher(
    "app.threads.list",
    """MATCH (t) WHERE (t:Clue OR t:Case) AND NOT t.id IN $exclude
  AND ($q = '' OR toLower(coalesce(t.clue_no, t.case_no, '')) CONTAINS $q
       OR toLower(coalesce(t.summary, t.title, '')) CONTAINS $q)
RETURN t.id AS id, labels(t)[0] AS label, properties(t) AS props,
       head([(a:Agency)-[:HOLDS]->(t) | a.name]) AS holder
ORDER BY coalesce(t.received, t.opened) DESC, t.id
LIMIT $limit""",
    exclude=[], q="", limit=10,
)

THREAD_LETTERS = cypher(
    "app.threads.letters",
    """MATCH (t {id: $id})-[:EVIDENCED_BY]->(d:Document)
RETURN d.id AS id, d.path AS path, d.act_kind AS act, d.kind AS kind, d.date AS date, d.doc_no AS doc_no,
       d.issuer AS issuer, d.title AS title
ORDER BY date, path""",
    id="case:0",
)


DEMO_THREADS = cypher(
    "app.threads.demo",
    "MATCH (t:Clue) WHERE t.synthetic = true RETURN count(t) AS n",
)


def default_as_of(graph: Graph) -> dt.date:
    """The day deadlines are judged on unless the user picks another: today — or, on the synthetic
    demo county, the demo's own date (its matters are of 2024, so today would call them all late)."""
    from graph.demo import DEMO_TODAY

    rows = graph.read(DEMO_THREADS)
    return DEMO_TODAY if rows and rows[0]["n"] else dt.date.today()


@dataclass(frozen=True)
class LetterItem:
    """One letter of the thread: what it does (in Chinese), its number, date and issuer."""

    doc_id: str
    file: str
    act_zh: str
    date: dt.date | None
    doc_no: str | None
    issuer: str | None
    title: str | None


@lru_cache(maxsize=1)
def calendar() -> WorkCalendar:
    return WorkCalendar()


@dataclass(frozen=True)
class DeadlineRow:
    rule_id: str
    rule_zh: str
    clause: str
    quote: str
    trigger_kind: str
    trigger_date: dt.date
    responsible: str  # agency id
    referral: str | None  # referral id when the rule is about one referral
    due: dt.date | None
    state: str  # on_time | overdue | due_soon | pending | n/a | reference
    completed_on: dt.date | None
    overdue_by: int | None
    working_days_left: int | None

    @property
    def state_zh(self) -> str:
        return zh.deadline_state(self.state)


@dataclass(frozen=True)
class HopRow:
    kind: str
    kind_zh: str
    date: dt.date
    from_id: str | None
    from_name: str
    to_id: str
    to_name: str
    doc_no: str | None
    reason: str | None


@dataclass(frozen=True)
class EventItem:
    date: dt.date
    kind: str
    kind_zh: str
    by: str
    to: str
    doc_no: str | None
    reason: str | None
    referral_doc_nos: tuple[str, ...]


@dataclass
class ThreadView:
    node: NodeView
    holder_id: str | None
    holder_name: str | None
    since: dt.date | None
    consistent: bool
    hops: list[HopRow]
    events: list[EventItem]
    referrals: list[ReferralInfo]
    deadlines: list[DeadlineRow]
    owed: list[OwedRow] = field(default_factory=list)  # open obligations, overdue or due soon
    names: dict[str, str] = field(default_factory=dict)
    letters: list[LetterItem] = field(default_factory=list)
    review: list[str] = field(default_factory=list)  # letters that could not be placed with confidence

    @property
    def overdue(self) -> list[OwedRow]:
        return [d for d in self.owed if d.overdue]

    @property
    def due_soon(self) -> list[OwedRow]:
        return [d for d in self.owed if not d.overdue]


def deadlines(hist: ThreadHistory, today: dt.date, *, cal: WorkCalendar | None = None) -> list[DeadlineRow]:
    """The deadline of every rule the thread's events triggered, with its state on ``today``."""
    rules = load_rules()
    cal = cal or calendar()
    out: list[DeadlineRow] = []
    events = hist.events
    transferred = any(e.kind == "case_transferred" for e in events)
    for i, trig in enumerate(events):
        scope = set(trig.referrals)
        later = [e for e in events[i + 1:] if not scope or scope & set(e.referrals)]
        decision = next((e for e in later if e.kind in DECISIONS), None)
        for rule in rules.for_trigger(trig.kind):
            if rule.unit == "before_deadline":
                continue
            done = next((e for e in later if e.kind in rule.completes), None)
            status = rules.status(rule.id, trig.date, done.date if done else None, today, cal, soon_within=SOON_WITHIN)
            state = status.state.value
            if trig.kind == "case_received" and decision is not None and (done is None or done.kind not in rule.completes):
                state = "n/a"  # accepted, or decided the other way
            elif rule.id in CONDITIONAL and not transferred:
                state = "reference"
            elif rule.is_promptly and done is None:
                state = "pending"
            out.append(DeadlineRow(
                rule.id, rule.zh, rule.clause, rule.quote, trig.kind, trig.date, trig.agency_id,
                trig.referrals[0] if trig.referrals else None, status.due, state,
                done.date if done else None,
                status.overdue_by if state == DeadlineState.OVERDUE.value else None,
                status.working_days_left if state in ("due_soon", "pending") else None,
            ))
    return out


def list_threads(graph: Graph, viewer: Viewer, text: str = "", *, limit: int = 200, policy: Policy | None = None) -> list[tuple[NodeView, str]]:
    """Clues and cases the viewer may see (newest first), with the holder's name."""
    viewer.require("threads")
    policy = policy or load_policy(graph)
    rows = graph.read(THREAD_LIST, {"exclude": policy.hidden_ids(viewer), "q": text.strip().lower(), "limit": limit})
    out = []
    for r in rows:
        view = policy.view(viewer, r["id"], dict(r["props"]), r["label"])
        if view is not None:
            out.append((view, r["holder"] or ""))
    return out


def thread_view(graph: Graph, viewer: Viewer, ref: str, *, today: dt.date | None = None, policy: Policy | None = None) -> ThreadView:
    viewer.require("threads")
    policy = policy or load_policy(graph)
    thread_id = cust.resolve_thread(graph, ref)
    found = fetch_nodes(graph, [thread_id]).get(thread_id)
    view = policy.view(viewer, thread_id, found[1]) if found else None
    if found is None or view is None:
        raise NotFound(f"没有找到线索 {ref}（或无权查看）")
    hist = cust.read_history(graph.read, thread_id)
    if hist is None:
        raise NotFound(f"没有找到线索 {ref}（或无权查看）")
    today = today or dt.date.today()
    ids = [e.agency_id for e in hist.events] + [e.to_id for e in hist.events if e.to_id] + hist.holder_ids
    ids += [r.from_agency for r in hist.referrals.values()] + [r.to_agency for r in hist.referrals.values()]
    names = cust.agency_names(graph, [i for i in ids if i])

    def name(agency_id: str | None) -> str:
        return names.get(agency_id or "", agency_id or "-")

    doc_nos = {r.id: r.doc_no for r in hist.referrals.values()}
    hops = [HopRow(h.kind, KIND_ZH.get(h.kind, h.kind), h.date, h.from_id, name(h.from_id) if h.from_id else "—",
                   h.to_id, name(h.to_id), h.doc_no, h.reason) for h in hist.hops()]
    events = [EventItem(e.date, e.kind, KIND_ZH.get(e.kind, e.kind), name(e.agency_id), name(e.to_id) if e.to_id else "",
                        e.doc_no, e.reason, tuple(doc_nos.get(r, r) for r in e.referrals)) for e in hist.events]
    holder = hist.holder_id
    rows = letter_deadlines(graph, thread_id, today) if found[1].get("derived") == "letters" else deadlines(hist, today)
    letters = [LetterItem(r["id"], file_name(r["path"] or ""), zh.doc_kind(r["act"] or r["kind"]),
                          cust.native(r["date"]), r["doc_no"], r["issuer"], policy.redact(viewer, r["title"] or ""))
               for r in graph.read(THREAD_LETTERS, {"id": thread_id}) if policy.visible(viewer, r["id"])]
    return ThreadView(view, holder, names.get(holder or "") if holder else None, hist.holder_since, hist.consistent,
                      hops, events, sorted(hist.referrals.values(), key=lambda r: (r.sent or dt.date.min, r.doc_no)),
                      rows, owed_on(graph, thread_id, today), names, letters, list(found[1].get("review") or []))


def letter_deadlines(graph: Graph, thread_id: str, today: dt.date, *, cal: WorkCalendar | None = None) -> list[DeadlineRow]:
    """A thread made from letters: its stored deadlines (graph/threads.py), each judged on ``today``."""
    from graph.threads import thread_deadlines

    rules = load_rules()
    cal = cal or calendar()
    out = []
    for d, r in thread_deadlines(graph, thread_id):
        rule = rules.get(d.rule)
        status = d.status(today)
        state = {"met": "on_time", "not_assessable": "n/a", "open": "pending"}.get(status, status)
        left = cal.workdays_between(today, d.due) if status == "open" and d.due else None
        if state == "pending" and left is not None and left <= SOON_WITHIN:
            state = "due_soon"
        late = d.done if status == "missed" else today if status == "overdue" else None
        out.append(DeadlineRow(
            rule.id, rule.zh, rule.clause, rule.quote, f"letter {d.for_file}", d.anchor or dt.date.min,
            r["owner_id"] or d.owner or "", None, d.due, state, d.done,
            cal.workdays_between(d.due, late) if late and d.due else None, left))
    return out


def owed_on(graph: Graph, thread_id: str, today: dt.date) -> list[OwedRow]:
    """The thread's open obligations (any agency) that are overdue or due within :data:`SOON_WITHIN`."""
    return [r for r in deadline_rows(graph, today=today, within=SOON_WITHIN) if r.thread_id == thread_id]
