"""Bulk ingestion: read → extract → resolve → map → write, one all-or-nothing unit per document.

The stages are modules of :mod:`ingest.stages` (and :mod:`ingest.mapping`), each handing the next a
typed record (``ReadDocument`` → ``Extraction`` → ``ResolvedDocument`` → ``MappedDocument``); this
module runs them, handles stops and keeps the report.

>>> report = ingest(graph, ["letters/", "more.zip"], workers=2, report_path="ingest.json")  # doctest: +SKIP
>>> print("\\n".join(report.summary_lines()))                                               # doctest: +SKIP

* **Read**: :func:`ingest.readers.iter_documents` over files, folders and zips; a file the reader
  cannot use (empty, binary, corrupt, ≥ 50 MB, undecodable, unsupported, unreadable) is
  *quarantined* with the reader's reason and never stops the batch.
* **Unchanged**: a file whose sha256 is already a ``Document`` (or came earlier in this run) is
  skipped before extraction — re-running a batch costs one lookup per 32 files.
* **Extract**: :func:`ingest.nlp.extract_text` (in-process, or in a pool of ``workers`` processes
  feeding the one writer; results are consumed in input order).
* **Resolve + map**: :mod:`ingest.resolve` against the agency directory and what the graph holds
  (loaded once, then kept up to date in memory), :mod:`ingest.mapping` to records.
* **Write**: documents are written ``batch`` at a time in ONE managed transaction each (retried on
  transient errors): a transaction holds whole documents only, so every document is all or
  nothing; a failed batch is retried one document at a time to isolate the bad one. Ctrl-C / SIGTERM stop at the next document boundary (the documents
  already mapped are written first; a second Ctrl-C stops at once, rolling back the open
  transaction); SIGKILL loses at most the uncommitted transaction, and the extraction workers die
  with their parent. Either way a re-run finishes the rest (what was stored is "unchanged").
* **Threads**: each letter's act (:mod:`ingest.letters`) is stored on its Document; after the run
  :func:`graph.threads.rebuild` derives every thread, its events, custody and deadlines from the
  acts of all stored letters, in one transaction.
* **Quarantined** files are not stored in the graph: the report (summary and ``--report`` JSON)
  is their record, with the reason, and a re-run tries them again.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import GraphUnavailable, InvalidData
from graph.rules.agencies import AgencyDirectory
from graph.schema import Schema, load_schema
from graph.threads import file_name
from graph.threads import rebuild as rebuild_threads
from graph.writer import RecordFactory, Unit, UpdateRecord, write_unit
from ingest.letters import letter_act
from ingest.mapping import map_document
from ingest.matters import merge_matter_namesakes
from ingest.minutes import meetings_from_documents
from ingest.readers import DEFAULT_LIMITS, ReadLimits
from ingest.report import INGESTED, QUARANTINED, DocOutcome, IngestReport
from ingest.resolve import KnownIndex, ResolvedNode, Resolver
from ingest.stages.extract import (
    Extracting,
    Extraction,
    ExtractionFailed,
    Extractor,
    extraction_record,
)
from ingest.stages.read import ReadDocument, Reading, estimate_total
from ingest.stages.resolve import resolve_document
from ingest.stages.write import DocumentExists, Pending, write_batch, write_documents

__all__ = ["DocumentExists", "Extractor", "Pipeline", "estimate_total", "extraction_record", "incomplete_documents",
           "ingest", "reread_letters", "write_documents"]

DOCUMENT_COMPLETENESS = cypher(
    "ingest.document_completeness",
    "MATCH (d:Document) WHERE d.status = 'ingested'\n"
    "OPTIONAL MATCH (d)-[m:MENTIONS]->()\n"
    "WITH d, count(m) AS found\n"
    "RETURN d.id AS id, d.path AS path, d.mentions AS expected, found",
)


class Interrupted(Exception):
    """An orderly stop requested from inside the pipeline."""


@dataclass
class Pipeline:
    graph: Graph
    workers: int = 1
    batch: int = 16
    progress: bool | None = None
    extractor: Extractor | None = None
    directory: AgencyDirectory | None = None
    limits: ReadLimits = DEFAULT_LIMITS
    on_written: Callable[[list[DocOutcome]], None] | None = None
    schema: Schema = field(default_factory=load_schema)
    merge_unplaced: bool = True   # LIANDONG_UNPLACED_NAMES (graph.settings; review: False): see ingest/matching.py

    def __post_init__(self) -> None:
        self.factory = RecordFactory(self.schema)
        self.index = KnownIndex.load(self.graph)
        self.resolver = Resolver(self.directory, self.index, merge_unplaced=self.merge_unplaced)
        self._stop = False
        self._reading = Reading(self.graph, self.schema, self.limits)

    # -- the run --------------------------------------------------------------------------
    def run(self, paths: Iterable[str | Path], *, report_path: str | Path | None = None) -> IngestReport:
        names = [str(p) for p in paths]
        report = IngestReport(paths=names, workers=max(1, self.workers))
        t0 = time.perf_counter()
        bar = _progress_bar(estimate_total(names), self.progress)
        self._stop = False
        previous = self._install_stop_handlers()
        reading = self._reading = Reading(self.graph, self.schema, self.limits)
        extracting = Extracting(self.extractor, self.workers, max(4 * self.workers, 2 * self.batch))
        batch: list[Pending] = []
        try:
            extracting.start()
            for item in extracting.stream(reading.documents(names)):
                if self._stop:
                    break
                out = self._handle(item, report, reading)
                if isinstance(out, Pending):
                    batch.append(out)
                    if len(batch) >= self.batch or sum(len(p.mapped.unit) for p in batch) > 4000:
                        self._flush(batch, report, bar)
                        batch = []
                else:
                    report.add(out)
                    bar.update(1)
            self._flush(batch, report, bar)  # on a stop too: these are mapped already, one more transaction
            batch = []
            report.interrupted = self._stop
            if report.count(INGESTED):
                report.threads = rebuild_threads(self.graph)
                report.matter_joins = len(merge_matter_namesakes(self.graph))  # one matter's namesakes → one node
                report.meetings = meetings_from_documents(self.graph)  # minutes (会议纪要) → Meeting
        except (KeyboardInterrupt, Interrupted):
            report.interrupted = True
        except GraphUnavailable as e:
            report.interrupted = True
            report.error = str(e)
            raise
        finally:
            _restore_handlers(previous)
            extracting.close(wait=not report.interrupted)
            bar.close()
            report.documents.sort(key=lambda d: d.seq)
            report.seconds = time.perf_counter() - t0
            report.finished = dt.datetime.now().astimezone().isoformat(timespec="seconds")
            if report_path is not None:
                report.write(report_path)
        return report

    def _install_stop_handlers(self) -> dict[int, Any]:
        """Ctrl-C / SIGTERM ask for a stop at the next document boundary (never inside a transaction or
        a driver call); a second Ctrl-C stops at once (the open transaction is then rolled back)."""

        def handler(signum: int, frame: Any) -> None:
            if self._stop and signum == signal.SIGINT:
                raise KeyboardInterrupt
            self._stop = True

        previous: dict[int, Any] = {}
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                previous[sig] = signal.signal(sig, handler)
            except ValueError:  # not the main thread: leave signals alone
                break
        return previous

    # -- resolve and map ----------------------------------------------------------------------
    def _handle(self, item: DocOutcome | tuple[ReadDocument, Extraction | ExtractionFailed], report: IngestReport,
                reading: Reading) -> DocOutcome | Pending:
        if isinstance(item, DocOutcome):
            return item
        doc, extraction = item
        report.extract_seconds += extraction.seconds
        if isinstance(extraction, ExtractionFailed):
            reading.forget(doc.doc_id)
            return DocOutcome(doc.path, QUARANTINED, "extraction_failed",
                              f"{doc.path}: extraction failed ({extraction.error})", doc.sha256, doc.doc_id, seq=doc.seq)
        try:
            resolved = resolve_document(self.resolver, doc, extraction)
            mapped = map_document(doc.read, extraction.data, resolved.resolution, factory=self.factory,
                                  act=resolved.act, agencies=resolved.agencies)
        except (InvalidData, ValueError, KeyError, TypeError) as e:
            reading.forget(doc.doc_id)
            return DocOutcome(doc.path, QUARANTINED, "invalid_data", f"{doc.path}: cannot map the extraction ({e})",
                              doc.sha256, doc.doc_id, seq=doc.seq)
        self.index.add_resolution(resolved.resolution)
        c = mapped.counts
        outcome = DocOutcome(
            doc.path, INGESTED, "ok", "", doc.sha256, mapped.doc_id, mapped.kind, mapped.doc_no, mapped.region,
            len(doc.text), mapped.mentions, c["referrals"], c["penalties"], c["candidates"], mapped.notes, seq=doc.seq,
        )
        return Pending(mapped, outcome)

    # -- writing ------------------------------------------------------------------------------
    def _flush(self, batch: list[Pending], report: IngestReport, bar: Any) -> None:
        if not batch:
            return
        t0 = time.perf_counter()
        written = write_batch(self.graph, batch, self.schema)
        report.transactions += written.transactions
        for p in written.settled:
            if p.outcome.outcome == QUARANTINED:
                self._reading.forget(p.mapped.doc_id)
            report.add(p.outcome)
        bar.update(len(written.settled))
        report.write_seconds += time.perf_counter() - t0
        done = written.stored
        for p in done:
            report.add(p.outcome)
        bar.update(len(done))
        if done:  # the embedded store's search side index follows at once (Neo4j's index by itself)
            from graph.fulltext import FIELDS, keep_in_step

            keep_in_step(self.graph, [n.id for p in done for n in p.mapped.unit.nodes if n.label in FIELDS])
        if self.on_written is not None:
            self.on_written([p.outcome for p in done])


def ingest(graph: Graph, paths: Iterable[str | Path], *, report_path: str | Path | None = None, workers: int = 1,
           batch: int = 16, progress: bool | None = None, extractor: Extractor | None = None,
           directory: AgencyDirectory | None = None, limits: ReadLimits = DEFAULT_LIMITS,
           merge_unplaced: bool = True) -> IngestReport:
    """Ingest files, folders and zips into ``graph``; see the module docstring."""
    pipeline = Pipeline(graph, workers=workers, batch=batch, progress=progress, extractor=extractor,
                        directory=directory, limits=limits, merge_unplaced=merge_unplaced)
    return pipeline.run(paths, report_path=report_path)


STORED_LETTERS = cypher(
    "ingest.stored_letters",
    "MATCH (d:Document) WHERE d.status = 'ingested' AND d.text IS NOT NULL\n"
    "RETURN d.id AS id, d.path AS path, d.sha256 AS sha256, d.text AS text ORDER BY id",
)


def reread_letters(graph: Graph, *, directory: AgencyDirectory | None = None) -> int:
    """Read every stored letter's act again with the current rules (after an upgrade of liandong),
    store the agencies it names and the acts (a letter read as ``other`` loses its ``kind``), in one
    transaction through the writer, and rebuild the threads. Returns the letters read."""
    pipeline = Pipeline(graph, directory=directory)
    updates: list[UpdateRecord] = []
    nodes: dict[str, tuple[ResolvedNode, str]] = {}
    for r in graph.read(STORED_LETTERS):
        act, found = letter_act(r["text"], file=file_name(r["path"] or ""), sha256=r["sha256"], resolver=pipeline.resolver)
        for n in found:
            nodes.setdefault(n.id, (n, f"doc:{r['sha256']}"))
        updates.append(pipeline.factory.update(r["id"], {"act": act.to_json(), "act_kind": act.kind,
                                                         "kind": act.kind if act.kind != "other" else None}))
    agencies = [pipeline.factory.node("Agency", {"id": n.id, **n.props}, source=src) for n, src in nodes.values()]
    write_unit(graph, Unit(nodes=agencies, updates=updates), pipeline.schema)
    rebuild_threads(graph)
    return len(updates)


def incomplete_documents(graph: Graph) -> list[dict[str, Any]]:
    """Ingested Documents whose MENTIONS are fewer or more than they recorded (should be none)."""
    return [r for r in graph.read(DOCUMENT_COMPLETENESS) if (r["expected"] or 0) != r["found"]]


def _progress_bar(total: int | None, progress: bool | None) -> Any:
    from tqdm import tqdm

    disable = (not sys.stderr.isatty()) if progress is None else not progress
    return tqdm(total=total, unit="doc", file=sys.stderr, disable=disable, dynamic_ncols=True, desc="ingest")


def _restore_handlers(previous: dict[int, Any]) -> None:
    for sig, handler in previous.items():
        try:
            signal.signal(sig, handler)
        except (ValueError, TypeError):
            pass
