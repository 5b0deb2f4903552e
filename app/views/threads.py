"""线索追踪: a clue's or case's custody path as a timeline, its deadlines and overdue flags."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.services import zh
from app.services.threads import default_as_of, list_threads, thread_view
from app.views.common import PAGES, audit, fail, graph, guard, md, param_id

viewer = guard("threads")
st.title("线索追踪")

current = param_id()
text = st.text_input("筛选线索或案件（编号、摘要）", key="threads_q")
try:
    options = list_threads(graph(), viewer, text)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    st.stop()
if text.strip():
    audit("search", text, {"from": "threads"})
ids = [v.id for v, _ in options]
labels = {v.id: f"{v.caption}　{v.props.get('summary') or v.props.get('title') or ''}　（{holder or '无持有机构'}）" for v, holder in options}
if current and current not in labels:
    ids.insert(0, current)
    labels[current] = current
choice = st.selectbox("线索/案件", ids, index=ids.index(current) if current in ids else None, format_func=lambda i: labels[i],
                      placeholder="选择一条线索或案件", key="threads_pick")
if not choice:
    st.caption(f"共 {len(options)} 条可见的线索和案件。")
    st.stop()

as_of = st.date_input("截至日期（按此日判断期限）", value=default_as_of(graph()), key="threads_as_of", format="YYYY-MM-DD")
try:
    tv = thread_view(graph(), viewer, choice, today=as_of)
except Exception as e:  # noqa: BLE001
    fail(e)
    st.stop()
audit("view_thread", choice)

st.header(md(tv.node.caption))
st.caption(md(tv.node.props.get("summary") or tv.node.props.get("title") or ""))
m1, m2, m3, m4 = st.columns(4)
m1.metric("当前持有机构", tv.holder_name or "—")
m2.metric("持有自", str(tv.since or "—"))
m3.metric("超期事项", len(tv.overdue))
m4.metric("即将到期", len(tv.due_soon))
if not tv.consistent:
    st.warning("持有关系与流转记录不一致，请核对（HOLDS 与最后一次移送/退回/转送不符）。")
for d in tv.overdue:
    st.error(icon=":material/warning:", body=md(f"超期 {d.overdue_by} 个工作日：{d.agency_name} — {d.rule_zh}（{d.subject}，应于 {d.due} 前，{d.clause}）"))
for d in tv.due_soon:
    st.warning(icon=":material/schedule:", body=md(f"还剩 {d.working_days_left} 个工作日：{d.agency_name} — {d.rule_zh}（{d.subject}，{d.due} 到期）"))

st.subheader("流转时间线")
for h in tv.hops:
    arrow = f"{h.from_name} → {h.to_name}" if h.from_id else h.to_name
    extra = (f"　文号 {h.doc_no}" if h.doc_no else "") + (f"　理由：{h.reason}" if h.reason else "")
    st.markdown(f"**{md(h.date)}**　{md(h.kind_zh)}　{md(arrow)}{md(extra)}")

for pending in tv.review:
    st.warning(icon=":material/help:", body=md(f"待人工归并：{pending}"))

tab_letters, tab_dead, tab_events, tab_refs = st.tabs(["文书", "期限", "全部事件", "移送函件"])
with tab_letters:
    if tv.letters:
        st.dataframe(pd.DataFrame([{"日期": x.date or "", "文书作用": x.act_zh, "文号": x.doc_no or "", "发文机关": x.issuer or "",
                                    "标题": x.title or "", "文件": x.file} for x in tv.letters]), hide_index=True, width="stretch")
        for x in tv.letters:
            st.page_link(icon=":material/description:", page=PAGES["profile"], label=md(x.doc_no or x.file), query_params={"id": x.doc_id})
    else:
        st.caption("这条线索没有导入的文书。")
with tab_dead:
    rows = [{"状态": d.state_zh, "事项": d.rule_zh, "责任机构": tv.names.get(d.responsible, d.responsible),
             "起算依据": d.trigger_kind.removeprefix("letter ") if d.trigger_kind.startswith("letter ") else "",
             "起算": d.trigger_date, "期限": d.due or "及时", "完成": d.completed_on or "",
             "超期(工作日)": d.overdue_by or "", "剩余(工作日)": "" if d.working_days_left is None else d.working_days_left,
             "依据": d.clause} for d in tv.deadlines]
    if rows:
        def colour(row: pd.Series) -> list[str]:
            bg = {"超期": "background-color:#fdecea", "即将到期": "background-color:#fff4e5"}.get(row["状态"], "")
            return [bg] * len(row)

        st.dataframe(pd.DataFrame(rows).style.apply(colour, axis=1), hide_index=True, width="stretch")
    else:
        st.caption("没有触发期限的事件。")
with tab_events:
    st.dataframe(pd.DataFrame([{"日期": e.date, "事件": e.kind_zh, "办理机构": e.by, "对方": e.to, "文号": e.doc_no or "",
                                "理由": e.reason or "", "移送函": "、".join(e.referral_doc_nos)} for e in tv.events]),
                 hide_index=True, width="stretch")
with tab_refs:
    st.dataframe(pd.DataFrame([{"文号": r.doc_no, "移送机关": tv.names.get(r.from_agency, r.from_agency),
                                "接收机关": tv.names.get(r.to_agency, r.to_agency), "方式": zh.referral_kind(r.kind), "日期": r.sent,
                                "材料": "、".join(r.materials)} for r in tv.referrals]), hide_index=True, width="stretch")
    for r in tv.referrals:
        if r.doc_id:
            st.page_link(icon=":material/description:", page=PAGES["profile"], label=md(r.doc_no), query_params={"id": r.doc_id})
if viewer.can("graph"):
    st.page_link(icon=":material/hub:", page=PAGES["graph"], label="在关系图谱中查看", query_params={"id": tv.node.id})
