"""The builder of referral rows: a referral node, and — for a referral of its own — the acts its letters
would perform, so that it becomes a thread with custody and deadlines like letters do."""

from __future__ import annotations

import json
from typing import Any

from ingest.tabular.context import Ctx
from ingest.tabular.resolve import Reject
from ingest.tabular.row import Row
from supervision.acts import ACT_KINDS, Citation, LetterAct


def build_referrals(c: Ctx) -> None:
    r = c.row
    region = r.get("region")
    sender = c.agency("from_agency", "from_agency_region", default_region=region)
    receiver = c.agency("to_agency", "to_agency_region", default_region=region)
    if sender == receiver:
        raise Reject("to_agency", "is the same agency as the sender; a referral goes to another agency")
    forwarded_to = c.agency("forwarded_to", "forwarded_to_region", default_region=region, required=False)
    acts = None
    if not (r.get("case_no") or r.get("clue_no")):  # a referral of its own: its dates make a thread
        name = {a: str(c.known.props("Agency", a).get("name") or a) for a in (sender, receiver, forwarded_to) if a}
        acts = json.dumps([json.loads(a.to_json()) for a in referral_acts(
            r, name[sender], name[receiver], name.get(forwarded_to or ""))], ensure_ascii=False)
    ref = c.node("Referral", {"doc_no": r.need("doc_no"), "from_agency": sender, "to_agency": receiver,
                              "kind": r.get("referral_kind"), "sent": r.get("sent"), "channel": r.get("channel"),
                              "materials": r.get("materials"), "acts": acts}, fields={"kind": "referral_kind"})
    c.rel("SENT", sender, ref)
    c.rel("SENT_TO", ref, receiver)
    for col, label, prop in (("case_no", "Case", "case_no"), ("clue_no", "Clue", "clue_no")):
        value = r.get(col)
        if value:
            target = c.node_id(label, {prop: value})
            if not c.known.has(label, target):
                raise Reject(col, f"{label.lower()} {value!r} is not in the graph; check the number (or leave it empty)")
            c.rel("CONCERNS", ref, target)


def referral_acts(r: Row, sender: str, receiver: str, forwarded_to: str | None) -> list[LetterAct]:
    """A referral row as the acts its letters would perform (supervision.acts), so that it becomes a
    thread with custody and deadlines like letters do. Each act is named after the row."""
    place = r.place
    source = r.source
    kind = {"forward": "forward", "return": "return"}.get(r.get("referral_kind") or "", "transfer")
    out = [LetterAct(file=place, kind=kind, doc_no=r.get("doc_no"), date=r.get("sent"), issuer=sender,
                     addressee=receiver, sha256=source, source=source)]
    cite = (Citation(str(r.get("doc_no"))),)

    def answer(what: str, kind: str, date: Any, **kw: Any) -> None:
        if date is None:
            raise Reject(what, f"needs its date for a {r.get('decision') or kind} referral (column {what})")
        out.append(LetterAct(file=f"{place} ({ACT_KINDS[kind]})", kind=kind, date=date, issuer=receiver,
                             addressee=kw.pop("to", sender), cites=cite, sha256=source, source=source, **kw))

    if r.get("received"):
        answer("received", "receipt", r.get("received"))
    decision = r.get("decision")
    if decision in ("accepted", "declined"):
        answer("reported", "accept" if decision == "accepted" else "decline", r.get("reported") or r.get("decided"),
               decided=r.get("decided"))
    elif decision == "returned":
        answer("decided", "return", r.get("decided"), reason=r.get("reason"))
    elif decision == "forwarded":
        if not forwarded_to:
            raise Reject("forwarded_to", "is required for a forwarded referral (the agency it was forwarded to)")
        answer("decided", "forward", r.get("decided"), to=forwarded_to)
    if r.get("outcome_reported"):
        answer("outcome_reported", "outcome_report", r.get("outcome_reported"), handled=r.get("handled"))
    return out
