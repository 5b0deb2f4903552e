"""supervision.lifecycle: the structured lifecycle's transitions as pure functions, on hand-built histories.

No graph: a history is written out by hand (a clue opened by the audit bureau, transferred to the
finance bureau …) and each expectation is read off the rule (003 第十三条–第十五条), not the code.
"""

from __future__ import annotations

import datetime as dt

from supervision.history import EventRow, ReferralInfo, ThreadHistory
from supervision.lifecycle import (
    ACCEPT,
    RECEIVE,
    REPORT_OUTCOME,
    Agency,
    Letter,
    LetterOf,
    NewEvent,
    NewReferral,
    Refused,
    Transition,
    forwarding,
    opening,
    referral_step,
    returning,
    transferring,
)

D = dt.date
AUDIT, FIN, POLICE, CITY_POLICE = "agency:audit", "agency:fin", "agency:police", "agency:city-police"
AGENCIES = {AUDIT: Agency("示例县审计局", "county"), FIN: Agency("示例县财政局", "county"),
            POLICE: Agency("示例县公安局", "county"), CITY_POLICE: Agency("示例市公安局", "prefecture")}
REF = "referral:1"
M = ("移送函", "证据材料目录")


def rid(doc_no: str, a: str, b: str) -> str:
    return f"referral:{doc_no}|{a}|{b}"


def opened() -> ThreadHistory:
    """Clue T-1, found by the audit bureau on 2024-03-01."""
    return ThreadHistory("clue:t1", "Clue", [EventRow("event:0", "violation_found", D(2024, 3, 1), 0, AUDIT, None, None,
                                                     (), "审线1")], {}, [AUDIT], D(2024, 3, 1), "T-1")


def transferred(*more: EventRow) -> ThreadHistory:
    """… transferred to the finance bureau on 2024-03-04 by letter 审移9 (document doc:9)."""
    h = opened()
    h.events.append(EventRow("event:1", "case_transferred", D(2024, 3, 4), 1, AUDIT, FIN, None, (REF,), "审移9"))
    h.events.extend(more)
    h.referrals[REF] = ReferralInfo(REF, "审移9", AUDIT, FIN, "transfer", D(2024, 3, 4), M, "doc:9")
    return h


def received() -> ThreadHistory:
    return transferred(EventRow("event:2", "case_received", D(2024, 3, 5), 2, FIN, AUDIT, None, (REF,), "审移9"))


# ------------------------------------------------------------------------------ opening
def test_opening_a_new_clue_gives_the_finder_custody() -> None:
    tr = opening(None, "clue:t1", kind="clue", number="T-1", agency=AUDIT, on=D(2024, 3, 1), letter=Letter("审线1"),
                 competent=None, agencies=AGENCIES)
    doc = LetterOf(Letter("审线1"), AUDIT, D(2024, 3, 1))
    assert tr == Transition("clue:t1", (NewEvent("violation_found", D(2024, 3, 1), AUDIT, 0, doc=doc),),
                            holder=(AUDIT, D(2024, 3, 1)), evidence=doc)


def test_opening_again_the_same_way_changes_nothing_but_otherwise_is_refused() -> None:
    again = opening(opened(), "clue:t1", kind="clue", number="T-1", agency=AUDIT, on=D(2024, 3, 1),
                    letter=Letter("审线1"), competent=None, agencies=AGENCIES)
    assert again == Transition("clue:t1", existing="clue:t1")
    other = opening(opened(), "clue:t1", kind="clue", number="T-1", agency=FIN, on=D(2024, 3, 2),
                    letter=Letter("财线1"), competent=None, agencies=AGENCIES)
    assert other == Refused("clue T-1 is already open (held by 示例县审计局) — transfer it instead of opening it again")


def test_an_unknown_competent_agency_is_refused() -> None:
    tr = opening(None, "clue:t1", kind="clue", number="T-1", agency=AUDIT, on=D(2024, 3, 1), letter=Letter("审线1"),
                 competent="agency:nope", agencies=AGENCIES)
    assert isinstance(tr, Refused) and "the competent agency 'agency:nope' is not an agency in the graph" in tr.reason


# ------------------------------------------------------------------------------ transfer
def test_the_holder_transfers_and_custody_moves_to_the_receiver() -> None:
    tr = transferring(opened(), to=FIN, on=D(2024, 3, 4), letter=Letter("审移9"), materials=M, by=None, channel="post",
                      agencies=AGENCIES, referral_id=rid)
    doc = LetterOf(Letter("审移9"), AUDIT, D(2024, 3, 4))
    new = rid("审移9", AUDIT, FIN)
    assert tr == Transition(
        "clue:t1",
        (NewEvent("case_transferred", D(2024, 3, 4), AUDIT, 1, to=FIN, doc=doc, owners=(new,)),),
        referral=NewReferral("审移9", AUDIT, FIN, "transfer", D(2024, 3, 4), doc, M, "post"),
        holder=(FIN, D(2024, 3, 4)))


def test_transfer_refusals() -> None:
    def t(h: ThreadHistory, **kw: object) -> Transition | Refused:
        args: dict[str, object] = {"to": POLICE, "on": D(2024, 3, 8), "letter": Letter("x"), "materials": M, "by": None,
                                   "channel": None, "agencies": AGENCIES, "referral_id": rid}
        args.update(kw)
        return transferring(h, **args)  # type: ignore[arg-type]

    assert t(transferred(), by=AUDIT) == Refused("示例县审计局 does not hold clue T-1: 示例县财政局 does — "
                                                 "only the holder transfers it")
    pending = t(received())
    assert isinstance(pending, Refused)
    assert pending.reason.startswith("示例县财政局 has not accepted, returned or forwarded referral 审移9 "
                                     "(示例县审计局 → 示例县财政局)")
    no_materials = t(opened(), materials=(" ",))
    assert isinstance(no_materials, Refused) and "lists no materials" in no_materials.reason
    assert t(opened(), to=AUDIT) == Refused("示例县审计局 already holds clue T-1 — a transfer needs another agency")
    early = t(opened(), on=D(2024, 2, 28))
    assert early == Refused("the transfer on 2024-02-28 would come before the thread's last step "
                            "(发现/登记 on 2024-03-01) — check the date")


def test_the_same_transfer_again_answers_its_referral() -> None:
    tr = transferring(transferred(), to=FIN, on=D(2024, 3, 4), letter=Letter("审移9"), materials=M, by=None,
                      channel=None, agencies=AGENCIES, referral_id=rid)
    assert tr == Transition("clue:t1", existing=REF)


# ------------------------------------------------------------------------------ the receiver's steps
def test_a_receipt_goes_to_the_sender_and_rests_on_the_transfer_letter() -> None:
    tr = referral_step(transferred(), REF, RECEIVE, on=D(2024, 3, 5), letter=None, agencies=AGENCIES)
    assert tr == Transition("clue:t1", (NewEvent("case_received", D(2024, 3, 5), FIN, 2, to=AUDIT, doc="doc:9",
                                                 owners=(REF,)),))


def test_receiver_step_refusals() -> None:
    assert referral_step(transferred(), REF, RECEIVE, on=D(2024, 3, 3), letter=None, agencies=AGENCIES) == Refused(
        "receipt on 2024-03-03 is before referral 审移9 (示例县审计局 → 示例县财政局) was sent (2024-03-04)")
    assert referral_step(received(), REF, RECEIVE, on=D(2024, 3, 6), letter=None, agencies=AGENCIES) == Refused(
        "referral 审移9 (示例县审计局 → 示例县财政局) was already received on 2024-03-05")
    assert referral_step(transferred(), REF, ACCEPT, on=D(2024, 3, 6), letter=None, agencies=AGENCIES) == Refused(
        "cannot accept referral 审移9 (示例县审计局 → 示例县财政局): its receipt is not recorded — record the receipt first")
    assert referral_step(received(), REF, REPORT_OUTCOME, on=D(2024, 3, 6), letter=Letter("回"),
                         agencies=AGENCIES) == Refused(
        "handling of referral 审移9 (示例县审计局 → 示例县财政局) is not completed — record its completion first")
    assert referral_step(received(), "referral:none", ACCEPT, on=D(2024, 3, 6), letter=None,
                         agencies=AGENCIES) == Refused("no referral 'referral:none' in the graph — record the transfer first")


def test_nothing_returned_can_be_accepted() -> None:
    h = received()
    h.events.append(EventRow("event:3", "case_returned", D(2024, 3, 6), 3, FIN, AUDIT, "不属于本部门职责", (REF,), "退9"))
    tr = referral_step(h, REF, ACCEPT, on=D(2024, 3, 7), letter=None, agencies=AGENCIES)
    assert tr == Refused("cannot accept referral 审移9 (示例县审计局 → 示例县财政局): 示例县财政局 returned it to "
                         "示例县审计局 on 2024-03-06 — a returned referral is closed; the sender must transfer it again")


# ------------------------------------------------------------------------------ return and forward
def test_a_return_needs_reasons_and_gives_custody_back_to_the_sender() -> None:
    assert returning(received(), REF, on=D(2024, 3, 6), reason=" ", letter=Letter("退9"), agencies=AGENCIES) == Refused(
        "returning referral 审移9 (示例县审计局 → 示例县财政局) needs written reasons (书面说明理由, 003 第十四条(三))")
    tr = returning(received(), REF, on=D(2024, 3, 6), reason="不属于本部门职责", letter=Letter("退9"), agencies=AGENCIES)
    assert isinstance(tr, Transition)
    assert tr.holder == (AUDIT, D(2024, 3, 6))
    assert tr.events == (NewEvent("case_returned", D(2024, 3, 6), FIN, 3, to=AUDIT, reason="不属于本部门职责",
                                  doc=LetterOf(Letter("退9"), FIN, D(2024, 3, 6)), owners=(REF,)),)


def test_a_forward_goes_to_another_level_with_its_notice() -> None:
    h = received()
    h.referrals[REF] = ReferralInfo(REF, "审移9", AUDIT, POLICE, "transfer", D(2024, 3, 4), M, "doc:9")
    h.events[1] = EventRow("event:1", "case_transferred", D(2024, 3, 4), 1, AUDIT, POLICE, None, (REF,), "审移9")
    h.events[2] = EventRow("event:2", "case_received", D(2024, 3, 5), 2, POLICE, AUDIT, None, (REF,), "审移9")
    same_level = forwarding(h, REF, to=FIN, on=D(2024, 3, 6), letter=Letter("公转1"), notice=None, reason=None,
                            agencies=AGENCIES, referral_id=rid)
    assert isinstance(same_level, Refused) and "same level (county)" in same_level.reason
    back = forwarding(h, REF, to=AUDIT, on=D(2024, 3, 6), letter=Letter("公转1"), notice=None, reason=None,
                      agencies=AGENCIES, referral_id=rid)
    assert isinstance(back, Refused) and "back to its sender is a return" in back.reason
    tr = forwarding(h, REF, to=CITY_POLICE, on=D(2024, 3, 6), letter=Letter("公转1"), notice=Letter("公告1"),
                    reason="市级管辖", agencies=AGENCIES, referral_id=rid)
    assert isinstance(tr, Transition)
    assert tr.holder == (CITY_POLICE, D(2024, 3, 6))
    assert tr.referral == NewReferral("公转1", POLICE, CITY_POLICE, "forward", D(2024, 3, 6),
                                      LetterOf(Letter("公转1"), POLICE, D(2024, 3, 6)), M)
    assert [(e.kind, e.seq, e.by, e.to) for e in tr.events] == [("case_forwarded", 3, POLICE, CITY_POLICE),
                                                                ("sender_notified", 4, POLICE, AUDIT)]
