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
from typing import Any

from .extract import extract_text as extract_whole

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


def _shift_indices(item: dict[str, Any], base: int) -> dict[str, Any]:
    return {k: (v + base if k in ENTITY_INDEX_KEYS and isinstance(v, int) and not isinstance(v, bool) else v)
            for k, v in item.items()}


def _shift_offsets(item: dict[str, Any], offset: int) -> dict[str, Any]:
    out = dict(item)
    for k in ("start", "end"):
        if isinstance(out.get(k), int):
            out[k] += offset
    return out


def extract_text(text: str, *, file: str | None = None, data: bytes | None = None,
                 chunk_chars: int = CHUNK_CHARS) -> dict[str, Any]:
    """:func:`ingest.nlp.extract.extract_text`, in chunks of ``chunk_chars`` when ``text`` is longer."""
    if len(text) <= chunk_chars:
        return extract_whole(text, file=file, data=data)
    bounds = chunk_bounds(text, chunk_chars)
    merged: dict[str, Any] = {
        "file": file,
        "sha256": hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest(),
        "entities": [], "relations": [], "implicit_relations": [], "doc": {}, "aliases": {},
        "notes": [], "identifiers": [], "genre": None,
    }
    for i, (start, end) in enumerate(bounds):
        rec = extract_whole(text[start:end], file=file)
        base = len(merged["entities"])
        merged["entities"] += [_shift_offsets(e, start) for e in rec.get("entities", [])]
        merged["relations"] += [_shift_indices(r, base) for r in rec.get("relations", [])]
        merged["implicit_relations"] += [_shift_indices(r, base) for r in rec.get("implicit_relations", [])]
        merged["identifiers"] += [_shift_offsets(x, start) for x in rec.get("identifiers", [])]
        for k, v in (rec.get("aliases") or {}).items():
            merged["aliases"].setdefault(k, v)
        doc = _shift_indices(rec.get("doc") or {}, base)
        for k, v in doc.items():
            if k == "violations":
                merged["doc"].setdefault(k, [])
                merged["doc"][k] += [x for x in v or [] if x not in merged["doc"][k]]
            elif merged["doc"].get(k) in (None, "", [], "other") and v not in (None, "", []):
                merged["doc"][k] = v
        merged["notes"] += rec.get("notes") or []
        if i == 0:
            merged["genre"] = rec.get("genre")
            for k, v in rec.items():  # fields a later version adds: the first chunk's
                merged.setdefault(k, v)
        del rec
    merged["genre"] = merged["genre"] or merged["doc"].get("genre")
    merged["notes"].append(f"long letter ({len(text):,} characters): extracted in {len(bounds)} chunks of at most "
                           f"{chunk_chars:,} characters; a relation whose ends fall in different chunks is not found")
    return merged


def extract_file(path: str | Path) -> dict[str, Any]:
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
