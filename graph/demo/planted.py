"""What the demo county plants, as data (ids and names known before anything is written), and the
lifecycle histories it plays through :mod:`graph.lifecycle` / :mod:`graph.assistance`.

The dates sit around the 2024 Spring Festival (holiday 10–17 Feb, swapped working Sundays 4 and
18 Feb), and :data:`DEMO_TODAY` (2024-03-15) is the day the demo's deadline facts hold on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from graph.assistance import (
    COMPLAINT,
    REQUEST,
    AssistanceLetter,
    lodge_complaint,
    receive_assistance,
    request_assistance,
    return_assistance,
)
from graph.connection import Graph
from graph.custody import read_history
from graph.ids import make_id
from graph.lifecycle import (
    Letter,
    accept,
    complete_handling,
    forward,
    open_thread,
    receive,
    report_acceptance,
    report_outcome,
    return_referral,
    transfer,
)

DEMO_TODAY = dt.date(2024, 3, 15)
D = dt.date


@dataclass(frozen=True)
class ConflictChain:
    """official → spouse → shareholder of company → company won the official's agency's project."""

    agency_id: str
    agency_name: str
    official_id: str
    official_name: str
    position: str
    spouse_id: str
    spouse_name: str
    company_id: str
    company_name: str
    project_id: str
    project_no: str


@dataclass(frozen=True)
class RiggingRing:
    """Companies sharing a phone, an IP address and a legal representative, winning in turn."""

    company_ids: tuple[str, ...]
    company_names: tuple[str, ...]
    phone: str
    phone_id: str
    ip: str
    ip_id: str
    legal_rep_id: str
    legal_rep_name: str
    project_ids: tuple[str, ...]
    project_nos: tuple[str, ...]
    winner_ids: tuple[str, ...]  # per project, in order


@dataclass(frozen=True)
class BlacklistedWinner:
    company_id: str
    company_name: str
    authority_id: str
    start: dt.date
    end: dt.date
    project_id: str
    project_no: str
    won: dt.date
    control_company_id: str  # blacklisted in 2022 only: its 2023 win must NOT be found
    control_project_no: str


@dataclass(frozen=True)
class ThreadPlant:
    thread_no: str
    thread_id: str
    path: tuple[str, ...]  # custody, in order (agency ids)
    overdue_rule: str | None  # the rule it is overdue under on DEMO_TODAY (None: nothing owed)
    owes: str | None  # the agency that owes it


@dataclass(frozen=True)
class AssistancePlant:
    request_id: str
    doc_no: str
    from_id: str
    to_id: str
    reason: str


@dataclass(frozen=True)
class ComplaintPlant:
    complaint_id: str
    complaint_no: str
    lodged_with: str
    competent: str
    due: dt.date  # wrong_department_notice: due on DEMO_TODAY


@dataclass(frozen=True)
class ReferralPlants:
    overdue_transfer: ThreadPlant  # received 2 Feb, no decision: return_out_of_duty due 8 Feb (4 Feb worked)
    returned_transfer: ThreadPlant  # finance → market → back to finance with reasons
    forwarded_accepted: ThreadPlant  # audit → county police → city police (forward, notice), accepted
    unsent_transfer: ThreadPlant  # found by market regulation, competent is finance, never transferred
    completed: ThreadPlant  # accepted, handled, outcome reported: owes nothing
    assistance_returned: AssistancePlant
    wrong_department: ComplaintPlant


@dataclass(frozen=True)
class Planted:
    seed: int
    conflict: ConflictChain
    ring: RiggingRing
    blacklist: BlacklistedWinner
    referrals: ReferralPlants
    today: dt.date = DEMO_TODAY


def _thread(no: str, path: tuple[str, ...], rule: str | None = None, owes: str | None = None) -> ThreadPlant:
    return ThreadPlant(no, make_id("clue", no), path, rule, owes)


def referral_plants(ag: dict[str, str]) -> ReferralPlants:
    """The lifecycle plants, by agency name → id of the county file."""
    fin, audit, market = ag["示例县财政局"], ag["示例县审计局"], ag["示例县市场监督管理局"]
    police, city_police, housing = ag["示例县公安局"], ag["示例市公安局"], ag["示例县住房和城乡建设局"]
    return ReferralPlants(
        overdue_transfer=_thread("SLX-XS-2024-001", (audit, fin), "return_out_of_duty", fin),
        returned_transfer=_thread("SLX-XS-2024-002", (fin, market, fin)),
        forwarded_accepted=_thread("SLX-XS-2024-003", (audit, police, city_police)),
        unsent_transfer=_thread("SLX-XS-2024-005", (market,), "transfer_case", market),
        completed=_thread("SLX-XS-2024-006", (audit, fin)),
        assistance_returned=AssistancePlant(
            make_id("assist", "示财协〔2024〕1号", fin, police), "示财协〔2024〕1号", fin, police,
            "所请核查投标企业社保缴纳记录超出公安机关职能，请商人力资源和社会保障部门"),
        wrong_department=ComplaintPlant(make_id("complaint", "SLX-TS-2024-001"), "SLX-TS-2024-001", housing, fin,
                                        D(2024, 3, 15)),
    )


def apply_referral_plants(graph: Graph, planted: Planted, source: str) -> int:
    """Play the lifecycle histories (skipping those already in the graph); returns how many were played."""
    p = planted.referrals
    kw: dict[str, Any] = {"source": source, "synthetic": True}
    played = 0

    def fresh(thread_id: str) -> bool:
        hist = read_history(graph.read, thread_id)
        return hist is None or not hist.events

    t = p.overdue_transfer
    if fresh(t.thread_id):
        audit, fin = t.path
        tid = open_thread(graph, t.thread_no, agency=audit, on=D(2024, 1, 29), letter=Letter("示审线〔2024〕3号", "线索登记表"), summary="审计发现示例县教育局教学设备采购项目评审专家打分畸高",
                          violations=["interference"], region="示例县", competent=fin, **kw)
        ref = transfer(graph, tid, to=fin, on=D(2024, 2, 1), letter=Letter("示审移〔2024〕3号", "移送处理书"),
                       materials=["审计发现问题移送处理书", "评审报告复印件"], channel="hand", **kw)
        receive(graph, ref, on=D(2024, 2, 2), **kw)
        played += 1

    t = p.returned_transfer
    if fresh(t.thread_id):
        fin, market, _ = t.path
        tid = open_thread(graph, t.thread_no, agency=fin, on=D(2024, 1, 8), letter=Letter("示财线〔2024〕2号", "线索登记表"), summary="举报反映中标医疗设备疑似以次充好",
                          violations=["counterfeit_goods"], region="示例县", **kw)
        ref = transfer(graph, tid, to=market, on=D(2024, 1, 10), letter=Letter("示财移〔2024〕2号", "线索移送函"),
                       materials=["举报材料", "中标通知书复印件"], channel="post", **kw)
        receive(graph, ref, on=D(2024, 1, 11), **kw)
        return_referral(graph, ref, on=D(2024, 1, 16), letter=Letter("示市监退〔2024〕1号", "退回函"),
                        reason="经核，线索反映的是评审专家违规评审问题，属财政部门职责范围，不属于本部门职责", **kw)
        played += 1

    t = p.forwarded_accepted
    if fresh(t.thread_id):
        audit, police, city_police = t.path
        tid = open_thread(graph, t.thread_no, agency=audit, on=D(2024, 1, 15), letter=Letter("示审线〔2024〕1号", "线索登记表"), summary="多家投标人投标文件雷同、涉嫌串通投标罪",
                          violations=["collusion_crime"], region="示例县", competent=police, **kw)
        ref = transfer(graph, tid, to=police, on=D(2024, 1, 17), letter=Letter("示审移〔2024〕1号", "案件移送书"),
                       materials=["审计取证单", "投标文件雷同比对表"], channel="hand", **kw)
        receive(graph, ref, on=D(2024, 1, 18), **kw)
        fwd = forward(graph, ref, to=city_police, on=D(2024, 1, 22), letter=Letter("示公转〔2024〕1号", "案件移送书"),
                      notice=Letter("示公告〔2024〕1号", "书面告知书"), reason="涉案金额达市级管辖标准", **kw)
        receive(graph, fwd, on=D(2024, 1, 24), **kw)
        accept(graph, fwd, on=D(2024, 1, 26), **kw)
        report_acceptance(graph, fwd, on=D(2024, 1, 30), letter=Letter("示市公回〔2024〕1号", "受理回告函"), **kw)
        played += 1

    t = p.unsent_transfer
    if fresh(t.thread_id):
        (market,) = t.path
        open_thread(graph, t.thread_no, agency=market, on=D(2024, 3, 4), letter=Letter("示市监线〔2024〕5号", "线索登记表"), summary="日常检查发现两家供应商投标报价呈规律性差异",
                    violations=["collusion"], region="示例县", competent=p.completed.path[1], **kw)
        played += 1

    t = p.completed
    if fresh(t.thread_id):
        audit, fin = t.path
        tid = open_thread(graph, t.thread_no, agency=audit, on=D(2023, 11, 6), letter=Letter("示审线〔2023〕9号", "线索登记表"), summary="采购合同签订早于采购结果公告（先上车后补票）",
                          violations=["contract_violation"], region="示例县", competent=fin, **kw)
        ref = transfer(graph, tid, to=fin, on=D(2023, 11, 8), letter=Letter("示审移〔2023〕9号", "移送处理书"),
                       materials=["审计发现问题移送处理书", "采购合同复印件"], **kw)
        receive(graph, ref, on=D(2023, 11, 8), **kw)
        accept(graph, ref, on=D(2023, 11, 10), **kw)
        report_acceptance(graph, ref, on=D(2023, 11, 13), letter=Letter("示财回〔2023〕15号", "受理回告函"), **kw)
        complete_handling(graph, ref, on=D(2023, 12, 20), letter=Letter("示财采罚〔2023〕4号", "行政处罚决定书"), **kw)
        report_outcome(graph, ref, on=D(2023, 12, 28), letter=Letter("示财回〔2023〕21号", "办理结果回告函"), **kw)
        played += 1

    a = p.assistance_returned
    if not graph.read(REQUEST, {"id": a.request_id}):
        request_assistance(graph, AssistanceLetter(
            a.doc_no, a.from_id, a.to_id, facts="示例县公共资源交易中心报告多家投标人IP地址相同，疑似围标串标",
            help_asked="核查相关投标企业员工社保缴纳记录", reason="判断投标人员是否为同一单位人员",
            evidence=("交易中心异常情况报告", "投标文件上传IP记录"), thread=None), on=D(2024, 2, 19), **kw)
        receive_assistance(graph, a.request_id, on=D(2024, 2, 20), **kw)
        return_assistance(graph, a.request_id, on=D(2024, 2, 23), reason=a.reason,
                          letter=Letter("示公退协〔2024〕1号", "退回函"), **kw)
        played += 1

    c = p.wrong_department
    if not graph.read(COMPLAINT, {"id": c.complaint_id}):
        lodge_complaint(graph, c.complaint_no, lodged_with=c.lodged_with, on=D(2024, 3, 12),
                        letter=Letter("示住建投〔2024〕1号", "投诉登记表"),
                        subject="供应商投诉示例县第一中学教学设备采购项目评审不公", violations=["interference"],
                        competent=c.competent, **kw)
        played += 1
    return played
