"""Deadline rules (期限) of linked supervision, loaded from ``deadlines.yaml``.

>>> import datetime
>>> from graph.rules.deadlines import due_date
>>> from graph.rules.workdays import WorkCalendar
>>> due_date("transfer_case", datetime.date(2024, 2, 8), WorkCalendar())
datetime.date(2024, 2, 21)

Counting follows :meth:`graph.rules.workdays.WorkCalendar.add_workdays`: the trigger day is
day 0, the period starts the next working day; the due date itself is still on time.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ProgrammingError, RulesFileError
from graph.rules.workdays import WorkCalendar

__all__ = [
    "DEFAULT_RULES_PATH",
    "DeadlineRule",
    "DeadlineRules",
    "DeadlineState",
    "DeadlineStatus",
    "UnknownRuleError",
    "deadline_status",
    "due_date",
    "load_rules",
]

DEFAULT_RULES_PATH = Path(__file__).with_name("deadlines.yaml")
UNITS = ("working_days", "calendar_days", "promptly", "before_deadline")


class UnknownRuleError(ProgrammingError):
    """No deadline rule with this id (the ids come from the code that derives deadlines)."""


@dataclass(frozen=True)
class DeadlineRule:
    id: str
    trigger: tuple[str, ...]
    completes: tuple[str, ...]
    n: int | None
    unit: str
    seed: str | None
    clause: str
    quote: str
    zh: str
    en: str
    of: str | None = None  # before_deadline: the rule whose due date is warned about
    notes: str = ""
    in_domain_table: bool = False

    @property
    def is_promptly(self) -> bool:
        return self.unit == "promptly"


class DeadlineState(str, enum.Enum):
    ON_TIME = "on_time"  # done by the due date (or "promptly" rule done, no default)
    OVERDUE = "overdue"  # past due: not done, or done late (see ``completed``)
    DUE_SOON = "due_soon"  # not done, due within ``soon_within`` working days
    PENDING = "pending"  # not done, not yet due soon (or no due date)


@dataclass(frozen=True)
class DeadlineStatus:
    rule_id: str
    state: DeadlineState
    completed: bool
    trigger_date: dt.date
    due: dt.date | None
    due_is_default: bool  # due comes from promptly_default, not from the rule text
    working_days_left: int | None  # not done and not overdue: working days in (today, due]
    overdue_by: int | None  # working days past due (to done_date, or to today)
    clause: str
    quote: str


def _rule_from_raw(raw: Any, where: str) -> DeadlineRule:
    if not isinstance(raw, dict):
        raise RulesFileError(f"{where}: expected a mapping, got {raw!r}")
    for field in ("id", "trigger", "completes", "period", "clause", "quote", "zh", "en"):
        if raw.get(field) in (None, "", []):
            raise RulesFileError(f"{where}: field {field!r} is missing")
    period = raw["period"]
    unit = period.get("unit") if isinstance(period, dict) else None
    if unit not in UNITS:
        raise RulesFileError(f"{where}: field 'period.unit': {unit!r} not one of {UNITS}")
    n = period.get("n")
    if unit != "promptly" and not (isinstance(n, int) and n >= 0):
        raise RulesFileError(f"{where}: field 'period.n': a non-negative integer is required")
    if unit == "before_deadline" and not period.get("of"):
        raise RulesFileError(f"{where}: field 'period.of': before_deadline needs the target rule")

    def _tuple(v: Any) -> tuple[str, ...]:
        return tuple(v) if isinstance(v, list) else (str(v),)

    return DeadlineRule(
        id=str(raw["id"]),
        trigger=_tuple(raw["trigger"]),
        completes=_tuple(raw["completes"]),
        n=n if unit != "promptly" else None,
        unit=unit,
        seed=None if raw.get("seed") is None else str(raw["seed"]),
        clause=str(raw["clause"]),
        quote=str(raw["quote"]),
        zh=str(raw["zh"]),
        en=str(raw["en"]),
        of=period.get("of"),
        notes=str(raw.get("notes") or ""),
        in_domain_table=bool(raw.get("in_domain_table", False)),
    )


class DeadlineRules:
    """The set of rules of one YAML file, by id."""

    def __init__(self, rules: list[DeadlineRule], event_kinds: dict[str, str]) -> None:
        self.rules: dict[str, DeadlineRule] = {}
        for r in rules:
            if r.id in self.rules:
                raise RulesFileError(f"duplicate deadline rule id {r.id!r}")
            self.rules[r.id] = r
        self.event_kinds = dict(event_kinds)
        for r in rules:
            if r.of is not None and r.of not in self.rules:
                raise RulesFileError(f"rule {r.id!r}: period.of names unknown rule {r.of!r}")
            if self.event_kinds:
                unknown = [e for e in r.trigger + r.completes if e not in self.event_kinds]
                if unknown:
                    raise RulesFileError(f"rule {r.id!r}: unknown event kind(s) {unknown}")

    @classmethod
    def load(cls, path: str | Path = DEFAULT_RULES_PATH) -> DeadlineRules:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        raws = data.get("rules") if isinstance(data, dict) else None
        if not isinstance(raws, list):
            raise RulesFileError(f"{path}: expected a list under 'rules'")
        rules = [_rule_from_raw(r, f"{path}: rules[{i}]") for i, r in enumerate(raws)]
        return cls(rules, data.get("event_kinds") or {})

    def get(self, rule_id: str) -> DeadlineRule:
        try:
            return self.rules[rule_id]
        except KeyError:
            known = ", ".join(sorted(self.rules))
            raise UnknownRuleError(f"unknown deadline rule {rule_id!r}; known: {known}") from None

    def for_trigger(self, event_kind: str) -> list[DeadlineRule]:
        """Rules started by an event of this kind."""
        return [r for r in self.rules.values() if event_kind in r.trigger]

    def due_date(
        self,
        rule_id: str,
        trigger_date: dt.date,
        calendar: WorkCalendar,
        *,
        promptly_default: int | None = None,
    ) -> dt.date | None:
        """Last day on which the rule is met; None for a "promptly" rule without default.

        ``promptly_default`` = n working days to use for "promptly" (及时) rules.
        """
        rule = self.get(rule_id)
        if rule.unit == "promptly":
            if promptly_default is None:
                return None
            return calendar.add_workdays(trigger_date, promptly_default)
        if rule.n is None:
            raise RulesFileError(f"deadline rule {rule.id!r}: field 'period.n' is missing")
        if rule.unit == "working_days":
            return calendar.add_workdays(trigger_date, rule.n)
        if rule.unit == "calendar_days":
            return calendar.add_calendar_days(trigger_date, rule.n)
        # before_deadline: n working days before the target rule's due date
        if rule.of is None:
            raise RulesFileError(f"deadline rule {rule.id!r}: field 'period.of': before_deadline needs the target rule")
        target = self.due_date(rule.of, trigger_date, calendar, promptly_default=promptly_default)
        if target is None:
            return None
        return calendar.add_workdays(target, -rule.n)

    def status(
        self,
        rule_id: str,
        trigger_date: dt.date,
        done_date: dt.date | None,
        today: dt.date,
        calendar: WorkCalendar,
        *,
        soon_within: int = 2,
        promptly_default: int | None = None,
    ) -> DeadlineStatus:
        rule = self.get(rule_id)
        due = self.due_date(rule_id, trigger_date, calendar, promptly_default=promptly_default)
        is_default = rule.is_promptly and due is not None
        left: int | None = None
        overdue_by: int | None = None
        if done_date is not None:
            if due is None or done_date <= due:
                state = DeadlineState.ON_TIME
            else:
                state = DeadlineState.OVERDUE
                overdue_by = calendar.workdays_between(due, done_date)
        elif due is None:
            state = DeadlineState.PENDING
        elif today > due:
            state = DeadlineState.OVERDUE
            overdue_by = calendar.workdays_between(due, today)
        else:
            left = calendar.workdays_between(today, due)
            state = DeadlineState.DUE_SOON if left <= soon_within else DeadlineState.PENDING
        return DeadlineStatus(
            rule_id=rule.id,
            state=state,
            completed=done_date is not None,
            trigger_date=trigger_date,
            due=due,
            due_is_default=is_default,
            working_days_left=left,
            overdue_by=overdue_by,
            clause=rule.clause,
            quote=rule.quote,
        )


@lru_cache(maxsize=1)
def load_rules() -> DeadlineRules:
    """The packaged rules (cached)."""
    return DeadlineRules.load(DEFAULT_RULES_PATH)


def due_date(
    rule_id: str,
    trigger_date: dt.date,
    calendar: WorkCalendar | None = None,
    *,
    promptly_default: int | None = None,
) -> dt.date | None:
    """Due date of a packaged rule; see :meth:`DeadlineRules.due_date`."""
    return load_rules().due_date(
        rule_id, trigger_date, calendar or WorkCalendar(), promptly_default=promptly_default
    )


def deadline_status(
    rule_id: str,
    trigger_date: dt.date,
    done_date: dt.date | None,
    today: dt.date,
    calendar: WorkCalendar | None = None,
    *,
    soon_within: int = 2,
    promptly_default: int | None = None,
) -> DeadlineStatus:
    """Status of a packaged rule on ``today``.

    * done on or before the due date (or a "promptly" rule done) -> ``on_time``;
    * done after it -> ``overdue`` with ``completed=True`` and ``overdue_by`` working days;
    * not done and past due -> ``overdue`` with ``overdue_by`` working days up to today;
    * not done, ``working_days_left`` <= ``soon_within`` -> ``due_soon`` (0 = due today);
    * otherwise ``pending`` (also a "promptly" rule without ``promptly_default``).
    """
    return load_rules().status(
        rule_id,
        trigger_date,
        done_date,
        today,
        calendar or WorkCalendar(),
        soon_within=soon_within,
        promptly_default=promptly_default,
    )
