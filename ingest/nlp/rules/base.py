"""What every rule module shares: the candidate span, the priorities, the character classes,
and the greedy resolution of overlapping candidates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

CJK = "\u4e00-\u9fff\u3007"

# ---------------------------------------------------------------- priorities
PRIO = {"LAW": 100, "PROJECT_NO": 92, "DOC_NO": 90, "DATE": 80, "MONEY": 80,
        "AGENCY": 60, "COMPANY": 60, "PERSON": 55, "POSITION": 50}
MODEL_PRIO = 40

# characters that end a name on its left: function words and pronouns/articles
FUNC_CHARS = frozenset("的对向在和与及或将被由从为是了于等经报据即并给按使让把跟同至到往自请")
PRONOUN_CHARS = frozenset("本该各我贵你全此其这那每")
# a name never holds these (a span the model proposes across them is dropped)
NAME_BREAK = re.compile(r"[\s,，。;；:：、“”\"()（）《》]")


@dataclass(frozen=True)
class Cand:
    start: int
    end: int
    label: str
    prio: int
    source: str = "rule"

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(cands: Iterable[Cand]) -> list[Cand]:
    """Greedy flat resolution: higher priority, then longer, then earlier span wins."""
    chosen: list[Cand] = []
    cands = list(cands)
    size = max((c.end for c in cands), default=0)
    occupied = bytearray(size + 1)
    for c in sorted(cands, key=lambda c: (-c.prio, -c.length, c.start)):
        if c.start >= c.end or any(occupied[c.start:c.end]):
            continue
        chosen.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted((c for c in chosen if not c.label.startswith("_")), key=lambda c: c.start)

