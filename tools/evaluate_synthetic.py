"""Per-label P/R/F1 of the extractor on the synthetic held-out letters (data/training/synthetic_dev.jsonl).

These letters are generated like the training set but with another seed and were never trained
on (spaCy used them only to pick the best checkpoint). A second view next to the real dev set,
whose documents guided the rules' development.

    .venv/bin/python tools/evaluate_synthetic.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.nlp.extract import extract_text  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default=str(ROOT / "data" / "training" / "synthetic_dev.jsonl"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    docs = 0
    with open(args.file, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            gold = {(s, e, lab) for s, e, lab in rec["spans"]}
            pred = {(x["start"], x["end"], x["label"]) for x in extract_text(rec["text"])["entities"]
                    if x.get("form") != "pronoun"}  # 我局/你局: references, not annotated
            for _, _, lab in gold:
                n_gold[lab] += 1
            for _, _, lab in pred:
                n_pred[lab] += 1
            for _, _, lab in gold & pred:
                tp[lab] += 1
            docs += 1
            if args.limit and docs >= args.limit:
                break
    print(f"{docs} synthetic held-out letters")
    print(f"{'label':<12}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for lab in sorted(n_gold | n_pred):
        p = tp[lab] / n_pred[lab] if n_pred[lab] else 0.0
        r = tp[lab] / n_gold[lab] if n_gold[lab] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{lab:<12}{n_gold[lab]:>6}{n_pred[lab]:>6}{p:>8.3f}{r:>8.3f}{f1:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
