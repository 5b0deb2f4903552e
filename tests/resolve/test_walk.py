"""Issue 11's walk on the demo county: five letters about the planted official 许子晓 (示例县教育局
副局长), her spouse 覃英桂 and the ring's legal representative 许兰秀 — written as real letters are
(tests/resolve/letters: agency, post, companies, credit codes, phones; one letter in traditional
characters) — ingested with the real extractor into the real embedded server. Each of the three
must remain ONE node (the demo's), with no phantom agency, and the interest chain must be found
from her name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.connection import Graph
from graph.demo import load_demo
from ingest.pipeline import ingest
from queries.run import run_query

LETTERS = Path(__file__).parent / "letters"
XU = "official:e958b62a95ff61bc8dbf"          # 许子晓, 示例县教育局副局长 (demo seed, small)
QIN = "person:93186c52491508d53c47"           # 覃英桂, her spouse
XU_LX = "person:e72c4c0ae85e1d9b4a73"         # 许兰秀, legal representative of the ring
HAINA = "company:129384599966fecb30b3"        # 示例海纳合众市政工程有限责任公司


@pytest.fixture(scope="module")
def walked(graph: Graph) -> Any:
    graph.write("MATCH (n) DETACH DELETE n")
    load_demo(graph)
    return ingest(graph, [LETTERS], progress=False)


def people(graph: Graph, *names: str) -> dict[str, list[str]]:
    rows = graph.read("MATCH (p) WHERE (p:Person OR p:Official) AND p.name IN $names "
                      "RETURN p.name AS name, p.id AS id ORDER BY id", {"names": list(names)})
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["name"], []).append(r["id"])
    return out


def test_five_letters_ingested_nothing_to_review(walked: Any) -> None:
    assert walked.count("ingested") == 5
    assert sum(d.candidates for d in walked.documents) == 0


def test_one_node_each(graph: Graph, walked: Any) -> None:
    assert people(graph, "许子晓", "覃英桂", "许兰秀") == {"许子晓": [XU], "覃英桂": [QIN], "许兰秀": [XU_LX]}


def test_every_mention_points_at_that_node(graph: Graph, walked: Any) -> None:
    rows = graph.read("MATCH (d:Document)-[m:MENTIONS]->(n) WHERE m.label = 'PERSON' "
                      "AND m.text IN ['许子晓', '許子曉', '覃英桂', '许兰秀', '許蘭秀'] "
                      "RETURN d.path AS path, m.text AS text, n.id AS id")
    by_name = {"许子晓": XU, "許子曉": XU, "覃英桂": QIN, "许兰秀": XU_LX, "許蘭秀": XU_LX}
    assert rows and all(r["id"] == by_name[r["text"]] for r in rows)
    letters = {Path(r["path"]).name for r in rows}
    assert {"02_discipline_assistance.txt", "04_market_reply.txt", "05_market_penalty.txt"} <= letters
    assert {r["id"] for r in rows} == {XU, QIN, XU_LX}


def test_no_phantom_agency(graph: Graph, walked: Any) -> None:
    rows = graph.read("MATCH (a:Agency) WHERE any(s IN a.sources WHERE s STARTS WITH 'doc:') "
                      "RETURN a.name AS name, a.region AS region ORDER BY name")
    assert all(r["region"] == "示例县" for r in rows)
    assert {r["name"] for r in rows} <= {"示例县财政局", "中共示例县纪律检查委员会", "示例县公安局", "示例县审计局",
                                          "示例县市场监督管理局", "示例县教育局"}
    assert graph.read("MATCH (a:Agency) WHERE a.region STARTS WITH '未定位' OR a.name IN ['我局', '你委', '我委', '你局'] "
                      "RETURN count(a) AS n") == [{"n": 0}]


def test_the_interest_chain_is_found_from_her_name(graph: Graph, walked: Any) -> None:
    (official,) = people(graph, "许子晓")["许子晓"]
    rows = run_query(graph, "interest_chain", {"from_id": official, "to_id": HAINA}).rows
    # the demo's shareholding and the letters' 股东 (WORKS_AT {position: 股东}) both run through her spouse
    assert {tuple(n["id"] for n in r["nodes"]) for r in rows} == {(XU, QIN, HAINA)}
    assert ["FAMILY", "SHAREHOLDER_OF"] in [[s["type"] for s in r["steps"]] for r in rows]
