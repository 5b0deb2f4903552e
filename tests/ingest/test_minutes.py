"""Minutes (会议纪要) → Meeting (ingest/minutes.py): four minutes written for these tests in the seeds'
localities and in different layouts (a yearly meeting in 绵竹 with 一、 items and 责任单位/完成时限, a half-yearly
one in 修武 dated in Chinese numerals with a 参会单位 line, an ad hoc 专题会议 in 鲤城 asked for by the police, an
ad hoc meeting in 绵竹 with 会议时间/主持单位 fields and a 月底前 due date), and one naming an agency that is not
in the directory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.connection import Graph
from graph.meetings import meeting, meeting_obligations
from graph.reference import load_reference
from graph.writer import RecordFactory, Unit, write_unit
from ingest.minutes import MinutesError, meetings_from_documents, read_minutes, record_minutes

DATA = Path(__file__).resolve().parents[1] / "data" / "minutes"
D = dt.date


def text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# what each minutes says, read by hand: (doc_no, date, convener, attendees, ad hoc, requested by,
# [(owner, due)] of its decisions)
EXPECTED = {
    "mianzhu_2024_yearly.txt": (
        "竹财纪〔2024〕2号", D(2024, 3, 20), "市财政局", ["市财政局", "市纪委监委", "市公安局", "市审计局", "市市场监督管理局"],
        False, None, [("市公安局", D(2024, 4, 30)), ("市财政局", D(2024, 6, 30)), ("市市场监督管理局", D(2024, 5, 31))]),
    "xiuwu_2024_h2.txt": (
        None, D(2024, 7, 10), "县发展和改革委员会", ["县发展和改革委员会", "县公共资源交易中心", "县公安局", "县纪委监委"],
        False, None, [("县公共资源交易中心", D(2024, 7, 31)), ("县发展和改革委员会", D(2024, 8, 15)), ("县公安局", D(2024, 12, 31))]),
    "licheng_2024_adhoc.txt": (
        "泉鲤财纪〔2024〕5号", D(2024, 9, 6), "区财政局", ["区财政局", "区公安分局", "区市场监管局", "区审计局"],
        True, "区公安分局", [("区财政局", D(2024, 9, 13)), ("区公安分局", None), ("区市场监管局", D(2024, 9, 20))]),
    "mianzhu_2024_police.txt": (
        "竹公纪〔2024〕1号", D(2024, 11, 5), "市公安局", ["市公安局", "市财政局", "市审计局"],
        True, "市公安局", [("市财政局", D(2024, 11, 15)), ("市审计局", D(2025, 1, 31))]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_read_minutes(name: str) -> None:
    m = read_minutes(text(name))
    assert m is not None
    doc_no, date, convener, attendees, ad_hoc, requested, decisions = EXPECTED[name]
    assert (m.doc_no, m.date, m.convener, list(m.attendees), m.ad_hoc, m.requested_by) == \
        (doc_no, date, convener, attendees, ad_hoc, requested)
    assert [(d.owner, d.due) for d in m.decisions] == decisions
    assert [d.seq for d in m.decisions] == list(range(1, len(decisions) + 1))
    assert all(d.text and "纪要" not in d.text for d in m.decisions)


def test_a_letter_that_is_not_minutes() -> None:
    assert read_minutes("关于移送某某公司涉嫌串通投标问题线索的函\n县公安局：\n现将有关线索移送你局。\n2024年3月1日") is None


@pytest.fixture
def seeds(empty_graph: Graph) -> Graph:
    load_reference(empty_graph)
    return empty_graph


def test_minutes_become_meetings_with_decisions(seeds: Graph) -> None:
    ids = {}
    for name in EXPECTED:
        m = read_minutes(text(name))
        assert m is not None
        ids[name] = record_minutes(seeds, m)
    yearly = meeting(seeds, ids["mianzhu_2024_yearly.txt"])
    assert (yearly["mechanism"], yearly["region"], yearly["kind"], yearly["convener"]) == \
        ("政府采购联动监管工作机制", "绵竹市", "regular", "绵竹市财政局")
    assert sorted(yearly["attendees"]) == sorted(["绵竹市财政局", "中共绵竹市纪委监委机关", "绵竹市公安局", "绵竹市审计局",
                                                  "绵竹市市场监督管理局"])
    assert [(d["seq"], d["due"]) for d in yearly["decisions"]] == [(1, D(2024, 4, 30)), (2, D(2024, 6, 30)), (3, D(2024, 5, 31))]
    police = meeting(seeds, ids["mianzhu_2024_police.txt"])
    assert (police["kind"], police["convener"], police["minutes_doc"]) == ("ad_hoc", "绵竹市公安局", "竹公纪〔2024〕1号")
    adhoc = meeting(seeds, ids["licheng_2024_adhoc.txt"])
    assert (adhoc["kind"], adhoc["mechanism"]) == ("ad_hoc", "鲤城区政府采购领域联动执法协作机制")
    assert adhoc["requested_by"] is not None
    xiuwu = meeting(seeds, ids["xiuwu_2024_h2.txt"])
    assert (xiuwu["kind"], xiuwu["convener"], len(xiuwu["attendees"])) == ("regular", "修武县发展和改革委员会", 4)
    # each decision is owed on its owner's desk until done
    owed = {(o.agency, o.due) for o in meeting_obligations(seeds) if o.rule_id == "meeting_decision"}
    police_id = seeds.read("MATCH (a:Agency {name: '绵竹市公安局'}) RETURN a.id AS id")[0]["id"]
    assert (police_id, D(2024, 4, 30)) in owed and len(owed) == 10  # 11 decisions, one without a due date

    before = seeds.read("MATCH (n) WHERE n:Meeting OR n:MeetingDecision RETURN count(n) AS n")[0]["n"]
    rels = seeds.read("MATCH (:Agency)-[r:ATTENDED]->(:Meeting) RETURN count(r) AS n")[0]["n"]
    for name in EXPECTED:  # recording the same minutes again changes nothing
        m = read_minutes(text(name))
        assert m is not None and record_minutes(seeds, m) == ids[name]
    assert seeds.read("MATCH (n) WHERE n:Meeting OR n:MeetingDecision RETURN count(n) AS n")[0]["n"] == before == 15
    assert seeds.read("MATCH (:Agency)-[r:ATTENDED]->(:Meeting) RETURN count(r) AS n")[0]["n"] == rels == 16


def test_unknown_agency_is_named(seeds: Graph) -> None:
    m = read_minutes(text("xiuwu_unknown_attendee.txt"))
    assert m is not None
    with pytest.raises(MinutesError, match="县住房和城乡建设局"):
        record_minutes(seeds, m)
    assert seeds.read("MATCH (x:Meeting) RETURN count(x) AS n")[0]["n"] == 0


def test_ingested_minutes_documents_are_recorded_once(seeds: Graph) -> None:
    f = RecordFactory(synthetic=True)
    docs = [f.node("Document", {"sha256": f"{i:064x}", "kind": "minutes", "doc_no": None, "path": name,
                                "title": read_minutes(text(name)).title, "text": text(name)}, source="test")  # type: ignore[union-attr]
            for i, name in enumerate(["xiuwu_2024_h2.txt", "xiuwu_unknown_attendee.txt"])]
    write_unit(seeds, Unit(nodes=docs))
    out = {o.document: o for o in meetings_from_documents(seeds)}
    assert out["xiuwu_2024_h2.txt"].meeting_id is not None and out["xiuwu_2024_h2.txt"].problem is None
    assert out["xiuwu_unknown_attendee.txt"].meeting_id is None
    assert "县住房和城乡建设局" in (out["xiuwu_unknown_attendee.txt"].problem or "")
    linked = seeds.read("MATCH (x:Meeting)-[:EVIDENCED_BY]->(d:Document) RETURN d.path AS path")
    assert [r["path"] for r in linked] == ["xiuwu_2024_h2.txt"]
    again = meetings_from_documents(seeds)  # the recorded one is not read again; the bad one is retried
    assert [o.document for o in again] == ["xiuwu_unknown_attendee.txt"]


def test_ingestion_records_the_meeting_of_minutes(seeds: Graph, tmp_path: Path) -> None:
    from ingest.pipeline import ingest

    (tmp_path / "绵竹联席会议纪要.txt").write_text(text("mianzhu_2024_yearly.txt"), encoding="utf-8")
    report = ingest(seeds, [tmp_path], progress=False)
    assert [(o.meeting_id is not None, o.problem) for o in report.meetings] == [(True, None)]
    assert any("meetings" in line for line in report.summary_lines())
    rows = seeds.read("MATCH (x:Meeting)-[:EVIDENCED_BY]->(d:Document) "
                      "RETURN x.date AS date, x.minutes_doc AS no, size([(x)-[:DECIDED]->() | 1]) AS decisions")
    assert [(r["no"], r["decisions"]) for r in rows] == [("竹财纪〔2024〕2号", 3)]
