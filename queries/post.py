"""Small Python steps run on a saved query's result, declared in the YAML with ``post: <name>``.

Each takes ``(graph, result, bound_params)`` and returns a :class:`queries.result.Result`. Only the
names in :data:`POST_STEPS` can be named from YAML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from graph.connection import Graph
from graph.errors import QueryError
from queries.result import Result

POST_STEPS = ("chain_text", "overdue")


def _arrow(step: dict[str, Any], left: str) -> str:
    label = step.get("type", "?")
    extra = step.get("relation") or step.get("role")
    if step.get("share") is not None:
        extra = f"{extra + ' ' if extra else ''}{float(step['share']):.0%}"
    inner = f"{label} {extra}" if extra else label
    return f" -[{inner}]-> " if step.get("from") == left else f" <-[{inner}]- "


def chain_text(graph: Graph | None, result: Result, params: dict[str, Any]) -> Result:
    """Add ``chain``: the path as one readable line, 王某 -[FAMILY spouse]-> 李某 -[SHAREHOLDER_OF 60%]-> 甲公司."""
    for row in result.rows:
        nodes = row.get("nodes") or []
        steps = row.get("steps") or []
        if not nodes:
            row["chain"] = ""
            continue
        text = str(nodes[0].get("name"))
        for i, step in enumerate(steps):
            text += _arrow(step, nodes[i].get("id")) + str(nodes[i + 1].get("name"))
        row["chain"] = text
    if "chain" not in result.columns:
        result.columns.insert(1 if result.columns else 0, "chain")
    return result


# -------------------------------------------------------------------------------------- overdue
_CALENDAR: Any = None


def _calendar() -> Any:
    """One PRC working-day calendar per process, remembering each day it has looked up.

    Counting how many working days a year-old obligation is overdue looks up every day in
    between; remembered, that costs microseconds instead of milliseconds per obligation.
    """
    global _CALENDAR
    if _CALENDAR is None:
        from graph.rules.workdays import WorkCalendar

        class MemoCalendar(WorkCalendar):
            def __init__(self) -> None:
                super().__init__()
                self._memo: dict[dt.date, bool] = {}

            def is_workday(self, d: dt.date) -> bool:
                hit = self._memo.get(d)
                if hit is None:
                    hit = self._memo[d] = super().is_workday(d)
                return hit

        _CALENDAR = MemoCalendar()
    return _CALENDAR


OVERDUE_COLUMNS = [
    "state", "agency", "rule", "rule_zh", "subject", "counterpart", "thread_id", "trigger", "trigger_date", "due",
    "due_is_default", "overdue_by", "working_days_left", "note", "clause", "warning",
]


def overdue(graph: Graph | None, result: Result, params: dict[str, Any]) -> Result:
    """Deadline states of what one agency owes, with :mod:`graph.overdue`'s obligation rules.

    The saved query reads, from the agency outwards (index-friendly), the referrals and assistance
    letters sent to it, the complaints lodged with it and the threads it found; the obligations and
    their states are graph/overdue.py's, so the answer equals ``deadline_rows(agency_id=…)``.
    """
    from graph import overdue as od
    from graph.custody import agency_names

    agency_id = result.rows[0]["agency_id"] if result.rows else params.get("agency_id")
    extra = od.mechanism_obligations(graph, agency_id) if graph is not None and agency_id else []
    if not result.rows and not extra:
        return Result(list(OVERDUE_COLUMNS), [], notes=["no agency with that id"])
    makers = {
        "referral": od.referral_obligations,
        "assistance": od.assistance_obligations,
        "complaint": lambda r: od.complaint_obligations({**r, "lodged_with": r["to_agency"], "lodged": r["sent"]}),
        "thread": od.thread_obligations,
    }
    obligations = [o for r in result.rows if r.get("what") for o in makers[r["what"]](r) if o.agency == agency_id]
    obligations += extra  # penalties, inspections, meetings and decisions: graph/overdue.py reads them by agency
    names = agency_names(graph, [o.agency for o in obligations] + [o.counterpart for o in obligations if o.counterpart]) \
        if graph is not None and obligations else {}
    rows = od.rows_of(obligations, names, today=params.get("as_of") or dt.date.today(), cal=_calendar(),
                      within=params.get("soon_within"), promptly_default=params.get("promptly_days"),
                      include_pending=bool(params.get("include_pending")))
    out: list[dict[str, Any]] = [{
        "state": r.state.value, "agency": r.agency_name, "rule": r.rule_id, "rule_zh": r.rule_zh, "subject": r.subject,
        "counterpart": r.counterpart, "thread_id": r.thread_id, "trigger": r.trigger, "trigger_date": r.trigger_date,
        "due": r.due, "due_is_default": r.due_is_default, "overdue_by": r.overdue_by,
        "working_days_left": r.working_days_left, "note": r.note or None, "clause": r.clause,
        "warning": r.warn_on if r.warning else None,
    } for r in rows]
    out.sort(key=lambda r: (r["state"] != "overdue", -(r["overdue_by"] or 0), r["due"] or dt.date.max,
                            str(r["subject"])))
    return Result(list(OVERDUE_COLUMNS), out)


def step(name: str, where: str = "") -> Callable[[Graph | None, Result, dict[str, Any]], Result]:
    """The post step ``name`` of :data:`POST_STEPS` (a query file names it with ``post:``)."""
    fn = globals().get(name)
    if fn is None or name.startswith("_") or name not in POST_STEPS:
        raise QueryError(f"{where}: post step {name!r} is not in queries/post.py POST_STEPS")
    return fn  # type: ignore[no-any-return]
