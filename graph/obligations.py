"""The record of one open obligation — who owes what, about which subject, since when — that every
source of obligations yields (letters' deadlines, structured referrals, penalties, meetings) and
:mod:`graph.overdue` reads as one list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Obligation:
    rule_id: str
    agency: str
    subject_id: str
    subject: str
    counterpart: str | None
    thread_id: str | None
    trigger: str
    trigger_date: dt.date
    note: str = ""
    # obligations whose due date the record itself sets (a meeting's rhythm period, a decision's
    # due date) carry it, with the clause and description of what set it
    due: dt.date | None = None
    clause: str = ""
    zh: str = ""
