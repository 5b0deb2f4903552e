#!/usr/bin/env python3
"""Builds an extraction set's ``gold.jsonl`` and ``docs/`` from its hand-written annotation.

One builder for the sets whose annotation is a ``SPECS`` list (eval/extraction/heldout,
eval/extraction/heldout2); it replaces their copies of ``build_gold.py``. The set's folder holds
exactly one ``spec_*.py`` with ``SPECS`` — per document: ``file``, ``ents`` [(text, label)],
optional ``skip`` [(text, n)], ``rels`` [(type, from, to[, {doc, date, org}])], optional
``implicit`` [(type, from, to, mention[, {doc, date}])], ``kind``, ``violations``, ``issuer``,
``aliases``, ``notes`` — and may hold ``new_docs.py`` with ``NEW_DOCS`` {file: text} for documents
written in the set itself. Every other document is read from ``--letters`` (UTF-8 with or
without BOM, else GB18030).

Every span is chosen by hand; the builder only finds the offsets: each (text, label) is
annotated at every occurrence (longest strings first, no overlaps), except the occurrences listed
in ``skip`` (text, n-th occurrence from 0, counted over all occurrences); a string placed nowhere
(always inside a longer span) is an error. Relation endpoints name an entity text, or (text, n)
for its n-th annotated mention; by default the first. ``docs/`` is rewritten with plain UTF-8
copies of the decoded texts (CRLF kept).

Run from the repository:
  .venv/bin/python tools/build_extraction_gold.py eval/extraction/heldout --letters eval/threads/heldout/letters
  .venv/bin/python tools/build_extraction_gold.py eval/extraction/heldout2 --letters eval/threads/heldout3/letters
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any


class SpecError(Exception):
    """A hand annotation that does not fit its text."""


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def entities(name: str, text: str, spec: dict[str, Any]) -> list[dict[str, Any]]:
    taken = [False] * len(text)
    spans = []
    skip = set(map(tuple, spec.get("skip", [])))
    for s, label in sorted(spec["ents"], key=lambda x: -len(x[0])):
        occ = occurrences(text, s)
        if not occ:
            raise SpecError(f"{name}: {s!r} not found")
        placed = 0
        for n, i in enumerate(occ):
            if (s, n) in skip or any(taken[i:i + len(s)]):
                continue
            for k in range(i, i + len(s)):
                taken[k] = True
            spans.append((i, i + len(s), label, s))
            placed += 1
        if not placed:
            raise SpecError(f"{name}: {s!r} only inside longer spans")
    spans.sort()
    return [{"start": a, "end": b, "label": label, "text": t} for a, b, label, t in spans]


def record(name: str, text: str, spec: dict[str, Any]) -> dict[str, Any]:
    """The gold line of one document (``text`` as decoded; its UTF-8 bytes are what docs/ holds)."""
    ents = entities(name, text, spec)

    def idx(ref: Any, label: str | None = None) -> int | None:
        if ref is None:
            return None
        t, n = ref if isinstance(ref, tuple) else (ref, 0)
        hits = [i for i, e in enumerate(ents) if e["text"] == t and (label is None or e["label"] == label)]
        if len(hits) <= n:
            raise SpecError(f"{name}: no mention #{n} of {t!r}")
        return hits[n]

    def relation(typ: str, a: Any, b: Any, extra: dict[str, Any]) -> dict[str, Any]:
        o: dict[str, Any] = {"type": typ, "from": idx(a), "to": idx(b)}
        if typ == "REFERRED":
            o["evidence_doc_no"] = idx(extra.get("doc"), "DOC_NO")
            o["date"] = idx(extra.get("date"), "DATE")
        return o

    rels = []
    for r in spec.get("rels", []):
        o = relation(r[0], r[1], r[2], r[3] if len(r) > 3 else {})
        if r[0] == "HOLDS_POSITION":
            o["org"] = idx((r[3] if len(r) > 3 else {}).get("org"))
        rels.append(o)
    implicit = []
    for r in spec.get("implicit", []):
        o = relation(r[0], r[1], r[2], r[4] if len(r) > 4 else {})
        o["null_endpoint_mention"] = r[3]
        implicit.append(o)
    return {"file": name, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "entities": ents, "relations": rels, "implicit_relations": implicit,
            "doc": {"kind": spec["kind"], "violations": spec["violations"], "issuer": idx(spec["issuer"], "AGENCY")},
            "aliases": spec.get("aliases", {}), "notes": spec.get("notes", [])}


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SpecError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(folder: Path, letters: Path) -> int:
    """Write ``folder``/docs/ and ``folder``/gold.jsonl; the number of documents."""
    specs_files = sorted(folder.glob("spec_*.py"))
    if len(specs_files) != 1:
        raise SpecError(f"{folder}: expected one spec_*.py with SPECS, found {[p.name for p in specs_files]}")
    specs: list[dict[str, Any]] = list(_module(specs_files[0]).SPECS)
    new_docs: dict[str, str] = dict(_module(folder / "new_docs.py").NEW_DOCS) if (folder / "new_docs.py").exists() else {}
    names = [s["file"] for s in specs]
    if len(names) != len(set(names)):
        raise SpecError(f"{specs_files[0]}: a file is specified twice")
    docs = folder / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir()
    lines = []
    for spec in sorted(specs, key=lambda s: s["file"]):
        name = spec["file"]
        text = new_docs[name] if name in new_docs else decode((letters / name).read_bytes())
        (docs / name).write_bytes(text.encode("utf-8"))
        lines.append(json.dumps(record(name, text, spec), ensure_ascii=False) + "\n")
    (folder / "gold.jsonl").write_text("".join(lines), encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("set", type=Path, help="the set's folder, e.g. eval/extraction/heldout2")
    ap.add_argument("--letters", type=Path, required=True, help="where the set's documents are read from")
    args = ap.parse_args(argv)
    try:
        n = build(args.set, args.letters)
    except (SpecError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(n, "files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
