"""Alerts: subscribe to an entity, a desk or a screen; what is new since the last visit, once, in the
audit log; per-user files; access rules hold."""

from __future__ import annotations

import datetime as dt
import stat

import pytest

from app.services import alerts
from app.services.access import invalidate
from app.services.audit import AuditLog
from graph.lifecycle import Letter, open_thread, receive, transfer
from graph.writer import Writer
from tests.app.fixture_graph import TODAY

pytestmark = pytest.mark.contract
SRC = "test:alerts"


@pytest.fixture
def store(tmp_path):
    return alerts.AlertStore(tmp_path / "alerts")


@pytest.fixture
def log(tmp_path):
    return AuditLog(tmp_path / "audit" / "audit.jsonl")


def test_an_entity_new_relationship_is_shown_once_and_audited(graph, county, who, store, log):
    fin = who["fin"]
    sub = alerts.subscribe(graph, fin, store, "node", county.company_a, "示例鑫达建设有限公司（实体）")
    assert [a.new for a in alerts.check(graph, fin, store, audit=log)] == [[]]  # the baseline is not news
    with Writer(graph) as w:
        p = w.node("Person", {"name": "赵新股", "context": "alerts:1"}, source=SRC)
        w.rel("SHAREHOLDER_OF", p, county.company_a, {"share": 0.1}, source=SRC)
    invalidate()
    (alert,) = alerts.check(graph, fin, store, audit=log)
    assert alert.subscription == sub
    assert [(i.text, i.node_id) for i in alert.new] == [("股东：赵新股", p)]
    entries = [e for e in log if e.action == "alert"]
    assert len(entries) == 1 and entries[0].target == county.company_a and entries[0].params["new"] == 1
    assert alerts.check(graph, fin, store, audit=log)[0].new == []  # seen now
    assert len([e for e in log if e.action == "alert"]) == 1


def test_a_desk_shows_a_newly_received_referral(graph, county, who, store):
    fin = who["fin"]
    alerts.subscribe(graph, fin, store, "desk", county.finance, "示例县财政局工作台", today=TODAY)
    clue = open_thread(graph, "XS-2024-009", agency=county.audit, on=dt.date(2024, 6, 1), source=SRC,
                       letter=Letter("示审发〔2024〕9号"), summary="新发现的围标线索")
    r = transfer(graph, clue, to=county.finance, on=dt.date(2024, 6, 3), source=SRC,
                 letter=Letter("示审移〔2024〕9号"), materials=["比对结果"])
    receive(graph, r, on=dt.date(2024, 6, 4), source=SRC)
    invalidate()
    (alert,) = alerts.check(graph, fin, store, today=TODAY)
    texts = [i.text for i in alert.new]
    assert any(t.startswith("收到 示审移〔2024〕9号") for t in texts), texts
    assert any(t.startswith("持有 XS-2024-009") for t in texts), texts


def test_the_ring_screen_shows_a_new_shared_identifier(graph, county, who, store):
    pol = who["pol"]
    alerts.subscribe(graph, pol, store, "query", "ring_screen_project", "课桌椅项目围标筛查",
                     params={"project_id": county.project})
    with Writer(graph) as w:
        w.rel("HAS_PHONE", county.company_c, county.phone, source=SRC)  # now shared by two bidders
    (alert,) = alerts.check(graph, pol, store)
    assert len(alert.new) == 1 and "13800000000" in alert.new[0].text
    assert "示例恒通科技有限公司" in alert.new[0].text


def test_confidential_items_never_become_alerts(graph, county, who, store):
    pol, fin = who["pol"], who["fin"]
    alerts.subscribe(graph, pol, store, "node", county.official, "王建国（实体）")
    alerts.subscribe(graph, fin, store, "node", county.official, "王建国（实体）")
    pol_items = alerts.items(graph, pol, store.subscriptions("pol")[0])
    fin_items = alerts.items(graph, fin, store.subscriptions("fin")[0])
    assert county.clue_secret not in {i.node_id for i in pol_items}  # the confidential clue about him
    assert county.clue_secret in {i.node_id for i in fin_items}


def test_investigators_subscribe_to_screens_only(graph, county, who, store):
    with pytest.raises(alerts.AlertError):
        alerts.subscribe(graph, who["pol"], store, "query", "agency_overdue", "x", params={"agency_id": county.finance})


def test_subscriptions_are_per_user_owner_only_and_removable(graph, county, who, store):
    sub = alerts.subscribe(graph, who["fin"], store, "node", county.company_b, "宏远（实体）")
    assert store.subscriptions("pol") == []
    assert [s.id for s in store.subscriptions("fin")] == [sub.id]
    path = store.root / "fin.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.remove("fin", sub.id) and store.subscriptions("fin") == []
    odd = alerts.AlertStore(store.root)._path("../王 五")
    assert odd.parent == store.root and odd.name.startswith("u-")
