#!/usr/bin/env python3
"""Score the extractor on CLUENER2020's dev split (real news sentences, never trained on).

CLUENER's labels are mapped to ours as in training (``ingest.nlp.train.cluener_label``):
government -> AGENCY, company -> COMPANY, name -> PERSON, position -> POSITION; organization
-> COMPANY or AGENCY by its ending, otherwise unmapped. Spans are exact (start, end, label)
matches. A prediction that overlaps an unmapped gold span (an organization we do not label, an
address, a book or game title…) is not counted as a false positive: the two schemes disagree
there, it is not an error of either. Only the mapped labels are scored.

CLUENER's conventions differ from ours in places (it labels brand names such as 腾讯 as a
company, any title as a position whether or not it is attached to someone, foreign names as
names), so read the figures as "real, unseen text", not as our scheme's quality.

    .venv/bin/python tools/evaluate_cluener.py [--file ../shared/data/cluener/dev.json] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.nlp.extract import extract_text  # noqa: E402
from ingest.nlp.train import cluener_label, read_cluener  # noqa: E402

LABELS = ("AGENCY", "COMPANY", "PERSON", "POSITION")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default=str(ROOT.parent / "shared" / "data" / "cluener" / "dev.json"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print the first N errors per label")
    args = ap.parse_args(argv)
    objs = read_cluener(Path(args.file))
    if args.limit:
        objs = objs[: args.limit]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errs: dict[str, list[str]] = {lab: [] for lab in LABELS}
    chars = 0
    t0 = time.perf_counter()
    for obj in objs:
        text = obj["text"]
        chars += len(text)
        gold: set[tuple[int, int, str]] = set()
        other: list[tuple[int, int]] = []
        for lab, ents in (obj.get("label") or {}).items():
            for surface, offs in ents.items():
                ours = cluener_label(lab, surface)
                for s, e in offs:
                    if ours in LABELS:
                        gold.add((s, e + 1, ours))
                    else:
                        other.append((s, e + 1))
        pred = {(x["start"], x["end"], x["label"]) for x in extract_text(text)["entities"]
                if x["label"] in LABELS and x.get("form") != "pronoun"}
        pred = {p for p in pred if p in gold or not any(s < p[1] and p[0] < e for s, e in other)}
        for lab in LABELS:
            g = {x for x in gold if x[2] == lab}
            p = {x for x in pred if x[2] == lab}
            tp[lab] += len(g & p)
            fp[lab] += len(p - g)
            fn[lab] += len(g - p)
            if args.errors and len(errs[lab]) < args.errors:
                for x in sorted(p - g):
                    errs[lab].append(f"FP {text[x[0]:x[1]]!r} in {text!r}")
                for x in sorted(g - p):
                    errs[lab].append(f"FN {text[x[0]:x[1]]!r} in {text!r}")
    dt = time.perf_counter() - t0
    print(f"CLUENER {Path(args.file).name}: {len(objs)} sentences, {chars} characters, {chars / dt / 1000:.0f}k chars/s")
    print(f"{'label':<10}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    tot = [0, 0, 0]
    for lab in LABELS:
        p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        tot = [tot[0] + tp[lab], tot[1] + fp[lab], tot[2] + fn[lab]]
        print(f"{lab:<10}{tp[lab] + fn[lab]:>6}{tp[lab] + fp[lab]:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    if args.errors:
        for lab in LABELS:
            print(f"\n{lab}:")
            print("\n".join(errs[lab][: args.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
