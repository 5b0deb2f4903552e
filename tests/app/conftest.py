"""Fixtures of the app's tests: the fixture county loaded once per module, and signed-in viewers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.access import Viewer, invalidate
from graph.connection import Graph
from tests.app.fixture_graph import Ids, load_fixture, viewers

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def county(graph: Graph) -> Ids:
    ids = load_fixture(graph)
    from graph.fulltext import keep_in_step

    keep_in_step(graph)  # the search side index (embedded store) follows the reload at once
    yield ids
    invalidate()


@pytest.fixture(scope="module")
def who(county: Ids) -> dict[str, Viewer]:
    return viewers(county)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
