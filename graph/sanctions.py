"""Sanctions with periods (penalties, blacklists, debarments) and who won while one was in force.

A blacklist entry (失信黑名单) is managed over time: from ``start`` until ``end`` (open while
``end`` is empty) the party must not win; once removed (``removed``, 002 十六 "对于从……“黑名单”中
移除的……应及时停止实施惩戒措施"), sanctions stop from that day. :func:`blacklisted_winners`
finds every win (``WON.date``, else the project's opening date) inside such a period;
:func:`screen_bids` tells each bid by a listed party as a hit (inside the period) or not
(before it, after its end or after removal), with the reason.

A penalty (``kind: penalty``) starts the 7-day credit-record obligation of 003 第九条
(``record_penalty_credit``), read by :mod:`graph.overdue`; :func:`record_credit` completes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import InvalidData, LiandongError
from graph.types.values import native
from graph.writer import NotStored, RecordFactory, Unit, update_node, write_unit

BLACKLISTED_WINNERS = cypher(
    "sanctions.blacklisted_winners",
    "MATCH (a:Agency)-[:IMPOSED]->(s:Sanction)-[:AGAINST]->(c:Company)-[w:WON]->(p:Project)\n"
    "WHERE s.kind IN $kinds\n"
    "WITH a, s, c, w, p, coalesce(w.date, p.opened) AS day\n"
    "WHERE day IS NOT NULL AND s.start <= day AND (s.end IS NULL OR day <= s.end)\n"
    "  AND (s.removed IS NULL OR day < s.removed)\n"
    "RETURN c.id AS company_id, c.name AS company, p.id AS project_id, p.project_no AS project_no,\n"
    "  p.name AS project, day AS won, w.price AS price, s.id AS sanction_id, s.kind AS kind,\n"
    "  s.start AS start, s.end AS end, a.name AS authority, s.doc_no AS doc_no\n"
    "ORDER BY won, company",
    kinds=["blacklist"],
)


@dataclass(frozen=True)
class SanctionedWin:
    company_id: str
    company: str
    project_id: str
    project_no: str
    project: str | None
    won: dt.date
    price: float | None
    sanction_id: str
    kind: str
    start: dt.date
    end: dt.date | None
    authority: str
    doc_no: str | None


def blacklisted_winners(graph: Graph, kinds: tuple[str, ...] = ("blacklist",)) -> list[SanctionedWin]:
    """Every win by a company during a sanction period of one of ``kinds``."""
    return [
        SanctionedWin(r["company_id"], r["company"], r["project_id"], r["project_no"], r["project"], native(r["won"]),
                      r["price"], r["sanction_id"], r["kind"], native(r["start"]), native(r["end"]), r["authority"],
                      r["doc_no"])
        for r in graph.read(BLACKLISTED_WINNERS, {"kinds": list(kinds)})
    ]


# -- blacklists over time (失信联合惩戒: 000 二(五)8, 001 一(五), 002 十六, 003 第二十二条) ----------------

CLAUSES = {
    "blacklist": "002 十六",
    "penalty": "003 第九条",
    "debarment": "003 第二十二条",
}
REMOVAL_CLAUSE = "002 十六"
KIND_ZH = {"blacklist": "失信黑名单", "penalty": "行政处罚", "debarment": "禁止参与"}

LIST_SANCTIONS = cypher(
    "sanctions.list",
    "MATCH (s:Sanction)\n"
    "WHERE ($kind IS NULL OR s.kind = $kind) AND ($party IS NULL OR s.party_key = $party)\n"
    "OPTIONAL MATCH (a:Agency)-[:IMPOSED]->(s)\n"
    "OPTIONAL MATCH (s)-[:AGAINST]->(p)\n"
    "RETURN s.id AS id, s.kind AS kind, s.start AS start, s.end AS end, s.removed AS removed,\n"
    "  s.removed_by AS removed_by, s.removal_reason AS removal_reason, s.reason AS reason, s.doc_no AS doc_no,\n"
    "  s.amount AS amount, s.clause AS clause, s.credit_recorded AS credit_recorded,\n"
    "  a.id AS authority_id, a.name AS authority, p.id AS party_id, p.name AS party\n"
    "ORDER BY start, party",
    kind="blacklist", party=None,
)
KIND = cypher("sanctions.kind", "MATCH (s:Sanction {id: $id}) RETURN s.kind AS kind", id="sanction:x")
LISTED_BIDS = cypher(
    "sanctions.listed_bids",
    "MATCH (a:Agency)-[:IMPOSED]->(s:Sanction)-[:AGAINST]->(c:Company)-[:SUBMITTED]->(b:Bid)-[:FOR_PROJECT]->(p:Project)\n"
    "WHERE s.kind IN $kinds\n"
    "RETURN c.id AS company_id, c.name AS company, b.id AS bid_id, b.submitted AS submitted, p.opened AS opened,\n"
    "  p.project_no AS project_no, p.name AS project, s.id AS sanction_id, s.kind AS kind, s.start AS start,\n"
    "  s.end AS end, s.removed AS removed, a.name AS authority, p.region AS region, s.reason AS reason\n"
    "ORDER BY project_no, company",
    kinds=["blacklist"],
)
FIND_PARTY = cypher(
    "sanctions.find_party",
    "MATCH (n)\n"
    "WHERE (n:Company OR n:Person OR n:Official) AND (n.id = $q OR n.name = $q OR n.credit_code = $q)\n"
    "RETURN n.id AS id, n.name AS name, labels(n) AS labels",
    q="某公司",
)


class PartyNotFound(LiandongError):
    """No (or more than one) company, person or official fits the name."""


class SanctionNotFound(LiandongError):
    """No sanction has that id (a penalty for record-credit)."""


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    party_id: str | None
    party: str | None
    authority_id: str | None
    authority: str | None
    start: dt.date
    end: dt.date | None
    removed: dt.date | None
    removed_by: str | None
    removal_reason: str | None
    reason: str | None
    doc_no: str | None
    clause: str | None
    credit_recorded: dt.date | None = None
    amount: float | None = None

    def in_force(self, day: dt.date) -> bool:
        """Sanctions apply on ``day``: inside [start, end] and before the removal day."""
        return (self.start <= day and (self.end is None or day <= self.end)
                and (self.removed is None or day < self.removed))

    def status(self, day: dt.date) -> str:
        if self.removed is not None and day >= self.removed:
            return "removed"
        if day < self.start:
            return "not yet"
        if self.end is not None and day > self.end:
            return "expired"
        return "in force"


def _entry(r: dict) -> Entry:
    return Entry(r["id"], r["kind"], r["party_id"], r["party"], r["authority_id"], r["authority"], native(r["start"]),
                 native(r["end"]), native(r["removed"]), r["removed_by"], r["removal_reason"], r["reason"],
                 r["doc_no"], r["clause"], native(r["credit_recorded"]), r["amount"])


def resolve_party(graph: Graph, ref: str) -> dict:
    rows = graph.read(FIND_PARTY, {"q": ref.strip()})
    exact = [r for r in rows if r["id"] == ref.strip()]
    rows = exact or rows
    if len(rows) != 1:
        names = ", ".join(f"{r['name']} ({r['id']})" for r in rows)
        raise PartyNotFound(f"{'no' if not rows else 'more than one'} company, person or official {ref!r}"
                            + (f": {names} — give the id" if rows else ""))
    return rows[0]


def entries(graph: Graph, kind: str | None = "blacklist", party: str | None = None) -> list[Entry]:
    return [_entry(r) for r in graph.read(LIST_SANCTIONS, {"kind": kind, "party": party})]


def add_entry(graph: Graph, *, authority: str, party: str, start: dt.date, end: dt.date | None = None,
              kind: str = "blacklist", reason: str | None = None, doc_no: str | None = None,
              amount: float | None = None, source: str = "cli:blacklist", synthetic: bool = False) -> str:
    """Put ``party`` (node id) on the list of ``authority`` (agency id) from ``start`` (to ``end``)."""
    if end is not None and end < start:
        raise InvalidData(f"the period ends ({end}) before it starts ({start}): correct the end date", field="end")
    f = RecordFactory(synthetic=synthetic)
    rec = f.node("Sanction", {"authority": authority, "party_key": party, "kind": kind, "start": start, "end": end,
                              "reason": reason, "doc_no": doc_no, "amount": amount, "clause": CLAUSES.get(kind)},
                 source=source)
    write_unit(graph, Unit(nodes=[rec], rels=[f.rel("IMPOSED", authority, rec.id, source=source),
                                              f.rel("AGAINST", rec.id, party, source=source)]))
    return rec.id


def remove_entry(graph: Graph, sanction_id: str, *, on: dt.date, by: str | None = None,
                 reason: str | None = None) -> None:
    """Take an entry off the list on ``on``: from that day its sanctions stop (002 十六)."""
    try:
        update_node(graph, "Sanction", sanction_id, {"removed": on, "removed_by": by, "removal_reason": reason})
    except NotStored:
        raise SanctionNotFound(f"no sanction {sanction_id!r}") from None


def record_credit(graph: Graph, sanction_id: str, *, on: dt.date, pushed: bool = False) -> None:
    """A penalty recorded on the credit platform on ``on`` (completes record_penalty_credit, 003 第九条), or
    with ``pushed`` its credit information pushed to 信用中国 (completes push_credit_china, 001 一(五))."""
    # the kind is part of a sanction's key (it never changes), so reading it first is safe
    if [r["kind"] for r in graph.read(KIND, {"id": sanction_id})] != ["penalty"]:
        raise SanctionNotFound(f"no penalty {sanction_id!r}")
    try:
        update_node(graph, "Sanction", sanction_id, {"credit_pushed" if pushed else "credit_recorded": on})
    except NotStored:
        raise SanctionNotFound(f"no penalty {sanction_id!r}") from None


@dataclass(frozen=True)
class BidScreen:
    company_id: str
    company: str
    bid_id: str
    project_no: str
    project: str | None
    day: dt.date
    sanction_id: str
    authority: str
    hit: bool
    status: str  # in force | removed | expired | not yet
    region: str | None = None  # the project's
    reason: str | None = None  # the entry's


def _day(submitted: object, opened: object) -> dt.date | None:
    v = native(submitted)
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return native(opened)


def screen_bids(graph: Graph, kinds: tuple[str, ...] = ("blacklist", "debarment")) -> list[BidScreen]:
    """Every bid by a party that is or was on a list: a hit when bid (submitted, else the project's
    opening day) while the entry was in force, not a hit before the start, after the end or on/after removal."""
    out = []
    for r in graph.read(LISTED_BIDS, {"kinds": list(kinds)}):
        day = _day(r["submitted"], r["opened"])
        if day is None:
            continue
        e = Entry(r["sanction_id"], r["kind"], r["company_id"], r["company"], None, r["authority"], native(r["start"]),
                  native(r["end"]), native(r["removed"]), None, None, None, None, None)
        out.append(BidScreen(r["company_id"], r["company"], r["bid_id"], r["project_no"], r["project"], day,
                             r["sanction_id"], r["authority"], e.in_force(day), e.status(day), r["region"], r["reason"]))
    return out
