"""Check dev3 gold: every sha256 matches its document and every span's text equals the slice.

Usage: python3 eval/extraction/dev3/check.py   (exit status 1 on any error)
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    errors = 0
    n_docs = n_ents = 0
    listed = set()
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            rec = json.loads(line)
            path = os.path.join(HERE, "docs", rec["file"])
            listed.add(rec["file"])
            with open(path, "rb") as g:
                data = g.read()
            if hashlib.sha256(data).hexdigest() != rec["sha256"]:
                print(f"{rec['file']}: sha256 mismatch")
                errors += 1
            if b"\r" in data:
                print(f"{rec['file']}: CR in line endings")
                errors += 1
            text = data.decode("utf-8")
            for k, e in enumerate(rec["entities"]):
                if text[e["start"]:e["end"]] != e["text"]:
                    print(f"{rec['file']}: entity {k} {e['text']!r} != {text[e['start']:e['end']]!r}")
                    errors += 1
                n_ents += 1
            n_docs += 1
    on_disk = set(os.listdir(os.path.join(HERE, "docs")))
    for name in sorted(on_disk ^ listed):
        print(f"{name}: in docs/ but not in gold.jsonl, or the reverse")
        errors += 1
    print(f"{n_docs} documents, {n_ents} entities, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
