"""文书导入: upload letters, watch the progress, see what was stored and what was quarantined, and why."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.services import zh
from app.services.ingest_upload import ingest_files, pipeline_class
from app.views.common import PAGES, audit_log, graph, guard, md
from ingest.readers import SUPPORTED_SUFFIXES

viewer = guard("ingest")
st.title("文书导入")

available = pipeline_class() is not None
if not available:
    st.warning("文书抽取与入图功能尚未就绪：目前只检查上传的文件能否读取，"
               "不能读取的文件会列出原因；不会写入图谱。")

types = sorted({s.lstrip(".") for s in SUPPORTED_SUFFIXES})
# Streamlit (1.67) has no option for its uploader's own English ("Upload", "Drag and drop files
# here", "50MB per file • …"): hidden by CSS (out of the text and the layout's reading) and the
# Chinese put in their place; inline, no network.
st.markdown("""<style>
[data-testid="stFileUploaderDropzone"] span:not(button span), [data-testid="stFileUploaderDropzone"] small,
[data-testid="stFileUploaderDropzoneInstructions"] *, [data-testid="stFileUploaderDropzone"] button * {visibility:hidden}
[data-testid="stFileUploaderDropzone"] button {position:relative}
[data-testid="stFileUploaderDropzone"] button::after {content:"选择文件"; visibility:visible; position:absolute; inset:0;
  display:flex; align-items:center; justify-content:center}
[data-testid="stFileUploaderDropzoneInstructions"] {position:relative}
[data-testid="stFileUploaderDropzoneInstructions"]::after {content:"把文件拖到此处，或点“选择文件”；每个文件不超过50兆字节";
  visibility:visible; position:absolute; left:0; top:0; white-space:nowrap; font-size:0.85rem}
</style>""", unsafe_allow_html=True)
files = st.file_uploader("选择文书（Word、PDF、文本、网页、压缩包；可多选）", accept_multiple_files=True, type=types, key="ingest_files")

if files and st.button("开始导入" if available else "检查文件", type="primary", key="ingest_go"):
    bar = st.progress(0.0, text="准备中…")

    def progress(done: int, total: int, name: str) -> None:
        bar.progress(done / max(total, 1), text=f"{done}/{total} {name}")

    outcomes = ingest_files(graph(), viewer, [(f.name, f.getvalue()) for f in files], audit=audit_log(), progress=progress)
    st.session_state["ingest_outcomes"] = outcomes

outcomes = st.session_state.get("ingest_outcomes") or []
if outcomes:
    done = [o for o in outcomes if o.status in ("ingested", "read_only")]
    unchanged = [o for o in outcomes if o.status == "unchanged"]
    quarantined = [o for o in outcomes if o.problem]
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("文书", len(outcomes))
    c2.metric("已入图" if available else "可读取", len(done))
    c3.metric("已在图中", len(unchanged))
    c4.metric("隔离/失败", len(quarantined))
    st.subheader("结果")
    st.dataframe(pd.DataFrame([{"文件": o.name, "结果": o.status_zh, "类别": zh.doc_kind(o.details.get("kind")),
                                "文号": o.details.get("doc_no", ""), "字数": o.chars, "提及": o.details.get("mentions", ""),
                                "移送": o.details.get("referrals", ""),
                                "说明": zh.read_advice(o.read_status, o.reason) if o.problem else o.reason if zh.chinese(o.reason) else ""}
                               for o in outcomes]),
                 hide_index=True, width="stretch")
    for o in done:
        if o.document_id:
            st.page_link(PAGES["profile"], label=md(f"{o.details.get('doc_no') or o.name}"), icon=":material/description:",
                         query_params={"id": o.document_id})
    if quarantined:
        st.subheader("隔离的文件及原因")
        for o in quarantined:
            st.error(md(f"{o.name}：{o.read_status_zh if o.status == 'quarantined' else o.status_zh} — {zh.read_advice(o.read_status, o.reason)}"))
