"""The app in a real browser (Debian chromium + playwright): sign in, search, open the graph,
expand a node, run a console query — and prove that no request left 127.0.0.1.

Screenshots go to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import re
import shutil

import pytest

from app.services.auth import UserStore
from tests.app.browser import RequestLog, launch_chromium, running_app

pytestmark = [
    pytest.mark.browser,
]

ADMIN, ADMIN_PW = "browser_admin", "browser admin password"
INVESTIGATOR, INVESTIGATOR_PW = "browser_inv", "browser investigator password"
FINANCE, FINANCE_PW = "browser_fin", "browser finance password"


@pytest.fixture(scope="module")
def server(county, graph_settings, tmp_path_factory):
    store = UserStore.default(graph_settings)
    if store.get(ADMIN) is None:
        store.add(ADMIN, ADMIN_PW, agency_id=county.finance, role="admin", agency_name="示例县财政局")
        store.add(INVESTIGATOR, INVESTIGATOR_PW, agency_id=county.police, role="investigator", agency_name="示例县公安局")
        store.add(FINANCE, FINANCE_PW, agency_id=county.finance, role="investigator", agency_name="示例县财政局")
    with running_app(tmp_path_factory.mktemp("app-log") / "streamlit.log") as app:
        yield app


@pytest.fixture(scope="module")
def requests_seen():
    return RequestLog()


@pytest.fixture(scope="module")
def browser(server, requests_seen, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = launch_chromium(pw, profile, requests_seen)
        context.set_default_timeout(30_000)
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


def sign_in(page, url: str, user: str, password: str) -> None:
    """Open ``url`` (any page: it shows the sign-in form first) and sign in; the page then reruns in place.

    The browser is shared by this module's tests: the previous user's session cookie is dropped
    first (a reload or a new tab would otherwise be signed in as them, issue 14 item 4)."""
    page.context.clear_cookies(name="liandong_session")
    page.goto(url)
    page.get_by_label("用户名").fill(user)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    page.get_by_text("当前用户").wait_for()


def wait_idle(page) -> None:
    """Until Streamlit has finished the rerun (its status widget is gone)."""
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)


def test_journey_sign_in_search_graph_expand_console(server, browser, artifacts, county):
    page = browser.pages[0] if browser.pages else browser.new_page()
    page.goto(server.url)
    page.get_by_label("用户名").wait_for()
    page.screenshot(path=str(artifacts / "01-signin.png"), full_page=True)

    sign_in(page, server.url, ADMIN, ADMIN_PW)
    page.get_by_role("heading", name="搜索").wait_for()

    box = page.get_by_label("名称、简称、统一社会信用代码、文号或编号")
    box.fill("鑫达")
    box.press("Enter")
    page.get_by_text("找到 3 条").wait_for()  # the company first, then the two letters that name it
    page.screenshot(path=str(artifacts / "02-search.png"), full_page=True)

    page.get_by_role("main").get_by_role("link", name="关系图谱").first.click()
    page.get_by_role("heading", name="关系图谱").wait_for()
    # the network is drawn in a frame inside the graph component's frame (app/graph_component)
    frame = page.frame_locator('iframe[data-testid="stCustomComponentV1"]').first.frame_locator("#ld-graph")
    frame.locator("#mynetwork canvas").wait_for()
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentWindow.__ldRender && f.contentWindow.__ldRender.afterDrawing)"
    )
    legend = frame.locator("#ld-legend").inner_text()
    assert "企业" in legend
    shown = page.get_by_text(re.compile(r"显示 \d+ 个节点")).inner_text()
    before = int(re.search(r"显示 (\d+) 个节点", shown).group(1))
    page.screenshot(path=str(artifacts / "03-graph.png"), full_page=True)

    # expand the project the company won, to reach its purchaser and the other bidders: a click on it
    from tests.app.test_graph_browser import click_node, network_frame

    net_frame = network_frame(page)
    project = net_frame.evaluate("() => nodes.get().find(n => String(n.label).startsWith('示例县中小学课桌椅采购项目')).id")
    click_node(page, net_frame, project)
    page.wait_for_function(
        f"() => /显示 (\\d+) 个节点/.test(document.body.innerText) && "
        f"parseInt(document.body.innerText.match(/显示 (\\d+) 个节点/)[1]) > {before}"
    )
    wait_idle(page)
    after = int(re.search(r"显示 (\d+) 个节点", page.get_by_text(re.compile(r"显示 \d+ 个节点")).inner_text()).group(1))
    assert after > before
    page.wait_for_timeout(1500)  # let the layout settle for the picture
    page.screenshot(path=str(artifacts / "04-graph-expanded.png"), full_page=True)

    page.get_by_role("navigation").get_by_role("link", name="分析控制台").click()
    page.get_by_role("heading", name="分析控制台").wait_for()
    editor = page.get_by_label("Cypher")
    editor.fill("MATCH (o:Official)-[r]->(x) RETURN o, r, x")
    page.get_by_role("button", name="运行").first.click()
    page.get_by_text(re.compile(r"^\d+ 行")).wait_for()
    page.get_by_text("图", exact=True).click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentWindow.__ldRender && f.contentWindow.__ldRender.afterDrawing)"
    )
    page.locator("iframe").last.scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(artifacts / "05-console.png"), full_page=True)

    page.get_by_role("navigation").get_by_role("link", name="审计日志").click()
    page.get_by_role("heading", name="审计日志").wait_for()
    page.get_by_text(re.compile(r"\d+ 条（最新在前）")).wait_for()
    page.screenshot(path=str(artifacts / "06-audit.png"), full_page=True)


def test_profile_masks_the_complainant_for_an_investigator(server, browser, artifacts, county):
    page = browser.new_page()
    sign_in(page, f"{server.url}/profile?id={county.company_a}", INVESTIGATOR, INVESTIGATOR_PW)  # a deep link survives sign-in
    page.get_by_role("heading", name="示例鑫达建设有限公司").wait_for()
    page.locator(".ld-snippet").first.wait_for()
    body = page.locator("body").inner_text()
    assert "［身份保密］" in body and "张三" not in body
    assert "示财移〔2024〕1号" not in body  # the confidential letter is not the police's
    page.screenshot(path=str(artifacts / "07-profile-investigator.png"), full_page=True)
    page.close()


def test_thread_desk_and_paths_for_the_finance_bureau(server, browser, artifacts, county):
    page = browser.new_page()
    sign_in(page, f"{server.url}/threads?id={county.clue_overdue}", FINANCE, FINANCE_PW)
    page.get_by_role("heading", name="XS-2024-002").wait_for()
    page.get_by_text("流转时间线").wait_for()
    wait_idle(page)
    assert "超期" in page.locator("body").inner_text()
    page.screenshot(path=str(artifacts / "08-thread.png"), full_page=True)

    page.get_by_role("navigation").get_by_role("link", name="机构工作台").click()
    page.get_by_role("heading", name="示例县财政局").wait_for()
    page.get_by_text("持有线索/案件").wait_for()
    wait_idle(page)
    page.screenshot(path=str(artifacts / "09-desk.png"), full_page=True)

    page.get_by_role("navigation").get_by_role("link", name="路径查找").click()
    page.get_by_role("heading", name="路径查找").wait_for()
    for field, text in (("起点", "王建国"), ("终点", "课桌椅")):
        box = page.get_by_label(field, exact=True)
        box.fill(text)
        box.press("Enter")
        wait_idle(page)
    page.get_by_role("button", name="查找路径").click()
    page.get_by_text(re.compile(r"\d+ 条路径")).wait_for()
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.contentWindow.__ldRender && f.contentWindow.__ldRender.afterDrawing)"
    )
    # the rows under the drawing may come a moment later (the section's heading also says 当前持有)
    page.get_by_text("当前持有：").first.wait_for()
    body = page.locator("body").inner_text()
    assert "示例县纪委监委" in body  # who holds the thread about the official
    page.screenshot(path=str(artifacts / "10-paths.png"), full_page=True)
    page.close()


def test_every_request_stayed_on_this_machine(server, browser, requests_seen):
    """Runs after the journeys above (same module, same browser): nothing went anywhere else."""
    assert len(requests_seen.urls) > 20, requests_seen.urls
    assert any("/_stcore/stream" in u for u in requests_seen.urls), "the app's websocket was not seen"
    outside = requests_seen.outside()
    assert outside == [], "\n".join(sorted(set(outside)))
