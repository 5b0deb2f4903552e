"""Threads from letters: grouping, events, custody and deadlines — pure functions of a set of letters.

>>> threads = derive(acts, as_of=date(2026, 3, 31))     # doctest: +SKIP
>>> threads[0].holder, [e.event for e in threads[0].events], threads[0].deadlines[0].status

Everything here depends only on the *set* of letters (sorted before use), never on the order in
which they arrived, so ingesting letters in any order or batching gives the same threads.

:func:`derive` runs the steps, each in a module of its own:

* **grouping** — :func:`supervision.grouping.group` (letters → threads, by the numbers they carry
  and cite, the referral a follow-up answers, a shared project or company) after
  :func:`supervision.grouping.unify_agencies` (one name per agency);
* **events and custody** — :func:`supervision.events.events_of`, :func:`supervision.events.custody`;
* **deadlines** — :func:`supervision.deadlines.deadlines_of`;

following ``eval/threads/GOLD.md`` (the seeds' 003 第十一条–第十七条). The records
(:class:`Thread`, :class:`ThreadEvent`, :class:`Deadline`) are in :mod:`supervision.records` and
re-exported here with the steps, so ``from supervision.threads import …`` keeps working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from graph.rules.workdays import WorkCalendar
from supervision.acts import ANSWERS, ASSIST_ANSWERS, LetterAct
from supervision.deadlines import deadlines_of
from supervision.events import custody, events_of
from supervision.grouping import answered, group, unify_agencies
from supervision.records import Deadline, Thread, ThreadEvent

__all__ = ["Deadline", "Thread", "ThreadEvent", "custody", "deadlines_of", "derive", "events_of", "export",
           "group", "unify_agencies"]


def _complete(t: Thread) -> None:
    """An answer that names no addressee (a bare 回执) answers the referral to its issuer: the sender."""
    out = []
    for a in t.letters:
        if a.addressee is None and (a.kind in ANSWERS or a.kind in ASSIST_ANSWERS) and a.issuer:
            referrals = answered(a, t.letters)
            if referrals:
                a = replace(a, addressee=referrals[-1].issuer)
        out.append(a)
    t.letters = out


def derive(acts: Iterable[LetterAct], *, calendar: WorkCalendar | None = None,
           placements: dict[str, str] | None = None) -> list[Thread]:
    """Group letters and fill each thread's events, holder and deadlines."""
    cal = calendar or WorkCalendar()
    threads = group(unify_agencies(list(acts)), placements)
    for t in threads:
        _complete(t)
        t.events = sorted((e for a in t.letters for e in events_of(a)), key=ThreadEvent.sort_key)
        t.holder = custody(t)
        t.deadlines = deadlines_of(t, cal)
    return threads


def export(threads: list[Thread], *, as_of: dt.date | None, ids: dict[str, str] | None = None) -> dict[str, Any]:
    """The threads in the format of ``../shared/eval/threads/README.md`` (statuses judged on ``as_of``)."""
    def iso(d: dt.date | None) -> str | None:
        return d.isoformat() if d else None

    rows = []
    for t in threads:
        rows.append({
            "id": (ids or {}).get(t.number, t.number), "number": t.number, "matter": t.matter,
            "files": t.files, "holder": t.holder,
            "events": [{"file": e.file, "event": e.event, "from_agency": e.from_agency, "to_agency": e.to_agency,
                        "date": iso(e.date)} for e in t.events],
            "deadlines": [{"for_file": d.for_file, "rule": d.rule, "anchor": iso(d.anchor), "due": iso(d.due),
                           "done": iso(d.done), "status": d.status(as_of), "owner": d.owner}
                          for d in t.deadlines],
            **({"review": t.review, "candidates": t.candidates} if t.review else {}),
        })
    return {"as_of": iso(as_of), "threads": rows}
