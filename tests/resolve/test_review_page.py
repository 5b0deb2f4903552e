"""The 待核实身份 page (app/views/identities.py) and its service (app/services/identities.py): a pair
from the review queue shown side by side, merged from the page, the merge undone from the page;
every decision a judgement by the signed-in user and an audit entry. Real server, real AppTest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.services import identities as svc
from app.services.access import AccessDenied, Viewer
from app.services.audit import AuditLog
from app.services.search import search
from graph.connection import Graph
from graph.demo import load_demo
from ingest.judgements import judgements_of
from ingest.pipeline import ingest
from tests.resolve.test_judgements import LETTERS, QIN, VISIT, _stub, letter
from tests.resolve.test_walk import XU

APP = str(Path(__file__).resolve().parents[2] / "app" / "streamlit_app.py")
FIN = "agency:bad559e9dd61718e2df5"
LI = Viewer("li_inv", FIN, "investigator", "示例县财政局")


@pytest.fixture(scope="module", autouse=True)
def close_the_apps_driver():
    yield
    from app.views import common

    common.graph().close()
    common.graph.clear()


@pytest.fixture(scope="module")
def queued(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> tuple[Graph, str]:
    graph.write("MATCH (n) DETACH DELETE n")
    load_demo(graph)
    ingest(graph, [LETTERS], progress=False)
    ingest(graph, [letter(tmp_path_factory.mktemp("visit"), VISIT, 30)], progress=False, extractor=_stub)
    (pair,) = svc.queue(graph, LI)
    assert pair.right == QIN
    return graph, pair.left


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [t.value for t in at.title] + [c.value for c in at.caption]
    parts += [s.value for s in at.subheader] + [w.value for w in at.warning] + [e.value for e in at.error]
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", "\n".join(str(p) for p in parts)).replace("\u2060", "")


def page(viewer: Viewer) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["viewer"] = viewer
    at.run()
    at.switch_page("views/identities.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_service_needs_the_permission(queued: tuple[Graph, str]) -> None:
    g, _ = queued
    with pytest.raises(AccessDenied):
        svc.queue(g, Viewer("clerk1", FIN, "clerk"))


def test_side_by_side_merge_and_undo_from_the_page(queued: tuple[Graph, str], graph_settings) -> None:
    g, dup = queued
    at = page(LI)
    shown = texts(at)
    assert "待核实 1 对" in shown and dup in shown and QIN in shown
    assert "letter30.txt" in shown                          # the document and its snippet
    assert "FAMILY" in shown and "许子晓" in shown           # her neighbours tell her apart
    at.radio(key="identity_decision").set_value("merge")
    at.text_input(key="identity_reason").input("same person: the visit log names her company")
    submit = [b for b in at.button if b.label == "提交判断"]
    assert submit, [b.label for b in at.button]
    submit[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    (merge,) = [j for j in judgements_of(g, dup) if j.judgement == "positive"]
    assert (merge.left, merge.right, merge.user) == (QIN, dup, "li_inv")
    assert svc.queue(g, LI) == []
    at.run()
    assert "待核实 0 对" in texts(at)
    undo = [b for b in at.button if b.label == "撤销合并"]
    assert len(undo) == 1
    undo[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [j.undone is not None for j in judgements_of(g, dup) if j.id == merge.id] == [True]
    assert g.read("MATCH (d:Document)-[:MENTIONS]->(p:Person {id: $id}) RETURN count(d) AS n", {"id": dup}) == [{"n": 1}]
    entries = [(e.action, e.params.get("judgement")) for e in AuditLog.default(graph_settings).entries(user="li_inv")]
    actions = [a for a, _ in entries]
    assert "identity_merge" in actions and "identity_split" in actions and "view_identities" in actions
    assert (("identity_merge", merge.id) in entries)


def test_search_results_say_who_is_who(queued: tuple[Graph, str]) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["viewer"] = LI
    at.run()
    at.switch_page("views/search.py")
    at.run()
    at.text_input(key="search_q").input("许子晓").run()
    assert not at.exception, [e.value for e in at.exception]
    shown = texts(at)
    # one 许子晓 — the official, told apart by agency and post — and the letters whose text names her
    # (full-text search finds letters too); no second person of that name
    assert "示例县教育局 副局长" in shown
    assert re.search(r"找到 [1-9] 条", shown)
    graph = queued[0]
    people = [h.node.id for h in search(graph, LI, "许子晓") if h.node.label in ("Official", "Person")]
    assert people == [XU]
