"""Generate the demo county and load it: reference data, the bulk stream, the lifecycle plants."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from graph.connection import Graph
from graph.demo.generator import COUNTY_FILE, DEFAULT_SEED, SOURCE, DemoCounty
from graph.demo.mechanisms import apply_mechanism_plants
from graph.demo.planted import Planted, apply_referral_plants
from graph.demo.protected import apply_protected_plants
from graph.reference import load_reference
from graph.writer import NodeRecord, Writer, WriteStats


@dataclass
class DemoReport:
    seed: int
    size: str
    planted: Planted
    records: int = 0
    nodes: int = 0  # node records streamed (MERGEd: repeated ids count once in the graph)
    relationships: int = 0
    plants_played: int = 0
    seconds: float = 0.0
    stats: WriteStats = field(default_factory=WriteStats)

    @property
    def rate(self) -> float:
        """Records generated and written per second."""
        return self.records / self.seconds if self.seconds else 0.0


def load_demo(graph: Graph, *, seed: int = DEFAULT_SEED, size: str | int = "small", batch_size: int = 5000,
              progress: Callable[[int], None] | None = None) -> DemoReport:
    """Load the built-in reference data, the demo county's reference file and records, then play the
    lifecycle plants. Idempotent: loading the same seed and size again adds nothing."""
    t0 = time.monotonic()
    county = DemoCounty(seed, size)
    report = DemoReport(seed, str(size), county.planted)
    load_reference(graph)
    load_reference(graph, COUNTY_FILE, builtin=False, synthetic=True)
    with Writer(graph, batch_size=batch_size, synthetic=True) as w:
        for rec in county.records():
            w.add(rec)
            report.records += 1
            if isinstance(rec, NodeRecord):
                report.nodes += 1
            else:
                report.relationships += 1
            if progress is not None and report.records % 100_000 == 0:
                progress(report.records)
    report.stats = w.stats
    report.plants_played = apply_referral_plants(graph, county.planted, SOURCE)
    apply_mechanism_plants(graph, county.planted, county.agencies, SOURCE)  # meetings, a draw, lists (issue 13)
    apply_protected_plants(graph, county.agencies, SOURCE)  # a confidential clue, a masked informant and complainant (issue 12)
    report.seconds = time.monotonic() - t0
    return report
