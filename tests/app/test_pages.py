"""Smoke tests of every page with streamlit's AppTest: a signed-in session, the fixture county."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.services.access import Viewer
from app.services.audit import AuditLog
from app.services.auth import UserStore

APP = str(Path(__file__).resolve().parents[2] / "app" / "streamlit_app.py")
TIMEOUT = 60


@pytest.fixture(scope="module", autouse=True)
def close_the_apps_driver():
    """The app keeps one driver per process (st.cache_resource); close it so the server can stop at once."""
    yield
    from app.views import common

    common.graph().close()
    common.graph.clear()


def app_for(viewer: Viewer | None, page: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if viewer is not None:
        at.session_state["viewer"] = viewer
    at.run()
    if page:
        at.query_params.update(query)
        at.switch_page(f"views/{page}.py")
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [t.value for t in at.title] + [h.value for h in at.header]
    parts += [c.value for c in at.caption] + [w.value for w in at.warning] + [e.value for e in at.error]
    parts += [i.value for i in at.info] + [s.value for s in at.subheader] + [str(m.value) for m in at.metric]
    # the Markdown source of text from the data is escaped (app.views.common.md): read it as shown
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", "\n".join(str(p) for p in parts)).replace("\u2060", "")


def test_signed_out_sees_only_the_sign_in_form(county):
    at = app_for(None)
    assert "登录" in texts(at)
    assert at.text_input(key="signin_user") is not None


def test_sign_in_with_a_user_from_the_users_file(county, graph_settings):
    UserStore.default(graph_settings).add("pagetest", "page test password", agency_id=county.finance, role="investigator",
                                          agency_name="示例县财政局")
    at = app_for(None)
    at.text_input(key="signin_user").input("pagetest")
    at.text_input(key="signin_password").input("wrong password!")
    at.button[0].click().run()
    assert "用户名或密码错误" in texts(at)
    at.text_input(key="signin_password").input("page test password")
    at.button[0].click().run()
    assert not at.exception
    assert at.session_state["viewer"].username == "pagetest"
    at.switch_page("views/search.py").run()  # AppTest keeps the sign-in page's hash; a browser falls back to the default page
    assert "搜索" in texts(at)
    actions = [e.action for e in AuditLog.default(graph_settings).entries(user="pagetest")]
    assert actions[:2] == ["sign_in", "sign_in_failed"]


def test_search_page(who):
    at = app_for(who["fin"], "search")
    at.text_input(key="search_q").input("鑫达").run()
    assert not at.exception
    assert "找到 3 条" in texts(at)  # the company, and the two letters that name it (full-text search)


def test_profile_page(who, county):
    at = app_for(who["fin"], "profile", id=county.company_a)
    body = texts(at)
    assert "示例鑫达建设有限公司" in body and "<mark>示例鑫达建设有限公司</mark>" in body
    assert "张三" not in body


def test_profile_page_of_a_document(who, county):
    at = app_for(who["adm"], "profile", id=county.doc_public)
    assert "<mark>张三</mark>" in texts(at)


def test_profile_of_hidden_item_says_not_found(who, county):
    at = app_for(who["pol"], "profile", id=county.clue_secret)
    assert "没有找到" in texts(at)


def test_graph_page_and_expand(who, county):
    at = app_for(who["fin"], "graph", id=county.official)
    assert "显示" in texts(at) and "个节点" in texts(at)
    at.selectbox(key=f"graph_expand_pick_{county.official}").set_value(county.spouse).run()
    at.button(key="graph_expand").click().run()
    assert not at.exception
    assert at.session_state["graph_expanded"][county.official] == [county.spouse]


def test_paths_page(who, county):
    at = app_for(who["fin"], "paths", id=county.official)
    at.text_input(key="paths_b_q").input("课桌椅").run()
    at.button(key="paths_go").click().run()
    assert not at.exception
    assert "条路径" in texts(at)
    assert any(e.label.startswith("路径 1") and "王建国" in e.label for e in at.expander)
    assert any("当前持有：示例县纪委监委" in link.proto.label for link in at.get("page_link"))  # who holds the thread about him


def test_threads_page(who, county):
    at = app_for(who["fin"], "threads", id=county.clue_overdue)
    body = texts(at)
    assert "XS-2024-002" in body and "超期" in body


def test_desk_page(who):
    at = app_for(who["fin"], "desk")
    assert "示例县财政局" in texts(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["持有线索/案件"] == "2" and metrics["发出移送/协查"] == "1" and int(metrics["超期"]) >= 1


def test_ingest_page_checks_files(who):
    at = app_for(who["clk"], "ingest")
    assert "文书导入" in texts(at)


def test_console_page_runs_a_query(who):
    at = app_for(who["ana"], "console")
    at.text_area(key="console_cypher").input("MATCH (a:Agency) RETURN a.name AS name ORDER BY name")
    at.button[0].click().run()
    assert not at.exception
    assert "5 行" in texts(at)
    assert at.session_state["console_result"].rows[0]["name"] == "示例县公安局"


def test_console_refuses_writes(who):
    at = app_for(who["ana"], "console")
    at.text_area(key="console_cypher").input("MATCH (n) DETACH DELETE n")
    at.button[0].click().run()
    assert at.error and "console_result" not in at.session_state


def test_audit_page_for_admin_only(who):
    at = app_for(who["adm"], "audit")
    assert "审计日志" in texts(at) and "条（最新在前）" in texts(at)
    at.button(key="audit_verify").click().run()
    assert any("完整" in s.value for s in at.success)


@pytest.mark.parametrize("role, pages", [
    ("investigator", {"search", "profile", "graph", "paths", "threads", "desk", "mechanisms", "identities"}),
    ("clerk", {"search", "profile", "threads", "desk", "mechanisms", "ingest"}),
    ("analyst", {"search", "profile", "graph", "paths", "threads", "desk", "mechanisms", "console", "identities"}),
])
def test_menu_follows_the_role(role, pages):
    from app.views.common import menu_for

    assert {m[0] for m in menu_for(Viewer("x", "agency:1", role))} == pages
    assert {m[0] for m in menu_for(Viewer("x", "agency:1", "admin"))} == {m[0] for m in __import__("app.views.common").views.common.MENU}


def test_idle_session_is_signed_out(who):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["viewer"] = who["fin"]
    at.session_state["last_seen"] = 0.0  # long ago
    at.run()
    assert "viewer" not in at.session_state
    assert "长时间未操作" in texts(at) and "登录" in texts(at)
