"""Labels and relationship types in Chinese, node captions, stable colours, id → node lookups.

Ids carry their label (``company:…``), so a lookup can use the label's unique index: one
statement per label, generated from the schema by :func:`fetch_statement` and registered in the
Cypher catalog. ``Document.text`` is never fetched here (letters can be long); the profile asks
for it explicitly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import SchemaError
from graph.schema import load_schema, quote
from graph.types import dates
from graph.types.values import native

LABEL_ZH: dict[str, str] = {
    "Region": "行政区划", "Agency": "机构", "Mechanism": "联动机制", "Official": "公职人员",
    "Person": "自然人", "Company": "企业", "Project": "采购项目", "Bid": "投标",
    "Phone": "电话", "Address": "地址", "IPAddress": "IP/MAC", "BankAccount": "银行账户",
    "Case": "案件", "Clue": "线索", "Referral": "移送", "Event": "事件",
    "AssistanceRequest": "协助函", "Complaint": "投诉", "Document": "文书",
    "Sanction": "处罚/失信", "WatchListEntry": "重点关注", "Meeting": "联席会议",
    "Inspection": "检查", "MeetingDecision": "议定事项", "RegisterEntry": "名录库条目",
}

REL_ZH: dict[str, str] = {
    "LOCATED_IN": "位于", "PART_OF": "隶属", "MEMBER_OF": "成员单位", "LEADS": "牵头",
    "WORKS_AT": "任职", "FAMILY": "亲属", "ASSOCIATE": "关系人", "LEGAL_REP_OF": "法定代表人",
    "SHAREHOLDER_OF": "股东", "MANAGES": "管理", "CONTROLS": "实际控制", "HAS_PHONE": "电话",
    "HAS_ADDRESS": "地址", "SUBMITTED_FROM": "上传自", "PAID_BOND_FROM": "保证金账户",
    "AUTHORED_BY": "标书编制人", "HAS_ACCOUNT": "账户", "PURCHASED": "采购", "AGENT_FOR": "代理",
    "SUBMITTED": "投标", "FOR_PROJECT": "所投项目", "WON": "中标", "EVALUATED": "评审",
    "OPENED": "立案", "ABOUT": "涉及", "CONCERNS": "事由", "SENT": "发出", "SENT_TO": "送达",
    "HAS_EVENT": "事件", "BY": "办理机构", "TO": "对方机构", "HOLDS": "持有",
    "LODGED_WITH": "受理投诉", "COMPLAINED": "投诉人", "COMPETENT": "有管辖权", "IMPOSED": "作出",
    "AGAINST": "针对", "HELD": "召开", "ATTENDED": "出席", "INITIATED": "发起",
    "PARTICIPATED": "参加", "INSPECTED": "检查对象", "EVIDENCED_BY": "依据文书", "ISSUED": "印发",
    "MENTIONS": "提及", "SAME_AS_CANDIDATE": "疑似同一", "DECIDED": "议定", "ASSIGNED_TO": "责任单位",
    "CONVENED": "召集", "LISTS": "列入名录",
}

EVENT_ZH: dict[str, str] = {
    "sent": "发出", "received": "收到", "accepted": "受理", "returned": "退回", "forwarded": "转送",
    "outcome_reported": "回告结果", "replied": "回复",
}

PROP_ZH: dict[str, str] = {
    "name": "名称", "region": "地区", "kind": "类别", "level": "层级", "aliases": "简称",
    "position": "职务", "party_member": "党员", "credit_code": "统一社会信用代码", "registered": "成立日期",
    "project_no": "项目编号", "budget": "预算(元)", "method": "采购方式", "opened": "开标/立案日期",
    "sector": "类别", "price": "报价(元)", "rank": "排名", "winner": "中标", "number": "号码",
    "text": "地址", "address": "地址", "bank": "开户行", "case_no": "案号", "title": "标题",
    "violations": "违法违规类型", "status": "状态", "confidential": "非公开", "clue_no": "线索编号",
    "summary": "摘要", "received": "收到日期", "doc_no": "文号", "from_agency": "移送机关",
    "to_agency": "接收机关", "sent": "发送日期", "channel": "送达方式", "materials": "材料目录",
    "date": "日期", "reason": "理由", "rule": "期限规则", "facts": "基本事实", "help_asked": "协助事项",
    "evidence": "证据", "complaint_no": "投诉编号", "lodged": "投诉日期", "subject": "事由",
    "lodged_with": "受理机关", "issuer": "发文机关", "authority": "决定机关", "start": "开始",
    "end": "结束", "amount": "金额(元)", "list_name": "名单", "decisions": "决定事项",
    "published": "公示日期", "context": "识别信息", "masked": "身份保密", "id_number_hash": "证件号摘要",
    "share": "持股比例", "role": "角色", "relation": "关系", "key": "业务键", "rhythm": "频次",
    "seed": "依据文件", "short_name": "简称", "full_name": "全称", "code": "区划代码",
    "removed": "移除日期", "removed_by": "移除机关", "removal_reason": "移除理由", "credit_recorded": "信用平台记录日期",
    "clause": "依据条款", "convener": "召集单位", "requested_by": "提请单位", "topic": "议题", "minutes": "会议纪要",
    "minutes_doc": "纪要文号", "referred": "提交政府决定事项", "owner": "责任单位", "due": "期限", "done": "完成日期",
    "done_note": "办理情况", "register": "名录库", "member_id": "名录对象", "risk": "风险等级", "field": "领域",
    "initiator": "发起单位", "scope": "范围", "n_targets": "抽取对象数", "per_target": "每对象检查人员数",
    "commitment": "种子承诺值", "drawn": "抽取时间", "result": "抽取结果", "result_hash": "结果摘要",
    "completed": "完成日期", "findings": "检查发现", "proposed_by": "提出方式", "added_by": "添加人",
    "quote": "原文", "since": "建立日期", "seq": "序号", "line": "名录行",
}

# Stable colours by label: a fixed palette for the schema's labels, a hash for anything else.
PALETTE: dict[str, str] = {
    "Agency": "#1f77b4", "Official": "#d62728", "Person": "#ff7f0e", "Company": "#2ca02c",
    "Project": "#9467bd", "Bid": "#c5b0d5", "Case": "#8c564b", "Clue": "#e377c2",
    "Complaint": "#f7b6d2", "Referral": "#17becf", "AssistanceRequest": "#9edae5",
    "Event": "#c7c7c7", "Document": "#7f7f7f", "Sanction": "#bcbd22", "WatchListEntry": "#dbdb8d",
    "Phone": "#aec7e8", "Address": "#98df8a", "IPAddress": "#ff9896", "BankAccount": "#ffbb78",
    "Region": "#393b79", "Mechanism": "#637939", "Meeting": "#8c6d31", "Inspection": "#843c39",
}

SANCTION_ZH = {"penalty": "处罚", "blacklist": "失信名单", "debarment": "禁入"}
MASKED_TEXT = "［身份保密］"
DATE_PROPS = ("date", "sent", "opened", "lodged", "received", "start", "registered", "published", "submitted")


def colour(label: str) -> str:
    if label in PALETTE:
        return PALETTE[label]
    h = hashlib.sha1(label.encode("utf-8")).hexdigest()
    return f"#{h[:6]}"


def label_zh(label: str) -> str:
    return LABEL_ZH.get(label, label)


def rel_zh(rel_type: str) -> str:
    return REL_ZH.get(rel_type, rel_type)


def label_of(node_id: str) -> str:
    """The label an id was made for (``company:…`` → ``Company``); ``?`` for foreign ids."""
    try:
        return load_schema().label_of_id(node_id)
    except SchemaError:
        return "?"


def as_date(value: Any) -> dt.date | None:
    value = native(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        return dates.parse(value[:10])
    return None


def node_date(props: dict[str, Any]) -> dt.date | None:
    for key in DATE_PROPS:
        d = as_date(props.get(key))
        if d is not None:
            return d
    return None


def caption(label: str, props: dict[str, Any]) -> str:
    """A short human name for a node, as investigators would write it."""
    p = props
    if label == "Event":
        kind = str(p.get("kind") or "")
        return f"{EVENT_ZH.get(kind, kind)} {p.get('date') or ''}".strip()
    if label == "Bid":
        price = p.get("price")
        amount = f" {price / 10000:,.1f}万元" if isinstance(price, (int, float)) else ""
        return f"投标 {p.get('project_no') or ''}{amount}".strip()
    if label == "Sanction":
        kind = SANCTION_ZH.get(str(p.get("kind")), str(p.get("kind") or ""))
        return f"{kind} {p.get('doc_no') or p.get('start') or ''}".strip()
    if label == "Meeting":
        return f"联席会议 {p.get('date') or ''}"
    if label == "MeetingDecision":
        return f"议定事项{p.get('seq') or ''} {p.get('text') or ''}".strip()
    if label == "RegisterEntry":
        return f"{'执法人员库' if p.get('register') == 'inspectors' else '检查对象名录库'} {p.get('start') or ''}"
    if label == "WatchListEntry":
        return f"{p.get('list_name') or '重点关注'} {p.get('start') or ''}"
    if label == "Case":
        return str(p.get("title") or p.get("case_no") or p.get("id"))
    for key in ("name", "doc_no", "clue_no", "complaint_no", "title", "project_no", "number", "text", "address"):
        if p.get(key):
            return str(p[key])
    return str(p.get("id") or "?")


@dataclass(frozen=True)
class NodeView:
    """A node as the app shows it: properties already masked for the viewer."""

    id: str
    label: str
    props: dict[str, Any] = field(default_factory=dict)
    masked: bool = False

    @property
    def caption(self) -> str:
        return MASKED_TEXT if self.masked else caption(self.label, self.props)

    @property
    def label_zh(self) -> str:
        return label_zh(self.label)

    @property
    def date(self) -> dt.date | None:
        return node_date(self.props)


def fetch_statement(label: str) -> str:
    """The by-id lookup for one label: id, elementId and properties (never ``Document.text``)."""
    props = "n {.*, text: null}" if label == "Document" else "properties(n)"
    return (
        f"MATCH (n:{quote(label)}) WHERE n.id IN $ids\n"
        f"RETURN n.id AS id, elementId(n) AS eid, {props} AS props"
    )


FETCH: dict[str, str] = {
    label: cypher(f"app.nodes.fetch.{label}", fetch_statement(label), ids=[f"{load_schema().node(label).prefix}:0"])
    for label in load_schema().nodes
}


def fetch_nodes(graph: Graph, ids: Iterable[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """``{id: (elementId, properties)}`` for the ids that exist; unknown prefixes are skipped."""
    by_label: dict[str, list[str]] = {}
    for node_id in dict.fromkeys(ids):
        label = label_of(node_id)
        if label in FETCH:
            by_label.setdefault(label, []).append(node_id)
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for label, chunk in by_label.items():
        for row in graph.read(FETCH[label], {"ids": chunk}):
            out[row["id"]] = (row["eid"], native(row["props"]))
    return out
