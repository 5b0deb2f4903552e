#!/usr/bin/env python3
"""dev2 letters (spec_dev2.py, hand-written) -> docs/*.txt + gold.jsonl.

A letter may set ``encoding`` (e.g. gb18030: the file is written in it, offsets are into the
decoded text) and ``crlf`` (line ends \\r\\n, counted in the offsets).

Every span is chosen by hand in ``spec_dev2.py``; this script only finds offsets: each
(text, label) is annotated at every occurrence (longest strings first, no overlaps), except
occurrences listed in ``skip`` ((text, n-th occurrence from 0)). Relation endpoints and
``date``/``evidence_doc_no`` name an entity text (first annotated mention).

Run: .venv/bin/python eval/extraction/dev2/build_gold.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from spec_dev2 import LETTERS  # noqa: E402


def spans(text: str, ents: list[tuple[str, str]], skip: set[tuple[str, int]]) -> list[dict]:
    taken = [False] * len(text)
    out = []
    for s, lab in sorted(ents, key=lambda x: -len(x[0])):
        start, n, found = 0, 0, False
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            start = i + 1
            if any(taken[i:i + len(s)]):
                continue
            occ = n
            n += 1
            if (s, occ) in skip:
                continue
            for k in range(i, i + len(s)):
                taken[k] = True
            out.append({"start": i, "end": i + len(s), "label": lab, "text": s})
            found = True
        if not found:
            raise SystemExit(f"not found: {s!r} ({lab})")
    return sorted(out, key=lambda e: e["start"])


def main() -> None:
    docs = HERE / "docs"
    docs.mkdir(exist_ok=True)
    lines = []
    for L in LETTERS:
        text = L["text"].lstrip("\n")
        if L.get("crlf"):
            text = text.replace("\n", "\r\n")
        data = text.encode(L.get("encoding", "utf-8"))
        (docs / L["file"]).write_bytes(data)
        ents = spans(text, L["ents"], set(L.get("skip", ())))
        first = {}
        for i, e in enumerate(ents):
            first.setdefault(e["text"], i)

        def idx(t: str | None, first: dict[str, int] = first, name: str = L["file"]) -> int | None:
            if t is None:
                return None
            if t not in first:
                raise SystemExit(f"{name}: relation endpoint {t!r} is not an entity")
            return first[t]

        rels = []
        for r in L.get("rels", ()):
            typ, a, b = r[:3]
            rec = {"type": typ, "from": idx(a), "to": idx(b)}
            if typ == "REFERRED":
                rec["evidence_doc_no"] = idx(r[3]) if len(r) > 3 else None
                rec["date"] = idx(r[4]) if len(r) > 4 else None
            if typ == "HOLDS_POSITION":
                rec["org"] = idx(r[3]) if len(r) > 3 else None
            rels.append(rec)
        lines.append(json.dumps({
            "file": L["file"], "sha256": hashlib.sha256(data).hexdigest(), "entities": ents,
            "relations": rels, "implicit_relations": [],
            "doc": {"kind": L.get("kind", "other"), "violations": L.get("violations", []), "issuer": idx(L.get("issuer"))},
            "aliases": L.get("aliases", {}), "notes": L.get("notes", []),
        }, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} documents")


if __name__ == "__main__":
    main()
