"""A document stored meanwhile by another run is told apart by the server's status code and the
data, never by the wording of the constraint error (which differs between Neo4j and the embedded
server). Contract test: it runs unchanged on both backends."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from neo4j import exceptions as nx

from graph.connection import Graph
from graph.errors import CONSTRAINT_VIOLATION, WriteError, status_code
from ingest.pipeline import DocumentExists, Pipeline, write_documents

LETTERS = Path(__file__).parent / "letters"


class RacedPipeline(Pipeline):
    """A pipeline whose every batch is written first by "another run" just before its own write."""

    def _flush(self, batch, report, bar):  # type: ignore[no-untyped-def]
        if batch:
            write_documents(self.graph, [p.mapped for p in batch], self.schema)
        return super()._flush(batch, report, bar)


@pytest.fixture
def two_letters(tmp_path: Path) -> Path:
    for name in ("mianzhu_clue_referral.txt", "xiuwu_penalty.html"):
        shutil.copy(LETTERS / name, tmp_path / name)
    return tmp_path


def test_a_document_stored_meanwhile_is_reported_unchanged(empty_graph: Graph, two_letters: Path) -> None:
    report = RacedPipeline(empty_graph, progress=False).run([two_letters])
    outcomes = {Path(d.path).name: (d.outcome, d.reason) for d in report.documents}
    assert outcomes == {
        "mianzhu_clue_referral.txt": ("unchanged", "stored meanwhile by another run"),
        "xiuwu_penalty.html": ("unchanged", "stored meanwhile by another run"),
    }
    # stored once, by "the other run"
    assert empty_graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 2


def test_the_duplicate_is_refused_with_the_constraint_status_code(empty_graph: Graph, two_letters: Path) -> None:
    """Both servers answer a duplicate Document id with Neo.ClientError.Schema.ConstraintValidationFailed."""
    empty_graph.write("CREATE (:Document {id: 'doc:dup'})")
    with pytest.raises(nx.Neo4jError) as info:
        empty_graph.write("CREATE (:Document {id: 'doc:dup'})")
    assert status_code(info.value) == CONSTRAINT_VIOLATION
    assert issubclass(DocumentExists, WriteError)
