"""A complaint's statutory steps, recorded as dated events (超期预警, 002 十).

A complaint lodged with the competent agency owes, in order (graph/rules/deadlines.yaml):
acceptance or rejection (``complaint_acceptance``, 5 working days, 财政部令第94号 第二十一条), the reply
notice and the complaint's copy to the respondent (``complaint_investigation``, 8), the decision and the
written notice to the parties (``complaint_decision``/``complaint_notification``, 30, 政府采购法 第五十六条).
:func:`record_step` records one of them; :func:`graph.overdue.open_complaint_steps` says what is still owed,
and the desk warns before each step's deadline. Lodging (:func:`graph.assistance.lodge_complaint`), the
notice of a complaint lodged with the wrong department and the decision itself are in graph/assistance.py.
"""

from __future__ import annotations

import datetime as dt

from graph.assistance import COMPLAINT, _check_date, _life
from graph.connection import Graph
from graph.lifecycle import Letter, LifecycleError, Step, commit

# the events this module records, with what the step is called in Chinese
STEPS = {
    "complaint_accepted": "受理投诉",
    "complaint_rejected": "书面告知不予受理",
    "complaint_reply_requested": "发出投诉答复通知书及投诉书副本",
    "complaint_parties_notified": "书面通知投诉人及有关当事人",
}


def record_step(graph: Graph, complaint: str, kind: str, *, on: dt.date, letter: Letter, source: str,
                reason: str | None = None, synthetic: bool = False) -> str:
    """Record step ``kind`` (one of :data:`STEPS`) of ``complaint`` by the agency it was lodged with."""
    if kind not in STEPS:
        raise LifecycleError(f"complaint step {kind!r}: use one of {', '.join(STEPS)}")

    def work(step: Step) -> str:
        life = _life(step, COMPLAINT, complaint, "complaint")
        c = life.info
        if c["competent"] and c["competent"] != c["lodged_with"]:
            raise LifecycleError(f"{step.name(c['lodged_with'])} is not competent for complaint {c['no']} — tell the "
                                 f"complainant to lodge it with {step.name(c['competent'])} (003 第十一条)")
        if kind in life.done:
            raise LifecycleError(f"complaint {c['no']}: {STEPS[kind]} was already recorded on {life.done[kind]}")
        if "complaint_rejected" in life.done:
            raise LifecycleError(f"complaint {c['no']} was rejected on {life.done['complaint_rejected']}: "
                                 "no later step is owed")
        if kind == "complaint_parties_notified" and "complaint_decided" not in life.done:
            raise LifecycleError(f"complaint {c['no']} is not decided yet — record the decision before the notice")
        _check_date(life, on, STEPS[kind])
        doc = step.document(letter, c["lodged_with"], on)
        return step.add_event(complaint, life.next_seq, kind, on, c["lodged_with"], reason=reason, doc=doc,
                              owners=(complaint,), concerns=complaint)

    return commit(graph, work, source=source, synthetic=synthetic)
