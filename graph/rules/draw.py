"""The "double random" draw (双随机, 002 五至七; 003 第二十一条) as a pure, reproducible function.

Anyone with the published seed, the registers as of the draw date and the exclusions gets the same
result — no state, no clock, no platform RNG: every random number is ``sha256(seed | parts)``.

Targets (002 六 "根据监督检查对象风险等级、信用水平等实行差异化分类管理, 合理确定、动态调整抽查比例、频次和被抽查概率")
are drawn without replacement with probability proportional to their weight (Efraimidis–Spirakis:
the ``n`` largest ``log(u) / w``). The weight of a target is shown with its reasons::

    weight = 1 + risk grade (0–3, the register's 风险等级)
               + 2 if on a watch list (重点关注对象名单) on the draw date
               + 1 per past finding (a sanction before the draw date), at most 3

Inspectors (002 七 "随机匹配执法检查人员") are matched to each drawn target in draw order: the
register's inspectors (sorted by id) are shuffled for that target by a Fisher–Yates shuffle whose
j-th swap partner is ``j + u_j mod (n − j)``, ``u_j`` the first 8 bytes of ``sha256(seed | inspector |
target | j)`` read big-endian (the shuffle is made lazily, only as far as needed); walking that order,
the excluded ones (a conflict found through the graph) are skipped and the first ``per_target`` from
different agencies are taken, then, if there are not enough agencies, the next in order.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

WATCH_WEIGHT = 2
FINDING_WEIGHT = 1
MAX_FINDINGS = 3


@dataclass(frozen=True)
class Candidate:
    id: str
    risk: int = 0
    watch: bool = False
    findings: int = 0

    @property
    def weight(self) -> int:
        return 1 + self.risk + WATCH_WEIGHT * self.watch + FINDING_WEIGHT * min(self.findings, MAX_FINDINGS)

    @property
    def reasons(self) -> list[str]:
        out = ["base 1"]
        if self.risk:
            out.append(f"risk grade +{self.risk}")
        if self.watch:
            out.append(f"watch list +{WATCH_WEIGHT}")
        if self.findings:
            n = min(self.findings, MAX_FINDINGS)
            out.append(f"{self.findings} past finding(s) +{FINDING_WEIGHT * n}")
        return out


@dataclass(frozen=True)
class Inspector:
    id: str
    agency: str


@dataclass
class Outcome:
    targets: list[dict[str, Any]] = field(default_factory=list)  # {id, weight, reasons, inspectors: [ids]}
    excluded: dict[str, list[str]] = field(default_factory=dict)  # target -> inspectors excluded
    short: list[str] = field(default_factory=list)  # targets with fewer inspectors than asked

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def uniform(seed: str, *parts: str) -> float:
    """A number in (0, 1] from the seed and the parts (the only source of randomness)."""
    h = hashlib.sha256("|".join((seed, *parts)).encode("utf-8")).digest()
    return (int.from_bytes(h[:8], "big") + 1) / 2.0**64


def _uniforms(seed: str, prefix: tuple[str, ...], lasts: Iterable[str]) -> list[float]:
    """``[uniform(seed, *prefix, last) for last in lasts]``, hashing the common prefix once."""
    base = hashlib.sha256("|".join((seed, *prefix, "")).encode("utf-8"))
    out = []
    for last in lasts:
        h = base.copy()
        h.update(last.encode("utf-8"))
        out.append((int.from_bytes(h.digest()[:8], "big") + 1) / 2.0**64)
    return out


def commitment(seed: str) -> str:
    """What is published before the draw: sha256 of the seed (the seed itself is revealed after)."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def inputs_hash(targets: Iterable[Candidate], inspectors: Iterable[Inspector]) -> str:
    """A digest of the registers a draw read (ids and weights), order-independent."""
    h = hashlib.sha256()
    for line in sorted(f"T {t.id} {t.weight}" for t in targets):
        h.update(line.encode("utf-8") + b"\n")
    for line in sorted(f"I {i.id} {i.agency}" for i in inspectors):
        h.update(line.encode("utf-8") + b"\n")
    return h.hexdigest()


def draw_targets(seed: str, targets: Iterable[Candidate], n: int) -> list[Candidate]:
    """``n`` targets, weighted, without replacement, in draw order (ties by id)."""
    pool = list(targets)
    keys = _uniforms(seed, ("target",), (t.id for t in pool))
    best = heapq.nlargest(n, zip(pool, keys), key=lambda tk: (math.log(tk[1]) / tk[0].weight, tk[0].id))
    return [t for t, _ in best]


def shuffled(seed: str, target: str, inspectors: list[Inspector]) -> Iterator[Inspector]:
    """The inspectors (sorted by id) in the target's random order, generated lazily (Fisher–Yates)."""
    pool = list(inspectors)
    n = len(pool)
    base = hashlib.sha256(f"{seed}|inspector|{target}|".encode())
    for j in range(n):
        h = base.copy()
        h.update(str(j).encode("ascii"))
        k = j + int.from_bytes(h.digest()[:8], "big") % (n - j)
        pool[j], pool[k] = pool[k], pool[j]
        yield pool[j]


def match_inspectors(seed: str, target: str, inspectors: list[Inspector], excluded: set[str],
                     per_target: int) -> list[str]:
    """``inspectors`` sorted by id. The first ``per_target`` of the target's order that are not excluded,
    from different agencies while there are; then the next in order."""
    picked: list[Inspector] = []
    agencies: set[str] = set()
    seen: list[Inspector] = []
    for i in shuffled(seed, target, inspectors):  # first pass: one per agency
        if len(picked) == per_target:
            break
        if i.id in excluded:
            continue
        seen.append(i)
        if i.agency not in agencies:
            picked.append(i)
            agencies.add(i.agency)
    if len(picked) < per_target:  # not enough agencies: the rest in the same order
        for i in seen:
            if len(picked) == per_target:
                break
            if i not in picked:
                picked.append(i)
    return [i.id for i in picked]


def run(seed: str, targets: list[Candidate], inspectors: list[Inspector], exclusions: Mapping[str, set[str]],
        n_targets: int, per_target: int, *, drawn: list[Candidate] | None = None) -> Outcome:
    """The whole draw: targets, then inspectors matched to each with ``exclusions`` (target -> inspectors).
    ``drawn``: the result of :func:`draw_targets` for the same seed and targets, when already computed."""
    out = Outcome()
    inspectors = sorted(inspectors, key=lambda i: i.id)
    for t in drawn if drawn is not None else draw_targets(seed, targets, n_targets):
        ex = exclusions.get(t.id, set())
        chosen = match_inspectors(seed, t.id, inspectors, ex, per_target)
        out.targets.append({"id": t.id, "weight": t.weight, "reasons": t.reasons, "inspectors": chosen})
        if ex:
            out.excluded[t.id] = sorted(ex)
        if len(chosen) < per_target:
            out.short.append(t.id)
    return out
