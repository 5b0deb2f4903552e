#!/usr/bin/env python3
"""Build gold.json for the held-out letter set.

Thread membership, events and anchors are written by hand below (from reading the letters);
only the due dates and statuses are computed, with the `chinesecalendar` package's
is_workday (official PRC calendar incl. swapped working weekends), never with liandong's code.
Conventions: eval/threads/GOLD.md.
Run: /work/main/.venv/bin/python eval/threads/heldout/make_gold_dates.py
"""
import datetime as dt, json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..'))
from tools.check_thread_set import due_iso, status_of  # noqa: E402  (chinese_calendar.is_workday only)

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = '2026-10-09'

PERIOD = {  # rule id -> (n, unit), copied from graph/rules/deadlines.yaml
    'wrong_department_notice': (3, 'working_days'), 'transfer_case': (5, 'working_days'),
    'return_out_of_duty': (5, 'working_days'), 'notify_acceptance': (5, 'working_days'),
    'report_outcome': (10, 'working_days'), 'return_assistance': (5, 'working_days'),
    'record_penalty_credit': (7, 'calendar_days'), 'complaint_decision': (30, 'working_days'),
}


def d(s):
    return dt.date.fromisoformat(s)


def due_date(anchor, rule):
    return d(due_iso(anchor, *PERIOD[rule]))


def status(due, done, as_of):
    return status_of(due.isoformat() if due else None, done or None, as_of)


def ev(file, event, frm, to, date):
    return {'file': file, 'event': event, 'from_agency': frm, 'to_agency': to, 'date': date}


def dl(for_file, rule, anchor, done, clause):
    return {'for_file': for_file, 'rule': rule, 'anchor': anchor, 'done': done, 'clause': clause}


# agency full names
HS_SJ, HS_CZ, HS_SJG = '霍山县审计局', '霍山县财政局', '霍山县市场监督管理局'
LY_CZ, LY_GA, LY_JCY = '洛阳市西工区财政局', '洛阳市公安局西工分局', '洛阳市西工区人民检察院'
DY_ZX, DY_FG, DY_GA = '都匀市公共资源交易中心', '都匀市发展和改革局', '都匀市公安局'
MJ_CZ, MJ_SJ, GS_SJ = '天水市麦积区财政局', '天水市麦积区市场监督管理局', '甘肃省市场监督管理局'
GF_SJ, GF_CZ, GF_ZJ = '上饶市广丰区市场监督管理局', '上饶市广丰区财政局', '上饶市广丰区住房和城乡建设局'
JH_GW, JH_GA = '金华经济技术开发区管理委员会', '金华市公安局开发区分局'
LG_SJ, LG_CZ = '桂林市临桂区市场监督管理局', '桂林市临桂区财政局'
LS_CZ, LS_GA = '临沂市兰山区财政局', '临沂市公安局兰山分局'

THREADS = [
    {'id': 'ho-01', 'number': '霍审移〔2024〕3号', 'holder': HS_CZ,
     'files': ['scan_0412.docx', '2024-031.txt', 'wj-0877.txt', '来文37.html', '2025-006.txt'],
     'custody_path': [HS_SJ, HS_CZ],
     'events': [ev('scan_0412.docx', 'transfer', HS_SJ, HS_CZ, '2024-09-30'),
                ev('2024-031.txt', 'receipt', HS_CZ, HS_SJ, '2024-10-08'),
                ev('wj-0877.txt', 'accept', HS_CZ, HS_SJ, '2024-10-18'),
                ev('2025-006.txt', 'outcome_report', HS_CZ, HS_SJ, '2025-02-12')],
     'deadlines': [dl('scan_0412.docx', 'transfer_case', '2024-09-24', '2024-09-30', '003 第十三条'),
                   dl('scan_0412.docx', 'notify_acceptance', '2024-10-10', '2024-10-18', '003 第十五条'),
                   dl('scan_0412.docx', 'report_outcome', '2025-01-17', '2025-02-12', '003 第十五条'),
                   dl('来文37.html', 'record_penalty_credit', '2025-01-17', '2025-01-21', '003 第九条')],
     'notes': ['audit 移送处理书 (traditional-character outcome report); the penalty decision cites 霍审移〔2024〕3号 so it belongs here',
               'transfer_case window crosses the National Day 2024 swapped Sunday 2024-09-29',
               'report_outcome window crosses Spring Festival 2025 (swapped Sunday 2025-01-26); missed',
               'record_penalty_credit done = 2025-01-21 as written in the outcome report']},
    {'id': 'ho-02', 'number': '洛西财移〔2025〕4号', 'holder': LY_JCY,
     'files': ['doc0093.txt', '扫描件_07.docx', 'scan_0392.txt', 'scan_0117.docx'],
     'custody_path': [LY_CZ, LY_GA, LY_JCY],
     'events': [ev('doc0093.txt', 'transfer', LY_CZ, LY_GA, '2025-04-07'),
                ev('扫描件_07.docx', 'receipt', LY_GA, LY_CZ, '2025-04-09'),
                ev('scan_0392.txt', 'accept', LY_GA, LY_CZ, '2025-04-18'),
                ev('scan_0117.docx', 'transfer', LY_GA, LY_JCY, '2025-09-29'),
                ev('scan_0117.docx', 'outcome_report', LY_GA, LY_CZ, '2025-10-15')],
     'deadlines': [dl('doc0093.txt', 'transfer_case', '2025-03-28', '2025-04-07', '003 第十三条'),
                   dl('doc0093.txt', 'notify_acceptance', '2025-04-14', '2025-04-18', '003 第十五条'),
                   dl('doc0093.txt', 'report_outcome', '2025-09-26', '2025-10-15', '003 第十五条')],
     'notes': ['涉嫌犯罪案件移送书; transfer_case crosses Qingming 2025 and is met on the due day',
               'outcome report reports the further transfer to the procuratorate on 2025-09-29; its window crosses National Day 2025 and the swapped days 2025-09-28 / 2025-10-11',
               'file names scan_0117 (Oct) / scan_0392 (Apr): name order is the reverse of date order; the 抄送 to the procuratorate on the first letter is not a transfer']},
    {'id': 'ho-03', 'number': '都公资交报〔2024〕12号', 'holder': DY_GA,
     'files': ['收文_118.txt', '2024-045.txt', '收文_131.txt'],
     'custody_path': [DY_ZX, DY_FG, DY_GA],
     'events': [ev('收文_118.txt', 'transfer', DY_ZX, DY_FG, '2024-11-05'),
                ev('2024-045.txt', 'accept', DY_FG, DY_ZX, '2024-11-13'),
                ev('收文_131.txt', 'transfer', DY_FG, DY_GA, '2024-12-16'),
                ev('收文_131.txt', 'outcome_report', DY_FG, DY_ZX, '2024-12-27')],
     'deadlines': [dl('收文_118.txt', 'transfer_case', '2024-10-30', '2024-11-05', '003 第十三条'),
                   dl('收文_118.txt', 'notify_acceptance', '2024-11-08', '2024-11-13', '003 第十五条'),
                   dl('收文_118.txt', 'report_outcome', '2024-12-13', '2024-12-27', '003 第十五条')],
     'notes': ['trading-centre 异常情况报告 addressed to 发改局 and 住建局: one transfer to the first addressee',
               'acceptance notice cites only "你单位来函收悉"; the outcome feedback cites only the project number and the companies',
               'transfer_case listed because the report writes the day the anomaly was found (2024-10-30)',
               'the further transfer to 都匀市公安局 is reported only (no letter in the set): no return_out_of_duty is listed for it']},
    {'id': 'ho-04', 'number': '麦财函〔2026〕8号', 'holder': GS_SJ,
     'files': ['2026-014.txt', '收件-5531.txt', '文件(3).docx', '2026-022.txt'],
     'custody_path': [MJ_CZ, MJ_SJ, GS_SJ],
     'events': [ev('2026-014.txt', 'transfer', MJ_CZ, MJ_SJ, '2026-02-24'),
                ev('收件-5531.txt', 'receipt', MJ_SJ, MJ_CZ, '2026-02-26'),
                ev('文件(3).docx', 'forward', MJ_SJ, GS_SJ, '2026-03-06'),
                ev('2026-022.txt', 'forward', MJ_SJ, GS_SJ, '2026-03-06')],
     'deadlines': [dl('2026-014.txt', 'transfer_case', '2026-02-10', '2026-02-24', '003 第十三条'),
                   dl('文件(3).docx', 'return_out_of_duty', '2026-03-06', None, '003 第十四条(三)')],
     'notes': ['forward to the provincial level (monopoly agreement) + 告知书 to the sender (traditional characters); both are forward events dated 2026-03-06',
               'transfer_case crosses Spring Festival 2026 (swapped Saturday 2026-02-14); met on the due day',
               'the forward to the province is a referral nothing has decided yet: return_out_of_duty listed, anchored on the forward letter (no receipt written)',
               'shares 甘肃陇原康泰医疗器械有限公司 with ho-10 (a separate penalty thread, which cites no letter of this one)']},
    {'id': 'ho-05', 'number': '广市监移〔2024〕6号', 'holder': GF_ZJ,
     'files': ['2024-118.txt', '2024-097.txt', '来文41.txt', 'scan_0433.txt', '2024-152.txt'],
     'custody_path': [GF_SJ, GF_CZ, GF_SJ, GF_ZJ],
     'events': [ev('2024-118.txt', 'transfer', GF_SJ, GF_CZ, '2024-03-29'),
                ev('2024-097.txt', 'return', GF_CZ, GF_SJ, '2024-04-12'),
                ev('来文41.txt', 'transfer', GF_SJ, GF_ZJ, '2024-04-17'),
                ev('scan_0433.txt', 'receipt', GF_ZJ, GF_SJ, '2024-04-18'),
                ev('2024-152.txt', 'accept', GF_ZJ, GF_SJ, '2024-05-08')],
     'deadlines': [dl('2024-118.txt', 'transfer_case', '2024-03-22', '2024-03-29', '003 第十三条'),
                   dl('2024-118.txt', 'return_out_of_duty', '2024-04-01', '2024-04-12', '003 第十四条(三)'),
                   dl('来文41.txt', 'notify_acceptance', '2024-04-25', '2024-05-08', '003 第十五条')],
     'notes': ['return with reasons (construction tendering is not the finance bureau''s duty), then re-routing to 住建局',
               'return_out_of_duty anchored on the receipt date written in the return letter; window crosses Qingming 2024 and the swapped Sunday 2024-04-07; missed',
               'notify_acceptance window crosses Labour Day 2024 and the swapped Sunday 2024-04-28; missed',
               'the re-transfer writes no date of finding: no transfer_case for it; file names 2024-118 (earlier) / 2024-097 (later) run against the dates']},
    {'id': 'ho-06', 'number': '金开管协〔2024〕5号', 'holder': JH_GW,
     'files': ['doc0102.txt', '收文_0929.txt', '2024-203.txt', '扫描件_12.docx'],
     'custody_path': [JH_GW],
     'events': [ev('doc0102.txt', 'assist_request', JH_GW, JH_GA, '2024-09-25'),
                ev('收文_0929.txt', 'assist_return', JH_GA, JH_GW, '2024-10-09'),
                ev('2024-203.txt', 'assist_request', JH_GW, JH_GA, '2024-10-14'),
                ev('扫描件_12.docx', 'assist_reply', JH_GA, JH_GW, '2024-11-04')],
     'deadlines': [dl('doc0102.txt', 'return_assistance', '2024-09-26', '2024-10-09', '003 第十七条; 002 十四')],
     'notes': ['assistance letter returned as incomplete (no basic facts, no reasons, no evidence: 003 第十六条), sent again, answered',
               'return_assistance window crosses National Day 2024 and the swapped Sunday 2024-09-29; met on the due day',
               'the return letter is in traditional characters']},
    {'id': 'ho-07', 'number': '临财采投受〔2025〕11号', 'holder': LG_CZ,
     'files': ['2025-077.txt', 'wj-0921.txt', '来文63.html'],
     'custody_path': [None, LG_CZ],
     'events': [ev('2025-077.txt', 'complaint_redirect', LG_SJ, None, '2025-10-09'),
                ev('wj-0921.txt', 'accept', LG_CZ, None, '2025-10-16')],
     'deadlines': [dl('2025-077.txt', 'wrong_department_notice', '2025-09-26', '2025-10-09', '003 第十一条'),
                   dl('wj-0921.txt', 'complaint_decision', '2025-10-13', '2025-11-21', '政府采购法 第五十六条')],
     'notes': ['complaint lodged with market regulation, redirected to the finance bureau, accepted and decided there (decision page records no event)',
               'wrong_department_notice window contains the swapped Sunday 2025-09-28 and National Day 2025; missed',
               'the complaint letters themselves are not in the set: for_file is the redirect notice / the acceptance notice']},
    {'id': 'ho-08', 'number': '临兰财函〔2026〕15号', 'holder': LS_GA,
     'files': ['2026-031.txt', '收件-5602.txt', 'doc0115.txt'],
     'custody_path': [LS_CZ, LS_GA],
     'events': [ev('2026-031.txt', 'transfer', LS_CZ, LS_GA, '2026-03-27'),
                ev('收件-5602.txt', 'receipt', LS_GA, LS_CZ, '2026-03-30'),
                ev('doc0115.txt', 'decline', LS_GA, LS_CZ, '2026-04-10')],
     'deadlines': [dl('2026-031.txt', 'transfer_case', '2026-03-20', '2026-03-27', '003 第十三条'),
                   dl('2026-031.txt', 'notify_acceptance', '2026-04-02', '2026-04-10', '003 第十五条')],
     'notes': ['不予立案告知书: the decliner keeps the file; notify_acceptance window crosses Qingming 2026, met on the due day',
               'the decline notice cites the referral only as "你局来函收悉" plus the company names']},
    {'id': 'ho-09', 'number': '霍财监函〔2026〕17号', 'holder': HS_SJG,
     'files': ['2026-158.txt', '收件-6018.txt'],
     'custody_path': [HS_CZ, HS_SJG],
     'events': [ev('2026-158.txt', 'transfer', HS_CZ, HS_SJG, '2026-09-24'),
                ev('收件-6018.txt', 'receipt', HS_SJG, HS_CZ, '2026-09-28')],
     'deadlines': [dl('2026-158.txt', 'transfer_case', '2026-09-14', '2026-09-24', '003 第十三条'),
                   dl('2026-158.txt', 'return_out_of_duty', '2026-09-28', None, '003 第十四条(三)')],
     'notes': ['same agencies and the same company as ho-01, but a new matter and no cited number of ho-01',
               'transfer_case due on the swapped working Sunday 2026-09-20; missed',
               'return_out_of_duty: nothing decided yet; window crosses National Day 2026, due on the swapped Saturday 2026-10-10; open on as_of']},
    {'id': 'ho-10', 'number': '麦财罚〔2026〕1号', 'holder': MJ_CZ,
     'files': ['来文52.html'],
     'custody_path': [MJ_CZ],
     'events': [],
     'deadlines': [dl('来文52.html', 'record_penalty_credit', '2026-01-30', None, '003 第九条')],
     'notes': ['lone penalty decision (web page); no letter says it was recorded on the credit platform: overdue on as_of']},
]


def main():
    out = []
    for t in THREADS:
        t = dict(t)
        dls = []
        for x in t['deadlines']:
            due = due_date(x['anchor'], x['rule']) if x['anchor'] else None
            y = dict(x)
            y['due'] = due.isoformat() if due else None
            y['status'] = status(due, x['done'], AS_OF)
            dls.append({k: y[k] for k in ('for_file', 'rule', 'anchor', 'due', 'done', 'status', 'clause')})
        t['deadlines'] = dls
        out.append({k: t[k] for k in ('id', 'number', 'files', 'holder', 'events', 'deadlines', 'custody_path', 'notes')})
    with open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump({'as_of': AS_OF, 'threads': out}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    for t in out:
        for x in t['deadlines']:
            print(t['id'], x['for_file'], x['rule'], x['anchor'], x['due'], x['done'], x['status'])


if __name__ == '__main__':
    main()
