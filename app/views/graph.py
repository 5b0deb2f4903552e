"""关系图谱: the ego network of an entity — click a node to expand it, open a "N 个…" group, a side
panel with the selected node's profile; pin, hide, filter by type and date (the view is kept);
export the picture (PNG, made in the browser) and the list of its nodes with their sources (CSV)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from app import viz
from app.graph_component import graph_view
from app.services.access import load_policy
from app.services.identities import chooser_labels
from app.services.network import GROUP_PREFIX, ego_network, type_counts, view_csv
from app.services.nodes import PROP_ZH, label_zh, rel_zh
from app.views.common import PAGES, audit, export_button, fail, focus, graph, guard, md, value_text

HEIGHT = 720
viewer = guard("graph")
st.title("关系图谱")

center = focus("中心实体", "graph_pick")
if not center:
    st.caption("从搜索或实体档案进入，或在上面查找一个实体。")
    st.stop()


def per_center(name: str, default):
    store = st.session_state.setdefault(f"graph_{name}", {})
    return store.setdefault(center, default)


expanded: list[str] = per_center("expanded", [])
opened: list[str] = per_center("opened", [])
hidden: list[str] = per_center("hidden", [])
pinned: list[str] = per_center("pinned", [])
positions: dict[str, tuple[float, float]] = per_center("positions", {})

try:
    counts = type_counts(graph(), viewer, center)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    st.stop()

with st.expander("筛选与布局", expanded=False):
    c1, c2 = st.columns(2)
    types = c1.multiselect("关系类型", list(counts), format_func=lambda t: f"{rel_zh(t)}（{counts[t]}）",
                           key=f"graph_types_{center}", placeholder="全部类型")
    try:
        start_cap = min(300, max(5, int(st.query_params.get("cap", 30))))
    except ValueError:
        start_cap = 30
    cap = c2.slider("每个节点最多显示", 5, 300, start_cap, step=5, key="graph_cap")
    c3, c4, c5 = st.columns(3)
    use_dates = c3.toggle("按日期筛选", key="graph_use_dates")
    since = c4.date_input("自", dt.date(2020, 1, 1), key="graph_since", disabled=not use_dates)
    until = c5.date_input("至", dt.date.today(), key="graph_until", disabled=not use_dates)
    dated_only = st.checkbox("只显示有日期的关系", key="graph_dated_only", disabled=not use_dates)
    c6, c7, c8 = st.columns(3)
    depth = c6.radio("范围", [1, 2], format_func=lambda d: "一度关系" if d == 1 else "二度关系", horizontal=True, key="graph_depth")
    layout = c7.radio("布局", ["force", "clusters"], format_func=lambda x: "力导向" if x == "force" else "按团伙分开",
                      horizontal=True, key="graph_layout", help="按团伙分开：互相关联紧密的一组（如共用电话、共同投标的企业）与其他节点分开")
    grouping = c8.toggle("同类关联多时合并为一个节点", value=st.query_params.get("group", "1") != "0", key="graph_grouping")
    st.caption("筛选不会丢失已展开、固定和隐藏的节点。")

window_since, window_until = (since, until) if use_dates else (None, None)
params = {"types": types, "cap": cap, "depth": depth, "expanded": expanded, "opened": opened, "hidden": hidden,
          "since": window_since, "until": window_until, "dated_only": dated_only and use_dates}
try:
    net = ego_network(graph(), viewer, center, expanded=expanded, depth=depth, types=types or None, cap=cap,
                      since=window_since, until=window_until, dated_only=dated_only and use_dates,
                      opened=opened, hidden=hidden, group_min=6 if grouping else None)
except Exception as e:  # noqa: BLE001
    fail(e)
    st.stop()
revealed = load_policy(graph()).revealed(viewer, net.nodes)  # unmask: the protected persons shown, audited
audit("view_graph", center, {**params, "revealed": revealed} if revealed else params)

centre_view = net.nodes[center]
st.subheader(md(f"{centre_view.caption}（{label_zh(centre_view.label)}）"))
st.caption(f"显示 {len(net.nodes)} 个节点、{len(net.edges)} 条关系" + (f"，{len(net.groups)} 组合并节点" if net.groups else "")
           + ("；已达节点上限，部分未显示" if net.truncated else "") + "。点击节点展开并在右侧查看；右键只查看；点击分组节点（如“6 个企业”）展开该组。")

selected = st.session_state.setdefault("graph_selected", {}).get(center)
col_graph, col_side = st.columns([5, 1.3])
with col_graph:
    page = viz.network_html(net, height=HEIGHT, interactive=True, positions=positions, pinned=set(pinned),
                            selected=selected, layout=layout)
    clicked = graph_view(page, height=HEIGHT, key=f"graph_view_{center}")

# a click (once per click: the value carries a sequence number)
if clicked and clicked.get("n") != st.session_state.get("graph_last_click"):
    st.session_state["graph_last_click"] = clicked.get("n")
    for node_id, xy in (clicked.get("positions") or {}).items():
        if isinstance(xy, dict) and "x" in xy and "y" in xy:
            positions[str(node_id)] = (float(xy["x"]), float(xy["y"]))
    target = str(clicked.get("id") or "")
    if target.startswith(GROUP_PREFIX) and target in net.groups:
        opened.append(target)
        audit("expand_node", net.groups[target].owner, {"center": center, "group": net.groups[target].caption}, once=False)
        st.rerun()
    elif target.startswith(viz.MORE_PREFIX):
        st.session_state["graph_selected"][center] = target[len(viz.MORE_PREFIX):]
        st.rerun()
    elif target in net.nodes:
        st.session_state["graph_selected"][center] = target
        if clicked.get("action") == "click" and target not in net.expanded and not net.nodes[target].masked:
            expanded.append(target)
            audit("expand_node", target, {"center": center}, once=False)
        st.rerun()

with col_side:
    sel = net.nodes.get(selected or "")
    if sel is None:
        st.caption("点击图中的节点，在这里查看它的档案。")
    else:
        st.markdown(f"**{md(sel.caption)}**")
        st.caption(md(label_zh(sel.label) + (f"，枢纽：{net.hubs[sel.id]} 个关联" if sel.id in net.hubs else "")))
        if not sel.masked:
            shown = 0
            for k, v in sel.props.items():
                if k in ("id", "sources", "synthetic", "text", "act", "name") or v in (None, "", []):
                    continue
                st.write(md(f"{PROP_ZH.get(k, k)}：{value_text(v)[:60]}"))
                shown += 1
                if shown >= 8:
                    break
            st.page_link(PAGES["profile"], label="打开实体档案", query_params={"id": sel.id})
        b1, b2 = st.columns(2)
        if sel.id != center:
            if sel.id in net.expanded:
                if b1.button("收起", key="graph_collapse"):
                    expanded[:] = [e for e in expanded if e != sel.id]
                    st.rerun()
            elif not sel.masked and b1.button("展开", key="graph_expand_sel"):
                expanded.append(sel.id)
                audit("expand_node", sel.id, {"center": center}, once=False)
                st.rerun()
            if b2.button("隐藏", key="graph_hide"):
                hidden.append(sel.id)
                st.session_state["graph_selected"][center] = None
                st.rerun()
        if sel.id in pinned:
            if st.button("取消固定", key="graph_unpin"):
                pinned.remove(sel.id)
                st.rerun()
        elif st.button("固定位置", key="graph_pin", help="固定在当前位置，展开其他节点时不再移动"):
            pinned.append(sel.id)
            st.rerun()
        if sel.id != center and not sel.masked:
            st.page_link(PAGES["graph"], label="以此为中心", query_params={"id": sel.id})
            from app.views.alerts_panel import subscribe_button

            subscribe_button(viewer, "node", sel.id, f"{sel.caption}（{label_zh(sel.label)}）", key=f"graph_alert_{sel.id}")

if net.more:
    more = [(net.nodes[n].caption, k) for n, k in net.more.items() if n in net.nodes]
    st.caption(md("未显示的关联：" + "；".join(f"{name} 还有 {k} 个" for name, k in more) + "（可提高“每个节点最多显示”或按类型筛选）"))

c_hidden, c_reset, c_csv = st.columns([3, 1, 1.5])
if hidden:
    c_hidden.caption(f"已隐藏 {len(hidden)} 个节点")
    if c_hidden.button("全部显示", key="graph_unhide"):
        hidden.clear()
        st.rerun()
if c_reset.button("重置视图", key="graph_reset"):
    for lst in (expanded, opened, hidden, pinned):
        lst.clear()
    positions.clear()
    st.rerun()
if viewer.can("export"):
    export_button(c_csv, "导出节点列表（CSV）", lambda: view_csv(net), file_name="关系图谱节点.csv", mime="text/csv",
                  action="export_csv", target=center, rows=len(net.nodes) + len(net.groups), key="graph_csv")

with st.expander("展开节点（列表选择）"):
    col_pick, col_go = st.columns([5, 1])
    candidates = [n for n in net.nodes if n not in net.expanded and not net.nodes[n].masked]
    offers = chooser_labels(graph(), viewer, {n: net.nodes[n] for n in candidates})  # namesakes told apart
    to_expand = col_pick.selectbox("展开节点", candidates, format_func=lambda n: offers[n],
                                   index=None, placeholder="选择要展开的节点", key=f"graph_expand_pick_{center}")
    if col_go.button("展开", key="graph_expand", disabled=to_expand is None) and to_expand is not None:
        expanded.append(to_expand)
        audit("expand_node", to_expand, {"center": center}, once=False)
        st.rerun()

with st.expander("节点列表"):
    for node_id, view in net.nodes.items():
        if view.masked:
            st.write(md(f"{view.caption}（{label_zh(view.label)}）"))
        else:
            st.page_link(PAGES["profile"], label=md(f"{view.caption}（{label_zh(view.label)}）"), query_params={"id": node_id})
    for grp in net.groups.values():
        st.write(md(f"{grp.caption}（{rel_zh(grp.type)}，未展开）"))
