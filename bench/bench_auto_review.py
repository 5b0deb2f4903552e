"""How many automatic merges the 自动合并待复核 queue holds, and how many of them are wrong: the
world and letters of bench/bench_resolve.py (same seed, same letters), resolved by the real
resolver; an automatic merge is a mention resolved to a stored node on context evidence
(:attr:`ingest.resolve.ResolvedNode.evidence`, what ingestion stores on the MENTIONS). Counted per
letter and node, as ``liandong resolve list --auto`` lists them.

    .venv/bin/python bench/bench_auto_review.py [--seed 11] [--letters 120]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_resolve import bench_directory, build_world, make_letters  # noqa: E402

from ingest.resolve import Resolver  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--letters", type=int, default=120)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people, idx = build_world(rng)
    resolver = Resolver(directory=bench_directory(), index=idx, merge_unplaced=True)  # the merges to review
    stored = {p.key: p.stored for p in people}
    merges: dict[tuple[int, str], set[str]] = {}      # (letter, node) -> the true identities merged there
    terms: dict[tuple[int, str], tuple[str, ...]] = {}
    for k, (letter, _) in enumerate(make_letters(people, a.letters, rng)):
        extraction = {"entities": letter.ents, "relations": letter.rels, "identifiers": letter.idents,
                      "doc": {"issuer": 0}, "aliases": {}}
        res = resolver.resolve(extraction, letter.text, doc_key=f"doc:bench{k:04d}")
        for i, truth in letter.truth.items():
            node = res.node_of(i)
            if node is None or node.new or not node.evidence:
                continue
            merges.setdefault((k, node.id), set()).add(truth)
            terms[(k, node.id)] = node.evidence
        idx.add_resolution(res)
    wrong = {key for key, truths in merges.items() if any(stored.get(t) != key[1] for t in truths)}
    sole = {key for key in merges if "sole_local" in terms[key]}
    print(f"automatic merges in context (seed {a.seed}, {a.letters} letters): {len(merges)} (letter, node) pairs, "
          f"{len(wrong)} wrong")
    print(f"  on sole_local (自动合并待复核): {len(sole)}, wrong {len(sole & wrong)} "
          f"({len(sole & wrong) / max(len(sole), 1):.0%} of the queue)")
    print(f"  other evidence: {len(merges) - len(sole)}, wrong {len(wrong - sole)}")


if __name__ == "__main__":
    main()
