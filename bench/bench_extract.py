#!/usr/bin/env python3
"""Letters per second of extraction alone on ~2,000-character synthetic letters.

    python bench/bench_extract.py [--n 200] [--processes 1]

Letters come from data/training/generate.py (dev seed), concatenated to ~2,000 characters.
With ``--processes 2`` the letters are split over worker processes (one pipeline each).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_letters(n: int, size: int = 2000) -> list[str]:
    src = ROOT / "data" / "training" / "synthetic_dev.jsonl"
    texts = [json.loads(line)["text"] for line in src.open(encoding="utf-8")]
    rnd = random.Random(0)
    out = []
    for _ in range(n):
        buf = ""
        while len(buf) < size:
            buf += rnd.choice(texts) + "\n"
        out.append(buf[:size])
    return out


def _work(texts: list[str]) -> int:
    from ingest.nlp import extract_text

    for t in texts:
        extract_text(t)
    return len(texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--processes", type=int, default=1)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    letters = make_letters(args.n)
    from ingest.nlp import extract_text

    extract_text(letters[0])  # load + warm up
    t0 = time.perf_counter()
    if args.processes <= 1:
        _work(letters)
    else:
        chunks = [letters[i::args.processes] for i in range(args.processes)]
        with mp.get_context("fork").Pool(args.processes) as pool:
            sum(pool.map(_work, chunks))
    dt = time.perf_counter() - t0
    chars = sum(map(len, letters))
    print(f"{len(letters)} letters ({chars / len(letters):.0f} chars avg), {args.processes} process(es): "
          f"{len(letters) / dt:.1f} letters/s, {chars / dt / 1000:.0f}k chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
