"""Custody and deadlines as pure functions of a thread's letters — hand-written cases.

Due dates here were counted by hand on the official calendar (2024 Spring Festival: 2-10..2-17 off,
Sundays 2-4 and 2-18 worked; National Day 2024: 10-1..10-7 off, Sunday 9-29 and Saturday 10-12 worked).
"""

from __future__ import annotations

import datetime as dt

from supervision.acts import Citation, LetterAct
from supervision.threads import Thread, derive, export, group

D = dt.date
FIN, POL, MKT, CITY, PRO = "甲县财政局", "甲县公安局", "甲县市场监督管理局", "乙市财政局", "甲县人民检察院"


def act(file: str, kind: str, date: dt.date, issuer: str, addressee: str | None, *, no: str | None = None,
        cites: tuple[str, ...] = (), **kw: object) -> LetterAct:
    return LetterAct(file=file, sha256=file, kind=kind, doc_no=no, date=date, issuer=issuer, addressee=addressee,
                     cites=tuple(Citation(c) for c in cites), **kw)  # type: ignore[arg-type]


def one(acts: list[LetterAct]) -> Thread:
    threads = derive(acts)
    assert len(threads) == 1, [t.files for t in threads]
    return threads[0]


def test_transfer_receipt_accept_outcome_with_further_transfer() -> None:
    t = one([
        act("a", "transfer", D(2024, 2, 5), FIN, POL, no="甲财移〔2024〕3号", found=D(2024, 1, 31)),
        act("b", "receipt", D(2024, 2, 6), POL, FIN, cites=("甲财移[2024]3号",)),
        act("c", "accept", D(2024, 2, 23), POL, FIN, cites=("你局甲财移（2024）第3号",), decided=D(2024, 2, 8)),
        act("d", "outcome_report", D(2024, 6, 6), POL, FIN, cites=("甲财移〔2024〕3号",), handled=D(2024, 5, 24),
            target=PRO, target_date=D(2024, 5, 24)),
    ])
    assert t.holder == PRO
    assert [(e.event, e.date) for e in t.events] == [
        ("transfer", D(2024, 2, 5)), ("receipt", D(2024, 2, 6)), ("accept", D(2024, 2, 23)),
        ("transfer", D(2024, 5, 24)), ("outcome_report", D(2024, 6, 6))]
    dl = {d.rule: d for d in t.deadlines}
    assert (dl["transfer_case"].due, dl["transfer_case"].status(None)) == (D(2024, 2, 6), "met")  # Sunday 2-4 worked
    assert (dl["notify_acceptance"].due, dl["notify_acceptance"].status(None)) == (D(2024, 2, 21), "missed")
    assert (dl["report_outcome"].due, dl["report_outcome"].status(None)) == (D(2024, 6, 7), "met")
    assert "return_out_of_duty" not in dl  # accepted: a return is moot, no false alarm


def test_return_then_rerouting_moves_custody_back_and_on() -> None:
    t = one([
        act("a", "transfer", D(2024, 9, 25), FIN, MKT, no="甲财函〔2024〕41号", projects=("P-1",)),
        act("b", "receipt", D(2024, 9, 26), MKT, FIN, cites=("甲财函〔2024〕41号",)),
        act("c", "return", D(2024, 10, 11), MKT, FIN, cites=("甲财函〔2024〕41号",), reason="不属于本局职责"),
        act("d", "transfer", D(2024, 10, 14), FIN, POL, no="甲财函〔2024〕46号", projects=("P-1",)),
    ])
    assert t.holder == POL
    ret = [d for d in t.deadlines if d.rule == "return_out_of_duty"]
    assert [(d.for_file, d.anchor, d.due, d.done, d.status(D(2024, 12, 1))) for d in ret] == [
        ("a", D(2024, 9, 26), D(2024, 10, 9), D(2024, 10, 11), "missed"),
        ("d", D(2024, 10, 14), D(2024, 10, 21), None, "overdue")]


def test_forward_and_notice_to_sender() -> None:
    t = one([
        act("a", "transfer", D(2024, 3, 28), MKT, FIN, no="甲市监移〔2024〕2号"),
        act("b", "forward", D(2024, 4, 2), FIN, CITY, no="甲财函〔2024〕19号", cites=("甲市监移〔2024〕2号",)),
        act("c", "forward_notice", D(2024, 4, 3), FIN, MKT, cites=("甲市监移〔2024〕2号",), target=CITY,
            target_date=D(2024, 4, 2)),
    ])
    assert t.holder == CITY
    assert [(e.file, e.event, e.to_agency, e.date) for e in t.events if e.event == "forward"] == [
        ("b", "forward", CITY, D(2024, 4, 2)), ("c", "forward", CITY, D(2024, 4, 2))]
    # the forwarded referral owes the city a decision; the county's own referral is moot (forwarded)
    assert [(d.for_file, d.rule) for d in t.deadlines] == [("b", "return_out_of_duty")]


def test_complaint_redirect_leaves_nobody_holding_it() -> None:
    t = one([act("a", "complaint_redirect", D(2026, 2, 24), MKT, None, found=D(2026, 2, 12))])
    assert t.holder is None and t.matter == "complaint"
    d = t.deadlines[0]
    assert (d.rule, d.due, d.status(None)) == ("wrong_department_notice", D(2026, 2, 24), "met")  # Saturday 2-14 worked


def test_an_unplaceable_follow_up_is_flagged_for_review_not_silently_threaded() -> None:
    acts = [
        act("a", "transfer", D(2024, 3, 1), FIN, POL, no="甲财移〔2024〕1号", projects=("P-1",)),
        act("b", "transfer", D(2024, 3, 2), FIN, POL, no="甲财移〔2024〕2号", projects=("P-2",)),
        act("c", "receipt", D(2024, 3, 4), POL, FIN),  # cites nothing, names no project
    ]
    threads = group(acts)
    review = [t for t in threads if t.review]
    assert len(threads) == 3 and [t.files for t in review] == [["c"]]
    assert review[0].candidates == ["a", "b"]


def test_a_follow_up_without_a_number_is_placed_by_project() -> None:
    acts = [
        act("a", "transfer", D(2024, 3, 1), FIN, POL, no="甲财移〔2024〕1号", projects=("P-1",)),
        act("b", "transfer", D(2024, 3, 2), FIN, POL, no="甲财移〔2024〕2号", projects=("P-2",)),
        act("c", "accept", D(2024, 3, 8), POL, FIN, projects=("P-2",)),
    ]
    assert sorted(t.files for t in group(acts)) == [["a"], ["b", "c"]]


def test_policy_numbers_cited_by_every_letter_do_not_join_threads() -> None:
    policy = (Citation("甲政办发〔2021〕3号", letterish=False),)
    acts = [LetterAct(file=f, sha256=f, kind="transfer", doc_no=f"甲财移〔2024〕{i}号", date=D(2024, 3, i),
                      issuer=FIN, addressee=POL, cites=policy) for i, f in enumerate(("a", "b"), start=1)]
    assert len(group(acts)) == 2


def test_order_and_batching_do_not_matter() -> None:
    acts = [
        act("a", "transfer", D(2024, 9, 25), FIN, MKT, no="甲财函〔2024〕41号", projects=("P-1",)),
        act("c", "return", D(2024, 10, 11), MKT, FIN, cites=("甲财函〔2024〕41号",)),
        act("d", "transfer", D(2024, 10, 14), FIN, POL, no="甲财函〔2024〕46号", projects=("P-1",)),
        act("e", "receipt", D(2024, 10, 15), POL, FIN, cites=("甲财函〔2024〕46号",)),
    ]
    first = export(derive(acts), as_of=D(2025, 1, 1))
    for order in (acts[::-1], acts[2:] + acts[:2], [acts[1], acts[3], acts[0], acts[2]]):
        assert export(derive(order), as_of=D(2025, 1, 1)) == first


def test_a_persons_placement_wins_over_the_rules() -> None:
    acts = [
        act("a", "transfer", D(2024, 3, 1), FIN, POL, no="甲财移〔2024〕1号", projects=("P-1",)),
        act("b", "transfer", D(2024, 3, 2), FIN, POL, no="甲财移〔2024〕2号", projects=("P-2",)),
        act("c", "receipt", D(2024, 3, 4), POL, FIN),
    ]
    threads = group(acts, placements={"c": "b"})
    assert sorted(t.files for t in threads) == [["a"], ["b", "c"]] and not any(t.review for t in threads)
