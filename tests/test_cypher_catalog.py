"""Every Cypher statement liandong ships: zero errors from Neo4j's own linter, and it runs on the test server.

The statements come from tests/catalog.py: schema DDL, the writer's MERGEs for every label and
relationship, statements registered with graph.catalog.cypher() anywhere in the packages, and
the query library. With NEO4J_URI set, "runs" means on that Neo4j.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from graph.catalog import Statement
from graph.connection import Graph
from graph.schema import load_schema
from tests.catalog import all_statements

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from cypherlint import LintResult, lint  # noqa: E402

STATEMENTS = all_statements()


def _schema() -> dict:
    schema = load_schema()
    return {
        "labels": sorted(schema.nodes),
        "relationshipTypes": sorted(schema.relationships),
        "propertyKeys": schema.property_keys(),
        "procedures": "bundled",
        "functions": "bundled",
    }


def test_catalog_covers_every_label_and_relationship() -> None:
    names = {s.name for s in STATEMENTS}
    schema = load_schema()
    assert all(f"writer.node.{label}" in names for label in schema.nodes)
    assert all(any(n.startswith(f"writer.rel.{t}.") for n in names) for t in schema.relationships)
    assert len(names) == len(STATEMENTS), "statement names must be unique"


class _BackgroundLint:
    """The catalog's lint (over a thousand statements, about two minutes of one core) started when
    the session's collection ends, so it runs at low priority beside the rest of the suite; the test
    below waits for its result (tests/conftest.py starts it only when that test is selected)."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._results: list[LintResult] = []
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="cypher-lint", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        try:
            self._results = lint([(s.name, s.cypher) for s in STATEMENTS], _schema(), niceness=10)
        except BaseException as e:  # handed to the test, which raises it
            self._error = e
        finally:
            self._done.set()

    def results(self) -> list[LintResult]:
        self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._results


BACKGROUND_LINT = _BackgroundLint()


def test_neo4j_linter_finds_no_errors() -> None:
    results = BACKGROUND_LINT.results()
    failures = [r.format() for r in results if r.errors]
    assert not failures, "\n\n".join(failures)
    unknown = [
        f"{r.name}: {d.message}" for r in results for d in r.warnings
        if "label" in d.message.lower() or "relationship type" in d.message.lower()
    ]
    assert not unknown, "labels/types outside the schema:\n" + "\n".join(unknown)


def test_linter_would_catch_a_broken_statement() -> None:
    bad = [("bad.var", "MATCH (n:Agency) RETURN m"), ("bad.syntax", "MATCH (n:Agency RETURN n")]
    assert all(r.errors for r in lint(bad, _schema()))


def _run(graph: Graph, st: Statement) -> None:
    if st.name.startswith("schema."):
        graph.write(st.cypher, st.params)  # idempotent DDL / SHOW
        return
    with graph.driver.session(database=graph.database) as session:
        tx = session.begin_transaction()
        try:
            tx.run(st.cypher, st.params).consume()
        finally:
            tx.rollback()


@pytest.mark.parametrize("st", STATEMENTS, ids=[s.name for s in STATEMENTS])
def test_statement_runs_on_the_server(graph: Graph, st: Statement) -> None:
    _run(graph, st)
