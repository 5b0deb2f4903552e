"""Automatic merges made at ingestion, on record and easy to check: ``liandong resolve list --auto``,
``resolve confirm NODE --doc DOC``, and the 自动合并待复核 section of the 待核实身份 page (its service
in app/services/identities.py). Two hand-written letters of 示例县财政局 name a demo person bare
(经询问，X称…): the resolver merges each with the county's only person of that name (``sole_local``);
one merge is confirmed, the other split off — the graph, the judgements and the audit entries are
checked. Real embedded server, real pipeline; the letters are read by a fixed extraction (the model
is not under test here)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.services import identities as svc
from app.services.access import Viewer
from app.services.audit import AuditLog
from graph.connection import Graph
from graph.demo import load_demo
from ingest import judgements as J
from ingest.judgements import auto_merges, judgements_of
from ingest.pipeline import ingest
from ingest.resolve import KnownIndex

FIN = "agency:bad559e9dd61718e2df5"
LI = Viewer("li_inv", FIN, "investigator", "示例县财政局")

BARE = """示例县财政局
情况说明
示财函〔2024〕{n}号

    经询问，{name}称其未参与该项目投标。

示例县财政局
2024年4月{n}日
"""


def _stub(text: str, *, file: str | None = None, data: bytes | None = None) -> dict[str, Any]:
    """The fixed extraction of a BARE letter: the issuing agency and the one person named."""
    body = text.index("经询问，") + 4
    name = text[body:text.index("称", body)]
    ents = [{"start": 0, "end": 6, "label": "AGENCY", "text": "示例县财政局"},
            {"start": body, "end": body + len(name), "label": "PERSON", "text": name}]
    return {"file": file, "sha256": None, "entities": ents, "relations": [], "implicit_relations": [],
            "aliases": {}, "notes": [], "identifiers": [], "genre": None,
            "doc": {"kind": "other", "violations": [], "issuer": 0, "genre": ""}}


def bare_letter(tmp: Path, n: int, name: str) -> Path:
    folder = tmp / f"bare{n}"
    folder.mkdir()
    (folder / f"bare{n}.txt").write_text(BARE.format(n=n, name=name), encoding="utf-8")
    return folder


# two demo persons, each the county's only one of that name: an official and a company's person
OFFICIAL, PERSON = "吕辉明", "周强英"
# sim 1.00 × (1 − (1 − prior 0.35) × (1 − region 0.10) × (1 − sole_local 0.70)) = 1 − 0.65 × 0.90 × 0.30
SCORE = 0.8245


def two_merges(graph: Graph, tmp: Path, n: int) -> dict[str, Any]:
    """The demo county, then two BARE letters (numbers n and n + 1) naming OFFICIAL and PERSON: their
    stored nodes, and the two letters' files and document ids."""
    graph.write("MATCH (n) DETACH DELETE n")
    load_demo(graph)
    before = KnownIndex.load(graph)
    stored = {}
    for name in (OFFICIAL, PERSON):   # the precondition: the county holds exactly one person of that name
        (stored[name],) = before.person_by_name[name]
    first, second = bare_letter(tmp, n, OFFICIAL) / f"bare{n}.txt", bare_letter(tmp, n + 1, PERSON) / f"bare{n + 1}.txt"
    for path in (first, second):
        assert ingest(graph, [path.parent], progress=False, extractor=_stub, merge_unplaced=True).count("ingested") == 1
    return {"official": stored[OFFICIAL], "person": stored[PERSON], "first": first, "second": second,
            "first_id": doc_id(first), "second_id": doc_id(second)}


@pytest.fixture(scope="module")
def merged(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return two_merges(graph, tmp_path_factory.mktemp("auto"), 41)


def doc_id(path: Path) -> str:
    from graph.ids import make_id

    return make_id("doc", hashlib.sha256(path.read_bytes()).hexdigest())


def mentioned_in(graph: Graph, node_id: str) -> set[str]:
    return {d["path"].rsplit("/", 1)[-1] for d in J.profile(graph, node_id)["documents"]}


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


@pytest.mark.contract
def test_the_cli_lists_automatic_merges_with_their_evidence_newest_first(merged: dict[str, Any]) -> None:
    res = run("resolve", "list", "--auto", "--reason", "sole_local")
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0] == "2 automatic merges on sole_local"
    # newest first: the second letter was ingested after the first
    assert f"{PERSON} -> {PERSON} (Person, {merged['person']})" in lines[1]
    assert f"{OFFICIAL} -> {OFFICIAL} (Official, {merged['official']})" in lines[4]
    assert f"  {SCORE:.2f}  " in lines[1] and "[to check]" in lines[1]
    assert "bare42.txt" in lines[2] and doc_id(merged["second"]) in lines[2]
    assert lines[2].endswith("evidence: region, sole_local")
    assert f"经询问，{PERSON}称其未参与" in lines[3]
    res = run("resolve", "list", "--auto", "--reason", "phone")
    assert res.exit_code == 0 and res.output.splitlines() == ["0 automatic merges on phone"]
    res = run("resolve", "list", "--reason", "sole_local")
    assert res.exit_code == 2 and "use it with --auto" in res.output
    res = run("resolve", "confirm", merged["official"], "--doc", str(merged["second"]), "--user", "li")
    assert res.exit_code == 1 and "made no automatic merge into" in res.output


@pytest.mark.contract
def test_confirm_one_split_the_other_on_record_and_audited(graph: Graph, merged: dict[str, Any],
                                                          graph_settings: Any) -> None:
    official, person = merged["official"], merged["person"]
    first, second = merged["first_id"], merged["second_id"]
    rows = auto_merges(graph, evidence="sole_local")
    assert [(m.node, m.document, m.mention, m.status) for m in rows] == [
        (person, second, PERSON, "pending"), (official, first, OFFICIAL, "pending")]
    assert rows[0].score == pytest.approx(SCORE) and rows[0].evidence == ("region", "sole_local")
    assert rows[0].at is not None and rows[1].at is not None and rows[0].at >= rows[1].at
    assert "matched in context" in rows[0].reason
    assert mentioned_in(graph, person) == {"bare42.txt"} and mentioned_in(graph, official) == {"bare41.txt"}

    queue = svc.auto_queue(graph, LI)
    assert [(a.merge.node, a.merge.document) for a in queue] == [(person, second), (official, first)]
    assert f"经询问，{OFFICIAL}称" in queue[1].merge.snippet
    assert queue[1].evidence_zh == "属来文地区、仅凭同名且属本地唯一"
    assert queue[1].details            # the stored official's agency and post tell who he is
    assert not re.search(r"[A-Z_]{4,}", queue[1].details)

    log = AuditLog.default(graph_settings)
    ok = svc.confirm_auto(graph, LI, log, official, first, "his agency confirms the interview")
    assert (ok.left, ok.right, ok.judgement, ok.kind, ok.user) == (official, first, "positive", "confirm", "li_inv")
    assert mentioned_in(graph, official) == {"bare41.txt"}          # nothing moved
    cut = svc.split_auto(graph, LI, log, person, second, "another 周强英")
    assert (cut.left, cut.judgement, cut.kind, cut.user) == (person, "negative", "split", "li_inv")
    fresh = cut.right
    assert fresh != person and mentioned_in(graph, person) == set() and mentioned_in(graph, fresh) == {"bare42.txt"}
    assert KnownIndex.load(graph).different(person, fresh)

    assert svc.auto_queue(graph, LI) == []
    status = {(m.node, m.document): (m.status, m.decided_by, m.split_to) for m in auto_merges(graph)}
    assert status == {(official, first): ("confirmed", "li_inv", None), (person, second): ("split", "li_inv", fresh)}
    assert [j.kind for j in judgements_of(graph, official)] == ["confirm"]
    # a confirmation is not a merge of two nodes: 最近的合并 does not offer to undo it
    assert [m for m in svc.recent_merges(graph, LI) if m["id"] == ok.id] == []
    entries = {(e.action, e.params.get("judgement")) for e in log.entries(user="li_inv")}
    assert ("identity_confirm_auto", ok.id) in entries and ("identity_split_auto", cut.id) in entries

    out = run("resolve", "list", "--auto").output
    assert "[confirmed by li_inv]" in out and f"[split off by li_inv as {fresh}]" in out


@pytest.mark.contract
def test_a_confirmed_merge_is_still_split_from_the_cli_and_a_split_one_is_not_confirmed(
        graph: Graph, merged: dict[str, Any]) -> None:
    official, person = merged["official"], merged["person"]
    res = run("resolve", "confirm", person, "--doc", str(merged["second"]), "--user", "li")
    assert res.exit_code == 1 and "was split off" in res.output
    res = run("resolve", "confirm", official, "--doc", merged["first_id"], "--user", "zhao", "--reason", "checked again")
    assert res.exit_code == 0 and f"confirmed: {merged['first_id']} -> {official}" in res.output
    assert [(j.kind, j.user) for j in judgements_of(graph, official)] == [("confirm", "li_inv"), ("confirm", "zhao")]
    res = run("resolve", "split", official, "--doc", str(merged["first"]), "--user", "wang", "--reason", "a namesake")
    assert res.exit_code == 0, res.output
    rows = {m.document: m for m in auto_merges(graph)}
    assert (rows[merged["first_id"]].node, rows[merged["first_id"]].status) == (official, "split")
    assert mentioned_in(graph, official) == set()
