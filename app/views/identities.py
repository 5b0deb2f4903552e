"""待核实身份: pairs ingestion could not decide, side by side; merge, keep apart, or leave undecided; undo a merge;
自动合并待复核: automatic merges made on the locality alone, confirmed or split off."""

from __future__ import annotations

import streamlit as st

from app.services import identities as svc
from app.services.nodes import label_zh
from app.views.common import PAGES, audit, audit_log, fail, graph, guard, md

viewer = guard(svc.PERMISSION)
st.title("待核实身份")
st.caption("导入时无法确定是否为同一实体的名称：并排核对姓名、编号、文书原文和关联，再作出判断。"
           "每个判断都记录判断人、时间和理由；合并可以撤销。")

try:
    pairs = svc.queue(graph(), viewer)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    st.stop()
audit("view_identities", "", {"pairs": len(pairs)})
st.subheader(f"待核实 {len(pairs)} 对")

if pairs:
    options = {p.key: p for p in pairs}
    chosen = st.selectbox("选择一对", list(options), key="identity_pair",
                          format_func=lambda k: f"{options[k].score:.2f}　{options[k].left_name} ~ {options[k].right_name}")
    pair = options[chosen]
    st.caption(md(pair.reason))
    try:
        sides = svc.side_by_side(graph(), viewer, pair.left, pair.right)
    except Exception as e:  # noqa: BLE001
        fail(e)
        st.stop()
    for col, p in zip(st.columns(2), sides):
        with col:
            st.markdown(f"**{md(p['name'])}**　{md(label_zh(p['label']))}")
            st.caption(md(p["id"]))
            st.page_link(PAGES["profile"], label="打开档案", query_params={"id": p["id"]})
            for k, v in sorted(p["props"].items()):
                st.caption(md(f"{k}：{v}"))
            st.markdown("**关联**")
            for n in p["neighbours"][:15]:
                arrow = "→" if n["dir"] == "out" else "←"
                st.caption(md(f"{arrow} {n['type']} {n['position'] or ''} {n['name'] or n['id']}"))
            st.markdown("**文书与原文**")
            for d in p["documents"][:8]:
                st.caption(md(f"{d['path']}：…{(d['snippet'] or '').replace(chr(10), ' ')}…"))
    with st.form("identity_decide"):
        decision = st.radio("判断", list(svc.DECISION_ZH), format_func=lambda d: svc.DECISION_ZH[d],
                            key="identity_decision", horizontal=True)
        reason = st.text_input("理由（必填）", key="identity_reason")
        go = st.form_submit_button("提交判断")
    if go:
        if not reason.strip():
            st.warning("请填写理由")
        else:
            try:
                j = svc.decide(graph(), viewer, audit_log(), pair.left, pair.right, decision, reason.strip())
            except Exception as e:  # noqa: BLE001
                fail(e)
            else:
                st.success(md(f"已记录：{svc.DECISION_ZH[decision]}（{j.id}）"))
                st.rerun()

st.subheader("自动合并待复核")
st.caption("导入时仅凭同名且属本地唯一而自动并入已有人员的提及：核对来文原文与该人员的单位、职务，"
           "无误则确认，有误则拆分（来文所述移至新的人员，今后不再合并）。")
auto_offset = st.session_state.get("auto_offset", 0)
try:
    auto_page = svc.auto_page(graph(), viewer, offset=auto_offset)
except Exception as e:  # noqa: BLE001 - shown to the user
    fail(e)
    auto_page = svc.AutoPage([], 0, 0, svc.AUTO_PAGE)
if auto_offset and auto_offset >= auto_page.total:   # the page emptied (all decided): back to the first
    st.session_state["auto_offset"] = 0
    st.rerun()
autos = auto_page.rows
if not autos and not auto_page.total:
    st.caption("没有待复核的自动合并")
elif auto_page.total:
    shown_to = min(auto_page.offset + auto_page.limit, auto_page.total)
    st.caption(f"共 {auto_page.total} 条待复核，当前第 {auto_page.offset + 1}–{shown_to} 条")
for i, a in enumerate(autos):
    am = a.merge
    col_text, col_ok, col_split = st.columns([6, 1, 1])
    col_text.markdown(md(f"**{am.mention}** → {am.name}（{label_zh(am.label)}，{a.details or am.node}）"))
    col_text.caption(md(f"{am.path}：…{am.snippet}…"))
    col_text.caption(md(f"依据：{a.evidence_zh}　得分 {am.score:.2f}"))
    for col, label, act in ((col_ok, "确认", svc.confirm_auto), (col_split, "拆分", svc.split_auto)):
        if col.button(label, key=f"auto_{'ok' if label == '确认' else 'split'}_{i}_{a.key}"):
            try:
                act(graph(), viewer, audit_log(), am.node, am.document, f"{label}自动合并（待核实身份页面）")
            except Exception as e:  # noqa: BLE001
                fail(e)
            else:
                st.rerun()
col_first, col_more = st.columns(2)
if auto_page.offset and col_first.button("回到第一页", key="auto_first"):
    st.session_state["auto_offset"] = 0
    st.rerun()
if auto_page.next_offset is not None and col_more.button("更多", key="auto_more"):
    st.session_state["auto_offset"] = auto_page.next_offset
    st.rerun()

st.subheader("最近的合并")
merges = svc.recent_merges(graph(), viewer)
if not merges:
    st.caption("没有未撤销的合并")
for m in merges:
    col_text, col_undo = st.columns([6, 1.5])
    col_text.caption(md(f"{m['at']}　{m['user']}：{m['right']} → {m['left']}　{m['reason'] or ''}"))
    if col_undo.button("撤销合并", key=f"undo_{m['id']}"):
        try:
            svc.undo(graph(), viewer, audit_log(), m["id"], "撤销合并（待核实身份页面）")
        except Exception as e:  # noqa: BLE001
            fail(e)
        else:
            st.rerun()
