"""Blacklists over time (002 十六: removal stops the sanctions) and the 7-day credit record of a structured
penalty (003 第九条), on the real test server; expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from graph.overdue import deadline_rows
from graph.rules.deadlines import DeadlineState
from graph.rules.workdays import WorkCalendar
from graph.sanctions import (
    add_entry,
    blacklisted_winners,
    entries,
    record_credit,
    remove_entry,
    screen_bids,
)
from graph.writer import RecordFactory, Unit, write_unit
from tests.supervision.conftest import SRC, D

CAL = WorkCalendar()


def _company_with_bids(graph: Graph, name: str, bids: dict[str, dt.datetime]) -> str:
    f = RecordFactory(synthetic=True)
    c = f.node("Company", {"key": name, "name": name}, source=SRC)
    unit = Unit(nodes=[c])
    for no, at in bids.items():
        p = f.node("Project", {"project_no": no, "name": f"项目{no}", "opened": at.date()}, source=SRC)
        b = f.node("Bid", {"project_no": no, "bidder_key": name, "submitted": at}, source=SRC)
        unit.nodes += [p, b]
        unit.rels += [f.rel("SUBMITTED", c.id, b.id, source=SRC), f.rel("FOR_PROJECT", b.id, p.id, source=SRC)]
    write_unit(graph, unit)
    return c.id


def test_a_bid_during_the_period_is_a_hit_a_bid_after_removal_is_not(county: Graph, ag: dict[str, str]) -> None:
    cid = _company_with_bids(county, "甲建设有限公司", {
        "P0": dt.datetime(2024, 2, 20, 9, 0),   # before the start
        "P1": dt.datetime(2024, 5, 18, 9, 0),   # in force
        "P2": dt.datetime(2024, 6, 10, 9, 0),   # the removal day: sanctions already stopped
        "P3": dt.datetime(2024, 7, 1, 9, 0),    # after removal
    })
    sid = add_entry(county, authority=ag["示例县财政局"], party=cid, start=D(2024, 3, 1), end=D(2025, 2, 28),
                    reason="提供虚假材料谋取中标", doc_no="示财罚〔2024〕3号", source=SRC)
    before = {r.project_no: r.hit for r in screen_bids(county)}
    assert before == {"P0": False, "P1": True, "P2": True, "P3": True}

    remove_entry(county, sid, on=D(2024, 6, 10), by=ag["示例县财政局"], reason="信用修复")
    after = {r.project_no: (r.hit, r.status) for r in screen_bids(county)}
    assert after == {"P0": (False, "not yet"), "P1": (True, "in force"), "P2": (False, "removed"),
                     "P3": (False, "removed")}
    [e] = entries(county, "blacklist")
    assert (e.start, e.end, e.removed, e.removal_reason, e.clause) == (
        D(2024, 3, 1), D(2025, 2, 28), D(2024, 6, 10), "信用修复", "002 十六")
    assert e.status(D(2024, 6, 9)) == "in force" and e.status(D(2024, 6, 10)) == "removed"
    assert e.authority == "示例县财政局" and e.party == "甲建设有限公司"
    # winners: a win after removal is no longer a sanctioned win
    f = RecordFactory(synthetic=True)
    write_unit(county, Unit(rels=[
        f.rel("WON", cid, f.schema.node("Project").make_id({"project_no": "P1"}), {"date": D(2024, 5, 30)}, source=SRC),
        f.rel("WON", cid, f.schema.node("Project").make_id({"project_no": "P3"}), {"date": D(2024, 7, 15)}, source=SRC),
    ]))
    assert [w.project_no for w in blacklisted_winners(county)] == ["P1"]


def test_a_structured_penalty_starts_the_7_day_credit_record(county: Graph, ag: dict[str, str]) -> None:
    cid = _company_with_bids(county, "乙商贸有限公司", {})
    sid = add_entry(county, authority=ag["示例县财政局"], party=cid, kind="penalty", start=D(2024, 9, 27),
                    doc_no="示财罚〔2024〕9号", amount=20000.0, source=SRC)
    # a penalty a letter decided is the letters' Deadline (graph/threads.py): not counted twice here
    other = _company_with_bids(county, "丙公司", {})
    add_entry(county, authority=ag["示例县财政局"], party=other, kind="penalty", start=D(2024, 9, 27),
              doc_no="示财罚〔2024〕8号", source=SRC)
    f = RecordFactory(synthetic=True)
    # the letter writes the number with other brackets than the register row: the same decision
    write_unit(county, Unit(nodes=[f.node("Document", {"sha256": "x" * 64, "doc_no": "示财罚（2024）第8号",
                                                       "act_kind": "penalty"}, source=SRC)]))
    # Fri 27 Sep + 7 calendar days = Fri 4 Oct, inside the National Day holiday (1–7 Oct): rolls to Tue 8 Oct
    [due_today] = [r for r in deadline_rows(county, today=D(2024, 10, 8), within=0, calendar=CAL)
                   if r.rule_id == "record_penalty_credit"]
    assert (due_today.state, due_today.due, due_today.working_days_left) == (DeadlineState.DUE_SOON, D(2024, 10, 8), 0)
    assert due_today.clause == "003 第九条" and due_today.subject == "示财罚〔2024〕9号"
    assert due_today.agency_name == "示例县财政局" and due_today.note == "penalty on 乙商贸有限公司"
    [late] = [r for r in deadline_rows(county, today=D(2024, 10, 10), calendar=CAL) if r.rule_id == "record_penalty_credit"]
    assert (late.state, late.overdue_by) == (DeadlineState.OVERDUE, 2)

    res = CliRunner().invoke(cli, ["overdue", "--today", "2024-10-10"])
    assert res.exit_code == 0, res.output
    assert "record_penalty_credit (003 第九条)" in res.output and "示财罚〔2024〕9号" in res.output

    record_credit(county, sid, on=D(2024, 10, 9))
    assert not [r for r in deadline_rows(county, today=D(2024, 10, 10), calendar=CAL)
                if r.rule_id == "record_penalty_credit"]

    # 001 一(五): the county's development and reform commission pushes it to 信用中国 "promptly" — listed only
    # with a default for "promptly": 3 working days from Fri 27 Sep (Sun 29 Sep worked) → 29 Sep, 30 Sep, 8 Oct
    assert not [r for r in deadline_rows(county, today=D(2024, 10, 10), calendar=CAL) if r.rule_id == "push_credit_china"]
    pushes = [r for r in deadline_rows(county, today=D(2024, 10, 10), calendar=CAL, promptly_default=3)
              if r.rule_id == "push_credit_china"]
    assert sorted((r.subject, r.agency_name, r.due, r.due_is_default, r.counterpart) for r in pushes) == [
        ("示财罚〔2024〕8号", "示例县发展和改革委员会", D(2024, 10, 8), True, "示例县财政局"),
        ("示财罚〔2024〕9号", "示例县发展和改革委员会", D(2024, 10, 8), True, "示例县财政局")]
    record_credit(county, sid, on=D(2024, 9, 30), pushed=True)
    assert [r.subject for r in deadline_rows(county, today=D(2024, 10, 10), calendar=CAL, promptly_default=3)
            if r.rule_id == "push_credit_china"] == ["示财罚〔2024〕8号"]


def test_blacklist_cli_add_list_screen_remove(county: Graph, ag: dict[str, str]) -> None:
    _company_with_bids(county, "丁科技有限公司", {"Q1": dt.datetime(2025, 1, 6, 10, 0),
                                                  "Q2": dt.datetime(2025, 4, 1, 10, 0)})
    run = CliRunner().invoke
    res = run(cli, ["blacklist", "add", "丁科技有限公司", "--authority", "示例县财政局", "--start", "2025-01-01",
                    "--end", "2026-12-31", "--reason", "串通投标"])
    assert res.exit_code == 0, res.output
    sid = res.output.split()[2].rstrip(":")
    assert sid.startswith("sanction:") and "[002 十六]" in res.output
    res = run(cli, ["blacklist", "screen"])
    assert res.exit_code == 0 and res.output.startswith("2 hit(s) among 2 bid(s)"), res.output
    res = run(cli, ["blacklist", "remove", sid, "--on", "2025-03-01", "--by", "示例县财政局", "--reason", "信用修复"])
    assert res.exit_code == 0 and "sanctions stop from that day [002 十六]" in res.output, res.output
    res = run(cli, ["blacklist", "screen", "--all"])
    assert res.output.startswith("1 hit(s) among 2 bid(s)"), res.output
    assert "HIT" in res.output and "no (removed)" in res.output and "Q2" in res.output
    res = run(cli, ["blacklist", "list", "--on", "2025-02-01"])
    assert "in force  丁科技有限公司 — 示例县财政局, 2025-01-01 – 2026-12-31; removed 2025-03-01 (信用修复)" in res.output
    res = run(cli, ["blacklist", "list", "--on", "2025-03-01"])
    assert "removed   丁科技有限公司" in res.output
    res = run(cli, ["blacklist", "add", "无此公司", "--authority", "示例县财政局", "--start", "2025-01-01"])
    assert res.exit_code == 1 and "no company, person or official '无此公司'" in res.output
