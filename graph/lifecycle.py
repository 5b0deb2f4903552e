"""The referral lifecycle recorded step by step: open, transfer, receive, accept, return, forward, report.

Every step is one managed transaction that reads the thread's history (:func:`graph.custody.read_history`),
asks :mod:`supervision.lifecycle` — pure functions over that history — whether the step is allowed
and what it adds, and writes the answer's records through the one writer of thread records
(:class:`graph.threads.Step`: the ``Event`` with ``BY``/``TO`` agencies, ``HAS_EVENT`` from the
thread and the referral, ``CONCERNS`` the thread, ``EVIDENCED_BY`` its letter's ``Document``, and the
custody move ``(:Agency)-[:HOLDS]->(thread)``) — all or nothing.

>>> clue = open_thread(graph, "XS-1", agency=audit, on=d(2024, 2, 1), source="demo")    # doctest: +SKIP
>>> ref = transfer(graph, clue, to=finance, on=d(2024, 2, 2), letter=Letter("示审移〔2024〕1号"),
...                materials=["审计发现问题移送处理书"], source="demo")                    # doctest: +SKIP
>>> receive(graph, ref, on=d(2024, 2, 4), source="demo")                              # doctest: +SKIP

The rules (003 第十三条–第十五条) and their messages are in :mod:`supervision.lifecycle`; a step
that breaks one raises :class:`LifecycleError` and writes nothing. Repeating the last step with the
same values changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from graph.catalog import cypher
from graph.connection import Graph
from graph.custody import UnknownThread, read_history
from graph.threads import LifecycleError, Step, commit
from graph.writer import Unit
from supervision import lifecycle as rules
from supervision.history import ThreadHistory
from supervision.lifecycle import Agency, Letter, ReferralStep, rules_for

__all__ = ["Letter", "LifecycleError", "Step", "accept", "commit", "complete_handling", "forward", "notify_sender",
           "open_thread", "receive", "report_acceptance", "report_outcome", "return_referral", "rules_for", "transfer"]

REFERRAL_THREAD = cypher(
    "lifecycle.referral_thread",
    "MATCH (r:Referral {id: $id})-[:CONCERNS]->(t) WHERE t:Clue OR t:Case RETURN t.id AS thread",
    id="referral:0",
)


def _history(step: Step, thread_id: str) -> ThreadHistory:
    hist = read_history(step.run, thread_id)
    if hist is None:
        raise UnknownThread(f"no clue or case {thread_id!r} in the graph — open it first (open_thread)")
    return hist


def _referral_history(step: Step, referral_id: str) -> ThreadHistory:
    rows = step.run(REFERRAL_THREAD, {"id": referral_id})
    if not rows:
        raise LifecycleError(f"no referral {referral_id!r} in the graph — record the transfer first")
    return _history(step, rows[0]["thread"])


def _agencies(step: Step, hist: ThreadHistory | None, *ids: str | None) -> dict[str, Agency]:
    """The agencies a step's checks and messages may name: those of the history and of the step."""
    known: list[str | None] = list(ids)
    if hist is not None:
        known += [*hist.holder_ids, *(e.agency_id for e in hist.events), *(e.to_id for e in hist.events)]
        known += [a for r in hist.referrals.values() for a in (r.from_agency, r.to_agency)]
    return step.read_agencies(known)


# ------------------------------------------------------------------------------ steps
def open_thread(graph: Graph, number: str, *, agency: str, on: dt.date, letter: Letter, source: str,
                kind: str = "clue", summary: str | None = None, violations: list[str] | tuple[str, ...] = (),
                region: str | None = None, competent: str | None = None, synthetic: bool = False) -> str:
    """Register a clue (``kind="clue"``) or case found by ``agency`` on ``on``, on ``letter`` (the
    registration form, audit finding or report it rests on); the agency holds it from then.
    ``competent`` (e.g. from :func:`graph.rules.routing.route`) records who should handle it."""
    if kind not in ("clue", "case"):
        raise LifecycleError(f"kind must be 'clue' or 'case', not {kind!r}")

    def work(step: Step) -> str:
        step.agency(agency, "finding agency")
        if kind == "clue":
            tid = step.node("Clue", {"clue_no": number, "summary": summary, "violations": list(violations),
                                     "region": region, "received": on})
        else:
            tid = step.node("Case", {"case_no": number, "title": summary, "violations": list(violations),
                                     "region": region, "status": "open", "opened": on})
            step.rel("OPENED", agency, tid)
        existing = read_history(step.run, tid)
        tr = rules.opening(existing, tid, kind=kind, number=number, agency=agency, on=on, letter=letter,
                           competent=competent, agencies=_agencies(step, existing, agency, competent))
        if isinstance(tr, rules.Transition) and tr.existing is not None:
            step.unit = Unit()  # opened with these values already: nothing changes
            return tid
        step.take(tr)
        if competent:
            step.rel("COMPETENT", tid, competent)
        return tid

    return commit(graph, work, source=source, synthetic=synthetic)


def transfer(graph: Graph, thread: str, *, to: str, on: dt.date, letter: Letter, materials: Iterable[str],
             source: str, by: str | None = None, channel: str | None = None, synthetic: bool = False) -> str:
    """The holder transfers the thread to ``to`` (移送, 003 第十三条); returns the Referral id."""

    def work(step: Step) -> str:
        hist = _history(step, thread)
        return step.take(rules.transferring(hist, to=to, on=on, letter=letter, materials=tuple(materials), by=by,
                                            channel=channel, agencies=_agencies(step, hist, to, by),
                                            referral_id=step.referral_id))

    return commit(graph, work, source=source, synthetic=synthetic)


def _referral_step(graph: Graph, referral: str, kind: ReferralStep, on: dt.date, *, source: str, synthetic: bool,
                   letter: Letter | None = None) -> str:
    def work(step: Step) -> str:
        hist = _referral_history(step, referral)
        return step.take(rules.referral_step(hist, referral, kind, on=on, letter=letter,
                                             agencies=_agencies(step, hist)))

    return commit(graph, work, source=source, synthetic=synthetic)


def receive(graph: Graph, referral: str, *, on: dt.date, source: str, letter: Letter | None = None,
            synthetic: bool = False) -> str:
    """The receiver signs the receipt (回执); without ``letter`` the event rests on the transfer letter."""
    return _referral_step(graph, referral, rules.RECEIVE, on, source=source, synthetic=synthetic, letter=letter)


def accept(graph: Graph, referral: str, *, on: dt.date, source: str, letter: Letter | None = None,
           synthetic: bool = False) -> str:
    """The receiver decides to accept (受理) a received referral that is in its duty."""
    return _referral_step(graph, referral, rules.ACCEPT, on, source=source, synthetic=synthetic, letter=letter)


def report_acceptance(graph: Graph, referral: str, *, on: dt.date, letter: Letter, source: str,
                      synthetic: bool = False) -> str:
    """Tell the sender the referral was accepted (回告受理结果, 003 第十五条: 5 working days)."""
    return _referral_step(graph, referral, rules.REPORT_ACCEPTANCE, on, source=source, synthetic=synthetic,
                          letter=letter)


def complete_handling(graph: Graph, referral: str, *, on: dt.date, source: str, letter: Letter | None = None,
                      synthetic: bool = False) -> str:
    """The receiver finished handling an accepted referral (处理完毕)."""
    return _referral_step(graph, referral, rules.COMPLETE_HANDLING, on, source=source, synthetic=synthetic,
                          letter=letter)


def report_outcome(graph: Graph, referral: str, *, on: dt.date, letter: Letter, source: str,
                   synthetic: bool = False) -> str:
    """Report the outcome to the sender (回告办理结果, 003 第十五条: 10 working days after handling)."""
    return _referral_step(graph, referral, rules.REPORT_OUTCOME, on, source=source, synthetic=synthetic, letter=letter)


def notify_sender(graph: Graph, referral: str, *, on: dt.date, letter: Letter, source: str,
                  synthetic: bool = False) -> str:
    """The written notice to the sender that its referral was forwarded (书面告知, 003 第十四条(二))."""
    return _referral_step(graph, referral, rules.NOTIFY_SENDER, on, source=source, synthetic=synthetic, letter=letter)


def return_referral(graph: Graph, referral: str, *, on: dt.date, reason: str, letter: Letter, source: str,
                    synthetic: bool = False) -> str:
    """Return a received referral outside the receiver's duty, with written reasons (退回, 003 第十四条(三))."""

    def work(step: Step) -> str:
        hist = _referral_history(step, referral)
        return step.take(rules.returning(hist, referral, on=on, reason=reason, letter=letter,
                                         agencies=_agencies(step, hist)))

    return commit(graph, work, source=source, synthetic=synthetic)


def forward(graph: Graph, referral: str, *, to: str, on: dt.date, letter: Letter, source: str,
            notice: Letter | None = None, reason: str | None = None, synthetic: bool = False) -> str:
    """Forward a received referral to the competent authority of another level (003 第十四条(二)).

    ``notice`` records the written notice to the sender (书面告知) on the same day; without it,
    call :func:`notify_sender` later. Returns the new Referral's id.
    """

    def work(step: Step) -> str:
        hist = _referral_history(step, referral)
        return step.take(rules.forwarding(hist, referral, to=to, on=on, letter=letter, notice=notice, reason=reason,
                                          agencies=_agencies(step, hist, to), referral_id=step.referral_id))

    return commit(graph, work, source=source, synthetic=synthetic)
