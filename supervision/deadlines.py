"""The statutory deadlines a thread's letters started, and what met them (:func:`deadlines_of`) —
eval/threads/GOLD.md's table; the periods are the rules in :mod:`graph.rules.deadlines`.
"""

from __future__ import annotations

import datetime as dt

from graph.rules.deadlines import load_rules
from graph.rules.workdays import WorkCalendar
from supervision.acts import REFERRAL_ACTS, LetterAct
from supervision.records import Deadline, Thread


def _due(rule: str, anchor: dt.date | None, cal: WorkCalendar) -> dt.date | None:
    if anchor is None:
        return None
    return load_rules().due_date(rule, anchor, cal)


def deadlines_of(t: Thread, cal: WorkCalendar) -> list[Deadline]:
    """Every statutory obligation the thread's acts started (GOLD.md's table), with what met it."""
    out: list[Deadline] = []
    letters = t.letters
    # referrals: transfer / anomaly / forward letters, answered by their receiver
    referrals = [a for a in letters if a.kind in REFERRAL_ACTS and a.date]
    for r in referrals:
        def by_receiver(kinds: set[str], r: LetterAct = r) -> list[LetterAct]:
            later = [r2 for r2 in referrals if r2 is not r and r2.issuer == r.issuer and r2.addressee == r.addressee
                     and r2.date and r.date and r2.date > r.date]
            until = min((r2.date for r2 in later if r2.date), default=dt.date.max)
            return [a for a in letters if a.kind in kinds and a.issuer == r.addressee
                    and (a.addressee == r.issuer or a.kind in ("forward", "forward_notice"))
                    and a.date and r.date and r.date <= a.date < until]

        receipts = by_receiver({"receipt"})
        received = receipts[0].date if receipts else None
        decisions = by_receiver({"accept", "decline"})
        returns = by_receiver({"return"})
        forwards = by_receiver({"forward", "forward_notice"})
        outcomes = by_receiver({"outcome_report"})
        onward = [a for a in letters if a.kind in ("transfer", "anomaly_report") and a is not r
                  and a.issuer == r.addressee and a.date and r.date and a.date >= r.date]
        if r.kind in ("transfer", "anomaly_report") and r.found:
            out.append(Deadline(r.file, "transfer_case", r.issuer, r.found, _due("transfer_case", r.found, cal),
                                r.date, r.file))
        if returns:
            ret = returns[0]
            anchor = received or ret.received or r.date
            out.append(Deadline(r.file, "return_out_of_duty", r.addressee, anchor,
                                _due("return_out_of_duty", anchor, cal), ret.date, ret.file))
        elif not decisions and not forwards and not outcomes and not onward:
            anchor = received or r.date
            out.append(Deadline(r.file, "return_out_of_duty", r.addressee, anchor,
                                _due("return_out_of_duty", anchor, cal), None))
        if decisions:
            n = decisions[0]
            anchor = n.decided or n.date
            out.append(Deadline(r.file, "notify_acceptance", r.addressee, anchor,
                                _due("notify_acceptance", anchor, cal), n.date, n.file))
        for o in outcomes:
            if o.handled:
                out.append(Deadline(r.file, "report_outcome", r.addressee, o.handled,
                                    _due("report_outcome", o.handled, cal), o.date, o.file))
                break
    # assistance letters returned
    for ret in (a for a in letters if a.kind == "assist_return" and a.date):
        returned_on = ret.date
        req = next((a for a in letters if a.kind == "assist_request" and a.issuer == ret.addressee
                    and a.addressee == ret.issuer and a.date and returned_on and a.date <= returned_on), None)
        anchor = ret.received or (req.date if req else None)
        out.append(Deadline(req.file if req else ret.file, "return_assistance", ret.issuer, anchor,
                            _due("return_assistance", anchor, cal), ret.date, ret.file))
    # complaints
    complaint = next((a for a in letters if a.kind == "complaint"), None)
    for n in (a for a in letters if a.kind == "complaint_redirect" and a.date):
        anchor = n.found
        out.append(Deadline(complaint.file if complaint else n.file, "wrong_department_notice", n.issuer, anchor,
                            _due("wrong_department_notice", anchor, cal), n.date, n.file))
    for n in (a for a in letters if a.kind == "complaint_accept" and a.date):
        decision = next((a for a in letters if a.kind == "complaint_decision" and a.issuer == n.issuer), None)
        anchor = n.found
        out.append(Deadline(complaint.file if complaint else n.file, "complaint_decision", n.issuer, anchor,
                            _due("complaint_decision", anchor, cal), decision.date if decision else None,
                            decision.file if decision else None))
    # penalty decisions
    for p in (a for a in letters if a.kind == "penalty" and a.date):
        report = p if p.recorded else next((a for a in letters if a.recorded and a.issuer == p.issuer), None)
        out.append(Deadline(p.file, "record_penalty_credit", p.issuer, p.date,
                            _due("record_penalty_credit", p.date, cal), report.recorded if report else None,
                            report.file if report else None))
    return out
