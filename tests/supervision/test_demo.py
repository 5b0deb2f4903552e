"""The demo county: loaded through the CLI at the small size, its planted cases FOUND by the rules
and queries; the generator scales and is deterministic."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from app.cli import cli
from graph.assistance import REQUEST
from graph.connection import Graph
from graph.custody import custody
from graph.demo import DEFAULT_SEED, PLANTED, DemoCounty, Scale, load_demo, planted
from graph.demo.generator import NODES_PER_PROJECT
from graph.demo.mechanisms import plants
from graph.demo.protected import PROTECTED
from graph.errors import InvalidData
from graph.meetings import schedules
from graph.overdue import deadline_rows
from graph.rules.deadlines import DeadlineState
from graph.sanctions import blacklisted_winners, screen_bids
from graph.stats import counts
from graph.watchlist import entries as watch_entries
from tests.conftest import wipe

D = dt.date
AG = DemoCounty(DEFAULT_SEED, "small").agencies


@pytest.fixture(scope="module")
def demo(graph: Graph) -> Iterator[tuple[Graph, str]]:
    wipe(graph)
    res = CliRunner().invoke(cli, ["demo", "--size", "small"])
    assert res.exit_code == 0, res.output
    yield graph, res.output
    wipe(graph)


def test_cli_reports_what_was_planted(demo: tuple[Graph, str]) -> None:
    _, out = demo
    assert "demo county 示例县 loaded" in out and "records/s" in out and "7 lifecycle histories played" in out
    for fact in (PLANTED.conflict.official_name, PLANTED.ring.phone, PLANTED.blacklist.project_no,
                 PLANTED.referrals.overdue_transfer.thread_no, PLANTED.referrals.assistance_returned.doc_no):
        assert fact in out
    assert "nodes:" in out and "relationships:" in out


def test_demo_violations_are_codes_of_the_vocabulary(demo: tuple[Graph, str]) -> None:
    from graph.types import vocabulary

    g, _ = demo
    rows = g.read("MATCH (n) WHERE (n:Clue OR n:Case OR n:Complaint) AND n.violations IS NOT NULL "
                  "UNWIND n.violations AS v RETURN DISTINCT v ORDER BY v")
    written = {r["v"] for r in rows}
    assert {"collusion", "interference", "counterfeit_goods"} <= written  # planted.py's, by hand
    assert written <= set(vocabulary.codes("violation"))


def test_every_demo_node_is_synthetic(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    rows = g.read("MATCH (n) WHERE n.synthetic IS NULL RETURN DISTINCT labels(n) AS l, n.sources AS s")
    # only the built-in (real) reference data of the seed localities is not synthetic
    assert rows and all(r["s"] == ["reference:agencies.yaml"] for r in rows), rows
    assert g.read("MATCH (a:Agency {region: '示例县'}) WHERE a.synthetic IS NULL RETURN count(a) AS n") == [{"n": 0}]
    assert g.read("MATCH (p:Project) RETURN count(p) AS n")[0]["n"] >= 200


def test_overdue_transfer_and_unsent_transfer_are_overdue(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    p = PLANTED.referrals
    rows = deadline_rows(g, today=PLANTED.today, within=0)
    overdue = {(r.thread_id, r.rule_id, r.agency_id) for r in rows if r.state is DeadlineState.OVERDUE}
    assert overdue == {
        (p.overdue_transfer.thread_id, p.overdue_transfer.overdue_rule, p.overdue_transfer.owes),
        (p.unsent_transfer.thread_id, p.unsent_transfer.overdue_rule, p.unsent_transfer.owes),
        # the joint meeting's decision for the DRC, due 2024-02-29 (graph/demo/mechanisms.py)
        (None, "meeting_decision", AG["示例县发展和改革委员会"]),
    }
    due_today = [r for r in rows if r.state is DeadlineState.DUE_SOON]
    assert sorted((r.subject, r.due, r.rule_id) for r in due_today) == sorted([
        (p.wrong_department.complaint_no, p.wrong_department.due, "wrong_department_notice"),
        # the confidential clue's transfer, received Fri 8 Mar (graph/demo/protected.py)
        (PROTECTED.clue_letter_no, PLANTED.today, "return_out_of_duty")])


@pytest.mark.parametrize("name", ["overdue_transfer", "returned_transfer", "forwarded_accepted", "unsent_transfer",
                                  "completed"])
def test_planted_custody_paths(demo: tuple[Graph, str], name: str) -> None:
    g, _ = demo
    plant = getattr(PLANTED.referrals, name)
    c = custody(g, plant.thread_no)
    assert c.thread_id == plant.thread_id and c.consistent
    assert tuple(h.to_id for h in c.hops) == plant.path
    assert c.holder_id == plant.path[-1]


def test_returned_and_forwarded_histories(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    back = custody(g, PLANTED.referrals.returned_transfer.thread_no)
    assert back.hops[-1].kind == "case_returned" and "不属于本部门职责" in (back.hops[-1].reason or "")
    fwd = custody(g, PLANTED.referrals.forwarded_accepted.thread_no)
    kinds = [e.kind for e in fwd.events]
    assert kinds.index("case_forwarded") < kinds.index("sender_notified") < kinds.index("acceptance_decided")
    assert fwd.holder_name == "示例市公安局"


def test_assistance_returned_out_of_scope(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    a = PLANTED.referrals.assistance_returned
    assert {r["kind"] for r in g.read(REQUEST, {"id": a.request_id})} >= {"assistance_letter_returned"}
    row = g.read("MATCH (q:AssistanceRequest {id: $id})-[:HAS_EVENT]->(e:Event {kind: 'assistance_letter_returned'}) "
                 "RETURN q.status AS status, e.reason AS reason", {"id": a.request_id})
    assert row == [{"status": "returned", "reason": a.reason}]


def test_blacklisted_winner_found_only_during_its_period(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    b = PLANTED.blacklist
    wins = blacklisted_winners(g)
    assert [(w.company_id, w.project_no) for w in wins] == [(b.company_id, b.project_no)]
    w = wins[0]
    assert b.start <= w.won <= b.end and w.authority == "示例县发展和改革委员会"
    assert all(x.company_id != b.control_company_id for x in wins)  # its blacklisting ended in 2022


def test_conflict_of_interest_chain_is_in_the_graph(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    c = PLANTED.conflict
    rows = g.read(
        "MATCH (o:Official)-[:WORKS_AT]->(a:Agency)-[:PURCHASED]->(p:Project)<-[:WON]-(co:Company), "
        "(o)-[:FAMILY {relation: 'spouse'}]->(s:Person)-[:SHAREHOLDER_OF]->(co) "
        "RETURN o.id AS o, s.id AS s, co.id AS co, p.id AS p, a.id AS a")
    assert {"o": c.official_id, "s": c.spouse_id, "co": c.company_id, "p": c.project_id, "a": c.agency_id} in rows


def test_bid_rigging_ring_shares_phone_ip_and_legal_rep(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    r = PLANTED.ring
    shared = g.read(
        "MATCH (c:Company) WHERE c.id IN $ids "
        "RETURN count(DISTINCT c) AS n, "
        "size(collect(DISTINCT [(c)-[:HAS_PHONE]->(ph:Phone) | ph.id][0])) AS phones, "
        "size(collect(DISTINCT [(c)<-[:LEGAL_REP_OF]-(p:Person) | p.id][0])) AS reps",
        {"ids": list(r.company_ids)})
    assert shared == [{"n": 4, "phones": 1, "reps": 1}]
    wins = g.read(
        "MATCH (c:Company)-[:SUBMITTED]->(b:Bid)-[:FOR_PROJECT]->(p:Project), (b)-[:SUBMITTED_FROM]->(ip:IPAddress) "
        "WHERE c.id IN $ids AND p.id IN $projects "
        "RETURN p.id AS p, collect(DISTINCT ip.id) AS ips, [x IN collect(b) WHERE x.winner | x.bidder_key] AS winners",
        {"ids": list(r.company_ids), "projects": list(r.project_ids)})
    assert len(wins) == len(r.project_ids)
    assert all(w["ips"] == [r.ip_id] for w in wins)
    winners = g.read("MATCH (c:Company)-[:WON]->(p:Project) WHERE p.id IN $projects RETURN p.id AS p, c.id AS c",
                     {"projects": list(r.project_ids)})
    assert {w["p"]: w["c"] for w in winners} == dict(zip(r.project_ids, r.winner_ids))
    assert len(set(r.winner_ids)) == 4  # rotating


def test_cli_custody_and_overdue_on_the_demo(demo: tuple[Graph, str]) -> None:
    p = PLANTED.referrals
    res = CliRunner().invoke(cli, ["custody", p.forwarded_accepted.thread_no])
    assert res.exit_code == 0, res.output
    assert "held by 示例市公安局 since 2024-01-22" in res.output
    assert "path: 示例县审计局 → 示例县公安局 → 示例市公安局" in res.output and "示公转〔2024〕1号" in res.output
    res = CliRunner().invoke(cli, ["custody", "--agency", "县财政局"])
    assert res.exit_code == 0 and p.overdue_transfer.thread_no in res.output
    res = CliRunner().invoke(cli, ["overdue", "--today", str(PLANTED.today), "--within", "0"])
    assert res.exit_code == 0, res.output
    # the referral plants (4), the confidential clue's transfer received 8 Mar (return_out_of_duty due today,
    # graph/demo/protected.py) and the complaint in its acceptance warning window (graph/demo/mechanisms.py)
    assert res.output.startswith("6 obligation(s)")
    assert "WARNING due in 1 working day(s)" in res.output and "complaint_acceptance" in res.output
    assert "OVERDUE by 22 working day(s)" in res.output and "return_out_of_duty (003 第十四条(三))" in res.output
    assert "DUE TODAY" in res.output and "wrong_department_notice (003 第十一条)" in res.output
    res = CliRunner().invoke(cli, ["overdue", "--agency", "示例县财政局", "--today", str(PLANTED.today)])
    # its overdue one, and the complaint in its warning window even without --within (002 十)
    assert res.output.startswith("2 obligation(s) overdue or in their warning window")
    assert p.overdue_transfer.thread_no not in res.output and plants().complaint_no in res.output
    bad = CliRunner().invoke(cli, ["overdue", "--agency", "县财政", "--today", "2024-03-15"])
    assert bad.exit_code == 1 and "no agency '县财政'" in bad.output


def test_loading_again_adds_nothing(demo: tuple[Graph, str]) -> None:
    g, _ = demo
    before = counts(g)
    report = load_demo(g, size="small")
    assert report.plants_played == 0 and counts(g) == before


# ------------------------------------------------------------------------- generator (no graph)
def test_generator_scales_without_writing() -> None:
    county = DemoCounty(DEFAULT_SEED, 20_000)
    assert inspect.isgenerator(county.records())  # streamed: memory bounded by the writer's batch
    nodes, rels = county.count()
    n, r = sum(nodes.values()), sum(rels.values())
    assert n >= 20_000 and r >= 3 * n
    assert n / county.scale.projects >= NODES_PER_PROJECT  # hence size N yields ≥ N nodes
    large = Scale.of("large")
    assert large.projects * NODES_PER_PROJECT >= 1_000_000 and Scale.of("1000000") == large
    assert nodes["Project"] >= county.scale.projects and nodes["Bid"] >= 3 * county.scale.projects


def test_generator_is_deterministic_and_plants_do_not_depend_on_size() -> None:
    a = [(x.id, getattr(x, "props", None)) for _, x in zip(range(3000), DemoCounty(7, "small").records())]
    b = [(x.id, getattr(x, "props", None)) for _, x in zip(range(3000), DemoCounty(7, "small").records())]
    c = [x.id for _, x in zip(range(3000), DemoCounty(8, "small").records())]
    assert a == b and [i for i, _ in a] != c
    assert DemoCounty(7, "small").planted == DemoCounty(7, 30_000).planted == planted(7)
    assert planted(7).conflict.official_name != planted(8).conflict.official_name or \
        planted(7).ring.legal_rep_name != planted(8).ring.legal_rep_name


@pytest.mark.parametrize("size", ["tiny", "999", "-5"])
def test_bad_sizes(size: str) -> None:
    with pytest.raises(InvalidData):
        Scale.of(size)


def test_the_demo_mechanisms(demo: tuple[Graph, str]) -> None:
    """Issue 13's plants on the demo date 2024-03-15, worked out by hand (graph/demo/mechanisms.py)."""
    g, _ = demo
    mp, b, ring, c = plants(), PLANTED.blacklist, PLANTED.ring, PLANTED.conflict
    [s] = [s for s in schedules(g, "示例县")]
    assert (s.last_regular, s.due, s.state(PLANTED.today)) == (D(2023, 3, 20), mp.next_meeting_due, "due")
    rows = deadline_rows(g, today=PLANTED.today, include_pending=True)
    [dec] = [r for r in rows if r.rule_id == "meeting_decision"]
    # due Thu 29 Feb; 1 Mar and 4–8, 11–15 Mar are 11 working days to 15 Mar
    assert (dec.agency_name, dec.due, dec.overdue_by) == (mp.overdue_decision_owner, mp.overdue_decision_due, 11)
    [pen] = [r for r in rows if r.rule_id == "record_penalty_credit"]
    assert (pen.subject, pen.due, pen.state, pen.working_days_left) == (
        mp.penalty_doc_no, mp.penalty_due, DeadlineState.PENDING, 1)
    assert not [r for r in rows if r.rule_id == "publish_inspection"]  # published on time
    # the complaint lodged Mon 11 Mar: acceptance due Mon 18 Mar, warned from Thu 14 Mar (002 十)
    shown = [r for r in deadline_rows(g, today=PLANTED.today, within=0) if r.subject == mp.complaint_no]
    assert [(r.rule_id, r.warning, r.warn_on, r.due, r.working_days_left, r.agency_name) for r in shown] == [
        ("complaint_acceptance", True, mp.complaint_warned_from, mp.complaint_acceptance_due, 1, "示例县财政局")]
    # the removed blacklisting: the control company's bid after removal is no hit
    screened = {(r.company_id, r.status, r.hit) for r in screen_bids(g)}
    assert (b.control_company_id, "removed", False) in screened
    assert not any(h for cid, _, h in screened if cid == b.control_company_id)
    # the draw: weights, the conflict official excluded for the conflict company, re-run from the seed
    record = json.loads(g.read("MATCH (i:Inspection {name: $n}) RETURN i.result AS r", {"n": mp.draw_name})[0]["r"])
    weights = {t["id"]: t["weight"] for t in record["outcome"]["targets"]}
    assert weights == {c.company_id: 1, ring.company_ids[0]: 3, b.company_id: 2}
    assert record["outcome"]["excluded"][c.company_id] == [c.official_id]
    assert sorted(record["why"][f"{c.company_id}|{c.official_id}"]) == ["purchaser", f"relative ({c.spouse_name})"]
    assert all(len(t["inspectors"]) == 2 for t in record["outcome"]["targets"])
    res = CliRunner().invoke(cli, ["inspect", "verify", "--all"])
    assert res.exit_code == 0 and "1 of 1 draw(s) re-run with the same result" in res.output, res.output
    [w] = watch_entries(g)
    assert (w.party_id, w.proposed_by, w.evidence) == (ring.company_ids[0], "ring_screen", [ring.phone_id, ring.ip_id])
