"""The structured lifecycle's transitions as pure functions over a thread's history.

Each function takes a :class:`supervision.history.ThreadHistory` (and what the step says) and
returns either a :class:`Transition` — the events to add, the referral a transfer or forward
makes, where custody goes — or a :class:`Refused` with the reason a clerk reads. Nothing here
touches the graph: :mod:`graph.lifecycle` reads the history, calls these, and writes the
transition's records through :mod:`graph.threads` in one transaction.

Rules (003 第十三条–第十五条): a transfer lists its materials and is made by the holder, who must
first have decided on any referral it received; only a received referral can be accepted,
returned (with written reasons) or forwarded (naming the new holder, at another level); nothing
returned or forwarded can be accepted; reports follow what they report on; dates never go
backwards. Repeating the last step with the same values changes nothing (:attr:`Transition.existing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from graph.rules.deadlines import load_rules
from supervision.history import KIND_ZH, ReferralState, ThreadHistory


@dataclass(frozen=True)
class Letter:
    """The document a step rests on. Without ``document_id`` the letter is registered by number
    (a ``Document`` with ``status: registered`` whose ``sha256`` hashes issuer and number); with it,
    the step points at that ingested ``Document``."""

    doc_no: str
    kind: str = ""
    title: str = ""
    document_id: str | None = None


@dataclass(frozen=True)
class Agency:
    """What a step needs to know of an agency: its name (for messages) and level (for forwards)."""

    name: str
    level: str | None = None


@dataclass(frozen=True)
class LetterOf:
    """A letter as issued by ``issuer`` on ``on`` (the graph registers it, or points at its Document)."""

    letter: Letter
    issuer: str
    on: dt.date


@dataclass(frozen=True)
class NewEvent:
    kind: str
    on: dt.date
    by: str
    seq: int
    to: str | None = None
    reason: str | None = None
    doc: LetterOf | str | None = None        # a letter to register, or the id of a stored Document
    owners: tuple[str, ...] = ()             # besides the thread (a referral, …)


@dataclass(frozen=True)
class NewReferral:
    doc_no: str
    from_agency: str
    to_agency: str
    kind: str                                # transfer | forward
    sent: dt.date
    letter: LetterOf
    materials: tuple[str, ...] = ()
    channel: str | None = None


@dataclass(frozen=True)
class Transition:
    """What a step adds to a thread's history. ``existing`` set: the step repeats what is recorded
    (that id is the answer) and nothing is written."""

    thread: str
    events: tuple[NewEvent, ...] = ()
    referral: NewReferral | None = None
    holder: tuple[str, dt.date] | None = None   # custody moves to (agency, since)
    evidence: LetterOf | None = None            # the letter a new thread rests on
    existing: str | None = None


@dataclass(frozen=True)
class Refused:
    """The step is not allowed; ``reason`` says why and what to do instead (one line)."""

    reason: str


class _No(Exception):
    """Internal: a check failed (turned into :class:`Refused` at each public function's edge)."""


ReferralId = Callable[[str, str, str], str]   # (doc_no, from agency, to agency) -> Referral id


def rules_for(kind: str) -> str | None:
    """The deadline rules an event kind starts or completes (for ``Event.rule``)."""
    ids = [r.id for r in load_rules().rules.values() if kind in r.trigger or kind in r.completes]
    return ",".join(ids) or None


# ------------------------------------------------------------------------------ helpers
class _Names:
    def __init__(self, agencies: Mapping[str, Agency]) -> None:
        self.agencies = agencies

    def __call__(self, agency_id: str | None) -> str:
        if not agency_id:
            return "-"
        a = self.agencies.get(agency_id)
        return a.name if a else agency_id

    def need(self, agency_id: str, role: str) -> Agency:
        a = self.agencies.get(agency_id)
        if a is None:
            raise _No(f"the {role} {agency_id!r} is not an agency in the graph — load the reference data "
                      "(`liandong reference load`) or use an agency id from it")
        return a


def _not_before(hist: ThreadHistory, on: dt.date, what: str) -> None:
    if hist.events and on < hist.events[-1].date:
        last = hist.events[-1]
        raise _No(f"{what} on {on} would come before the thread's last step "
                  f"({KIND_ZH.get(last.kind, last.kind)} on {last.date}) — check the date")


def _repeat(hist: ThreadHistory, kind: str, on: dt.date, by: str) -> bool:
    """True when the thread's last event is exactly this step (re-running changes nothing)."""
    return bool(hist.events) and (hist.events[-1].kind, hist.events[-1].date, hist.events[-1].agency_id) == (kind, on, by)


def _ref_name(name: _Names, ref: ReferralState) -> str:
    r = ref.referral
    return f"referral {r.doc_no} ({name(r.from_agency)} → {name(r.to_agency)})"


def _need_undecided(name: _Names, ref: ReferralState, action: str) -> None:
    r = ref.referral
    if not ref.has("case_received"):
        raise _No(f"cannot {action} {_ref_name(name, ref)}: its receipt is not recorded — record the receipt first")
    decided = ref.decided
    if decided == "returned":
        raise _No(f"cannot {action} {_ref_name(name, ref)}: {name(r.to_agency)} returned it to "
                  f"{name(r.from_agency)} on {ref.done['case_returned']} — a returned referral is closed; "
                  "the sender must transfer it again")
    if decided == "forwarded":
        raise _No(f"cannot {action} {_ref_name(name, ref)}: it was forwarded to {name(ref.forwarded_to)} "
                  f"on {ref.done['case_forwarded']} — act on the forwarded referral instead")
    if decided == "accepted":
        raise _No(f"cannot {action} {_ref_name(name, ref)}: {name(r.to_agency)} accepted it on "
                  f"{ref.done['acceptance_decided']}")


def _state(hist: ThreadHistory, referral: str) -> ReferralState:
    if referral not in hist.referrals:
        raise _No(f"no referral {referral!r} in the graph — record the transfer first")
    return hist.referral_state(referral)


# ------------------------------------------------------------------------------ transitions
def opening(existing: ThreadHistory | None, thread: str, *, kind: str, number: str, agency: str, on: dt.date,
            letter: Letter, competent: str | None, agencies: Mapping[str, Agency]) -> Transition | Refused:
    """Register a clue or case found by ``agency``; it holds it from then."""
    name = _Names(agencies)
    try:
        name.need(agency, "finding agency")
        if existing is not None and existing.events:
            if _repeat(existing, "violation_found", on, agency) and len(existing.events) == 1:
                return Transition(thread, existing=thread)
            raise _No(f"{kind} {number} is already open (held by {name(existing.derived_holder)}) — "
                      "transfer it instead of opening it again")
        if competent:
            name.need(competent, "competent agency")
    except _No as e:
        return Refused(str(e))
    doc = LetterOf(letter, agency, on)
    return Transition(thread, (NewEvent("violation_found", on, agency, 0, doc=doc),), holder=(agency, on), evidence=doc)


def transferring(hist: ThreadHistory, *, to: str, on: dt.date, letter: Letter, materials: tuple[str, ...],
                 by: str | None, channel: str | None, agencies: Mapping[str, Agency],
                 referral_id: ReferralId) -> Transition | Refused:
    """The holder transfers the thread to ``to`` (移送, 003 第十三条)."""
    name = _Names(agencies)
    last = hist.events[-1] if hist.events else None
    if (last and (last.kind, last.date, last.to_id, last.doc_no) == ("case_transferred", on, to, letter.doc_no)
            and last.referrals):
        return Transition(hist.id, existing=last.referrals[0])  # the same transfer again: nothing changes
    try:
        holder = hist.derived_holder
        if holder is None:
            raise _No(f"{hist.title} has no holder — open it first")
        if by and by != holder:
            raise _No(f"{name(by)} does not hold {hist.title}: {name(holder)} does — only the holder transfers it")
        name.need(to, "receiving agency")
        if to == holder:
            raise _No(f"{name(holder)} already holds {hist.title} — a transfer needs another agency")
        ref_id = referral_id(letter.doc_no, holder, to)
        if ref_id in hist.referrals:
            raise _No(f"referral {letter.doc_no} from {name(holder)} to {name(to)} is already recorded — "
                      "a new transfer needs a new letter number")
        for pending in hist.open_referrals():
            if pending.referral.to_agency == holder:
                raise _No(f"{name(holder)} has not accepted, returned or forwarded {_ref_name(name, pending)} "
                          "— decide on it before transferring the thread again")
        if not [m for m in materials if m.strip()]:
            raise _No(f"transfer {letter.doc_no} lists no materials — a transfer carries a receipt listing "
                      "the materials (移送回执, 003 第十三条)")
        _not_before(hist, on, "the transfer")
    except _No as e:
        return Refused(str(e))
    doc = LetterOf(letter, holder, on)
    ref = NewReferral(letter.doc_no, holder, to, "transfer", on, doc, tuple(materials), channel)
    ev = NewEvent("case_transferred", on, holder, hist.next_seq, to=to, doc=doc, owners=(ref_id,))
    return Transition(hist.id, (ev,), referral=ref, holder=(to, on))


@dataclass(frozen=True)
class ReferralStep:
    """A step by a referral's receiver that does not change custody: its ordering checks."""

    kind: str
    to_sender: bool = False
    requires: tuple[str, str] | None = None   # (prior event kind, message when it is missing; may use {doc})
    repeated: str | None = None               # message when already recorded; may use {doc} and {on}


RECEIVE = ReferralStep("case_received", to_sender=True)
ACCEPT = ReferralStep("acceptance_decided")
REPORT_ACCEPTANCE = ReferralStep(
    "acceptance_reported", to_sender=True,
    requires=("acceptance_decided", "{doc} has not been accepted — record the acceptance before reporting it"),
    repeated="the acceptance of {doc} was already reported on {on}")
COMPLETE_HANDLING = ReferralStep(
    "handling_completed",
    requires=("acceptance_decided", "{doc} was not accepted — only an accepted referral is handled"),
    repeated="handling of {doc} was already completed on {on}")
REPORT_OUTCOME = ReferralStep(
    "outcome_reported", to_sender=True,
    requires=("handling_completed", "handling of {doc} is not completed — record its completion first"),
    repeated="the outcome of {doc} was already reported on {on}")
NOTIFY_SENDER = ReferralStep(
    "sender_notified", to_sender=True,
    requires=("case_forwarded", "{doc} was not forwarded — there is nothing to notify"),
    repeated="the sender of {doc} was already notified on {on}")


def _step_checks(step: ReferralStep, name: _Names, ref: ReferralState, on: dt.date) -> None:
    if step is RECEIVE:
        if ref.has("case_received"):
            raise _No(f"{_ref_name(name, ref)} was already received on {ref.done['case_received']}")
        if ref.referral.sent and on < ref.referral.sent:
            raise _No(f"receipt on {on} is before {_ref_name(name, ref)} was sent ({ref.referral.sent})")
    elif step is ACCEPT:
        _need_undecided(name, ref, "accept")
    if step.requires is not None and not ref.has(step.requires[0]):
        raise _No(step.requires[1].format(doc=_ref_name(name, ref)))
    if step.repeated is not None and ref.has(step.kind):
        raise _No(step.repeated.format(doc=_ref_name(name, ref), on=ref.done[step.kind]))


def referral_step(hist: ThreadHistory, referral: str, step: ReferralStep, *, on: dt.date, letter: Letter | None,
                  agencies: Mapping[str, Agency]) -> Transition | Refused:
    """Receive, accept, report the acceptance, complete handling, report the outcome, notify the sender.
    Without ``letter`` the event rests on the referral's own letter."""
    name = _Names(agencies)
    try:
        ref = _state(hist, referral)
        r = ref.referral
        if _repeat(hist, step.kind, on, r.to_agency) and referral in hist.events[-1].referrals:
            return Transition(hist.id, existing=hist.events[-1].id)
        _step_checks(step, name, ref, on)
        _not_before(hist, on, KIND_ZH.get(step.kind, step.kind))
    except _No as e:
        return Refused(str(e))
    doc: LetterOf | str | None = LetterOf(letter, r.to_agency, on) if letter else r.doc_id
    ev = NewEvent(step.kind, on, r.to_agency, hist.next_seq, to=r.from_agency if step.to_sender else None, doc=doc,
                  owners=(referral,))
    return Transition(hist.id, (ev,))


def returning(hist: ThreadHistory, referral: str, *, on: dt.date, reason: str, letter: Letter,
              agencies: Mapping[str, Agency]) -> Transition | Refused:
    """Return a received referral outside the receiver's duty, with written reasons (退回, 003 第十四条(三))."""
    name = _Names(agencies)
    try:
        ref = _state(hist, referral)
        r = ref.referral
        if _repeat(hist, "case_returned", on, r.to_agency) and referral in hist.events[-1].referrals:
            return Transition(hist.id, existing=hist.events[-1].id)
        _need_undecided(name, ref, "return")
        if not (reason or "").strip():
            raise _No(f"returning {_ref_name(name, ref)} needs written reasons (书面说明理由, 003 第十四条(三))")
        _not_before(hist, on, "the return")
    except _No as e:
        return Refused(str(e))
    ev = NewEvent("case_returned", on, r.to_agency, hist.next_seq, to=r.from_agency, reason=reason,
                  doc=LetterOf(letter, r.to_agency, on), owners=(referral,))
    return Transition(hist.id, (ev,), holder=(r.from_agency, on))


def forwarding(hist: ThreadHistory, referral: str, *, to: str, on: dt.date, letter: Letter, notice: Letter | None,
               reason: str | None, agencies: Mapping[str, Agency], referral_id: ReferralId) -> Transition | Refused:
    """Forward a received referral to the competent authority of another level (003 第十四条(二));
    ``notice`` is the written notice to the sender (书面告知) on the same day."""
    name = _Names(agencies)
    try:
        ref = _state(hist, referral)
        r = ref.referral
        if not (to or "").strip():
            raise _No(f"forwarding {_ref_name(name, ref)} must name the new holder (the competent authority)")
        new_id = referral_id(letter.doc_no, r.to_agency, to)
        if new_id in hist.referrals and ref.forwarded_to == to:
            return Transition(hist.id, existing=new_id)
        _need_undecided(name, ref, "forward")
        target = name.need(to, "new holder")
        if to == r.to_agency:
            raise _No(f"{name(to)} already holds {_ref_name(name, ref)} — forward it to another authority")
        if to == r.from_agency:
            raise _No(f"forwarding {_ref_name(name, ref)} back to its sender is a return — "
                      "return it with written reasons instead")
        here = name.need(r.to_agency, "receiver")
        if here.level and target.level and here.level == target.level:
            raise _No(f"{name(to)} is at the same level ({here.level}) as {name(r.to_agency)} — "
                      "a forward goes to another level's authority (003 第十四条(二)); accept and transfer, "
                      "or return it")
        _not_before(hist, on, "the forward")
    except _No as e:
        return Refused(str(e))
    doc = LetterOf(letter, r.to_agency, on)
    new = NewReferral(letter.doc_no, r.to_agency, to, "forward", on, doc, tuple(r.materials))
    events = [NewEvent("case_forwarded", on, r.to_agency, hist.next_seq, to=to, reason=reason, doc=doc,
                       owners=(referral,))]
    if notice is not None:
        events.append(NewEvent("sender_notified", on, r.to_agency, hist.next_seq + 1, to=r.from_agency,
                               doc=LetterOf(notice, r.to_agency, on), owners=(referral,)))
    return Transition(hist.id, tuple(events), referral=new, holder=(to, on))
