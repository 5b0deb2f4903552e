"""Stage 1, read: files, folders and zips → :class:`ReadDocument` for each new document.

A file the reader cannot use (empty, binary, corrupt, ≥ 50 MB, undecodable, unsupported,
unreadable) is *quarantined* with the reader's reason; a file whose sha256 is already a ``Document``
(or came earlier in this run) is *unchanged* — both become a :class:`ingest.report.DocOutcome` here
and go no further. Re-running a batch costs one lookup per 32 files.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.catalog import cypher
from graph.connection import Graph
from graph.schema import Schema
from graph.threads import file_name
from ingest.readers import ReadLimits, ReadResult, iter_documents
from ingest.report import QUARANTINED, UNCHANGED, DocOutcome

EXISTING_DOCUMENTS = cypher(
    "ingest.existing_documents",
    "UNWIND $ids AS id\nMATCH (d:Document {id: id})\nRETURN d.id AS id, d.status AS status",
    ids=["doc:0"],
)


@dataclass(frozen=True)
class ReadDocument:
    """A document read whole and not yet in the graph: what extraction gets."""

    read: ReadResult
    doc_id: str            # the Document id its sha256 gives
    seq: int               # position in the input (the report lists documents in this order)

    @property
    def path(self) -> str:
        return self.read.path

    @property
    def name(self) -> str:
        """The file name (an archive member's own name)."""
        return file_name(self.read.path)

    @property
    def text(self) -> str:
        return self.read.text or ""

    @property
    def sha256(self) -> str:
        return str(self.read.sha256)


class Reading:
    """Reads the paths in input order and sorts out what needs no extraction (one lookup per 32 files)."""

    def __init__(self, graph: Graph, schema: Schema, limits: ReadLimits) -> None:
        self.graph = graph
        self.schema = schema
        self.limits = limits
        self._seen: dict[str, str] = {}     # doc id -> path, in this run
        self._count = 0

    def documents(self, paths: list[str]) -> Iterator[ReadDocument | DocOutcome]:
        for group in chunks(iter_documents(paths, limits=self.limits), 32):
            yield from self._triage(group)

    def forget(self, doc_id: str) -> None:
        """A document that was not stored after all: the same content later in this run is tried again."""
        self._seen.pop(doc_id, None)

    def _triage(self, group: list[ReadResult]) -> list[ReadDocument | DocOutcome]:
        doc = self.schema.node("Document")
        out: list[ReadDocument | DocOutcome] = []
        for read in group:
            self._count += 1
            if not read.ok or not read.text or not read.sha256:
                out.append(DocOutcome(read.path, QUARANTINED, str(read.status), read.reason or f"{read.path}: {read.status}",
                                      read.sha256, None, seq=self._count))
            else:
                out.append(ReadDocument(read, doc.make_id({"sha256": read.sha256}), self._count))
        ids = [d.doc_id for d in out if isinstance(d, ReadDocument) and d.doc_id not in self._seen]
        stored = {r["id"] for r in self.graph.read(EXISTING_DOCUMENTS, {"ids": ids})} if ids else set()
        for i, d in enumerate(out):
            if not isinstance(d, ReadDocument):
                continue
            if d.doc_id in stored:
                out[i] = DocOutcome(d.path, UNCHANGED, "ok", "already in the graph", d.sha256, d.doc_id, seq=d.seq)
            elif d.doc_id in self._seen:
                out[i] = DocOutcome(d.path, UNCHANGED, "ok", f"same content as {self._seen[d.doc_id]}", d.sha256,
                                    d.doc_id, seq=d.seq)
            else:
                self._seen[d.doc_id] = d.path
        return out


def chunks(it: Iterable[ReadResult], n: int) -> Iterator[list[ReadResult]]:
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
