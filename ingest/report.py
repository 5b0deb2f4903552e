"""What an ingest run did, per document and in total: the closing summary and the ``--report`` JSON.

Outcomes: ``ingested`` (written in its transaction), ``unchanged`` (a Document with the same
sha256 is already in the graph, or the same content came earlier in this run) and
``quarantined`` (not written; ``status`` says why: the reader's empty / binary / corrupt /
too_large / no_text_layer / undecodable / unsupported / unreadable, or ``extraction_failed``,
``invalid_data``, ``write_failed``). Quarantined files are not recorded in the graph — the
report is their record, and a re-run tries them again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypedDict

from graph.threads import RebuildReport
from ingest.minutes import MinutesOutcome

INGESTED, UNCHANGED, QUARANTINED = "ingested", "unchanged", "quarantined"


@dataclass
class DocOutcome:
    path: str
    outcome: str
    status: str
    reason: str = ""
    sha256: str | None = None
    doc_id: str | None = None
    kind: str | None = None
    doc_no: str | None = None
    region: str | None = None
    characters: int = 0
    mentions: int = 0
    referrals: int = 0
    penalties: int = 0
    candidates: int = 0
    notes: list[str] = field(default_factory=list)
    seq: int = 0                     # position in the input (the report lists documents in this order)


class Totals(TypedDict):
    """A run's totals (:meth:`IngestReport.totals`; ``totals`` in the ``--report`` JSON)."""

    seen: int
    ingested: int
    unchanged: int
    quarantined: int
    quarantined_by_status: dict[str, int]
    characters: int
    mentions: int
    referrals: int
    penalties: int
    review_candidates: int
    letters_per_second: float | None
    characters_per_second: int | None


class ReportJSON(TypedDict):
    """The ``--report`` file."""

    paths: list[str]
    started: str
    finished: str | None
    seconds: float
    extract_seconds: float
    write_seconds: float
    transactions: int
    workers: int
    interrupted: bool
    error: str | None
    totals: Totals
    documents: list[dict[str, object]]     # each a DocOutcome's fields


@dataclass
class IngestReport:
    paths: list[str]
    started: str = field(default_factory=lambda: dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    finished: str | None = None
    seconds: float = 0.0
    extract_seconds: float = 0.0      # CPU seconds spent extracting, summed over the workers
    write_seconds: float = 0.0
    transactions: int = 0
    workers: int = 1
    interrupted: bool = False
    error: str | None = None
    documents: list[DocOutcome] = field(default_factory=list)
    threads: RebuildReport | None = None  # after the letters' threads were rebuilt
    matter_joins: int = 0                 # namesakes in letters of one matter made one node (ingest/matters.py)
    meetings: list[MinutesOutcome] = field(default_factory=list)  # minutes recorded as meetings

    def add(self, outcome: DocOutcome) -> None:
        self.documents.append(outcome)

    # -- totals -------------------------------------------------------------------------
    def count(self, outcome: str) -> int:
        return sum(1 for d in self.documents if d.outcome == outcome)

    @property
    def ingested(self) -> list[DocOutcome]:
        return [d for d in self.documents if d.outcome == INGESTED]

    @property
    def quarantined(self) -> list[DocOutcome]:
        return [d for d in self.documents if d.outcome == QUARANTINED]

    def totals(self) -> Totals:
        ing = self.ingested
        chars = sum(d.characters for d in ing)
        return {
            "seen": len(self.documents),
            "ingested": len(ing),
            "unchanged": self.count(UNCHANGED),
            "quarantined": len(self.quarantined),
            "quarantined_by_status": dict(sorted(Counter(d.status for d in self.quarantined).items())),
            "characters": chars,
            "mentions": sum(d.mentions for d in ing),
            "referrals": sum(d.referrals for d in ing),
            "penalties": sum(d.penalties for d in ing),
            "review_candidates": sum(d.candidates for d in ing),
            "letters_per_second": round(len(ing) / self.seconds, 2) if self.seconds else None,
            "characters_per_second": round(chars / self.seconds) if self.seconds else None,
        }

    def summary_lines(self) -> list[str]:
        t = self.totals()
        head = "interrupted — re-run the same command to finish the rest" if self.interrupted else "done"
        if self.error:
            head = f"stopped ({self.error})"
        lines = [
            f"{head}: {t['seen']} documents in {self.seconds:.1f} s",
            (f"  ingested     {t['ingested']:>6}  ({t['mentions']} mentions, {t['referrals']} referrals, "
             f"{t['penalties']} penalties, {t['review_candidates']} identities to review)"),
            f"  unchanged    {t['unchanged']:>6}  (already in the graph)",
            f"  quarantined  {t['quarantined']:>6}" + (
                "  (" + ", ".join(f"{k} {v}" for k, v in t["quarantined_by_status"].items()) + ")" if t["quarantined"] else ""),
        ]
        for d in self.quarantined[:50]:
            lines.append(f"    {d.status:<17} {d.reason or d.path}")
        if len(self.quarantined) > 50:
            lines.append(f"    … {len(self.quarantined) - 50} more in the report file")
        if self.threads is not None:
            th = self.threads
            lines.append(f"  threads      {th.threads:>6}  ({th.letters} letters, {th.events} events, {th.deadlines} deadlines"
                         + (f", {th.review} letter(s) to place by hand — liandong threads list --review" if th.review else "")
                         + ")")
        if self.matter_joins:
            lines.append(f"  joined       {self.matter_joins:>6}  (one person named in letters of one matter; each a judgement by "
                         "liandong — liandong resolve show <id>; undo: liandong resolve split <judgement>)")
        if self.meetings:
            bad = [m for m in self.meetings if m.meeting_id is None]
            lines.append(f"  meetings     {len(self.meetings) - len(bad):>6}  (from minutes, 会议纪要)")
            lines += [f"    not recorded: {m.problem}" for m in bad[:20]]
        if t["ingested"] and self.seconds:
            lines.append(f"  speed        {t['letters_per_second']} letters/s, {t['characters_per_second']} characters/s")
        return lines

    def to_json(self) -> ReportJSON:
        return {
            "paths": self.paths,
            "started": self.started,
            "finished": self.finished,
            "seconds": round(self.seconds, 3),
            "extract_seconds": round(self.extract_seconds, 3),
            "write_seconds": round(self.write_seconds, 3),
            "transactions": self.transactions,
            "workers": self.workers,
            "interrupted": self.interrupted,
            "error": self.error,
            "totals": self.totals(),
            "documents": [asdict(d) for d in self.documents],
        }

    def write(self, path: str | Path) -> None:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(p)
