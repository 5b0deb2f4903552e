"""Referral lifecycle: custody over multi-hop histories, transition checks, all-or-nothing steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from graph.connection import Graph
from graph.custody import UnknownThread, custody, read_history, threads_held
from graph.lifecycle import (
    Letter,
    LifecycleError,
    accept,
    complete_handling,
    forward,
    notify_sender,
    open_thread,
    receive,
    report_acceptance,
    report_outcome,
    return_referral,
    transfer,
)
from graph.stats import counts
from tests.supervision.conftest import SRC, D

M = ["移送函", "证据材料目录"]


def _holds(graph: Graph, thread: str) -> list[str]:
    return [r["a"] for r in graph.read("MATCH (a:Agency)-[:HOLDS]->(t {id: $t}) RETURN a.name AS a", {"t": thread})]


def test_custody_over_a_multi_hop_history(county: Graph, ag: dict[str, str]) -> None:
    """transfer → return → re-transfer → forward → accept, with HOLDS current after every step."""
    audit, market = ag["示例县审计局"], ag["示例县市场监督管理局"]
    police, city_police = ag["示例县公安局"], ag["示例市公安局"]
    t = open_thread(county, "T-1", agency=audit, on=D(2024, 1, 2), letter=Letter("审线1"), summary="测试线索", source=SRC)
    assert _holds(county, t) == ["示例县审计局"]
    r1 = transfer(county, t, to=market, on=D(2024, 1, 3), letter=Letter("审移1"), materials=M, source=SRC)
    assert _holds(county, t) == ["示例县市场监督管理局"]
    receive(county, r1, on=D(2024, 1, 4), source=SRC)
    return_referral(county, r1, on=D(2024, 1, 8), reason="不属于本部门职责", letter=Letter("市监退1"), source=SRC)
    assert _holds(county, t) == ["示例县审计局"]
    r2 = transfer(county, t, to=police, on=D(2024, 1, 9), letter=Letter("审移2"), materials=M, source=SRC)
    receive(county, r2, on=D(2024, 1, 9), source=SRC)
    r3 = forward(county, r2, to=city_police, on=D(2024, 1, 10), letter=Letter("公转1"), notice=Letter("公告1"),
                 reason="市级管辖", source=SRC)
    assert _holds(county, t) == ["示例市公安局"]
    receive(county, r3, on=D(2024, 1, 11), source=SRC)
    accept(county, r3, on=D(2024, 1, 12), source=SRC)
    report_acceptance(county, r3, on=D(2024, 1, 15), letter=Letter("市公回1"), source=SRC)
    complete_handling(county, r3, on=D(2024, 2, 1), letter=Letter("市公结1"), source=SRC)
    report_outcome(county, r3, on=D(2024, 2, 5), letter=Letter("市公回2"), source=SRC)

    c = custody(county, "T-1")
    assert c.holder_id == city_police and c.since == D(2024, 1, 10) and c.consistent
    assert [h.to_id for h in c.hops] == [audit, market, audit, police, city_police]
    assert [h.kind for h in c.hops] == ["violation_found", "case_transferred", "case_returned", "case_transferred",
                                        "case_forwarded"]
    assert [h.from_id for h in c.hops][1:] == [audit, market, audit, police]
    assert c.hops[2].reason == "不属于本部门职责" and c.hops[2].doc_no == "市监退1"
    assert [e.kind for e in c.events][-4:] == ["acceptance_decided", "acceptance_reported", "handling_completed",
                                               "outcome_reported"]
    assert [e.seq for e in c.events] == list(range(len(c.events)))
    # every event has its BY agency and its document
    missing = county.read("MATCH (e:Event) WHERE NOT (e)-[:BY]->(:Agency) OR NOT (e)-[:EVIDENCED_BY]->(:Document) "
                          "RETURN e.kind AS k")
    assert missing == []
    assert [r["number"] for r in threads_held(county, "示例市公安局")] == ["T-1"]
    assert threads_held(county, "示例县审计局") == []
    # the forward made a new referral from the county police to the city police
    refs = county.read("MATCH (a:Agency)-[:SENT]->(r:Referral)-[:SENT_TO]->(b:Agency) "
                       "RETURN r.kind AS kind, a.name AS a, b.name AS b ORDER BY r.sent")
    assert [(r["kind"], r["b"]) for r in refs] == [("transfer", "示例县市场监督管理局"), ("transfer", "示例县公安局"),
                                                   ("forward", "示例市公安局")]


def _setup(county: Graph, ag: dict[str, str]) -> dict[str, Any]:
    audit, fin = ag["示例县审计局"], ag["示例县财政局"]
    t = open_thread(county, "T-2", agency=audit, on=D(2024, 3, 1), letter=Letter("审线2"), source=SRC)
    r = transfer(county, t, to=fin, on=D(2024, 3, 4), letter=Letter("审移9"), materials=M, source=SRC)
    return {"t": t, "r": r, "audit": audit, "fin": fin, "ag": ag}


def _received(county: Graph, s: dict[str, Any]) -> None:
    receive(county, s["r"], on=D(2024, 3, 5), source=SRC)


def _returned(county: Graph, s: dict[str, Any]) -> None:
    _received(county, s)
    return_referral(county, s["r"], on=D(2024, 3, 6), reason="不属于本部门职责", letter=Letter("退9"), source=SRC)


def _accepted(county: Graph, s: dict[str, Any]) -> None:
    _received(county, s)
    accept(county, s["r"], on=D(2024, 3, 6), source=SRC)


Step = Callable[[Graph, dict[str, Any]], Any]
CASES: list[tuple[str, Step | None, Step, list[str]]] = [
    ("accept what was returned", _returned,
     lambda g, s: accept(g, s["r"], on=D(2024, 3, 7), source=SRC), ["cannot accept", "returned it", "transfer it again"]),
    ("accept before receipt", None,
     lambda g, s: accept(g, s["r"], on=D(2024, 3, 7), source=SRC), ["receipt is not recorded"]),
    ("return without reasons", _received,
     lambda g, s: return_referral(g, s["r"], on=D(2024, 3, 7), reason=" ", letter=Letter("退"), source=SRC),
     ["written reasons", "003 第十四条(三)"]),
    ("forward naming no new holder", _received,
     lambda g, s: forward(g, s["r"], to="", on=D(2024, 3, 7), letter=Letter("转"), source=SRC), ["must name the new holder"]),
    ("forward at the same level", _received,
     lambda g, s: forward(g, s["r"], to=s["ag"]["示例县公安局"], on=D(2024, 3, 7), letter=Letter("转"), source=SRC),
     ["same level", "003 第十四条(二)"]),
    ("forward back to the sender", _received,
     lambda g, s: forward(g, s["r"], to=s["audit"], on=D(2024, 3, 7), letter=Letter("转"), source=SRC), ["is a return"]),
    ("forward what was accepted", _accepted,
     lambda g, s: forward(g, s["r"], to=s["ag"]["示例市财政局"], on=D(2024, 3, 7), letter=Letter("转"), source=SRC),
     ["accepted it on 2024-03-06"]),
    ("transfer by a non-holder", None,
     lambda g, s: transfer(g, s["t"], by=s["audit"], to=s["ag"]["示例县公安局"], on=D(2024, 3, 7), letter=Letter("x"),
                           materials=M, source=SRC), ["does not hold", "示例县财政局 does"]),
    ("transfer before deciding on the one received", _received,
     lambda g, s: transfer(g, s["t"], to=s["ag"]["示例县公安局"], on=D(2024, 3, 7), letter=Letter("x"), materials=M,
                           source=SRC), ["has not accepted, returned or forwarded", "审移9"]),
    ("transfer without materials", _accepted,
     lambda g, s: transfer(g, s["t"], to=s["ag"]["示例县公安局"], on=D(2024, 3, 7), letter=Letter("x"), materials=[],
                           source=SRC), ["lists no materials", "003 第十三条"]),
    ("transfer to itself", _accepted,
     lambda g, s: transfer(g, s["t"], to=s["fin"], on=D(2024, 3, 7), letter=Letter("x"), materials=M, source=SRC),
     ["already holds"]),
    ("transfer to an unknown agency", _accepted,
     lambda g, s: transfer(g, s["t"], to="agency:nope", on=D(2024, 3, 7), letter=Letter("x"), materials=M, source=SRC),
     ["not an agency in the graph"]),
    ("a date before the last step", None,
     lambda g, s: receive(g, s["r"], on=D(2024, 3, 1), source=SRC), ["before"]),
    ("receive twice", _received,
     lambda g, s: receive(g, s["r"], on=D(2024, 3, 8), source=SRC), ["already received on 2024-03-05"]),
    ("report an acceptance that was not decided", _received,
     lambda g, s: report_acceptance(g, s["r"], on=D(2024, 3, 8), letter=Letter("回"), source=SRC), ["has not been accepted"]),
    ("report an outcome before handling ends", _accepted,
     lambda g, s: report_outcome(g, s["r"], on=D(2024, 3, 8), letter=Letter("回"), source=SRC), ["not completed"]),
    ("notify about a forward that did not happen", _accepted,
     lambda g, s: notify_sender(g, s["r"], on=D(2024, 3, 8), letter=Letter("告"), source=SRC), ["was not forwarded"]),
    ("open a thread twice", None,
     lambda g, s: open_thread(g, "T-2", agency=s["fin"], on=D(2024, 3, 8), letter=Letter("财线2"), source=SRC),
     ["already open"]),
]


@pytest.mark.parametrize(("name", "before", "step", "words"), CASES, ids=[c[0] for c in CASES])
def test_invalid_transitions_are_refused_and_write_nothing(
    county: Graph, ag: dict[str, str], name: str, before: Step | None, step: Step, words: list[str]
) -> None:
    s = _setup(county, ag)
    if before:
        before(county, s)
    snapshot = counts(county)
    holder = _holds(county, s["t"])
    with pytest.raises(LifecycleError) as info:
        step(county, s)
    for w in words:
        assert w in str(info.value), str(info.value)
    assert "\n" not in str(info.value)
    assert counts(county) == snapshot and _holds(county, s["t"]) == holder


def test_repeating_the_last_step_changes_nothing(county: Graph, ag: dict[str, str]) -> None:
    s = _setup(county, ag)
    snapshot = counts(county)
    again = transfer(county, s["t"], to=s["fin"], on=D(2024, 3, 4), letter=Letter("审移9"), materials=M, source=SRC)
    assert again == s["r"] and counts(county) == snapshot
    _received(county, s)
    snapshot = counts(county)
    receive(county, s["r"], on=D(2024, 3, 5), source=SRC)
    assert counts(county) == snapshot


def test_unknown_thread_and_referral(county: Graph) -> None:
    with pytest.raises(UnknownThread, match="no clue or case"):
        custody(county, "NO-SUCH-THREAD")
    with pytest.raises(LifecycleError, match="no referral"):
        accept(county, "referral:0000", on=D(2024, 1, 1), source=SRC)
    with pytest.raises(UnknownThread):
        transfer(county, "clue:0000", to="agency:x", on=D(2024, 1, 1), letter=Letter("x"), materials=M, source=SRC)


def test_step_with_a_missing_document_rolls_back(county: Graph, ag: dict[str, str]) -> None:
    """A step pointing at an ingested Document that does not exist fails as a whole: no event, no custody move."""
    s = _setup(county, ag)
    _received(county, s)
    snapshot = counts(county)
    with pytest.raises(Exception, match="do not exist"):
        return_referral(county, s["r"], on=D(2024, 3, 6), reason="不属于本部门职责",
                        letter=Letter("退", document_id="doc:missing"), source=SRC)
    assert counts(county) == snapshot and _holds(county, s["t"]) == ["示例县财政局"]
    hist = read_history(county.read, s["t"])
    assert hist is not None and hist.referral_state(s["r"]).decided is None
