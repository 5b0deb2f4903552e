"""Sessions in a real browser (Debian chromium): a sign-in survives a reload and a second tab,
sign-out in one tab signs the other out on its next action, and an expired session leads to the
sign-in page. The app is ``liandong app``'s own command (app/serve.py, which gives every browser
its HttpOnly cookie). Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

from app.services.auth import UserStore, users_path
from tests.app.browser import RequestLog, launch_chromium, running_app

pytestmark = [
    pytest.mark.browser,
]

USER, PASSWORD = "session_inv", "session investigator password"


@pytest.fixture(scope="module")
def server(county, graph_settings, tmp_path_factory):
    store = UserStore.default(graph_settings)
    if store.get(USER) is None:
        store.add(USER, PASSWORD, agency_id=county.finance, role="investigator", agency_name="示例县财政局")
    with running_app(tmp_path_factory.mktemp("app-log") / "streamlit.log") as app:
        yield app


@pytest.fixture(scope="module")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture()
def browser(server, playwright, tmp_path):
    """A new browser profile for each test: no cookie from another test."""
    context = launch_chromium(playwright, tmp_path / "profile", RequestLog())
    context.set_default_timeout(30_000)
    yield context
    context.close()
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def sign_in(page, url: str) -> None:
    page.goto(url)
    page.get_by_label("用户名").fill(USER)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.get_by_text("当前用户").wait_for()


def signed_in(page) -> None:
    page.get_by_text("当前用户").wait_for()
    assert page.get_by_label("密码").count() == 0


def shows_sign_in(page) -> None:
    page.get_by_label("密码").wait_for()
    # the signed-in sidebar goes (Streamlit keeps a page's old elements until its run ends, so the
    # form can show while they are still there); it failing to go within the timeout fails the test
    page.get_by_text("当前用户").wait_for(state="detached", timeout=20_000)


def session_cookie(context) -> str:
    return next((c["value"] for c in context.cookies() if c["name"] == "liandong_session"), "")


def test_reload_and_second_tab_stay_signed_in_and_sign_out_ends_both(server, browser, artifacts, graph_settings):
    page = browser.pages[0] if browser.pages else browser.new_page()
    sign_in(page, f"{server.url}/desk")
    page.get_by_role("heading", name="机构工作台").wait_for()
    page.wait_for_function("() => document.cookie.includes('liandong_session=')")
    cookie = next(c for c in browser.cookies() if c["name"] == "liandong_session")
    assert cookie["sameSite"] == "Strict" and cookie["expires"] > time.time() + 7 * 3600  # 8 hours by default
    assert UserStore.default(graph_settings).live_sessions(USER) >= 1

    page.reload()
    signed_in(page)
    page.get_by_role("heading", name="机构工作台").wait_for()  # the page reloaded where it was
    page.screenshot(path=str(artifacts / "session-01-reloaded.png"), full_page=True)

    second = browser.new_page()
    second.goto(f"{server.url}/threads")
    signed_in(second)
    second.get_by_role("heading", name="线索追踪").wait_for()
    second.screenshot(path=str(artifacts / "session-02-second-tab.png"), full_page=True)

    page.get_by_role("button", name="退出登录").click()
    shows_sign_in(page)
    assert UserStore.default(graph_settings).live_sessions(USER) == 0

    # the second tab, on its next action, finds its session ended
    second.get_by_label("筛选线索或案件（编号、摘要）").fill("XS")
    second.get_by_label("筛选线索或案件（编号、摘要）").press("Enter")
    shows_sign_in(second)
    second.get_by_text("您已在其他窗口或设备上退出登录").wait_for()
    second.screenshot(path=str(artifacts / "session-03-signed-out-elsewhere.png"), full_page=True)

    # and a reload after sign-out stays signed out (the cookie was cleared)
    page.wait_for_function("() => !document.cookie.includes('liandong_session=')")
    page.reload()
    shows_sign_in(page)


def test_expired_session_leads_to_the_sign_in_page(server, browser, artifacts, graph_settings):
    page = browser.new_page()
    sign_in(page, f"{server.url}/desk")
    page.wait_for_function("() => document.cookie.includes('liandong_session=')")
    # time passes: the server-side record's end lies in the past (the cookie itself still says 8 h)
    with sqlite3.connect(users_path(graph_settings)) as db:
        db.execute("UPDATE sessions SET expires = ? WHERE username = ? AND ended IS NULL", (time.time() - 1, USER))
    page.reload()
    shows_sign_in(page)
    page.get_by_text("登录已过期，请重新登录").wait_for()
    page.screenshot(path=str(artifacts / "session-04-expired.png"), full_page=True)


def test_a_token_from_another_browser_is_refused(server, browser, playwright, tmp_path):
    """A session cookie copied into another browser (without its HttpOnly browser cookie) signs nobody in."""
    page = browser.new_page()
    sign_in(page, f"{server.url}/desk")
    page.wait_for_function("() => document.cookie.includes('liandong_session=')")
    token = session_cookie(browser)
    assert token
    other = launch_chromium(playwright, tmp_path / "other", RequestLog())
    other.add_cookies([{"name": "liandong_session", "value": token, "url": server.url}])
    thief = other.new_page()
    thief.goto(f"{server.url}/desk")
    shows_sign_in(thief)
    other.close()
    signed_in(page)  # the owner is still signed in
    page.reload()
    signed_in(page)
