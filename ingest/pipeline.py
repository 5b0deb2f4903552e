"""Bulk ingestion: read → extract → resolve → map → write, one all-or-nothing unit per document.

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

import concurrent.futures as cf
import contextlib
import datetime as dt
import multiprocessing
import os
import signal
import sys
import threading
import time
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import ManagedTransaction
from neo4j import exceptions as nx

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import (
    CONSTRAINT_VIOLATION,
    GraphUnavailable,
    InvalidData,
    LiandongError,
    WriteError,
    status_code,
)
from graph.rules.agencies import AgencyDirectory
from graph.schema import Schema, load_schema, quote
from graph.threads import file_name
from graph.threads import rebuild as rebuild_threads
from graph.writer import RecordFactory, Unit, WriteStats, plan_unit, run_plan
from ingest.letters import letter_act
from ingest.mapping import MappedDocument, map_document
from ingest.minutes import meetings_from_documents
from ingest.readers import DEFAULT_LIMITS, ReadLimits, ReadResult, iter_documents
from ingest.report import INGESTED, QUARANTINED, UNCHANGED, DocOutcome, IngestReport
from ingest.resolve import KnownIndex, ResolvedNode, Resolver

Extractor = Callable[..., dict[str, Any]]

EXISTING_DOCUMENTS = cypher(
    "ingest.existing_documents",
    "UNWIND $ids AS id\nMATCH (d:Document {id: id})\nRETURN d.id AS id, d.status AS status",
    ids=["doc:0"],
)
DOCUMENT_COMPLETENESS = cypher(
    "ingest.document_completeness",
    "MATCH (d:Document) WHERE d.status = 'ingested'\n"
    "OPTIONAL MATCH (d)-[m:MENTIONS]->()\n"
    "WITH d, count(m) AS found\n"
    "RETURN d.id AS id, d.path AS path, d.mentions AS expected, found",
)


class Interrupted(Exception):
    """An orderly stop requested from inside the pipeline."""


# ------------------------------------------------------------------------------ extraction
_WORKER_EXTRACT: Extractor | None = None


def default_extractor() -> Extractor:
    from ingest.nlp import extract_text

    return extract_text


def _init_worker(extractor: Extractor | None, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _die_with_parent(parent)
    global _WORKER_EXTRACT
    _WORKER_EXTRACT = extractor or default_extractor()
    with contextlib.suppress(Exception):  # load the model now; a real letter will report a problem
        _WORKER_EXTRACT("预热", file="warmup")


def _die_with_parent(parent: int) -> None:
    """A worker must not outlive a killed ingest: the kernel kills it when the parent dies (Linux
    PR_SET_PDEATHSIG), and a watchdog thread checks the parent elsewhere."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _extract_one(text: str, name: str, extractor: Extractor | None = None) -> tuple[str, Any, float]:
    fn = extractor or _WORKER_EXTRACT or default_extractor()
    t0 = time.thread_time()
    try:
        result = fn(text, file=name)
    except Exception as e:  # noqa: BLE001 - one bad letter must not stop the batch
        return "error", f"{type(e).__name__}: {e}", time.thread_time() - t0
    return "ok", result, time.thread_time() - t0


def extraction_record(read: ReadResult, extraction: dict[str, Any] | None) -> dict[str, Any]:
    """The eval-format line for one read document (``liandong extract``)."""
    out: dict[str, Any] = {"file": _name(read), "path": read.path, "sha256": read.sha256,
                           "status": str(read.status)}
    if extraction is None:
        out.update(reason=read.reason, entities=[], relations=[], implicit_relations=[], doc=None)
        return out
    for key, value in extraction.items():
        if key not in ("file", "sha256"):
            out[key] = value
    return out


# ------------------------------------------------------------------------------- the work
@dataclass
class _Item:
    read: ReadResult
    outcome: str | None = None          # set for quarantined/unchanged before extraction
    status: str = ""
    reason: str = ""
    doc_id: str | None = None
    future: Any = None                  # cf.Future or None (in-process)
    extraction: dict[str, Any] | None = None
    seconds: float = 0.0
    seq: int = 0


@dataclass
class _Pending:
    mapped: MappedDocument
    outcome: DocOutcome


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

    def __post_init__(self) -> None:
        self.factory = RecordFactory(self.schema)
        self.index = KnownIndex.load(self.graph)
        self.resolver = Resolver(self.directory, self.index)
        self._seen: dict[str, str] = {}     # doc id -> path, in this run
        self._count = 0
        self._stop = False
        self._pool: cf.ProcessPoolExecutor | None = None

    # -- the run --------------------------------------------------------------------------
    def run(self, paths: Iterable[str | Path], *, report_path: str | Path | None = None) -> IngestReport:
        names = [str(p) for p in paths]
        report = IngestReport(paths=names, workers=max(1, self.workers))
        t0 = time.perf_counter()
        bar = _progress_bar(estimate_total(names), self.progress)
        self._stop = False
        previous = self._install_stop_handlers()
        batch: list[_Pending] = []
        try:
            if self.workers > 1:
                # spawn: workers are our own children (so they die with us) and inherit no driver state
                ctx = multiprocessing.get_context("spawn")
                self._pool = cf.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                                    initargs=(self.extractor, os.getpid()))
            for item in self._stream(iter_documents(names, limits=self.limits)):
                if self._stop:
                    break
                out = self._handle(item, report)
                if isinstance(out, _Pending):
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
                report.meetings = meetings_from_documents(self.graph)  # minutes (会议纪要) → Meeting
        except (KeyboardInterrupt, Interrupted):
            report.interrupted = True
        except GraphUnavailable as e:
            report.interrupted = True
            report.error = str(e)
            raise
        finally:
            _restore_handlers(previous)
            if self._pool is not None:
                self._pool.shutdown(wait=not report.interrupted, cancel_futures=True)
                self._pool = None
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

    # -- reading, triage and extraction, in input order --------------------------------------
    def _stream(self, reads: Iterator[ReadResult]) -> Iterator[_Item]:
        window: deque[_Item] = deque()
        limit = max(4 * self.workers, 2 * self.batch) if self._pool is not None else 1
        for group in _chunks(reads, 32):
            for item in self._triage(group):
                if item.outcome is None and self._pool is not None:
                    item.future = self._pool.submit(_extract_one, item.read.text or "", _name(item.read), self.extractor)
                window.append(item)
                while len(window) > limit:
                    yield self._finish(window.popleft())
        while window:
            yield self._finish(window.popleft())

    def _triage(self, group: list[ReadResult]) -> list[_Item]:
        items = []
        doc = self.schema.node("Document")
        for read in group:
            self._count += 1
            item = _Item(read, seq=self._count)
            if not read.ok or not read.text or not read.sha256:
                item.outcome, item.status = QUARANTINED, str(read.status)
                item.reason = read.reason or f"{read.path}: {read.status}"
            else:
                item.doc_id = doc.make_id({"sha256": read.sha256})
            items.append(item)
        ids = [i.doc_id for i in items if i.doc_id and i.doc_id not in self._seen]
        stored = {r["id"] for r in self.graph.read(EXISTING_DOCUMENTS, {"ids": ids})} if ids else set()
        for item in items:
            if item.doc_id is None:
                continue
            if item.doc_id in stored:
                item.outcome, item.status, item.reason = UNCHANGED, "ok", "already in the graph"
            elif item.doc_id in self._seen:
                item.outcome, item.status = UNCHANGED, "ok"
                item.reason = f"same content as {self._seen[item.doc_id]}"
            else:
                self._seen[item.doc_id] = item.read.path
        return items

    def _finish(self, item: _Item) -> _Item:
        if item.outcome is not None:
            return item
        if item.future is not None:
            status, value, secs = item.future.result()
        else:
            status, value, secs = _extract_one(item.read.text or "", _name(item.read), self.extractor)
        item.seconds = secs
        if status == "ok":
            item.extraction = value
        else:
            item.outcome, item.status = QUARANTINED, "extraction_failed"
            item.reason = f"{item.read.path}: extraction failed ({value})"
            self._seen.pop(item.doc_id or "", None)
        return item

    # -- resolve and map ----------------------------------------------------------------------
    def _handle(self, item: _Item, report: IngestReport) -> DocOutcome | _Pending:
        read = item.read
        report.extract_seconds += item.seconds
        if item.outcome is not None:
            return DocOutcome(read.path, item.outcome, item.status, item.reason, read.sha256, item.doc_id, seq=item.seq)
        assert item.extraction is not None
        try:
            resolution = self.resolver.resolve(item.extraction, read.text or "", doc_key=f"doc:{read.sha256}")
            act, agencies = letter_act(read.text or "", file=_name(read), sha256=str(read.sha256), resolver=self.resolver)
            mapped = map_document(read, item.extraction, resolution, factory=self.factory, act=act,
                                  agencies=agencies)
        except (InvalidData, ValueError, KeyError, TypeError) as e:
            self._seen.pop(item.doc_id or "", None)
            return DocOutcome(read.path, QUARANTINED, "invalid_data", f"{read.path}: cannot map the extraction ({e})",
                              read.sha256, item.doc_id, seq=item.seq)
        self.index.add_resolution(resolution)
        c = mapped.counts
        outcome = DocOutcome(
            read.path, INGESTED, "ok", "", read.sha256, mapped.doc_id, mapped.kind, mapped.doc_no, mapped.region,
            len(read.text or ""), mapped.mentions, c["referrals"], c["penalties"], c["candidates"], mapped.notes,
            seq=item.seq,
        )
        return _Pending(mapped, outcome)

    # -- writing ------------------------------------------------------------------------------
    def _flush(self, batch: list[_Pending], report: IngestReport, bar: Any) -> None:
        if not batch:
            return
        t0 = time.perf_counter()
        try:
            write_documents(self.graph, [p.mapped for p in batch], self.schema)
            report.transactions += 1
            done = batch
        except (WriteError, InvalidData):
            done = []
            for p in batch:  # isolate the bad document
                try:
                    write_documents(self.graph, [p.mapped], self.schema)
                    report.transactions += 1
                    done.append(p)
                    continue
                except InvalidData:
                    try:  # a review candidate whose other end is missing: store the document without it
                        write_documents(self.graph, [_without_candidates(p.mapped)], self.schema)
                        report.transactions += 1
                        p.outcome.notes.append("review candidates dropped: their other end is not in the graph")
                        p.outcome.candidates = 0
                        done.append(p)
                        continue
                    except (WriteError, InvalidData) as e:
                        err: Exception = e
                except DocumentExists:
                    p.outcome.outcome, p.outcome.reason = UNCHANGED, "stored meanwhile by another run"
                    p.outcome.notes = []
                    report.add(p.outcome)
                    bar.update(1)
                    continue
                except WriteError as e:
                    err = e
                p.outcome.outcome, p.outcome.status = QUARANTINED, "write_failed"
                p.outcome.reason = f"{p.outcome.path}: {err}"
                self._seen.pop(p.mapped.doc_id, None)
                report.add(p.outcome)
                bar.update(1)
        report.write_seconds += time.perf_counter() - t0
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
           directory: AgencyDirectory | None = None, limits: ReadLimits = DEFAULT_LIMITS) -> IngestReport:
    """Ingest files, folders and zips into ``graph``; see the module docstring."""
    pipeline = Pipeline(graph, workers=workers, batch=batch, progress=progress, extractor=extractor,
                        directory=directory, limits=limits)
    return pipeline.run(paths, report_path=report_path)


STORED_LETTERS = cypher(
    "ingest.stored_letters",
    "MATCH (d:Document) WHERE d.status = 'ingested' AND d.text IS NOT NULL\n"
    "RETURN d.id AS id, d.path AS path, d.sha256 AS sha256, d.text AS text ORDER BY id",
)
SET_ACTS = cypher(
    "ingest.set_acts",
    "UNWIND $rows AS row\nMATCH (d:Document {id: row.id})\nSET d.act = row.act, d.act_kind = row.kind, d.kind = row.doc_kind",
    writes=True, rows=[],
)


def reread_letters(graph: Graph, *, directory: AgencyDirectory | None = None) -> int:
    """Read every stored letter's act again with the current rules (after an upgrade of liandong),
    store the agencies it names and the acts, and rebuild the threads. Returns the letters read."""
    pipeline = Pipeline(graph, directory=directory)
    rows: list[dict[str, Any]] = []
    nodes: dict[str, tuple[ResolvedNode, str]] = {}
    for r in graph.read(STORED_LETTERS):
        act, found = letter_act(r["text"], file=file_name(r["path"] or ""), sha256=r["sha256"], resolver=pipeline.resolver)
        for n in found:
            nodes.setdefault(n.id, (n, f"doc:{r['sha256']}"))
        rows.append({"id": r["id"], "act": act.to_json(), "kind": act.kind,
                     "doc_kind": act.kind if act.kind != "other" else None})
    unit = Unit(nodes=[pipeline.factory.node("Agency", {"id": n.id, **n.props}, source=src) for n, src in nodes.values()])
    plan = plan_unit(unit, pipeline.schema)

    def work(tx: ManagedTransaction) -> None:
        run_plan(tx, plan)
        for i in range(0, len(rows), 500):
            tx.run(SET_ACTS, rows=rows[i:i + 500]).consume()

    with graph.driver.session(database=graph.database) as session:
        session.execute_write(work)
    rebuild_threads(graph)
    return len(rows)


def incomplete_documents(graph: Graph) -> list[dict[str, Any]]:
    """Ingested Documents whose MENTIONS are fewer or more than they recorded (should be none)."""
    return [r for r in graph.read(DOCUMENT_COMPLETENESS) if (r["expected"] or 0) != r["found"]]


# ----------------------------------------------------------------------- the write transaction
# A document is new when it is written (unchanged ones never get here), so the Document node and
# every relationship touching it are CREATEd, not MERGEd — several times faster on the embedded
# store (bench/bench_ingest.py). The Document id's uniqueness constraint makes a concurrent second
# writer of the same content fail as a whole (it is then reported "unchanged").
CREATE_DOCUMENT = cypher(
    "ingest.create_document",
    "UNWIND $rows AS row\nCREATE (n:Document {id: row.id})\nSET n += row.props, n.sources = [row.source]",
    writes=True, rows=[],
)


def _create_rel_statement(rel_type: str, start_label: str, end_label: str) -> str:
    return cypher(
        f"ingest.create_rel.{rel_type}.{start_label}.{end_label}",
        f"UNWIND $rows AS row\n"
        f"MATCH (a:{quote(start_label)} {{id: row.start}})\n"
        f"MATCH (b:{quote(end_label)} {{id: row.end}})\n"
        f"CREATE (a)-[r:{quote(rel_type)} {{id: row.id}}]->(b)\n"
        f"SET r += row.props, r.source = row.source\n"
        f"RETURN count(r) AS written",
        writes=True, rows=[],
    )


CREATE_DOC_RELS = {
    (t, a, b): _create_rel_statement(t, a, b)
    for t, a, b in load_schema().rel_endpoints() if "Document" in (a, b)
}


def document_plan(unit: Unit, schema: Schema) -> list[tuple[str, list[dict[str, Any]], str, bool]]:
    """The writer's plan for the shared nodes and relationships, CREATEs for the new documents."""
    docs = [n for n in unit.nodes if n.label == "Document"]
    doc_ids = {n.id for n in docs}
    rest = Unit(nodes=[n for n in unit.nodes if n.label != "Document"],
                rels=[r for r in unit.rels if r.start not in doc_ids and r.end not in doc_ids])
    plan = plan_unit(rest, schema)
    at = sum(1 for step in plan if not step[3])  # after the node MERGEs, before the relationships
    if docs:
        rows = [{"id": n.id, "props": n.props, "source": n.source} for n in {n.id: n for n in docs}.values()]
        plan.insert(at, (CREATE_DOCUMENT, rows, "Document nodes", False))
    grouped: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
    for r in unit.rels:
        if r.start in doc_ids or r.end in doc_ids:
            key = (r.type, schema.label_of_id(r.start), schema.label_of_id(r.end))
            grouped.setdefault(key, {})[r.id] = {"id": r.id, "start": r.start, "end": r.end, "props": r.props,
                                                 "source": r.source}
    for key, rows_by_id in grouped.items():
        plan.append((CREATE_DOC_RELS[key], list(rows_by_id.values()), f"{key[0]} ({key[1]}→{key[2]})", True))
    return plan


def write_documents(graph: Graph, docs: list[MappedDocument], schema: Schema | None = None) -> WriteStats:
    """Write whole documents in ONE managed transaction (retried on transient errors).

    Raises :class:`DocumentExists` when one of them was stored meanwhile (nothing is written)."""
    schema = schema or load_schema()
    unit = Unit()
    for d in docs:
        unit.nodes.extend(d.unit.nodes)
        unit.rels.extend(d.unit.rels)
    plan = document_plan(unit, schema)
    def work(tx: ManagedTransaction) -> WriteStats:
        return run_plan(tx, plan)

    try:
        with graph.driver.session(database=graph.database) as session:
            return session.execute_write(work)
    except (InvalidData, LiandongError):
        raise
    except (nx.ServiceUnavailable, nx.SessionExpired) as e:
        raise GraphUnavailable(f"lost the connection to the graph while writing: {e} — nothing of this batch was "
                               "stored; re-run the same command when the graph is back") from e
    except nx.Neo4jError as e:
        if status_code(e) == CONSTRAINT_VIOLATION:
            # by the status code, then by the data: the only CREATEs of the plan are the Documents
            # (everything else is MERGEd on its id), so a uniqueness violation is one of them when
            # one of the batch's Document ids is in the graph now
            stored = graph.read(EXISTING_DOCUMENTS, {"ids": [d.doc_id for d in docs]})
            if stored:
                raise DocumentExists(f"a document of this batch was stored meanwhile by another run: "
                                     f"{', '.join(sorted(r['id'] for r in stored))}") from e
        raise WriteError(f"the graph refused a write ({e.code}): {e.message} — nothing of this batch was stored") from e
    except nx.DriverError as e:
        raise WriteError(f"the write failed ({type(e).__name__}: {e}) — nothing of this batch was stored") from e


class DocumentExists(WriteError):
    """A Document of the batch is already in the graph (another run stored it meanwhile)."""


def _without_candidates(mapped: MappedDocument) -> MappedDocument:
    unit = Unit(nodes=list(mapped.unit.nodes), rels=[r for r in mapped.unit.rels if r.type != "SAME_AS_CANDIDATE"])
    return MappedDocument(**{**mapped.__dict__, "unit": unit})


# ------------------------------------------------------------------------------------ helpers
def _name(read: ReadResult) -> str:
    return file_name(read.path)


def _chunks(it: Iterable[ReadResult], n: int) -> Iterator[list[ReadResult]]:
    buf: list[ReadResult] = []
    for x in it:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many documents the paths hold (zips counted by their members), for the progress bar."""
    total = 0
    try:
        for raw in paths:
            p = Path(raw)
            files = [p] if not p.is_dir() else [
                Path(root) / f for root, dirs, names in os.walk(p)
                for f in names if not f.startswith((".", "~$")) and not any(d.startswith(".") for d in Path(root).parts)
            ]
            for f in files:
                if f.suffix.lower() == ".zip":
                    try:
                        with zipfile.ZipFile(f) as z:
                            total += sum(1 for i in z.infolist() if not i.is_dir()) or 1
                    except (OSError, zipfile.BadZipFile, ValueError):
                        total += 1
                else:
                    total += 1
    except OSError:
        return None
    return total


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
