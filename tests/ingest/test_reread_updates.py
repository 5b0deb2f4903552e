"""``liandong threads rebuild --reread`` writes through the one writer (``Unit.updates``): a letter now
read as ``other`` loses a stale ``kind`` (the property is removed, not left behind), and the rest of the
Document — its text, path, provenance — is left as it was.

The text is written here: a note that is no letter of any kind (no 文号, no addressee, no act).
"""

from __future__ import annotations

from pathlib import Path

from graph.connection import Graph
from ingest.pipeline import ingest, reread_letters
from supervision.acts import LetterAct

NOTE = "会议室使用须知\n\n请各位同事使用会议室后关闭空调和照明，并将桌椅归位。\n\n办公室\n"


def _doc(graph: Graph) -> dict[str, object]:
    (row,) = graph.read("MATCH (d:Document) RETURN properties(d) AS p")
    return dict(row["p"])


def test_a_letter_read_as_other_loses_its_stale_kind(empty_graph: Graph, tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    assert ingest(empty_graph, [tmp_path], progress=False).count("ingested") == 1
    # an older reading of the note took it for a transfer
    empty_graph.write("MATCH (d:Document) SET d.kind = '移送函', d.act_kind = 'transfer', d.act = '{}'")
    before = _doc(empty_graph)

    assert reread_letters(empty_graph) == 1
    after = _doc(empty_graph)
    assert "kind" not in after
    assert after["act_kind"] == "other" and LetterAct.from_json(str(after["act"])).kind == "other"
    unchanged = {k: v for k, v in before.items() if k not in ("kind", "act_kind", "act")}
    assert {k: after[k] for k in unchanged} == unchanged
    assert set(after) == set(unchanged) | {"act_kind", "act"}
