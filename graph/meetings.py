"""Joint meetings (联席会议) of a locality's mechanism: who convenes, who attended, the minutes, and each
decision as an action with an owner agency and a due date, tracked until done.

The seeds set who convenes and how often (the mechanism's ``clause``/``quote`` in
``graph/rules/reference/agencies.yaml``, stored on the Mechanism node):

- 绵竹 (000 三(一)) "联席会议由市财政局每年发起一次" — yearly, by the finance bureau; ad hoc by any member;
- 修武 (002 一(一)) "原则上,每半年召开一次联席会议" — half-yearly, by the DRC; ad hoc on a member's request;
- 鲤城 (001 二(一)) "联席会议根据工作需要不定期召开，由牵头单位召集主持" — ad hoc, minutes (纪要) state the decisions;
- 曾都 (003 第五、六条) yearly work meeting; joint meetings "定期或不定期", disagreements to the government.

**Rhythm as an obligation** (``hold_joint_meeting``, owed by the mechanism's lead agency): each calendar
year (yearly) or half-year (half_yearly, Jan–Jun / Jul–Dec) must hold a regular meeting. Tracking starts
with the first regular meeting recorded: after the last one, the next is due by the end of the following
period. A mechanism with no meeting recorded is not judged (the graph cannot know what came before it).

**Decisions** (``meeting_decision``, 001 二(一) "联席会议以纪要形式明确会议议定事项，印发各成员单位及有关方面贯彻落实"
and 001 三 "认真落实联席会议确定的工作任务和议定事项"): owed by the owner agency by the decision's due date,
until marked done. Both appear in ``liandong overdue`` through :func:`meeting_obligations`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.obligations import Obligation
from graph.types.text import view
from graph.types.values import native
from graph.writer import NotStored, RecordFactory, Unit, update_node, write_unit
from supervision.acts import number_writings

DECISION_CLAUSE = "001 二(一)"
REFERRAL_CLAUSE = "003 第六条"
RHYTHM_ZH = {"yearly": "每年", "half_yearly": "每半年", "quarterly": "每季度", "regular": "定期", "ad_hoc": "不定期"}
KIND_ZH = {"regular": "例会", "ad_hoc": "临时会议"}
SOURCE = "cli:meeting"

MECHANISMS = cypher(
    "meetings.mechanisms",
    "MATCH (m:Mechanism)\n"
    "WHERE ($region IS NULL OR m.region = $region) AND ($id IS NULL OR m.id = $id OR m.name = $id)\n"
    "OPTIONAL MATCH (l:Agency)-[:LEADS]->(m)\n"
    "RETURN m.id AS id, m.name AS name, m.region AS region, m.rhythm AS rhythm, m.clause AS clause,\n"
    "  m.quote AS quote, m.since AS since, m.convener AS convener, m.kind AS kind, l.id AS lead_id, l.name AS lead,\n"
    "  [(a:Agency)-[:MEMBER_OF]->(m) | a.id] AS members,\n"
    "  [(m)-[:HELD]->(x:Meeting) | {id: x.id, date: x.date, kind: x.kind}] AS meetings\n"
    "ORDER BY region, name",
    region=None, id=None,
)
MEETING = cypher(
    "meetings.meeting",
    "MATCH (m:Mechanism)-[:HELD]->(x:Meeting {id: $id})\n"
    "RETURN x.id AS id, x.date AS date, x.kind AS kind, x.topic AS topic, x.minutes AS minutes,\n"
    "  x.minutes_doc AS minutes_doc, x.referred AS referred, x.clause AS clause, x.requested_by AS requested_by,\n"
    "  m.id AS mechanism_id, m.name AS mechanism, m.region AS region,\n"
    "  head([(c:Agency)-[:CONVENED]->(x) | c.name]) AS convener,\n"
    "  [(a:Agency)-[:ATTENDED]->(x) | a.name] AS attendees,\n"
    "  [(x)-[:DECIDED]->(d:MeetingDecision) | {id: d.id, seq: d.seq, text: d.text, owner: d.owner, due: d.due,\n"
    "     done: d.done, done_note: d.done_note}] AS decisions",
    id="meeting:x",
)
OPEN_DECISIONS = cypher(
    "meetings.open_decisions",
    "MATCH (m:Mechanism)-[:HELD]->(x:Meeting)-[:DECIDED]->(d:MeetingDecision)\n"
    "WHERE d.done IS NULL AND d.due IS NOT NULL AND ($agency IS NULL OR d.owner = $agency)\n"
    "RETURN d.id AS id, d.seq AS seq, d.text AS text, d.owner AS owner, d.due AS due, x.id AS meeting_id,\n"
    "  x.date AS meeting_date, m.name AS mechanism",
    agency=None,
)
MINUTES_DOC = cypher(
    "meetings.minutes_doc",
    "MATCH (d:Document) WHERE d.doc_no IN $doc_nos RETURN d.id AS id",
    doc_nos=["县发改〔2024〕1号", "县发改(2024)1号"],
)


class MeetingError(LiandongError):
    """An unknown mechanism, meeting or decision, or a meeting that does not fit its mechanism."""


@dataclass(frozen=True)
class Schedule:
    mechanism_id: str
    mechanism: str
    region: str
    lead_id: str | None
    lead: str | None
    rhythm: tuple[str, ...]
    clause: str
    quote: str
    last_regular: dt.date | None
    due: dt.date | None  # the end of the period in which the next regular meeting must be held
    period: str | None  # e.g. 2025, 2024H2
    meetings: list[dict[str, Any]] = field(default_factory=list)

    def state(self, today: dt.date) -> str:
        if self.due is None:
            return "not tracked" if set(self.rhythm) & PERIODIC else "ad hoc"
        return "OVERDUE" if today > self.due else "due"


PERIODIC = {"yearly", "half_yearly", "quarterly"}


def _months(rhythm: tuple[str, ...]) -> int | None:
    for r, n in (("quarterly", 3), ("half_yearly", 6), ("yearly", 12)):
        if r in rhythm:
            return n
    return None


def next_period(last: dt.date, months: int) -> tuple[str, dt.date]:
    """The period after the one holding ``last`` (calendar years, half-years or quarters) and its last day."""
    index = (last.month - 1) // months + 1  # the period of ``last`` within its year, 1-based
    year, index = (last.year + 1, 1) if index * months >= 12 else (last.year, index + 1)
    end_month = index * months
    end = (dt.date(year + 1, 1, 1) if end_month == 12 else dt.date(year, end_month + 1, 1)) - dt.timedelta(days=1)
    label = str(year) if months == 12 else f"{year}{'H' if months == 6 else 'Q'}{index}"
    return label, end


def schedules(graph: Graph, region: str | None = None, mechanism: str | None = None) -> list[Schedule]:
    out = []
    for r in graph.read(MECHANISMS, {"region": region, "id": mechanism}):
        rhythm = tuple(x.strip() for x in (r["rhythm"] or "").split(",") if x.strip())
        meetings = sorted(({**m, "date": native(m["date"])} for m in r["meetings"]), key=lambda m: m["date"])
        regular = [m["date"] for m in meetings if m["kind"] != "ad_hoc"]
        months = _months(rhythm)
        period = due = None
        if months and regular:
            period, due = next_period(regular[-1], months)
        out.append(Schedule(r["id"], r["name"], r["region"], r["lead_id"], r["lead"], rhythm, r["clause"] or "",
                            r["quote"] or "", regular[-1] if regular else None, due, period, meetings))
    return out


LIAISON_CLAUSE = "001 二(一)"
LIAISONS = cypher(
    "meetings.liaisons",
    "MATCH (o:Official)-[r:LIAISON_FOR]->(m:Mechanism {id: $id})\n"
    "OPTIONAL MATCH (a:Agency {id: o.agency_id})\n"
    "RETURN o.id AS id, o.name AS name, a.id AS agency_id, a.name AS agency, r.since AS since\n"
    "ORDER BY agency, since",
    id="mechanism:x",
)


def set_liaison(graph: Graph, mechanism_id: str, *, agency: str, name: str, since: dt.date,
                source: str = SOURCE, synthetic: bool = False) -> str:
    """``name`` of ``agency`` is its liaison officer (联络员) for the mechanism from ``since`` (001 二(一)
    "各成员单位指定一名联络员，负责日常工作的联系沟通"); the latest one per agency is the current one."""
    m = resolve_mechanism(graph, mechanism_id)
    f = RecordFactory(synthetic=synthetic)
    o = f.node("Official", {"name": name, "agency_id": agency}, source=source)
    write_unit(graph, Unit(nodes=[o], rels=[f.rel("WORKS_AT", o.id, agency, source=source),
                                            f.rel("LIAISON_FOR", o.id, m["id"], {"since": since}, source=source)]))
    return o.id


def liaisons(graph: Graph, mechanism_id: str) -> list[dict[str, Any]]:
    """The current liaison of each member agency (the latest ``since``)."""
    current: dict[str, dict[str, Any]] = {}
    for r in graph.read(LIAISONS, {"id": mechanism_id}):
        r["since"] = native(r["since"])
        key = r["agency_id"] or r["id"]
        if key not in current or (r["since"] or dt.date.min) >= (current[key]["since"] or dt.date.min):
            current[key] = r
    return sorted(current.values(), key=lambda r: r["agency"] or "")


def resolve_mechanism(graph: Graph, ref: str) -> dict[str, Any]:
    rows = graph.read(MECHANISMS, {"region": None, "id": ref.strip()})
    if len(rows) != 1:
        raise MeetingError(f"{'no' if not rows else 'more than one'} mechanism {ref!r}"
                           + "".join(f"; {r['region']} {r['name']} ({r['id']})" for r in rows)
                           + (" — give its id" if rows else " — `liandong meeting list` names them"))
    return rows[0]


def add_meeting(graph: Graph, mechanism_id: str, *, on: dt.date, kind: str = "regular", convener: str | None = None,
                attendees: tuple[str, ...] = (), requested_by: str | None = None, topic: str | None = None,
                minutes: str | None = None, minutes_doc: str | None = None, referred: str | None = None,
                source: str = SOURCE, synthetic: bool = False) -> str:
    """Record a held meeting. A regular meeting is convened by the mechanism's lead (the seeds' 牵头单位);
    an ad hoc one by its convener (any member, 000 三(一); 003 第六条 发起部门)."""
    m = resolve_mechanism(graph, mechanism_id)
    if kind not in KIND_ZH:
        raise MeetingError(f"meeting kind {kind!r}: use regular or ad_hoc")
    if kind == "regular":
        convener = convener or m["convener"] or m["lead_id"]
        if convener != (m["convener"] or m["lead_id"]):
            raise MeetingError(f"a regular meeting of {m['name']} is convened by its lead ({m['lead']}), "
                               f"not {convener} [{m['clause']}]")
    if convener is None:
        raise MeetingError("an ad hoc meeting needs its convener (the member that calls it)")
    f = RecordFactory(synthetic=synthetic)
    rec = f.node("Meeting", {"mechanism_id": m["id"], "date": on, "kind": kind, "convener": convener,
                             "requested_by": requested_by, "topic": topic, "minutes": minutes,
                             "minutes_doc": minutes_doc, "referred": referred,
                             "clause": REFERRAL_CLAUSE if referred else m["clause"]}, source=source)
    rels = [f.rel("HELD", m["id"], rec.id, source=source), f.rel("CONVENED", convener, rec.id, source=source)]
    rels += [f.rel("ATTENDED", a, rec.id, source=source) for a in dict.fromkeys(attendees)]
    if minutes_doc:
        rels += [f.rel("EVIDENCED_BY", rec.id, d["id"], source=source)
                 for d in graph.read(MINUTES_DOC, {"doc_nos": number_writings(view(minutes_doc))})]
    write_unit(graph, Unit(nodes=[rec], rels=rels))
    return rec.id


def meeting(graph: Graph, meeting_id: str) -> dict[str, Any]:
    rows = graph.read(MEETING, {"id": meeting_id})
    if not rows:
        raise MeetingError(f"no meeting {meeting_id!r} — `liandong meeting list` names them")
    r = rows[0]
    r["date"] = native(r["date"])
    r["decisions"] = sorted(({**d, "due": native(d["due"]), "done": native(d["done"])} for d in r["decisions"]),
                            key=lambda d: d["seq"])
    return r


def add_decision(graph: Graph, meeting_id: str, *, text: str, owner: str, due: dt.date | None,
                 source: str = SOURCE, synthetic: bool = False) -> str:
    """A decision of the meeting (议定事项) for ``owner`` (agency id) to carry out by ``due``."""
    mt = meeting(graph, meeting_id)
    if due is not None and due < mt["date"]:
        raise MeetingError(f"the decision is due ({due}) before the meeting ({mt['date']})")
    f = RecordFactory(synthetic=synthetic)
    rec = f.node("MeetingDecision", {"meeting_id": meeting_id, "seq": len(mt["decisions"]) + 1, "text": text,
                                     "owner": owner, "due": due}, source=source)
    write_unit(graph, Unit(nodes=[rec], rels=[f.rel("DECIDED", meeting_id, rec.id, source=source),
                                              f.rel("ASSIGNED_TO", rec.id, owner, source=source)]))
    return rec.id


def decision_done(graph: Graph, decision_id: str, *, on: dt.date, note: str | None = None) -> None:
    try:
        update_node(graph, "MeetingDecision", decision_id, {"done": on, "done_note": note})
    except NotStored:
        raise MeetingError(f"no decision {decision_id!r}") from None


def meeting_obligations(graph: Graph, agency_id: str | None = None) -> list[Obligation]:
    """The next regular meeting each tracked mechanism's lead owes, and every open decision's owner."""
    out: list[Obligation] = []
    for s in schedules(graph):
        if s.due is None or s.last_regular is None or s.lead_id is None or (agency_id is not None and s.lead_id != agency_id):
            continue
        rhythm = next((RHYTHM_ZH[r] for r in s.rhythm if r in PERIODIC), "")
        out.append(Obligation(
            "hold_joint_meeting", agency=s.lead_id, subject_id=s.mechanism_id, subject=f"{s.mechanism} {s.period}",
            counterpart=None, thread_id=None, trigger="meeting_held", trigger_date=s.last_regular, due=s.due,
            clause=s.clause, zh=f"{rhythm}召开一次联席会议（{s.quote}）", note=f"last regular meeting {s.last_regular}"))
    for r in graph.read(OPEN_DECISIONS, {"agency": agency_id}):
        out.append(Obligation(
            "meeting_decision", agency=r["owner"], subject_id=r["id"],
            subject=f"{r['mechanism']} {native(r['meeting_date'])} 议定事项{r['seq']}", counterpart=None, thread_id=None,
            trigger="meeting_held", trigger_date=native(r["meeting_date"]), due=native(r["due"]),
            clause=DECISION_CLAUSE, zh=f"落实联席会议议定事项：{r['text']}", note=f"meeting {r['meeting_id']}"))
    return out
