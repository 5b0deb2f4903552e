"""Sanctions with periods (penalties, blacklists, debarments) and who won while one was in force.

A blacklist entry (失信黑名单) is managed over time: from ``start`` until ``end`` (open while
``end`` is empty) the party must not win; once removed, sanctions stop. :func:`blacklisted_winners`
finds every win (``WON.date``, else the project's opening date) inside such a period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from graph.catalog import cypher
from graph.connection import Graph
from graph.custody import native
from graph.writer import RecordFactory, Unit, write_unit

BLACKLISTED_WINNERS = cypher(
    "sanctions.blacklisted_winners",
    "MATCH (a:Agency)-[:IMPOSED]->(s:Sanction)-[:AGAINST]->(c:Company)-[w:WON]->(p:Project)\n"
    "WHERE s.kind IN $kinds\n"
    "WITH a, s, c, w, p, coalesce(w.date, p.opened) AS day\n"
    "WHERE day IS NOT NULL AND s.start <= day AND (s.end IS NULL OR day <= s.end)\n"
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


def impose_sanction(graph: Graph, *, authority: str, company: str, party_key: str, kind: str, start: dt.date,
                    source: str, end: dt.date | None = None, reason: str | None = None, doc_no: str | None = None,
                    amount: float | None = None, synthetic: bool = False) -> str:
    """Record a sanction by ``authority`` (agency id) against ``company`` (company id) in one transaction."""
    f = RecordFactory(synthetic=synthetic)
    rec = f.node("Sanction", {"authority": authority, "party_key": party_key, "kind": kind, "start": start, "end": end,
                              "reason": reason, "doc_no": doc_no, "amount": amount}, source=source)
    unit = Unit(nodes=[rec], rels=[f.rel("IMPOSED", authority, rec.id, source=source),
                                   f.rel("AGAINST", rec.id, company, source=source)])
    write_unit(graph, unit)
    return rec.id


def blacklisted_winners(graph: Graph, kinds: tuple[str, ...] = ("blacklist",)) -> list[SanctionedWin]:
    """Every win by a company during a sanction period of one of ``kinds``."""
    return [
        SanctionedWin(r["company_id"], r["company"], r["project_id"], r["project_no"], r["project"], native(r["won"]),
                      r["price"], r["sanction_id"], r["kind"], native(r["start"]), native(r["end"]), r["authority"],
                      r["doc_no"])
        for r in graph.read(BLACKLISTED_WINNERS, {"kinds": list(kinds)})
    ]
