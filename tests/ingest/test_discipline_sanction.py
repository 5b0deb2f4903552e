"""A PENALIZED relation marked as discipline (处分 by a party or supervision body) is stored as a
Sanction of kind ``discipline``: it starts no credit-platform duty (graph.overdue reads kind penalty
only); an unmarked one stays a ``penalty``."""

from __future__ import annotations

from ingest.mapping import map_document
from tests.ingest.test_mapping import _nodes, _penalty_case


def _sanction_kind(mark: str | None) -> str:
    read, extraction, res = _penalty_case()
    if mark is not None:
        extraction["relations"][0]["sanction"] = mark
    (sanction,) = _nodes(map_document(read, extraction, res).unit.nodes, "Sanction")
    return str(sanction.props["kind"])


def test_discipline_is_not_a_penalty() -> None:
    assert _sanction_kind("discipline") == "discipline"


def test_an_unmarked_penalty_stays_a_penalty() -> None:
    assert _sanction_kind(None) == "penalty"
