"""联动机制: joint meetings, double-random draws, blacklists and watch lists (issue 13). Thin over
app/services/mechanisms.py; the commands that record them are `liandong meeting|inspect|blacklist|watchlist`."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.services import zh
from app.services.access import load_policy
from app.services.mechanisms import (
    blacklist_bid_rows,
    blacklist_rows,
    complaint_rows,
    decision_rows,
    draw_rows,
    inspection_rows,
    meeting_rows,
    tracked_rows,
    watch_rows,
)
from app.services.nodes import caption, fetch_nodes, label_of
from app.services.threads import default_as_of
from app.views.common import audit, fail, graph, guard, md

viewer = guard("desk")
st.title("联动机制")
today = st.date_input("截至日期", value=default_as_of(graph()), key="mech_today", format="YYYY-MM-DD")
audit("view_mechanisms")


def table(rows, key: str, drop: tuple[str, ...] = ()) -> None:
    if not rows:
        st.caption("无")
        return
    st.dataframe(pd.DataFrame([{k: v for k, v in r.items() if k not in drop} for r in rows]), hide_index=True,
                 width="stretch", key=key)


try:
    policy = load_policy(graph())
    t_meet, t_draw, t_black, t_watch, t_compl = st.tabs(["联席会议", "双随机抽查", "失信黑名单与处罚", "重点关注名单", "投诉期限"])
    with t_meet:
        st.caption("牵头单位按种子文件的频次召开联席会议（000 三(一) 每年；002 一(一) 每半年）；议定事项跟踪至办结（001 二(一)）。")
        mechs = meeting_rows(graph(), today)
        table(mechs, "mech_meetings", drop=("id", "meetings"))
        held = [(m["id"], f"{r['机制']} {m['date']}") for r in mechs for m in r["meetings"]]
        if held:
            held_names = dict(held)
            choice = st.selectbox("会议", list(held_names), format_func=lambda i: held_names[i], key="mech_meeting",
                                  placeholder="选择会议")
            head, decisions = decision_rows(graph(), choice, today)
            st.subheader("会议情况")
            for k, v in head.items():
                if v:
                    st.markdown(f"**{k}**：{md(v)}")
            st.subheader("议定事项")
            table(decisions, "mech_decisions")
    with t_draw:
        st.caption("“双随机、一公开”：按风险和信用加权抽取检查对象，随机匹配检查人员并回避利害关系；"
                   "抽取前公布种子的承诺值，抽取后公开种子，任何人可复核；抽查完成后5个工作日内公示结果（002 七）。")
        # the commitment is a SHA-256: its first characters tell draws apart on a screen (the CLI shows it whole)
        insp = [{**r, "承诺值(sha256)": zh.short_hash(r.get("承诺值(sha256)"), 12)} for r in inspection_rows(graph(), today)]
        insp = [{("承诺值摘要" if k == "承诺值(sha256)" else k): v for k, v in r.items()} for r in insp]
        table(insp, "mech_inspections", drop=("id",))
        drawn = [(r["id"], r["名称"]) for r in insp if r["种子"] != "（未公开）"]
        if drawn:
            drawn_names = dict(drawn)
            choice = st.selectbox("抽取结果", list(drawn_names), format_func=lambda i: drawn_names[i], key="mech_draw",
                                  placeholder="选择一次抽取")
            rows = [{**r, "权重依据": zh.draw_reasons(r.get("权重依据", "")), "回避": zh.conflicts(r.get("回避", ""))}
                    for r in draw_rows(graph(), viewer, policy, choice)]
            table(rows, "mech_draw_rows")
    with t_black:
        st.caption("黑名单移除后停止实施惩戒（002 十六）；行政处罚7日内在信用平台记录公布（003 第九条）。")
        table(blacklist_rows(graph(), viewer, policy, today), "mech_blacklist")
        st.subheader("名单内企业的投标")
        table(blacklist_bid_rows(graph(), viewer, policy), "mech_blacklist_bids")
    with t_watch:
        st.caption("对有历史异常行为的参与人建立重点关注对象名单，对项目进行跟踪（002 十一）。")
        # evidence names the shared phone, address or IP by its node id: shown by what it is
        watch = watch_rows(graph(), viewer, policy, today)
        ev_ids = [x for r in watch for x in str(r.get("证据") or "").split("、") if ":" in x]
        shown = {i: f"{zh.label(label_of(i))} {caption(label_of(i), props)}" for i, (_, props) in fetch_nodes(graph(), ev_ids).items()}
        table([{**r, "证据": "、".join(shown.get(x, x) for x in str(r.get("证据") or "").split("、") if x)} if r.get("证据") else r
               for r in watch], "mech_watch")
        st.subheader("关注对象的投标（项目跟踪）")
        table(tracked_rows(graph()), "mech_tracked")
    with t_compl:
        st.caption("投诉受理、调查、处理决定、告知各环节的法定期限，截止前预警（002 十：在关键环节截止时间前进行预警）；"
                   "各环节由管理员用投诉环节命令记录。")
        table(complaint_rows(graph(), viewer, policy, today), "mech_complaints")
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
