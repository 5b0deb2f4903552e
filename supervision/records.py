"""The records of a thread derived from letters: the thread, its events and its deadlines.

:func:`supervision.threads.derive` fills them; :mod:`graph.threads` stores them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from supervision.acts import ANSWERS, ASSIST_ACTS, COMPLAINT_ACTS, EVENT_ORDER, LetterAct


@dataclass(frozen=True)
class ThreadEvent:
    file: str
    event: str                  # export event name (supervision.acts.EVENTS)
    from_agency: str | None
    to_agency: str | None
    date: dt.date
    reason: str | None = None
    reported: bool = False      # an act the letter reports (dated as written), not one it performs

    def sort_key(self) -> tuple[dt.date, int, str]:
        return (self.date, EVENT_ORDER.get(self.event, 99), self.file)


@dataclass(frozen=True)
class Deadline:
    for_file: str
    rule: str
    owner: str | None           # the agency that owes it
    anchor: dt.date | None
    due: dt.date | None
    done: dt.date | None
    done_file: str | None = None

    def status(self, as_of: dt.date | None) -> str:
        if self.anchor is None or self.due is None:
            return "not_assessable"
        if self.done is not None:
            return "met" if self.done <= self.due else "missed"
        if as_of is None or as_of <= self.due:
            return "open"
        return "overdue"


@dataclass
class Thread:
    letters: list[LetterAct]
    review: list[str] = field(default_factory=list)        # why a letter could not be placed
    candidates: list[str] = field(default_factory=list)    # files of the threads it might belong to
    events: list[ThreadEvent] = field(default_factory=list)
    holder: str | None = None
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        return [a.file for a in self.letters]

    @property
    def root(self) -> LetterAct:
        return self.letters[0]

    @property
    def number(self) -> str:
        """The thread's own number: its opening letter's number (else its first letter's, else its file)."""
        for a in self.letters:
            if a.doc_no and a.kind not in ANSWERS:
                return a.doc_no
        for a in self.letters:
            if a.doc_no:
                return a.doc_no
        return self.root.file

    @property
    def matter(self) -> str:
        kinds = {a.kind for a in self.letters}
        if kinds & ASSIST_ACTS:
            return "assistance"
        if kinds & COMPLAINT_ACTS:
            return "complaint"
        if kinds <= {"penalty"}:
            return "penalty"
        if any(a.matter == "clue" for a in self.letters):
            return "clue"
        return "case"
