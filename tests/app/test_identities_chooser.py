"""Issue 11 item 4 on 关系图谱: 展开节点 tells namesakes apart and the audit log records the one chosen.

The fixture county's company 示例鑫达建设有限公司 gets two more people named 李秀英 around it:
a shareholder who is 示例宏远贸易有限公司's legal representative, and a staff member of
示例县财政局 (an official) — so its ego network holds three 李秀英. Each must be offered with what
tells it apart (the spouse's family tie, the other company, the agency and post), no two offers
may read the same, and picking the official in a real browser must expand — and audit — that id.
"""

from __future__ import annotations

import re
import shutil

import pytest

from app.services.access import Viewer, invalidate
from app.services.audit import AuditLog
from app.services.auth import UserStore
from app.services.identities import chooser_labels
from app.services.network import ego_network
from graph.writer import Writer
from tests.app.browser import RequestLog, launch_chromium, running_app

SRC = "test:identities-chooser"
USER, PW = "chooser_inv", "chooser test password"


@pytest.fixture(scope="module")
def namesakes(county, graph):
    with Writer(graph) as w:
        rep = w.node("Person", {"name": "李秀英", "context": county.company_b}, source=SRC)
        w.rel("LEGAL_REP_OF", rep, county.company_b, source=SRC)
        w.rel("SHAREHOLDER_OF", rep, county.company_a, {"share": 0.1}, source=SRC)
        staff = w.node("Official", {"name": "李秀英", "agency_id": county.finance, "position": "采购监管科科员"}, source=SRC)
        w.rel("WORKS_AT", staff, county.finance, {"position": "采购监管科科员"}, source=SRC)
        w.rel("EVALUATED", staff, county.project, source=SRC)
        w.rel("CONTROLS", staff, county.company_a, source=SRC)
    invalidate()
    return {"spouse": county.spouse, "rep": rep, "staff": staff}


def test_each_namesake_is_offered_with_what_tells_it_apart(graph, county, namesakes):
    viewer = Viewer("fin", county.finance, "investigator", "示例县财政局")
    net = ego_network(graph, viewer, county.company_a)
    assert set(namesakes.values()) <= set(net.nodes)
    offers = chooser_labels(graph, viewer, {i: net.nodes[i] for i in namesakes.values()})
    assert len(set(offers.values())) == 3
    assert "示例宏远贸易有限公司" in offers[namesakes["rep"]]
    assert "示例县财政局" in offers[namesakes["staff"]] and "采购监管科科员" in offers[namesakes["staff"]]
    assert "王建国" in offers[namesakes["spouse"]]


def open_options(page, name: str) -> None:
    """Open a selectbox's list (a click during a rerun may be lost on a loaded machine: tried again)."""
    for _ in range(3):
        page.wait_for_timeout(500)
        page.get_by_role("combobox", name=re.compile(name)).click()
        try:
            page.get_by_role("option").first.wait_for(timeout=5_000)
            return
        except Exception:  # noqa: BLE001 - retried
            page.keyboard.press("Escape")
    page.get_by_role("option").first.wait_for()


@pytest.fixture(scope="module")
def server(county, graph_settings, namesakes, tmp_path_factory):
    store = UserStore.default(graph_settings)
    if store.get(USER) is None:
        store.add(USER, PW, agency_id=county.finance, role="investigator", agency_name="示例县财政局")
    with running_app(tmp_path_factory.mktemp("chooser-app-log") / "streamlit.log") as app:
        yield app


@pytest.mark.browser
def test_expanding_the_chosen_namesake_is_audited(server, county, namesakes, graph_settings, tmp_path_factory, artifacts):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-chooser")
    with sync_playwright() as pw:
        context = launch_chromium(pw, profile, RequestLog())
        context.set_default_timeout(30_000)
        page = context.new_page()
        page.goto(f"{server.url}/graph?id={county.company_a}")
        page.get_by_label("用户名").fill(USER)
        page.get_by_label("密码").fill(PW)
        page.get_by_role("button", name="登录").click()
        page.get_by_text(re.compile(r"显示 \d+ 个节点")).wait_for()
        page.get_by_text("展开节点（列表选择）").click()
        open_options(page, "展开节点")
        options = page.get_by_role("option")
        texts = options.all_inner_texts()  # one read: the list may re-render between count() and nth()
        offered = [t for t in texts if t.startswith("李秀英")]
        assert len(offered) == 3 and len(set(offered)) == 3, texts
        assert not any(re.search(r"[A-Z_]{4,}|spouse", t) for t in offered), offered  # Chinese, not codes
        page.screenshot(path=str(artifacts / "11-expand-chooser.png"), full_page=True)
        wanted = next(t for t in offered if "采购监管科科员" in t)
        for _ in range(3):  # the full-page screenshot (or a rerun on a loaded machine) may close the list: reopen it
            target = page.get_by_role("option", name=wanted, exact=True)
            try:
                target.click(timeout=5_000)
                break
            except Exception:  # noqa: BLE001 - retried
                open_options(page, "展开节点")
        else:
            page.get_by_role("option", name=wanted, exact=True).click()
        page.get_by_role("button", name="展开", exact=True).click()
        page.wait_for_timeout(1500)
        page.get_by_text(re.compile(r"显示 \d+ 个节点")).wait_for()
        # 路径查找: the start is picked from the namesakes, each with what tells it apart
        page.goto(f"{server.url}/paths")
        page.get_by_text("当前用户").wait_for()
        box = page.get_by_label("起点", exact=True)
        box.fill("李秀英")
        box.press("Enter")
        page.wait_for_timeout(1500)
        open_options(page, "起点：选择")
        options = page.get_by_role("option")
        starts = options.all_inner_texts()  # one read: the list may re-render between count() and nth()
        assert len([t for t in starts if t.startswith("李秀英")]) == 3 and len(set(starts)) == len(starts), starts
        page.screenshot(path=str(artifacts / "11-paths-chooser.png"), full_page=True)
        context.close()
    shutil.rmtree(profile, ignore_errors=True)
    expands = [e for e in AuditLog.default(graph_settings).entries() if e.user == USER and e.action == "expand_node"]
    assert [e.target for e in expands] == [namesakes["staff"]]
