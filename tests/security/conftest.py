"""The demo county (with its confidential clue, masked informant and masked complainant) loaded once
per module into the session's graph, and the app users an attacker would sign in as."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.services.access import Viewer
from graph.connection import Graph
from tests.conftest import wipe


@dataclass(frozen=True)
class Demo:
    audit: str  # 示例县审计局: not concerned by the confidential clue
    police: str  # 示例县公安局: holds it
    finance: str
    analyst: Viewer  # an analyst of 示例县审计局
    investigator: Viewer  # an investigator of 示例县财政局
    admin: Viewer


def agency(graph: Graph, name: str) -> str:
    rows = graph.read("MATCH (a:Agency {name: $n}) RETURN a.id AS id", {"n": name})
    assert rows, f"the demo county has no agency {name}"
    return str(rows[0]["id"])


@pytest.fixture(scope="module")
def demo(graph: Graph) -> Iterator[Demo]:
    from graph.demo import load_demo

    wipe(graph)
    load_demo(graph, size="small")
    audit, police, finance = agency(graph, "示例县审计局"), agency(graph, "示例县公安局"), agency(graph, "示例县财政局")
    yield Demo(audit, police, finance, Viewer("ana_audit", audit, "analyst", "示例县审计局"),
               Viewer("inv_fin", finance, "investigator", "示例县财政局"), Viewer("root_admin", finance, "admin"))
