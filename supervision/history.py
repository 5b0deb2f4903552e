"""A clue's or case's history as typed records — what the lifecycle's transitions are pure functions over.

A thread's history is its dated events (ordered by date, then ``seq``) and the referrals that
concern it. Custody changes on four kinds — opening (``violation_found``), transfer
(``case_transferred``), return (``case_returned``) and forward (``case_forwarded``) — and the holder
is the ``TO`` agency of the last of them (the ``BY`` agency for an opening). :mod:`graph.custody`
reads a history from the graph; :mod:`supervision.lifecycle` decides the next step from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

CUSTODY_KINDS = ("violation_found", "case_transferred", "case_returned", "case_forwarded")
KIND_ZH: dict[str, str] = {
    "violation_found": "发现/登记",
    "case_transferred": "移送",
    "case_received": "签收",
    "acceptance_decided": "决定受理",
    "acceptance_reported": "回告受理结果",
    "case_returned": "退回",
    "case_forwarded": "转送",
    "sender_notified": "书面告知移送部门",
    "handling_completed": "处理完毕",
    "outcome_reported": "回告办理结果",
}


@dataclass(frozen=True)
class EventRow:
    id: str
    kind: str
    date: dt.date
    seq: int
    agency_id: str
    to_id: str | None
    reason: str | None
    referrals: tuple[str, ...]
    doc_no: str | None


@dataclass(frozen=True)
class ReferralInfo:
    id: str
    doc_no: str
    from_agency: str
    to_agency: str
    kind: str
    sent: dt.date | None
    materials: tuple[str, ...] = ()
    doc_id: str | None = None


@dataclass
class ReferralState:
    """What has happened to one referral, by event kind -> date (first occurrence)."""

    referral: ReferralInfo
    done: dict[str, dt.date] = field(default_factory=dict)
    forwarded_to: str | None = None

    def has(self, kind: str) -> bool:
        return kind in self.done

    @property
    def decided(self) -> str | None:
        """accepted | returned | forwarded | None (the receiver has not decided yet)."""
        for kind, word in (("acceptance_decided", "accepted"), ("case_returned", "returned"),
                           ("case_forwarded", "forwarded")):
            if kind in self.done:
                return word
        return None


@dataclass(frozen=True)
class Hop:
    """One custody change: ``from_id`` handed the thread to ``to_id`` on ``date``."""

    kind: str
    date: dt.date
    from_id: str | None
    to_id: str
    doc_no: str | None
    reason: str | None


@dataclass
class ThreadHistory:
    id: str
    label: str
    events: list[EventRow]
    referrals: dict[str, ReferralInfo]
    holder_ids: list[str]  # from HOLDS (one, when consistent)
    holder_since: dt.date | None = None
    number: str | None = None

    @property
    def title(self) -> str:
        """How messages name the thread: ``clue SLX-XS-2024-001``."""
        return f"{self.label.lower()} {self.number or self.id}"

    def hops(self) -> list[Hop]:
        out: list[Hop] = []
        current: str | None = None
        for e in self.events:
            if e.kind not in CUSTODY_KINDS:
                continue
            to = e.agency_id if e.kind == "violation_found" else e.to_id
            if to is None:
                continue
            sender = None if e.kind == "violation_found" else (current or e.agency_id)  # a thread made from letters starts with its transfer
            out.append(Hop(e.kind, e.date, sender, to, e.doc_no, e.reason))
            current = to
        return out

    @property
    def derived_holder(self) -> str | None:
        hops = self.hops()
        return hops[-1].to_id if hops else None

    @property
    def holder_id(self) -> str | None:
        return self.holder_ids[0] if len(self.holder_ids) == 1 else None

    @property
    def consistent(self) -> bool:
        return self.holder_ids == ([self.derived_holder] if self.derived_holder else [])

    def referral_state(self, referral_id: str) -> ReferralState:
        state = ReferralState(self.referrals[referral_id])
        for e in self.events:
            if referral_id in e.referrals and e.kind not in state.done:
                state.done[e.kind] = e.date
                if e.kind == "case_forwarded":
                    state.forwarded_to = e.to_id
        return state

    def open_referrals(self) -> list[ReferralState]:
        """Referrals whose receiver has not accepted, returned or forwarded them yet."""
        states = [self.referral_state(r) for r in self.referrals]
        return [s for s in states if s.decided is None]

    @property
    def next_seq(self) -> int:
        return max((e.seq for e in self.events), default=-1) + 1


