#!/usr/bin/env python3
"""Characters (and letters) per second of extraction alone, on one core by default.

    python bench/bench_extract.py [--n 200] [--processes 1] [--lac-python PATH]

Letters come from data/training/generate.py (the synthetic dev seed), concatenated to ~2,000
characters. With one process the benchmark pins itself to one CPU core (the comparison the
issue asks for: chars/s against Baidu LAC on one core); with ``--processes 2`` the letters are
split over worker processes (one pipeline each). ``--lac-python`` runs the same letters through
Baidu LAC (``LAC(mode="lac")``) in that interpreter, pinned to the same core, and prints the ratio.
LAC 2.1.2 installs from PyPI here but does not run (it imports ``paddle.fluid``, which
paddlepaddle >= 2.6 no longer has, and no older paddlepaddle wheel exists for Python 3.11), so
the README compares against the issue's measured LAC figure (about 9k chars/s).
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
    ap.add_argument("--lac-python", help="an interpreter with Baidu LAC installed, to compare on the same letters")
    args = ap.parse_args(argv)
    if args.processes <= 1 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    letters = make_letters(args.n)
    from ingest.nlp import extract_text

    extract_text(letters[0])  # load + warm up
    t0 = time.perf_counter()
    c0 = time.process_time()
    if args.processes <= 1:
        _work(letters)
    else:
        chunks = [letters[i::args.processes] for i in range(args.processes)]
        with mp.get_context("fork").Pool(args.processes) as pool:
            sum(pool.map(_work, chunks))
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    chars = sum(map(len, letters))
    print(f"{len(letters)} letters ({chars / len(letters):.0f} chars avg), {args.processes} process(es): "
          f"{len(letters) / dt:.1f} letters/s, {chars / dt / 1000:.1f}k chars/s"
          + (f" (CPU time: {chars / cpu / 1000:.1f}k chars per CPU-second; on a busy machine this is the "
             f"figure that does not depend on the other processes)" if args.processes <= 1 and cpu > 0 else ""))
    if args.lac_python:
        import subprocess
        import tempfile

        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump(letters, fh, ensure_ascii=False)
        code = ("import json,os,sys,time\n"
                "os.sched_setaffinity(0,{sorted(os.sched_getaffinity(0))[0]})\n"
                "from LAC import LAC\nlac=LAC(mode='lac')\nts=json.load(open(sys.argv[1],encoding='utf-8'))\n"
                "lac.run(ts[0])\nt0=time.perf_counter()\n[lac.run(t) for t in ts]\n"
                "print(sum(map(len,ts))/(time.perf_counter()-t0))")
        out = subprocess.run([args.lac_python, "-c", code, fh.name], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"LAC did not run: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}")
        else:
            lac_cps = float(out.stdout.strip().splitlines()[-1])
            print(f"Baidu LAC on the same letters, one core: {lac_cps / 1000:.1f}k chars/s; "
                  f"liandong / LAC = {chars / dt / lac_cps:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
