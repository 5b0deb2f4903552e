"""Issue 12 row 12: an export from the console is audited when it is made and served only to the
browser session that made it — in the real app (``liandong app``'s command), real Chromium."""

from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from app.services.audit import AuditLog
from app.services.auth import UserStore
from tests.app.browser import chromium_context, running_app

pytestmark = [
    pytest.mark.browser,
]

USER, PW = "export_admin", "export admin password"


@pytest.fixture(scope="module")
def server(county, graph_settings, tmp_path_factory):
    store = UserStore.default(graph_settings)
    if store.get(USER) is None:
        store.add(USER, PW, agency_id=county.finance, role="admin", agency_name="示例县财政局")
    with running_app(tmp_path_factory.mktemp("export-app-log") / "streamlit.log") as app:
        yield app


@pytest.fixture(scope="module")
def browser(server, tmp_path_factory):
    with chromium_context(tmp_path_factory.mktemp("chromium-export")) as context:
        yield context


def _status(url: str, cookie: str | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_console_export_is_audited_and_only_for_this_browser(server, browser, graph_settings):
    page = browser.new_page()
    page.goto(f"{server.url}/console")
    page.get_by_label("用户名").fill(USER)
    page.get_by_label("密码").fill(PW)
    page.get_by_role("button", name="登录").click()
    page.get_by_role("heading", name="分析控制台").wait_for()
    page.get_by_label("Cypher").fill("MATCH (a:Agency) RETURN a.name AS name ORDER BY name")
    page.get_by_role("button", name="运行").first.click()
    page.get_by_text(re.compile(r"^\d+ 行")).wait_for()
    # a table's own "Download as CSV" (unaudited, not neutralised) is not offered
    page.locator("[data-testid='stDataFrame']").first.hover()
    page.wait_for_timeout(500)
    assert page.locator("button[aria-label='Download as CSV']").count() >= 1  # Streamlit still draws it …
    assert not page.locator("button[aria-label='Download as CSV']").first.is_visible()  # … hidden
    log = AuditLog.default(graph_settings)
    before = len([e for e in log.entries(user=USER, action="export_csv")])
    assert before == 0  # nothing is audited, and nothing is made, until the button is clicked

    with page.expect_download() as info:
        page.get_by_role("button", name="导出 CSV").click()
    download = info.value
    data = Path(download.path()).read_bytes()
    assert "示例县财政局" in data.decode("utf-8-sig")
    url = download.url
    assert "/media/" in url

    entries = log.entries(user=USER, action="export_csv")
    assert len(entries) == 1
    assert entries[0].params["sha256"] == hashlib.sha256(data).hexdigest() and entries[0].params["rows"] >= 5

    # the URL is no good without this browser's cookie, or with another one
    assert _status(url) == (404, b"")
    assert _status(url, "liandong_browser=someone-else") == (404, b"")
    for range_header in ("bytes=0-10", "bytes=5-"):
        req = urllib.request.Request(url, headers={"Range": range_header})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)
        assert err.value.code == 404
    # … and still good for the browser that made it
    again = page.request.get(url)
    assert again.status == 200 and again.body() == data
    page.close()
