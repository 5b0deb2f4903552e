"""Reference data in the graph: regions, agencies (ids = directory ids), mechanisms; idempotent; all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from graph.reference import ReferenceFileError, full_region_name, load_directory, load_reference
from graph.stats import counts

NEW_COUNTY = """\
localities:
  - region: 新安县
    parent_region: 河南省洛阳市
    level: county
    agencies:
      - {name: 新安县财政局, kind: finance, aliases: [县财政局]}
      - {name: 新安县公安局, kind: police, aliases: [县公安局]}
    mechanisms:
      - {name: 新安县联动监管机制, kind: joint_meeting, lead: 县财政局, members: [县财政局, 县公安局], rhythm: [yearly]}
"""


def _agencies(graph: Graph) -> dict[str, dict]:
    rows = graph.read("MATCH (a:Agency) RETURN a.id AS id, a.name AS name, a.region AS region, a.kind AS kind, "
                      "a.level AS level, a.aliases AS aliases")
    return {r["id"]: r for r in rows}


def test_builtin_reference_in_the_graph(empty_graph: Graph) -> None:
    report = load_reference(empty_graph)
    directory = load_directory()
    in_graph = _agencies(empty_graph)
    assert report.agencies == len(in_graph) == len(list(directory.agencies()))
    for a in directory.agencies():  # one id scheme: the directory's id IS the node id
        node = in_graph[a.id]
        assert (node["name"], node["region"], node["kind"]) == (a.name, a.region, a.kind)
        assert sorted(node["aliases"] or []) == sorted(a.aliases)
    levels = {r["name"]: r["level"] for r in in_graph.values()}
    assert levels["德阳市财政局"] == "prefecture" and levels["绵竹市财政局"] == "county"
    # written by hand from the seeds' headers: the six issuers of 000 and the five of 001
    by_region = {region: sorted(r["name"] for r in in_graph.values() if r["region"] == region)
                 for region in ("绵竹市", "泉州市鲤城区")}
    assert by_region["绵竹市"] == sorted(["绵竹市财政局", "中共绵竹市纪委监委机关", "绵竹市监察委员会", "绵竹市公安局",
                                        "绵竹市审计局", "绵竹市市场监督管理局"])
    assert by_region["泉州市鲤城区"] == sorted(["泉州市鲤城区财政局", "泉州市公安局鲤城分局", "泉州市鲤城区发展和改革局",
                                          "泉州市鲤城区审计局", "泉州市鲤城区市场监督管理局"])
    chain = empty_graph.read(
        "MATCH (a:Agency {name: '绵竹市财政局'})-[:LOCATED_IN]->(r:Region)-[:LOCATED_IN]->(p:Region)-[:LOCATED_IN]->(q:Region) "
        "RETURN r.name AS r, r.full_name AS f, p.name AS p, q.name AS q")
    assert chain == [{"r": "绵竹市", "f": "四川省德阳市绵竹市", "p": "德阳市", "q": "四川省"}]
    mech = empty_graph.read(
        "MATCH (m:Mechanism {name: '政府采购联动监管工作机制'})<-[:LEADS]-(lead:Agency) "
        "RETURN lead.name AS lead, COUNT { (m)<-[:MEMBER_OF]-(:Agency) } AS members")
    assert mech == [{"lead": "绵竹市财政局", "members": 6}]


def test_loading_twice_changes_nothing(empty_graph: Graph) -> None:
    load_reference(empty_graph)
    first = counts(empty_graph)
    load_reference(empty_graph)
    assert counts(empty_graph) == first
    sources = empty_graph.read("MATCH (a:Agency) RETURN DISTINCT a.sources AS s")
    assert sources == [{"s": ["reference:agencies.yaml"]}]


def test_another_county_from_a_file(empty_graph: Graph, tmp_path: Path) -> None:
    f = tmp_path / "xinan.yaml"
    f.write_text(NEW_COUNTY, encoding="utf-8")
    report = load_reference(empty_graph, f)
    assert report.per_file[str(f)] == 2
    rows = empty_graph.read(
        "MATCH (a:Agency {region: '新安县'})-[:MEMBER_OF]->(m:Mechanism)<-[:LEADS]-(l:Agency) "
        "RETURN a.name AS a, l.name AS lead, a.sources AS s ORDER BY a")
    assert [r["a"] for r in rows] == ["新安县公安局", "新安县财政局"]
    assert all(r["lead"] == "新安县财政局" and r["s"] == [f"reference:{f.resolve()}"] for r in rows)


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (NEW_COUNTY.replace("kind: police", "kind: polizei"), ["localities[0].agencies[1]", "'kind'", "polizei"]),
        (NEW_COUNTY.replace("lead: 县财政局", "lead: 县审计局"), ["mechanisms[0]", "'lead'", "县审计局"]),
        (NEW_COUNTY.replace("    level: county\n", ""), ["localities[0]", "'level'"]),
        (NEW_COUNTY.replace("aliases: [县公安局]", "aliases: [县财政局]"), ["agencies[1]", "'aliases'", "already used"]),
    ],
)
def test_bad_entry_names_file_entry_field_and_writes_nothing(
    empty_graph: Graph, tmp_path: Path, broken: str, expected: list[str]
) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text(broken, encoding="utf-8")
    with pytest.raises(ReferenceFileError) as info:
        load_reference(empty_graph, f)
    msg = str(info.value)
    assert str(f) in msg and "nothing was written" in msg
    for part in expected:
        assert part in msg, msg
    assert counts(empty_graph) == ({}, {})  # not even the built-in part was written


def test_cli_reference_load(empty_graph: Graph, tmp_path: Path) -> None:
    f = tmp_path / "xinan.yaml"
    f.write_text(NEW_COUNTY, encoding="utf-8")
    ok = CliRunner().invoke(cli, ["reference", "load", str(f)])
    assert ok.exit_code == 0, ok.output
    assert "2 agencies from" in ok.output and "one transaction" in ok.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(NEW_COUNTY.replace("kind: finance", "kind: money"), encoding="utf-8")
    ko = CliRunner().invoke(cli, ["reference", "load", str(bad)])
    assert ko.exit_code == 1
    assert "error:" in ko.output and "'kind'" in ko.output and "money" in ko.output


@pytest.mark.parametrize(
    ("parent", "region", "full"),
    [("福建省泉州市", "泉州市鲤城区", "福建省泉州市鲤城区"), ("四川省德阳市", "绵竹市", "四川省德阳市绵竹市"), ("四川省", "德阳市", "四川省德阳市")],
)
def test_full_region_name(parent: str, region: str, full: str) -> None:
    assert full_region_name(parent, region) == full
