"""The desk's alerts section (AppTest): what is new since the last visit is shown near the top, once,
and the visit is in the audit log."""

from __future__ import annotations

from app.services import alerts
from app.services.access import Viewer, invalidate
from app.services.audit import AuditLog
from graph.writer import Writer
from tests.app.test_pages import app_for, close_the_apps_driver  # noqa: F401 - the fixture closes the app's driver

USER = "alertpage"


def expanders(at) -> list[str]:
    return [e.label for e in at.expander]


def test_the_desk_shows_what_is_new_once(graph, county, graph_settings):
    viewer = Viewer(USER, county.finance, "investigator", "示例县财政局")
    store = alerts.AlertStore.default(graph_settings)
    alerts.subscribe(graph, viewer, store, "node", county.company_b, "示例宏远贸易有限公司（实体）")

    at = app_for(viewer, "desk")
    assert "订阅提醒：上次查看以来没有新情况" in expanders(at)

    with Writer(graph) as w:
        p = w.node("Person", {"name": "钱新监", "context": "alerts-page:1"}, source="test:alerts-page")
        w.rel("MANAGES", p, county.company_b, {"role": "监事"}, source="test:alerts-page")
    invalidate()
    at = app_for(viewer, "desk")
    assert "订阅提醒：1 条新情况" in expanders(at)
    links = [str(link.proto.label) for link in at.get("page_link")]
    assert any("钱新监" in label for label in links), links
    entries = [e for e in AuditLog.default(graph_settings).entries(user=USER) if e.action == "alert"]
    assert len(entries) == 1 and entries[0].params["new"] == 1

    at = app_for(viewer, "desk")  # the next visit: seen
    assert "订阅提醒：上次查看以来没有新情况" in expanders(at)
