"""机构工作台: threads held, overdue, due soon, incoming and outgoing referrals of one agency."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.services import zh
from app.services.desk import agencies, desk
from app.services.threads import default_as_of
from app.views.common import PAGES, audit, fail, graph, guard, md

viewer = guard("desk")
st.title("机构工作台")

agency_id = viewer.agency_id
if viewer.can("all_confidential"):
    rows = agencies(graph())
    names = {r["id"]: f"{r['name']}（{r['region']}）" for r in rows}
    ids = list(names)
    agency_id = st.selectbox("机构", ids, index=ids.index(viewer.agency_id) if viewer.agency_id in ids else 0,
                             format_func=lambda i: names[i], key="desk_agency", placeholder="选择机构") if ids else viewer.agency_id

as_of = st.date_input("截至日期（按此日判断期限）", value=default_as_of(graph()), key="desk_as_of", format="YYYY-MM-DD")
try:
    d = desk(graph(), viewer, agency_id, today=as_of)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    st.stop()
audit("view_desk", agency_id)

st.header(md(d.agency.caption))
from app.views.alerts_panel import show_alerts  # noqa: E402 - 订阅提醒: what is new since the last visit

show_alerts(viewer, today=as_of, agency_id=agency_id, agency_name=d.agency.caption)
m = st.columns(5)
m[0].metric("持有线索/案件", len(d.held))
m[1].metric("超期", len(d.overdue))
m[2].metric("即将到期", len(d.due_soon))
m[3].metric("收到移送/协查", len(d.incoming))
m[4].metric("发出移送/协查", len(d.outgoing))


def deadline_table(rows, key: str) -> None:
    if not rows:
        st.caption("无")
        return
    st.dataframe(pd.DataFrame([{"函件/编号": r.subject, "期限": r.due, "超期(工作日)": r.overdue_by or "",
                                "剩余(工作日)": "" if r.working_days_left is None else r.working_days_left,
                                "对方": r.counterpart or "", "起算": r.trigger_date, "依据": r.clause,
                                "事项": r.rule_zh, "预警": f"自{r.warn_on}预警（002 十）" if r.warning else "",
                                "说明": r.note} for r in rows]), hide_index=True, width="stretch", key=key)
    for r in rows:
        if r.thread_id and r.thread_id.startswith(("clue:", "case:")):
            st.page_link(icon=":material/timeline:", page=PAGES["threads"], label=md(f"{r.subject}：{r.rule_zh}"), query_params={"id": r.thread_id})


def letters_table(rows, other: str, key: str) -> None:
    if not rows:
        st.caption("无")
        return
    st.dataframe(pd.DataFrame([{"文号": l.node.caption, "类别": l.node.label_zh, other: l.other, "日期": l.sent,
                                "方式": zh.status(l.node.props["status"]) if l.node.props.get("status")
                                else zh.referral_kind(l.node.props.get("kind") or "")} for l in rows]),
                 hide_index=True, width="stretch", key=key)
    for l in rows:
        if l.thread:
            st.page_link(icon=":material/timeline:", page=PAGES["threads"], label=md(f"{l.node.caption} 所涉线索"), query_params={"id": l.thread})


t_over, t_soon, t_warn, t_bids, t_held, t_in, t_out, t_place = st.tabs(
    ["超期", "即将到期", f"超期预警（{len(d.warnings)}）", f"重点对象投标（{len(d.listed_bids)}）", "持有", "收到", "发出",
     f"待归并文书（{len(d.to_place)}）"])
with t_over:
    deadline_table(d.overdue, "desk_overdue")
with t_soon:
    deadline_table(d.due_soon, "desk_soon")
with t_warn:
    st.caption("投诉处理等关键环节截止前的预警（002 十：在关键环节截止时间前进行预警）；预警窗口由期限规则规定。")
    deadline_table(d.warnings, "desk_warn")
with t_bids:
    st.caption("近30日重点关注对象（002 十一）与失信黑名单在惩戒期内（002 十六）的主体的新投标；移出名单后的投标不再列出。")
    if d.listed_bids:
        st.dataframe(pd.DataFrame([{"投标日": b.day, "名单": b.list_name, "名单主体": b.party, "投标企业": b.company,
                                    "项目编号": b.project_no, "项目": b.project or "", "列入理由": b.reason or ""}
                                   for b in d.listed_bids]), hide_index=True, width="stretch", key="desk_bids")
    else:
        st.caption("无")
with t_held:
    if d.held:
        st.dataframe(pd.DataFrame([{"线索/案件": s.node.caption, "摘要": s.node.props.get("summary") or s.node.props.get("title") or "",
                                    "持有自": s.since, "超期事项": s.overdue} for s in d.held]),
                     hide_index=True, width="stretch", key="desk_held")
    else:
        st.caption("无")
with t_in:
    letters_table(d.incoming, "来自", "desk_in")
with t_out:
    letters_table(d.outgoing, "送往", "desk_out")
with t_place:
    if not d.to_place:
        st.caption("无：所有文书都已归入线索。")
    for n in d.to_place:
        reasons = "；".join(n.props.get("review") or [])
        st.warning(icon=":material/help:", body=md(f"{n.caption}：{reasons}；可能属于：{'、'.join(n.props.get('candidates') or [])}"))
        st.page_link(icon=":material/timeline:", page=PAGES["threads"], label=md(f"{n.caption} 线索追踪"), query_params={"id": n.id})
    if d.to_place:
        st.caption("归并由管理员用文书归并命令完成（指明该文书和同一线索中的另一份文书）。")
