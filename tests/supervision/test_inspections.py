""""Double random, one public" (002 五至七; 003 第二十一条) on the real test server: registers over time, weights
shown, conflicts found through the graph, a draw re-run from its revealed seed, publication within 5 working
days. Expected values worked out by hand."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from graph.inspections import (
    InspectionError,
    draw,
    entry_props,
    inspection,
    load_register,
    plan,
    record_results,
    verify,
)
from graph.overdue import deadline_rows
from graph.rules import draw as rules
from graph.rules.deadlines import DeadlineState
from graph.rules.workdays import WorkCalendar
from graph.sanctions import add_entry
from graph.writer import RecordFactory, Unit, write_unit
from tests.supervision.conftest import SRC, D

CAL = WorkCalendar()
SEED = "2024-06-03 示例县双随机 第1批"


def test_weights_and_reasons() -> None:
    assert rules.Candidate("a").weight == 1
    t = rules.Candidate("b", risk=2, watch=True, findings=5)
    assert t.weight == 1 + 2 + 2 + 3  # findings capped at 3
    assert t.reasons == ["base 1", "risk grade +2", "watch list +2", "5 past finding(s) +3"]


def test_a_heavier_target_is_drawn_in_proportion() -> None:
    # one of two targets, weights 3 and 1: the heavier one is drawn with probability 3/4
    pool = [rules.Candidate("watched", watch=True), rules.Candidate("plain")]
    wins = Counter(rules.draw_targets(f"s{i}", pool, 1)[0].id for i in range(4000))
    assert 0.72 < wins["watched"] / 4000 < 0.78


def test_the_same_seed_gives_the_same_draw_whatever_the_order() -> None:
    pool = [rules.Candidate(f"t{i}", risk=i % 4) for i in range(200)]
    inspectors = [rules.Inspector(f"i{i}", f"a{i % 3}") for i in range(12)]
    a = rules.run("x", pool, inspectors, {"t5": {"i1"}}, 10, 2)
    b = rules.run("x", list(reversed(pool)), list(reversed(inspectors)), {"t5": {"i1"}}, 10, 2)
    assert a.to_json() == b.to_json()
    assert rules.run("y", pool, inspectors, {}, 10, 2).to_json() != a.to_json()
    for t in a.targets:  # two inspectors from two agencies
        assert len({i[:1] + str(int(i[1:]) % 3) for i in t["inspectors"]}) == 2


@pytest.fixture
def world(county: Graph, ag: dict[str, str], tmp_path: Path) -> dict[str, str]:
    f = RecordFactory(synthetic=True)
    jia = f.node("Company", {"key": "甲建设有限公司", "name": "甲建设有限公司"}, source=SRC)
    yi = f.node("Company", {"key": "乙商贸有限公司", "name": "乙商贸有限公司"}, source=SRC)
    bing = f.node("Company", {"key": "丙公司", "name": "丙公司"}, source=SRC)
    p1 = f.node("Project", {"project_no": "SL-2024-01", "name": "示例县道路改造"}, source=SRC)
    bid = f.node("Bid", {"project_no": "SL-2024-01", "bidder_key": "乙商贸有限公司"}, source=SRC)
    zhao = f.node("Person", {"name": "赵某", "context": jia.id}, source=SRC)
    watch = f.node("WatchListEntry", {"list_name": "围标串标", "party_key": jia.id, "start": D(2024, 1, 10)}, source=SRC)
    write_unit(county, Unit(nodes=[jia, yi, bing, p1, bid, zhao, watch], rels=[
        f.rel("PURCHASED", ag["示例县住房和城乡建设局"], p1.id, source=SRC),
        f.rel("SUBMITTED", yi.id, bid.id, source=SRC), f.rel("FOR_PROJECT", bid.id, p1.id, source=SRC),
        f.rel("LEGAL_REP_OF", zhao.id, jia.id, source=SRC), f.rel("AGAINST", watch.id, jia.id, source=SRC),
    ]))
    add_entry(county, authority=ag["示例县财政局"], party=yi.id, kind="penalty", start=D(2023, 8, 1), source=SRC)
    csv = tmp_path / "registers.csv"
    csv.write_text(
        "register,member,start,end,agency,field,risk\n"
        f"inspectors,张检,2024-01-01,,{ag['示例县住房和城乡建设局']},,\n"
        f"inspectors,李查,2024-01-01,,{ag['示例县市场监督管理局']},,\n"
        f"inspectors,王审,2024-01-01,,{ag['示例县审计局']},,\n"
        f"inspectors,钱新,2024-07-01,,{ag['示例县财政局']},,\n"  # not yet on the register on the draw date
        "targets,甲建设有限公司,2024-01-01,,,,0\n"
        "targets,乙商贸有限公司,2024-01-01,,,,2\n"
        "targets,SL-2024-01,2024-01-01,,,,1\n"
        "targets,丙公司,2023-01-01,2024-01-31,,,3\n",  # off the register before the draw date
        encoding="utf-8")
    assert load_register(county, csv) == {"inspectors": 4, "targets": 4}
    officials = {r["name"]: r["id"] for r in county.read("MATCH (o:Official) RETURN o.name AS name, o.id AS id")}
    write_unit(county, Unit(rels=[
        f.rel("FAMILY", officials["李查"], zhao.id, {"relation": "spouse"}, source=SRC),
        f.rel("WORKS_AT", officials["王审"], yi.id, {"end": D(2022, 12, 31)}, source=SRC),
    ]))
    return {"甲": jia.id, "乙": yi.id, "P1": p1.id, **officials}


def test_draw_weights_conflicts_and_verification(county: Graph, ag: dict[str, str], world: dict[str, str]) -> None:
    iid, seed = plan(county, "示例县2024年第1批双随机抽查", on=D(2024, 6, 3), initiator=ag["示例县财政局"], n_targets=3,
                     per_target=2, seed=SEED, source=SRC)
    assert seed == SEED and inspection(county, iid)["commitment"] == rules.commitment(SEED)
    with pytest.raises(InspectionError, match="does not match the commitment"):
        draw(county, iid, "another seed")
    record = draw(county, iid, SEED, source=SRC)
    out = record["outcome"]
    got = {t["id"]: (t["weight"], set(t["inspectors"])) for t in out["targets"]}
    z, li, w = world["张检"], world["李查"], world["王审"]
    assert got == {
        world["甲"]: (3, {z, w}),    # watch list +2; 李查's spouse 赵某 represents 甲 (relative)
        world["乙"]: (4, {z, li}),   # risk 2 + one past penalty; 王审 worked at 乙 (employer)
        world["P1"]: (2, {li}),      # risk 1; 张检's bureau purchased it, 王审 worked at its bidder 乙
    }
    assert out["short"] == [world["P1"]]
    assert record["why"][f"{world['甲']}|{li}"] == ["relative (赵某)"]
    assert record["why"][f"{world['乙']}|{w}"] == ["employer"]
    assert sorted(record["why"][f"{world['P1']}|{z}"]) == ["purchaser"]
    assert verify(county, iid).ok
    with pytest.raises(InspectionError, match="already drawn"):
        draw(county, iid, SEED)

    # the register changed retroactively: the re-run no longer matches
    f = RecordFactory(synthetic=True)
    ding = f.node("Company", {"key": "丁公司", "name": "丁公司"}, source=SRC)
    entry = f.node("RegisterEntry", entry_props("targets", ding.id, D(2024, 5, 1)), source=SRC)
    write_unit(county, Unit(nodes=[ding, entry]))
    v = verify(county, iid)
    assert not v.ok and "the registers as of 2024-06-03 differ from those drawn from" in v.problems
    res = CliRunner().invoke(cli, ["inspect", "verify", "--all"])
    assert res.exit_code == 1 and "MISMATCH" in res.output, res.output


def test_results_must_be_published_within_5_working_days(county: Graph, ag: dict[str, str],
                                                         world: dict[str, str]) -> None:
    iid, _ = plan(county, "抽查", on=D(2024, 6, 3), initiator=ag["示例县财政局"], n_targets=1, per_target=1,
                  seed="s", source=SRC)
    draw(county, iid, "s", source=SRC)
    record_results(county, iid, completed=D(2024, 6, 7), findings="乙商贸有限公司投标保证金来源异常")
    # Fri 7 Jun; Mon 10 Jun is the Dragon Boat Festival: 11, 12, 13, 14, 17 → due Mon 17 Jun
    [row] = [r for r in deadline_rows(county, today=D(2024, 6, 18), calendar=CAL) if r.rule_id == "publish_inspection"]
    assert (row.agency_name, row.due, row.state, row.overdue_by, row.clause) == (
        "示例县财政局", D(2024, 6, 17), DeadlineState.OVERDUE, 1, "002 七")
    record_results(county, iid, published=D(2024, 6, 17))
    assert not [r for r in deadline_rows(county, today=D(2024, 6, 18), calendar=CAL) if r.rule_id == "publish_inspection"]


def test_inspect_cli(county: Graph, world: dict[str, str]) -> None:
    run = CliRunner().invoke
    res = run(cli, ["inspect", "plan", "CLI抽查", "--date", "2024-06-03", "--initiator", "示例县财政局", "--targets", "2",
                    "--per-target", "1"])
    assert res.exit_code == 0, res.output
    iid = res.output.split()[1].rstrip(":")
    seed = res.output.splitlines()[-1].split(": ")[1]
    assert res.output.splitlines()[1] == f"commitment (publish now): {rules.commitment(seed)}"
    res = run(cli, ["inspect", "draw", iid, "--seed", seed])
    assert res.exit_code == 0, res.output
    assert "weight" in res.output and "base 1" in res.output and "[002 七]" in res.output
    res = run(cli, ["inspect", "verify", iid])
    assert res.exit_code == 0 and "1 of 1 draw(s) re-run with the same result" in res.output, res.output
    res = run(cli, ["inspect", "results", iid, "--completed", "2024-06-07"])
    assert "results due for publication by 2024-06-17 (002 七): not published" in res.output, res.output
    res = run(cli, ["inspect", "results", iid, "--json"])
    assert f'"seed": "{seed}"' in res.output
