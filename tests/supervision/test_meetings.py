"""Joint meetings on the real test server: the seeds' rhythm as the lead agency's obligation (修武 half-yearly by
the DRC, 002 一(一); 绵竹 yearly by the finance bureau, 000 三(一)) and decisions tracked until done (001 二(一)).
Expected dates worked out by hand on the PRC calendar."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from graph.meetings import (
    MeetingError,
    add_decision,
    add_meeting,
    decision_done,
    meeting,
    next_period,
    schedules,
)
from graph.overdue import deadline_rows
from graph.rules.deadlines import DeadlineState
from graph.rules.workdays import WorkCalendar
from graph.writer import RecordFactory, Unit, write_unit
from tests.supervision.conftest import SRC, D

CAL = WorkCalendar()
XIUWU = "公共资源交易监管工作联席会议机制"
MIANZHU = "政府采购联动监管工作机制"


@pytest.mark.parametrize(("last", "months", "label", "end"), [
    (D(2024, 3, 15), 12, "2025", D(2025, 12, 31)),
    (D(2024, 3, 15), 6, "2024H2", D(2024, 12, 31)),
    (D(2024, 9, 1), 6, "2025H1", D(2025, 6, 30)),
    (D(2024, 12, 31), 3, "2025Q1", D(2025, 3, 31)),
    (D(2024, 5, 2), 3, "2024Q3", D(2024, 9, 30)),
])
def test_next_period(last, months, label, end) -> None:  # type: ignore[no-untyped-def]
    assert next_period(last, months) == (label, end)


def _meeting_rows(graph: Graph, today, **kw):  # type: ignore[no-untyped-def]
    return [r for r in deadline_rows(graph, today=today, calendar=CAL, **kw)
            if r.rule_id in ("hold_joint_meeting", "meeting_decision")]


def test_half_yearly_meeting_due_and_not_held_is_the_drcs_obligation(county: Graph, ag: dict[str, str]) -> None:
    drc, centre = ag["修武县发展和改革委员会"], ag["修武县公共资源交易中心"]
    assert _meeting_rows(county, D(2025, 1, 2), include_pending=True) == []  # nothing recorded: not judged
    m1 = add_meeting(county, XIUWU, on=D(2024, 3, 20), attendees=(drc, ag["修武县公共资源交易管理委员会"], centre),
                     minutes="研究部署2024年双随机联合执法", minutes_doc="修发改纪要〔2024〕1号", source=SRC)
    # an ad hoc meeting a member asked for (002 一(一)) does not stand for the half-yearly one
    add_meeting(county, XIUWU, on=D(2024, 10, 10), kind="ad_hoc", convener=drc, requested_by=ag["修武县公安局"],
                topic="围标串标线索会商", source=SRC)
    [row] = _meeting_rows(county, D(2025, 1, 2))
    # next period 2024H2 ends Tue 31 Dec; 1 Jan is a holiday, Thu 2 Jan a working day
    assert (row.rule_id, row.agency_name, row.due, row.state, row.overdue_by) == (
        "hold_joint_meeting", "修武县发展和改革委员会", D(2024, 12, 31), DeadlineState.OVERDUE, 1)
    assert row.clause == "002 一(一)" and row.subject == f"{XIUWU} 2024H2" and "每半年" in row.rule_zh
    assert _meeting_rows(county, D(2025, 1, 2), agency_id=centre) == []

    add_meeting(county, XIUWU, on=D(2024, 11, 5), attendees=(drc,), source=SRC)
    assert _meeting_rows(county, D(2025, 1, 2)) == []
    [pending] = _meeting_rows(county, D(2025, 1, 2), include_pending=True)
    assert (pending.due, pending.state) == (D(2025, 6, 30), DeadlineState.PENDING)

    mt = meeting(county, m1)
    assert mt["convener"] == "修武县发展和改革委员会" and mt["clause"] == "002 一(一)"
    assert sorted(mt["attendees"]) == ["修武县公共资源交易中心", "修武县公共资源交易管理委员会", "修武县发展和改革委员会"]


def test_regular_meeting_is_convened_by_the_lead(county: Graph, ag: dict[str, str]) -> None:
    with pytest.raises(MeetingError, match="convened by its lead"):
        add_meeting(county, MIANZHU, on=D(2024, 3, 15), convener=ag["绵竹市公安局"], source=SRC)
    add_meeting(county, MIANZHU, on=D(2024, 3, 15), source=SRC)
    [s] = [s for s in schedules(county, "绵竹市") if s.mechanism == MIANZHU]
    assert (s.lead, s.rhythm, s.period, s.due, s.clause) == (
        "绵竹市财政局", ("yearly", "ad_hoc"), "2025", D(2025, 12, 31), "000 三(一)")


def test_decisions_are_tracked_until_done(county: Graph, ag: dict[str, str]) -> None:
    m = add_meeting(county, XIUWU, on=D(2024, 3, 20), source=SRC)
    d1 = add_decision(county, m, text="开展第一批双随机联合执法", owner=ag["修武县公共资源交易中心"], due=D(2024, 4, 30),
                      source=SRC)
    add_decision(county, m, text="报送年度监管计划", owner=ag["修武县发展和改革委员会"], due=D(2024, 6, 28), source=SRC)
    rows = [r for r in _meeting_rows(county, D(2024, 5, 6)) if r.rule_id == "meeting_decision"]
    # due Tue 30 Apr; 1–5 May are the Labour Day holiday, Mon 6 May the first working day after
    assert [(r.agency_name, r.due, r.overdue_by, r.clause) for r in rows] == [
        ("修武县公共资源交易中心", D(2024, 4, 30), 1, "001 二(一)")]
    assert rows[0].subject == f"{XIUWU} 2024-03-20 议定事项1" and "开展第一批双随机联合执法" in rows[0].rule_zh
    decision_done(county, d1, on=D(2024, 5, 7), note="已抽取并公示")
    assert [r for r in _meeting_rows(county, D(2024, 5, 8)) if r.rule_id == "meeting_decision"] == []
    assert [(d["seq"], d["done"]) for d in meeting(county, m)["decisions"]] == [(1, D(2024, 5, 7)), (2, None)]


def test_meeting_cli(county: Graph) -> None:
    run = CliRunner().invoke
    res = run(cli, ["meeting", "add", MIANZHU, "--date", "2024-03-15", "--attendee", "绵竹市财政局",
                    "--attendee", "绵竹市公安局", "--minutes", "通报2023年案件办理情况"])
    assert res.exit_code == 0, res.output
    mid = res.output.split()[1]
    res = run(cli, ["meeting", "decide", mid, "建立线索移送台账", "--owner", "绵竹市公安局", "--due", "2024-04-15"])
    assert res.exit_code == 0 and "[001 二(一)]" in res.output, res.output
    did = res.output.split()[1]
    res = run(cli, ["meeting", "show", mid, "--today", "2024-04-16"])
    assert "convener: 绵竹市财政局" in res.output and "attended: 绵竹市公安局、绵竹市财政局" in res.output
    assert "1. 建立线索移送台账 — 绵竹市公安局, due 2024-04-15: OVERDUE" in res.output, res.output
    res = run(cli, ["overdue", "--today", "2024-04-16", "--agency", "绵竹市公安局"])
    assert "meeting_decision (001 二(一))" in res.output, res.output
    res = run(cli, ["meeting", "decide", did, "--done", "2024-04-17"])
    assert res.exit_code == 0
    res = run(cli, ["meeting", "liaison", MIANZHU, "--agency", "绵竹市公安局", "--name", "刘伟", "--since", "2022-01-04"])
    assert res.exit_code == 0 and "刘伟 of 绵竹市公安局 is the liaison from 2022-01-04 [001 二(一)]" in res.output, res.output
    run(cli, ["meeting", "liaison", MIANZHU, "--agency", "绵竹市公安局", "--name", "陈静", "--since", "2024-02-01"])
    res = run(cli, ["meeting", "list", "--region", "绵竹市", "--today", "2026-01-05"])
    assert "next regular meeting (2025) due by 2025-12-31: OVERDUE on 2026-01-05" in res.output, res.output
    assert "联络员 绵竹市公安局: 陈静 since 2024-02-01" in res.output and "刘伟" not in res.output
    res = run(cli, ["meeting", "add", "无此机制", "--date", "2024-03-15"])
    assert res.exit_code == 1 and "no mechanism '无此机制'" in res.output


@pytest.mark.parametrize("typed", ["修发改纪要〔2024〕1号", "修发改纪要(2024)1号", "修发改纪要［2024］第1号",
                                   "修發改紀要（2024）1號", " 修发改纪要 【2024】 1号"])
def test_the_minutes_are_found_however_their_number_is_typed(county: Graph, ag: dict[str, str], typed: str) -> None:
    """A clerk types the minutes' number with other brackets, 第, blanks or traditional characters than
    the stored document was written with: the meeting is still evidenced by that document."""
    f = RecordFactory(synthetic=True)
    doc = f.node("Document", {"sha256": "e" * 64, "kind": "minutes", "doc_no": "修发改纪要〔2024〕1号",
                              "path": "纪要.txt", "title": "联席会议纪要", "text": "……"}, source="test")
    other = f.node("Document", {"sha256": "f" * 64, "kind": "minutes", "doc_no": "修发改纪要〔2024〕11号",
                                "path": "纪要11.txt", "title": "联席会议纪要", "text": "……"}, source="test")
    write_unit(county, Unit(nodes=[doc, other]))
    m = add_meeting(county, XIUWU, on=D(2024, 3, 20), attendees=(ag["修武县发展和改革委员会"],),
                    minutes_doc=typed, source=SRC)
    rows = county.read("MATCH (x:Meeting {id: $id})-[:EVIDENCED_BY]->(d:Document) RETURN d.path AS path", {"id": m})
    assert [r["path"] for r in rows] == ["纪要.txt"]
