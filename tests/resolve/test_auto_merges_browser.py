"""自动合并待复核 on the 待核实身份 page in a real browser: two letters merged on ``sole_local`` at
ingestion are listed with their snippets; 确认 confirms one (a positive judgement), 拆分 splits the
other off (its letter's mention goes to a person of its own); both audited. Real app (``liandong app``),
Debian Chromium, real embedded server."""

from __future__ import annotations

from typing import Any

import pytest

from app.services.audit import AuditLog
from app.services.auth import UserStore
from graph.connection import Graph
from ingest.judgements import auto_merges
from tests.app.browser import chromium_context, running_app
from tests.resolve.test_auto_merges import FIN, OFFICIAL, PERSON, two_merges

USER, PW = "auto_inv", "auto merge review password"


@pytest.fixture(scope="module")
def merged(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return two_merges(graph, tmp_path_factory.mktemp("auto-browser"), 51)


@pytest.fixture(scope="module")
def server(merged: dict[str, Any], graph_settings: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = UserStore.default(graph_settings)
    if store.get(USER) is None:
        store.add(USER, PW, agency_id=FIN, role="investigator", agency_name="示例县财政局")
    with running_app(tmp_path_factory.mktemp("auto-app-log") / "streamlit.log") as app:
        yield app


@pytest.mark.browser
def test_confirm_and_split_from_the_review_page(server: Any, merged: dict[str, Any], graph: Graph,
                                               graph_settings: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    with chromium_context(tmp_path_factory.mktemp("chromium-auto")) as context:
        page = context.new_page()
        page.goto(f"{server.url}/identities")
        page.get_by_label("用户名").fill(USER)
        page.get_by_label("密码").fill(PW)
        page.get_by_role("button", name="登录").click()
        page.get_by_text("自动合并待复核").wait_for()
        page.get_by_text(f"经询问，{OFFICIAL}称其未参与该项目投标").wait_for()
        page.get_by_text(f"经询问，{PERSON}称其未参与该项目投标").wait_for()
        assert page.get_by_text("依据：属来文地区、仅凭同名且属本地唯一").count() == 2
        # newest first: 周强英's letter came second, so its row (and its buttons) come first
        confirm, split = page.get_by_role("button", name="确认", exact=True), page.get_by_role("button", name="拆分", exact=True)
        assert confirm.count() == 2 and split.count() == 2
        split.first.click()                                   # 周强英: another person
        page.get_by_text(f"经询问，{PERSON}称其未参与该项目投标").wait_for(state="detached")
        page.get_by_role("button", name="确认", exact=True).first.click()   # 吕辉明: him
        page.get_by_text("没有待复核的自动合并").wait_for()
    status = {(m.node, m.document): (m.status, m.decided_by) for m in auto_merges(graph)}
    assert status == {(merged["official"], merged["first_id"]): ("confirmed", USER),
                      (merged["person"], merged["second_id"]): ("split", USER)}
    actions = [e.action for e in AuditLog.default(graph_settings).entries(user=USER)]
    assert "identity_confirm_auto" in actions and "identity_split_auto" in actions
