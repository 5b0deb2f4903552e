"""Text -> eval-format record (entities with offsets, relations, doc fields, identifiers)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .classify import classify, letter_genre
from .pipeline import load_pipeline
from .relations import Ent, extract_relations
from .textview import simplified_view


def _entities(text: str, view: str) -> tuple[list[Ent], dict[str, str], list[dict[str, Any]]]:
    nlp = load_pipeline()
    doc = nlp.make_doc(view)
    doc.user_data["liandong_text"] = view  # saves rebuilding the string from 2,000 tokens
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    ents = [Ent(i, e.start_char, e.end_char, e.label_, text[e.start_char:e.end_char], view[e.start_char:e.end_char])
            for i, e in enumerate(doc.ents)]
    aliases: dict[str, str] = {}
    for (s, e), (_lab, fs, fe) in (doc._.aliases or {}).items():
        if text[s:e] != text[fs:fe]:
            aliases[text[s:e]] = text[fs:fe]
    return ents, aliases, list(doc._.identifiers or [])


def extract_text(text: str, *, file: str | None = None, data: bytes | None = None) -> dict[str, Any]:
    """Extract entities, relations and doc fields from ``text``.

    Offsets refer to ``text`` (the original, possibly traditional-character string); the
    ``sha256`` is of ``data`` when the raw bytes are given, else of the UTF-8 encoded text.
    """
    view = simplified_view(text)
    ents, aliases, identifiers = _entities(text, view)
    # aliases from defined abbreviations + level-prefixed short forms of the same agency
    doc_fields = classify(view, ents)
    rels, implicit = extract_relations(view, ents, kind=doc_fields["kind"], issuer=doc_fields["issuer"],
                                       aliases=aliases)
    return {
        "file": file,
        "sha256": hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest(),
        "entities": [{"start": e.start, "end": e.end, "label": e.label, "text": e.text} for e in ents],
        "relations": rels,
        "implicit_relations": implicit,
        "doc": doc_fields,
        "aliases": aliases,
        "notes": [],
        "identifiers": identifiers,
        "genre": letter_genre(view, doc_fields["kind"]),
    }


def extract_file(path: str | Path) -> dict[str, Any]:
    """Read a UTF-8 (or GB18030) text file and extract it; ``file`` is the base name."""
    p = Path(path)
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return extract_text(text, file=p.name, data=raw)


def _extract_many_worker(texts: list[str]) -> list[dict[str, Any]]:
    return [extract_text(t) for t in texts]


def extract_texts(texts: list[str], *, n_process: int = 1) -> list[dict[str, Any]]:
    """Extract many texts; ``n_process > 1`` splits them over forked worker processes."""
    if n_process <= 1 or len(texts) < 2:
        return [extract_text(t) for t in texts]
    import multiprocessing as mp

    chunks = [texts[i::n_process] for i in range(n_process)]
    with mp.get_context("fork").Pool(n_process) as pool:
        parts = pool.map(_extract_many_worker, chunks)
    out: list[dict[str, Any]] = [{}] * len(texts)
    for i, part in enumerate(parts):
        out[i::n_process] = part
    return out
