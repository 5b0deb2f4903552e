"""Keeping the console's graph in step with the main one, on the real servers (the session's main
graph and the console's own embedded server)."""

from __future__ import annotations

import pytest

from app.services import console_view as cv
from graph.connection import Graph
from graph.settings import Settings
from tests.conftest import wipe

MAIN = """
CREATE (a:Agency {id: 'agency:a', name: '甲局'})
CREATE (b:Agency {id: 'agency:b', name: '乙局'})
CREATE (s:Clue {id: 'clue:s', clue_no: 'SEC-1', summary: '密', confidential: true})
CREATE (o:Clue {id: 'clue:o', clue_no: 'PUB-1', summary: '公开'})
CREATE (d:Document {id: 'doc:d', sha256: 'd', title: '投诉书', text: '投诉人钱某某反映问题'})
CREATE (p:Person {id: 'person:q', name: '钱某某', context: 'x', masked: true})
CREATE (a)-[:HOLDS {id: 'rel:1'}]->(s)
CREATE (b)-[:HOLDS {id: 'rel:2'}]->(o)
CREATE (d)-[:MENTIONS {id: 'rel:3', start: 3, end: 6, text: '钱某某', label: 'PERSON'}]->(p)
"""


@pytest.fixture
def both(graph: Graph) -> tuple[Graph, Graph, Settings]:
    wipe(graph)
    graph.write(MAIN)
    settings = Settings.from_env()
    return graph, cv.console_graph(settings), settings


def counts(g: Graph) -> tuple[int, int]:
    return g.read(cv.COUNT_NODES)[0]["n"], g.read(cv.COUNT_RELS)[0]["n"]


def test_first_sync_then_only_what_changed(both) -> None:
    main, view, settings = both
    first = cv.sync(main, view, settings.home, full=True)
    assert first.full and (first.nodes, first.rels) == (5, 2) and counts(view) == (5, 2)
    assert view.read("MATCH (c:Clue) RETURN c.clue_no AS no") == [{"no": "PUB-1"}]
    assert cv.ensure_synced(main, view, settings.home) is None  # nothing changed

    # a property edit does not change the fingerprint: it is picked up at the latest after the maximum age
    main.write("MATCH (c:Clue {id: 'clue:o'}) SET c.summary = '公开（更新）'")
    again = cv.ensure_synced(main, view, settings.home, max_age_s=0)
    assert again is not None and not again.full
    assert (again.nodes_written, again.nodes_deleted, again.rel_groups_written) == (1, 0, 0)
    assert view.read("MATCH (c:Clue) RETURN c.summary AS s") == [{"s": "公开（更新）"}]

    # a deleted node: the counts changed, so the next query re-syncs at once
    main.write("MATCH (c:Clue {id: 'clue:o'}) DETACH DELETE c")
    gone = cv.ensure_synced(main, view, settings.home)
    assert gone is not None and gone.nodes_deleted == 1 and counts(view) == (4, 1)


def test_a_clue_made_confidential_leaves_the_view_at_the_next_query(both) -> None:
    main, view, settings = both
    cv.sync(main, view, settings.home, full=True)
    main.write("MATCH (c:Clue {id: 'clue:o'}) SET c.confidential = true")
    report = cv.ensure_synced(main, view, settings.home)  # the fingerprint knows what is confidential
    assert report is not None and view.read("MATCH (c:Clue) RETURN c.id AS id") == []


def test_a_view_changed_behind_our_back_is_rebuilt(both) -> None:
    main, view, settings = both
    cv.sync(main, view, settings.home, full=True)
    view.write("MATCH (n) DETACH DELETE n")
    main.write("MATCH (c:Clue {id: 'clue:o'}) SET c.summary = '又改了'")
    report = cv.ensure_synced(main, view, settings.home, max_age_s=0)
    assert report is not None and report.full and counts(view) == (5, 2)


def test_the_masked_person_is_a_pseudonym_in_the_view(both) -> None:
    main, view, settings = both
    cv.sync(main, view, settings.home, full=True)
    rows = view.read("MATCH (d:Document)-[m:MENTIONS]->(p:Person) RETURN d.text AS text, m.text AS m, p.name AS name, p.id AS id")
    assert len(rows) == 1
    row = rows[0]
    assert row["name"].startswith("保密身份-") and row["id"] != "person:q"
    assert row["text"] == f"投诉人{row['name']}反映问题" and row["m"] == row["name"]


def test_in_the_app_new_data_syncs_in_the_background_a_new_secret_before_answering(both) -> None:
    main, view, settings = both
    cv.sync(main, view, settings.home, full=True)
    main.write("CREATE (:Clue {id: 'clue:n', clue_no: 'NEW-1', summary: '新'})")
    assert cv.ensure_synced(main, view, settings.home, background=True) is None  # answered at once
    cv.wait_for_background(settings.home)
    assert {r["no"] for r in view.read("MATCH (c:Clue) RETURN c.clue_no AS no")} == {"PUB-1", "NEW-1"}
    main.write("MATCH (c:Clue {id: 'clue:n'}) SET c.confidential = true")
    report = cv.ensure_synced(main, view, settings.home, background=True)
    assert report is not None  # what is secret changed: synced before the query runs
    assert {r["no"] for r in view.read("MATCH (c:Clue) RETURN c.clue_no AS no")} == {"PUB-1"}


def test_the_console_server_is_its_own_process_with_its_own_heap_and_stops_with_the_main_one(tmp_path) -> None:
    import os

    from graph import embedded
    from tests.conftest import free_port

    if os.environ.get("NEO4J_URI"):
        pytest.skip("embedded servers only")  # on Neo4j the console's server is LIANDONG_CONSOLE_URI
    main = Settings(None, None, None, None, tmp_path / "home", free_port(), 120, "1g", console_heap="512m")
    console = embedded.console_settings(main, limits=cv.server_limits())
    try:
        m = embedded.ensure_running(main)
        c = embedded.ensure_running(console)
        assert c.pid != m.pid and c.port != m.port and c.home == main.home / "console"
        cmdline = open(f"/proc/{c.pid}/cmdline", "rb").read().split(b"\0")
        assert b"512m" in cmdline and b"arcadedb.queryMaxHeapRAM=256" in cmdline
        assert embedded.stop(main)
        assert not embedded.status(console).running and not embedded.status(main).running
    finally:
        embedded.stop(main)
