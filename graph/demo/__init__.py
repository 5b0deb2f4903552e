"""The demo county 示例县: a deterministic synthetic county with planted cases.

>>> from graph.demo import DemoCounty, PLANTED, load_demo
>>> PLANTED.ring.company_names[0]                       # known before anything is written  # doctest: +SKIP
>>> report = load_demo(graph, seed=DEFAULT_SEED, size="small")                               # doctest: +SKIP

Everything written has ``synthetic: true``. ``size`` is small (~2k nodes), medium (~20k),
large (~1M) or a node count; the planted facts depend on the seed only.
"""

from __future__ import annotations

from graph.demo.generator import COUNTY_FILE, DEFAULT_SEED, SIZES, DemoCounty, Scale
from graph.demo.load import DemoReport, load_demo
from graph.demo.planted import DEMO_TODAY, Planted


def planted(seed: int = DEFAULT_SEED) -> Planted:
    """The planted facts of the county of ``seed`` (ids and names; nothing is generated or written)."""
    return DemoCounty(seed, "small").planted


PLANTED = planted()

__all__ = ["COUNTY_FILE", "DEFAULT_SEED", "DEMO_TODAY", "PLANTED", "SIZES", "DemoCounty", "DemoReport", "Planted",
           "Scale", "load_demo", "planted"]
