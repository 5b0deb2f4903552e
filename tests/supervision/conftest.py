"""Fixtures for the supervision tests: the real test server, reference data of the demo county."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.connection import Graph
from graph.demo import COUNTY_FILE
from graph.reference import load_directory, load_reference

D = dt.date
SRC = "test:supervision"


@pytest.fixture(scope="session")
def ag() -> dict[str, str]:
    """Agency name -> id, for the built-in localities and the demo county."""
    return {a.name: a.id for a in load_directory(COUNTY_FILE).agencies()}


@pytest.fixture
def county(empty_graph: Graph) -> Graph:
    """An empty graph with the seed localities and the demo county's agencies loaded."""
    load_reference(empty_graph)
    load_reference(empty_graph, COUNTY_FILE, builtin=False, synthetic=True)
    return empty_graph
