"""``liandong load`` of issue 13's registers (ingest/tabular/registers.py) on the real graph server: a 修武县
joint meeting's members, meetings, decisions and liaisons (002 一), the inspector and target registers of a
double-random draw (002 五、六), watch-list and blacklist entries with their removal (002 十一、十六) — from CSV,
JSON and XLSX, re-run without change, bad rows named by file, row and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from graph.connection import Graph
from graph.inspections import registers
from graph.meetings import liaisons, meeting, meeting_obligations
from graph.reference import load_reference
from graph.sanctions import entries as blacklist
from graph.watchlist import entries as watchlist
from ingest.tabular import EXIT_OK, EXIT_ROWS_REJECTED, load_files
from tests.tabular.test_load import put, snapshot, where

DATA = Path(__file__).resolve().parents[1] / "data" / "registers"
FILES = sorted(DATA.iterdir())
D = dt.date
MECH = "公共资源交易监管工作联席会议机制"


@pytest.fixture
def xiuwu(empty_graph: Graph) -> Graph:
    load_reference(empty_graph)  # the seed localities' agencies and mechanisms
    return empty_graph


def liaison_book(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "联络员"
    ws.append(["机制", "地区", "单位", "姓名", "职务", "指定日期"])
    ws.append([MECH, "修武县", "修武县公共资源交易中心", "王丽", "综合科科长", "2023-07-01"])
    ws.append([MECH, "修武县", "修武县公共资源交易中心", "陈刚", "综合科副科长", "2024-02-01"])
    ws.append([MECH, "修武县", "修武县公安局", "刘洋", "经侦大队副大队长", "2024-01-10"])
    path = tmp_path / "联络员名单.xlsx"
    wb.save(path)
    return path


def mechanism_id(graph: Graph) -> str:
    return str(graph.read("MATCH (m:Mechanism {name: $n, region: '修武县'}) RETURN m.id AS id", {"n": MECH})[0]["id"])


def test_registers_load_and_rerun_changes_nothing(xiuwu: Graph, tmp_path: Path) -> None:
    files = [*FILES, liaison_book(tmp_path)]
    report = load_files(files, xiuwu)
    assert report.errors == [] and report.exit_code == EXIT_OK
    mid = mechanism_id(xiuwu)
    members = xiuwu.read("MATCH (a:Agency)-[:MEMBER_OF]->(:Mechanism {id: $id}) RETURN a.name AS n ORDER BY n", {"id": mid})
    assert [r["n"] for r in members] == ["修武县公共资源交易中心", "修武县公安局", "修武县发展和改革委员会"]

    held = xiuwu.read("MATCH (:Mechanism {id: $id})-[:HELD]->(x:Meeting) RETURN x.id AS id ORDER BY x.date", {"id": mid})
    first, second = (meeting(xiuwu, r["id"]) for r in held)
    assert (first["date"], first["convener"], first["minutes_doc"]) == (D(2024, 1, 18), "修武县发展和改革委员会", "修发改纪〔2024〕1号")
    assert sorted(first["attendees"]) == ["修武县公共资源交易中心", "修武县公安局", "修武县发展和改革委员会"]
    assert [(d["seq"], d["due"], d["done"]) for d in first["decisions"]] == [
        (1, D(2024, 3, 29), D(2024, 3, 20)), (2, D(2024, 2, 29), None)]
    assert (second["kind"], second["convener"], len(second["attendees"])) == ("ad_hoc", "修武县公共资源交易中心", 2)
    # the open decisions are owed on the desks (graph/overdue.py through graph.meetings)
    owed = {(o.subject, o.due) for o in meeting_obligations(xiuwu) if o.rule_id == "meeting_decision"}
    assert owed == {(f"{MECH} 2024-01-18 议定事项2", D(2024, 2, 29)), (f"{MECH} 2024-04-09 议定事项1", D(2024, 4, 30))}
    # the current liaison per agency is the latest
    assert {(r["agency"], r["name"]) for r in liaisons(xiuwu, mid)} == {("修武县公共资源交易中心", "陈刚"), ("修武县公安局", "刘洋")}

    targets, inspectors = registers(xiuwu, D(2024, 7, 1), "工程建设招投标")
    assert sorted(t.risk for t in targets) == [0, 2]
    assert len(inspectors) == 2  # 赵晓燕 left the register on 30 June
    assert len(registers(xiuwu, D(2024, 6, 30), None)[1]) == 3

    before = snapshot(xiuwu)
    again = load_files(files, xiuwu)
    assert again.exit_code == EXIT_OK and snapshot(xiuwu) == before


def test_bad_register_rows_are_named(xiuwu: Graph, tmp_path: Path) -> None:
    assert load_files([DATA / "企业.csv"], xiuwu).exit_code == EXIT_OK
    meetings = put(tmp_path, "会议.csv", "机制,地区,会议日期,召集单位,参会单位,纪要文号\n"
                   f"{MECH},修武县,2024-01-18,修武县发展和改革委员会,修武县公安局;修武县教育局,修发改纪〔2024〕1号\n"
                   "不存在的联席会议,修武县,2024-01-18,修武县发展和改革委员会,,修发改纪〔2024〕9号\n"
                   f"{MECH},修武县,2024-13-01,修武县发展和改革委员会,,修发改纪〔2024〕8号\n")
    decisions = put(tmp_path, "议定事项.csv", "纪要文号,事项编号,议定事项,责任单位,完成时限\n"
                    "修发改纪〔2099〕1号,1,建立台账,修武县公安局,2024-02-01\n"
                    "修发改纪〔2024〕1号,1,建立台账,修武县公安局,\n")
    targets = put(tmp_path, "检查对象名录库.csv", "检查对象,项目编号,风险等级,开始日期,结束日期\n"
                  "修武县恒达建筑工程有限公司,XW-2024-01,1,2024-01-01,\n"
                  "修武县恒达建筑工程有限公司,,5,2024-01-01,\n"
                  "修武县恒达建筑工程有限公司,,1,2024-03-01,2024-02-01\n")
    report = load_files([meetings, decisions, targets], xiuwu)
    assert report.exit_code == EXIT_ROWS_REJECTED
    assert where(report) == [
        ("会议.csv", 2, "参会单位"),      # 修武县教育局 is not in the directory
        ("会议.csv", 3, "机制"),          # no such mechanism
        ("会议.csv", 4, "会议日期"),      # month 13
        ("议定事项.csv", 2, "纪要文号"),   # no meeting with those minutes
        ("议定事项.csv", 3, "纪要文号"),   # its meeting's row was rejected
        ("检查对象名录库.csv", 2, "检查对象"),  # a company and a project
        ("检查对象名录库.csv", 3, "风险等级"),  # risk 0–3
        ("检查对象名录库.csv", 4, "结束日期"),  # ends before it starts
    ]
    messages = " ".join(e.reason for e in report.errors)
    assert "修武县教育局" in messages and "不存在的联席会议" in messages and "修发改纪〔2099〕1号" in messages


def test_watch_and_blacklist_rows_with_removal(xiuwu: Graph, tmp_path: Path) -> None:
    assert load_files([DATA / "企业.csv"], xiuwu).exit_code == EXIT_OK
    black = put(tmp_path, "失信黑名单.csv", "失信主体,列入机关,机关地区,类型,开始日期,结束日期,移出日期,移出原因,列入原因\n"
                "修武县恒达建筑工程有限公司,修武县发展和改革委员会,修武县,黑名单,2023-05-01,2026-04-30,2024-02-20,信用修复,提供虚假业绩\n"
                "焦作市宏远监理咨询有限公司,修武县发展和改革委员会,修武县,黑名单,2024-03-01,,2024-02-01,,串通投标\n")
    watch = put(tmp_path, "重点关注名单.csv", "对象,名单,列入日期,列入原因,证据,提出方式,添加人\n"
                "焦作市宏远监理咨询有限公司,重点关注对象名单,2024-04-10,与另两家投标人共用IP地址,IP 10.1.2.3;电话 03913000000,"
                "围标串标筛查,修武县公共资源交易中心\n")
    report = load_files([black, watch], xiuwu)
    assert where(report) == [("失信黑名单.csv", 3, "移出日期")]  # removed before it starts
    [entry] = blacklist(xiuwu)
    assert (entry.removed, entry.removal_reason, entry.clause) == (D(2024, 2, 20), "信用修复", "002 十六")
    assert entry.in_force(D(2024, 2, 19)) and not entry.in_force(D(2024, 2, 20))
    [w] = watchlist(xiuwu)
    assert (w.proposed_by, w.added_by, w.evidence) == ("ring_screen", "修武县公共资源交易中心",
                                                       ["IP 10.1.2.3", "电话 03913000000"])


@pytest.mark.parametrize("written", ["修发改纪(2024)第2号", "修发改纪［2024］2号", "修發改紀〔2024〕2號"])
def test_a_decision_row_finds_its_meeting_however_the_minutes_number_is_written(
        xiuwu: Graph, tmp_path: Path, written: str) -> None:
    """The meeting loaded in one file, its decisions in another run with the number written otherwise: the
    row is the meeting's (the graph is asked for every writing; the rows compare the shared form)."""
    meetings = put(tmp_path, "会议.csv", "机制,地区,会议日期,召集单位,参会单位,纪要文号\n"
                   f"{MECH},修武县,2024-01-18,修武县发展和改革委员会,修武县公安局,修发改纪〔2024〕2号\n")
    assert load_files([meetings], xiuwu).exit_code == EXIT_OK
    decisions = put(tmp_path, "议定事项.csv", "纪要文号,事项编号,议定事项,责任单位,完成时限\n"
                    f"{written},1,建立台账,修武县公安局,2024-03-01\n")
    report = load_files([decisions], xiuwu)
    assert report.exit_code == EXIT_OK, report.errors
    rows = xiuwu.read("MATCH (x:Meeting {minutes_doc: '修发改纪〔2024〕2号'})-[:DECIDED]->(d) RETURN count(d) AS n")
    assert rows[0]["n"] == 1
