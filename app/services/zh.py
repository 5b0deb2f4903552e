"""The Chinese the app shows for the codes in the data: ONE place for every view and service.

Where a code is defined together with its Chinese name, the name is read from there, never
copied: violations from the schema's vocabulary (``graph.types.vocabulary``), deadline rules and the lifecycle's
event kinds from ``graph/rules/deadlines.yaml``, the acts a letter performs from
:data:`supervision.acts.ACT_KINDS`, labels, relationship types and properties from
:mod:`app.services.nodes`, family relations, agency kinds and procurement methods from the
import's own vocabularies (:mod:`ingest.tabular.checks`, Chinese first), roles from
:mod:`app.services.access`. What had no Chinese name anywhere is named here, and the app's own
codes too (document kinds of the classifier, referral kinds and statuses, audit actions and
parameters, deadline states, result columns, what to do about a file not stored).

Every function returns the code itself when it knows no name for it, so nothing is hidden; the
language browser test (tests/app/test_language_browser.py) fails on any such code a page shows.
Times are shown in local time (:data:`LOCAL`, Asia/Shanghai).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from app.services.access import ROLE_ZH
from app.services.nodes import EVENT_ZH, LABEL_ZH, PROP_ZH, REL_ZH
from supervision.acts import ACT_KINDS

LOCAL = ZoneInfo("Asia/Shanghai")

# the classifier's document kinds (ingest.nlp.classify.KINDS) and the letter genres ingestion stores
DOC_KIND_ZH: dict[str, str] = {
    "penalty_decision": "行政处罚决定书", "complaint_decision": "投诉处理决定书", "court_judgment": "法院裁判文书",
    "discipline_notice": "纪检监察通报", "news": "新闻报道", "policy_notice": "政策文件", "admin_review": "行政复议决定书",
    "clue_referral": "线索移送函", "case_referral": "案件移送函", "assistance_request": "协助办理函", "reply": "回复/回执",
    "minutes": "会议纪要", "report": "举报信", "complaint": "投诉书", "other": "其他文书",
}
REFERRAL_KIND_ZH: dict[str, str] = {
    "transfer": "移送", "forward": "转送", "return": "退回", "returned": "退回", "assistance": "协助办理",
    "anomaly_report": "异常情况报告",
}
STATUS_ZH: dict[str, str] = {
    "open": "办理中", "pending": "待办理", "registered": "已登记", "received": "已签收", "accepted": "已受理",
    "returned": "已退回", "forwarded": "已转送", "declined": "不予受理", "closed": "已办结", "done": "已完成",
    "sent": "已发出", "answered": "已答复", "replied": "已回复", "transferred": "已移送", "decided": "已决定",
    "removed": "已移除", "active": "有效", "expired": "已到期",
}


# what the audit log records (app.services.audit): actions, and its parameters' keys
ACTION_ZH: dict[str, str] = {
    "sign_in": "登录", "sign_in_failed": "登录失败", "sign_out": "退出", "search": "搜索",
    "view_profile": "查看档案", "view_document": "查看文书", "view_graph": "查看关系图谱",
    "expand_node": "展开节点", "find_paths": "路径查找", "view_thread": "查看线索",
    "view_desk": "查看工作台", "console_query": "控制台查询", "saved_query": "运行保存的查询",
    "export_csv": "导出CSV", "export_xlsx": "导出XLSX", "ingest_upload": "导入文书",
    "view_audit": "查看审计日志", "verify_audit": "校验审计日志", "access_denied": "越权访问被拒",
    "user_add": "新增用户", "user_password": "修改密码", "user_disable": "停用用户", "user_enable": "启用用户",
    "session_resumed": "恢复登录（刷新或新标签页）", "view_identities": "查看待核实身份",
    "view_mechanisms": "查看联动机制", "identity_split": "拆分身份", "view_thread_list": "查看线索列表",
    "alert": "订阅提醒（有新情况）", "subscribe": "订阅提醒", "unsubscribe": "取消订阅",
    "identity_confirm_auto": "确认自动合并", "identity_split_auto": "拆分自动合并",
}
PARAM_ZH: dict[str, str] = {
    "from": "来自", "user": "用户", "action": "操作", "since": "自", "until": "至", "text": "包含", "rows": "行数",
    "bytes": "字节", "sha256": "摘要", "file": "文件", "cypher": "查询语句", "params": "参数", "preset": "关系范围",
    "mode": "方式", "hops": "步数", "found": "找到", "reason": "原因", "ok": "完整", "entries": "条数", "id": "对象",
    "depth": "层数", "limit": "上限", "labels": "类别", "rels": "关系", "agency": "机构", "as_of": "截至日期",
    "query": "查询", "name": "名称", "files": "文件", "stored": "已入图", "quarantined": "隔离", "unchanged": "已在图中",
    "node": "节点", "kept": "保留", "split": "拆分", "candidate": "候选", "q": "检索词", "count": "条数",
    "pairs": "待核实对数",
    # the graph explorer's view, recorded with each 查看关系图谱; a user's role (user add / role change)
    "types": "关系类型", "cap": "显示上限", "expanded": "已展开", "opened": "已打开", "hidden": "已隐藏",
    "dated_only": "只显示有日期的关系", "role": "角色",
}
AUDIT_VALUE_ZH = {"shortest": "最短路径", "all": "所有路径"}
# a deadline's state on the thread page (app.services.threads)
DEADLINE_STATE_ZH: dict[str, str] = {"on_time": "按期", "missed": "逾期完成", "overdue": "超期", "due_soon": "即将到期", "pending": "办理中", "n/a": "不适用", "reference": "参考"}

# names of schema entries added after app.services.nodes' tables were written (kept here, the one
# vocabulary; nodes.py's tables are read through label()/rel()/prop() below)
LABEL_MORE = {"Deadline": "期限", "Judgement": "核实结论"}
REL_MORE = {"HAS_DEADLINE": "期限", "OWED_BY": "责任机构", "FOUND": "发现", "LIAISON_FOR": "联络员"}
PROP_MORE = {
    "act": "文书作用", "act_kind": "文书作用", "acts": "文书作用", "agency": "机构", "agency_id": "机构编号", "anchor": "锚点",
    "at": "时间", "bidder_key": "投标人标识", "candidates": "可能归属", "credit_pushed": "信用推送日期", "decided_at": "决定时间",
    "decided_by": "决定人", "derived": "生成方式", "done_file": "办结文书", "encoding": "编码", "file": "文件", "for_file": "对应文件",
    "form": "提及形式", "format": "格式", "from_name": "来自", "judgement": "核实结论", "label": "类别", "left": "左侧", "matter": "事项",
    "match_evidence": "自动合并依据", "match_reason": "自动合并理由", "match_score": "自动合并得分", "matched_at": "自动合并时间",
    "mechanism_id": "联动机制", "meeting_id": "会议", "mentions": "提及", "merged_into": "并入", "moved": "已移动",
    "not_at": "文书声明非其所属单位",
    "party_key": "当事人标识", "path": "文件路径", "placed_at": "归并时间", "placed_by": "归并人", "placed_with": "归并依据",
    "purpose": "目的", "reported": "报告日期", "review": "待核实事项", "right": "右侧", "score": "得分", "sha256": "文件摘要",
    "submitted": "递交日期", "thread_id": "线索/案件编号", "to_name": "送往", "undone": "撤销时间", "undone_by": "撤销人",
    "user": "用户",
}

# result columns of the saved queries (queries/*.yaml) that are not property names
COLUMN_ZH: dict[str, str] = {
    "label": "类别", "id": "编号", "name": "名称", "type": "关系类型", "direction": "方向", "total": "总数",
    "shown": "显示", "shown_count": "显示数", "more": "还有", "source": "来源", "sources": "来源", "path": "路径",
    "hops": "步数", "steps": "步骤", "nodes": "节点", "threads": "线索/案件", "thread": "线索/案件", "thread_id": "线索/案件编号",
    "holders": "持有机构", "holder": "持有机构", "company": "企业", "company_id": "企业编号", "companies": "企业",
    "company_ids": "企业编号", "n_companies": "企业数", "project": "项目", "project_id": "项目编号", "projects": "项目数",
    "official": "公职人员", "official_id": "公职人员编号", "agency": "机构", "agency_id": "机构编号", "party": "当事人",
    "won": "中标", "wins": "中标数", "bids": "投标数", "co_bids": "共同投标数", "co_bidder": "共同投标人",
    "co_bidder_id": "共同投标人编号", "wins_company": "本企业中标数", "wins_co_bidder": "共同投标人中标数",
    "together": "共同投标数", "pair_share": "两家中标比例", "best": "最低报价", "prices": "报价", "mean": "平均值",
    "sd": "标准差", "cv": "变异系数", "rd": "相对距离", "gap": "最低两价差", "flagged": "已标记", "tie": "关系",
    "tie_source": "关系来源", "deal_source": "投标/中标来源", "deal_sources": "投标/中标来源", "link": "关联",
    "what": "标识", "value": "值", "days_held": "持有天数", "received_from": "来自", "submitted": "递交日期",
    "listed_from": "列入日期", "listed_until": "列入截止", "on_list": "所在名单", "events": "事件", "documents": "文书",
    "found": "发现", "last": "最近", "count": "数量", "n": "数量", "k": "数量", "rel": "关系",
}


def column(code: Any) -> str:
    """A result column's header: its Chinese name, else the code as the query wrote it."""
    return _get({**PROP_MORE, **PROP_ZH, **COLUMN_ZH}, code)


@cache
def _violations() -> dict[str, str]:
    from graph.types import vocabulary

    return {code: t.zh for code, t in vocabulary.terms("violation").items()}


@cache
def _deadlines() -> tuple[dict[str, str], dict[str, str]]:
    from graph.rules.deadlines import load_rules

    rules = load_rules()
    return {rid: r.zh for rid, r in rules.rules.items()}, dict(rules.event_kinds)


@cache
def _import_vocab(name: str) -> dict[str, str]:
    from ingest.tabular import checks

    return {code: names[0] for code, names in getattr(checks, name).items()}


def _get(table: dict[str, str], code: Any) -> str:
    if code is None:
        return ""
    return table.get(str(code), str(code))


def label(code: Any) -> str:
    return _get({**LABEL_MORE, **LABEL_ZH}, code)


def rel(code: Any) -> str:
    return _get({**REL_MORE, **REL_ZH}, code)


def prop(code: Any) -> str:
    return _get({**PROP_MORE, **PROP_ZH}, code)


def act(code: Any) -> str:
    """What a letter does (移送函, 退回函 …)."""
    return _get(ACT_KINDS, code)


def doc_kind(code: Any) -> str:
    """A document's kind: the classifier's kinds, the letter genres, or the act a letter performs."""
    return _get({**ACT_KINDS, **DOC_KIND_ZH}, code)


def violation(code: Any) -> str:
    return _get(_violations(), code)


def violations(codes: Iterable[Any] | str | None) -> str:
    if codes is None:
        return ""
    if isinstance(codes, str):
        codes = [c.strip() for c in codes.split(",") if c.strip()]
    return "、".join(violation(c) for c in codes)


def rule(rule_id: Any) -> str:
    """A deadline rule's Chinese description (graph/rules/deadlines.yaml)."""
    return _get(_deadlines()[0], rule_id)


def event_kind(code: Any) -> str:
    """A lifecycle event kind (deadlines.yaml's event_kinds) or a custody step (发出, 退回 …)."""
    return _get({**_deadlines()[1], **EVENT_ZH}, code)


def relation(code: Any) -> str:
    """A family relation (spouse → 配偶)."""
    return _get(_import_vocab("RELATIONS"), code)


def agency_kind(code: Any) -> str:
    return _get(_import_vocab("AGENCY_KINDS"), code)


def method(code: Any) -> str:
    """A procurement method (public_tender → 公开招标)."""
    return _get(_import_vocab("METHODS"), code)


def referral_kind(code: Any) -> str:
    return _get(REFERRAL_KIND_ZH, code)


def status(code: Any) -> str:
    return _get(STATUS_ZH, code)


def role(code: Any) -> str:
    return _get(ROLE_ZH, code)


def action(code: Any) -> str:
    """An audit entry's action."""
    return _get(ACTION_ZH, code)


def deadline_state(code: Any) -> str:
    """A deadline's state on the thread page (按期, 超期 …)."""
    return _get(DEADLINE_STATE_ZH, code)


# property name -> the vocabulary its values come from
_BY_PROP = {
    "relation": relation, "violations": violations, "act_kind": act, "rule": rule, "method": method,
    "role": role, "action": action,
}


def value(prop_name: str, v: Any, *, label_name: str = "") -> str:
    """A property's value as shown: codes named, lists joined with 、, booleans 是/否, no "None"."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if prop_name == "kind":
        return {"Agency": agency_kind, "Referral": referral_kind, "Event": event_kind}.get(label_name, doc_kind)(v)
    if prop_name == "status":
        return status(v)
    if prop_name in _BY_PROP:
        return _BY_PROP[prop_name](v)
    if isinstance(v, (list, tuple)):
        return "、".join(value(prop_name, x, label_name=label_name) for x in v)
    if isinstance(v, dt.datetime):
        return local_time(v)
    return str(v)


def local_time(value: Any, *, seconds: bool = True) -> str:
    """An ISO time (UTC or with an offset; a naive one is taken as UTC) as local time, '2024-03-15 16:05:09'."""
    if value in (None, ""):
        return ""
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def today() -> dt.date:
    """Today where the app is used (Asia/Shanghai), not on the server's clock zone."""
    return dt.datetime.now(LOCAL).date()


SOURCE_KIND: dict[str, str] = {
    "demo": "演示数据", "sample": "示例数据", "test": "测试数据", "file": "文书", "doc": "文书",
    "letters": "文书", "load": "导入表格", "cli": "命令行录入", "judgement": "身份核实",
    "reference": "机构名录", "app": "页面录入", "minutes": "会议纪要",
}
_SOURCE_REST = {"agencies.yaml": "内置", "inspect": "联合检查", "meeting": "联席会议"}


def source(code: Any) -> str:
    """A provenance code (``demo:示例县``, ``file:…``, ``reference:agencies.yaml``) as a reader says it:
    ``演示数据：示例县``, ``文书：…``, ``机构名录：内置``."""
    text = str(code or "")
    kind, sep, rest = text.partition(":")
    if not sep or kind not in SOURCE_KIND:
        return text
    rest = _SOURCE_REST.get(rest, rest)
    return f"{SOURCE_KIND[kind]}：{rest}" if rest else SOURCE_KIND[kind]


def short_hash(digest: Any, n: int = 8) -> str:
    """The first ``n`` characters of a hash: enough to tell two apart on a screen."""
    return str(digest or "")[:n]


_DRAW_REASON = (
    (re.compile(r"^base (\d+)$"), "基础权重 {0}"),
    (re.compile(r"^risk grade \+(\d+)$"), "风险等级 +{0}"),
    (re.compile(r"^watch list \+(\d+)$"), "列入重点关注名单 +{0}"),
    (re.compile(r"^(\d+) past finding\(s\) \+(\d+)$"), "既往查处 {0} 次 +{1}"),
)


def draw_reasons(text: str) -> str:
    """The weight reasons a recorded draw keeps (graph/rules/draw.py, "base 1，watch list +2") in Chinese."""
    out = []
    for part in re.split(r"[，,]\s*", text or ""):
        for pattern, template in _DRAW_REASON:
            m = pattern.match(part.strip())
            if m:
                out.append(template.format(*m.groups()))
                break
        else:
            out.append(part)
    return "，".join(p for p in out if p)


def conflicts(text: str) -> str:
    """Conflict reasons of a draw's exclusions ("purchaser；relative (覃英桂)") by graph/inspections.py's names."""
    from graph.inspections import CONFLICT_ZH

    def one(m: re.Match[str]) -> str:
        return CONFLICT_ZH.get(m.group(1), m.group(1)) + (f"（{m.group(2)}）" if m.group(2) else "")

    return re.sub(r"\b(purchaser|relative|employer)\b(?:\s*\(([^()]*)\))?", one, text or "")


# What a clerk does about a file the readers or the pipeline could not use, by its read status
# (app.services.ingest_upload.STATUS_ZH names the status; the reader's own note is technical and
# English, and goes to the audit log).
READ_ADVICE: dict[str, str] = {
    "empty": "文件是空的，请取得有内容的文件后重新上传",
    "binary": "文件不是文书（可能是程序或图片），请上传 Word、PDF、文本或网页文件",
    "corrupt": "文件已损坏或不完整，无法打开，请向来文单位索取新的副本",
    "too_large": "文件超过大小上限，请拆分后上传",
    "no_text_layer": "这是没有文字层的扫描件，请先做文字识别（OCR）或索取电子版",
    "undecodable": "无法识别文件的字符编码，请另存为 UTF-8 或 Word 文件后上传",
    "unsupported": "不支持这种文件格式，请上传 Word、PDF、文本或网页文件",
    "unreadable": "文件无法读取，请检查文件是否加密或损坏",
    "extraction_failed": "文书内容抽取失败，请联系管理员查看审计日志中的技术原因",
    "invalid_data": "文书中的数据不合规，请联系管理员查看审计日志中的技术原因",
    "write_failed": "写入图谱失败，请稍后重试或联系管理员",
}


def chinese(text: str) -> bool:
    """Text a Chinese reader can read: Chinese, and no English word in it."""
    return any("\u4e00" <= c <= "\u9fff" for c in text) and not re.search(r"[A-Za-z]{3,}", text)


def read_advice(status: str, reason: str = "") -> str:
    """What to do about a file that was not stored: the reason when it is Chinese, else the advice for its status."""
    if reason and chinese(reason):
        return reason
    return READ_ADVICE.get(status, "无法处理该文件，请联系管理员查看审计日志中的技术原因")
