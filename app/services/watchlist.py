"""Watch-list proposals from the bid-rigging screens (002 十一 "预警围标串标……建立重点关注对象名单"):
the saved queries ``ring_screen_market`` (identifiers shared by bidders) and ``price_screen_market``
(flagged price patterns) turned into entries to review, each with its reason and evidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import ProgrammingError
from graph.sanctions import screen_bids
from graph.watchlist import entries, tracked_bids
from queries.run import run_query

BIDDERS = cypher(
    "services.watchlist.bidders",
    "MATCH (c:Company)-[:SUBMITTED]->(:Bid)-[:FOR_PROJECT]->(p:Project {id: $project})\n"
    "RETURN DISTINCT c.id AS id, c.name AS name ORDER BY name",
    project="project:0",
)
FINDINGS = cypher(
    "services.watchlist.findings",
    "MATCH (a:Agency)-[:IMPOSED]->(s:Sanction)-[:AGAINST]->(p)\n"
    "WHERE s.start <= $on AND (p:Company OR p:Person)\n"
    "RETURN p.id AS id, p.name AS name, s.id AS evidence, s.kind AS kind, s.start AS day, s.doc_no AS doc_no,\n"
    "  a.name AS by\n"
    "UNION\n"
    "MATCH (i:Inspection)-[:FOUND]->(t)-[:ABOUT]->(p)\n"
    "WHERE (p:Company OR p:Person) AND coalesce(t.received, t.opened) <= $on\n"
    "RETURN p.id AS id, p.name AS name, t.id AS evidence, 'finding' AS kind, coalesce(t.received, t.opened) AS day,\n"
    "  coalesce(t.clue_no, t.case_no) AS doc_no, i.name AS by",
    on=None,
)
FINDING_ZH = {"penalty": "行政处罚", "blacklist": "列入失信黑名单", "debarment": "禁止参与", "finding": "联合检查发现问题"}
KIND_ZH = {"Phone": "电话", "Address": "地址", "IPAddress": "IP/MAC地址", "BankAccount": "银行账户", "Person": "人员"}


@dataclass
class Proposal:
    party_id: str
    party: str
    proposed_by: str  # ring_screen | price_screen
    reasons: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "；".join(self.reasons)


def proposals(graph: Graph, *, screen: str = "ring", on: dt.date | None = None, min_co_bids: int = 1,
              limit: int = 100) -> list[Proposal]:
    """Parties a screen flags that are not on a watch list on ``on`` (default today); ``finding``: parties with
    a sanction or a joint-inspection finding about them (002 十一 "有历史异常行为")."""
    day = on or dt.date.today()
    listed = {e.party_id for e in entries(graph) if e.listed(day)}
    out: dict[str, Proposal] = {}
    if screen == "ring":
        for r in run_query(graph, "ring_screen_market", {"min_co_bids": min_co_bids, "limit": limit}).rows:
            for cid, name in zip(r["company_ids"], r["companies"]):
                others = "、".join(c for c in r["companies"] if c != name)
                p = out.setdefault(cid, Proposal(cid, name, "ring_screen"))
                p.reasons.append(f"与{others}共用{KIND_ZH.get(r['kind'], r['kind'])} {r['value']}"
                                 f"（共同投标{r['co_bids']}个项目）")
                p.evidence.append(r["id"])
    elif screen == "price":
        for r in run_query(graph, "price_screen_market", {"limit": limit}).rows:
            flags = [f for f, on_ in (("报价离散度低", r["low_spread"]), ("中标价孤立", r["isolated_winner"])) if on_]
            bidders = graph.read(BIDDERS, {"project": r["project_id"]})
            for b in bidders:
                p = out.setdefault(b["id"], Proposal(b["id"], b["name"], "price_screen"))
                p.reasons.append(f"{r['project_no']} {'、'.join(flags)}（CV {r['cv']:.3f}）")
                p.evidence.append(r["project_id"])
    elif screen == "finding":
        for r in graph.read(FINDINGS, {"on": day}):
            p = out.setdefault(r["id"], Proposal(r["id"], r["name"], "finding"))
            p.reasons.append(f"{r['day']} {r['by']}{FINDING_ZH.get(r['kind'], r['kind'])}"
                             + (f"（{r['doc_no']}）" if r["doc_no"] else ""))
            p.evidence.append(r["evidence"])
    else:
        raise ProgrammingError(f"screen {screen!r}: ring, price or finding")
    return [p for p in sorted(out.values(), key=lambda p: p.party) if p.party_id not in listed]


# -- listed parties' bids on the desks ------------------------------------------------------------
# 002 十一 "对项目进行跟踪" (watch lists) and 002 十六 (blacklists): a new bid by a listed party is shown to the
# trading centre, which runs the trading (002 十四), and to the regulators it reports to — the procurement
# regulator (finance), the trading supervisor and the development and reform body.
TRACKING_KINDS = ("trading_centre", "trading_supervision", "finance", "ndrc")
VIA_ZH = {"legal_rep_of": "名单上的人员任法定代表人", "controls": "名单上的人员实际控制"}
AGENCY = cypher(
    "services.watchlist.agency",
    "MATCH (a:Agency {id: $id}) RETURN a.kind AS kind, a.region AS region",
    id="agency:0",
)


@dataclass(frozen=True)
class ListedBid:
    day: dt.date
    listing: str  # watch | blacklist
    list_name: str
    party: str
    company: str
    project_no: str
    project: str | None
    reason: str | None
    entry_id: str
    bid_id: str


def listed_bids(graph: Graph, *, region: str | None, since: dt.date, until: dt.date) -> list[ListedBid]:
    """Bids in [since, until] on ``region``'s projects (all regions when None; a project without a region
    is everyone's) by a party on a watch list while listed, or on a blacklist (or debarment) while it is in
    force — a bid after the removal or the end is not a hit and is not listed. Newest first."""
    def here(r: str | None) -> bool:
        return region is None or r is None or r == region

    # a person on the list is not named here (the desk is not the place to unmask one): the company is
    out = [ListedBid(b.day, "watch", b.list_name, b.party if b.via == "itself" else VIA_ZH.get(b.via, b.via),
                     b.company, b.project_no, b.project, b.reason, b.entry_id, b.bid_id)
           for b in tracked_bids(graph, since=since, until=until) if here(b.region)]
    out += [ListedBid(b.day, "blacklist", "失信黑名单", b.company, b.company, b.project_no, b.project, b.reason,
                      b.sanction_id, b.bid_id)
            for b in screen_bids(graph) if b.hit and since <= b.day <= until and here(b.region)]
    out.sort(key=lambda b: (b.day, b.project_no, b.company), reverse=True)
    return out


def desk_bids(graph: Graph, agency_id: str, *, today: dt.date, days: int = 30) -> list[ListedBid]:
    """What :func:`listed_bids` shows on the desk of ``agency_id`` for the ``days`` up to ``today``: nothing
    unless the agency is a trading centre or a regulator (:data:`TRACKING_KINDS`) — then its region's."""
    rows = graph.read(AGENCY, {"id": agency_id})
    if not rows or rows[0]["kind"] not in TRACKING_KINDS:
        return []
    return listed_bids(graph, region=rows[0]["region"], since=today - dt.timedelta(days=days), until=today)
