"""The saved queries on the demo county (graph/demo, small): its PLANTED cases are found, and
ordinary projects, companies and agencies yield nothing."""

from __future__ import annotations

import itertools

import pytest

from graph.connection import Graph
from queries.run import run_query


def run(graph: Graph, query_name: str, **params):
    return run_query(graph, query_name, params)


@pytest.fixture(scope="module")
def bulk_projects(demo, graph: Graph) -> list[str]:
    """Ten ordinary projects (no planted company bid on them)."""
    planted = set(demo.ring.company_ids) | {demo.conflict.company_id, demo.blacklist.company_id,
                                           demo.blacklist.control_company_id}
    rows = graph.read(
        "MATCH (p:Project)<-[:FOR_PROJECT]-(:Bid)<-[:SUBMITTED]-(c:Company) "
        "WITH p, collect(c.id) AS bidders RETURN p.id AS id, p.project_no AS no, bidders ORDER BY no"
    )
    clean = [r["id"] for r in rows if not set(r["bidders"]) & planted and "-R" not in r["no"]]
    assert len(clean) >= 10
    return clean[:10]


def test_conflict_chain_is_found(demo, graph: Graph) -> None:
    c = demo.conflict
    (row,) = run(graph, "interest_chain", from_id=c.official_id, to_id=c.company_id).rows
    assert [n["id"] for n in row["nodes"]] == [c.official_id, c.spouse_id, c.company_id]
    assert [s["type"] for s in row["steps"]] == ["FAMILY", "SHAREHOLDER_OF"]
    assert all(s["source"] for s in row["steps"])
    assert row["chain"].startswith(f"{c.official_name} -[FAMILY spouse]-> {c.spouse_name}")
    conflicts = run(graph, "conflicts_official", official_id=c.official_id).rows
    assert [(x["company_id"], x["project_no"], x["won"]) for x in conflicts] == [(c.company_id, c.project_no, True)]
    agency = run(graph, "conflicts_agency", agency_id=c.agency_id).rows
    assert {(x["official_id"], x["company_id"]) for x in agency} == {(c.official_id, c.company_id)}


def test_other_agencies_have_no_conflicts(demo, graph: Graph) -> None:
    others = graph.read(
        "MATCH (a:Agency)<-[:WORKS_AT]-(:Official) WHERE a.id <> $edu RETURN DISTINCT a.id AS id LIMIT 5",
        {"edu": demo.conflict.agency_id},
    )
    assert others
    for a in others:
        assert run(graph, "conflicts_agency", agency_id=a["id"]).rows == []


def test_ring_is_found_on_its_projects(demo, graph: Graph) -> None:
    ring = demo.ring
    for pid in ring.project_ids:
        rows = run(graph, "ring_screen_project", project_id=pid).rows
        by_id = {x["id"]: set(x["company_ids"]) for x in rows}
        assert set(by_id) == {ring.phone_id, ring.ip_id, ring.legal_rep_id}
        assert all(ids == set(ring.company_ids) for ids in by_id.values())


def test_ring_screen_on_ordinary_projects_yields_nothing(demo, graph: Graph, bulk_projects: list[str]) -> None:
    for pid in bulk_projects:
        assert run(graph, "ring_screen_project", project_id=pid).rows == []


def test_ring_screen_market_finds_only_the_ring(demo, graph: Graph) -> None:
    rows = run(graph, "ring_screen_market").rows
    ring = demo.ring
    assert {x["id"] for x in rows} == {ring.phone_id, ring.ip_id, ring.legal_rep_id}
    assert all(x["co_bids"] == len(ring.project_ids) for x in rows)


def test_rotating_winners_and_co_bidding(demo, graph: Graph) -> None:
    ring = demo.ring
    ring_pairs = {frozenset(p) for p in itertools.combinations(ring.company_ids, 2)}
    pairs = {frozenset((x["company_1_id"], x["company_2_id"])) for x in run(graph, "co_bidding_pairs", min_projects=6).rows}
    assert ring_pairs <= pairs
    rotating = {frozenset((x["company_1_id"], x["company_2_id"])): x for x in run(graph, "rotating_winners").rows}
    # winners go round 0,1,2,3,0,1: every pair but the two one-time winners holds at least half the wins
    assert len(ring_pairs & set(rotating)) == 5
    co = run(graph, "co_bidders", company_id=ring.company_ids[0]).rows
    assert {x["co_bidder_id"] for x in co[:3]} == set(ring.company_ids[1:])
    assert all(x["together"] == 6 for x in co[:3])


def test_price_screens_flag_the_ring(demo, graph: Graph) -> None:
    for pid in demo.ring.project_ids:
        (row,) = run(graph, "price_screen_project", project_id=pid).rows
        assert row["low_spread"] and row["cv"] < 0.02
    flagged = {x["project_no"] for x in run(graph, "price_screen_market", limit=10000).rows}
    assert set(demo.ring.project_nos) <= flagged


def test_blacklisted_winner_is_found_and_the_expired_one_is_not(demo, graph: Graph) -> None:
    b = demo.blacklist
    rows = run(graph, "blacklist_hits").rows
    hits = {(x["company_id"], x["project_no"]) for x in rows}
    assert (b.company_id, b.project_no) in hits
    assert not any(x["company_id"] == b.control_company_id for x in rows)
    (row,) = [x for x in rows if x["company_id"] == b.company_id and x["project_no"] == b.project_no]
    assert row["won"] and row["listed_from"] == b.start and row["listed_until"] == b.end
    assert [x["company_id"] for x in run(graph, "blacklist_hits_project", project_id=b.project_id).rows] == [b.company_id]
    control = graph.read("MATCH (p:Project {project_no: $no}) RETURN p.id AS id", {"no": b.control_project_no})[0]["id"]
    assert run(graph, "blacklist_hits_project", project_id=control).rows == []


def test_custody_and_timeline_of_planted_threads(demo, graph: Graph) -> None:
    t = demo.referrals.forwarded_accepted
    rows = run(graph, "thread_custody", thread_id=t.thread_id).rows
    names = {r["id"]: r["name"] for r in graph.read("MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name",
                                                     {"ids": list(t.path)})}
    assert [x["to_agency"] for x in rows] == [names[a] for a in t.path]
    assert rows[0]["holders"] == [names[t.path[-1]]]
    timeline = run(graph, "thread_timeline", thread_id=demo.referrals.overdue_transfer.thread_id).rows
    assert [x["kind"] for x in timeline] == ["violation_found", "case_transferred", "case_received"]


def test_overdue_and_custody_per_agency(demo, graph: Graph) -> None:
    today = demo.today.isoformat()
    for plant in (demo.referrals.overdue_transfer, demo.referrals.unsent_transfer):
        rows = run(graph, "agency_overdue", agency_id=plant.owes, as_of=today).rows
        assert (plant.overdue_rule, plant.thread_id) in {(x["rule"], x["thread_id"]) for x in rows}
        assert all(x["state"] in ("overdue", "due_soon") for x in rows)
    held = {x["thread_id"] for x in run(graph, "agency_custody", agency_id=demo.referrals.overdue_transfer.owes,
                                           as_of=today).rows}
    assert demo.referrals.overdue_transfer.thread_id in held
    done = demo.referrals.completed
    assert not any(x["thread_id"] == done.thread_id for x in run(graph, "agency_overdue", agency_id=done.path[-1],
                                                                  as_of=today).rows)


def test_explore_queries_on_the_demo(demo, graph: Graph) -> None:
    c = demo.conflict
    found = run(graph, "find_entity", name=c.company_name).rows
    assert {"label": "Company", "id": c.company_id, "name": c.company_name} in found
    rows = {(x["type"], x["direction"]): x for x in run(graph, "neighbourhood", entity_id=c.agency_id, cap=2).rows}
    purchased = rows[("PURCHASED", "out")]
    assert purchased["shown_count"] == 2 and purchased["more"] == purchased["total"] - 2 > 0
    assert run(graph, "threads_about", entity_id=c.company_id).rows == []


def test_agency_overdue_equals_graph_overdue_for_every_agency(demo, graph: Graph) -> None:
    from graph.overdue import deadline_rows

    agencies = [r["id"] for r in graph.read("MATCH (a:Agency) RETURN a.id AS id")]
    seen = 0
    for agency in agencies:
        for within, pending in ((2, False), (0, False), (2, True)):
            params = {"agency_id": agency, "as_of": demo.today, "soon_within": within, "include_pending": pending}
            mine = [(r["rule"], r["subject"], r["state"], r["due"]) for r in run_query(graph, "agency_overdue", params).rows]
            theirs = [(r.rule_id, r.subject, r.state.value, r.due)
                      for r in deadline_rows(graph, today=demo.today, agency_id=agency, within=within,
                                             include_pending=pending)]
            assert sorted(mine, key=str) == sorted(theirs, key=str), agency
            seen += len(mine)
    assert seen >= 3
