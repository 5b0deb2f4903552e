from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from graph.errors import ProgrammingError
from graph.rules.workdays import (
    CalendarCoverageWarning,
    DayOverride,
    HolidayFileError,
    WorkCalendar,
    load_holiday_file,
)

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "workday"),
    [
        ("2024-02-03", False),  # ordinary Saturday
        ("2024-02-04", True),  # Sunday, swapped working day before 春节
        ("2024-02-08", True),  # Thursday before the holiday
        ("2024-02-10", False),  # 春节 (Saturday)
        ("2024-02-12", False),  # 春节 on a Monday
        ("2024-02-16", False),  # 春节 on a Friday
        ("2024-02-17", False),  # last day of the holiday (Saturday)
        ("2024-02-18", True),  # Sunday, swapped working day after 春节
        ("2024-09-29", True),  # Sunday, swapped for 国庆
        ("2024-10-01", False),  # 国庆节
        ("2024-10-07", False),  # 国庆节 (Monday)
        ("2024-10-12", True),  # Saturday, swapped for 国庆
    ],
)
def test_is_workday_official_calendar(cal: WorkCalendar, day: str, workday: bool) -> None:
    assert cal.is_workday(D(day)) is workday


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2024-02-08", 1, "2024-02-09"),
        ("2024-02-08", 2, "2024-02-18"),  # jumps the whole 春节 holiday onto the working Sunday
        ("2024-02-08", 5, "2024-02-21"),  # Mon-Fri counting would give 2024-02-15
        ("2024-02-09", 1, "2024-02-18"),
        ("2024-02-12", 1, "2024-02-18"),  # trigger on a holiday: still not counted
        ("2024-02-02", 1, "2024-02-04"),  # Friday -> the swapped working Sunday
        ("2024-02-03", 1, "2024-02-04"),  # trigger on a Saturday
        ("2024-09-27", 3, "2024-10-08"),  # 09-29 (Sun), 09-30, then after 国庆 10-08
        ("2024-10-11", 1, "2024-10-12"),  # working Saturday
        ("2024-02-08", 0, "2024-02-08"),
        ("2024-02-21", -5, "2024-02-08"),
        ("2024-02-19", -1, "2024-02-18"),
    ],
)
def test_add_workdays(cal: WorkCalendar, start: str, n: int, expected: str) -> None:
    assert cal.add_workdays(D(start), n) == D(expected)


def test_add_workdays_is_not_monday_to_friday(cal: WorkCalendar) -> None:
    naive = WorkCalendar(overrides=[], use_package=False)
    with pytest.warns(CalendarCoverageWarning):
        assert naive.add_workdays(D("2024-02-08"), 5) == D("2024-02-15")
    assert cal.add_workdays(D("2024-02-08"), 5) == D("2024-02-21")


def test_workdays_between_inverts_add_workdays(cal: WorkCalendar) -> None:
    start = D("2024-01-25")
    for offset in range(0, 40, 3):
        s = start + dt.timedelta(days=offset)
        for n in range(13):
            end = cal.add_workdays(s, n)
            assert cal.workdays_between(s, end) == n
            assert cal.workdays_between(end, s) == -n


@pytest.mark.parametrize(
    ("a", "b", "count"),
    [
        ("2024-02-09", "2024-02-17", 0),  # all of 春节
        ("2024-02-09", "2024-02-18", 1),
        ("2024-02-08", "2024-02-21", 5),
        ("2024-02-08", "2024-02-08", 0),
    ],
)
def test_workdays_between(cal: WorkCalendar, a: str, b: str, count: int) -> None:
    assert cal.workdays_between(D(a), D(b)) == count


@pytest.mark.parametrize(
    ("start", "n", "roll", "expected"),
    [
        ("2024-02-01", 7, True, "2024-02-08"),
        ("2024-02-03", 7, True, "2024-02-18"),  # 02-10 is 春节: rolls to the working Sunday
        ("2024-02-03", 7, False, "2024-02-10"),
        ("2024-09-27", 7, True, "2024-10-08"),
    ],
)
def test_add_calendar_days(
    cal: WorkCalendar, start: str, n: int, roll: bool, expected: str
) -> None:
    assert cal.add_calendar_days(D(start), n, roll_forward=roll) == D(expected)


def test_accepts_datetime_rejects_strings(cal: WorkCalendar) -> None:
    assert cal.is_workday(dt.datetime(2024, 2, 18, 9, 30)) is True
    with pytest.raises(ProgrammingError):
        cal.is_workday("2024-02-18")  # type: ignore[arg-type]


# -- uncovered years ----------------------------------------------------------------


@pytest.mark.parametrize("year", [2003, 2031])
def test_uncovered_year_falls_back_with_warning(year: int) -> None:
    cal = WorkCalendar()
    assert not cal.covers(year)
    day = dt.date(year, 1, 1)
    with pytest.warns(CalendarCoverageWarning, match=str(year)) as record:
        result = cal.is_workday(day)
    assert result is (day.weekday() < 5)  # Monday-Friday, even on New Year's day
    message = str(record[0].message)
    assert "holiday file" in message and "date,kind,name" in message
    # one warning per year and calendar, not one per date
    with warnings.catch_warnings():
        warnings.simplefilter("error", CalendarCoverageWarning)
        assert cal.add_workdays(dt.date(year, 3, 2), 10) > dt.date(year, 3, 2)


def test_uncovered_fallback_counts_monday_to_friday() -> None:
    cal = WorkCalendar()
    with pytest.warns(CalendarCoverageWarning):
        # 2031-01-03 is a Friday: +1 working day is Monday 2031-01-06
        assert cal.add_workdays(D("2031-01-03"), 1) == D("2031-01-06")


def test_covered_year_does_not_warn(cal: WorkCalendar) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", CalendarCoverageWarning)
        cal.add_workdays(D("2025-12-20"), 10)


# -- user holiday files ---------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_yaml_file_covers_a_new_year(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "h2031.yaml",
        "days:\n"
        "  - {date: 2031-01-01, kind: holiday, name: 元旦}\n"
        "  - {date: 2031-01-04, kind: workday, name: 调休上班}\n",
    )
    cal = WorkCalendar(holiday_files=[path])
    assert cal.covers(2031)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CalendarCoverageWarning)
        assert cal.is_workday(D("2031-01-01")) is False  # a Wednesday, made a holiday
        assert cal.is_workday(D("2031-01-04")) is True  # a Saturday, made a working day
        assert cal.add_workdays(D("2030-12-31") + dt.timedelta(days=2), 2) == D("2031-01-04")
    assert cal.day_info(D("2031-01-01")) == DayOverride(
        D("2031-01-01"), "holiday", "元旦", str(path)
    )


def test_user_csv_overrides_package_and_later_file_wins(tmp_path: Path) -> None:
    first = _write(
        tmp_path, "a.csv", "date,kind,name\n2024-03-08,holiday,地方假日\n2024-02-17,workday,\n"
    )
    second = _write(tmp_path, "b.csv", "date,kind,name\n2024-03-08,workday,取消\n")
    only_first = WorkCalendar(holiday_files=[first])
    assert only_first.is_workday(D("2024-03-08")) is False  # Friday made a holiday
    assert only_first.is_workday(D("2024-02-17")) is True  # 春节 day made a working day
    assert only_first.add_workdays(D("2024-02-08"), 2) == D("2024-02-17")
    both = WorkCalendar(holiday_files=[first, second])
    assert both.is_workday(D("2024-03-08")) is True


def test_yaml_plain_list_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, "list.yml", "- {date: 2031-05-01, kind: holiday}\n")
    assert load_holiday_file(path)[0].kind == "holiday"


@pytest.mark.parametrize(
    ("name", "text", "fragments"),
    [
        (
            "bad_kind.csv",
            "date,kind,name\n2031-01-01,off,元旦\n",
            ["bad_kind.csv", "row 2", "'kind'", "holiday"],
        ),
        ("bad_date.csv", "date,kind\n2031-13-01,holiday\n", ["bad_date.csv", "row 2", "'date'"]),
        (
            "no_kind.csv",
            "date,kind\n2031-01-01,holiday\n2031-01-02,\n",
            ["row 3", "'kind'", "missing"],
        ),
        ("no_header.csv", "2031-01-01,holiday\n", ["no_header.csv", "header"]),
        ("bad.yaml", "days:\n  - {date: 2031-01-01}\n", ["bad.yaml", "entry 1", "'kind'"]),
        ("shape.yaml", "days: 3\n", ["shape.yaml", "days"]),
        ("broken.yaml", "days: [\n", ["broken.yaml", "invalid YAML"]),
    ],
)
def test_bad_holiday_file_errors(
    tmp_path: Path, name: str, text: str, fragments: list[str]
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(HolidayFileError) as err:
        WorkCalendar(holiday_files=[path])
    for fragment in fragments:
        assert fragment in str(err.value)


def test_missing_holiday_file(tmp_path: Path) -> None:
    with pytest.raises(HolidayFileError, match="cannot read"):
        WorkCalendar(holiday_files=[tmp_path / "nope.csv"])
