"""Fixtures for the threads tests."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.connection import Graph
from graph.demo import COUNTY_FILE
from graph.reference import load_reference


@pytest.fixture
def county_graph(empty_graph: Graph) -> Graph:
    """The demo county's agencies and one clue recorded step by step (graph.lifecycle)."""
    from graph import lifecycle as lc
    from graph.custody import resolve_agency

    load_reference(empty_graph)
    load_reference(empty_graph, COUNTY_FILE, builtin=False, synthetic=True)
    fin = resolve_agency(empty_graph, "示例县财政局")["id"]
    pol = resolve_agency(empty_graph, "示例县公安局")["id"]
    clue = lc.open_thread(empty_graph, "XS-1", agency=fin, on=dt.date(2024, 3, 1), letter=lc.Letter("示财登〔2024〕1号"),
                          source="test")
    ref = lc.transfer(empty_graph, clue, to=pol, on=dt.date(2024, 3, 4), letter=lc.Letter("示财移〔2024〕1号"),
                      materials=["线索材料"], source="test")
    lc.receive(empty_graph, ref, on=dt.date(2024, 3, 5), source="test")
    return empty_graph
