"""搜索: letters (their text), names (partial, aliases, 繁体 or 简体), credit codes, document numbers — one box."""

from __future__ import annotations

import streamlit as st

from app.services.access import load_policy
from app.services.nodes import LABEL_ZH, PROP_ZH
from app.services.search import KIND_ZH, LABELS, search
from app.views.common import PAGES, audit, fail, graph, guard, html_text, md

viewer = guard("search")
st.title("搜索")

text = st.text_input("文书内容、名称、简称、统一社会信用代码、文号或编号", value=st.query_params.get("q", ""), key="search_q",
                     placeholder="例如：实际控制、鑫达、县财政局、91510683MA62Q1XX7A、竹财采[2021]519号")
labels = st.multiselect("类别", LABELS, format_func=lambda l: LABEL_ZH.get(l, l), key="search_labels",
                        placeholder="全部类别")

if text.strip():
    try:
        hits = search(graph(), viewer, text, labels=labels or None)
    except Exception as e:  # noqa: BLE001 - shown to the user
        fail(e)
        st.stop()
    revealed = load_policy(graph()).revealed(viewer, [h.node.id for h in hits], [h.value for h in hits])
    audit("search", text, {"labels": labels, **({"revealed": revealed} if revealed else {})})  # unmask: who was shown
    st.caption(f"找到 {len(hits)} 条" + ("（最多显示50条）" if len(hits) >= 50 else "") + "，按匹配程度排列；繁体、简体均可")
    from app.services.identities import (
        distinguishing_details,  # what tells namesakes apart: agency and post, company, code, region
    )

    detail = distinguishing_details(graph(), viewer, [h.node.id for h in hits if not h.node.masked])
    for i, h in enumerate(hits):
        col_name, col_kind, col_match, col_go = st.columns([3.2, 1, 5.5, 2.6])
        with col_name:
            st.page_link(PAGES["profile"], label=md(h.node.caption), query_params={"id": h.node.id})
        col_kind.write(md(h.node.label_zh))
        if h.node.id in detail:
            col_kind.caption(md(detail[h.node.id]))
        with col_match:
            where = KIND_ZH.get(h.kind, "") if h.kind in ("text", "title") else PROP_ZH.get(h.field, KIND_ZH.get(h.kind, ""))
            count = f"（{h.occurrences} 处）" if h.kind == "text" and h.occurrences > 1 else ""
            # the snippet is data: every character escaped; the only markup is our own <mark>
            st.markdown(
                f'<div class="ld-snippet" data-hit="{i}"><span style="color:#6b7280">{html_text(where)}{html_text(count)}：</span>'
                f"{html_text(h.snippet.before)}<mark>{html_text(h.snippet.match)}</mark>{html_text(h.snippet.after)}</div>",
                unsafe_allow_html=True,
            )
        with col_go:
            for t in h.threads[:3]:
                st.page_link(PAGES["threads"], label=md(f"线索 {t.caption}"), query_params={"id": t.id})
            if viewer.can("graph") and not h.node.masked:
                st.page_link(PAGES["graph"], label="关系图谱", query_params={"id": h.node.id})
else:
    st.caption("输入至少一个字：可搜索文书正文中的词句（如“实际控制”）、名称、编号。繁体、简体均可；文号的括号写法不限：〔〕 [] 【】 () 均可。")
