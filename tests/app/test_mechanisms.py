"""The 联动机制 page and its service (app/services/mechanisms.py) on the fixture county: meetings with rhythm and
decisions, a double-random draw, a blacklist entry over time, a watch-list entry on a masked person."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.access import invalidate, load_policy
from app.services.mechanisms import (
    blacklist_rows,
    complaint_rows,
    decision_rows,
    draw_rows,
    inspection_rows,
    meeting_rows,
    watch_rows,
)
from graph.connection import Graph
from graph.inspections import draw, entry_props, plan
from graph.meetings import add_decision, add_meeting
from graph.sanctions import add_entry, remove_entry
from graph.watchlist import add_entry as watch
from graph.writer import RecordFactory, Unit, write_unit
from tests.app.fixture_graph import Ids
from tests.app.test_pages import app_for

D = dt.date
SRC = "test:mechanisms"


@pytest.fixture(scope="module")
def world(graph: Graph, county: Ids) -> dict[str, str]:
    f = RecordFactory(synthetic=True)
    mech = f.node("Mechanism", {"name": "示例县联席会议", "region": "示例县", "rhythm": "yearly, ad_hoc",
                                "clause": "000 三(一)", "quote": "联席会议由市财政局每年发起一次"}, source=SRC)
    write_unit(graph, Unit(nodes=[mech], rels=[f.rel("LEADS", county.finance, mech.id, source=SRC),
                                               f.rel("MEMBER_OF", county.police, mech.id, source=SRC)]))
    m = add_meeting(graph, mech.id, on=D(2024, 3, 15), attendees=(county.finance, county.police),
                    minutes="通报2023年案件办理情况", source=SRC)
    add_decision(graph, m, text="建立线索移送台账", owner=county.police, due=D(2024, 4, 15), source=SRC)
    sid = add_entry(graph, authority=county.finance, party=county.company_a, start=D(2024, 1, 1), reason="串通投标",
                    source=SRC)
    remove_entry(graph, sid, on=D(2024, 6, 1))
    watch(graph, party=county.complainant, list_name="重点关注对象名单", start=D(2024, 1, 1), reason="多次异常投诉",
          added_by="tester", source=SRC)
    write_unit(graph, Unit(nodes=[
        f.node("RegisterEntry", entry_props("targets", county.company_b, D(2024, 1, 1), risk=1), source=SRC),
        f.node("RegisterEntry", entry_props("targets", county.company_c, D(2024, 1, 1)), source=SRC),
        f.node("RegisterEntry", entry_props("inspectors", county.official, D(2024, 1, 1), agency=county.education),
               source=SRC)]))
    iid, seed = plan(graph, "示例县抽查", on=D(2024, 6, 3), initiator=county.finance, n_targets=2, per_target=1,
                     seed="s", source=SRC)
    draw(graph, iid, seed, source=SRC)
    invalidate()
    return {"meeting": m, "inspection": iid}


def test_meetings_and_decisions(graph: Graph, world: dict[str, str]) -> None:
    [row] = meeting_rows(graph, D(2026, 1, 5))
    assert (row["牵头单位"], row["召开频次"], row["依据"], row["最近例会"], row["下次例会截止"], row["状态"]) == (
        "示例县财政局", "每年/不定期", "000 三(一)", D(2024, 3, 15), D(2025, 12, 31), "超期未召开")
    head, decisions = decision_rows(graph, world["meeting"], D(2024, 4, 16))
    assert head["召集单位"] == "示例县财政局" and head["参会单位"] == "示例县公安局、示例县财政局"
    assert [(d["议定事项"], d["责任单位"], d["状态"], d["依据"]) for d in decisions] == [
        ("建立线索移送台账", "示例县公安局", "超期", "001 二(一)")]


def test_blacklist_watchlist_and_draw(graph: Graph, who, world: dict[str, str], county: Ids) -> None:  # type: ignore[no-untyped-def]
    policy = load_policy(graph)
    [b] = blacklist_rows(graph, who["fin"], policy, D(2024, 5, 1))
    assert (b["类型"], b["状态"], b["移除"], b["依据"]) == ("失信黑名单", "生效中", D(2024, 6, 1), "002 十六")
    assert blacklist_rows(graph, who["fin"], policy, D(2024, 6, 1))[0]["状态"] == "已移除"
    assert [w["对象"] for w in watch_rows(graph, who["fin"], policy, D(2024, 6, 1))] == ["［身份保密］"]
    assert [w["对象"] for w in watch_rows(graph, who["adm"], policy, D(2024, 6, 1))] == ["张三"]
    [i] = inspection_rows(graph, D(2024, 6, 3))
    assert (i["状态"], i["种子"], i["抽取对象数"], i["依据"]) == ("已抽取", "s", 2, "002 七; 003 第二十一条")
    rows = draw_rows(graph, who["fin"], policy, world["inspection"])
    assert sorted((r["权重"], r["权重依据"]) for r in rows) == [(1, "base 1"), (2, "base 1，risk grade +1")]


def test_mechanisms_page(who, world) -> None:  # type: ignore[no-untyped-def]
    at = app_for(who["fin"], "mechanisms")
    frames = [df.value for df in at.dataframe]
    assert any("超期未召开" in set(f.get("状态", [])) for f in frames)
    assert any("［身份保密］" in set(f.get("对象", [])) for f in frames)
    assert not any("张三" in set(f.get("对象", [])) for f in frames)


def test_complaint_steps(graph: Graph, who) -> None:  # type: ignore[no-untyped-def]
    # TS-2024-005 received Fri 10 May 2024 (Sat 11 May a working day), nothing recorded since: acceptance due
    # Thu 16 May (warned from Tue 14), the reply notice Tue 21 May (from Fri 17), decision and notice Fri 21 June
    # (端午 Mon 10 June off; warned from Fri 14 June)
    rows = complaint_rows(graph, who["fin"], load_policy(graph), D(2024, 6, 4))
    assert [(r["投诉编号"], r["期限"], r["预警日"], r["状态"]) for r in rows] == [
        ("TS-2024-005", D(2024, 5, 16), D(2024, 5, 14), "超期"),
        ("TS-2024-005", D(2024, 5, 21), D(2024, 5, 17), "超期"),
        ("TS-2024-005", D(2024, 6, 21), D(2024, 6, 14), "未到期"),
        ("TS-2024-005", D(2024, 6, 21), D(2024, 6, 14), "未到期"),
    ]
    later = complaint_rows(graph, who["fin"], load_policy(graph), D(2024, 6, 17))
    assert [r["状态"] for r in later][2:] == ["预警 · 未到期", "预警 · 未到期"]
    assert {r["依据"] for r in rows} >= {"政府采购法 第五十六条"}
