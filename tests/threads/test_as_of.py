"""The desk and the thread page judge deadlines on a day the user picks; by default today, or the
demo's own date when the graph holds the synthetic demo county (so its 2024 matters are not all late)."""

from __future__ import annotations

import datetime as dt

from app.services.threads import default_as_of
from graph.connection import Graph
from graph.demo import DEMO_TODAY
from graph.writer import RecordFactory, Unit, write_unit


def test_default_as_of(empty_graph: Graph) -> None:
    assert default_as_of(empty_graph) == dt.date.today()
    f = RecordFactory(synthetic=True)
    write_unit(empty_graph, Unit(nodes=[f.node("Clue", {"clue_no": "SLX-1"}, source="test")]))
    assert default_as_of(empty_graph) == DEMO_TODAY == dt.date(2024, 3, 15)
