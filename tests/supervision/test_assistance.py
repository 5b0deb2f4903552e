"""Assistance letters (refused when a required part is missing) and complaints with the wrong department."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graph.assistance import (
    AssistanceLetter,
    IncompleteAssistanceRequest,
    decide_complaint,
    lodge_complaint,
    notify_complainant,
    receive_assistance,
    report_assistance,
    request_assistance,
    return_assistance,
)
from graph.connection import Graph
from graph.lifecycle import Letter, LifecycleError
from graph.stats import counts
from tests.supervision.conftest import SRC, D


def _letter(ag: dict[str, str], **changes: object) -> AssistanceLetter:
    base = AssistanceLetter("财协1", ag["示例县财政局"], ag["示例县公安局"], facts="多家投标人IP地址相同",
                            help_asked="调取投标人通话记录", reason="核实是否串通", evidence=("交易中心异常报告",))
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "missing", "words"),
    [
        ({"facts": ""}, ["facts"], ["basic facts", "案件基本情况"]),
        ({"help_asked": "  "}, ["help_asked"], ["the help asked", "需要协助办理的事项"]),
        ({"reason": ""}, ["reason"], ["why the help is needed"]),
        ({"evidence": ()}, ["evidence"], ["the evidence", "相关证据材料"]),
        ({"evidence": (" ",)}, ["evidence"], ["the evidence"]),
        ({"facts": "", "evidence": ()}, ["facts", "evidence"], ["basic facts", "the evidence"]),
    ],
    ids=["no facts", "no help asked", "no reason", "no evidence", "blank evidence", "two parts"],
)
def test_incomplete_request_is_refused_naming_the_missing_part(
    county: Graph, ag: dict[str, str], changes: dict, missing: list[str], words: list[str]
) -> None:
    snapshot = counts(county)
    with pytest.raises(IncompleteAssistanceRequest) as info:
        request_assistance(county, _letter(ag, **changes), on=D(2024, 2, 19), source=SRC)
    assert info.value.missing == missing
    msg = str(info.value)
    assert "财协1" in msg and "002 十四; 003 第十六条" in msg
    for w in words:
        assert w in msg
    assert counts(county) == snapshot


def test_request_received_and_returned_out_of_scope(county: Graph, ag: dict[str, str]) -> None:
    rid = request_assistance(county, _letter(ag), on=D(2024, 2, 19), source=SRC)
    with pytest.raises(LifecycleError, match="receipt is not recorded"):
        return_assistance(county, rid, on=D(2024, 2, 20), reason="超出职能", letter=Letter("公退1"), source=SRC)
    receive_assistance(county, rid, on=D(2024, 2, 20), source=SRC)
    with pytest.raises(LifecycleError, match="needs the reasons"):
        return_assistance(county, rid, on=D(2024, 2, 21), reason="", letter=Letter("公退1"), source=SRC)
    return_assistance(county, rid, on=D(2024, 2, 21), reason="超出本部门职能", letter=Letter("公退1"), source=SRC)
    with pytest.raises(LifecycleError, match="is closed"):
        report_assistance(county, rid, on=D(2024, 2, 22), letter=Letter("公复1"), source=SRC)
    row = county.read(
        "MATCH (a:Agency)-[:SENT]->(q:AssistanceRequest {id: $id})-[:SENT_TO]->(b:Agency) "
        "RETURN q.status AS status, a.name AS a, b.name AS b, "
        "[(q)-[:HAS_EVENT]->(e:Event) | e.kind] AS kinds, "
        "[(q)-[:HAS_EVENT]->(e:Event {kind: 'assistance_letter_returned'})-[:EVIDENCED_BY]->(d:Document) | d.doc_no] AS docs",
        {"id": rid})
    assert row[0]["status"] == "returned" and (row[0]["a"], row[0]["b"]) == ("示例县财政局", "示例县公安局")
    assert sorted(row[0]["kinds"]) == ["assistance_letter_received", "assistance_letter_returned", "assistance_letter_sent"]
    assert row[0]["docs"] == ["公退1"]


def test_request_helped_and_reported(county: Graph, ag: dict[str, str]) -> None:
    rid = request_assistance(county, _letter(ag, doc_no="财协2"), on=D(2024, 2, 19), source=SRC)
    receive_assistance(county, rid, on=D(2024, 2, 19), source=SRC)
    report_assistance(county, rid, on=D(2024, 2, 26), letter=Letter("公复2"), source=SRC)
    assert county.read("MATCH (q:AssistanceRequest {id: $id}) RETURN q.status AS s", {"id": rid}) == [{"s": "completed"}]
    with pytest.raises(LifecycleError, match="already recorded"):
        request_assistance(county, _letter(ag, doc_no="财协2"), on=D(2024, 2, 27), source=SRC)


def test_complaint_with_the_wrong_department(county: Graph, ag: dict[str, str]) -> None:
    housing, fin = ag["示例县住房和城乡建设局"], ag["示例县财政局"]
    cid = lodge_complaint(county, "TS-1", lodged_with=housing, competent=fin, on=D(2024, 3, 12),
                          letter=Letter("住建投1"), subject="评审不公", source=SRC)
    with pytest.raises(LifecycleError, match="not competent.*003 第十一条"):
        decide_complaint(county, cid, on=D(2024, 3, 13), letter=Letter("住建决1"), source=SRC)
    notify_complainant(county, cid, on=D(2024, 3, 13), letter=Letter("住建告1"), source=SRC)
    with pytest.raises(LifecycleError, match="already notified"):
        notify_complainant(county, cid, on=D(2024, 3, 14), letter=Letter("住建告2"), source=SRC)
    ok = lodge_complaint(county, "TS-2", lodged_with=fin, competent=fin, on=D(2024, 3, 12),
                         letter=Letter("财投1"), source=SRC)
    with pytest.raises(LifecycleError, match="is competent"):
        notify_complainant(county, ok, on=D(2024, 3, 13), letter=Letter("财告1"), source=SRC)
    decide_complaint(county, ok, on=D(2024, 4, 1), letter=Letter("财决1"), source=SRC)
    # the complainant's identity is not stored anywhere
    assert county.read("MATCH (c:Complaint)-[r]-(p:Person) RETURN count(r) AS n") == [{"n": 0}]
