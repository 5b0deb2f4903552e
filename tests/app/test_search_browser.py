"""The search page in a real browser: a phrase of a letter found with the hit marked (a real <mark>
element, never its tag as text), links to the document and its thread; traditional characters find
the simplified name; no request leaves 127.0.0.1. Screenshots in tests/artifacts/."""

from __future__ import annotations

import re
import shutil

import pytest

from app.services.auth import UserStore
from graph.fulltext import keep_in_step
from tests.app.browser import AppServer, RequestLog, launch_chromium

pytestmark = [
    pytest.mark.browser,
]

USER, PASSWORD = "search_fin", "search finance password"


@pytest.fixture(scope="module")
def page(county, graph, graph_settings, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    keep_in_step(graph)
    store = UserStore.default(graph_settings)
    if store.get(USER) is None:
        store.add(USER, PASSWORD, agency_id=county.finance, role="investigator", agency_name="示例县财政局")
    app = AppServer(log_path=tmp_path_factory.mktemp("app-log") / "streamlit.log")
    log = RequestLog()
    profile = tmp_path_factory.mktemp("chromium-profile")
    try:
        app.wait_ready()
        with sync_playwright() as pw:
            context = launch_chromium(pw, profile, log)
            context.set_default_timeout(30_000)
            p = context.new_page()
            p.goto(f"{app.url}/search")
            p.get_by_label("用户名").fill(USER)
            p.get_by_label("密码").fill(PASSWORD)
            p.get_by_role("button", name="登录").click()
            p.get_by_role("heading", name="搜索").wait_for()
            p.request_log = log
            yield p
            context.close()
    finally:
        app.stop()
        shutil.rmtree(profile, ignore_errors=True)


def search_for(page, text: str, first_mark: str) -> None:
    """Search, until the first hit shown has ``first_mark`` marked (the page before is replaced)."""
    box = page.get_by_label("文书内容、名称")
    box.fill(text)
    box.press("Enter")
    page.get_by_text(re.compile(r"找到 \d+ 条")).wait_for()
    page.wait_for_function(
        "(m) => { const e = document.querySelector('.ld-snippet mark'); return e && e.innerText === m; }", arg=first_mark)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)


def test_a_phrase_of_a_letter_is_found_marked_and_linked(page, county, artifacts):
    search_for(page, "之配偶李秀英", "之配偶李秀英")
    snippet = page.locator(".ld-snippet").first
    assert snippet.locator("mark").inner_text() == "之配偶李秀英"
    assert "<mark>" not in page.locator("main").inner_text()
    assert "正文" in snippet.inner_text()
    main = page.get_by_role("main")
    # the result's links are drawn just after its snippet: each must show within the timeout
    main.get_by_role("link", name="示财移〔2024〕1号").wait_for(state="visible")       # the document
    main.get_by_role("link", name="线索 XS-2024-001").wait_for(state="visible")    # its thread
    page.screenshot(path=str(artifacts / "search-01-letter-phrase.png"), full_page=True)


def test_traditional_characters_find_the_agency(page, artifacts):
    search_for(page, "示例縣財政局", "示例县财政局")  # the agency first: its name, exactly
    first = page.locator(".ld-snippet").first
    assert first.locator("mark").inner_text() == "示例县财政局"
    page.screenshot(path=str(artifacts / "search-02-traditional.png"), full_page=True)


def test_no_request_left_the_machine(page):
    assert page.request_log.urls and page.request_log.outside() == []
