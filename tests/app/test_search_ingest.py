"""A letter is found by a phrase of its text as soon as ingestion has stored it — on the embedded
store without waiting for the side index's periodic check, on Neo4j through its own index."""

from __future__ import annotations

import pytest

from app.services import search
from app.services.access import Viewer, invalidate
from graph import fulltext
from ingest.pipeline import ingest

pytestmark = pytest.mark.contract

LETTER = ("示例县财政局\n关于协查示例隆兴建筑有限公司有关情况的函\n示例县市场监督管理局：\n"
          "我局在处理投诉中发现，示例隆兴建筑有限公司的实际控制人与采购代理机构负责人系同学关系，"
          "请协助核查该公司股权代持情况。\n示例县财政局\n2024年7月1日\n")


def test_an_ingested_letter_is_found_at_once(empty_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(fulltext.side_index, "CHECK_EVERY_S", 1e9)  # no periodic check: only ingestion's own update
    path = tmp_path / "协查函.txt"
    path.write_text(LETTER, encoding="utf-8")
    report = ingest(empty_graph, [path])
    assert report.count("ingested") == 1
    if fulltext.has_fulltext(empty_graph):
        empty_graph.write("CALL db.awaitIndexes(60)")
    invalidate()
    admin = Viewer("adm", "agency:x", "admin", "")
    hits = search.search(empty_graph, admin, "股权代持")
    assert [h.node.label for h in hits] == ["Document"]
    assert hits[0].snippet.match == "股权代持" and hits[0].kind == "text"
    assert any(h.node.caption == "示例隆兴建筑有限公司" for h in search.search(empty_graph, admin, "隆兴建筑"))
