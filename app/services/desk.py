"""机构工作台: what one agency holds, what it must act on (overdue, due soon), what came in and went out.

What the agency owes comes from :func:`graph.overdue.deadline_rows` (the project's one reading of
the deadline rules: referrals received, acceptances to report, outcomes to report, assistance
letters, complaints, threads found outside the finder's competence). Rows about items the viewer
may not see are left out. Users see their own agency's desk; roles with ``all_confidential``
(admin) may open any agency's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.services.access import AccessDenied, Policy, Viewer, load_policy
from app.services.nodes import NodeView, as_date, fetch_nodes, native
from app.services.threads import SOON_WITHIN
from app.services.watchlist import ListedBid, desk_bids
from graph import custody as cust
from graph.catalog import cypher
from graph.choosers import NotFound
from graph.connection import Graph
from graph.overdue import DeadlineRow, deadline_rows

INCOMING = cypher(
    "app.desk.incoming",
    """MATCH (a:Agency {id: $agency})<-[:SENT_TO]-(r)
WHERE (r:Referral OR r:AssistanceRequest) AND NOT r.id IN $exclude
RETURN r.id AS id, labels(r)[0] AS label, properties(r) AS props,
       head([(s:Agency)-[:SENT]->(r) | s.name]) AS other,
       head([(r)-[:CONCERNS]->(t) | t.id]) AS thread
ORDER BY r.sent DESC, r.id
LIMIT $limit""",
    agency="agency:0", exclude=[], limit=10,
)

OUTGOING = cypher(
    "app.desk.outgoing",
    """MATCH (a:Agency {id: $agency})-[:SENT]->(r)
WHERE (r:Referral OR r:AssistanceRequest) AND NOT r.id IN $exclude
RETURN r.id AS id, labels(r)[0] AS label, properties(r) AS props,
       head([(r)-[:SENT_TO]->(b:Agency) | b.name]) AS other,
       head([(r)-[:CONCERNS]->(t) | t.id]) AS thread
ORDER BY r.sent DESC, r.id
LIMIT $limit""",
    agency="agency:0", exclude=[], limit=10,
)

TO_PLACE = cypher(
    "app.desk.to_place",
    """MATCH (t) WHERE (t:Case OR t:Clue) AND t.review IS NOT NULL AND NOT t.id IN $exclude
  AND exists { (t)-[:HAS_EVENT]->(:Event)-[:BY|TO]->(:Agency {id: $agency}) }
RETURN t.id AS id, labels(t)[0] AS label, properties(t) AS props
ORDER BY t.id
LIMIT $limit""",
    agency="agency:0", exclude=[], limit=10,
)

AGENCIES = cypher(
    "app.desk.agencies",
    "MATCH (a:Agency) RETURN a.id AS id, a.name AS name, a.region AS region ORDER BY a.region, a.name",
)


@dataclass(frozen=True)
class LetterRow:
    node: NodeView
    other: str  # the sender (incoming) or receiver (outgoing)
    thread: str | None
    sent: dt.date | None


@dataclass(frozen=True)
class ThreadSummary:
    node: NodeView
    since: dt.date | None
    overdue: int  # open obligations past due on this thread


@dataclass
class DeskView:
    agency: NodeView
    today: dt.date
    held: list[ThreadSummary] = field(default_factory=list)
    overdue: list[DeadlineRow] = field(default_factory=list)
    due_soon: list[DeadlineRow] = field(default_factory=list)
    warnings: list[DeadlineRow] = field(default_factory=list)  # 超期预警 (002 十): steps inside their warning window
    listed_bids: list[ListedBid] = field(default_factory=list)  # new bids by watch-listed or blacklisted parties
    incoming: list[LetterRow] = field(default_factory=list)
    outgoing: list[LetterRow] = field(default_factory=list)
    to_place: list[NodeView] = field(default_factory=list)  # letters of this agency the rules could not place


def agencies(graph: Graph) -> list[dict[str, str]]:
    return graph.read(AGENCIES)


def desk(
    graph: Graph,
    viewer: Viewer,
    agency_id: str | None = None,
    *,
    today: dt.date | None = None,
    limit: int = 200,
    policy: Policy | None = None,
) -> DeskView:
    viewer.require("desk")
    agency_id = agency_id or viewer.agency_id
    if agency_id != viewer.agency_id and not viewer.can("all_confidential"):
        raise AccessDenied("只能查看本机构的工作台")
    policy = policy or load_policy(graph)
    today = today or dt.date.today()
    found = fetch_nodes(graph, [agency_id]).get(agency_id)
    if found is None:
        raise NotFound(f"没有找到机构 {agency_id}")
    view = DeskView(NodeView(agency_id, "Agency", found[1]), today)
    exclude = policy.hidden_ids(viewer)

    def letters(statement: str) -> list[LetterRow]:
        out = []
        for r in graph.read(statement, {"agency": agency_id, "exclude": exclude, "limit": limit}):
            node = policy.view(viewer, r["id"], native(r["props"]), r["label"])
            if node is not None:
                out.append(LetterRow(node, r["other"] or "", r["thread"], as_date(node.props.get("sent"))))
        return out

    view.incoming = letters(INCOMING)
    view.outgoing = letters(OUTGOING)

    owed = [r for r in deadline_rows(graph, today=today, agency_id=agency_id, within=SOON_WITHIN)
            if policy.visible(viewer, r.subject_id) and (r.thread_id is None or policy.visible(viewer, r.thread_id))]
    view.overdue = [r for r in owed if r.overdue]
    view.due_soon = [r for r in owed if not r.overdue]
    view.warnings = [r for r in owed if r.warning]
    view.listed_bids = desk_bids(graph, agency_id, today=today)

    for r in graph.read(TO_PLACE, {"agency": agency_id, "exclude": exclude, "limit": limit}):
        node = policy.view(viewer, r["id"], native(r["props"]), r["label"])
        if node is not None:
            view.to_place.append(node)

    held = {r["id"]: native(r["since"]) for r in graph.read(cust.HELD_BY, {"agency": agency_id})}
    nodes = fetch_nodes(graph, list(held))
    for tid, since in held.items():
        node = policy.view(viewer, tid, nodes[tid][1]) if tid in nodes else None
        if node is not None:
            view.held.append(ThreadSummary(node, since, sum(1 for r in view.overdue if r.thread_id == tid)))
    return view
