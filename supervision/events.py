"""The events one letter performs or reports (:func:`events_of`) and who holds a thread's matter
after them (:func:`custody`) — eval/threads/GOLD.md, the seeds' 003 第十一条–第十七条.
"""

from __future__ import annotations

from supervision.acts import CUSTODY, LetterAct
from supervision.records import Thread, ThreadEvent


def events_of(a: LetterAct) -> list[ThreadEvent]:
    """The acts one letter performs or reports (eval/threads/GOLD.md)."""
    if a.date is None:
        return []
    k = a.kind
    simple = {"transfer": "transfer", "anomaly_report": "transfer", "receipt": "receipt", "accept": "accept",
              "decline": "decline", "return": "return", "forward": "forward", "outcome_report": "outcome_report",
              "assist_request": "assist_request", "assist_return": "assist_return", "assist_reply": "assist_reply"}
    out: list[ThreadEvent] = []
    if k in simple:
        out.append(ThreadEvent(a.file, simple[k], a.issuer, a.addressee, a.date,
                               reason=a.reason if k in ("return", "assist_return", "decline") else None))
    elif k == "forward_notice":
        out.append(ThreadEvent(a.file, "forward", a.issuer, a.target, a.target_date or a.date,
                               reported=a.target_date is not None))
    elif k == "complaint_redirect":
        out.append(ThreadEvent(a.file, "complaint_redirect", a.issuer, None, a.date))
    elif k == "complaint_accept":
        out.append(ThreadEvent(a.file, "accept", a.issuer, None, a.date))
    if k == "outcome_report" and a.target:
        out.append(ThreadEvent(a.file, "transfer", a.issuer, a.target, a.target_date or a.date, reported=True))
    return out


def custody(t: Thread) -> str | None:
    """Who holds the matter after its events (None: nobody, e.g. a complaint sent elsewhere)."""
    if t.matter == "assistance":
        for a in t.letters:
            if a.kind == "assist_request":
                return a.issuer
        return next((a.addressee for a in t.letters if a.addressee), None)
    holder = t.root.issuer
    for e in sorted(t.events, key=ThreadEvent.sort_key):
        effect = CUSTODY.get(e.event if not (e.event == "accept" and e.to_agency is None) else "complaint_accept")
        if effect == "to":
            holder = e.to_agency or holder
        elif effect == "from":
            holder = e.from_agency
        elif effect == "none":
            holder = None
    return holder
