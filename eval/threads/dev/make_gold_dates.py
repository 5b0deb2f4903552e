#!/usr/bin/env python3
"""Builds gold.json for the development letter set: the threads are written out by hand
below; only the due dates and statuses are computed here, with the `chinesecalendar`
package (chinese_calendar.is_workday) — independently of liandong's graph/rules code.

Conventions: eval/threads/GOLD.md.  Working days: the anchor is day 0, the due date is the
n-th PRC working day after it (swapped working weekends count, holidays do not).  Calendar
days ("7日", record_penalty_credit): anchor + n, moved to the next working day when that is
not a working day.  Run:  .venv/bin/python eval/threads/dev/make_gold_dates.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from tools.check_thread_set import due_iso, status_of  # noqa: E402  (chinese_calendar.is_workday only)

AS_OF = "2026-03-31"

PERIODS = {  # rule id -> (n, unit), as in graph/rules/deadlines.yaml (read by hand)
    "wrong_department_notice": (3, "wd"),
    "transfer_case": (5, "wd"),
    "return_out_of_duty": (5, "wd"),
    "notify_acceptance": (5, "wd"),
    "report_outcome": (10, "wd"),
    "return_assistance": (5, "wd"),
    "record_penalty_credit": (7, "cd"),
    "complaint_decision": (30, "wd"),
}


def due_date(rule, anchor):
    return due_iso(anchor, *PERIODS[rule])


def status(due, done, as_of=AS_OF):
    return status_of(due, done or None, as_of)


def ev(file, event, frm, to, date):
    return {"file": file, "event": event, "from_agency": frm, "to_agency": to, "date": date}


def dl(for_file, rule, anchor, done, clause, note=None):
    d = {"for_file": for_file, "rule": rule, "anchor": anchor, "done": done, "clause": clause}
    if note:
        d["note"] = note
    return d


# ---- agencies (full names) ----
MZ_CZ, MZ_GA, MZ_JCY = "绵竹市财政局", "绵竹市公安局", "绵竹市人民检察院"
LC_CZ, LC_SJ, LC_GA = "泉州市鲤城区财政局", "泉州市鲤城区市场监督管理局", "泉州市公安局鲤城分局"
XW_JY, XW_FG, XW_ZJ, XW_GA = "修武县公共资源交易中心", "修武县发展和改革委员会", "修武县住房和城乡建设局", "修武县公安局"
JS_SJ, JS_CZ, JX_CZ = "嘉善县审计局", "嘉善县财政局", "嘉兴市财政局"
ZD_SJ, ZD_CZ = "随州市曾都区市场监督管理局", "随州市曾都区财政局"
HQ_CZ, HQ_JW = "霍邱县财政局", "中共霍邱县纪律检查委员会"
GF_CZ, GF_SJ = "上饶市广丰区财政局", "上饶市广丰区市场监督管理局"
LY_CZ, LY_GA = "临沂经济技术开发区财政金融局", "临沂市公安局经济技术开发区分局"
XT_SJ, XT_SC = "湘潭县审计局", "湘潭县市场监督管理局"

T = []

# 1 绵竹市 — transfer, receipt, late 立案告知书 (Spring Festival 2024 + Sunday 2024-02-18 worked), outcome report with a further transfer
f = ["绵竹_竹财移〔2024〕3号_关于移送涉嫌串通投标线索的函.docx", "绵竹公安_移送材料接收回执_20240206.txt",
     "绵公（经）立告字〔2024〕6号 立案告知书.txt", "关于蓉汇智联等三公司涉嫌串通投标案办理结果的回告.txt"]
T.append(dict(
    id="dev-01-mianzhu", number="竹财移〔2024〕3号", files=f, holder=MZ_JCY,
    custody_path=[MZ_CZ, MZ_GA, MZ_JCY],
    notes="串通投标线索 (智慧教室设备采购 MZCG2023-117). 立案告知书 cites the transfer by number; the outcome report cites only the police case number 绵公经立字〔2024〕11号 and the companies. transfer_case due 2024-02-06 counts Sunday 2024-02-04 (worked). notify_acceptance crosses the 2024 Spring Festival (2-10..2-17 off, Sunday 2-18 worked): due 2-21, notice 2-23 -> missed.",
    events=[ev(f[0], "transfer", MZ_CZ, MZ_GA, "2024-02-05"),
            ev(f[1], "receipt", MZ_GA, MZ_CZ, "2024-02-06"),
            ev(f[2], "accept", MZ_GA, MZ_CZ, "2024-02-23"),
            ev(f[3], "transfer", MZ_GA, MZ_JCY, "2024-05-24"),
            ev(f[3], "outcome_report", MZ_GA, MZ_CZ, "2024-06-06")],
    deadlines=[dl(f[0], "transfer_case", "2024-01-31", "2024-02-05", "003 第十三条"),
               dl(f[0], "notify_acceptance", "2024-02-08", "2024-02-23", "003 第十五条"),
               dl(f[0], "report_outcome", "2024-05-24", "2024-06-06", "003 第十五条")]))

# 2 泉州市鲤城区 — transfer to 市场监管 returned late (National Day 2024, Sunday 9-29 worked), re-transfer to 公安, receipt, 立案告知书
f = ["泉鲤财函〔2024〕41号.docx", "区市场监管局退回函_泉鲤市监函2024-57.txt", "泉鲤财函〔2024〕46号_移送公安鲤城分局.txt",
     "鲤城分局回执-20241015.txt", "泉鲤公（经）立告字[2024]9号.txt"]
T.append(dict(
    id="dev-02-licheng-rerouted", number="泉鲤财函〔2024〕41号", files=f, holder=LC_GA,
    custody_path=[LC_CZ, LC_SJ, LC_CZ, LC_GA],
    notes="Re-routing after a return: 区财政局 -> 区市场监管局 (returned: 串通投标 is not 不正当竞争) -> 区财政局 -> 公安鲤城分局. return_out_of_duty from receipt 2024-09-26 crosses National Day 2024 (Sunday 9-29 worked; 10-1..10-7 off): due 10-09, returned 10-11 -> missed. The second transfer writes no discovery date, so no transfer_case for it. Same company (泉州恒锐智能科技有限公司) as thread dev-03.",
    events=[ev(f[0], "transfer", LC_CZ, LC_SJ, "2024-09-25"),
            ev(f[1], "return", LC_SJ, LC_CZ, "2024-10-11"),
            ev(f[2], "transfer", LC_CZ, LC_GA, "2024-10-14"),
            ev(f[3], "receipt", LC_GA, LC_CZ, "2024-10-15"),
            ev(f[4], "accept", LC_GA, LC_CZ, "2024-10-22")],
    deadlines=[dl(f[0], "transfer_case", "2024-09-20", "2024-09-25", "003 第十三条"),
               dl(f[0], "return_out_of_duty", "2024-09-26", "2024-10-11", "003 第十四条(三)"),
               dl(f[2], "notify_acceptance", "2024-10-18", "2024-10-22", "003 第十五条")]))

# 3 泉州市鲤城区 — a lone penalty decision (same company as dev-02, another project), HTML
f = ["鲤城区财政局_行政处罚决定书_泉鲤财罚〔2025〕3号.html"]
T.append(dict(
    id="dev-03-licheng-penalty", number="泉鲤财罚〔2025〕3号", files=f, holder=LC_CZ,
    custody_path=[LC_CZ],
    notes="Penalty for false 业绩合同 in another project; mentions that the company's bid-collusion matter is with the police but cites no letter number, so it is its own thread. 7 days from 2025-09-26 = 10-03, inside the National Day 2025 holiday (10-1..10-8) -> next working day 10-09. No letter records the credit-platform entry -> overdue.",
    events=[],
    deadlines=[dl(f[0], "record_penalty_credit", "2025-09-26", None, "003 第九条")]))

# 4 修武县 — trading centre's anomaly report, 发改委 -> 公安 transfer, receipt, 不予立案告知书 (traditional; Spring Festival 2025)
f = ["修武交易中心_异常情况报告_2025第4号.txt", "修发改〔2025〕12号 涉嫌犯罪线索移送函.docx", "修武县公安局接收回执.txt",
     "修公不立告字【2025】2号_繁體.txt"]
T.append(dict(
    id="dev-04-xiuwu-anomaly", number="修公资交〔2025〕4号", files=f, holder=XW_GA,
    custody_path=[XW_JY, XW_FG, XW_GA],
    notes="异常情况报告 addressed to 发改委 and 住建局: one transfer to the first addressee (002 十四). The police decline; the decliner keeps the file. notify_acceptance from the decision 2025-01-24 crosses Sunday 2025-01-26 (worked) and the Spring Festival 2025 (1-28..2-4 off): due 2025-02-07, notice 2-07 -> met on the last day. Company 焦作市宏拓建设工程有限公司 and 修武县公安局 also in dev-07.",
    events=[ev(f[0], "transfer", XW_JY, XW_FG, "2025-01-08"),
            ev(f[1], "transfer", XW_FG, XW_GA, "2025-01-17"),
            ev(f[2], "receipt", XW_GA, XW_FG, "2025-01-17"),
            ev(f[3], "decline", XW_GA, XW_FG, "2025-02-07")],
    deadlines=[dl(f[1], "transfer_case", "2025-01-13", "2025-01-17", "003 第十三条"),
               dl(f[1], "notify_acceptance", "2025-01-24", "2025-02-07", "003 第十五条")]))

# 5 嘉善县 — audit transfer, forward to the city level (county -> city) + 告知书, 受理回告 (Qingming 2024)
f = ["嘉善审计移送处理书_善审移2024-2.txt", "善财函〔2024〕19号_转送嘉兴市财政局.docx", "嘉善县财政局_转送告知书.txt",
     "嘉兴市财政局受理回告.txt"]
T.append(dict(
    id="dev-05-jiashan-forward", number="善审移〔2024〕2号", files=f, holder=JX_CZ,
    custody_path=[JS_SJ, JS_CZ, JX_CZ],
    notes="Forward to another level: the purchaser is a city-level budget unit, so 嘉善县财政局 forwards to 嘉兴市财政局 and tells 嘉善县审计局 (告知书, forward dated as written 2024-04-02). The 受理回告 cites no number, only the project and purchaser. notify_acceptance from 2024-04-03 crosses Qingming 2024 (4-4..4-6 off, Sunday 4-7 worked): due 4-11 -> met.",
    events=[ev(f[0], "transfer", JS_SJ, JS_CZ, "2024-03-28"),
            ev(f[1], "forward", JS_CZ, JX_CZ, "2024-04-02"),
            ev(f[2], "forward", JS_CZ, JX_CZ, "2024-04-02"),
            ev(f[3], "accept", JX_CZ, JS_CZ, "2024-04-11")],
    deadlines=[dl(f[0], "transfer_case", "2024-03-21", "2024-03-28", "003 第十三条"),
               dl(f[1], "notify_acceptance", "2024-04-03", "2024-04-11", "003 第十五条")]))

# 6 随州市曾都区 — complaint to the wrong department (Spring Festival 2026), 投诉受理通知书, 投诉处理决定书 (HTML)
f = ["曾都区市场监管局_告知书_曾市监告〔2026〕3号.txt", "投诉受理通知书_曾财采受(2026)2号.txt", "曾都区财政局_投诉处理决定书.html"]
T.append(dict(
    id="dev-06-zengdu-complaint", number="曾财采受(2026)2号", files=f, holder=ZD_CZ,
    custody_path=[None, ZD_CZ],
    notes="Complaint lodged with 市场监管局 (wrong department, 003 第十一条). Received 2026-02-12; Saturday 2-14 worked, 2-15..2-23 off: due 2-24, notice 2-24 -> met on the last day. No complaint letter in the set, so the notices carry the deadlines. complaint_decision from 2026-03-02 crosses Qingming 2026 (4-4..4-6); decision 3-27 -> met. The decision records no event.",
    events=[ev(f[0], "complaint_redirect", ZD_SJ, None, "2026-02-24"),
            ev(f[1], "accept", ZD_CZ, None, "2026-03-04")],
    deadlines=[dl(f[0], "wrong_department_notice", "2026-02-12", "2026-02-24", "003 第十一条"),
               dl(f[1], "complaint_decision", "2026-03-02", "2026-03-27", "政府采购法 第五十六条")]))

# 7 修武县 — assistance request returned as incomplete (Qingming 2025), sent again, answered (reply in traditional characters)
f = ["修住建函〔2025〕21号_协助办理函.txt", "修公函〔2025〕15号_退回协助办理函.txt", "修住建函〔2025〕24号_协助办理函(重新报送).docx",
     "修武縣公安局協查情況復函.txt"]
T.append(dict(
    id="dev-07-xiuwu-assist", number="修住建函〔2025〕21号", files=f, holder=XW_ZJ,
    custody_path=[XW_ZJ],
    notes="Assistance thread (its own thread). The return names what is missing (basic facts, the matters and reasons, the evidence). Received 2025-04-02; Qingming 2025 (4-4..4-6): due 4-10, returned 4-09 -> met. The second request cites the return by number; the reply cites the second request.",
    events=[ev(f[0], "assist_request", XW_ZJ, XW_GA, "2025-04-01"),
            ev(f[1], "assist_return", XW_GA, XW_ZJ, "2025-04-09"),
            ev(f[2], "assist_request", XW_ZJ, XW_GA, "2025-04-16"),
            ev(f[3], "assist_reply", XW_GA, XW_ZJ, "2025-05-08")],
    deadlines=[dl(f[0], "return_assistance", "2025-04-02", "2025-04-09", "003 第十七条; 002 十四")]))

# 8 霍邱县 — 财政局 -> 纪委监委, 受理回告, late outcome report (National Day 2025)
f = ["霍财函〔2025〕88号_问题线索移送函.docx", "霍邱县纪委监委_受理情况回告.txt", "霍邱县纪委监委_线索处置结果反馈.txt"]
T.append(dict(
    id="dev-08-huoqiu-discipline", number="霍财函〔2025〕88号", files=f, holder=HQ_JW,
    custody_path=[HQ_CZ, HQ_JW],
    notes="纪委监委 signs jointly as 中共霍邱县纪律检查委员会 / 霍邱县监察委员会; named here by its first organ. Handling ended 2025-09-19; Sunday 9-28 worked, 10-1..10-8 off: due 10-10, report 10-14 -> missed.",
    events=[ev(f[0], "transfer", HQ_CZ, HQ_JW, "2025-06-16"),
            ev(f[1], "accept", HQ_JW, HQ_CZ, "2025-06-27"),
            ev(f[2], "outcome_report", HQ_JW, HQ_CZ, "2025-10-14")],
    deadlines=[dl(f[0], "transfer_case", "2025-06-10", "2025-06-16", "003 第十三条"),
               dl(f[0], "notify_acceptance", "2025-06-20", "2025-06-27", "003 第十五条"),
               dl(f[0], "report_outcome", "2025-09-19", "2025-10-14", "003 第十五条")]))

# 9 上饶市广丰区 — 财政局 -> 市场监管局 (商业贿赂), 立案回告, receipt filed after it (earlier date), outcome report, penalty citing the transfer
f = ["GF-01_广财购函〔2025〕7号_移送函.txt", "GF-02_广丰区市场监管局_立案回告.txt", "GF-03_广丰区市场监管局_接收回执.txt",
     "GF-04_办理结果回告.txt", "GF-05_行政处罚决定书_广市监处罚〔2025〕46号.html"]
T.append(dict(
    id="dev-09-guangfeng-bribery", number="广财购函〔2025〕7号", files=f, holder=GF_SJ,
    custody_path=[GF_CZ, GF_SJ],
    notes="Out of order: GF-03 (receipt, dated 2025-03-11, a scan sent later) sorts after GF-02 (立案回告, 2025-03-20). The penalty decision cites 广财购函〔2025〕7号, so it belongs here; the outcome report says the penalty was recorded on the credit platform on 2025-07-03. The outcome report cites no number, only the project.",
    events=[ev(f[0], "transfer", GF_CZ, GF_SJ, "2025-03-10"),
            ev(f[2], "receipt", GF_SJ, GF_CZ, "2025-03-11"),
            ev(f[1], "accept", GF_SJ, GF_CZ, "2025-03-20"),
            ev(f[3], "outcome_report", GF_SJ, GF_CZ, "2025-07-09")],
    deadlines=[dl(f[0], "transfer_case", "2025-03-04", "2025-03-10", "003 第十三条"),
               dl(f[0], "notify_acceptance", "2025-03-17", "2025-03-20", "003 第十五条"),
               dl(f[0], "report_outcome", "2025-06-30", "2025-07-09", "003 第十五条"),
               dl(f[4], "record_penalty_credit", "2025-06-30", "2025-07-03", "003 第九条")]))

# 10 临沂经济技术开发区 — transfer + receipt, nothing decided yet: return_out_of_duty still open on as_of
f = ["临开财金函〔2026〕9号.txt", "经开区分局回执_临开财金函9号.txt"]
T.append(dict(
    id="dev-10-linyi-open", number="临开财金函〔2026〕9号", files=f, holder=LY_GA,
    custody_path=[LY_CZ, LY_GA],
    notes="Received 2026-03-26; due 2026-04-02, after as_of -> open.",
    events=[ev(f[0], "transfer", LY_CZ, LY_GA, "2026-03-25"),
            ev(f[1], "receipt", LY_GA, LY_CZ, "2026-03-26")],
    deadlines=[dl(f[0], "transfer_case", "2026-03-19", "2026-03-25", "003 第十三条"),
               dl(f[0], "return_out_of_duty", "2026-03-26", None, "003 第十四条(三)")]))

# 11 湘潭县 — audit transfer (PDF) + receipt, nothing decided since: overdue
f = ["湘潭县审移〔2025〕5号_审计移送处理书.pdf", "湘潭县市场监管局回执.txt"]
T.append(dict(
    id="dev-11-xiangtan-overdue", number="湘潭县审移〔2025〕5号", files=f, holder=XT_SC,
    custody_path=[XT_SJ, XT_SC],
    notes="Received 2025-11-24; no decision letter by as_of -> return_out_of_duty overdue.",
    events=[ev(f[0], "transfer", XT_SJ, XT_SC, "2025-11-20"),
            ev(f[1], "receipt", XT_SC, XT_SJ, "2025-11-24")],
    deadlines=[dl(f[0], "transfer_case", "2025-11-14", "2025-11-20", "003 第十三条"),
               dl(f[0], "return_out_of_duty", "2025-11-24", None, "003 第十四条(三)")]))


def main():
    for t in T:
        for d in t["deadlines"]:
            d["due"] = due_date(d["rule"], d["anchor"]) if d["anchor"] else None
            d["status"] = status(d["due"], d["done"])
        # fixed key order for readability
        t["deadlines"] = [{k: d[k] for k in ("for_file", "rule", "anchor", "due", "done", "status", "clause", "note") if k in d}
                          for d in t["deadlines"]]
    out = {"as_of": AS_OF, "threads": T}
    (HERE / "gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for t in T:
        for d in t["deadlines"]:
            print(f"{t['id']:28} {d['rule']:24} {d['anchor']} -> {d['due']}  done {d['done']}  {d['status']}")


if __name__ == "__main__":
    main()
