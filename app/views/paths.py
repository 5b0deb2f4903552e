"""路径查找: interest chains between two entities, each step with its source, and who holds the thread."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import viz
from app.services.network import Edge, EgoNetwork
from app.services.nodes import label_zh, rel_zh
from app.services.paths import MAX_HOPS, PRESET_ZH, PathResult, find_paths
from app.views.common import (
    PAGES,
    audit,
    entity_picker,
    fail,
    graph,
    guard,
    md,
    param_id,
    show_network,
)

viewer = guard("paths")
st.title("路径查找")
st.caption("例如：公职人员 → 配偶 → 企业股东 → 企业 → 中标该机构的项目；或几家“竞争”投标人共用电话、地址、IP。")

c1, c2 = st.columns(2)
with c1:
    start = entity_picker("起点", "paths_a", default_id=param_id())
with c2:
    end = entity_picker("终点", "paths_b")

c3, c4, c5 = st.columns([3, 2, 2])
preset = c3.radio("关系范围", list(PRESET_ZH), format_func=PRESET_ZH.get, key="paths_preset")
mode = c4.radio("方式", ["shortest", "all"], format_func=lambda m: "最短路径" if m == "shortest" else "所有路径（较慢）", key="paths_mode")
hops = c5.slider("最多几步", 1, MAX_HOPS, 6 if mode == "shortest" else 4, key="paths_hops")

if not (start and end):
    st.caption("选择起点和终点后查找。")
    st.stop()
if not st.button("查找路径", type="primary", key="paths_go") and st.session_state.get("paths_last") != (start, end, preset, mode, hops):
    st.stop()
st.session_state["paths_last"] = (start, end, preset, mode, hops)

try:
    result: PathResult = find_paths(graph(), viewer, start, end, preset=preset, hops=hops, mode=mode)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    st.stop()
audit("find_paths", f"{start} → {end}", {"preset": preset, "mode": mode, "hops": hops, "found": len(result.paths)})

st.subheader(md(f"{result.start.caption} → {result.end.caption}：{len(result.paths)} 条路径"))
if not result.paths:
    st.info("在所选关系范围和步数内没有找到路径（不可见的非公开事项不参与查找）。")
    st.stop()

net = EgoNetwork(result.start.id)
for i, path in enumerate(result.paths, start=1):
    for n in path.nodes:
        net.nodes.setdefault(n.id, n)
    for s in path.steps:
        a, b = (s.start.id, s.end.id) if s.forward else (s.end.id, s.start.id)
        rid = str(s.props.get("id") or f"{a}-{s.type}-{b}")
        net.edges.setdefault(rid, Edge(rid, a, b, s.type, s.props))
    chain = "".join(
        (f" —{rel_zh(s.type)}→ " if s.forward else f" ←{rel_zh(s.type)}— ") + s.end.caption for s in path.steps
    )
    with st.expander(md(f"路径 {i}（{path.length} 步）：{path.nodes[0].caption}{chain}"), expanded=i <= 3):
        rows = [{
            "步骤": k,
            "从": s.start.caption,
            "关系": rel_zh(s.type) + ("" if s.forward else "（反向）"),
            "到": s.end.caption,
            "属性": "；".join(f"{key}: {v}" for key, v in s.props.items() if key not in ("id", "source", "synthetic")),
            "来源": s.source_doc or s.source,
        } for k, s in enumerate(path.steps, start=1)]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        for s in path.steps:
            if s.source_doc:
                st.page_link(icon=":material/description:", page=PAGES["profile"], label=md(f"来源文书：{s.source_doc}"), query_params={"id": s.source})

st.subheader("路径图")
show_network(viz.network_html(net, height=480), height=480)

st.subheader("相关线索及当前持有机构")
seen: set[str] = set()
thread_rows: list[dict[str, str]] = []
for t in result.threads:
    if t.node.id in seen:
        continue
    seen.add(t.node.id)
    about = net.nodes.get(t.about)
    thread_rows.append({"线索/案件": t.node.caption, "类别": label_zh(t.node.label),
                 "涉及": about.caption if about else t.about,
                 "当前持有机构": "、".join(h["name"] for h in t.holders) or "—", "id": t.node.id})
if thread_rows:
    for r in thread_rows:
        text = f"{r['线索/案件']}（{r['类别']}，涉及 {r['涉及']}）— 当前持有：{r['当前持有机构']}"
        if r["id"].startswith(("clue:", "case:")) and viewer.can("threads"):
            st.page_link(PAGES["threads"], label=md(text), icon=":material/timeline:", query_params={"id": r["id"]})
        else:
            st.page_link(PAGES["profile"], label=md(text), icon=":material/description:", query_params={"id": r["id"]})
else:
    st.caption("路径上的实体没有可见的线索、案件或投诉。")
