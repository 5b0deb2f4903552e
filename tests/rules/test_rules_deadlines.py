from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from graph.errors import RulesFileError
from graph.rules.deadlines import (
    DEFAULT_RULES_PATH,
    DeadlineRules,
    DeadlineState,
    UnknownRuleError,
    deadline_status,
    due_date,
    load_rules,
)
from graph.rules.workdays import CalendarCoverageWarning, WorkCalendar
from tests.rules.conftest import squash

D = dt.date.fromisoformat
RAW = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))

# Expected due dates, worked out by hand on the 2024 official calendar:
#  2024-02-08 (Thu) is the last full week before 春节: holiday 02-10..02-17,
#  swapped working Sundays 02-04 and 02-18.  2024-02-02 (Fri) is followed by the working
#  Sunday 02-04.  2024-09-27 (Fri): working Sunday 09-29, 国庆 10-01..10-07, working
#  Saturday 10-12.
EXPECTED: dict[str, dict[str, str | None]] = {
    "wrong_department_notice": {
        "2024-02-08": "2024-02-19",
        "2024-02-02": "2024-02-06",
        "2024-09-27": "2024-10-08",
    },
    "transfer_case": {
        "2024-02-08": "2024-02-21",
        "2024-02-02": "2024-02-08",
        "2024-09-27": "2024-10-10",
    },
    "return_out_of_duty": {
        "2024-02-08": "2024-02-21",
        "2024-02-02": "2024-02-08",
        "2024-09-27": "2024-10-10",
    },
    "forward_other_level": {"2024-02-08": None, "2024-02-02": None, "2024-09-27": None},
    "push_credit_china": {"2024-02-08": None, "2024-02-02": None, "2024-09-27": None},
    "notify_acceptance": {
        "2024-02-08": "2024-02-21",
        "2024-02-02": "2024-02-08",
        "2024-09-27": "2024-10-10",
    },
    "report_outcome": {
        "2024-02-08": "2024-02-28",
        "2024-02-02": "2024-02-21",
        "2024-09-27": "2024-10-16",
    },
    "return_assistance": {
        "2024-02-08": "2024-02-21",
        "2024-02-02": "2024-02-08",
        "2024-09-27": "2024-10-10",
    },
    "assistance_feedback": {"2024-02-08": None, "2024-02-02": None, "2024-09-27": None},
    # 7 calendar days; a last day in the holiday rolls to the next working day
    "record_penalty_credit": {
        "2024-02-08": "2024-02-18",
        "2024-02-02": "2024-02-09",
        "2024-09-27": "2024-10-08",
    },
    "publish_inspection": {
        "2024-02-08": "2024-02-21",
        "2024-02-02": "2024-02-08",
        "2024-09-27": "2024-10-10",
    },
    "complaint_decision": {
        "2024-02-08": "2024-03-27",
        "2024-02-02": "2024-03-20",
        "2024-09-27": "2024-11-13",
    },
    "complaint_decision_warning": {
        "2024-02-08": "2024-03-20",
        "2024-02-02": "2024-03-13",
        "2024-09-27": "2024-11-06",
    },
    # complaint steps of 财政部令第94号 第二十一条 and 政府采购法 第五十六条, and their 002 十 warnings
    "complaint_acceptance": {
        "2024-02-08": "2024-02-21",
        "2024-02-02": "2024-02-08",
        "2024-09-27": "2024-10-10",
    },
    "complaint_investigation": {  # 8 working days
        "2024-02-08": "2024-02-26",
        "2024-02-02": "2024-02-19",
        "2024-09-27": "2024-10-14",
    },
    "complaint_notification": {
        "2024-02-08": "2024-03-27",
        "2024-02-02": "2024-03-20",
        "2024-09-27": "2024-11-13",
    },
    "complaint_notification_warning": {
        "2024-02-08": "2024-03-20",
        "2024-02-02": "2024-03-13",
        "2024-09-27": "2024-11-06",
    },
    "complaint_acceptance_warning": {  # 2 working days before the acceptance deadline
        "2024-02-08": "2024-02-19",
        "2024-02-02": "2024-02-06",
        "2024-09-27": "2024-10-08",
    },
    "complaint_investigation_warning": {
        "2024-02-08": "2024-02-22",
        "2024-02-02": "2024-02-09",
        "2024-09-27": "2024-10-11",
    },
    # 1 working day before the 3-day redirect deadline: the working Sunday 18 Feb, the Monday before 国庆
    "wrong_department_warning": {
        "2024-02-08": "2024-02-18",
        "2024-02-02": "2024-02-05",
        "2024-09-27": "2024-09-30",
    },
    "report_trading_anomaly": {"2024-02-08": None, "2024-02-02": None, "2024-09-27": None},
    "transfer_official_misconduct": {"2024-02-08": None, "2024-02-02": None, "2024-09-27": None},
}

DOMAIN_TABLE = {
    "wrong_department_notice": (3, "working_days", "003 第十一条"),
    "transfer_case": (5, "working_days", "003 第十三条"),
    "return_out_of_duty": (5, "working_days", "003 第十四条"),
    "forward_other_level": (None, "promptly", "003 第十四条"),
    "notify_acceptance": (5, "working_days", "003 第十五条"),
    "report_outcome": (10, "working_days", "003 第十五条"),
    "return_assistance": (5, "working_days", "003 第十七条"),
    "record_penalty_credit": (7, "calendar_days", "003 第九条"),
    "publish_inspection": (5, "working_days", "002 七"),
    "complaint_decision_warning": (5, "before_deadline", "002 十"),
}

CASES = [(rule, trig, exp) for rule, row in EXPECTED.items() for trig, exp in row.items()]


def test_expected_table_covers_every_rule() -> None:
    assert set(EXPECTED) == set(load_rules().rules)


@pytest.mark.parametrize(("rule_id", "trigger", "expected"), CASES)
def test_due_date_across_holidays(
    cal: WorkCalendar, rule_id: str, trigger: str, expected: str | None
) -> None:
    got = due_date(rule_id, D(trigger), cal)
    assert got == (D(expected) if expected else None)


@pytest.mark.parametrize("rule_id", [r for r, row in EXPECTED.items() if row["2024-02-08"]])
def test_spring_festival_is_not_counted(cal: WorkCalendar, rule_id: str) -> None:
    """Mon-Fri counting would be a week early for every rule that crosses 春节."""
    naive = WorkCalendar(use_package=False)
    with pytest.warns(CalendarCoverageWarning):
        naive_due = load_rules().due_date(rule_id, D("2024-02-08"), naive)
    assert naive_due is not None
    real_due = due_date(rule_id, D("2024-02-08"), cal)
    assert real_due is not None and real_due > naive_due


@pytest.mark.parametrize(("rule_id", "row"), DOMAIN_TABLE.items())
def test_domain_table_rows(rule_id: str, row: tuple[int | None, str, str]) -> None:
    rule = load_rules().get(rule_id)
    n, unit, clause = row
    assert (rule.n, rule.unit) == (n, unit)
    assert rule.clause.startswith(clause)
    assert rule.in_domain_table


def test_only_domain_rows_flagged() -> None:
    flagged = {r.id for r in load_rules().rules.values() if r.in_domain_table}
    assert flagged == set(DOMAIN_TABLE)


@pytest.mark.parametrize("raw", RAW["rules"], ids=[r["id"] for r in RAW["rules"]])
def test_quote_is_in_the_seed(seed_texts: dict[str, str], raw: dict) -> None:
    if raw["seed"] is None:
        assert "法" in raw["clause"]  # a statute, named by article
        return
    assert raw["clause"].startswith(raw["seed"])
    assert squash(raw["quote"]) in seed_texts[raw["seed"]], raw["id"]


def test_promptly_default_is_flagged(cal: WorkCalendar) -> None:
    assert due_date("forward_other_level", D("2024-02-08"), cal) is None
    assert due_date("forward_other_level", D("2024-02-08"), cal, promptly_default=2) == D(
        "2024-02-18"
    )
    status = deadline_status(
        "forward_other_level", D("2024-02-08"), None, D("2024-02-18"), cal, promptly_default=2
    )
    assert status.due_is_default and status.state is DeadlineState.DUE_SOON
    plain = deadline_status("forward_other_level", D("2024-02-08"), None, D("2024-03-18"), cal)
    assert plain.state is DeadlineState.PENDING and plain.due is None and not plain.due_is_default
    done = deadline_status(
        "forward_other_level", D("2024-02-08"), D("2024-03-18"), D("2024-03-18"), cal
    )
    assert done.state is DeadlineState.ON_TIME and done.completed


@pytest.mark.parametrize(
    ("done", "today", "state", "left", "overdue_by"),
    [
        ("2024-02-21", "2024-03-01", DeadlineState.ON_TIME, None, None),  # done on the due day
        ("2024-02-09", "2024-03-01", DeadlineState.ON_TIME, None, None),
        ("2024-02-23", "2024-03-01", DeadlineState.OVERDUE, None, 2),  # done late
        (None, "2024-02-26", DeadlineState.OVERDUE, None, 3),  # 02-22, 02-23, 02-26
        (None, "2024-02-21", DeadlineState.DUE_SOON, 0, None),  # due today
        (None, "2024-02-19", DeadlineState.DUE_SOON, 2, None),
        (None, "2024-02-09", DeadlineState.PENDING, 4, None),  # the holiday does not count
        (None, "2024-02-12", DeadlineState.PENDING, 4, None),
    ],
)
def test_deadline_status_transfer(
    cal: WorkCalendar,
    done: str | None,
    today: str,
    state: DeadlineState,
    left: int | None,
    overdue_by: int | None,
) -> None:
    status = deadline_status(
        "transfer_case", D("2024-02-08"), D(done) if done else None, D(today), cal
    )
    assert status.due == D("2024-02-21")
    assert (status.state, status.working_days_left, status.overdue_by) == (state, left, overdue_by)
    assert status.clause == "003 第十三条" and "5个工作日内完成移送" in status.quote
    assert status.completed is (done is not None)


def test_due_soon_window_is_configurable(cal: WorkCalendar) -> None:
    s = deadline_status("transfer_case", D("2024-02-08"), None, D("2024-02-09"), cal, soon_within=4)
    assert s.state is DeadlineState.DUE_SOON


def test_overdue_during_a_holiday(cal: WorkCalendar) -> None:
    # due 2024-02-09; on 02-17 (still 春节) it is overdue, by 0 working days; on 02-18 by 1
    s = deadline_status("wrong_department_notice", D("2024-02-06"), None, D("2024-02-17"), cal)
    assert s.due == D("2024-02-09") and s.state is DeadlineState.OVERDUE and s.overdue_by == 0
    s = deadline_status("wrong_department_notice", D("2024-02-06"), None, D("2024-02-18"), cal)
    assert s.overdue_by == 1


def test_calendar_is_injectable(tmp_path: Path) -> None:
    local = tmp_path / "local.csv"
    local.write_text("date,kind,name\n2024-02-19,holiday,地方假日\n", encoding="utf-8")
    cal = WorkCalendar(holiday_files=[local])
    assert due_date("wrong_department_notice", D("2024-02-08"), cal) == D("2024-02-20")


def test_unknown_rule_lists_known() -> None:
    with pytest.raises(UnknownRuleError) as err:
        due_date("transfer", D("2024-02-08"))
    assert "transfer_case" in str(err.value) and "report_outcome" in str(err.value)


def test_for_trigger() -> None:
    ids = {r.id for r in load_rules().for_trigger("case_received")}
    assert ids == {"return_out_of_duty", "forward_other_level"}


@pytest.mark.parametrize(
    ("patch", "fragment"),
    [
        ({"period": {"n": 5, "unit": "weeks"}}, "period.unit"),
        ({"period": {"n": -1, "unit": "working_days"}}, "period.n"),
        ({"quote": ""}, "'quote'"),
        ({"trigger": ["something_else"]}, "unknown event kind"),
        ({"period": {"n": 1, "unit": "before_deadline", "of": "nope"}}, "unknown rule"),
    ],
)
def test_bad_rules_file(tmp_path: Path, patch: dict, fragment: str) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"][1].update(patch)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesFileError, match=fragment):
        DeadlineRules.load(path)
