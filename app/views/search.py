"""搜索: names (partial, aliases), credit codes, document numbers — one box."""

from __future__ import annotations

import streamlit as st

from app.services.nodes import LABEL_ZH, PROP_ZH
from app.services.search import SEARCH_FIELDS, search
from app.views.common import PAGES, audit, fail, graph, guard, md

viewer = guard("search")
st.title("搜索")

text = st.text_input("名称、简称、统一社会信用代码、文号或编号", value=st.query_params.get("q", ""), key="search_q",
                     placeholder="例如：鑫达、县财政局、91510683MA62Q1XX7A、竹财采[2021]519号")
labels = st.multiselect("类别", list(SEARCH_FIELDS), format_func=lambda l: LABEL_ZH.get(l, l), key="search_labels",
                        placeholder="全部类别")

if text.strip():
    try:
        hits = search(graph(), viewer, text, labels=labels or None)
    except Exception as e:  # noqa: BLE001 - shown to the user
        fail(e)
        st.stop()
    audit("search", text, {"labels": labels})
    st.caption(f"找到 {len(hits)} 条" + ("（最多显示50条）" if len(hits) >= 50 else ""))
    from graph.choosers import details  # what tells namesakes apart: agency and post, company, code, region

    detail = details(graph(), [h.node.id for h in hits if not h.node.masked])
    for h in hits:
        col_name, col_kind, col_match, col_go = st.columns([5, 1.2, 4, 2.5])
        with col_name:
            st.page_link(PAGES["profile"], label=md(h.node.caption), query_params={"id": h.node.id})
        col_kind.write(md(h.node.label_zh))
        if h.node.id in detail:
            col_kind.caption(md(detail[h.node.id]))
        col_match.caption(md(f"{PROP_ZH.get(h.field, h.field)}：{h.value}") if h.field else "")
        with col_go:
            if viewer.can("graph"):
                st.page_link(PAGES["graph"], label="关系图谱", query_params={"id": h.node.id})
else:
    st.caption("输入至少一个字。文号的括号写法不限：〔〕 [] 【】 () 均可。")
