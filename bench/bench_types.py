"""How fast the property types of graph/types are, on the shared seed letters (and the same letters
in traditional characters). Prints figures; checks nothing.

    .venv/bin/python bench/bench_types.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.types import credit_code, dates, money, text  # noqa: E402


def best_ms(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    args = ap.parse_args()
    files = sorted(Path(args.seeds).glob("*.txt"))
    if not files:
        sys.exit(f"no seed letters in {args.seeds}")
    simplified = "".join(f.read_text(encoding="utf-8") for f in files)
    traditional = text.traditional(simplified)
    print(f"{len(files)} seed letters, {len(simplified)} characters; best of {args.rounds} rounds")
    for name, sample in (("simplified", simplified), ("traditional", traditional)):
        for fn_name, fn in (("simplified", text.simplified), ("view", text.view), ("fold", text.fold)):
            ms = best_ms(lambda fn=fn, sample=sample: fn(sample), args.rounds)  # type: ignore[misc]
            print(f"  text.{fn_name:<10} on {name:<11} text: {ms:7.2f} ms ({len(sample) / ms / 1000:6.1f} M chars/s)")
    lines = simplified.splitlines()
    for label, fn in (("dates.search", dates.search), ("money.search", money.search)):
        ms = best_ms(lambda fn=fn: [fn(ln) for ln in lines], args.rounds)  # type: ignore[misc]
        print(f"  {label:<16} over {len(lines)} lines: {ms:7.2f} ms ({ms * 1000 / len(lines):.1f} µs a line)")
    codes = [credit_code.make(f"9151068{i:010d}") for i in range(1000)]
    ms = best_ms(lambda: [credit_code.validate(c) for c in codes], args.rounds)
    print(f"  credit_code.validate ×1000: {ms:7.2f} ms")


if __name__ == "__main__":
    main()
