"""Check dev4 gold: sha256 of every document, every span's text against its slice, LF-only line
ends, sorted non-overlapping spans with known labels, relation indices in range with the right
endpoint labels, and that docs/ and gold.jsonl list the same files.

Usage: python3 eval/extraction/dev4/check.py   (exit status 1 on any error)
"""
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"AGENCY", "COMPANY", "PERSON", "POSITION", "DOC_NO", "PROJECT_NO", "DATE", "MONEY", "LAW"}
SIG = {"REFERRED": ({"AGENCY"}, {"AGENCY"}), "PENALIZED": ({"AGENCY"}, {"AGENCY", "COMPANY", "PERSON"}),
       "LEGAL_REP": ({"PERSON"}, {"COMPANY", "AGENCY"}), "HOLDS_POSITION": ({"PERSON"}, {"POSITION"}),
       "BID_ON": ({"COMPANY", "AGENCY"}, {"PROJECT_NO"})}


def main():
    errors = 0
    n_docs = n_ents = 0
    labels, rels = collections.Counter(), collections.Counter()
    listed = set()

    def bad(msg):
        nonlocal errors
        print(msg)
        errors += 1

    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            name = rec["file"]
            listed.add(name)
            with open(os.path.join(HERE, "docs", name), "rb") as g:
                data = g.read()
            if hashlib.sha256(data).hexdigest() != rec["sha256"]:
                bad(f"{name}: sha256 mismatch")
            if b"\r" in data:
                bad(f"{name}: CR in line endings")
            text = data.decode("utf-8")
            ents = rec["entities"]
            prev_end = -1
            for k, e in enumerate(ents):
                if text[e["start"]:e["end"]] != e["text"]:
                    bad(f"{name}: entity {k} {e['text']!r} != {text[e['start']:e['end']]!r}")
                if e["label"] not in LABELS:
                    bad(f"{name}: entity {k} unknown label {e['label']}")
                if e["start"] < prev_end:
                    bad(f"{name}: entity {k} overlaps or is out of order")
                prev_end = e["end"]
                labels[e["label"]] += 1
                n_ents += 1

            def lab(i):
                return ents[i]["label"] if isinstance(i, int) and 0 <= i < len(ents) else None
            for r in rec["relations"]:
                src, dst = SIG[r["type"]]
                if lab(r["from"]) not in src or lab(r["to"]) not in dst:
                    bad(f"{name}: bad endpoints {r}")
                if r["type"] == "HOLDS_POSITION" and r["org"] is not None and lab(r["org"]) not in {"AGENCY", "COMPANY"}:
                    bad(f"{name}: bad org {r}")
                if r["type"] == "REFERRED":
                    if r["evidence_doc_no"] is not None and lab(r["evidence_doc_no"]) != "DOC_NO":
                        bad(f"{name}: bad evidence {r}")
                    if r["date"] is not None and lab(r["date"]) != "DATE":
                        bad(f"{name}: bad date {r}")
                rels[r["type"]] += 1
            for r in rec["implicit_relations"]:
                if (r["from"] is None) == (r["to"] is None):
                    bad(f"{name}: implicit relation needs exactly one null end {r}")
                rels["implicit " + r["type"]] += 1
            iss = rec["doc"]["issuer"]
            if iss is not None and lab(iss) != "AGENCY":
                bad(f"{name}: issuer is not an AGENCY")
            for a, canon in rec["aliases"].items():
                if a not in text or canon not in text:
                    bad(f"{name}: alias {a!r} -> {canon!r} not in text")
            n_docs += 1
    on_disk = set(os.listdir(os.path.join(HERE, "docs")))
    for name in sorted(on_disk ^ listed):
        bad(f"{name}: in docs/ but not in gold.jsonl, or the reverse")
    print(f"{n_docs} documents, {n_ents} entities, {errors} errors")
    print("entities:", dict(labels.most_common()))
    print("relations:", dict(rels.most_common()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
