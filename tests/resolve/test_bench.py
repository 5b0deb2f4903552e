"""The resolution benchmark (bench/bench_resolve.py) runs and holds its figures on its development
seed: ≥ 300 mentions, no false merge, recall ≥ 0.90, review ≤ 10 %."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bench_resolve


def test_benchmark_figures_on_the_development_seed() -> None:
    r = bench_resolve.run(11, 120, show_errors=False)
    assert r["mentions"] == 370 and r["identities"] == 157
    assert r["pairs"] == (380, 0, 31)                      # true merged pairs, false merged pairs, pairs left apart
    assert r["precision"] == 1.0 and r["recall"] >= 0.90 and r["review_share"] <= 0.10
    assert r["recall_placed"] == 1.0
