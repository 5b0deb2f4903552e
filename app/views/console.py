"""分析控制台: read-only Cypher with parameters, the saved queries, table and graph views, CSV/XLSX export."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from app import viz
from app.services import zh
from app.services.console import (
    parse_params,
    reads_main_graph,
    result_graph,
    run_console,
    run_saved,
    saved_queries,
)
from app.views.common import audit, export_button, fail, graph, guard, md, show_network
from queries.adhoc import MAX_TIMEOUT_S
from queries.format import csv_bytes, xlsx_bytes
from queries.result import Result

viewer = guard("console")
st.title("分析控制台")
st.caption("只读：写入、删除和管理命令会被拒绝；每条查询（含参数）记入审计日志。")
if not reads_main_graph(viewer):
    st.caption("控制台查询的是不含非公开事项的图谱副本：非公开的案件、线索、投诉及其文书不在其中，"
               "投诉人、举报人以化名（“保密身份-”加编号）出现。本机构参与的非公开事项请在线索追踪、机构工作台等页面查看。")


def show(result: Result, what: str) -> None:
    st.caption(f"{len(result.rows)} 行" + ("（已达行数上限，结果被截断）" if result.truncated else "")
               + (f"，用时 {result.elapsed_ms:.0f} 毫秒" if result.elapsed_ms is not None else ""))
    for note in result.notes:
        st.info(md(note))
    # a radio, not tabs: a network drawn in a hidden tab has no size and stays blank
    view = st.radio("视图", ["表格", "图"], horizontal=True, key=f"{what}_view", label_visibility="collapsed")
    if view == "表格":
        frame = pd.DataFrame([{c: _cell(r.get(c)) for c in result.columns} for r in result.rows], columns=result.columns)
        frame = frame.rename(columns={c: zh.column(c) for c in result.columns if zh.column(c) not in result.columns})
        st.dataframe(frame, hide_index=True, width="stretch")
    else:
        net = result_graph(result)
        if net.nodes:
            show_network(viz.network_html(net, height=520), height=520)
        else:
            st.caption("结果中没有节点（返回节点或路径即可在此查看）。")
    c1, c2 = st.columns(2)
    # made when clicked: audited then, and served to this browser only (app.services.exports)
    export_button(c1, "导出 CSV", lambda: csv_bytes(result), file_name="liandong.csv", mime="text/csv",
                  action="export_csv", target=what, rows=len(result.rows), key=f"{what}_csv")
    export_button(c2, "导出 XLSX", lambda: xlsx_bytes(result, sheet="结果"), file_name="liandong.xlsx",
                  mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  action="export_xlsx", target=what, rows=len(result.rows), key=f"{what}_xlsx")


def _cell(v: object) -> object:
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return v


tab_free, tab_saved, tab_schema = st.tabs(["自由查询", "保存的查询", "图谱结构"])
with tab_free:
    with st.form("console_form"):
        text = st.text_area("Cypher", height=160, key="console_cypher",
                            value="MATCH (a:Agency) RETURN a.name AS 机构, a.kind AS 类别 ORDER BY 机构 LIMIT 25")
        params_text = st.text_area("参数（JSON）", height=68, key="console_params", placeholder='JSON，例如 {"关键词": "绵竹"}，查询中写作 $关键词')
        c1, c2 = st.columns(2)
        max_rows = c1.number_input("最多行数", 1, 10000, 1000, key="console_rows")
        timeout = c2.number_input("超时（秒）", 1, int(MAX_TIMEOUT_S), 30, key="console_timeout")
        go = st.form_submit_button("运行", type="primary")
    if go:
        try:
            params = parse_params(params_text)
            audit("console_query", text[:200], {"cypher": text, "params": params}, once=False)
            st.session_state["console_result"] = run_console(graph(), viewer, text, params, timeout_s=float(timeout), max_rows=int(max_rows),
                                                           background_sync=True)
        except Exception as e:  # noqa: BLE001 - shown to the user
            st.session_state.pop("console_result", None)
            fail(e)
    if st.session_state.get("console_result") is not None:
        show(st.session_state["console_result"], "console")

with tab_saved:
    library = saved_queries()
    if not library:
        st.caption("查询库是空的。")
    else:
        by_name = {q.name: q for q in library}
        name = st.selectbox("查询", list(by_name), format_func=lambda n: by_name[n].title, key="saved_pick",
                            placeholder="选择一个保存的查询")
        q = by_name[name]
        st.caption(md(q.description))
        with st.expander("查询语句（Cypher）"):
            st.code(q.cypher, language="cypher")
        with st.form("saved_form"):
            # labelled by their Chinese help; parameters derived from another one are not asked for
            raw = {p.name: st.text_input((p.description or p.name) + ("（必填）" if p.required else ""),
                                         value="" if p.default is None else str(p.default),
                                         key=f"saved_{name}_{p.name}") for p in q.params}
            go_saved = st.form_submit_button("运行", type="primary")
        if go_saved:
            try:
                audit("saved_query", name, raw, once=False)
                st.session_state["saved_result"] = run_saved(graph(), viewer, name, raw, background_sync=True)
            except Exception as e:  # noqa: BLE001
                st.session_state.pop("saved_result", None)
                fail(e)
        if st.session_state.get("saved_result") is not None:
            show(st.session_state["saved_result"], f"saved:{name}")

with tab_schema:  # labels, relationship types and properties of graph/schema.yaml, in Chinese and as code
    from app.services import schema_panel as sp

    st.caption("图谱中的实体类别（标签）、关系类型和属性；括号中的英文是在查询语句中使用的名称。")
    schema = sp.schema()
    st.subheader("实体类别")
    st.dataframe(pd.DataFrame(sp.label_rows(schema)), hide_index=True, width="stretch", key="schema_labels")
    pick = st.selectbox("查看属性和关系", list(schema.nodes), format_func=lambda n: f"{sp.zh.label(n)}（{n}）",
                        key="schema_label", placeholder="选择实体类别")
    if pick:
        st.dataframe(pd.DataFrame(sp.property_rows(pick, schema)), hide_index=True, width="stretch", key="schema_props")
        st.dataframe(pd.DataFrame(sp.relationship_rows(schema, label=pick)), hide_index=True, width="stretch", key="schema_pick_rels")
    st.subheader("关系类型")
    st.dataframe(pd.DataFrame(sp.relationship_rows(schema)), hide_index=True, width="stretch", key="schema_rels")
    if library:
        st.subheader("保存的查询及参数说明")
        st.dataframe(pd.DataFrame(sp.saved_query_rows(library)), hide_index=True, width="stretch", key="schema_queries")
