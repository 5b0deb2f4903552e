"""Pure rules of linked supervision (issue 3): no database code.

* :mod:`graph.rules.workdays`  — PRC working-day calendar (``WorkCalendar``)
* :mod:`graph.rules.deadlines` — deadline rules from ``deadlines.yaml``
* :mod:`graph.rules.agencies`  — agency directory from ``reference/agencies.yaml``
* :mod:`graph.rules.routing`   — violation taxonomy and routing from ``routing.yaml``
* :mod:`graph.rules.ids`       — ``make_id`` for stable ids from business keys
"""

from __future__ import annotations

from graph.rules.agencies import Agency, AgencyDirectory, Mechanism, ReferenceDataError
from graph.rules.deadlines import DeadlineState, DeadlineStatus, deadline_status, due_date
from graph.rules.ids import lookup_key, make_id
from graph.rules.routing import RoutingDecision, UnknownViolationError, route
from graph.rules.workdays import CalendarCoverageWarning, HolidayFileError, WorkCalendar

__all__ = [
    "Agency",
    "AgencyDirectory",
    "CalendarCoverageWarning",
    "DeadlineState",
    "DeadlineStatus",
    "HolidayFileError",
    "Mechanism",
    "ReferenceDataError",
    "RoutingDecision",
    "UnknownViolationError",
    "WorkCalendar",
    "deadline_status",
    "due_date",
    "lookup_key",
    "make_id",
    "route",
]
