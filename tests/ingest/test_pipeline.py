"""The ingest pipeline end to end, on the real embedded server: letters in every format, bad files,
re-ingest, the report, the CLI. Letters are synthetic (tests/ingest/letters/)."""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner

from graph.connection import Graph
from graph.ids import make_id
from ingest.pipeline import incomplete_documents, ingest
from ingest.readers import read_file

LETTERS = Path(__file__).parent / "letters"
CODE_HENGDA = "91510683MA6X8K2P36"


def build_folder(dest: Path) -> Path:
    """The fixture letters in every format, plus one bad file of each kind."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mianzhu_clue_referral.txt", "licheng_case_referral_trad.txt", "xiuwu_penalty.html"):
        shutil.copy(LETTERS / name, dest / name)
    doc = docx.Document()
    for line in (LETTERS / "zengdu_case_referral.txt").read_text(encoding="utf-8").splitlines():
        doc.add_paragraph(line)
    doc.save(str(dest / "zengdu_case_referral.docx"))
    with zipfile.ZipFile(dest / "more_letters.zip", "w") as z:
        z.write(LETTERS / "mianzhu_assistance.txt", "2023/mianzhu_assistance.txt")
        z.writestr("2023/empty.txt", b"")
    bad = dest / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    with (bad / "huge.txt").open("wb") as f:     # sparse: costs no disk
        f.truncate(50 * 1000 * 1000)
    (bad / "wrong_encoding.txt").write_bytes(b"\xff\x80\xa0" * 50)
    (bad / "old_word.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    os.mkfifo(bad / "pipe.txt")                   # not a regular file: unreadable (even for root)
    return dest


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_folder(tmp_path_factory.mktemp("letters") / "in")


@pytest.fixture(scope="module")
def ingested(graph: Graph, folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    graph.write("MATCH (n) DETACH DELETE n")
    report_path = tmp_path_factory.mktemp("report") / "report.json"
    report = ingest(graph, [folder], report_path=report_path, progress=False)
    return {"report": report, "json": json.loads(report_path.read_text(encoding="utf-8"))}


def one(graph: Graph, query: str, **params: Any) -> Any:
    rows = graph.read(query, params)
    assert len(rows) == 1, rows
    return rows[0]


def test_outcomes_and_quarantine_reasons(ingested: dict[str, Any]) -> None:
    report = ingested["report"]
    outcomes = {Path(d.path.split("!/")[-1]).name: (d.outcome, d.status) for d in report.documents}
    assert {k for k, v in outcomes.items() if v[0] == "ingested"} == {
        "mianzhu_clue_referral.txt", "licheng_case_referral_trad.txt", "xiuwu_penalty.html",
        "zengdu_case_referral.docx", "mianzhu_assistance.txt"}
    assert outcomes["binary.txt"] == ("quarantined", "binary")
    assert outcomes["corrupt.docx"] == ("quarantined", "corrupt")
    assert outcomes["huge.txt"] == ("quarantined", "too_large")
    assert outcomes["wrong_encoding.txt"] == ("quarantined", "undecodable")
    assert outcomes["old_word.doc"] == ("quarantined", "unsupported")
    assert outcomes["pipe.txt"] == ("quarantined", "unreadable")
    assert outcomes["empty.txt"] == ("quarantined", "empty")
    assert sum(1 for d in report.documents if d.status == "empty") == 2      # the zip's member too
    assert all(d.reason for d in report.quarantined)


def test_report_json_matches_the_summary(ingested: dict[str, Any]) -> None:
    data, report = ingested["json"], ingested["report"]
    assert data["totals"]["ingested"] == 5 and data["totals"]["quarantined"] == 8 and data["totals"]["unchanged"] == 0
    assert data["totals"]["quarantined_by_status"]["empty"] == 2
    assert data["interrupted"] is False and len(data["documents"]) == 13
    text = "\n".join(report.summary_lines())
    assert "ingested          5" in text and "quarantined       8" in text and "too_large" in text


def test_a_document_per_file_with_its_fields(graph: Graph, ingested: dict[str, Any]) -> None:
    read = read_file(LETTERS / "mianzhu_clue_referral.txt")
    assert read.encoding and read.encoding.lower() in ("gb18030", "gbk")
    d = one(graph, "MATCH (d:Document {sha256: $sha}) RETURN d", sha=read.sha256)["d"]
    assert d["id"] == make_id("doc", read.sha256) and d["sources"] == [f"doc:{read.sha256}"]
    assert d["kind"] == "transfer" and d["act_kind"] == "transfer" and d["doc_no"] == "竹财采〔2023〕41号"
    assert d["issuer"] == "绵竹市财政局" and str(d["date"]) == "2023-04-12"
    assert d["text"] == read.text and d["status"] == "ingested" and d["title"] == "政府采购问题线索移送函"
    assert graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 5   # quarantined files are not stored


def test_mentions_carry_exact_spans_into_the_original_text(graph: Graph, ingested: dict[str, Any]) -> None:
    docs = graph.read("MATCH (d:Document) RETURN d.id AS id, d.text AS text, d.mentions AS n")
    for d in docs:
        rows = graph.read("MATCH (:Document {id: $id})-[m:MENTIONS]->(x) RETURN m.start AS s, m.end AS e, "
                          "m.text AS t, m.label AS label, m.source AS source", {"id": d["id"]})
        assert len(rows) == d["n"] > 0
        for m in rows:
            assert d["text"][m["s"]:m["e"]] == m["t"]
            assert m["label"] in ("AGENCY", "COMPANY", "PERSON", "PROJECT_NO")
    assert incomplete_documents(graph) == []


def test_relative_agency_names_resolve_in_the_letters_locality(graph: Graph, ingested: dict[str, Any]) -> None:
    rows = graph.read("MATCH (:Document)-[m:MENTIONS]->(a:Agency) WHERE m.text IN ['市公安局', '市纪委监委'] "
                      "RETURN m.text AS t, a.name AS name, a.region AS region")
    found = {(r["t"], r["name"], r["region"]) for r in rows}
    assert ("市公安局", "绵竹市公安局", "绵竹市") in found
    assert ("市纪委监委", "中共绵竹市纪委监委机关", "绵竹市") in found


def test_referral_letters_become_threads_held_by_their_receivers(graph: Graph, ingested: dict[str, Any]) -> None:
    rows = graph.read("MATCH (t)-[:HAS_EVENT]->(e:Event {act: 'transfer'})-[:BY]->(a:Agency), (e)-[:TO]->(b:Agency), "
                      "(e)-[:EVIDENCED_BY]->(d:Document) WHERE t:Clue OR t:Case "
                      "RETURN a.name AS a, b.name AS b, e.sources AS src, d.sha256 AS sha")
    pairs = {(r["a"], r["b"]) for r in rows}
    assert ("绵竹市财政局", "中共绵竹市纪委监委机关") in pairs
    assert ("泉州市鲤城区财政局", "泉州市公安局鲤城分局") in pairs           # the traditional-character letter
    assert ("随州市曾都区公共资源交易监督管理局", "随州市公安局曾都分局") in pairs   # the docx
    assert all(r["src"] == [f"doc:{r['sha']}"] for r in rows)
    m = one(graph, "MATCH (t:Clue {clue_no: '竹财采〔2023〕41号'})<-[h:HOLDS]-(a:Agency), (t)-[:HAS_EVENT]->(e:Event) "
                   "RETURN a.name AS holder, e.kind AS kind, e.date AS date")
    assert m["holder"] == "中共绵竹市纪委监委机关" and m["kind"] == "case_transferred" and str(m["date"]) == "2023-04-12"
    # no Referral is stored from a letter: the thread's events are the referral
    assert graph.read("MATCH (r:Referral) RETURN count(r) AS n")[0]["n"] == 0


def test_penalty_legal_rep_and_bid_from_the_html_decision(graph: Graph, ingested: dict[str, Any]) -> None:
    s = one(graph, "MATCH (a:Agency)-[:IMPOSED]->(s:Sanction)-[:AGAINST]->(c:Company) "
                   "RETURN a.name AS a, c.name AS c, s.kind AS kind, s.start AS start, s.amount AS amount")
    assert (s["a"], s["c"], s["kind"], str(s["start"]), s["amount"]) == (
        "修武县财政局", "河南鑫盛建筑工程有限公司", "penalty", "2021-08-20", 20000.0)
    rep = graph.read("MATCH (p:Person)-[:LEGAL_REP_OF]->(c:Company {name: '河南鑫盛建筑工程有限公司'}) RETURN p.name AS p")
    assert [r["p"] for r in rep] == ["李国强"]


def test_one_company_across_documents_by_credit_code(graph: Graph, ingested: dict[str, Any]) -> None:
    c = one(graph, "MATCH (c:Company {credit_code: $code}) RETURN c.id AS id, c.sources AS sources", code=CODE_HENGDA)
    assert c["id"] == make_id("company", CODE_HENGDA) and len(c["sources"]) == 2    # the 有限责任公司 spelling too
    n = graph.read("MATCH (d:Document)-[:MENTIONS]->(c:Company {credit_code: $code}) RETURN count(DISTINCT d) AS n",
                   {"code": CODE_HENGDA})[0]["n"]
    assert n == 2


def test_every_record_points_back_to_its_document(graph: Graph, ingested: dict[str, Any]) -> None:
    bad = graph.read("MATCH ()-[r]->() WHERE NOT r.source STARTS WITH 'doc:' RETURN type(r) AS t, r.source AS s LIMIT 5")
    assert bad == []
    bad = graph.read("MATCH (n) WHERE none(s IN n.sources WHERE s STARTS WITH 'doc:') RETURN labels(n) AS l LIMIT 5")
    assert bad == []


def test_reingest_changes_nothing(graph: Graph, folder: Path, ingested: dict[str, Any]) -> None:
    def counts() -> tuple[int, int]:
        return (graph.read("MATCH (n) RETURN count(n) AS n")[0]["n"], graph.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"])

    before = counts()
    again = ingest(graph, [folder, folder / "mianzhu_clue_referral.txt"], progress=False)
    assert again.count("ingested") == 0 and again.count("unchanged") == 6 and again.count("quarantined") == 8
    assert counts() == before


def test_same_content_twice_in_one_run_is_one_document(empty_graph: Graph, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        shutil.copy(LETTERS / "mianzhu_assistance.txt", tmp_path / name)
    report = ingest(empty_graph, [tmp_path], progress=False)
    assert [d.outcome for d in report.documents] == ["ingested", "unchanged"]
    assert "same content as" in report.documents[1].reason
    assert empty_graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 1


def _failing_extractor(text: str, *, file: str | None = None, data: bytes | None = None) -> dict[str, Any]:
    if "修武" in text:
        raise RuntimeError("model exploded")
    from ingest.nlp import extract_text

    return extract_text(text, file=file)


def test_an_extraction_failure_quarantines_that_letter_only(empty_graph: Graph, tmp_path: Path) -> None:
    for name in ("xiuwu_penalty.html", "mianzhu_assistance.txt"):
        shutil.copy(LETTERS / name, tmp_path / name)
    report = ingest(empty_graph, [tmp_path], progress=False, extractor=_failing_extractor)
    by = {Path(d.path).name: d for d in report.documents}
    assert by["xiuwu_penalty.html"].status == "extraction_failed" and "model exploded" in by["xiuwu_penalty.html"].reason
    assert by["mianzhu_assistance.txt"].outcome == "ingested"


# --------------------------------------------------------------------- mapping with a fixed extraction
MASKED_TEXT = """修武县财政局
行政处罚决定书
修财罚〔2022〕9号

当事人：河南**建设有限公司
    经查，河南**建设有限公司项目负责人张某在修武县水利局泵站改造项目（项目编号：XWCG-2022-031）中提供虚假业绩。本机关决定对其处以罚款人民币5000元。

修武县财政局
2022年3月1日
"""


def _stub(text: str, *, file: str | None = None, data: bytes | None = None) -> dict[str, Any]:
    """A fixed extraction of MASKED_TEXT (and of the same letter under another name)."""
    doc_no = re.search(r"修财罚〔2022〕\d+号", text).group()  # type: ignore[union-attr]
    date = re.search(r"2022年3月\d+日", text).group()  # type: ignore[union-attr]
    spans = [("AGENCY", "修武县财政局"), ("DOC_NO", doc_no), ("COMPANY", "河南**建设有限公司"),
             ("COMPANY", "河南**建设有限公司"), ("POSITION", "项目负责人"), ("PERSON", "张某"), ("AGENCY", "修武县水利局"),
             ("PROJECT_NO", "XWCG-2022-031"), ("MONEY", "人民币5000元"), ("AGENCY", "修武县财政局"), ("DATE", date)]
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    return {"file": file, "entities": ents, "doc": {"kind": "penalty_decision", "violations": ["false_materials"], "issuer": 0},
            "relations": [{"type": "PENALIZED", "from": 0, "to": 2}, {"type": "HOLDS_POSITION", "from": 5, "to": 4, "org": 3},
                          {"type": "BID_ON", "from": 2, "to": 7}],
            "implicit_relations": [], "aliases": {}, "identifiers": []}


def test_masked_parties_stay_apart_across_documents(empty_graph: Graph, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(MASKED_TEXT, encoding="utf-8")
    (tmp_path / "two.txt").write_text(MASKED_TEXT.replace("9号", "10号").replace("3月1日", "3月2日"), encoding="utf-8")
    report = ingest(empty_graph, [tmp_path], progress=False, extractor=_stub)
    assert report.count("ingested") == 2
    g = empty_graph
    assert g.read("MATCH (c:Company) RETURN count(c) AS n")[0]["n"] == 2
    assert g.read("MATCH (p:Person {name: '张某'}) RETURN count(p) AS n, collect(p.masked) AS m")[0] == {"n": 2, "m": [True, True]}
    assert g.read("MATCH ()-[s:SAME_AS_CANDIDATE]->() RETURN count(s) AS n")[0]["n"] == 0
    assert g.read("MATCH (s:Sanction) RETURN collect(s.amount) AS a")[0]["a"] == [5000.0, 5000.0]
    assert g.read("MATCH (:Company)-[:SUBMITTED]->(:Bid)-[:FOR_PROJECT]->(p:Project) RETURN count(DISTINCT p) AS n")[0]["n"] == 1
    assert g.read("MATCH (p:Person)-[w:WORKS_AT]->(:Company) RETURN collect(w.position) AS pos")[0]["pos"] == ["项目负责人"] * 2


# --------------------------------------------------------------------------------------- the CLI
def test_cli_ingest_and_report(empty_graph: Graph, tmp_path: Path) -> None:
    from app.cli import cli

    shutil.copy(LETTERS / "mianzhu_assistance.txt", tmp_path / "a.txt")
    (tmp_path / "e.txt").write_bytes(b"")
    report = tmp_path / "out" / "report.json"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "ingested          1" in result.output and "empty             " in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["totals"]["ingested"] == 1 and data["totals"]["quarantined_by_status"] == {"empty": 1}
    again = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt")])
    assert "unchanged         1" in again.output


def test_cli_extract_jsonl_needs_no_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import cli

    monkeypatch.setenv("LIANDONG_BOLT_PORT", "1")     # any use of the graph would fail
    (tmp_path / "e.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(LETTERS / "licheng_case_referral_trad.txt"),
                                      str(LETTERS / "mianzhu_clue_referral.txt"), str(tmp_path / "e.txt"),
                                      "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [x["file"] for x in lines] == ["licheng_case_referral_trad.txt", "mianzhu_clue_referral.txt", "e.txt"]
    trad, gbk, empty = lines
    original = (LETTERS / "licheng_case_referral_trad.txt").read_text(encoding="utf-8")
    assert trad["sha256"] == read_file(LETTERS / "licheng_case_referral_trad.txt").sha256
    assert trad["entities"] and all(original[e["start"]:e["end"]] == e["text"] for e in trad["entities"])
    assert any(e["text"] == "泉州市鯉城區財政局" for e in trad["entities"])       # offsets into the traditional original
    gbk_text = (LETTERS / "mianzhu_clue_referral.txt").read_bytes().decode("gb18030")
    assert all(gbk_text[e["start"]:e["end"]] == e["text"] for e in gbk["entities"])
    assert {"relations", "doc", "identifiers"} <= set(gbk)
    assert empty["status"] == "empty" and empty["entities"] == []
