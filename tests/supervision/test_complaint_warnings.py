"""Complaint deadline warnings (超期预警, 002 十): a complaint's statutory steps and the warning before each.

Dates worked out by hand on the 2024 calendar: a complaint received Thu 8 Feb 2024; the working days after
it are Fri 9 Feb, Sun 18 Feb (swapped), Mon 19, Tue 20, Wed 21, Thu 22, Fri 23, Mon 26 … So acceptance is
due Wed 21 Feb (5 working days; warned from Mon 19), the reply notice Mon 26 Feb (8; warned from Thu 22),
the decision and the written notice Wed 27 Mar (30; warned from Wed 20 Mar, 5 before).
"""

from __future__ import annotations

import pytest

from graph.assistance import decide_complaint, lodge_complaint
from graph.complaints import record_step
from graph.connection import Graph
from graph.lifecycle import Letter, LifecycleError
from graph.overdue import COMPLAINT_STEPS, deadline_rows, open_complaint_steps, warning_window
from graph.rules.deadlines import DeadlineState, load_rules
from graph.rules.workdays import WorkCalendar
from tests.supervision.conftest import SRC, D

CAL = WorkCalendar()
ALL = list(COMPLAINT_STEPS)


@pytest.mark.parametrize(("done", "owed"), [
    ({}, ["complaint_acceptance", "complaint_investigation", "complaint_decision", "complaint_notification"]),
    ({"complaint_received"}, ["complaint_acceptance", "complaint_investigation", "complaint_decision",
                              "complaint_notification"]),
    ({"complaint_accepted"}, ["complaint_investigation", "complaint_decision", "complaint_notification"]),
    ({"complaint_reply_requested"}, ["complaint_decision", "complaint_notification"]),
    # a decision recorded without the earlier steps: they were necessarily done
    ({"complaint_decided"}, ["complaint_notification"]),
    ({"complaint_decided", "complaint_parties_notified"}, []),
    ({"complaint_accepted", "complaint_rejected"}, []),
    ({"complaint_rejected"}, []),
])
def test_open_complaint_steps(done: set[str], owed: list[str]) -> None:
    assert open_complaint_steps({k: D(2024, 2, 8) for k in done}) == owed


@pytest.mark.parametrize(("rule", "today", "state", "expected"), [
    ("complaint_acceptance", D(2024, 2, 18), DeadlineState.PENDING, ("complaint_acceptance_warning", D(2024, 2, 19), False)),
    ("complaint_acceptance", D(2024, 2, 19), DeadlineState.DUE_SOON, ("complaint_acceptance_warning", D(2024, 2, 19), True)),
    ("complaint_acceptance", D(2024, 2, 22), DeadlineState.OVERDUE, ("complaint_acceptance_warning", D(2024, 2, 19), False)),
    ("complaint_investigation", D(2024, 2, 22), DeadlineState.PENDING, ("complaint_investigation_warning", D(2024, 2, 22), True)),
    ("complaint_decision", D(2024, 3, 19), DeadlineState.PENDING, ("complaint_decision_warning", D(2024, 3, 20), False)),
    ("complaint_notification", D(2024, 3, 20), DeadlineState.PENDING, ("complaint_notification_warning", D(2024, 3, 20), True)),
    # the redirect notice (3 working days, due Mon 19 Feb) is warned on the swapped working Sunday
    ("wrong_department_notice", D(2024, 2, 18), DeadlineState.PENDING, ("wrong_department_warning", D(2024, 2, 18), True)),
])
def test_warning_window(rule: str, today, state: DeadlineState, expected) -> None:  # type: ignore[no-untyped-def]
    w = warning_window(load_rules(), rule, D(2024, 2, 8), today, CAL, state)
    assert w is not None
    assert (w[0].id, w[1], w[2]) == expected
    assert w[0].clause == "002 十" and "截止时间前进行预警" in w[0].quote


def test_no_warning_for_rules_without_a_window() -> None:
    assert warning_window(load_rules(), "transfer_case", D(2024, 2, 8), D(2024, 2, 20), CAL, DeadlineState.PENDING) is None


def _rows(graph: Graph, today, agency: str | None = None):  # type: ignore[no-untyped-def]
    return {r.rule_id: r for r in deadline_rows(graph, today=today, agency_id=agency, within=0, calendar=CAL)
            if r.subject == "TS-W"}


def test_each_step_is_warned_before_its_deadline(county: Graph, ag: dict[str, str]) -> None:
    fin, housing = ag["示例县财政局"], ag["示例县住房和城乡建设局"]
    c = lodge_complaint(county, "TS-W", lodged_with=fin, competent=fin, on=D(2024, 2, 8), letter=Letter("投W"),
                        source=SRC)
    # before any window: nothing due today, nothing shown
    assert _rows(county, D(2024, 2, 9)) == {}
    # Mon 19 Feb: acceptance inside its window (2 working days left), the reply notice not yet
    rows = _rows(county, D(2024, 2, 19))
    assert list(rows) == ["complaint_acceptance"]
    acc = rows["complaint_acceptance"]
    assert (acc.warning, acc.warn_on, acc.due, acc.working_days_left, acc.agency_name) == \
        (True, D(2024, 2, 19), D(2024, 2, 21), 2, "示例县财政局")
    assert acc.warning_rule == "complaint_acceptance_warning" and acc.state is DeadlineState.PENDING
    # shown on the desk of the agency that owes the step, not on another's
    assert "complaint_acceptance" in _rows(county, D(2024, 2, 19), fin)
    assert _rows(county, D(2024, 2, 19), housing) == {}

    record_step(county, c, "complaint_accepted", on=D(2024, 2, 20), letter=Letter("受W"), source=SRC)
    rows = _rows(county, D(2024, 2, 22))
    assert list(rows) == ["complaint_investigation"]
    assert (rows["complaint_investigation"].warning, rows["complaint_investigation"].due) == (True, D(2024, 2, 26))

    record_step(county, c, "complaint_reply_requested", on=D(2024, 2, 23), letter=Letter("答W"), source=SRC)
    assert _rows(county, D(2024, 3, 19)) == {}
    rows = _rows(county, D(2024, 3, 20))
    assert sorted(rows) == ["complaint_decision", "complaint_notification"]
    assert all(r.warning and r.due == D(2024, 3, 27) and r.working_days_left == 5 for r in rows.values())
    # past the deadline: overdue, no longer a warning
    late = _rows(county, D(2024, 3, 28))
    assert all(r.state is DeadlineState.OVERDUE and not r.warning and r.overdue_by == 1 for r in late.values())
    assert sorted(late) == ["complaint_decision", "complaint_notification"]

    decide_complaint(county, c, on=D(2024, 3, 25), letter=Letter("决W"), source=SRC)
    rows = _rows(county, D(2024, 3, 26))
    assert list(rows) == ["complaint_notification"] and rows["complaint_notification"].working_days_left == 1
    record_step(county, c, "complaint_parties_notified", on=D(2024, 3, 26), letter=Letter("告W"), source=SRC)
    assert _rows(county, D(2024, 3, 26)) == {}


def test_rejection_ends_the_steps_and_steps_are_checked(county: Graph, ag: dict[str, str]) -> None:
    fin, housing = ag["示例县财政局"], ag["示例县住房和城乡建设局"]
    c = lodge_complaint(county, "TS-W", lodged_with=fin, competent=fin, on=D(2024, 2, 8), letter=Letter("投W"),
                        source=SRC)
    with pytest.raises(LifecycleError, match="not decided yet"):
        record_step(county, c, "complaint_parties_notified", on=D(2024, 2, 9), letter=Letter("告W"), source=SRC)
    with pytest.raises(LifecycleError, match="use one of"):
        record_step(county, c, "complaint_warning_issued", on=D(2024, 2, 9), letter=Letter("x"), source=SRC)
    record_step(county, c, "complaint_rejected", on=D(2024, 2, 9), reason="未经质疑", letter=Letter("不W"), source=SRC)
    assert _rows(county, D(2024, 3, 28)) == {}
    with pytest.raises(LifecycleError, match="rejected"):
        record_step(county, c, "complaint_accepted", on=D(2024, 2, 10), letter=Letter("受W"), source=SRC)
    # a complaint lodged with the wrong department owes the redirect notice only, warned a day before
    w = lodge_complaint(county, "TS-X", lodged_with=housing, competent=fin, on=D(2024, 2, 8), letter=Letter("投X"),
                        source=SRC)
    with pytest.raises(LifecycleError, match="not competent"):
        record_step(county, w, "complaint_accepted", on=D(2024, 2, 9), letter=Letter("受X"), source=SRC)
    [row] = [r for r in deadline_rows(county, today=D(2024, 2, 18), within=0, calendar=CAL) if r.subject == "TS-X"]
    assert (row.rule_id, row.warning, row.due, row.agency_name) == \
        ("wrong_department_notice", True, D(2024, 2, 19), "示例县住房和城乡建设局")


def test_step_states_read_later_steps_as_done() -> None:
    from graph.complaints import step_states

    got = [(s.rule_id, s.due, s.warn_on, s.done, s.state, s.warning)
           for s in step_states({"complaint_received": D(2024, 2, 8), "complaint_decided": D(2024, 3, 25)},
                                D(2024, 2, 8), D(2024, 3, 26), CAL)]
    assert got == [
        ("complaint_acceptance", D(2024, 2, 21), D(2024, 2, 19), D(2024, 3, 25), DeadlineState.OVERDUE, False),
        ("complaint_investigation", D(2024, 2, 26), D(2024, 2, 22), D(2024, 3, 25), DeadlineState.OVERDUE, False),
        ("complaint_decision", D(2024, 3, 27), D(2024, 3, 20), D(2024, 3, 25), DeadlineState.ON_TIME, False),
        ("complaint_notification", D(2024, 3, 27), D(2024, 3, 20), None, DeadlineState.PENDING, True),
    ]
    rejected = step_states({"complaint_rejected": D(2024, 2, 9)}, D(2024, 2, 8), D(2024, 3, 26), CAL)
    assert [(s.rule_id, s.done, s.state) for s in rejected] == [
        ("complaint_acceptance", D(2024, 2, 9), DeadlineState.ON_TIME)]


def test_complaint_cli(county: Graph, ag: dict[str, str]) -> None:
    from click.testing import CliRunner

    from app.cli import cli

    fin = ag["示例县财政局"]
    lodge_complaint(county, "TS-W", lodged_with=fin, competent=fin, on=D(2024, 2, 8), letter=Letter("投W"), source=SRC)
    res = CliRunner().invoke(cli, ["complaint", "step", "TS-W", "accepted", "--on", "2024-02-20", "--letter", "受W"])
    assert res.exit_code == 0 and "受理投诉 on 2024-02-20" in res.output, res.output
    res = CliRunner().invoke(cli, ["complaint", "steps", "TS-W", "--today", "2024-02-22"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert "complaint_acceptance" in lines[1] and "done 2024-02-20" in lines[1]
    assert "complaint_investigation" in lines[2] and "due 2024-02-26" in lines[2] and "WARNING PENDING" in lines[2]
    assert "complaint_decision" in lines[3] and "warn from 2024-03-20" in lines[3] and "WARNING" not in lines[3]
    again = CliRunner().invoke(cli, ["complaint", "step", "TS-W", "accepted", "--on", "2024-02-21", "--letter", "受W2"])
    assert again.exit_code == 1 and "already recorded on 2024-02-20" in again.output
