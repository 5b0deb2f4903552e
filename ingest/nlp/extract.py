"""Text -> eval-format record (entities with offsets, relations, doc fields, identifiers)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from graph.types.text import view as simplified_view
from supervision.acts import ANSWERS

from . import ocr_gaps
from .classify import classify, letter_genre, letter_issuer
from .pipeline import load_pipeline
from .records import (
    DocFields,
    EntitySpan,
    ExtractionRecord,
    Form,
    Identifier,
    ImplicitRelation,
    RelationRecord,
    UnreadFile,
)
from .references import title_references
from .relations import Ent, extract_relations


def _entities(text: str, view: str
              ) -> tuple[list[Ent], dict[str, str], list[Identifier], dict[tuple[int, int], Form]]:
    nlp = load_pipeline()
    doc = nlp.make_doc(view)
    doc.user_data["liandong_text"] = view  # saves rebuilding the string from 2,000 tokens
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    forms = doc._.forms or {}
    # pronoun references (我局, 你局) are AGENCY spans in the output, but classification and
    # relations see them under their own label: they are never an issuer, sender or receiver name
    ents = [Ent(i, e.start_char, e.end_char,
                "AGENCY_REF" if forms.get((e.start_char, e.end_char)) == "pronoun" else e.label_,
                text[e.start_char:e.end_char], view[e.start_char:e.end_char])
            for i, e in enumerate(doc.ents)]
    aliases: dict[str, str] = {}
    for (s, e), (_lab, fs, fe) in (doc._.aliases or {}).items():
        if text[s:e] != text[fs:fe]:
            aliases[text[s:e]] = text[fs:fe]
    return ents, aliases, list(doc._.identifiers or []), forms


def _entity(e: Ent, forms: dict[tuple[int, int], Form]) -> EntitySpan:
    out: EntitySpan = {"start": e.start, "end": e.end, "label": "AGENCY" if e.label == "AGENCY_REF" else e.label,
                       "text": e.text}
    form = forms.get((e.start, e.end))
    if form:
        out["form"] = form  # "pronoun" (我局/你局: not a name) or "short" (县财政局, 市局)
    return out


def extract_text(text: str, *, file: str | None = None, data: bytes | None = None) -> ExtractionRecord:
    """Extract entities, relations and doc fields from ``text``.

    Offsets refer to ``text`` (the original, possibly traditional-character string); the
    ``sha256`` is of ``data`` when the raw bytes are given, else of the UTF-8 encoded text. A scan's
    blanks inside words (:mod:`ingest.nlp.ocr_gaps`) are closed for reading, the offsets given back
    in ``text``: a span's text is as written (田 洪波).
    """
    stretches = ocr_gaps.gaps(text)
    if not stretches:
        return _extract(text, file=file, data=data)
    closed, where = ocr_gaps.close(text, stretches)
    rec = _extract(closed, file=file, data=data if data is not None else text.encode("utf-8"))
    for item in (*rec["entities"], *rec["identifiers"], *rec["references"]):
        item["start"], item["end"] = ocr_gaps.back(where, item["start"], item["end"])
        item["text"] = text[item["start"]:item["end"]]
    rec["notes"].append(f"{len(stretches)} blanks inside words closed for reading (a scan)")
    return rec


def _extract(text: str, *, file: str | None, data: bytes | None) -> ExtractionRecord:
    view = simplified_view(text)
    ents, aliases, identifiers, forms = _entities(text, view)
    # aliases from defined abbreviations + level-prefixed short forms of the same agency
    doc_fields, rels, implicit = read_document(text, view, ents, aliases, file=file)
    entities = [_entity(e, forms) for e in ents]
    return {
        "file": file,
        "sha256": hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest(),
        "entities": entities,
        # ingest.nlp.relations builds its relations as plain dicts of these keys (tests/ingest/test_extraction_records.py)
        "relations": cast("list[RelationRecord]", rels),
        "implicit_relations": cast("list[ImplicitRelation]", implicit),
        "doc": doc_fields,
        "aliases": aliases,
        "notes": [],
        "identifiers": identifiers,
        "references": title_references(text, view, entities),
        "genre": doc_fields["genre"],
    }


def read_document(text: str, view: str, ents: Sequence[Ent], aliases: dict[str, str], *, file: str | None = None
                  ) -> tuple[DocFields, list[dict[str, Any]], list[dict[str, Any]]]:
    """The document stage over found entities: kind, violations, issuer, genre, the act ingestion
    records, and the relations (the one wiring; tools/relations_on_gold_entities.py runs it on gold
    entities)."""
    found = classify(view, ents)
    genre = letter_genre(view, found["kind"])
    doc_fields: DocFields = {"kind": found["kind"], "violations": found["violations"], "issuer": found["issuer"],
                             "genre": genre}  # genre: the kind ingestion stores on the Document
    # the act ingestion records (imported here: ingest.letters imports this package)
    from ingest.letters import read_letter

    act = read_letter(text, file=file or "", sha256="")
    if doc_fields["kind"] == "other" and act.kind in ANSWERS and act.issuer and letter_issuer(view, ents) is None:
        # an answer signed in a field (签收单位：X) or at the end: the act's issuer, as ingestion reads it
        named = [e for e in ents if e.label == "AGENCY" and e.view == act.issuer]
        if named:
            doc_fields["issuer"] = named[0].idx
    rels, implicit = extract_relations(view, ents, kind=doc_fields["kind"], issuer=doc_fields["issuer"],
                                       aliases=aliases, act=act)
    return doc_fields, rels, implicit


def extract_file(path: str | Path) -> ExtractionRecord | UnreadFile:
    """Read a file through the shipped readers (``ingest.readers``: any Chinese encoding, docx,
    pdf, html) and extract it; ``file`` is the base name, ``sha256`` that of the file's bytes.
    A file the readers cannot use gives a record with its status and reason and no entities."""
    from ingest.readers import read_file

    p = Path(path)
    read = read_file(p)
    if not read.ok or not read.text:
        return {"file": p.name, "sha256": read.sha256, "status": str(read.status), "reason": read.reason,
                "entities": [], "relations": [], "implicit_relations": [], "doc": {}, "aliases": {}}
    rec = extract_text(read.text, file=p.name)
    rec["sha256"] = read.sha256
    return rec


def _extract_many_worker(texts: list[str]) -> list[ExtractionRecord]:
    return [extract_text(t) for t in texts]


def extract_texts(texts: list[str], *, n_process: int = 1) -> list[ExtractionRecord]:
    """Extract many texts; ``n_process > 1`` splits them over forked worker processes."""
    if n_process <= 1 or len(texts) < 2:
        return [extract_text(t) for t in texts]
    import multiprocessing as mp

    chunks = [texts[i::n_process] for i in range(n_process)]
    with mp.get_context("fork").Pool(n_process) as pool:
        parts = pool.map(_extract_many_worker, chunks)
    return [parts[i % n_process][i // n_process] for i in range(len(texts))]  # text i went to chunk i % n
