"""The supervision domain: what letters do, how a matter (thread) moves, and what it owes.

Pure functions and typed records only — no graph, no I/O:

* :mod:`supervision.acts` — the record a letter becomes (:class:`~supervision.acts.LetterAct`) and
  the vocabulary of acts and events, declared once;
* :mod:`supervision.threads` — threads from a set of letters (``derive``), over
  :mod:`supervision.grouping` (letters into threads), :mod:`supervision.events` (the events each
  letter performs, custody: who holds the matter) and :mod:`supervision.deadlines` (the statutory
  deadlines), with the records (``Thread``, ``ThreadEvent``, ``Deadline``) in :mod:`supervision.records`;
* :mod:`supervision.history` — a thread's recorded history (events, referrals, hops, the holder);
* :mod:`supervision.lifecycle` — the steps recorded by hand (open, transfer, receive, accept,
  return, forward, report) as functions of that history: a ``Transition`` or a ``Refused``.

Ingestion (:mod:`ingest.letters`) reads letters into ``LetterAct`` records; the graph layer
(:mod:`graph.threads`) stores what these functions derive, and :mod:`graph.lifecycle` writes each
transition through it.
"""
