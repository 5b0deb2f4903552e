"""Fixtures for the query library tests: the hand-made world and the demo county, each loaded once
per test module into the session's graph (which other modules wipe freely)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest

from graph.connection import Graph
from tests.conftest import wipe
from tests.queries.world import World, build_world


@pytest.fixture(scope="module")
def world(graph: Graph) -> Iterator[World]:
    wipe(graph)
    yield build_world(graph)


@pytest.fixture(scope="module")
def demo(graph: Graph) -> Iterator[Any]:
    from graph.demo import load_demo

    wipe(graph)
    report = load_demo(graph, size="small")
    yield report.planted


def _canon(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canon(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [_canon(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def fingerprint(graph: Graph) -> tuple[int, int, str]:
    """Node count, relationship count and a checksum of every label, type and property."""
    nodes = graph.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
    rels = graph.read("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p")
    items = sorted(json.dumps(_canon(x), ensure_ascii=False, default=str) for x in nodes + rels)
    digest = hashlib.sha256("\n".join(items).encode()).hexdigest()
    return len(nodes), len(rels), digest
