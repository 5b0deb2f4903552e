"""``liandong threads rebuild --reread`` (ingest.pipeline.reread_letters): every stored letter's act is
read again from its stored text, stored on the Document, and the threads are derived again.

The letter is tests/ingest/letters/mianzhu_clue_referral.txt (GB18030): 绵竹市财政局's 政府采购问题线索
移送函 竹财采〔2023〕41号 of 2023年4月12日 to 中共绵竹市纪委监委机关 — a transfer of a clue.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from graph.connection import Graph
from ingest.pipeline import ingest, reread_letters
from supervision.acts import LetterAct

LETTER = Path(__file__).parent / "letters" / "mianzhu_clue_referral.txt"


def _doc(graph: Graph) -> dict[str, object]:
    (row,) = graph.read("MATCH (d:Document) RETURN d.act AS act, d.act_kind AS act_kind, d.kind AS kind")
    return row


def _threads(graph: Graph) -> list[dict[str, object]]:
    return graph.read("MATCH (t:Clue) WHERE t.derived = 'letters' OPTIONAL MATCH (t)-[:HAS_EVENT]->(e:Event) "
                      "RETURN t.clue_no AS no, collect(e.kind) AS events")


def test_a_stored_act_is_read_again_and_the_threads_follow(empty_graph: Graph, tmp_path: Path) -> None:
    shutil.copy(LETTER, tmp_path / LETTER.name)
    report = ingest(empty_graph, [tmp_path], progress=False)
    assert report.count("ingested") == 1
    act = LetterAct.from_json(str(_doc(empty_graph)["act"]))
    assert (act.kind, act.doc_no, act.date) == ("transfer", "竹财采〔2023〕41号", dt.date(2023, 4, 12))
    assert act.issuer == "绵竹市财政局"
    threads = _threads(empty_graph)
    assert [t["events"] for t in threads] == [["case_transferred"]]

    # an older reading of the letter: nothing recognised, and no threads
    stale = LetterAct(file=LETTER.name, sha256=act.sha256, kind="other")
    empty_graph.write("MATCH (d:Document) SET d.act = $act, d.act_kind = 'other', d.kind = null",
                      {"act": stale.to_json()})
    empty_graph.write("MATCH (t:Clue) WHERE t.derived = 'letters' DETACH DELETE t")

    assert reread_letters(empty_graph) == 1
    doc = _doc(empty_graph)
    assert LetterAct.from_json(str(doc["act"])) == act
    assert (doc["act_kind"], doc["kind"]) == ("transfer", "transfer")
    assert _threads(empty_graph) == threads
