"""Watch lists (002 十一) on the real test server: proposals from the ring screen with reason and evidence,
project tracking while listed (not before, not after removal), through a listed person too."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from app.cli import cli
from app.services.watchlist import proposals
from graph.connection import Graph
from graph.watchlist import add_entry, entries, remove_entry, tracked_bids
from graph.writer import RecordFactory, Unit, write_unit
from queries.run import run_query
from tests.supervision.conftest import SRC, D


def _world(graph: Graph) -> dict[str, str]:
    f = RecordFactory(synthetic=True)
    names = {"甲": "甲建设有限公司", "乙": "乙建设有限公司", "丙": "丙建设有限公司"}
    cos = {k: f.node("Company", {"key": v, "name": v}, source=SRC) for k, v in names.items()}
    phone = f.node("Phone", {"number": "13800000000"}, source=SRC)
    zhao = f.node("Person", {"name": "赵某", "context": cos["丙"].id}, source=SRC)
    unit = Unit(nodes=[*cos.values(), phone, zhao], rels=[
        f.rel("HAS_PHONE", cos["甲"].id, phone.id, source=SRC), f.rel("HAS_PHONE", cos["乙"].id, phone.id, source=SRC),
        f.rel("LEGAL_REP_OF", zhao.id, cos["丙"].id, source=SRC)])
    bids = [("W1", "甲", dt.datetime(2024, 5, 10, 9)), ("W1", "乙", dt.datetime(2024, 5, 10, 9)),
            ("W2", "甲", dt.datetime(2024, 7, 1, 9)), ("W3", "甲", dt.datetime(2024, 8, 5, 9)),
            ("W4", "丙", dt.datetime(2024, 7, 2, 9))]
    for no, who, at in bids:
        p = f.node("Project", {"project_no": no, "name": f"项目{no}", "opened": at.date()}, source=SRC)
        b = f.node("Bid", {"project_no": no, "bidder_key": names[who], "submitted": at}, source=SRC)
        unit.nodes += [p, b]
        unit.rels += [f.rel("SUBMITTED", cos[who].id, b.id, source=SRC), f.rel("FOR_PROJECT", b.id, p.id, source=SRC)]
    write_unit(graph, unit)
    return {**{k: c.id for k, c in cos.items()}, "phone": phone.id, "赵某": zhao.id}


def test_ring_screen_proposals_tracking_and_removal(county: Graph, ag: dict[str, str]) -> None:
    w = _world(county)
    got = {p.party: p for p in proposals(county, screen="ring", on=D(2024, 6, 1))}
    assert sorted(got) == ["乙建设有限公司", "甲建设有限公司"]
    jia = got["甲建设有限公司"]
    assert jia.reason == "与乙建设有限公司共用电话 13800000000（共同投标1个项目）" and jia.evidence == [w["phone"]]
    wid = add_entry(county, party=w["甲"], list_name="重点关注对象名单", start=D(2024, 6, 1), reason=jia.reason,
                    evidence=jia.evidence, proposed_by="ring_screen", added_by="tester", authority=ag["示例县发展和改革委员会"],
                    source=SRC)
    add_entry(county, party=w["赵某"], list_name="重点关注对象名单", start=D(2024, 6, 15), reason="历史围标", added_by="tester",
              proposed_by="finding", source=SRC)
    assert [p.party for p in proposals(county, screen="ring", on=D(2024, 6, 1))] == ["乙建设有限公司"]
    # W1 was bid before the listing; W2 while listed; W4 by the company the listed 赵某 represents
    assert [(b.project_no, b.company, b.via) for b in tracked_bids(county)] == [
        ("W3", "甲建设有限公司", "itself"), ("W4", "丙建设有限公司", "legal_rep_of"), ("W2", "甲建设有限公司", "itself")]
    remove_entry(county, wid, on=D(2024, 8, 1), by="tester", reason="核查无异常")
    assert [b.project_no for b in tracked_bids(county)] == ["W4", "W2"]
    assert [b.project_no for b in tracked_bids(county, since=D(2024, 7, 2))] == ["W4"]
    [e] = [e for e in entries(county) if e.id == wid]
    assert (e.proposed_by, e.added_by, e.authority, e.listed(D(2024, 7, 31)), e.listed(D(2024, 8, 1))) == (
        "ring_screen", "tester", "示例县发展和改革委员会", True, False)
    # the saved query honours the removal too
    hits = run_query(county, "blacklist_hits").rows
    assert sorted(r["project_no"] for r in hits) == ["W2", "W4"]


def test_watchlist_cli(county: Graph) -> None:
    _world(county)
    run = CliRunner().invoke
    res = run(cli, ["watchlist", "propose", "--screen", "ring", "--start", "2024-06-01", "--add", "--by", "tester"])
    assert res.exit_code == 0 and res.output.startswith("2 proposal(s) from the ring screen"), res.output
    res = run(cli, ["watchlist", "list", "--on", "2024-06-02"])
    assert "2 watch-list entries on 2024-06-02 [002 十一]" in res.output and "[围标串标筛查; added by tester]" in res.output
    res = run(cli, ["watchlist", "bids", "--since", "2024-06-01"])
    assert res.output.startswith("2 bid(s) by listed parties"), res.output
    assert "甲建设有限公司 on W3" in res.output and "甲建设有限公司 on W2" in res.output
    res = run(cli, ["watchlist", "add", "丙建设有限公司", "--reason", "", "--start", "2024-06-01"])
    assert res.exit_code == 1 and "needs its reason" in res.output


def test_proposals_from_findings(county: Graph, ag: dict[str, str]) -> None:
    from graph.sanctions import add_entry as sanction

    w = _world(county)
    sanction(county, authority=ag["示例县财政局"], party=w["丙"], kind="penalty", start=D(2024, 5, 20),
             doc_no="示财罚〔2024〕5号", source=SRC)
    sanction(county, authority=ag["示例县财政局"], party=w["乙"], kind="penalty", start=D(2024, 7, 1), source=SRC)
    got = proposals(county, screen="finding", on=D(2024, 6, 1))
    assert [(p.party, p.reason, p.proposed_by) for p in got] == [
        ("丙建设有限公司", "2024-05-20 示例县财政局行政处罚（示财罚〔2024〕5号）", "finding")]
