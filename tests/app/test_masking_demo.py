"""Issue 12 rows 2 and 3 on the demo county: its masked informant 甘立行 and masked complainant 屈晓梅
(graph/demo/protected.py) stay hidden on every page's service for investigators of two agencies,
and a letter ingested later that names the informant with his phone links to his node.

The strings below are the demo's planted facts, written out here (not read from the code under test).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import pytest

from app.services import profile, search
from app.services.access import Viewer, invalidate
from app.services.network import ego_network
from graph.choosers import NotFound
from graph.connection import Graph
from graph.demo import load_demo
from ingest.pipeline import ingest

SECRETS = ("甘立行", "13688886666", "屈晓梅", "13912345678", "示例县城关镇幸福路12号")
LETTER = ("关于举报事项核查情况的函\n示例县公安局：\n经核查，举报人甘立行（联系电话136-8888-6666）反映的示例县人民医院"
          "医疗设备采购问题已移交处理。\n示例县财政局\n2024年6月20日\n")


@pytest.fixture(scope="module")
def demo(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Graph:
    graph.write("MATCH (n) DETACH DELETE n")
    load_demo(graph)
    folder = tmp_path_factory.mktemp("demo-letter")
    (folder / "核查情况.txt").write_text(LETTER, encoding="utf-8")
    assert ingest(graph, [folder], progress=False).count("ingested") == 1
    invalidate()
    yield graph
    invalidate()


def viewers(graph: Graph) -> list[Viewer]:
    out = []
    for name in ("示例县财政局", "示例县审计局"):
        (row,) = graph.read("MATCH (a:Agency {name: $n}) RETURN a.id AS id", {"n": name})
        out.append(Viewer("inv", row["id"], "investigator", name))
    return out


def leaks(value: Any) -> list[str]:
    def plain(v: Any) -> Any:
        if hasattr(v, "__dataclass_fields__"):
            return plain(asdict(v))
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple, set, frozenset)):
            return [plain(x) for x in v]
        return v if isinstance(v, (int, float, bool)) or v is None else str(v)
    text = json.dumps(plain(value), ensure_ascii=False).replace("-", "")
    return [s for s in SECRETS if s in text]


def test_the_informant_stays_one_masked_person(demo: Graph) -> None:
    rows = demo.read("MATCH (p:Person) WHERE p.name = '甘立行' RETURN p.masked AS masked, "
                     "[(p)<-[:MENTIONS]-(d:Document) | d.title] AS letters")
    assert len(rows) == 1 and rows[0]["masked"] is True
    assert "关于举报事项核查情况的函" in rows[0]["letters"]
    owners = demo.read("MATCH (o)-[:HAS_PHONE]->(f:Phone) WHERE f.number = '13688886666' RETURN count(DISTINCT o) AS n")
    assert owners == [{"n": 1}]


def test_no_page_service_shows_them(demo: Graph) -> None:
    docs = [r["id"] for r in demo.read(
        "MATCH (d:Document) WHERE any(s IN $s WHERE d.text CONTAINS s) RETURN d.id AS id", {"s": list(SECRETS)})]
    assert len(docs) >= 3  # the two reports, the complaint letter and the ingested letter (those visible vary)
    around = [r["id"] for r in demo.read(
        "MATCH (p:Person)-[]-(n) WHERE p.name IN ['甘立行', '屈晓梅'] RETURN DISTINCT n.id AS id")]
    for viewer in viewers(demo):
        for q in SECRETS:
            assert search.search(demo, viewer, q) == [], (viewer.agency_name, q)
        seen = 0
        for node in docs + around:
            try:
                p = profile.profile(demo, viewer, node)
            except NotFound:
                continue  # not visible to this agency at all
            seen += 1
            assert leaks(p) == [], (viewer.agency_name, node)
            assert leaks(ego_network(demo, viewer, node)) == [], (viewer.agency_name, node)
        assert seen >= 2, viewer.agency_name
