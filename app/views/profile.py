"""实体档案: properties, the letters it came from (mention highlighted), relationships, timeline."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.services import zh
from app.services.nodes import PROP_ZH, label_zh, rel_zh
from app.services.profile import highlight_spans, profile
from app.views.common import (
    PAGES,
    SNIPPET_CSS,
    audit,
    fail,
    focus,
    graph,
    guard,
    highlighted,
    html_text,
    md,
    value_text,
)

viewer = guard("view")
st.markdown(SNIPPET_CSS, unsafe_allow_html=True)
st.title("实体档案")

node_id = focus("查找实体", "profile_pick")
if not node_id:
    st.caption("从搜索结果进入，或在上面查找一个实体。")
    st.stop()

try:
    p = profile(graph(), viewer, node_id)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    st.stop()
audit("view_profile", node_id, {"revealed": p.revealed} if p.revealed else None)  # unmask: who was shown
node = p.node

st.header(md(node.caption))
st.caption(md(label_zh(node.label)))
links = st.columns(4)
if viewer.can("graph"):
    links[0].page_link(icon=":material/hub:", page=PAGES["graph"], label="关系图谱", query_params={"id": node.id})
if viewer.can("paths"):
    links[1].page_link(icon=":material/route:", page=PAGES["paths"], label="以此为起点查找路径", query_params={"id": node.id})
if node.label in ("Clue", "Case") and viewer.can("threads"):
    links[2].page_link(icon=":material/timeline:", page=PAGES["threads"], label="线索追踪", query_params={"id": node.id})

if node.masked:
    st.info("该人员为投诉人或举报人，身份依规保密（002 九；003 第二十四条）。")
    st.stop()

left, right = st.columns([3, 2])
with left:
    st.subheader("基本信息")
    st.dataframe(pd.DataFrame([{"属性": zh, "值": value_text(v)} for _, zh, v in p.properties]),
                 hide_index=True, width="stretch")
with right:
    st.subheader("关系概况")
    st.dataframe(pd.DataFrame([{"关系": rel_zh(t), "数量": n} for t, n in p.type_counts.items()]),
                 hide_index=True, width="stretch")
    if p.sources:
        st.caption(md("数据来源：" + "；".join(zh.source(x) for x in p.sources)))

tabs = st.tabs([f"文书出处（{len(p.mentions)}）", f"关系（{p.relation_total}）", f"时间线（{len(p.timeline)}）"]
               + (["文书全文"] if p.document_text is not None else []))
with tabs[0]:
    if not p.mentions:
        st.caption("没有文书提及该实体。")
    for m in p.mentions:
        st.page_link(icon=":material/description:", page=PAGES["profile"], label=md(f"{m.doc_no or m.title}　{m.title}　{m.date or ''}　{m.issuer}"),
                     query_params={"id": m.doc_id})
        st.markdown(highlighted(m.before, m.mention, m.after), unsafe_allow_html=True)
    if p.evidence:
        st.caption(md("依据文书：" + "；".join(e.caption for e in p.evidence)))
with tabs[1]:
    rows = [{
        "关系": rel_zh(nb.edge.type),
        "方向": "→" if nb.outgoing else "←",
        "对方": nb.node.caption,
        "类别": label_zh(nb.node.label),
        "日期": nb.edge.date,
        "属性": "；".join(f"{PROP_ZH.get(k, k)}: {value_text(v)}" for k, v in nb.edge.props.items() if k not in ("id", "source", "synthetic")),
        "来源": zh.source(nb.edge.props.get("source", "")),
        "id": nb.node.id,
    } for nb in p.relations]
    if rows:
        picked = st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key="profile_rel_table", column_order=[c for c in rows[0] if c != "id"])
        sel = picked.selection.rows if picked else []
        if sel:
            target = rows[sel[0]]
            st.page_link(PAGES["profile"], label=md(f"打开：{target['对方']}"), query_params={"id": str(target["id"])})
        if p.relation_total > len(rows):
            st.caption(f"还有 {p.relation_total - len(rows)} 个关系未列出，请在关系图谱中按类型筛选查看。")
    else:
        st.caption("没有可见的关系。")
with tabs[2]:
    if p.timeline:
        st.dataframe(pd.DataFrame([{"日期": i.date, "事项": i.what, "来源": zh.source(i.source)} for i in p.timeline]),
                     hide_index=True, width="stretch")
    else:
        st.caption("没有带日期的记录。")
if p.document_text is not None:
    with tabs[3]:
        spans = [(m["start"], m["end"]) for m in p.document_mentions]
        body = "".join(f"<mark>{html_text(t)}</mark>" if hit else html_text(t)
                       for t, hit in highlight_spans(p.document_text, spans))
        st.markdown(f'<div class="ld-doc">{body}</div>', unsafe_allow_html=True)
        for dm in p.document_mentions:
            if dm.get("target"):
                st.page_link(PAGES["profile"], label=md(f"{dm['text']}（{dm.get('label') or ''}）"), query_params={"id": dm["target"]})
