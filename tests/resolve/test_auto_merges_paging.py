"""Automatic merges are filtered, counted and paged in the graph (issue 11): three letters merged on
``sole_local`` at ingestion (two from tests/resolve/test_auto_merges.py, then a third naming the
official again), read two at a time through ``ingest.judgements.auto_merges`` / ``count_auto_merges``,
the 自动合并待复核 service (``auto_page``) and ``liandong resolve list --auto --limit/--offset``.
Real embedded server (and Neo4j: contract), real pipeline, the letters read by a fixed extraction."""

from __future__ import annotations

from typing import Any

import pytest

from app.services import identities as svc
from graph.connection import Graph
from ingest import judgements as J
from ingest.pipeline import ingest
from tests.resolve.test_auto_merges import LI, OFFICIAL, _stub, bare_letter, doc_id, run, two_merges


@pytest.fixture(scope="module")
def three(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("auto-paging")
    merged = two_merges(graph, tmp, 61)
    third = bare_letter(tmp, 63, OFFICIAL) / "bare63.txt"
    assert ingest(graph, [third.parent], progress=False, extractor=_stub, merge_unplaced=True).count("ingested") == 1
    # newest first: the third letter (the official again), the second (the person), the first (the official)
    merged["newest_first"] = [(merged["official"], doc_id(third)), (merged["person"], merged["second_id"]),
                              (merged["official"], merged["first_id"])]
    merged["third"] = third
    return merged


def keys(rows: list[J.AutoMerge]) -> list[tuple[str, str]]:
    return [(m.node, m.document) for m in rows]


@pytest.mark.contract
def test_pages_of_two_in_the_graph_with_the_total(graph: Graph, three: dict[str, Any]) -> None:
    order = three["newest_first"]
    assert J.count_auto_merges(graph, evidence="sole_local") == 3
    assert J.count_auto_merges(graph, evidence="phone") == 0
    assert keys(J.auto_merges(graph, evidence="sole_local", limit=2)) == order[:2]
    assert keys(J.auto_merges(graph, evidence="sole_local", limit=2, offset=2)) == order[2:]
    assert J.auto_merges(graph, evidence="sole_local", limit=2, offset=4) == []
    assert keys(J.auto_merges(graph, evidence="phone", limit=2)) == []
    assert keys(J.auto_merges(graph)) == order
    with pytest.raises(J.JudgementError):
        J.auto_merges(graph, limit=2, offset=-1)


@pytest.mark.contract
def test_the_service_pages_and_the_cli_pages(graph: Graph, three: dict[str, Any]) -> None:
    order = three["newest_first"]
    first = svc.auto_page(graph, LI, limit=2)
    assert ([(a.merge.node, a.merge.document) for a in first.rows], first.total, first.next_offset) == (order[:2], 3, 2)
    last = svc.auto_page(graph, LI, limit=2, offset=first.next_offset or 0)
    assert ([(a.merge.node, a.merge.document) for a in last.rows], last.total, last.next_offset) == (order[2:], 3, None)

    out = run("resolve", "list", "--auto", "--reason", "sole_local", "--limit", "2").output.splitlines()
    assert out[0] == "3 automatic merges on sole_local, 1-2 shown (next: --offset 2)"
    assert len(out) == 1 + 2 * 3 and "bare63.txt" in out[2] and "bare62.txt" in out[5]
    out = run("resolve", "list", "--auto", "--reason", "sole_local", "--limit", "2", "--offset", "2").output.splitlines()
    assert out[0] == "3 automatic merges on sole_local, 3-3 shown"
    assert len(out) == 1 + 3 and "bare61.txt" in out[2]
    res = run("resolve", "list", "--offset", "2")
    assert res.exit_code == 2 and "use it with --auto" in res.output


@pytest.mark.contract
def test_the_status_is_filtered_in_the_graph(graph: Graph, three: dict[str, Any]) -> None:
    order = three["newest_first"]
    official, doc = order[0]
    J.confirm_auto(graph, official, doc, user="zhao", reason="checked")
    assert J.count_auto_merges(graph, evidence="sole_local", status="pending") == 2
    assert J.count_auto_merges(graph, status="confirmed") == 1
    assert keys(J.auto_merges(graph, status="pending", limit=1, offset=1)) == order[2:]
    (done,) = J.auto_merges(graph, status="confirmed", limit=5)
    assert ((done.node, done.document), done.status, done.decided_by) == (order[0], "confirmed", "zhao")
    page = svc.auto_page(graph, LI, limit=2)
    assert ([(a.merge.node, a.merge.document) for a in page.rows], page.total, page.next_offset) == (order[1:], 2, None)
