"""Judgements on record (ingest/judgements.py, ``liandong resolve``) on the demo county after the
five-letter walk: a review pair merged and split again from the CLI, a rejection that keeps two
nodes apart on later ingests, and an automatic merge undone by document. Real embedded server, real
pipeline; the extra letters are read by a fixed extraction (the model is not under test here)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from graph.demo import load_demo
from graph.ids import make_id
from ingest.judgements import get, judgements_of, review_queue
from ingest.pipeline import ingest
from ingest.resolve import KnownIndex

LETTERS = Path(__file__).parent / "letters"
QIN = "person:93186c52491508d53c47"           # 覃英桂 (demo)

VISIT = """示例县财政局
情况说明
示财函〔2024〕{n}号

    2024年3月{n}日，示例海纳合众市政工程有限公司有关人员覃英桂到我局反映情况。

示例县财政局
2024年3月{n}日
"""
STAFF = """示例县财政局
情况说明
示财函〔2024〕{n}号

    示例明远长青商贸有限责任公司员工覃英桂到我局反映SLXCG-2023-C01项目情况，该项目与许子晓有关。

示例县财政局
2024年3月{n}日
"""


def _stub(text: str, *, file: str | None = None, data: bytes | None = None) -> dict[str, Any]:
    """The fixed extraction of VISIT and STAFF letters."""
    spans = [("AGENCY", "示例县财政局")]
    rels: list[dict[str, Any]] = []
    if "有关人员" in text:
        spans += [("COMPANY", "示例海纳合众市政工程有限公司"), ("PERSON", "覃英桂")]
    else:
        spans += [("COMPANY", "示例明远长青商贸有限责任公司"), ("POSITION", "员工"), ("PERSON", "覃英桂")]
        rels = [{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": 1}]
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    phone = re.search(r"1700\d{7}", text)
    idents = [{"type": "phone", "start": phone.start(), "end": phone.end(), "text": phone.group(), "valid": True}] if phone else []
    return {"file": file, "sha256": None, "entities": ents, "relations": rels, "implicit_relations": [],
            "aliases": {}, "notes": [], "identifiers": idents, "genre": None,
            "doc": {"kind": "other", "violations": [], "issuer": 0, "genre": ""}}   # ingest.nlp.records


@pytest.fixture(scope="module")
def walked(graph: Graph) -> Graph:
    graph.write("MATCH (n) DETACH DELETE n")
    load_demo(graph)
    ingest(graph, [LETTERS], progress=False)
    return graph


def letter(tmp_path: Path, template: str, n: int) -> Path:
    folder = tmp_path / f"batch{n}"
    folder.mkdir()
    (folder / f"letter{n}.txt").write_text(template.format(n=n), encoding="utf-8")
    return folder


def mentions_of(graph: Graph, path_end: str) -> set[str]:
    rows = graph.read("MATCH (d:Document)-[m:MENTIONS]->(p) WHERE d.path ENDS WITH $end AND m.label = 'PERSON' "
                      "RETURN p.id AS id", {"end": path_end})
    return {r["id"] for r in rows}


def run(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def test_review_merge_and_split_from_the_cli(walked: Graph, tmp_path: Path) -> None:
    g = walked
    report = ingest(g, [letter(tmp_path, VISIT, 20)], progress=False, extractor=_stub)
    assert report.count("ingested") == 1
    lone = mentions_of(g, "letter20.txt")
    (dup,) = lone
    assert dup != QIN                     # her company named, same region: 1 − 0.65 × 0.55 × 0.90 = 0.68, to review
    queue = [(r["left"], r["right"], r["score"]) for r in review_queue(g)]
    assert queue == [(dup, QIN, pytest.approx(0.67825, abs=1e-4))]
    out = run("resolve", "list").output
    assert "1 identity to review" in out and "0.68  覃英桂" in out and "org_doc 0.45 + region 0.10" in out
    out = run("resolve", "show", dup, QIN).output
    assert f"== 覃英桂 (Person, {dup})" in out and f"== 覃英桂 (Person, {QIN})" in out
    assert "letter20.txt" in out and "-> FAMILY" not in out.split(f"== 覃英桂 (Person, {QIN})")[0]

    res = run("resolve", "merge", QIN, dup, "--user", "li", "--reason", "same person: the visit log")
    assert res.exit_code == 0 and f"merged {dup} into {QIN}" in res.output
    assert mentions_of(g, "letter20.txt") == {QIN}
    assert review_queue(g) == []
    (merge_j,) = [j for j in judgements_of(g, dup) if j.judgement == "positive"]
    assert (merge_j.left, merge_j.right, merge_j.user, merge_j.reason) == (QIN, dup, "li", "same person: the visit log")
    assert KnownIndex.load(g).canonical(dup) == QIN

    res = run("resolve", "split", merge_j.id, "--user", "wang", "--reason", "a namesake after all")
    assert res.exit_code == 0 and "undone" in res.output
    assert mentions_of(g, "letter20.txt") == {dup}
    assert g.read("MATCH (p:Person {id: $id}) RETURN p.merged_into AS m", {"id": dup}) == [{"m": None}]
    again = get(g, merge_j.id)
    assert again is not None and again.undone is not None
    idx = KnownIndex.load(g)
    assert idx.canonical(dup) == dup and idx.different(QIN, dup)


def test_a_rejection_keeps_them_apart_on_later_ingests(walked: Graph, tmp_path: Path) -> None:
    g = walked
    ingest(g, [letter(tmp_path, STAFF, 21)], progress=False, extractor=_stub)
    (staff,) = mentions_of(g, "letter21.txt")
    assert staff.startswith("person:") and staff != QIN
    pair = [r for r in review_queue(g) if {r["left"], r["right"]} == {staff, QIN}]
    # relative 0.40 + project 0.25 + region 0.10: 1 − 0.65 × 0.60 × 0.75 × 0.90
    assert [round(r["score"], 3) for r in pair] == [0.737]
    res = run("resolve", "reject", staff, QIN, "--user", "li", "--reason", "born 1961, the spouse 1975")
    assert res.exit_code == 0 and "kept apart" in res.output
    assert [r for r in review_queue(g) if {r["left"], r["right"]} == {staff, QIN}] == []
    # a later letter of the same kind: still two people, nothing offered again
    ingest(g, [letter(tmp_path, STAFF, 22)], progress=False, extractor=_stub)
    assert mentions_of(g, "letter22.txt") == {staff}
    assert [r for r in review_queue(g) if QIN in (r["left"], r["right"])] == []


def test_an_automatic_merge_is_undone_by_document(walked: Graph) -> None:
    g = walked
    assert mentions_of(g, "04_market_reply.txt") >= {QIN}
    res = run("resolve", "split", QIN, "--doc", str(LETTERS / "04_market_reply.txt"), "--user", "li",
              "--reason", "letter 4 is about another 覃英桂")
    assert res.exit_code == 0, res.output
    split_off = make_id("person", "覃英桂", "doc:" + __import__("hashlib").sha256(
        (LETTERS / "04_market_reply.txt").read_bytes()).hexdigest())
    assert QIN not in mentions_of(g, "04_market_reply.txt") and split_off in mentions_of(g, "04_market_reply.txt")
    assert KnownIndex.load(g).different(QIN, split_off)


def test_unknown_ids_and_wrong_kinds_are_refused(walked: Graph) -> None:
    res = CliRunner().invoke(cli, ["resolve", "merge", QIN, "company:129384599966fecb30b3", "--user", "li"])
    assert res.exit_code == 1 and "only the same kind of party" in res.output
    res = CliRunner().invoke(cli, ["resolve", "split", "judgement:nope", "--user", "li"])
    assert res.exit_code == 1 and "no merge" in res.output
