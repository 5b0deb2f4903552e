"""Stage 5, write: mapped documents, whole, through the one writer (:func:`graph.writer.write_unit`).

A batch of documents is ONE managed transaction (retried on transient errors); a transaction holds
whole documents only, so every document is all or nothing. The Document nodes are new (the read
stage checked), so the writer CREATEs them with their relationships (``Unit.created``); another run
that stored one meanwhile makes the batch fail as a whole (:class:`DocumentExists`). A failed batch
is written again one document at a time to isolate the bad one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from graph.connection import Graph
from graph.errors import InvalidData, WriteError
from graph.schema import Schema
from graph.writer import AlreadyStored, Unit, WriteStats, write_unit
from ingest.mapping import MappedDocument
from ingest.report import QUARANTINED, UNCHANGED, DocOutcome

DocumentExists = AlreadyStored   # a Document of the batch is in the graph already (another run stored it)


@dataclass
class Pending:
    """A mapped document waiting for its transaction, with the outcome the report will show."""

    mapped: MappedDocument
    outcome: DocOutcome


@dataclass
class Written:
    """What became of a batch: the documents stored, those settled otherwise (their outcome says how),
    and the transactions it took."""

    stored: list[Pending] = field(default_factory=list)
    settled: list[Pending] = field(default_factory=list)
    transactions: int = 0


def write_documents(graph: Graph, docs: list[MappedDocument], schema: Schema | None = None) -> WriteStats:
    """Write whole documents in ONE managed transaction (retried on transient errors).

    Raises :class:`DocumentExists` when one of them was stored meanwhile (nothing is written)."""
    unit = Unit(created=frozenset({"Document"}))
    for d in docs:
        unit.nodes.extend(d.unit.nodes)
        unit.rels.extend(d.unit.rels)
    return write_unit(graph, unit, schema)


def without_candidates(mapped: MappedDocument) -> MappedDocument:
    """The document without its review candidates (whose other end may be missing)."""
    return replace(mapped, unit=Unit(nodes=list(mapped.unit.nodes),
                                     rels=[r for r in mapped.unit.rels if r.type != "SAME_AS_CANDIDATE"]))


def write_batch(graph: Graph, batch: list[Pending], schema: Schema | None = None) -> Written:
    """The batch in one transaction; when it fails, each document alone (then without its review
    candidates): a document stored meanwhile is *unchanged*, one the graph refuses *quarantined*."""
    out = Written()
    try:
        write_documents(graph, [p.mapped for p in batch], schema)
        out.transactions += 1
        out.stored = list(batch)
        return out
    except (WriteError, InvalidData):
        pass
    for p in batch:  # isolate the bad document
        err: Exception
        try:
            write_documents(graph, [p.mapped], schema)
            out.transactions += 1
            out.stored.append(p)
            continue
        except InvalidData:
            try:  # a review candidate whose other end is missing: store the document without it
                write_documents(graph, [without_candidates(p.mapped)], schema)
                out.transactions += 1
                p.outcome.notes.append("review candidates dropped: their other end is not in the graph")
                p.outcome.candidates = 0
                out.stored.append(p)
                continue
            except (WriteError, InvalidData) as e:
                err = e
        except DocumentExists:
            p.outcome.outcome, p.outcome.reason = UNCHANGED, "stored meanwhile by another run"
            p.outcome.notes = []
            out.settled.append(p)
            continue
        except WriteError as e:
            err = e
        p.outcome.outcome, p.outcome.status = QUARANTINED, "write_failed"
        p.outcome.reason = f"{p.outcome.path}: {err}"
        out.settled.append(p)
    return out
