"""Stage 2, extract: :class:`~ingest.stages.read.ReadDocument` → :class:`Extraction`, in input order.

:func:`ingest.nlp.extract_text` runs in-process, or in a pool of ``workers`` processes (spawned:
our own children, so they die with us, and they inherit no driver state) feeding the one writer;
results are consumed in input order. A letter the extractor fails on becomes
:class:`ExtractionFailed` and never stops the batch.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from graph.threads import file_name
from ingest.nlp.records import ExtractionRecord, ExtractLine
from ingest.readers import ReadResult
from ingest.report import DocOutcome
from ingest.stages.read import ReadDocument


class Extractor(Protocol):
    """:func:`ingest.nlp.extract_text`, or a stand-in with its signature."""

    def __call__(self, text: str, *, file: str | None = ...) -> ExtractionRecord: ...


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one document. ``data`` is its answer in the extraction format
    (``../shared/eval``: ``entities``, ``relations``, ``identifiers``, ``doc`` …), which the resolver,
    the mapping and ``liandong extract`` read; ``seconds`` the CPU time it took."""

    data: ExtractionRecord
    seconds: float = 0.0


@dataclass(frozen=True)
class ExtractionFailed:
    """The extractor raised on this document (the error, one line)."""

    error: str
    seconds: float = 0.0


# ------------------------------------------------------------------------------ in a worker
_WORKER_EXTRACT: Extractor | None = None


def default_extractor() -> Extractor:
    from ingest.nlp import extract_text

    fn: Extractor = extract_text
    return fn


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


def extract_one(text: str, name: str, extractor: Extractor | None = None) -> Extraction | ExtractionFailed:
    fn = extractor or _WORKER_EXTRACT or default_extractor()
    t0 = time.thread_time()
    try:
        result = fn(text, file=name)
    except Exception as e:  # noqa: BLE001 - one bad letter must not stop the batch
        return ExtractionFailed(f"{type(e).__name__}: {e}", time.thread_time() - t0)
    return Extraction(result, time.thread_time() - t0)


# ------------------------------------------------------------------------------ in order
class Extracting:
    """Extraction in input order; with ``workers`` > 1 in a pool of processes, ``window`` documents ahead."""

    def __init__(self, extractor: Extractor | None, workers: int, window: int) -> None:
        self.extractor = extractor
        self.workers = workers
        self.window = window
        self._pool: cf.ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self.workers > 1:
            ctx = multiprocessing.get_context("spawn")
            self._pool = cf.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                                initargs=(self.extractor, os.getpid()))

    def close(self, *, wait: bool) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def stream(self, items: Iterable[ReadDocument | DocOutcome]
               ) -> Iterator[DocOutcome | tuple[ReadDocument, Extraction | ExtractionFailed]]:
        """Each item in input order: an outcome as it came, a document with its extraction."""
        pending: deque[tuple[ReadDocument | DocOutcome, cf.Future[Extraction | ExtractionFailed] | None]] = deque()
        limit = self.window if self._pool is not None else 1
        for item in items:
            future = None
            if isinstance(item, ReadDocument) and self._pool is not None:
                future = self._pool.submit(extract_one, item.text, item.name, self.extractor)
            pending.append((item, future))
            while len(pending) > limit:
                yield self._finish(*pending.popleft())
        while pending:
            yield self._finish(*pending.popleft())

    def _finish(self, item: ReadDocument | DocOutcome, future: cf.Future[Extraction | ExtractionFailed] | None
                ) -> DocOutcome | tuple[ReadDocument, Extraction | ExtractionFailed]:
        if isinstance(item, DocOutcome):
            return item
        result = future.result() if future is not None else extract_one(item.text, item.name, self.extractor)
        return item, result


def extraction_record(read: ReadResult, extraction: ExtractionRecord | None) -> ExtractLine:
    """The eval-format line for one read document (``liandong extract``): the extraction's record
    with the file's name, path, sha256 and read status; without an extraction, the reader's reason."""
    name, path, sha256, status = file_name(read.path), read.path, read.sha256, str(read.status)
    if extraction is None:
        return {"file": name, "path": path, "sha256": sha256, "status": status, "reason": read.reason,
                "entities": [], "relations": [], "implicit_relations": [], "doc": None}
    x = extraction
    return {"file": name, "path": path, "sha256": sha256, "status": status,
            "entities": x["entities"], "relations": x["relations"], "implicit_relations": x["implicit_relations"],
            "doc": x["doc"], "aliases": x["aliases"], "notes": x["notes"], "identifiers": x["identifiers"],
            "references": x["references"], "genre": x["genre"]}
