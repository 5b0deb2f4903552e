"""Watch lists (重点关注对象名单, 002 十一): parties with past anomalies, each entry with its reason, evidence,
who proposed it (a screen, a finding, a person) and who added it; project tracking for listed parties.

002 十一 "对重点项目或有历史异常行为交易活动的参与人建立重点关注对象名单,对项目进行跟踪": every bid by a party
while it is listed is shown (:func:`tracked_bids`) — a bid by the company itself or by a company it
represents or controls (a listed person).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.types.values import native
from graph.writer import NotStored, RecordFactory, Unit, update_node, write_unit

CLAUSE = "002 十一"
PROPOSERS = ("ring_screen", "price_screen", "finding", "manual")
PROPOSER_ZH = {"ring_screen": "围标串标筛查", "price_screen": "报价异常筛查", "finding": "检查/案件发现", "manual": "人工添加"}

LIST = cypher(
    "watchlist.list",
    "MATCH (w:WatchListEntry)\n"
    "WHERE $list IS NULL OR w.list_name = $list\n"
    "OPTIONAL MATCH (w)-[:AGAINST]->(p)\n"
    "OPTIONAL MATCH (a:Agency)-[:IMPOSED]->(w)\n"
    "RETURN w.id AS id, w.list_name AS list_name, w.start AS start, w.end AS end, w.removed AS removed,\n"
    "  w.removal_reason AS removal_reason, w.reason AS reason, w.evidence AS evidence, w.proposed_by AS proposed_by,\n"
    "  w.added_by AS added_by, p.id AS party_id, p.name AS party, a.name AS authority\n"
    "ORDER BY start, party",
    list=None,
)
TRACKED_BIDS = cypher(
    "watchlist.tracked_bids",
    "MATCH (w:WatchListEntry)-[:AGAINST]->(party)\n"
    "CALL (party) {\n"
    "  WITH party WHERE party:Company\n"
    "  RETURN party AS c, 'itself' AS via\n"
    "  UNION\n"
    "  MATCH (party)-[r:LEGAL_REP_OF|CONTROLS]->(c:Company)\n"
    "  RETURN c, toLower(type(r)) AS via\n"
    "}\n"
    "MATCH (c)-[:SUBMITTED]->(b:Bid)-[:FOR_PROJECT]->(p:Project)\n"
    "RETURN w.id AS entry_id, w.list_name AS list_name, w.start AS start, w.end AS end, w.removed AS removed,\n"
    "  w.reason AS reason, party.name AS party, via, c.name AS company, b.id AS bid_id, b.submitted AS submitted,\n"
    "  p.opened AS opened, p.project_no AS project_no, p.name AS project, p.region AS region\n"
    "ORDER BY project_no, company",
)


class WatchListError(LiandongError):
    """An unknown entry, or an entry that does not fit (no reason, a bad proposer)."""


@dataclass(frozen=True)
class WatchEntry:
    id: str
    list_name: str
    party_id: str | None
    party: str | None
    start: dt.date
    end: dt.date | None
    removed: dt.date | None
    removal_reason: str | None
    reason: str | None
    evidence: list[str]
    proposed_by: str | None
    added_by: str | None
    authority: str | None

    def listed(self, day: dt.date) -> bool:
        return (self.start <= day and (self.end is None or day <= self.end)
                and (self.removed is None or day < self.removed))


def entries(graph: Graph, list_name: str | None = None) -> list[WatchEntry]:
    return [WatchEntry(r["id"], r["list_name"], r["party_id"], r["party"], native(r["start"]), native(r["end"]),
                       native(r["removed"]), r["removal_reason"], r["reason"], list(r["evidence"] or []),
                       r["proposed_by"], r["added_by"], r["authority"])
            for r in graph.read(LIST, {"list": list_name})]


def add_entry(graph: Graph, *, party: str, list_name: str, start: dt.date, reason: str, added_by: str,
              evidence: list[str] | None = None, proposed_by: str = "manual", authority: str | None = None,
              end: dt.date | None = None, source: str = "cli:watchlist", synthetic: bool = False) -> str:
    """Put ``party`` (node id) on ``list_name`` with the reason and evidence; ``authority`` (agency id) optional."""
    if not reason.strip():
        raise WatchListError("a watch-list entry needs its reason")
    if proposed_by not in PROPOSERS:
        raise WatchListError(f"proposed_by {proposed_by!r}: use one of {', '.join(PROPOSERS)}")
    f = RecordFactory(synthetic=synthetic)
    rec = f.node("WatchListEntry", {"list_name": list_name, "party_key": party, "start": start, "end": end,
                                    "reason": reason, "evidence": evidence or [], "proposed_by": proposed_by,
                                    "added_by": added_by, "clause": CLAUSE}, source=source)
    rels = [f.rel("AGAINST", rec.id, party, source=source)]
    if authority:
        rels.append(f.rel("IMPOSED", authority, rec.id, source=source))
    write_unit(graph, Unit(nodes=[rec], rels=rels))
    return rec.id


def remove_entry(graph: Graph, entry_id: str, *, on: dt.date, by: str | None = None, reason: str | None = None) -> None:
    try:
        update_node(graph, "WatchListEntry", entry_id, {"removed": on, "removed_by": by, "removal_reason": reason})
    except NotStored:
        raise WatchListError(f"no watch-list entry {entry_id!r}") from None


@dataclass(frozen=True)
class TrackedBid:
    entry_id: str
    list_name: str
    party: str
    via: str
    company: str
    bid_id: str
    day: dt.date
    project_no: str
    project: str | None
    region: str | None
    reason: str | None


def tracked_bids(graph: Graph, *, since: dt.date | None = None, until: dt.date | None = None) -> list[TrackedBid]:
    """Every bid by a listed party (or a company it represents or controls) made while it was listed."""
    out = []
    for r in graph.read(TRACKED_BIDS):
        sub = native(r["submitted"])
        day = sub.date() if isinstance(sub, dt.datetime) else (sub or native(r["opened"]))
        if day is None:
            continue
        start, end, removed = native(r["start"]), native(r["end"]), native(r["removed"])
        if day < start or (end is not None and day > end) or (removed is not None and day >= removed):
            continue
        if (since is not None and day < since) or (until is not None and day > until):
            continue
        out.append(TrackedBid(r["entry_id"], r["list_name"], r["party"], r["via"], r["company"], r["bid_id"], day,
                              r["project_no"], r["project"], r["region"], r["reason"]))
    out.sort(key=lambda b: (b.day, b.project_no, b.company), reverse=True)
    return out
