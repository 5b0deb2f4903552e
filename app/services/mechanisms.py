"""The 联动机制 page's data: joint meetings, double-random draws, blacklists and watch lists — rows with
Chinese column names, each rule with its seed clause, masked persons shown as ［身份保密］ to viewers who may
not unmask (app.services.access). Thin over graph.meetings, graph.inspections, graph.sanctions,
graph.watchlist."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.services.access import Policy, Viewer
from graph.catalog import cypher
from graph.connection import Graph
from graph.custody import agency_names
from graph.inspections import CLAUSE as INSPECTION_CLAUSE
from graph.inspections import inspection, names
from graph.meetings import DECISION_CLAUSE, KIND_ZH, RHYTHM_ZH, meeting, schedules
from graph.rules.deadlines import load_rules
from graph.rules.workdays import WorkCalendar
from graph.sanctions import KIND_ZH as SANCTION_ZH
from graph.sanctions import entries as sanction_entries
from graph.sanctions import screen_bids
from graph.types.values import native
from graph.watchlist import CLAUSE as WATCH_CLAUSE
from graph.watchlist import PROPOSER_ZH, tracked_bids
from graph.watchlist import entries as watch_entries

MASK = "［身份保密］"
STATUS_ZH = {"in force": "生效中", "removed": "已移除", "expired": "已到期", "not yet": "未开始"}

INSPECTIONS = cypher(
    "services.mechanisms.inspections",
    "MATCH (i:Inspection)\n"
    "RETURN i.id AS id, i.name AS name, i.date AS date, i.initiator AS initiator, i.n_targets AS n_targets,\n"
    "  i.per_target AS per_target, i.commitment AS commitment, i.seed AS seed, i.completed AS completed,\n"
    "  i.published AS published\n"
    "ORDER BY date DESC, name",
)


def _party(policy: Policy, viewer: Viewer, node_id: str | None, name: str | None) -> str:
    return MASK if node_id and policy.masks(viewer, node_id) else (name or "")


def meeting_rows(graph: Graph, today: dt.date, region: str | None = None) -> list[dict[str, Any]]:
    out = []
    for s in schedules(graph, region):
        state = {"OVERDUE": "超期未召开", "due": "待召开", "not tracked": "尚无例会记录", "ad hoc": "不定期"}[s.state(today)]
        out.append({"地区": s.region, "机制": s.mechanism, "牵头单位": s.lead or "",
                    "召开频次": "/".join(RHYTHM_ZH.get(r, r) for r in s.rhythm), "依据": s.clause,
                    "最近例会": s.last_regular, "下次例会截止": s.due, "状态": state, "已召开会议": len(s.meetings),
                    "id": s.mechanism_id, "meetings": s.meetings})
    return out


def decision_rows(graph: Graph, meeting_id: str, today: dt.date) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    m = meeting(graph, meeting_id)
    owners = agency_names(graph, [d["owner"] for d in m["decisions"]])
    rows = []
    for d in m["decisions"]:
        state = f"已完成（{d['done']}）" if d["done"] else ("超期" if d["due"] and today > d["due"] else "办理中")
        rows.append({"序号": d["seq"], "议定事项": d["text"], "责任单位": owners.get(d["owner"], d["owner"]),
                     "期限": d["due"], "状态": state, "依据": DECISION_CLAUSE})
    head = {"日期": m["date"], "类型": KIND_ZH.get(m["kind"], m["kind"]), "召集单位": m["convener"],
            "参会单位": "、".join(sorted(m["attendees"])), "会议纪要": m["minutes"] or "", "纪要文号": m["minutes_doc"] or "",
            "提交政府决定": m["referred"] or "", "依据": m["clause"] or ""}
    return head, rows


def inspection_rows(graph: Graph, today: dt.date) -> list[dict[str, Any]]:
    rules, cal = load_rules(), WorkCalendar()
    rows = graph.read(INSPECTIONS)
    agencies = agency_names(graph, [r["initiator"] for r in rows if r["initiator"]])
    out = []
    for r in rows:
        completed, published = native(r["completed"]), native(r["published"])
        due = rules.due_date("publish_inspection", completed, cal) if completed else None
        if published:
            state = "已公示"
        elif due and today > due:
            state = "超期未公示"
        elif due:
            state = "待公示"
        else:
            state = "已抽取" if r["seed"] else "已计划（种子未公开）"
        out.append({"名称": r["name"], "抽取日期": native(r["date"]), "发起单位": agencies.get(r["initiator"], ""),
                    "抽取对象数": r["n_targets"], "每对象检查人员": r["per_target"], "承诺值(sha256)": r["commitment"],
                    "种子": r["seed"] or "（未公开）", "完成日期": completed, "公示期限": due, "公示日期": published,
                    "状态": state, "依据": INSPECTION_CLAUSE, "id": r["id"]})
    return out


def draw_rows(graph: Graph, viewer: Viewer, policy: Policy, inspection_id: str) -> list[dict[str, Any]]:
    """The drawn targets with weight and its reasons, the inspectors matched and those excluded (with why)."""
    i = inspection(graph, inspection_id)
    if not i["result"]:
        return []
    record = json.loads(i["result"])
    out = record["outcome"]
    ids = [t["id"] for t in out["targets"]] + [x for t in out["targets"] for x in t["inspectors"]]
    ids += [k.split("|")[1] for k in record["why"]]
    label = names(graph, ids)
    rows = []
    for n, t in enumerate(out["targets"], start=1):
        excluded = [f"{_party(policy, viewer, x, label.get(x))}（{'；'.join(record['why'][t['id'] + '|' + x])}）"
                    for x in out["excluded"].get(t["id"], [])]
        rows.append({"顺序": n, "检查对象": _party(policy, viewer, t["id"], label.get(t["id"], t["id"])), "权重": t["weight"],
                     "权重依据": "，".join(t["reasons"]),
                     "检查人员": "、".join(label.get(x, x) for x in t["inspectors"]), "回避": "；".join(excluded)})
    return rows


def blacklist_rows(graph: Graph, viewer: Viewer, policy: Policy, on: dt.date) -> list[dict[str, Any]]:
    out = []
    for kind in ("blacklist", "debarment", "penalty"):
        for e in sanction_entries(graph, kind):
            row = {"类型": SANCTION_ZH[kind], "对象": _party(policy, viewer, e.party_id, e.party), "决定机关": e.authority,
                   "起始": e.start, "截止": e.end, "移除": e.removed, "状态": STATUS_ZH[e.status(on)],
                   "依据": e.clause or "", "文号": e.doc_no or "", "原因": e.reason or ""}
            if kind == "penalty":
                row["信用平台记录"] = e.credit_recorded or "未记录（7日内，003 第九条）"
            out.append(row)
    return out


def blacklist_bid_rows(graph: Graph, viewer: Viewer, policy: Policy) -> list[dict[str, Any]]:
    return [{"投标日期": b.day, "企业": _party(policy, viewer, b.company_id, b.company), "项目": b.project_no,
             "命中": "是" if b.hit else "否", "名单状态": STATUS_ZH[b.status], "决定机关": b.authority}
            for b in screen_bids(graph)]


def watch_rows(graph: Graph, viewer: Viewer, policy: Policy, on: dt.date) -> list[dict[str, Any]]:
    return [{"名单": e.list_name, "对象": _party(policy, viewer, e.party_id, e.party), "原因": e.reason or "",
             "证据": "、".join(e.evidence), "提出方式": PROPOSER_ZH.get(e.proposed_by or "", e.proposed_by or ""),
             "添加人": e.added_by or "", "起始": e.start, "移除": e.removed,
             "状态": "关注中" if e.listed(on) else "已移除" if e.removed and on >= e.removed else "不在名单",
             "依据": WATCH_CLAUSE} for e in watch_entries(graph)]


def tracked_rows(graph: Graph) -> list[dict[str, Any]]:
    return [{"投标日期": b.day, "企业": b.company, "项目": b.project_no, "项目名称": b.project or "",
             "关注原因": b.reason or "", "名单": b.list_name} for b in tracked_bids(graph)]


STATE_ZH = {"on_time": "按期", "overdue": "超期", "due_soon": "即将到期", "pending": "未到期"}


def complaint_rows(graph: Graph, viewer: Viewer, policy: Policy, today: dt.date) -> list[dict[str, Any]]:
    """Each complaint the viewer may see, lodged with the competent agency, step by step (受理, 调查, 决定, 告知):
    due date, warning day (超期预警, 002 十), done or its state on ``today`` (graph.complaints.step_states)."""
    from graph.complaints import step_states
    from graph.overdue import COMPLAINTS

    cal = WorkCalendar()
    rows = [r for r in graph.read(COMPLAINTS, {"agency": None}) if policy.visible(viewer, r["id"])]
    agencies = agency_names(graph, [r["lodged_with"] for r in rows if r["lodged_with"]])
    out = []
    for r in sorted(rows, key=lambda r: (native(r["lodged"]) or dt.date.min, r["doc_no"] or ""), reverse=True):
        lodged = native(r["lodged"])
        if lodged is None or (r["competent"] and r["competent"] != r["lodged_with"]):
            continue  # a complaint lodged with the wrong department owes only the redirect notice (on the desk)
        done: dict[str, dt.date] = {}
        for e in sorted(r["events"], key=lambda e: native(e["date"])):
            done.setdefault(e["kind"], native(e["date"]))
        for s in step_states(done, lodged, today, cal):
            state = f"已完成 {s.done}" if s.done else ("预警 · " if s.warning else "") + STATE_ZH[s.state.value]
            out.append({"投诉编号": r["doc_no"], "受理机关": agencies.get(r["lodged_with"], r["lodged_with"]),
                        "收到日期": lodged, "环节": s.zh.split("：")[0], "期限": s.due, "预警日": s.warn_on,
                        "状态": state, "依据": s.clause})
    return out
