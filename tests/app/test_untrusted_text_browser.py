"""Issue 12 row 6: text from the data is rendered as text, everywhere — a Markdown image in a
letter's title and text and in a company's name never makes the browser fetch anything.

Real app (``liandong app``'s command), real Chromium, a real HTTP listener on 127.0.0.1 that
counts every request it gets: the pages that show those strings are opened, and no request to
the listener may leave the browser (its own request log, complete when the request is made), the
listener must have heard none of the addresses in the data, no ``<img>`` pointing at it may exist,
and the marks must show as text.

Deterministic: the listener binds port 0 itself (no free port to lose to another process), its
addresses carry a token of this run (a stray request from another program's page to a port it
once used is no fetch of ours), and the test waits on the app's script state and on the images'
load state, never on a fixed sleep.
"""

from __future__ import annotations

import http.server
import re
import secrets
import threading
import urllib.request

import pytest

from app.services.auth import UserStore
from graph.writer import Writer
from tests.app.browser import (
    RequestLog,
    chromium_context,
    running_app,
)

pytestmark = [
    pytest.mark.browser,
]

USER, PW = "beacon_admin", "beacon admin password"
SRC = "test:beacon"


class Beacon:
    """A listener on 127.0.0.1: ``hits`` are the requests for this run's addresses (``md``),
    ``strays`` any other request that reached the port."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.strays: list[str] = []
        self.token = secrets.token_hex(8)
        beacon = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                (beacon.hits if beacon.token in self.path else beacon.strays).append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/gif")
                self.end_headers()
                self.wfile.write(b"GIF89a")

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.server.server_address[1])
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def md(self, what: str) -> str:
        return f"![x](http://127.0.0.1:{self.port}/beacon-{self.token}-{what})"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def beacon():
    b = Beacon()
    yield b
    b.close()


@pytest.fixture(scope="module")
def hostile(county, graph, beacon):
    """A company and a letter whose name, title and text carry Markdown images (and HTML)."""
    name = f"示例{beacon.md('company')}<img src=http://127.0.0.1:{beacon.port}/beacon-{beacon.token}-html>公司"
    title = f"关于{beacon.md('title')}的函"
    text = f"示例县公安局：\n\n{beacon.md('text')}\n\n经查，{name}中标。\n示例县财政局"
    with Writer(graph) as w:
        company = w.node("Company", {"key": "beacon-company", "name": name}, source=SRC)
        doc = w.node("Document", {"sha256": "c" * 64, "doc_no": f"示财函〔2024〕{beacon.md('docno')}号", "title": title,
                                  "kind": "线索移送函", "issuer": "示例县财政局", "text": text}, source=SRC)
        start = text.index(name)
        w.rel("MENTIONS", doc, company, {"start": start, "end": start + len(name), "text": name, "label": "COMPANY"}, source=SRC)
        w.rel("HAS_PHONE", company, county.phone, source=SRC)
    return {"company": company, "doc": doc, "name": name}


@pytest.fixture(scope="module")
def server(county, graph_settings, hostile, tmp_path_factory):
    store = UserStore.default(graph_settings)
    if store.get(USER) is None:
        store.add(USER, PW, agency_id=county.finance, role="admin", agency_name="示例县财政局")
    with running_app(tmp_path_factory.mktemp("beacon-app-log") / "streamlit.log") as app:
        yield app


@pytest.fixture(scope="module")
def requests_made() -> RequestLog:
    return RequestLog()


@pytest.fixture(scope="module")
def browser(server, tmp_path_factory, requests_made):
    with chromium_context(tmp_path_factory.mktemp("chromium-beacon"), requests_made) as context:
        yield context


def _text(locator) -> str:
    """What the reader sees (the invisible word joiner that keeps a URL from becoming a link removed)."""
    return locator.inner_text().replace("\u2060", "")


# the app's script has finished its run (Streamlit's own marker on the app root) and nothing is running
_SCRIPT_DONE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.getAttribute('data-test-script-state') === 'notRunning'
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && !document.querySelector('[data-testid="stStatusWidget"]');
}"""
# every image of the page has finished loading or failing: any fetch the page makes has been made
_IMAGES_SETTLED = "() => Array.from(document.images).every(i => i.complete)"


def _idle(page) -> None:
    from playwright.sync_api import Error

    page.wait_for_function(_SCRIPT_DONE, timeout=30_000)
    for frame in page.frames:
        try:
            frame.wait_for_function(_IMAGES_SETTLED, timeout=30_000)
        except Error as e:  # a frame the page removed meanwhile has nothing left to load
            if not frame.is_detached():
                raise AssertionError(f"the images of {frame.url} did not settle: {e}") from e


def _no_beacon_element(page, beacon) -> None:
    for frame in page.frames:
        target = f"127.0.0.1:{beacon.port}/"  # (a heading's own #anchor may spell the text: not a target)
        hits = frame.locator(f"img[src*='{target}'], [style*='{target}'], a[href*='{target}'], [srcset*='{target}']")
        shown = [hits.nth(i).evaluate("e => e.outerHTML.slice(0, 300)") for i in range(hits.count())]
        assert shown == [], f"an element points at the beacon in {frame.url}: {shown}"


def test_nothing_from_the_data_is_rendered_or_fetched(server, browser, beacon, hostile, artifacts, requests_made):
    page = browser.new_page()

    def open_signed_in(path: str) -> None:  # signs in the first time; then the session cookie does (issue 14 item 4)
        page.goto(f"{server.url}{path}")
        page.get_by_text("当前用户").or_(page.get_by_label("用户名")).first.wait_for()
        if page.get_by_label("用户名").count():
            page.get_by_label("用户名").fill(USER)
            page.get_by_label("密码").fill(PW)
            page.get_by_role("button", name="登录").click()
        page.get_by_text("当前用户").wait_for()

    open_signed_in("/search")

    box = page.get_by_label("名称、简称、统一社会信用代码、文号或编号")
    box.fill("beacon")
    box.press("Enter")
    page.get_by_text(re.compile(r"找到 \d+ 条")).wait_for()
    _idle(page)
    _no_beacon_element(page, beacon)
    assert "![x](http://127.0.0.1" in _text(page.locator("body"))  # shown as the text it is

    # the company's profile: its name as the header, the letter's title in the link, the snippet
    open_signed_in(f"/profile?id={hostile['company']}")
    page.get_by_role("heading", name=re.compile("示例")).first.wait_for()
    _idle(page)
    page.locator(".ld-snippet").first.wait_for()
    _no_beacon_element(page, beacon)
    body = _text(page.locator("body"))
    assert f"{beacon.md('company')}<img src=http://127.0.0.1:{beacon.port}/beacon-{beacon.token}-html>" in body
    assert beacon.md("title") in body
    page.screenshot(path=str(artifacts / "11-untrusted-profile.png"), full_page=True)

    # the letter's profile: its full text, a blank line before the image mark
    open_signed_in(f"/profile?id={hostile['doc']}")
    page.get_by_text("文书全文").first.click()
    _idle(page)
    page.locator(".ld-doc").wait_for()
    _no_beacon_element(page, beacon)
    assert beacon.md("text") in _text(page.locator(".ld-doc"))

    # the graph explorer: the name as a subheader and in the node list
    open_signed_in(f"/graph?id={hostile['company']}")
    page.get_by_text(re.compile(r"显示 \d+ 个节点")).wait_for()
    page.get_by_text("节点列表", exact=True).click()  # not the 导出节点列表 button, drawn at about the same time
    _idle(page)
    _no_beacon_element(page, beacon)

    _idle(page)
    to_beacon = [u for u in requests_made.urls if f"127.0.0.1:{beacon.port}" in u]
    assert to_beacon == [], f"the browser asked the beacon for {to_beacon}"
    assert beacon.hits == [], f"the beacon was fetched: {beacon.hits} (strays from elsewhere: {beacon.strays})"
    page.close()


def test_every_answer_carries_a_content_security_policy(server):
    with urllib.request.urlopen(server.url + "/", timeout=10) as r:
        csp = r.headers.get("Content-Security-Policy") or ""
    assert "img-src 'self' data: blob:" in csp and "connect-src 'self'" in csp


def test_the_checks_see_a_fetch(server, browser, requests_made):
    """The checks above can fail. An image put into the app's page is in the browser's request log
    (the app's content security policy then stops it, so the listener does not hear it: the log is
    the check that sees every attempt); a request outside the app reaches the listener and is heard."""
    probe = Beacon()
    url = f"http://127.0.0.1:{probe.port}/beacon-{probe.token}"
    add_image = "src => { const i = document.createElement('img'); i.src = src; document.body.appendChild(i); }"
    page = browser.new_page()
    try:
        page.goto(f"{server.url}/search")
        _idle(page)
        page.evaluate(add_image, f"{url}-app")
        _idle(page)
        assert [u for u in requests_made.urls if f"127.0.0.1:{probe.port}" in u] == [f"{url}-app"]
        assert probe.hits == []  # blocked by the policy, but attempted

        page.goto(f"{url}-open")  # outside the app: nothing stops it (Chromium may then ask for /favicon.ico: a stray)
        assert f"{url}-open" in requests_made.urls
        assert probe.hits == [f"/beacon-{probe.token}-open"]
    finally:
        page.close()
        probe.close()
