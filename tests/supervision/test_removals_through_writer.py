"""Taking a sanction or a watch-list entry off its list, recording a penalty on the credit platform and
marking a meeting decision done go through the one writer (``graph.writer.update_node``), on both servers: the values typed by the schema, a value not
given removed (as the old ``SET x = null`` did), the rest of the node and its provenance left alone, and
an unknown id reported in the module's own words."""

from __future__ import annotations

import pytest

from graph import sanctions, watchlist
from graph.connection import Graph
from graph.meetings import MeetingError, decision_done
from graph.stats import counts
from graph.writer import RecordFactory, Unit, write_unit
from tests.supervision.conftest import SRC, D

pytestmark = pytest.mark.contract


def _company(graph: Graph, name: str) -> str:
    c = RecordFactory(synthetic=True).node("Company", {"key": name, "name": name}, source=SRC)
    write_unit(graph, Unit(nodes=[c]))
    return c.id


def _props(graph: Graph, node_id: str) -> dict:
    (row,) = graph.read("MATCH (n {id: $id}) RETURN properties(n) AS p", {"id": node_id})
    return dict(row["p"])


def test_a_sanction_taken_off_the_list(county: Graph, ag: dict[str, str]) -> None:
    fin = ag["示例县财政局"]
    sid = sanctions.add_entry(county, authority=fin, party=_company(county, "丙工程有限公司"), start=D(2024, 3, 1),
                              reason="提供虚假材料谋取中标", source=SRC)
    listed = _props(county, sid)
    sanctions.remove_entry(county, sid, on=D(2024, 6, 10), by=fin, reason="信用修复")
    removed = _props(county, sid)
    assert (str(removed["removed"]), removed["removed_by"], removed["removal_reason"]) == ("2024-06-10", fin, "信用修复")
    assert {k: removed[k] for k in listed} == listed
    # recorded again without who and why: those are removed, not kept from before
    sanctions.remove_entry(county, sid, on=D(2024, 6, 11))
    again = _props(county, sid)
    assert str(again["removed"]) == "2024-06-11" and "removed_by" not in again and "removal_reason" not in again
    with pytest.raises(sanctions.SanctionNotFound, match="no sanction 'sanction:0000'"):
        sanctions.remove_entry(county, "sanction:0000", on=D(2024, 6, 10))
    with pytest.raises(sanctions.SanctionNotFound, match="no sanction 'S-7'"):
        sanctions.remove_entry(county, "S-7", on=D(2024, 6, 10))


def test_a_penalty_recorded_and_pushed(county: Graph, ag: dict[str, str]) -> None:
    fin, party = ag["示例县财政局"], _company(county, "戊建设有限公司")
    pid = sanctions.add_entry(county, authority=fin, party=party, start=D(2024, 9, 27), kind="penalty",
                              doc_no="示财罚〔2024〕11号", amount=5000, source=SRC)
    bid = sanctions.add_entry(county, authority=fin, party=party, start=D(2024, 9, 27), source=SRC)
    sanctions.record_credit(county, pid, on=D(2024, 10, 9))
    sanctions.record_credit(county, pid, on=D(2024, 9, 30), pushed=True)
    penalty = _props(county, pid)
    assert (str(penalty["credit_recorded"]), str(penalty["credit_pushed"])) == ("2024-10-09", "2024-09-30")
    assert penalty["doc_no"] == "示财罚〔2024〕11号" and penalty["amount"] == 5000
    before = counts(county)
    with pytest.raises(sanctions.SanctionNotFound, match="no penalty 'sanction:"):    # a blacklist entry
        sanctions.record_credit(county, bid, on=D(2024, 10, 9))
    with pytest.raises(sanctions.SanctionNotFound, match="no penalty 'sanction:0000'"):
        sanctions.record_credit(county, "sanction:0000", on=D(2024, 10, 9), pushed=True)
    assert counts(county) == before and "credit_recorded" not in _props(county, bid)


def test_a_watch_list_entry_taken_off(county: Graph) -> None:
    wid = watchlist.add_entry(county, party=_company(county, "丁贸易有限公司"), list_name="围串标重点关注",
                              start=D(2024, 4, 1), reason="多次与同一公司共同投标", added_by="tester", source=SRC)
    watchlist.remove_entry(county, wid, on=D(2024, 8, 1), by="tester", reason="核查无异常")
    entry = _props(county, wid)
    assert (str(entry["removed"]), entry["removed_by"], entry["removal_reason"]) == ("2024-08-01", "tester", "核查无异常")
    assert entry["sources"] == [SRC]
    with pytest.raises(watchlist.WatchListError, match="no watch-list entry 'sanction:0000'"):
        watchlist.remove_entry(county, "sanction:0000", on=D(2024, 8, 1))    # an id of another label


def test_an_unknown_decision(county: Graph) -> None:
    with pytest.raises(MeetingError, match="no decision 'decision:0000'"):
        decision_done(county, "decision:0000", on=D(2024, 5, 7))
