"""Long letters extracted in chunks, so that memory per letter stays bounded (issue 12 row 11).

The spaCy pipeline's memory grows with the letter (about 5.5 MB per 1,000 characters: a
990,000-character letter took 6 GB). :func:`extract_text` here is the entry point
``ingest.nlp.extract_text`` (used by ``liandong ingest`` and the app's upload): a letter of at
most :data:`CHUNK_CHARS` characters goes through :func:`ingest.nlp.extract.extract_text` as before;
a longer one is cut into chunks at line ends (else at 。, else hard), each extracted on its own,
and the records merged with **offsets into the original text** — entities and identifiers
shifted by their chunk's start, relations' entity indices shifted by the entities before them,
the document fields from the first chunk (its head: number, issuer, kind) completed by later ones.
A relation whose two ends fall in different chunks is not found; the record's notes say the letter
was chunked.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TypeVar, cast

from graph.errors import ProgrammingError

from .extract import extract_text as extract_whole
from .records import (
    DocFields,
    EntitySpan,
    ExtractionRecord,
    Identifier,
    ImplicitRelation,
    Reference,
    RelationRecord,
    UnreadFile,
)

CHUNK_CHARS = 20_000
_MIN_FRACTION = 0.5  # a chunk ends at a line end (or 。) found in its second half, else hard
ENTITY_INDEX_KEYS = ("from", "to", "org", "issuer", "sender", "receiver", "evidence_doc_no", "date")  # entity indices


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each chunk: consecutive, covering ``text``, each at most ``size`` long."""
    bounds, start, n = [], 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            floor = start + int(size * _MIN_FRACTION)
            cut = text.rfind("\n", floor, end)
            if cut < 0:
                cut = text.rfind("。", floor, end)
            if cut >= 0:
                end = cut + 1
        bounds.append((start, end))
        start = end
    return bounds


_Item = TypeVar("_Item", RelationRecord, ImplicitRelation, DocFields)
_Spanned = TypeVar("_Spanned", EntitySpan, Identifier, Reference)


def _shift_indices(item: _Item, base: int) -> _Item:
    """The record with its entity indices (:data:`ENTITY_INDEX_KEYS`) moved by ``base``."""
    shifted = {k: (v + base if k in ENTITY_INDEX_KEYS and isinstance(v, int) and not isinstance(v, bool) else v)
               for k, v in item.items()}
    return cast(_Item, shifted)  # the same keys, an int where there was an int


def _shift_offsets(item: _Spanned, offset: int) -> _Spanned:
    out = item.copy()
    out["start"] += offset
    out["end"] += offset
    return out


def _merge_doc(merged: DocFields | None, doc: DocFields) -> DocFields:
    """The first chunk's document fields (its head: number, issuer, kind), completed by a later
    chunk's where they are empty or ``other``; the violations of all chunks."""
    if merged is None:
        return {**doc, "violations": list(doc["violations"])}
    merged["violations"] += [x for x in doc["violations"] if x not in merged["violations"]]
    if merged["kind"] in ("", "other") and doc["kind"]:
        merged["kind"] = doc["kind"]
    if merged["genre"] in ("", "other") and doc["genre"]:
        merged["genre"] = doc["genre"]
    if merged["issuer"] is None:
        merged["issuer"] = doc["issuer"]
    return merged


def extract_text(text: str, *, file: str | None = None, data: bytes | None = None,
                 chunk_chars: int = CHUNK_CHARS) -> ExtractionRecord:
    """:func:`ingest.nlp.extract.extract_text`, in chunks of ``chunk_chars`` when ``text`` is longer."""
    if len(text) <= chunk_chars:
        return extract_whole(text, file=file, data=data)
    bounds = chunk_bounds(text, chunk_chars)
    entities: list[EntitySpan] = []
    relations: list[RelationRecord] = []
    implicit: list[ImplicitRelation] = []
    identifiers: list[Identifier] = []
    references: list[Reference] = []
    aliases: dict[str, str] = {}
    notes: list[str] = []
    doc: DocFields | None = None
    genre: str | None = None
    for i, (start, end) in enumerate(bounds):
        rec = extract_whole(text[start:end], file=file)
        base = len(entities)
        entities += [_shift_offsets(e, start) for e in rec["entities"]]
        relations += [_shift_indices(r, base) for r in rec["relations"]]
        implicit += [_shift_indices(r, base) for r in rec["implicit_relations"]]
        identifiers += [_shift_offsets(x, start) for x in rec["identifiers"]]
        references += [_shift_offsets(x, start) for x in rec["references"]]
        for k, v in rec["aliases"].items():
            aliases.setdefault(k, v)
        doc = _merge_doc(doc, _shift_indices(rec["doc"], base))
        notes += rec["notes"]
        if i == 0:
            genre = rec["genre"]
        del rec
    if doc is None:
        raise ProgrammingError("chunk_bounds gave no chunk for a text longer than a chunk")
    notes.append(f"long letter ({len(text):,} characters): extracted in {len(bounds)} chunks of at most "
                 f"{chunk_chars:,} characters; a relation whose ends fall in different chunks is not found")
    return {
        "file": file,
        "sha256": hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest(),
        "entities": entities, "relations": relations, "implicit_relations": implicit, "doc": doc,
        "aliases": aliases, "notes": notes, "identifiers": identifiers,
        "references": references, "genre": genre or doc["genre"],
    }


def extract_file(path: str | Path) -> ExtractionRecord | UnreadFile:
    """:func:`ingest.nlp.extract.extract_file`, with long letters in chunks."""
    from ingest.readers import read_file

    p = Path(path)
    read = read_file(p)
    if not read.ok or not read.text:
        return {"file": p.name, "sha256": read.sha256, "status": str(read.status), "reason": read.reason,
                "entities": [], "relations": [], "implicit_relations": [], "doc": {}, "aliases": {}}
    rec = extract_text(read.text, file=p.name)
    rec["sha256"] = read.sha256
    return rec
