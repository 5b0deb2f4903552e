"""Deadlines from the graph's events, on the PRC calendar: the 2024 Spring Festival (10–17 Feb off)
and its swapped working Sundays (4 and 18 Feb)."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.assistance import (
    AssistanceLetter,
    lodge_complaint,
    receive_assistance,
    request_assistance,
)
from graph.connection import Graph
from graph.lifecycle import (
    Letter,
    accept,
    complete_handling,
    forward,
    open_thread,
    receive,
    report_acceptance,
    return_referral,
    transfer,
)
from graph.overdue import DeadlineRow, deadline_rows
from graph.rules.deadlines import DeadlineState
from graph.rules.workdays import WorkCalendar
from tests.supervision.conftest import SRC, D

CAL = WorkCalendar()
M = ["移送函"]


def _received_referral(graph: Graph, ag: dict[str, str], received: dt.date, no: str = "T") -> str:
    t = open_thread(graph, no, agency=ag["示例县审计局"], on=D(2024, 1, 2), letter=Letter(f"线{no}"), source=SRC)
    r = transfer(graph, t, to=ag["示例县财政局"], on=received, letter=Letter(f"移{no}"), materials=M, source=SRC)
    receive(graph, r, on=received, source=SRC)
    return r


def _only(rows: list[DeadlineRow], rule: str) -> DeadlineRow:
    hits = [r for r in rows if r.rule_id == rule]
    assert len(hits) == 1, rows
    return hits[0]


@pytest.mark.parametrize(
    ("received", "today", "within", "state", "due", "overdue_by", "left"),
    [
        # received Fri 2 Feb: Sun 4 Feb is a working day, so day 5 is Thu 8 Feb
        (D(2024, 2, 2), D(2024, 2, 7), 2, DeadlineState.DUE_SOON, D(2024, 2, 8), None, 1),
        (D(2024, 2, 2), D(2024, 2, 8), 0, DeadlineState.DUE_SOON, D(2024, 2, 8), None, 0),
        (D(2024, 2, 2), D(2024, 2, 9), None, DeadlineState.OVERDUE, D(2024, 2, 8), 1, None),
        (D(2024, 2, 2), D(2024, 2, 18), None, DeadlineState.OVERDUE, D(2024, 2, 8), 2, None),  # 9 Feb + Sun 18 Feb
        # received Thu 8 Feb: 9 Feb, then the holiday, then Sun 18 (worked), 19, 20, 21
        (D(2024, 2, 8), D(2024, 2, 14), 4, DeadlineState.DUE_SOON, D(2024, 2, 21), None, 4),
        (D(2024, 2, 8), D(2024, 2, 16), None, None, D(2024, 2, 21), None, None),  # Mon–Fri counting would say overdue
        (D(2024, 2, 8), D(2024, 2, 22), None, DeadlineState.OVERDUE, D(2024, 2, 21), 1, None),
    ],
)
def test_undecided_referral_across_the_spring_festival(
    county: Graph, ag: dict[str, str], received: dt.date, today: dt.date, within: int | None,
    state: DeadlineState | None, due: dt.date, overdue_by: int | None, left: int | None,
) -> None:
    _received_referral(county, ag, received)
    rows = deadline_rows(county, today=today, within=within, calendar=CAL)
    if state is None:
        assert rows == []
        pending = deadline_rows(county, today=today, include_pending=True, calendar=CAL)
        assert _only(pending, "return_out_of_duty").due == due
        return
    row = _only(rows, "return_out_of_duty")
    assert (row.state, row.due, row.overdue_by, row.working_days_left) == (state, due, overdue_by, left)
    assert row.agency_name == "示例县财政局" and row.counterpart == "示例县审计局"
    assert row.clause == "003 第十四条(三)" and row.subject == "移T" and row.trigger == "case_received"


def test_each_obligation_on_the_calendar(county: Graph, ag: dict[str, str]) -> None:
    fin, police, city_police = ag["示例县财政局"], ag["示例县公安局"], ag["示例市公安局"]
    # acceptance decided Thu 8 Feb, not reported -> notify_acceptance due Wed 21 Feb
    r1 = _received_referral(county, ag, D(2024, 2, 5), "A")
    accept(county, r1, on=D(2024, 2, 8), source=SRC)
    # handling completed Thu 1 Feb, outcome not reported -> report_outcome (10 days) due Tue 20 Feb
    r2 = _received_referral(county, ag, D(2024, 1, 22), "B")
    accept(county, r2, on=D(2024, 1, 23), source=SRC)
    report_acceptance(county, r2, on=D(2024, 1, 24), letter=Letter("回B"), source=SRC)
    complete_handling(county, r2, on=D(2024, 2, 1), source=SRC)
    # returned in time: owes nothing
    r3 = _received_referral(county, ag, D(2024, 2, 1), "C")
    return_referral(county, r3, on=D(2024, 2, 2), reason="不属于本部门职责", letter=Letter("退C"), source=SRC)
    # a thread found by market regulation, competent finance, never transferred -> transfer_case due 21 Feb
    open_thread(county, "D", agency=ag["示例县市场监督管理局"], on=D(2024, 2, 8), letter=Letter("线D"),
                competent=fin, source=SRC)
    # an assistance letter received Thu 8 Feb, neither returned nor answered -> return_assistance due 21 Feb
    q = request_assistance(county, AssistanceLetter("协E", fin, police, "事实", "协查", "理由", ("证据",)),
                           on=D(2024, 2, 7), source=SRC)
    receive_assistance(county, q, on=D(2024, 2, 8), source=SRC)
    # a complaint lodged with the wrong department Thu 8 Feb -> notice due Mon 19 Feb (3 working days)
    lodge_complaint(county, "F", lodged_with=ag["示例县住房和城乡建设局"], competent=fin, on=D(2024, 2, 8),
                    letter=Letter("投F"), source=SRC)
    # forwarded without the written notice to the sender: a "promptly" rule
    r4 = transfer(county, open_thread(county, "G", agency=fin, on=D(2024, 1, 2), letter=Letter("线G"), source=SRC),
                  to=police, on=D(2024, 2, 5), letter=Letter("移G"), materials=M, source=SRC)
    receive(county, r4, on=D(2024, 2, 5), source=SRC)
    forward(county, r4, to=city_police, on=D(2024, 2, 6), letter=Letter("转G"), source=SRC)

    rows = deadline_rows(county, today=D(2024, 2, 22), calendar=CAL)
    got = {(r.rule_id, r.subject): (r.due, r.overdue_by, r.agency_name) for r in rows}
    assert got == {
        ("notify_acceptance", "移A"): (D(2024, 2, 21), 1, "示例县财政局"),
        ("report_outcome", "移B"): (D(2024, 2, 20), 2, "示例县财政局"),
        ("transfer_case", "D"): (D(2024, 2, 21), 1, "示例县市场监督管理局"),
        ("return_assistance", "协E"): (D(2024, 2, 21), 1, "示例县公安局"),
        ("wrong_department_notice", "F"): (D(2024, 2, 19), 3, "示例县住房和城乡建设局"),
        # the forwarded referral's receipt is not recorded: counted from its sending on 6 Feb
        ("return_out_of_duty", "转G"): (D(2024, 2, 19), 3, "示例市公安局"),
    }
    assert all(r.state is DeadlineState.OVERDUE and r.clause for r in rows)
    # "promptly" rules only with a default period, flagged as such
    prompt = deadline_rows(county, today=D(2024, 2, 22), calendar=CAL, promptly_default=5)
    fwd = _only(prompt, "forward_other_level")
    assert fwd.due_is_default and fwd.due == D(2024, 2, 18) and fwd.agency_name == "示例县公安局"
    assert _only(prompt, "assistance_feedback").due_is_default
    # per agency
    only = deadline_rows(county, today=D(2024, 2, 22), calendar=CAL, agency_id=fin)
    assert {r.rule_id for r in only} == {"notify_acceptance", "report_outcome"}
    # on Fri 16 Feb (holiday) nothing is overdue; 19/20 Feb are 2/3 working days away, 21 Feb is 4
    soon = deadline_rows(county, today=D(2024, 2, 16), within=3, calendar=CAL)
    assert {r.state for r in soon} == {DeadlineState.DUE_SOON}
    assert {r.rule_id: r.working_days_left for r in soon} == {
        "wrong_department_notice": 2, "return_out_of_duty": 2, "report_outcome": 3}
    assert len(deadline_rows(county, today=D(2024, 2, 16), within=4, calendar=CAL)) == 6


def test_receipt_not_recorded_counts_from_sending(county: Graph, ag: dict[str, str]) -> None:
    t = open_thread(county, "H", agency=ag["示例县审计局"], on=D(2024, 3, 1), letter=Letter("线H"), source=SRC)
    transfer(county, t, to=ag["示例县财政局"], on=D(2024, 3, 4), letter=Letter("移H"), materials=M, source=SRC)
    row = _only(deadline_rows(county, today=D(2024, 3, 15), calendar=CAL), "return_out_of_duty")
    assert row.trigger == "case_transferred" and row.due == D(2024, 3, 11) and "receipt not recorded" in row.note
