"""审计日志: every sign-in, search, view, query and export — who, when, which agency, what, on what."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from app.services import zh
from app.services.audit import ACTION_ZH, audit_csv, audit_ids, audit_rows
from app.services.nodes import caption, fetch_nodes, label_of
from app.views.common import audit, audit_log, export_button, graph, guard, md

viewer = guard("audit")
st.title("审计日志")

log = audit_log()
c1, c2, c3, c4 = st.columns(4)
user = c1.text_input("用户", key="audit_user")
action = c2.selectbox("操作", [""] + list(ACTION_ZH), format_func=lambda a: ACTION_ZH.get(a, "全部") if a else "全部", key="audit_action",
                      placeholder="选择操作")
since = c3.date_input("自", zh.today() - dt.timedelta(days=30), key="audit_since", format="YYYY-MM-DD")
until = c4.date_input("至", zh.today(), key="audit_until", format="YYYY-MM-DD")
text = st.text_input("对象或参数包含", key="audit_text")

entries = log.entries(user=user.strip() or None, action=action or None, since=since, until=until, text=text.strip() or None, limit=5000)
audit("view_audit", "", {"user": user, "action": action, "since": since, "until": until, "text": text})
# agencies and targets by name, not id (the admin sees every name: the audit page is theirs)
names = {i: caption(label_of(i), props) for i, (_, props) in fetch_nodes(graph(), audit_ids(entries[:2000])).items()}
frame = pd.DataFrame(audit_rows(entries, names=names))
st.caption(f"{len(entries)} 条（最新在前）")
st.dataframe(frame, hide_index=True, width="stretch")

c5, c6 = st.columns(2)
if c5.button("校验日志完整性", key="audit_verify"):
    result = log.verify()
    audit("verify_audit", "", {"ok": result.ok, "entries": result.entries}, once=False)
    if result.ok:
        st.success(f"完整：{result.entries} 条记录的密钥摘要链无断裂，条数和末条摘要与锚点一致。")
    else:
        st.error(md(f"日志被改动：{result.reason}"))
if not frame.empty:
    export_button(c6, "导出 CSV", lambda: audit_csv(entries, names=names), file_name="audit.csv", mime="text/csv",
                  action="export_csv", target="audit", rows=len(entries), key="audit_csv")
