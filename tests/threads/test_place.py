"""A letter the rules cannot place is flagged for review on the real server; a person places it with
``liandong threads place`` and the decision is kept by later ingests."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from graph.connection import Graph
from graph.threads import threads_of
from ingest.pipeline import ingest

TRANSFER = """修武县财政局
修财移〔2024〕{n}号

修武县公安局：
    我局在监督检查中发现{company}在{project}中涉嫌串通投标，现将有关材料移送你局依法查处。

修武县财政局
2024年3月{day}日
"""
RECEIPT = """回  执

修武县财政局：
    你局移送的案件材料共三项，我局已于2024年3月8日收到。

签收单位：修武县公安局
日期：2024年3月8日
"""


def test_review_then_place(empty_graph: Graph, tmp_path: Path) -> None:
    from app.cli import cli

    (tmp_path / "a.txt").write_text(TRANSFER.format(n=1, company="甲公司", project="一号项目", day=4), encoding="utf-8")
    (tmp_path / "b.txt").write_text(TRANSFER.format(n=2, company="乙公司", project="二号项目", day=5), encoding="utf-8")
    (tmp_path / "receipt.txt").write_text(RECEIPT, encoding="utf-8")
    ingest(empty_graph, [tmp_path], progress=False)
    review = [t for t in threads_of(empty_graph) if t.review]
    assert [t.files for t in review] == [["receipt.txt"]] and review[0].candidates == ["a.txt", "b.txt"]
    r = CliRunner().invoke(cli, ["threads", "list", "--review"])
    assert r.exit_code == 0 and "REVIEW" in r.output and "a.txt, b.txt" in r.output, r.output
    from app.services.access import Viewer
    from app.services.desk import desk
    from graph.custody import resolve_agency

    finance = resolve_agency(empty_graph, "修武县财政局")
    d = desk(empty_graph, Viewer("adm", finance["id"], "admin", finance["name"]), finance["id"])
    assert [n.props.get("candidates") for n in d.to_place] == [["a.txt", "b.txt"]]
    r = CliRunner().invoke(cli, ["threads", "place", "receipt.txt", "--with", "b.txt", "--by", "clerk1"])
    assert r.exit_code == 0, r.output
    threads = {tuple(t.files): t for t in threads_of(empty_graph)}
    assert ("b.txt", "receipt.txt") in threads and not any(t.review for t in threads.values())
    assert not desk(empty_graph, Viewer("adm", finance["id"], "admin", finance["name"]), finance["id"]).to_place
    r = CliRunner().invoke(cli, ["threads", "place", "nope.txt", "--with", "b.txt"])
    assert r.exit_code != 0 and "no ingested letter named 'nope.txt'" in r.output
