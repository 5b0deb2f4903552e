"""Thread derivation at scale: how long supervision.threads.derive takes over N letters' acts.

    .venv/bin/python bench/bench_threads.py [--matters 3000]

Makes ``--matters`` synthetic matters of 2–5 letters each (transfer, receipt, acceptance or return
and re-transfer, outcome report; a third of the follow-ups cite no number, so they are placed by
agencies and project), derives the threads from the shuffled set and prints letters/s, the number
of threads and whether every matter came out whole. Pure Python, no graph: this is the step every
ingest runs over all stored letters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from supervision.acts import Citation, LetterAct
from supervision.threads import derive

COUNTIES = [f"{a}{b}县" for a in "东南西北中上下前后左右" for b in "安平宁和兴丰源泉山川林"]
ORGANS = ["财政局", "公安局", "市场监督管理局", "审计局", "住房和城乡建设局"]


def matters(n: int, seed: int = 7) -> tuple[list[LetterAct], list[set[str]]]:
    rnd = random.Random(seed)
    acts: list[LetterAct] = []
    truth: list[set[str]] = []
    for i in range(n):
        county = rnd.choice(COUNTIES)
        a, b, c = (county + o for o in rnd.sample(ORGANS, 3))
        day = dt.date(2024, 1, 2) + dt.timedelta(days=rnd.randrange(700))
        no = f"{county[:2]}财移〔{day.year}〕{i}号"
        project = f"P{day.year}-{i:05d}"
        files = []

        def add(kind: str, d: dt.date, issuer: str, addressee: str, cite: bool = True, *, i: int = i,
                files: list[str] = files, no: str = no, project: str = project, **kw: object) -> None:
            f = f"m{i}-{len(files)}-{kind}.txt"
            files.append(f)
            acts.append(LetterAct(file=f, sha256=f, kind=kind, date=d, issuer=issuer, addressee=addressee,
                                  cites=(Citation(no),) if cite else (), projects=(project,), **kw))  # type: ignore[arg-type]

        files.append(f"m{i}-0-transfer.txt")
        acts.append(LetterAct(file=files[0], sha256=files[0], kind="transfer", doc_no=no, date=day, issuer=a,
                              addressee=b, projects=(project,)))
        add("receipt", day + dt.timedelta(days=1), b, a, cite=rnd.random() > 0.3)
        if rnd.random() < 0.3:
            add("return", day + dt.timedelta(days=6), b, a, reason="不属于本局职责")
            add("transfer", day + dt.timedelta(days=9), a, c, cite=False, doc_no=f"{no}-2")
        else:
            add("accept", day + dt.timedelta(days=8), b, a, cite=rnd.random() > 0.3, decided=day + dt.timedelta(days=5))
            if rnd.random() < 0.5:
                add("outcome_report", day + dt.timedelta(days=60), b, a, handled=day + dt.timedelta(days=50))
        truth.append(set(files))
    return acts, truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--matters", type=int, default=3000)
    args = ap.parse_args()
    acts, truth = matters(args.matters)
    random.Random(1).shuffle(acts)
    t0 = time.perf_counter()
    threads = derive(acts)
    secs = time.perf_counter() - t0
    whole = sum(1 for t in threads if set(t.files) in truth)
    print(f"{len(acts)} letters of {args.matters} matters -> {len(threads)} threads in {secs:.2f} s "
          f"({len(acts) / secs:,.0f} letters/s); matters whole: {whole}/{args.matters}; "
          f"to place by hand: {sum(1 for t in threads if t.review)}")


if __name__ == "__main__":
    main()
