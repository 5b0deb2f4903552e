"""PRC working-day calendar (法定工作日), with the State Council's swapped working weekends.

Source of truth, in order:

1. user holiday files passed to :class:`WorkCalendar` (later files win over earlier ones);
2. the ``chinesecalendar`` package (国务院办公厅 holiday notices, incl. 调休 weekends);
3. for a year neither covers: Monday–Friday, with a :class:`CalendarCoverageWarning`.

A year counts as covered by the user files as soon as one of them has an entry in that
year, so the way to cover e.g. 2027 before ``chinesecalendar`` ships it is a file listing
that year's holidays and swapped working days.

Holiday file format (YAML or CSV, UTF-8), one entry per day:

* CSV with a header row ``date,kind,name`` (``name`` optional)::

      date,kind,name
      2027-02-06,holiday,春节
      2027-02-14,workday,春节调休上班

* YAML: a list of mappings, or a mapping with key ``days`` holding that list::

      days:
        - {date: 2027-02-06, kind: holiday, name: 春节}
        - {date: 2027-02-14, kind: workday, name: 春节调休上班}

``kind`` is ``holiday`` (a day off, even on a weekday) or ``workday`` (a working day,
even on a weekend). ``date`` is ISO ``YYYY-MM-DD``.

Counting convention (see :meth:`WorkCalendar.add_workdays`): the day of the triggering
event is day 0 and is never counted; the period runs from the next working day.
"""

from __future__ import annotations

import csv
import datetime as dt
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ProgrammingError, RulesFileError
from graph.types import dates

__all__ = [
    "CalendarCoverageWarning",
    "DayOverride",
    "HolidayFileError",
    "WorkCalendar",
    "load_holiday_file",
]

HOLIDAY_KINDS = ("holiday", "workday")


class CalendarCoverageWarning(UserWarning):
    """A date falls in a year for which no official holiday data is available."""


class HolidayFileError(RulesFileError):
    """A user holiday file is malformed; the message names file, entry and field."""


@dataclass(frozen=True)
class DayOverride:
    """One day of a user holiday file."""

    date: dt.date
    kind: str  # "holiday" | "workday"
    name: str = ""
    source: str = ""


def _official_range() -> tuple[int, int] | None:
    try:
        from chinese_calendar import constants
    except ImportError:  # pragma: no cover - dependency is declared in pyproject
        return None
    return min(constants.holidays).year, max(constants.holidays).year


def _parse_date(value: Any, where: str) -> dt.date:
    day = dates.parse(value)
    if day is None:
        raise HolidayFileError(f"{where}: field 'date': not a date like 2024-10-01: {value!r}")
    return day


def _make_override(raw: Any, where: str, source: str) -> DayOverride:
    if not isinstance(raw, dict):
        raise HolidayFileError(f"{where}: expected a mapping with date, kind, name; got {raw!r}")
    for field in ("date", "kind"):
        if raw.get(field) in (None, ""):
            raise HolidayFileError(f"{where}: field '{field}' is missing")
    kind = str(raw["kind"]).strip().lower()
    if kind not in HOLIDAY_KINDS:
        raise HolidayFileError(
            f"{where}: field 'kind': {raw['kind']!r} is not one of {', '.join(HOLIDAY_KINDS)}"
        )
    name = "" if raw.get("name") is None else str(raw["name"]).strip()
    return DayOverride(_parse_date(raw["date"], where), kind, name, source)


def load_holiday_file(path: str | Path) -> list[DayOverride]:
    """Read a YAML (``.yaml``/``.yml``) or CSV (anything else) holiday file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise HolidayFileError(f"{path}: cannot read holiday file: {exc}") from exc
    out: list[DayOverride] = []
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise HolidayFileError(f"{path}: invalid YAML: {exc}") from exc
        if isinstance(data, dict):
            data = data.get("days")
        if not isinstance(data, list):
            raise HolidayFileError(f"{path}: expected a list of days or a mapping with key 'days'")
        for i, raw in enumerate(data):
            out.append(_make_override(raw, f"{path}: entry {i + 1}", str(path)))
    else:
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or not {"date", "kind"} <= {f.strip() for f in reader.fieldnames}:
            raise HolidayFileError(f"{path}: CSV header must contain date,kind[,name]")
        for row_no, row in enumerate(reader, start=2):  # row 1 is the header
            clean = {(k or "").strip(): v for k, v in row.items()}
            out.append(_make_override(clean, f"{path}: row {row_no}", str(path)))
    return out


class WorkCalendar:
    """PRC working days; inject extra holiday files through the constructor.

    ``WorkCalendar(holiday_files=["local_2027.yaml"])`` — entries in these files override
    the package data (e.g. a local holiday, or a year the package does not cover yet).
    ``use_package=False`` ignores ``chinesecalendar`` (for tests or other jurisdictions).
    """

    def __init__(
        self,
        holiday_files: Iterable[str | Path] = (),
        *,
        overrides: Iterable[DayOverride] = (),
        use_package: bool = True,
    ) -> None:
        self._overrides: dict[dt.date, DayOverride] = {}
        for path in holiday_files:
            for day in load_holiday_file(path):
                self._overrides[day.date] = day
        for day in overrides:
            if day.kind not in HOLIDAY_KINDS:
                raise HolidayFileError(f"override {day}: kind must be one of {HOLIDAY_KINDS}")
            self._overrides[day.date] = day
        self._user_years = {d.year for d in self._overrides}
        self._official = _official_range() if use_package else None
        self._warned: set[int] = set()

    # -- coverage -----------------------------------------------------------------
    def covers(self, year: int) -> bool:
        """True if the package or a user file has data for ``year``."""
        if year in self._user_years:
            return True
        return self._official is not None and self._official[0] <= year <= self._official[1]

    def _warn_uncovered(self, year: int) -> None:
        if year in self._warned:
            return
        self._warned.add(year)
        rng = f"{self._official[0]}–{self._official[1]}" if self._official else "none (disabled)"
        warnings.warn(
            f"year {year} is not covered by the official holiday calendar "
            f"(chinesecalendar covers {rng}); counting Monday–Friday as working days for {year}. "
            f"To fix, supply a holiday file: WorkCalendar(holiday_files=['holidays_{year}.csv']) "
            f"with columns date,kind,name (kind = holiday|workday), listing {year}'s public "
            f"holidays and swapped working weekends, or upgrade chinesecalendar.",
            CalendarCoverageWarning,
            stacklevel=3,
        )

    # -- queries ------------------------------------------------------------------
    def day_info(self, d: dt.date) -> DayOverride | None:
        """The user-file entry for ``d``, if any."""
        return self._overrides.get(_as_date(d))

    def is_workday(self, d: dt.date) -> bool:
        """Is ``d`` a working day (工作日)?"""
        d = _as_date(d)
        override = self._overrides.get(d)
        if override is not None:
            return override.kind == "workday"
        if self._official and self._official[0] <= d.year <= self._official[1]:
            import chinese_calendar

            return bool(chinese_calendar.is_workday(d))
        if d.year not in self._user_years:
            self._warn_uncovered(d.year)
        return d.weekday() < 5

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``start`` (before it if ``n`` < 0).

        Convention: the day of the triggering event (``start``) is never counted, whatever
        kind of day it is; day 1 is the first working day after it. So a transfer due
        "5 个工作日内" from a receipt on Thursday 2024-02-08 is due on 2024-02-21: Fri 02-09,
        then 春节 02-10…02-17, then the swapped working Sunday 02-18, 02-19, 02-20, 02-21.
        Reason: PRC law computes periods this way — 民法典 第二百零一条 ("开始的当日不计入,
        自下一日开始计算") — and the seeds' "自…之日起N个工作日内" / "收到…后N个工作日内"
        follow that rule; counting the event day would shorten every period by one day
        when the event happens on a working day. ``n == 0`` returns ``start`` unchanged.
        """
        start = _as_date(start)
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        d = start
        while remaining:
            d += dt.timedelta(days=step)
            if self.is_workday(d):
                remaining -= 1
        return d

    def workdays_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in the half-open interval (a, b]; negative if ``b`` < ``a``.

        Consistent with :meth:`add_workdays`:
        ``workdays_between(a, add_workdays(a, n)) == n`` for every ``n``.
        """
        a, b = _as_date(a), _as_date(b)
        if b < a:
            return -self.workdays_between(b, a)
        count = 0
        d = a
        while d < b:
            d += dt.timedelta(days=1)
            if self.is_workday(d):
                count += 1
        return count

    def add_calendar_days(self, start: dt.date, n: int, *, roll_forward: bool = True) -> dt.date:
        """``start + n`` calendar days (自然日); the start day is not counted.

        With ``roll_forward`` (default), a period whose last day is not a working day ends
        on the next working day — 民法典 第二百零三条 ("期间的最后一日是法定休假日的,
        以法定休假日结束的次日为期间的最后一日").
        """
        d = _as_date(start) + dt.timedelta(days=n)
        if roll_forward and n > 0:
            while not self.is_workday(d):
                d += dt.timedelta(days=1)
        return d


def _as_date(d: dt.date) -> dt.date:
    if isinstance(d, dt.datetime):
        return d.date()
    if isinstance(d, dt.date):
        return d
    raise ProgrammingError(f"expected datetime.date, got {type(d).__name__}: {d!r}")
