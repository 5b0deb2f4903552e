"""Issue 12 row 2 in a real browser: 实体档案 of a public letter that names a masked complainant.

Real app (``liandong app``'s command), real Chromium. The fixture county's penalty decision names
投诉人张三 (masked; ``MENTIONS {text: 张三}`` points at him) and this module gives him a phone that
the letter's text also carries. An investigator of 示例县财政局 opens the letter: its header, the
关系 tab (where the mention's properties showed ``地址: 张三``) and the 文书全文 tab must show
［身份保密］ and neither his name nor his phone; the admin (``unmask``) sees both, and the audit log
records which protected person the admin was shown.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.services.access import invalidate
from app.services.audit import AuditLog
from app.services.auth import UserStore
from graph.writer import Writer
from tests.app.browser import chromium_context, running_app

pytestmark = [
    pytest.mark.browser,
]

INV, ADM, PW = "mask_inv", "mask_adm", "masking test password"
NAME, PHONE = "张三", "13700001111"
SRC = "test:masking-browser"


@pytest.fixture(scope="module")
def letter(county, graph):
    """The penalty decision, with the complainant's phone written in it and stored on him."""
    text = graph.read("MATCH (d:Document {id: $id}) RETURN d.text AS t", {"id": county.doc_public})[0]["t"]
    assert NAME in text
    with Writer(graph) as w:
        phone = w.node("Phone", {"number": PHONE}, source=SRC)
        w.rel("HAS_PHONE", county.complainant, phone, source=SRC)
    graph.write("MATCH (d:Document {id: $id}) SET d.text = $t",
                {"id": county.doc_public, "t": text + "\n投诉人联系电话：137-0000-1111"})
    invalidate()
    return county.doc_public


@pytest.fixture(scope="module")
def server(county, graph_settings, letter, tmp_path_factory):
    store = UserStore.default(graph_settings)
    for user, role in ((INV, "investigator"), (ADM, "admin")):
        if store.get(user) is None:
            store.add(user, PW, agency_id=county.finance, role=role, agency_name="示例县财政局")
    with running_app(tmp_path_factory.mktemp("masking-app-log") / "streamlit.log") as app:
        yield app


@pytest.fixture(scope="module")
def browser(server, tmp_path_factory):
    with chromium_context(tmp_path_factory.mktemp("chromium-masking")) as context:
        yield context


def _idle(page) -> None:
    page.wait_for_timeout(500)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)


def _letter_as(server, browser, user: str, doc: str, artifacts: Path) -> str:
    """Everything the user is shown on the letter's profile: the page, the 关系 tab, the 文书全文 tab."""
    browser.clear_cookies()  # a signed-in session survives in its cookie: sign in afresh as this user
    page = browser.new_page()
    page.goto(f"{server.url}/profile?id={doc}")
    page.get_by_label("用户名").fill(user)
    page.get_by_label("密码").fill(PW)
    page.get_by_role("button", name="登录").click()
    page.get_by_text("当前用户").wait_for()
    page.get_by_text("实体档案").first.wait_for()
    _idle(page)
    seen = [page.locator("body").inner_text()]
    page.get_by_role("tab", name=re.compile("^关系")).click()
    _idle(page)
    grid = page.locator("[data-testid='stDataFrame']:visible").last
    grid.wait_for()
    # the table is drawn on a canvas: read its cells through the copy Streamlit keeps for screen readers
    seen.append(grid.evaluate("e => e.innerText + ' ' + Array.from(e.querySelectorAll('td, th, [role=gridcell]')).map(c => c.textContent).join(' ')"))
    page.screenshot(path=str(artifacts / f"12-masking-relations-{user}.png"), full_page=True)
    page.get_by_role("tab", name="文书全文").click()
    _idle(page)
    page.locator(".ld-doc").wait_for()
    seen.append(page.locator(".ld-doc").inner_text())
    page.screenshot(path=str(artifacts / f"12-masking-fulltext-{user}.png"), full_page=True)
    page.close()
    return "\n".join(seen)


def test_investigator_sees_the_complainant_masked(server, browser, letter, artifacts):
    shown = _letter_as(server, browser, INV, letter, artifacts)
    assert "［身份保密］" in shown
    assert NAME not in shown
    assert PHONE not in shown.replace("-", "")


def test_admin_sees_him_and_the_reveal_is_audited(server, browser, letter, county, artifacts, graph_settings):
    shown = _letter_as(server, browser, ADM, letter, artifacts)
    assert NAME in shown and "137-0000-1111" in shown
    entries = [e for e in AuditLog.default(graph_settings).entries()
               if e.user == ADM and e.action == "view_profile" and e.target == letter]
    assert entries and county.complainant in json.dumps([e.params for e in entries], ensure_ascii=False)
