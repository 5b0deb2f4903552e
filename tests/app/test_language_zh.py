"""The app's one vocabulary of Chinese names (app.services.zh) and its use: codes named in Chinese,
local time, no "None", short hashes, and the schema panel of the analyst console."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import schema_panel, zh
from app.services.audit import AuditEntry, audit_rows


@pytest.mark.parametrize("fn, code, expected", [
    (zh.relation, "spouse", "配偶"),
    (zh.violation, "collusion", "串通投标"),
    (zh.violation, "other", "其他违法违规"),
    (zh.doc_kind, "penalty_decision", "行政处罚决定书"),
    (zh.doc_kind, "transfer", "移送函"),
    (zh.referral_kind, "transfer", "移送"),
    (zh.referral_kind, "returned", "退回"),
    (zh.status, "returned", "已退回"),
    (zh.label, "Company", "企业"),
    (zh.rel, "WORKS_AT", "任职"),
    (zh.role, "analyst", "分析员"),
    (zh.column, "co_bidder", "共同投标人"),
    (zh.column, "credit_code", "统一社会信用代码"),
])
def test_codes_are_named_in_chinese(fn, code, expected):
    assert fn(code) == expected


def test_lists_and_unknown_codes():
    assert zh.violations(["collusion", "other"]) == "串通投标、其他违法违规"
    assert zh.violations("collusion, other") == "串通投标、其他违法违规"
    assert zh.relation("cousin_twice_removed") == "cousin_twice_removed"  # shown, not hidden: the browser test catches it
    assert zh.value("relation", None) == "" and zh.value("confidential", True) == "是"
    assert zh.value("kind", "finance", label_name="Agency") == "财政"
    assert zh.value("violations", ["false_materials"]) == "提供虚假材料"


def test_rules_and_events_come_from_the_rules_file():
    assert "退回" in zh.rule("return_out_of_duty") and "5个工作日" in zh.rule("return_out_of_duty")
    assert zh.event_kind("case_returned") == "退回案件材料并书面说明理由"


def test_times_are_local():
    assert zh.local_time("2024-03-15T20:30:00+00:00") == "2024-03-16 04:30:00"
    assert zh.local_time("2024-03-15T20:30:00") == "2024-03-16 04:30:00"  # naive: taken as UTC
    assert zh.local_time(dt.datetime(2024, 3, 15, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))), seconds=False) == "2024-03-15 12:00"
    assert zh.local_time(None) == ""


def test_draw_reasons_and_conflicts():
    assert zh.draw_reasons("base 1，watch list +2，1 past finding(s) +1") == "基础权重 1，列入重点关注名单 +2，既往查处 1 次 +1"
    assert zh.conflicts("许某（purchaser；relative (覃某)）") == "许某（检查对象的采购人的工作人员；亲属关系（覃某））"


def test_audit_rows_name_agencies_and_show_local_time():
    e = AuditEntry(1, "2024-03-15T01:02:03+00:00", "调查员甲", "agency:abc", "investigator", "export_csv", "company:1",
                   {"rows": 3, "sha256": "ab" * 32, "from": "paths_a", "ok": True})
    row = audit_rows([e], names={"agency:abc": "示例县财政局", "company:1": "示例鑫达建设有限公司"})[0]
    assert row["时间"] == "2024-03-15 09:02:03"
    assert row["机构"] == "示例县财政局" and row["对象"] == "示例鑫达建设有限公司" and row["角色"] == "调查员"
    assert row["参数"] == "行数：3；摘要：abababab；来自：paths_a；完整：是"


def test_schema_panel_lists_labels_relationships_and_properties_with_chinese_names():
    labels = {r["标签"]: r["中文名"] for r in schema_panel.label_rows()}
    assert labels["Company"] == "企业" and labels["Clue"] == "线索"
    props = {r["属性"]: r for r in schema_panel.property_rows("Company")}
    assert props["credit_code"]["中文名"] == "统一社会信用代码" and props["id"]["必填"] == "是"
    rels = {r["关系类型"]: r for r in schema_panel.relationship_rows(label="Official")}
    assert "WORKS_AT" in rels and rels["WORKS_AT"]["中文名"] == "任职" and "公职人员（Official）" in rels["WORKS_AT"]["起点"]
    assert "WON" not in rels  # only the types touching the label


def test_every_schema_name_has_a_chinese_name():
    s = schema_panel.schema()
    missing = [n for n in s.nodes if zh.label(n) == n] + [r for r in s.relationships if zh.rel(r) == r]
    missing += sorted({p for n in s.nodes.values() for p in n.properties if zh.prop(p) == p})
    missing += sorted({p for r in s.relationships.values() for p in r.properties if zh.prop(p) == p})
    assert not missing, missing


def test_saved_queries_have_chinese_titles_descriptions_and_parameter_help():
    from queries.registry import load_registry

    def chinese(text: str) -> bool:
        return any("\u4e00" <= c <= "\u9fff" for c in text)

    library = load_registry().all()
    assert len(library) >= 20
    for q in library:
        assert chinese(q.title_zh) and chinese(q.description), q.name
        for p in q.params:
            assert p.derive or chinese(p.description), (q.name, p.name)
    rows = schema_panel.saved_query_rows(library)
    assert all("_label" not in r["参数"] for r in rows)  # derived parameters are not asked for


def test_a_file_not_stored_gets_advice_in_chinese():
    english = "PDF is truncated and cannot be read (No /Root object!) — ask for a new copy"
    assert zh.read_advice("corrupt", english) == "文件已损坏或不完整，无法打开，请向来文单位索取新的副本"
    assert zh.read_advice("corrupt", "文书缺少发文日期") == "文书缺少发文日期"  # a Chinese reason is kept
    assert "审计日志" in zh.read_advice("something_new", english)


def test_provenance_codes_read_as_chinese() -> None:
    from app.services import zh

    assert zh.source("demo:示例县") == "演示数据：示例县"
    assert zh.source("reference:agencies.yaml") == "机构名录：内置"
    assert zh.source("file:泉鲤财函41.txt") == "文书：泉鲤财函41.txt"
    assert zh.source("something else") == "something else"  # not a code: left as it is


def test_audit_rows_of_the_command_line_and_the_graph_view():
    add = AuditEntry(2, "2024-03-15T01:02:03+00:00", "cli:root", None, None, "user_add", "张科员",
                     {"agency": "agency:abc", "role": "clerk"})
    row = audit_rows([add], names={"agency:abc": "示例县财政局"})[0]
    assert row["用户"] == "命令行（root）" and row["操作"] == "新增用户"
    assert row["参数"] == "机构：示例县财政局；角色：文书录入员"
    view = AuditEntry(3, "2024-03-15T01:02:03+00:00", "调查员甲", "agency:abc", "investigator", "view_graph", "person:1",
                      {"cap": 30, "dated_only": False, "depth": 1})
    assert audit_rows([view])[0]["参数"] == "显示上限：30；只显示有日期的关系：否；层数：1"
    bare = AuditEntry(4, "2024-03-15T01:02:03+00:00", "cli", None, None, "user_disable", "张科员", {})
    assert audit_rows([bare])[0]["用户"] == "命令行"
