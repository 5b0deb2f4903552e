"""关系图谱: the ego network of an entity — expand nodes, filter by relationship type and date."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from app import viz
from app.services.network import ego_network, type_counts
from app.services.nodes import label_zh, rel_zh
from app.views.common import PAGES, audit, fail, focus, graph, guard, md, show_network

viewer = guard("graph")
st.title("关系图谱")

center = focus("中心实体", "graph_pick")
if not center:
    st.caption("从搜索或实体档案进入，或在上面查找一个实体。")
    st.stop()

expanded_all: dict[str, list[str]] = st.session_state.setdefault("graph_expanded", {})
expanded = expanded_all.setdefault(center, [])

try:
    counts = type_counts(graph(), viewer, center)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    st.stop()

with st.expander("筛选", expanded=False):
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
    depth = st.radio("范围", [1, 2], format_func=lambda d: "一度关系" if d == 1 else "二度关系", horizontal=True, key="graph_depth")

params = {"types": types, "cap": cap, "depth": depth, "expanded": expanded,
          "since": since if use_dates else None, "until": until if use_dates else None, "dated_only": dated_only and use_dates}
try:
    net = ego_network(graph(), viewer, center, expanded=expanded, depth=depth, types=types or None, cap=cap,
                      since=params["since"], until=params["until"], dated_only=params["dated_only"])
except Exception as e:  # noqa: BLE001
    fail(e)
    st.stop()
audit("view_graph", center, params)

centre_view = net.nodes[center]
st.subheader(md(f"{centre_view.caption}（{label_zh(centre_view.label)}）"))
st.caption(f"显示 {len(net.nodes)} 个节点、{len(net.edges)} 条关系" + ("；已达节点上限，部分未显示" if net.truncated else ""))

col_pick, col_go, col_reset = st.columns([5, 1, 1])
candidates = [n for n in net.nodes if n not in net.expanded and not net.nodes[n].masked]
to_expand = col_pick.selectbox("展开节点", candidates, format_func=lambda n: f"{net.nodes[n].caption}（{label_zh(net.nodes[n].label)}）",
                               index=None, placeholder="选择要展开的节点", key=f"graph_expand_pick_{center}")
if col_go.button("展开", key="graph_expand", disabled=to_expand is None):
    expanded.append(to_expand)
    audit("expand_node", to_expand, {"center": center}, once=False)
    st.rerun()
if col_reset.button("重置", key="graph_reset"):
    expanded.clear()
    st.rerun()

show_network(viz.network_html(net, height=640), height=640)

more = [(net.nodes[n].caption, k) for n, k in net.more.items() if n in net.nodes]
if more:
    st.caption(md("未显示的关联：" + "；".join(f"{name} 还有 {k} 个" for name, k in more) + "（可提高“每个节点最多显示”或按类型筛选）"))

with st.expander("节点列表"):
    for node_id, view in net.nodes.items():
        if view.masked:
            st.write(md(f"{view.caption}（{label_zh(view.label)}）"))
        else:
            st.page_link(PAGES["profile"], label=md(f"{view.caption}（{label_zh(view.label)}）"), query_params={"id": node_id})
