"""The demo county's mechanisms (issue 13), played after the records and the referral plants, on the demo's
own date (2024-03-15):

- a joint meeting of 示例县政府采购联动监管工作机制 (yearly, modelled on 000 三(一)) held 2023-03-20 with its
  members, minutes and three decisions — two done, one (示例县发展和改革委员会, due 2024-02-29) overdue; the
  next regular meeting due by 2024-12-31;
- a double-random draw (2024-03-04) of the three register targets — the conflict company, the first ring
  company (watch-listed, weight 3) and the blacklisted company (a past sanction, weight 2) — with the
  conflict official excluded for the conflict company (relative, purchaser); completed 2024-03-08,
  results published 2024-03-13 (on time, 002 七);
- a watch-list entry for the first ring company proposed by the ring screen (2024-03-01, 002 十一);
- the control company blacklisted again 2023-04-03 and removed 2023-04-28 (信用修复): its 2023-05-07 bid
  is not a hit (002 十六);
- a penalty by 示例县财政局 on the blacklisted company decided 2024-03-11, not yet recorded on the credit
  platform: record_penalty_credit open, due 2024-03-18 (003 第九条);
- a supplier's complaint lodged with 示例县财政局 (competent) on Mon 2024-03-11 and not yet accepted: acceptance
  due Mon 2024-03-18 (5 working days), inside its warning window since Thu 2024-03-14 (2 working days before,
  002 十 超期预警) — on the finance bureau's desk on the demo date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from graph.assistance import lodge_complaint
from graph.connection import Graph
from graph.demo.planted import Planted
from graph.ids import make_id
from graph.inspections import INSPECTION, draw, entry_props, plan, record_results
from graph.lifecycle import Letter
from graph.meetings import add_decision, add_meeting, decision_done
from graph.sanctions import add_entry, remove_entry
from graph.watchlist import add_entry as watch
from graph.writer import RecordFactory, Unit, write_unit

D = dt.date
MECHANISM = "示例县政府采购联动监管工作机制"
DRAW_NAME = "示例县2024年第1批双随机联合抽查"
DRAW_SEED = "示例县2024年第1批双随机联合抽查·公开种子·20240304"
MEETING_DATE, DECISION_DUE, NEXT_DUE, PENALTY_DUE = D(2023, 3, 20), D(2024, 2, 29), D(2024, 12, 31), D(2024, 3, 18)
INSPECTORS = (("周明", "示例县财政局"), ("吴芳", "示例县市场监督管理局"), ("郑强", "示例县审计局"))


@dataclass(frozen=True)
class MechanismPlants:
    mechanism_id: str
    meeting_date: dt.date = MEETING_DATE
    overdue_decision_owner: str = "示例县发展和改革委员会"
    overdue_decision_due: dt.date = DECISION_DUE
    next_meeting_due: dt.date = NEXT_DUE
    draw_name: str = DRAW_NAME
    draw_seed: str = DRAW_SEED
    penalty_doc_no: str = "示财罚〔2024〕2号"
    penalty_due: dt.date = PENALTY_DUE
    removed_blacklist_doc_no: str = "示财信〔2023〕1号"
    complaint_no: str = "示财投〔2024〕3号"
    complaint_lodged: dt.date = D(2024, 3, 11)
    complaint_acceptance_due: dt.date = D(2024, 3, 18)
    complaint_warned_from: dt.date = D(2024, 3, 14)


def plants() -> MechanismPlants:
    return MechanismPlants(make_id("mechanism", "示例县", MECHANISM))


def apply_mechanism_plants(graph: Graph, planted: Planted, ag: dict[str, str], source: str) -> bool:
    """Play the plants once (False when they are already in the graph)."""
    p = plants()
    if graph.read(INSPECTION, {"ref": DRAW_NAME}):
        return False
    kw: dict[str, Any] = {"source": source, "synthetic": True}
    fin, ndrc, police = ag["示例县财政局"], ag["示例县发展和改革委员会"], ag["示例县公安局"]
    members = [ag[n] for n in ("示例县财政局", "中共示例县纪律检查委员会", "示例县公安局", "示例县审计局",
                               "示例县市场监督管理局", "示例县发展和改革委员会", "示例县公共资源交易监督管理局")]
    m = add_meeting(graph, p.mechanism_id, on=p.meeting_date, attendees=tuple(members),
                    minutes="通报2022年政府采购领域案件办理情况；研究线索移送、联合抽查和信用信息共享事项。",
                    minutes_doc="示财采纪〔2023〕1号", topic="2023年度联席会议", **kw)
    d1 = add_decision(graph, m, text="建立联动执法线索移送台账", owner=police, due=D(2023, 6, 30), **kw)
    d2 = add_decision(graph, m, text="完成2023年度政府采购领域联合抽查", owner=fin, due=D(2023, 12, 29), **kw)
    add_decision(graph, m, text="建立投标人信用信息共享目录", owner=ndrc, due=p.overdue_decision_due, **kw)
    decision_done(graph, d1, on=D(2023, 6, 20), note="台账已建立")
    decision_done(graph, d2, on=D(2023, 12, 20), note="已完成并公示")

    ring = planted.ring
    watch(graph, party=ring.company_ids[0], list_name="重点关注对象名单", start=D(2024, 3, 1),
          reason=f"与{'、'.join(ring.company_names[1:])}共用电话 {ring.phone}、IP地址 {ring.ip}，轮流中标",
          evidence=[ring.phone_id, ring.ip_id], proposed_by="ring_screen", added_by="示例县公共资源交易中心",
          authority=ndrc, **kw)

    b = planted.blacklist
    sid = add_entry(graph, authority=fin, party=b.control_company_id, start=D(2023, 4, 3), end=D(2024, 4, 2),
                    reason="提供虚假材料谋取中标", doc_no=p.removed_blacklist_doc_no, **kw)
    remove_entry(graph, sid, on=D(2023, 4, 28), by=ndrc, reason="信用修复：已纠正失信行为并公开承诺")
    add_entry(graph, authority=fin, party=b.company_id, kind="penalty", start=D(2024, 3, 11), amount=50000.0,
              reason="提供虚假材料谋取中标，处采购金额千分之五罚款", doc_no=p.penalty_doc_no, **kw)

    f = RecordFactory(synthetic=True)
    c = planted.conflict
    unit = Unit()
    inspectors = [(c.official_id, c.agency_id)]
    for name, agency in INSPECTORS:
        o = f.node("Official", {"name": name, "agency_id": ag[agency], "position": "执法人员"}, source=source)
        unit.nodes.append(o)
        unit.rels.append(f.rel("WORKS_AT", o.id, ag[agency], source=source))
        inspectors.append((o.id, ag[agency]))
    for oid, agency in inspectors:
        unit.nodes.append(f.node("RegisterEntry", entry_props("inspectors", oid, D(2024, 1, 1), agency=agency),
                                 source=source))
    for cid, risk in ((c.company_id, 0), (ring.company_ids[0], 0), (b.company_id, 0)):
        unit.nodes.append(f.node("RegisterEntry", entry_props("targets", cid, D(2024, 1, 1), risk=risk),
                                 source=source))
    write_unit(graph, unit)
    iid, _ = plan(graph, DRAW_NAME, on=D(2024, 3, 4), initiator=fin, n_targets=3, per_target=2,
                  scope="2023年度政府采购项目的供应商履约与投标行为", method="书面检查", seed=DRAW_SEED, **kw)
    draw(graph, iid, DRAW_SEED, **kw)
    record_results(graph, iid, completed=D(2024, 3, 8), findings="抽查3家供应商，发现1家投标文件与他人雷同，已移送财政部门",
                   published=D(2024, 3, 13))
    lodge_complaint(graph, p.complaint_no, lodged_with=fin, competent=fin, on=p.complaint_lodged,
                    letter=Letter(p.complaint_no, "投诉书登记表"), subject="供应商投诉示例县人民医院医疗设备采购项目评分不公",
                    violations=["other"], **kw)
    return True
