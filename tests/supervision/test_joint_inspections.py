"""Joint inspections (联合检查, 003 第十九、二十条) on the real test server: the plan with members' roles, and
findings that become threads through the ordinary lifecycle — transferred when found by a member that is not
competent. Dates worked out by hand (Qingming 2024: 4–6 Apr off, Sun 7 Apr worked)."""

from __future__ import annotations

from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from graph.inspections import joint, plan_joint, record_finding
from graph.overdue import deadline_rows
from graph.rules.deadlines import DeadlineState
from graph.rules.workdays import WorkCalendar
from graph.writer import RecordFactory, Unit, write_unit
from tests.supervision.conftest import SRC, D

CAL = WorkCalendar()


def _company(graph: Graph, name: str) -> str:
    f = RecordFactory(synthetic=True)
    c = f.node("Company", {"key": name, "name": name}, source=SRC)
    write_unit(graph, Unit(nodes=[c]))
    return c.id


def test_findings_become_threads_handled_or_transferred(county: Graph, ag: dict[str, str]) -> None:
    jia = _company(county, "甲医疗器械有限公司")
    fin, market, police = ag["示例县财政局"], ag["示例县市场监督管理局"], ag["示例县公安局"]
    iid = plan_joint(county, "示例县2024年医疗设备采购联合检查", on=D(2024, 4, 8), initiator=fin,
                     members={fin: "牵头，检查采购程序", market: "产品质量", police: "涉嫌犯罪线索"}, targets=[jia],
                     purpose="核查医疗设备采购中的以次充好和串通投标", method="实地核查", source=SRC)
    # found by market regulation, competent finance: a thread the finder must transfer (003 第十三条)
    t1 = record_finding(county, iid, number="LJ-2024-01", by=market, on=D(2024, 4, 10), summary="评审专家违规打分",
                        competent=fin, about=jia, source=SRC)
    # found by the competent member itself: handled there, nothing to transfer
    record_finding(county, iid, number="LJ-2024-02", by=market, on=D(2024, 4, 10), summary="设备以次充好",
                   competent=market, about=jia, source=SRC)
    rows = [r for r in deadline_rows(county, today=D(2024, 4, 18), calendar=CAL) if r.rule_id == "transfer_case"]
    # 11, 12, 15, 16, 17 Apr → due Wed 17 Apr; Thu 18 Apr is 1 working day over
    assert [(r.thread_id, r.agency_name, r.due, r.state, r.overdue_by) for r in rows] == [
        (t1, "示例县市场监督管理局", D(2024, 4, 17), DeadlineState.OVERDUE, 1)]
    j = joint(county, iid)
    assert sorted((m["agency"], m["role"]) for m in j["members"]) == [
        ("示例县公安局", "涉嫌犯罪线索"), ("示例县市场监督管理局", "产品质量"), ("示例县财政局", "牵头，检查采购程序")]
    assert j["initiator"] == "示例县财政局" and j["targets"] == ["甲医疗器械有限公司"]
    assert sorted((f["number"], f["holder"], f["competent"]) for f in j["findings"]) == [
        ("LJ-2024-01", "示例县市场监督管理局", "示例县财政局"), ("LJ-2024-02", "示例县市场监督管理局", "示例县市场监督管理局")]


def test_joint_inspection_cli(county: Graph) -> None:
    _company(county, "乙公司")
    run = CliRunner().invoke
    res = run(cli, ["inspect", "joint", "联合检查A", "--date", "2024-04-08", "--initiator", "示例县财政局",
                    "--member", "示例县财政局=牵头", "--member", "示例县公安局=涉嫌犯罪线索", "--target", "乙公司",
                    "--purpose", "专项整治"])
    assert res.exit_code == 0 and "2 member(s), 1 target(s) [003 第十九条]" in res.output, res.output
    iid = res.output.split()[2].rstrip(":")
    res = run(cli, ["inspect", "finding", iid, "LJ-A-1", "--by", "示例县公安局", "--on", "2024-04-10",
                    "--summary", "投标文件雷同", "--competent", "示例县财政局", "--about", "乙公司",
                    "--violation", "围标串标", "--violation", "false_materials"])
    assert res.exit_code == 0 and "to be transferred to 示例县财政局 within 5 working days" in res.output, res.output
    stored = county.read("MATCH (c:Clue {clue_no: 'LJ-A-1'}) RETURN c.violations AS v")
    assert stored == [{"v": ["collusion", "false_materials"]}]
    res = run(cli, ["inspect", "finding", iid, "LJ-A-2", "--by", "示例县公安局", "--on", "2024-04-10",
                    "--summary", "x", "--competent", "示例县财政局", "--violation", "偷税"])
    assert res.exit_code == 2 and "'偷税' is not a violation" in res.output, res.output
    res = run(cli, ["inspect", "show", iid])
    assert "member 示例县公安局: 涉嫌犯罪线索" in res.output and "targets: 乙公司" in res.output
    assert "finding LJ-A-1: 投标文件雷同 — held by 示例县公安局, competent 示例县财政局" in res.output, res.output
    res = run(cli, ["inspect", "joint", "联合检查B", "--date", "2024-04-08", "--initiator", "示例县财政局",
                    "--member", "示例县财政局", "--purpose", "x"])
    assert res.exit_code == 2 and "AGENCY=ROLE" in res.output
