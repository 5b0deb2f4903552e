#!/usr/bin/env python3
"""REFERRED recall against the transfers of a thread set's gold (development sets only).

A thread set (``eval/threads/<set>``: letters + ``gold.json``) lists, per letter, the events it
performs with full agency names; every ``transfer``/``forward`` event is a matter handed from one
agency to another, i.e. a REFERRED the letter's extraction should hold (a ``return`` moves custody
back but is no REFERRED since session 6: GUIDELINES' hand-overs). This prints, per
set, how many of those events ``ingest.nlp.extract_file`` finds (names compared loosely: the
written name may be a short form of the gold's full name), and lists the misses and the REFERRED
relations found that the gold has no event for (often right: a receipt cites the transfer it
answers, which the thread gold records on the transfer letter, not here).

    .venv/bin/python tools/referred_vs_threads.py eval/threads/dev eval/threads/dev2 [--list]

Never run it on a held-out set's letters to look at errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EVENTS = ("transfer", "forward")


def _same(pred: str, gold: str) -> bool:
    from graph.types.text import simplified
    from ingest.letters import full_agency_name

    p = simplified(pred)[0]
    g = simplified(gold)[0]
    if p == g or full_agency_name(p) == g or g.endswith(p) or g.endswith(full_agency_name(p)[1:]):
        return True
    return len(p) >= 4 and p[:2] == g[:2] and (g.endswith(p[2:]) or full_agency_name(p).endswith(g[-5:]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="list misses and extra relations")
    args = ap.parse_args(argv)
    from ingest.nlp import extract_file

    for folder in args.sets:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        want: dict[str, list[tuple[str, str, str]]] = {}
        for t in gold["threads"]:
            for e in t["events"]:
                if e["event"] in EVENTS and e.get("from_agency") and e.get("to_agency"):
                    want.setdefault(e["file"], []).append((e["event"], e["from_agency"], e["to_agency"]))
        hit = total = extra = 0
        lines = []
        for f in sorted((folder / "letters").iterdir()):
            rec = extract_file(f)
            ents, own = rec.get("entities", []), rec.get("aliases", {}) or {}
            got = [(own.get(ents[r["from"]]["text"], ents[r["from"]]["text"]), own.get(ents[r["to"]]["text"], ents[r["to"]]["text"]))
                   for r in rec.get("relations", []) if r["type"] == "REFERRED"]
            used = set()
            for ev, a, b in want.get(f.name, []):
                total += 1
                k = next((i for i, (pa, pb) in enumerate(got) if _same(pa, a) and _same(pb, b)), None)
                if k is None:
                    lines.append(f"  MISS {f.name}: {ev} {a} -> {b}   (found {got})")
                else:
                    hit += 1
                    used.add(k)
            for i, (pa, pb) in enumerate(got):
                if i not in used:
                    extra += 1
                    lines.append(f"  EXTRA {f.name}: {pa} -> {pb}")
        print(f"{folder}: {hit}/{total} transfer/forward events found as REFERRED "
              f"(recall {hit / total if total else 0:.3f}); {extra} REFERRED without such an event")
        if args.list:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
