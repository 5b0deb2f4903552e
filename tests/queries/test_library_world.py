"""Every saved query on the hand-made world (tests/queries/world.py): planted cases are found,
clean controls yield nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.connection import Graph
from graph.errors import QueryError
from queries.registry import load_registry
from queries.run import run_query

AS_OF = "2024-06-03"


def run(graph: Graph, query_name: str, **params):
    return run_query(graph, query_name, params)


def test_every_query_is_covered_here() -> None:
    import inspect
    import sys

    source = inspect.getsource(sys.modules[__name__])
    missing = [q.name for q in load_registry().all() if f'"{q.name}"' not in source]
    assert not missing, f"queries without a test on the world: {missing}"


# ------------------------------------------------------------------------------ interest chains
def test_interest_chain_official_to_company(world, graph: Graph) -> None:
    r = run(graph, "interest_chain", from_id=world["o_wang"], to_id=world["c_spouse"])
    assert len(r.rows) == 1
    row = r.rows[0]
    assert row["hops"] == 2
    assert row["chain"] == "王局长 -[FAMILY spouse]-> 王妻 -[SHAREHOLDER_OF 60%]-> 甲公司"
    assert [n["id"] for n in row["nodes"]] == [world["o_wang"], world["p_spouse"], world["c_spouse"]]
    assert [s["source"] for s in row["steps"]] == ["doc:户籍证明", "gsxt:股东信息"]
    assert [s["type"] for s in row["steps"]] == ["FAMILY", "SHAREHOLDER_OF"]
    assert row["threads"] == [
        {"thread": world["cl3"], "number": "CL-3", "about": "甲公司", "holders": ["测试县教育局"]}
    ]
    assert r.columns[:2] == ["hops", "chain"]


def test_interest_chain_respects_max_hops(world, graph: Graph) -> None:
    assert run(graph, "interest_chain", from_id=world["o_wang"], to_id=world["c_spouse"], max_hops=1).rows == []
    (one,) = run(graph, "interest_chain", from_id=world["o_wang"], to_id=world["p_spouse"], max_hops=1).rows
    assert one["chain"] == "王局长 -[FAMILY spouse]-> 王妻"
    for k in (2, 3, 5, 6):  # odd and even splits between the two ends find the same shortest path
        rows = run(graph, "interest_chain", from_id=world["o_wang"], to_id=world["c_spouse"], max_hops=k).rows
        assert [r["hops"] for r in rows] == [2], k
    # 王局长 → 教育局 → R-1 ← 环一公司: three hops, found from either end
    (r1,) = run(graph, "interest_chain", from_id=world["o_wang"], to_id=world["c_r1"], max_hops=3).rows
    assert r1["chain"] == "王局长 -[WORKS_AT]-> 测试县教育局 -[PURCHASED]-> R-1项目 <-[WON]- 环一公司"
    assert run(graph, "interest_chain", from_id=world["o_wang"], to_id=world["c_r1"], max_hops=2).rows == []
    with pytest.raises(QueryError, match="above the maximum 6"):
        run(graph, "interest_chain", from_id=world["o_wang"], to_id=world["c_spouse"], max_hops=7)


def test_interest_chain_from_an_agency(world, graph: Graph) -> None:
    r = run(graph, "interest_chain", from_id=world["edu"], to_id=world["c_spouse"])
    assert [row["chain"] for row in r.rows] == ["测试县教育局 -[PURCHASED]-> EDU-1项目 <-[WON]- 甲公司"]
    assert r.rows[0]["steps"][1]["source"] == "ggzy:EDU-1#win"


def test_interest_chain_clean_official_yields_nothing(world, graph: Graph) -> None:
    assert run(graph, "interest_chain", from_id=world["o_zhao"], to_id=world["c_c1"]).rows == []


def test_interest_chain_refuses_wrong_kinds_of_id(world, graph: Graph) -> None:
    with pytest.raises(QueryError, match="is a Clue; this query takes a Official or Agency"):
        run(graph, "interest_chain", from_id=world["cl1"], to_id=world["c_c1"])
    with pytest.raises(QueryError, match="not a liandong id"):
        run(graph, "interest_chain", from_id="wang", to_id=world["c_c1"])


def test_interest_chain_all_lists_longer_paths_too(world, graph: Graph) -> None:
    r = run(graph, "interest_chain_all", from_id=world["o_wang"], to_id=world["c_spouse"], max_hops=3)
    assert [row["hops"] for row in r.rows] == [2, 3]
    assert r.rows[1]["chain"] == "王局长 -[WORKS_AT]-> 测试县教育局 -[PURCHASED]-> EDU-1项目 <-[WON]- 甲公司"
    assert run(graph, "interest_chain_all", from_id=world["o_zhao"], to_id=world["c_c1"]).rows == []


# -------------------------------------------------------------------------- conflicts of interest
def test_conflicts_official(world, graph: Graph) -> None:
    r = run(graph, "conflicts_official", official_id=world["o_wang"])
    got = [(x["relative"], x["relation"], x["link"], x["company"], x["project_no"], x["won"]) for x in r.rows]
    assert got == [
        ("王妻", "spouse", "SHAREHOLDER_OF", "甲公司", "EDU-1", True),
        ("王弟", "sibling", "LEGAL_REP_OF", "乙公司", "EDU-2", False),
    ]  # 甲公司's win at the health bureau (HEA-2) is not 王局长's agency
    assert r.rows[0]["sources"] == ["doc:户籍证明", "gsxt:股东信息", "ggzy:EDU-1#win"]
    li = run(graph, "conflicts_official", official_id=world["o_li"]).rows
    assert [(x["relative"], x["relation"], x["link"], x["company"], x["project_no"]) for x in li] == [
        ("周友", "同学", "MANAGES", "丙公司", "HEA-1")]
    assert run(graph, "conflicts_official", official_id=world["o_zhao"]).rows == []


def test_conflicts_agency(world, graph: Graph) -> None:
    edu = run(graph, "conflicts_agency", agency_id=world["edu"]).rows
    assert {(x["official"], x["company"], x["project_no"]) for x in edu} == {
        ("王局长", "甲公司", "EDU-1"), ("王局长", "乙公司", "EDU-2")}
    assert [x["official"] for x in run(graph, "conflicts_agency", agency_id=world["health"]).rows] == ["李科长"]
    assert run(graph, "conflicts_agency", agency_id=world["fin"]).rows == []


# ---------------------------------------------------------------------------------- bid rigging
def test_project_bids(world, graph: Graph) -> None:
    r = run(graph, "project_bids", project_id=world["pj_clean"])
    assert [x["company"] for x in r.rows] == ["净1公司", "净2公司", "净3公司", "净4公司"]
    assert [x["won"] for x in r.rows] == [True, False, False, False]
    assert r.rows[0]["price"] == 800_000.0


def test_ring_screen_project_finds_every_shared_identifier(world, graph: Graph) -> None:
    r = run(graph, "ring_screen_project", project_id=world["pj_r1"])
    found = {(x["kind"], x["value"]): set(x["company_ids"]) for x in r.rows}
    r1, r2, r3 = world["c_r1"], world["c_r2"], world["c_r3"]
    assert found == {
        ("Phone", "13900000001"): {r1, r2, r3},
        ("Person", "环代表"): {r1, r2},
        ("IPAddress", "10.0.0.66"): {r1, r3},
        ("BankAccount", "6222000000000066"): {r2, r3},
    }  # the honest fourth bidder (净4公司) shares nothing
    phone = next(x for x in r.rows if x["kind"] == "Phone")
    assert phone["via"] == ["HAS_PHONE"] and phone["sources"] == ["test:world"]
    bond = next(x for x in r.rows if x["kind"] == "BankAccount")
    assert bond["via"] == ["PAID_BOND_FROM"] and bond["sources"] == ["ggzy:R-1#bond"]


def test_ring_screen_clean_project_yields_nothing(world, graph: Graph) -> None:
    assert run(graph, "ring_screen_project", project_id=world["pj_clean"]).rows == []


def test_ring_screen_market(world, graph: Graph) -> None:
    r = run(graph, "ring_screen_market")
    assert {(x["kind"], x["value"], x["co_bids"]) for x in r.rows} == {
        ("Phone", "13900000001", 4), ("Person", "环代表", 4), ("IPAddress", "10.0.0.66", 4),
        ("BankAccount", "6222000000000066", 4)}
    assert run(graph, "ring_screen_market", min_co_bids=5).rows == []


def test_co_bidding_pairs_and_co_bidders(world, graph: Graph) -> None:
    pairs = run(graph, "co_bidding_pairs").rows
    ring = {world["c_r1"], world["c_r2"], world["c_r3"]}
    assert len(pairs) == 3
    assert all({p["company_1_id"], p["company_2_id"]} <= ring and p["together"] == 4 for p in pairs)
    co = run(graph, "co_bidders", company_id=world["c_r1"]).rows
    assert [(x["co_bidder"], x["together"]) for x in co] == [("环三公司", 4), ("环二公司", 4), ("净4公司", 1)]
    assert run(graph, "co_bidders", company_id=world["c_r1"], min_projects=2).rows[0]["wins_company"] == 2


def test_rotating_winners(world, graph: Graph) -> None:
    rows = run(graph, "rotating_winners").rows
    got = {(frozenset((x["company_1"], x["company_2"])), x["wins_1"] + x["wins_2"]) for x in rows}
    assert got == {
        (frozenset(("环一公司", "环二公司")), 3), (frozenset(("环一公司", "环三公司")), 3),
        (frozenset(("环二公司", "环三公司")), 2)}
    assert len(run(graph, "rotating_winners", min_share=0.75).rows) == 2


def test_price_screen_project(world, graph: Graph) -> None:
    (row,) = run(graph, "price_screen_project", project_id=world["pj_r2"]).rows
    assert row["bids"] == 3 and row["low_spread"] and row["cv"] < 0.01
    assert row["gap"] == pytest.approx(0.01)
    assert run(graph, "price_screen_project", project_id=world["pj_clean"]).rows == []
    (clean,) = run(graph, "price_screen_project", project_id=world["pj_clean"], only_flagged="false").rows
    assert clean["cv"] == pytest.approx(111.803 / 950, rel=1e-4)
    assert clean["gap"] == pytest.approx(0.125)
    assert clean["rd"] == pytest.approx(100_000 / 81_649.66, rel=1e-4)
    assert not clean["low_spread"] and not clean["isolated_winner"]


def test_price_screen_market(world, graph: Graph) -> None:
    r = run(graph, "price_screen_market")
    assert sorted(x["project_no"] for x in r.rows) == ["R-2", "R-3", "R-4"]


# ----------------------------------------------------------------------------------- lists
def test_blacklist_hits_honour_start_and_end(world, graph: Graph) -> None:
    rows = run(graph, "blacklist_hits").rows
    got = {(x["company"], x["project_no"], x["list"], x["via"], x["won"]) for x in rows}
    assert got == {
        ("黑名单公司", "B-1", "blacklist", "itself", True),
        ("关注公司", "B-1", "watch:重点关注对象名单", "itself", False),
        ("前黑公司", "B-2", "blacklist", "legal_rep_of", True),  # its own entry ended in 2021; its rep's began 2024-04
    }  # 未来公司's debarment starts in 2025; 净1公司's penalty is not a blacklist
    hit = next(x for x in rows if x["company"] == "黑名单公司")
    assert hit["on"] == dt.date(2024, 2, 29) and hit["listed_from"] == dt.date(2023, 1, 1) and hit["listed_until"] is None
    early = run(graph, "blacklist_hits", until="2024-03-31").rows
    assert {x["company"] for x in early} == {"黑名单公司", "关注公司"}
    assert {x["company"] for x in run(graph, "blacklist_hits", since="2024-04-01").rows} == {"前黑公司"}


def test_blacklist_hits_project(world, graph: Graph) -> None:
    assert {x["company"] for x in run(graph, "blacklist_hits_project", project_id=world["pj_b1"]).rows} == {
        "黑名单公司", "关注公司"}
    (row,) = run(graph, "blacklist_hits_project", project_id=world["pj_b2"]).rows
    assert (row["company"], row["party"], row["via"]) == ("前黑公司", "前黑代表", "legal_rep_of")
    assert run(graph, "blacklist_hits_project", project_id=world["pj_clean"]).rows == []


# ----------------------------------------------------------------------------------- custody
def test_thread_custody(world, graph: Graph) -> None:
    rows = run(graph, "thread_custody", thread_id=world["cl1"]).rows
    assert [(x["kind"], x["from_agency"], x["to_agency"], x["doc_no"]) for x in rows] == [
        ("violation_found", "测试县公共资源交易中心", "测试县公共资源交易中心", None),
        ("case_transferred", "测试县公共资源交易中心", "测试县财政局", "测交移〔2024〕1号"),
        ("case_forwarded", "测试县财政局", "测试县公安局", "测财转〔2024〕2号"),
    ]
    assert all(x["holders"] == ["测试县公安局"] for x in rows)
    back = run(graph, "thread_custody", thread_id=world["cl2"]).rows
    assert back[-1]["kind"] == "case_returned" and back[-1]["to_agency"] == "测试县审计局"
    assert back[-1]["reason"] == "不属于本机关职责"


def test_thread_timeline(world, graph: Graph) -> None:
    rows = run(graph, "thread_timeline", thread_id=world["cl1"]).rows
    assert [x["kind"] for x in rows] == [
        "violation_found", "case_transferred", "case_received", "case_forwarded", "case_received"]
    assert rows[1]["documents"] == ["测交移〔2024〕1号"] and rows[1]["doc_no"] == "测交移〔2024〕1号"
    assert [x["agency"] for x in rows][-1] == "测试县公安局"


def test_agency_custody(world, graph: Graph) -> None:
    (row,) = run(graph, "agency_custody", agency_id=world["police"], as_of=AS_OF).rows
    assert (row["number"], row["since"], row["received_from"], row["days_held"]) == (
        "CL-1", dt.date(2024, 3, 20), "测试县财政局", 75)
    assert run(graph, "agency_custody", agency_id=world["fin"], as_of=AS_OF).rows == []


def test_agency_overdue(world, graph: Graph) -> None:
    (police,) = run(graph, "agency_overdue", agency_id=world["police"], as_of=AS_OF).rows
    assert (police["state"], police["rule"], police["subject"], police["trigger_date"]) == (
        "overdue", "return_out_of_duty", "测财转〔2024〕2号", dt.date(2024, 3, 21))
    (edu,) = run(graph, "agency_overdue", agency_id=world["edu"], as_of=AS_OF).rows
    assert (edu["state"], edu["rule"], edu["due"], edu["working_days_left"]) == (
        "due_soon", "return_out_of_duty", dt.date(2024, 6, 5), 2)
    assert run(graph, "agency_overdue", agency_id=world["edu"], as_of=AS_OF, soon_within=1).rows == []
    # forwarded in time; what finance owes is the credit record of its 2023-06-01 penalty (003 第九条:
    # 7 days → Thu 8 Jun 2023), never recorded
    (fin,) = run(graph, "agency_overdue", agency_id=world["fin"], as_of=AS_OF).rows
    assert (fin["state"], fin["rule"], fin["trigger_date"], fin["due"], fin["clause"]) == (
        "overdue", "record_penalty_credit", dt.date(2023, 6, 1), dt.date(2023, 6, 8), "003 第九条")
    assert run(graph, "agency_overdue", agency_id=world["disc"], as_of=AS_OF).rows == []  # returned in time
    missing = run(graph, "agency_overdue", agency_id="agency:nope", as_of=AS_OF)
    assert missing.rows == [] and missing.notes == ["no agency with that id"]


def test_threads_about(world, graph: Graph) -> None:
    (row,) = run(graph, "threads_about", entity_id=world["c_spouse"]).rows
    assert (row["kind"], row["number"], row["holders"]) == ("Clue", "CL-3", ["测试县教育局"])
    assert run(graph, "threads_about", entity_id=world["c_c1"]).rows == []


# ----------------------------------------------------------------------------------- explore
def test_neighbourhood_caps_and_counts_the_rest(world, graph: Graph) -> None:
    rows = {(x["type"], x["direction"]): x for x in run(graph, "neighbourhood", entity_id=world["edu"]).rows}
    staff = rows[("WORKS_AT", "in")]
    assert (staff["total"], staff["shown_count"], staff["more"]) == (31, 25, 6)
    assert all(s["label"] == "Official" and s["source"] == "test:world#staff" for s in staff["shown"])
    assert rows[("PURCHASED", "out")]["total"] == 5 and rows[("PURCHASED", "out")]["more"] == 0
    assert rows[("HOLDS", "out")]["shown"][0]["name"] == "CL-3"
    small = {(x["type"], x["direction"]): x for x in run(graph, "neighbourhood", entity_id=world["edu"], cap=2).rows}
    assert small[("PURCHASED", "out")]["more"] == 3
    assert run(graph, "neighbourhood", entity_id="company:nope").rows == []


def test_find_entity(world, graph: Graph) -> None:
    assert run(graph, "find_entity", name="甲公司").rows == [
        {"label": "Company", "id": world["c_spouse"], "name": "甲公司"},
        {"label": "Person", "id": world["rep_c_spouse"], "name": "甲公司法人"}]
    agencies = run(graph, "find_entity", name="测试县").rows
    assert len(agencies) == 8 and {x["label"] for x in agencies} == {"Agency"}
    assert run(graph, "find_entity", name="EDU-1").rows[0]["id"] == world["pj_edu1"]


def test_saved_query_time_limit_is_enforced_by_the_client(world, graph: Graph) -> None:
    from queries.adhoc import QueryTimeout

    # six hops through every purchase and win of the county: slow enough to be stopped at 0.001 s
    with pytest.raises(QueryTimeout, match="stopped after 0.001 s"):
        run_query(graph, "interest_chain_all", {"from_id": world["edu"], "to_id": world["c_c4"], "max_hops": 6},
                  timeout_s=0.001)
    assert run(graph, "find_entity", name="甲公司").rows  # the server still answers
