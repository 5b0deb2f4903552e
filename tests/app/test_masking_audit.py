"""Issue 12 row 2: a reveal is audited. An admin (``unmask``) shown a complainant by name on 搜索 or
关系图谱 leaves an audit entry that names whom; an investigator's entries name nobody (he was shown
［身份保密］). Streamlit's AppTest over the fixture county (complainant 张三, masked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.services.audit import AuditLog

APP = str(Path(__file__).resolve().parents[2] / "app" / "streamlit_app.py")


@pytest.fixture(scope="module", autouse=True)
def close_the_apps_driver():
    yield
    from app.views import common

    common.graph().close()
    common.graph.clear()


def run_page(viewer, page: str, **query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["viewer"] = viewer
    at.run()
    at.query_params.update(query)
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def last(action: str, user: str):
    entries = [e for e in AuditLog.default().entries() if e.action == action and e.user == user]
    assert entries, action
    return entries[-1]


def test_search_reveal_is_audited(who, county):
    at = run_page(who["adm"], "search")
    at.text_input(key="search_q").input("张三").run()
    assert county.complainant in json.dumps(last("search", "adm").params)
    at = run_page(who["fin"], "search")
    at.text_input(key="search_q").input("张三").run()
    assert "revealed" not in last("search", "fin").params


def test_graph_reveal_is_audited(who, county):
    run_page(who["adm"], "graph", id=county.complaint)
    assert last("view_graph", "adm").params.get("revealed") == [county.complainant]
    run_page(who["fin"], "graph", id=county.complaint)
    assert "revealed" not in last("view_graph", "fin").params
