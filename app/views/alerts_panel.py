"""提醒: the desk's section "what is new since your last visit", and the subscribe buttons other
pages place (thin over ``app/services/alerts.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from app.services import alerts
from app.views.common import PAGES, audit, audit_log, fail, graph, md


@st.cache_resource
def store() -> alerts.AlertStore:
    return alerts.AlertStore.default()


def subscribe_button(viewer: Any, kind: str, target: str, title: str, *, params: dict[str, Any] | None = None,
                     key: str, today: dt.date | None = None) -> None:
    """A button "订阅提醒" (or "已订阅" with a way to cancel) for one thing to watch."""
    sid = alerts.subscription_id(kind, target, dict(params or {}))
    subscribed = any(s.id == sid for s in store().subscriptions(viewer.username))
    if subscribed:
        if st.button("取消订阅", key=f"{key}_unsub", help=f"已订阅：{title}"):
            store().remove(viewer.username, sid)
            audit("unsubscribe", target, {"subscription": title}, once=False)
            st.rerun()
    elif st.button("订阅提醒", key=f"{key}_sub", help=f"有新情况时在工作台提醒：{title}"):
        try:
            alerts.subscribe(graph(), viewer, store(), kind, target, title, params=params, today=today)
        except Exception as e:  # noqa: BLE001 - shown to the user
            fail(e)
            return
        audit("subscribe", target, {"subscription": title}, once=False)
        st.rerun()


def show_alerts(viewer: Any, *, today: dt.date | None = None, agency_id: str | None = None,
                agency_name: str = "") -> None:
    """The desk's section: new since the last visit, per subscription (checked once per session)."""
    if not viewer.can("desk"):
        return
    state = st.session_state
    if "alerts_result" not in state:
        try:
            state["alerts_result"] = alerts.check(graph(), viewer, store(), audit=audit_log(), today=today)
        except Exception as e:  # noqa: BLE001
            fail(e)
            return
    result: list[alerts.Alert] = state["alerts_result"]
    fresh = [a for a in result if a.new]
    title = f"订阅提醒：{sum(len(a.new) for a in fresh)} 条新情况" if fresh else "订阅提醒：上次查看以来没有新情况"
    with st.expander(title, expanded=bool(fresh)):
        if not result:
            st.caption("尚未订阅。可在实体的关系图谱页订阅实体，在这里订阅本机构工作台或围标串标筛查。")
        for a in result:
            since = a.since.replace("T", " ")[:16] if a.since else ""
            st.markdown(f"**{md(a.subscription.title)}**（{alerts.KINDS.get(a.subscription.kind, '')}，上次查看 {md(since)}）")
            if a.error:
                st.caption(md(a.error))
            for item in a.new[:20]:
                if item.node_id and item.page in PAGES:
                    st.page_link(PAGES[item.page], label=md(item.text), query_params={"id": item.node_id},
                                 icon=":material/fiber_new:")
                else:
                    st.write(md(item.text))
            if len(a.new) > 20:
                st.caption(f"另有 {len(a.new) - 20} 条")
        c1, c2, c3 = st.columns(3)
        with c1:
            if agency_id:
                subscribe_button(viewer, "desk", agency_id, f"{agency_name or '本机构'}工作台", key="alerts_desk", today=today)
        with c2:
            subscribe_button(viewer, "query", "ring_screen_market", alerts.SCREENS["ring_screen_market"], key="alerts_ring",
                             params={"min_co_bids": 1, "limit": 100})
        with c3:
            if st.button("重新检查", key="alerts_refresh"):
                state.pop("alerts_result", None)
                st.rerun()
