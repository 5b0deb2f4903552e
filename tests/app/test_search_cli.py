"""``liandong search reindex``: a letter written past ingestion (here a bare CREATE) is found after it."""

from __future__ import annotations

import stat

import pytest
from click.testing import CliRunner

from app.cli import cli
from graph import fulltext

pytestmark = pytest.mark.contract


def test_reindex_picks_up_what_was_written_around_ingestion(empty_graph, monkeypatch):
    monkeypatch.setattr(fulltext.side_index, "CHECK_EVERY_S", 1e9)  # no periodic check in this test
    fulltext.keep_in_step(empty_graph)
    empty_graph.write("CREATE (:Document {id: 'doc:reindex1', doc_no: '示审函〔2024〕31号', text: '该项目存在化整为零规避招标的情形。'})")
    side = not fulltext.has_fulltext(empty_graph)
    if side:
        assert fulltext.search(empty_graph, "化整为零") == []  # the side index has not seen it
    else:
        empty_graph.write("CALL db.awaitIndexes(60)")
    result = CliRunner().invoke(cli, ["search", "reindex"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert ("indexed" in result.output) if side else ("nothing to do" in result.output)
    assert [h.id for h in fulltext.search(empty_graph, "化整为零")] == ["doc:reindex1"]
    assert [h.id for h in fulltext.search(empty_graph, "示审函[2024]31号")] == ["doc:reindex1"]
    if side:  # the side index holds letters' text: owner-only, like the rest of LIANDONG_HOME
        path = fulltext.side_index_path(empty_graph)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
