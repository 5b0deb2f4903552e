"""恢复登录 (``session_resumed``) is audited once per session, not on every page load.

A sign-in behind ``liandong app`` opens a server-side session; every reload and every second tab
of that browser picks it up again (app.views.common.restore_session). The audit log gets one
恢复登录 entry for the session (:meth:`UserStore.first_resume`), and a new one only for a new
session (a new sign-in after sign-out or expiry).
"""

from __future__ import annotations

import shutil
import threading

import pytest

from app.services.audit import AuditLog
from app.services.auth import UserStore
from tests.app import test_sessions_browser, test_sessions_store

BROWSER, T0 = test_sessions_store.BROWSER, test_sessions_store.T0
store = test_sessions_store.store  # a users file with inv_one (a fixture)
USER, PASSWORD = test_sessions_browser.USER, test_sessions_browser.PASSWORD
server = test_sessions_browser.server  # the app of the session tests (a fixture)


def test_a_session_is_claimed_for_the_audit_once(store):
    token = store.open_session("inv_one", BROWSER, now=T0)
    assert store.first_resume(token, now=T0 + 5) is True  # the first reload
    assert store.first_resume(token, now=T0 + 6) is False  # a second tab
    assert store.first_resume(token, now=T0 + 600) is False  # a later reload
    again = store.open_session("inv_one", BROWSER, now=T0 + 700)  # signed in anew
    assert store.first_resume(again, now=T0 + 705) is True
    assert store.first_resume(token, now=T0 + 706) is False


def test_tokens_that_name_no_session_claim_nothing(store):
    token = store.open_session("inv_one", BROWSER, now=T0)
    sid, expires, mac = token.split(".")
    assert store.first_resume("x" * 43 + f".{expires}.{mac}", now=T0 + 1) is False
    assert store.first_resume("not a token", now=T0 + 1) is False
    assert store.first_resume("", now=T0 + 1) is False
    assert store.first_resume(token, now=T0 + 1) is True


def test_two_tabs_loading_at_once_claim_it_once(store):
    token = store.open_session("inv_one", BROWSER, now=T0)
    answers: list[bool] = []
    barrier = threading.Barrier(8)

    def load() -> None:
        barrier.wait()
        answers.append(UserStore(store.path).first_resume(token))

    threads = [threading.Thread(target=load) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(answers) == [False] * 7 + [True]


def test_a_users_file_from_before_gains_the_column(tmp_path):
    import sqlite3

    path = tmp_path / "app" / "users.sqlite3"
    path.parent.mkdir()
    with sqlite3.connect(path) as db:  # the sessions table as it was before this column
        db.execute("CREATE TABLE sessions (sid_hash TEXT PRIMARY KEY, browser_hash TEXT NOT NULL, username TEXT NOT NULL,"
                   " created REAL NOT NULL, expires REAL NOT NULL, last_seen REAL NOT NULL, ended REAL)")
    s = UserStore(path)
    s.add("inv_one", "investigator password", agency_id="agency:1", role="investigator")
    token = s.open_session("inv_one", BROWSER, now=T0)
    assert s.first_resume(token, now=T0 + 1) is True


# ------------------------------------------------------------------------------ in a real browser
def _resumed(graph_settings) -> int:
    return len(AuditLog.default(graph_settings).entries(user=USER, action="session_resumed", limit=None))


def _signed_in(page) -> None:
    page.get_by_text("当前用户").wait_for()
    page.get_by_role("heading", name="机构工作台").wait_for()


@pytest.mark.browser
def test_reloads_and_tabs_leave_one_resume_entry_per_session(server, graph_settings, tmp_path):
    from playwright.sync_api import sync_playwright

    from tests.app.browser import RequestLog, launch_chromium

    before = _resumed(graph_settings)
    with sync_playwright() as pw:
        context = launch_chromium(pw, tmp_path / "profile", RequestLog())
        context.set_default_timeout(30_000)
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(f"{server.url}/desk")
            page.get_by_label("用户名").fill(USER)
            page.get_by_label("密码").fill(PASSWORD)
            page.get_by_role("button", name="登录").click()
            _signed_in(page)
            page.wait_for_function("() => document.cookie.includes('liandong_session=')")
            assert _resumed(graph_settings) == before  # a sign-in is no resume

            for _ in range(3):
                page.reload()
                _signed_in(page)
            second = context.new_page()
            second.goto(f"{server.url}/desk")
            _signed_in(second)
            assert _resumed(graph_settings) == before + 1

            # signed out and in again: a new session, audited once more on its first reload
            page.get_by_role("button", name="退出登录").click()
            page.get_by_label("密码").wait_for()
            page.wait_for_function("() => !document.cookie.includes('liandong_session=')")
            page.get_by_label("用户名").fill(USER)
            page.get_by_label("密码").fill(PASSWORD)
            page.get_by_role("button", name="登录").click()
            _signed_in(page)
            page.wait_for_function("() => document.cookie.includes('liandong_session=')")
            page.reload()
            _signed_in(page)
            page.reload()
            _signed_in(page)
            assert _resumed(graph_settings) == before + 2
        finally:
            context.close()
            shutil.rmtree(tmp_path / "profile", ignore_errors=True)
