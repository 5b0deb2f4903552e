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


def test_export_includes_threads_recorded_step_by_step(county_graph: Graph) -> None:
    from graph.threads import export_threads

    data = export_threads(county_graph, as_of=DEMO_TODAY)
    stepwise = {t["number"]: t for t in data["threads"] if t.get("recorded") == "step by step"}
    t = stepwise["XS-1"]
    assert t["holder"] == "示例县公安局"
    assert [(e["event"], e["from_agency"], e["to_agency"], e["date"]) for e in t["events"]] == [
        ("transfer", "示例县财政局", "示例县公安局", "2024-03-04"), ("receipt", "示例县公安局", "示例县财政局", "2024-03-05")]
