#!/usr/bin/env python3
"""Writes gold.json for the dev3 letter set.

Threads, events, anchors and done dates are written here by hand (read from the letters);
due dates and statuses are computed with the `chinesecalendar` package's is_workday
(own code, not liandong's), following ../GOLD.md:

  working_days  the n-th PRC working day after the anchor (anchor = day 0, whatever day it is)
  calendar_days anchor + n days, moved to the next working day when that is not a working day
  status        met (done <= due) | missed (done > due) | open (no done, as_of <= due) | overdue

Run:  .venv/bin/python eval/threads/dev3/make_gold_dates.py     (from /work/main)
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..'))
from tools.check_thread_set import due_iso, status_of as _status_of  # noqa: E402  (chinese_calendar.is_workday only)

AS_OF = '2026-10-16'

PERIODS = {  # rule id of graph/rules/deadlines.yaml -> (n, unit, seed clause)
    'wrong_department_notice': (3, 'working_days', '003 第十一条'),
    'transfer_case': (5, 'working_days', '003 第十三条'),
    'return_out_of_duty': (5, 'working_days', '003 第十四条(三)'),
    'notify_acceptance': (5, 'working_days', '003 第十五条'),
    'report_outcome': (10, 'working_days', '003 第十五条'),
    'return_assistance': (5, 'working_days', '003 第十七条; 002 十四'),
    'record_penalty_credit': (7, 'calendar_days', '003 第九条'),
    'complaint_decision': (30, 'working_days', '政府采购法 第五十六条'),
}


def due_of(rule, anchor):
    n, unit, _ = PERIODS[rule]
    return due_iso(anchor, n, unit)


def status_of(due, done, as_of=AS_OF):
    return _status_of(due, done, as_of)


def E(file, event, frm, to, date):
    return {'file': file, 'event': event, 'from_agency': frm, 'to_agency': to, 'date': date}


def D(for_file, rule, anchor, done, note):
    return {'for_file': for_file, 'rule': rule, 'anchor': anchor, 'done': done, 'note': note}


# ----------------------------------------------------------------------------------------
# agencies (full names)
WDLC_CZ, WDLC_SJ = '五大连池市财政局', '五大连池市市场监督管理局'
CB_SJ, CB_CZ, CB_GA = '长白朝鲜族自治县市场监督管理局', '长白朝鲜族自治县财政局', '长白朝鲜族自治县公安局'
LH_CZ, LH_GA, LH_JCY = '海口市龙华区财政局', '海口市公安局龙华分局', '海口市龙华区人民检察院'
DL_SJ, DL_CZ, DL_ZJ, DL_SC = ('拉萨市堆龙德庆区审计局', '拉萨市堆龙德庆区财政局',
                              '拉萨市堆龙德庆区住房和城乡建设局', '拉萨市堆龙德庆区市场监督管理局')
HZ_CZ, HZ_SJ = '互助土族自治县财政局', '互助土族自治县市场监督管理局'
XY_GA, XY_CZ, XY_SJ = '孝义市公安局', '孝义市财政局', '孝义市审计局'
YK_JYZX, YK_JF, YK_GA, YK_CZ = ('银川经济技术开发区公共资源交易中心', '银川经济技术开发区经济发展局',
                               '银川市公安局经济技术开发区分局', '银川经济技术开发区财政局')
CJ_CZ, CJ_SJ = '昌吉市财政局', '昌吉市市场监督管理局'
BD_CZ, BD_SJ, TJ_SJW = '天津市宝坻区财政局', '天津市宝坻区市场监督管理局', '天津市市场监督管理委员会'
YC_CZ = '晋中市榆次区财政局'

THREADS = [
    {'id': 'wdlc-bribery', 'number': '五财采移〔2025〕2号',
     'custody_path': [WDLC_CZ, WDLC_SJ],
     'files': ['五财采移〔2025〕2号关于移送某采购代理机构涉嫌商业贿赂线索的函.docx',
               '移送回执（五大连池市场监管局）.txt',
               '五市监立告字[2025]第3号 立案告知书.txt',
               '五市监处罚〔2025〕11号 行政处罚决定书.html',
               '关于黑河鑫源招标代理有限公司涉嫌商业贿赂案办理结果的回告.txt'],
     'holder': WDLC_SJ,
     'events': [
         E('五财采移〔2025〕2号关于移送某采购代理机构涉嫌商业贿赂线索的函.docx', 'transfer', WDLC_CZ, WDLC_SJ, '2025-02-06'),
         E('移送回执（五大连池市场监管局）.txt', 'receipt', WDLC_SJ, WDLC_CZ, '2025-02-07'),
         E('五市监立告字[2025]第3号 立案告知书.txt', 'accept', WDLC_SJ, WDLC_CZ, '2025-02-21'),
         E('关于黑河鑫源招标代理有限公司涉嫌商业贿赂案办理结果的回告.txt', 'outcome_report', WDLC_SJ, WDLC_CZ, '2025-05-13')],
     'deadlines': [
         D('五财采移〔2025〕2号关于移送某采购代理机构涉嫌商业贿赂线索的函.docx', 'transfer_case', '2025-01-20', '2025-02-06',
           '在2025年1月20日开展的专项检查中发现; 1月26日(周日) is a swapped working day before Spring Festival, so the 5th working day is 1-26'),
         D('五财采移〔2025〕2号关于移送某采购代理机构涉嫌商业贿赂线索的函.docx', 'notify_acceptance', '2025-02-18', '2025-02-21',
           '经研究，我局于2月18日决定立案 (year from the letter); receipt 2025-02-07 is not the anchor'),
         D('五财采移〔2025〕2号关于移送某采购代理机构涉嫌商业贿赂线索的函.docx', 'report_outcome', '2025-04-28', '2025-05-13',
           '该案于2025年4月28日调查终结 (same day as the penalty decision); Labour Day 5-1..5-5'),
         D('五市监处罚〔2025〕11号 行政处罚决定书.html', 'record_penalty_credit', '2025-04-28', '2025-05-09',
           'decision 4-28 (page published 4-30 is not the anchor); +7 = 5-05 holiday -> 5-06; recorded 5月9日 per the outcome report'),
     ]},
    {'id': 'lh-collusion', 'number': '龙财函〔2024〕58号',
     'custody_path': [LH_CZ, LH_GA, LH_JCY],
     'files': ['龙财函〔2024〕58号 涉嫌串通投标案件移送书.docx',
               '回执-龙华分局经侦.txt',
               '海公龙（经）立告字〔2024〕0417号.txt',
               '关于龙华区城市道路智慧照明改造项目串通投标案办理情况的函.txt'],
     'holder': LH_JCY,
     'events': [
         E('龙财函〔2024〕58号 涉嫌串通投标案件移送书.docx', 'transfer', LH_CZ, LH_GA, '2024-06-07'),
         E('回执-龙华分局经侦.txt', 'receipt', LH_GA, LH_CZ, '2024-06-11'),
         E('海公龙（经）立告字〔2024〕0417号.txt', 'accept', LH_GA, LH_CZ, '2024-06-28'),
         E('关于龙华区城市道路智慧照明改造项目串通投标案办理情况的函.txt', 'transfer', LH_GA, LH_JCY, '2024-09-12'),
         E('关于龙华区城市道路智慧照明改造项目串通投标案办理情况的函.txt', 'outcome_report', LH_GA, LH_CZ, '2024-09-30')],
     'deadlines': [
         D('龙财函〔2024〕58号 涉嫌串通投标案件移送书.docx', 'transfer_case', '2024-06-03', '2024-06-07',
           '2024年6月3日，我局收到实名举报 (bid opening 5-21 and award notice 5-24 are not anchors); Dragon Boat 6-10'),
         D('龙财函〔2024〕58号 涉嫌串通投标案件移送书.docx', 'notify_acceptance', '2024-06-20', '2024-06-28',
           '已于二〇二四年六月二十日决定立案侦查'),
         D('龙财函〔2024〕58号 涉嫌串通投标案件移送书.docx', 'report_outcome', '2024-09-10', '2024-09-30',
           '该案已于9月10日侦查终结 (not 9-12, the onward transfer); Mid-Autumn 9-15..9-17, 9-14 Sat worked'),
     ]},
    {'id': 'dl-audit', 'number': '堆审移〔2025〕3号',
     'custody_path': [DL_SJ, DL_CZ, DL_SJ, DL_ZJ],
     'files': ['堆审移〔2025〕3号 审计移送处理书.docx',
               '堆财函〔2025〕21号 关于退回审计移送事项的函.txt',
               '堆审移〔2025〕5号.txt',
               '受理回告（乃琼镇安置点道路工程）.txt',
               '堆住建函〔2025〕47号.txt'],
     'holder': DL_ZJ,
     'events': [
         E('堆审移〔2025〕3号 审计移送处理书.docx', 'transfer', DL_SJ, DL_CZ, '2025-04-08'),
         E('堆财函〔2025〕21号 关于退回审计移送事项的函.txt', 'return', DL_CZ, DL_SJ, '2025-04-16'),
         E('堆审移〔2025〕5号.txt', 'transfer', DL_SJ, DL_ZJ, '2025-04-24'),
         E('受理回告（乃琼镇安置点道路工程）.txt', 'accept', DL_ZJ, DL_SJ, '2025-05-09'),
         E('堆住建函〔2025〕47号.txt', 'outcome_report', DL_ZJ, DL_SJ, '2025-07-18')],
     'deadlines': [
         D('堆审移〔2025〕3号 审计移送处理书.docx', 'transfer_case', '2025-03-31', '2025-04-08',
           '我局在2025年3月31日审计复核中发现 (audit period 2-24..3-28, bid opening, contract date are not anchors); Qingming 4-4'),
         D('堆审移〔2025〕3号 审计移送处理书.docx', 'return_out_of_duty', '2025-04-09', '2025-04-16',
           '已于4月9日收悉; returned on the 5th working day'),
         D('堆审移〔2025〕5号.txt', 'notify_acceptance', '2025-04-30', '2025-05-09',
           '我局于4月30日决定受理; Labour Day 5-1..5-5'),
         D('堆审移〔2025〕5号.txt', 'report_outcome', '2025-07-03', '2025-07-18',
           '该案已于2025年7月3日结案 (the 6月20日 meeting is not the anchor)'),
     ]},
    {'id': 'hz-assist', 'number': '互财协〔2025〕9号',
     'files': ['互财协〔2025〕9号 协助调查函.txt',
               '关于退回协助调查函的函（互市监函〔2026〕1号）.txt',
               '互财协〔2026〕2号 协助调查函.txt',
               '協查情況復函（互市監）.txt'],
     'holder': HZ_CZ,
     'events': [
         E('互财协〔2025〕9号 协助调查函.txt', 'assist_request', HZ_CZ, HZ_SJ, '2025-12-26'),
         E('关于退回协助调查函的函（互市监函〔2026〕1号）.txt', 'assist_return', HZ_SJ, HZ_CZ, '2026-01-05'),
         E('互财协〔2026〕2号 协助调查函.txt', 'assist_request', HZ_CZ, HZ_SJ, '2026-01-12'),
         E('協查情況復函（互市監）.txt', 'assist_reply', HZ_SJ, HZ_CZ, '2026-01-23')],
     'deadlines': [
         D('互财协〔2025〕9号 协助调查函.txt', 'return_assistance', '2025-12-29', '2026-01-05',
           '"12月29日，我局收到" in a letter of 2026-01-05: the year rolls back to 2025; New Year 1-1..1-2 (1-3 Sat off), 1-4 Sun worked'),
     ]},
    {'id': 'cb-complaint', 'number': '长财采诉〔2025〕3号',
     'files': ['长市监告〔2025〕14号 告知书.txt',
               '长财采诉〔2025〕3号 投诉受理通知书.txt',
               '长财采诉决〔2025〕3号 政府采购投诉处理决定书.html'],
     'holder': CB_CZ,
     'events': [
         E('长市监告〔2025〕14号 告知书.txt', 'complaint_redirect', CB_SJ, None, '2025-10-09'),
         E('长财采诉〔2025〕3号 投诉受理通知书.txt', 'accept', CB_CZ, None, '2025-10-15')],
     'deadlines': [
         D('长市监告〔2025〕14号 告知书.txt', 'wrong_department_notice', '2025-09-28', '2025-10-09',
           'complaint letter not in the set -> for_file is the notice; 我局2025年9月28日收到你公司投诉 (a swapped working Sunday); National Day 10-1..10-8'),
         D('长财采诉〔2025〕3号 投诉受理通知书.txt', 'complaint_decision', '2025-10-10', '2025-11-18',
           '你单位于2025年10月10日向我局提交的投诉; decision dated 11-18 (page published 11-19)'),
     ]},
    {'id': 'xy-assist', 'number': '孝公（经）协字〔2024〕31号',
     'files': ['孝公（经）协字〔2024〕31号 协查函.txt', '孝财函〔2024〕77号.txt'],
     'holder': XY_GA,
     'events': [
         E('孝公（经）协字〔2024〕31号 协查函.txt', 'assist_request', XY_GA, XY_CZ, '2024-09-27'),
         E('孝财函〔2024〕77号.txt', 'assist_return', XY_CZ, XY_GA, '2024-10-14')],
     'deadlines': [
         D('孝公（经）协字〔2024〕31号 协查函.txt', 'return_assistance', '2024-09-27', '2024-10-14',
           'the return writes no receipt date (only 收悉) -> the request date; bid opening 8-16 and archive hand-over 9-10 are not anchors; 9-29 Sun worked, National Day 10-1..10-7'),
     ]},
    {'id': 'yk-anomaly', 'number': '银开交〔2026〕12号',
     'custody_path': [YK_JYZX, YK_JF, YK_GA],
     'files': ['关于开发区标准化厂房二期项目投标异常情况的报告.docx',
               '银开经发函〔2026〕19号 关于移送标准化厂房二期项目涉嫌串通投标线索的函.txt',
               '回执（开发区分局 银开经发函19号）.txt',
               '银公开（经）立告字〔2026〕0086号.txt'],
     'holder': YK_GA,
     'events': [
         E('关于开发区标准化厂房二期项目投标异常情况的报告.docx', 'transfer', YK_JYZX, YK_JF, '2026-05-08'),
         E('银开经发函〔2026〕19号 关于移送标准化厂房二期项目涉嫌串通投标线索的函.txt', 'transfer', YK_JF, YK_GA, '2026-05-21'),
         E('回执（开发区分局 银开经发函19号）.txt', 'receipt', YK_GA, YK_JF, '2026-05-22'),
         E('银公开（经）立告字〔2026〕0086号.txt', 'accept', YK_GA, YK_JF, '2026-06-24')],
     'deadlines': [
         D('银开经发函〔2026〕19号 关于移送标准化厂房二期项目涉嫌串通投标线索的函.txt', 'transfer_case', '2026-05-13', '2026-05-21',
           '于2026年5月13日发现 (5月11日 receipt of the centre report and 4-28 bid opening are not the anchor)'),
         D('银开经发函〔2026〕19号 关于移送标准化厂房二期项目涉嫌串通投标线索的函.txt', 'notify_acceptance', '2026-06-15', '2026-06-24',
           '于2026年6月15日决定立案侦查; Dragon Boat 6-19'),
     ],
     'notes': 'the centre report names no discovery date (近日) -> no transfer_case for it; it was passed on by its receiver -> no return_out_of_duty'},
    {'id': 'yk-assist', 'number': '银公开协〔2026〕14号',
     'files': ['银公开协〔2026〕14号 协助调查函.txt', '關於協助調查函的回覆（交易中心）.txt'],
     'holder': YK_GA,
     'events': [
         E('银公开协〔2026〕14号 协助调查函.txt', 'assist_request', YK_GA, YK_JYZX, '2026-07-02'),
         E('關於協助調查函的回覆（交易中心）.txt', 'assist_reply', YK_JYZX, YK_GA, '2026-07-08')],
     'deadlines': [],
     'notes': 'an assistance thread about the case of yk-anomaly: its own thread (GOLD.md)'},
    {'id': 'cj-decline', 'number': '昌财采函〔2025〕36号',
     'custody_path': [CJ_CZ, CJ_SJ],
     'files': ['昌财采函〔2025〕36号.txt', '昌吉市市场监管局回执.txt', '昌市監不立告〔2025〕5號 不予立案告知書.txt'],
     'holder': CJ_SJ,
     'events': [
         E('昌财采函〔2025〕36号.txt', 'transfer', CJ_CZ, CJ_SJ, '2025-06-04'),
         E('昌吉市市场监管局回执.txt', 'receipt', CJ_SJ, CJ_CZ, '2025-06-05'),
         E('昌市監不立告〔2025〕5號 不予立案告知書.txt', 'decline', CJ_SJ, CJ_CZ, '2025-06-20')],
     'deadlines': [
         D('昌财采函〔2025〕36号.txt', 'transfer_case', '2025-05-27', '2025-06-04',
           '2025年5月27日，我局收到实名举报; Dragon Boat 6-2; transferred on the 5th working day'),
         D('昌财采函〔2025〕36号.txt', 'notify_acceptance', '2025-06-16', '2025-06-20',
           '于6月16日依法作出不予立案决定 (traditional characters)'),
     ]},
    {'id': 'bd-monopoly', 'number': '宝财函〔2026〕9号',
     'custody_path': [BD_CZ, BD_SJ, TJ_SJW],
     'files': ['宝财函〔2026〕9号 关于移送涉嫌达成垄断协议线索的函.txt',
               '宝市监函〔2026〕22号 转送函.docx',
               '关于宝财函〔2026〕9号线索转送情况的告知书.txt',
               '津市监垄立告〔2026〕3号.txt',
               '津市监垄函〔2026〕41号 案件办理结果告知.txt'],
     'holder': TJ_SJW,
     'events': [
         E('宝财函〔2026〕9号 关于移送涉嫌达成垄断协议线索的函.txt', 'transfer', BD_CZ, BD_SJ, '2026-02-25'),
         E('宝市监函〔2026〕22号 转送函.docx', 'forward', BD_SJ, TJ_SJW, '2026-03-05'),
         E('关于宝财函〔2026〕9号线索转送情况的告知书.txt', 'forward', BD_SJ, TJ_SJW, '2026-03-05'),
         E('津市监垄立告〔2026〕3号.txt', 'accept', TJ_SJW, BD_SJ, '2026-03-20'),
         E('津市监垄函〔2026〕41号 案件办理结果告知.txt', 'outcome_report', TJ_SJW, BD_SJ, '2026-08-13')],
     'deadlines': [
         D('宝财函〔2026〕9号 关于移送涉嫌达成垄断协议线索的函.txt', 'transfer_case', '2026-02-12', '2026-02-25',
           '在2月12日开展的专项检查中发现 (year from the letter; the 2025-11-08 meeting and 2025-12-19 opening are not anchors); 2-14 Sat worked, Spring Festival 2-15..2-23'),
         D('宝市监函〔2026〕22号 转送函.docx', 'notify_acceptance', '2026-03-16', '2026-03-20',
           '我委于2026年3月16日决定立案; the accepted referral is the forward'),
         D('宝市监函〔2026〕22号 转送函.docx', 'report_outcome', '2026-07-30', '2026-08-13',
           '该案已于2026年7月30日办理完毕 (6-12 review meeting is not the anchor); reported on the 10th working day'),
     ],
     'notes': 'the transfer was forwarded -> no return_out_of_duty for it; the forward was accepted -> none for it either'},
    {'id': 'yc-penalty', 'number': '榆财采罚〔2025〕4号',
     'files': ['榆财采罚〔2025〕4号 行政处罚决定书.docx', '关于推送山西晋韵信息技术有限公司行政处罚信息的函.txt'],
     'holder': YC_CZ, 'events': [],
     'deadlines': [
         D('榆财采罚〔2025〕4号 行政处罚决定书.docx', 'record_penalty_credit', '2025-09-30', '2025-10-09',
           '+7 = 10-07 in National Day, 10-08 too -> 10-09; recorded 2025年10月9日 per the push letter of 10-10 (立案 8-5, 告知 9-3 are not anchors)'),
     ],
     'notes': 'the push letter to 发改局 cites the decision number: same thread; it records no event'},
    {'id': 'yk-penalty', 'number': '银开财罚〔2026〕2号',
     'files': ['银开财罚〔2026〕2号 行政处罚决定书.html'],
     'holder': YK_CZ, 'events': [],
     'deadlines': [
         D('银开财罚〔2026〕2号 行政处罚决定书.html', 'record_penalty_credit', '2026-10-12', None,
           'decision 10-12 (page published 10-14); +7 = 10-19, open on as_of'),
     ]},
    {'id': 'hz-penalty', 'number': '互财罚〔2026〕6号',
     'files': ['互财罚〔2026〕6号 行政处罚决定书.txt'],
     'holder': HZ_CZ, 'events': [],
     'deadlines': [
         D('互财罚〔2026〕6号 行政处罚决定书.txt', 'record_penalty_credit', '2026-09-24', None,
           '二〇二六年九月二十四日; +7 = 10-01 in National Day -> 10-08; nothing says it was recorded -> overdue'),
     ]},
    {'id': 'wdlc-complaint', 'number': '五财告〔2026〕2号',
     'files': ['投诉书（黑河北疆建筑工程有限公司）.txt', '五财告〔2026〕2号 投诉告知书.txt'],
     'holder': None,
     'events': [
         E('五财告〔2026〕2号 投诉告知书.txt', 'complaint_redirect', WDLC_CZ, None, '2026-04-10')],
     'deadlines': [
         D('投诉书（黑河北疆建筑工程有限公司）.txt', 'wrong_department_notice', '2026-04-03', '2026-04-10',
           '我局4月3日收到你公司投诉 (the complaint is dated 4-2; opening 3-20, objection 3-24/3-27 are not anchors); Qingming 4-4..4-6'),
     ]},
    {'id': 'lh-complaint', 'number': '龙财采投受〔2024〕12号',
     'files': ['龙财采投受〔2024〕12号.txt', '龙财采投决〔2025〕2号 投诉处理决定书.html'],
     'holder': LH_CZ,
     'events': [
         E('龙财采投受〔2024〕12号.txt', 'accept', LH_CZ, None, '2024-12-20')],
     'deadlines': [
         D('龙财采投受〔2024〕12号.txt', 'complaint_decision', '2024-12-16', '2025-02-10',
           '我局于二〇二四年十二月十六日收到; New Year 2025-1-1, 1-26 Sun worked; decision 2-10 (page 2-12) after Spring Festival'),
     ]},
    {'id': 'bd-complaint', 'number': '宝财采诉〔2026〕7号',
     'files': ['投訴書（天津津宏安防）.txt', '宝财采诉〔2026〕7号 投诉受理通知书.txt'],
     'holder': BD_CZ,
     'events': [
         E('宝财采诉〔2026〕7号 投诉受理通知书.txt', 'accept', BD_CZ, None, '2026-10-09')],
     'deadlines': [
         D('投訴書（天津津宏安防）.txt', 'complaint_decision', '2026-09-28', None,
           'complaint letter in the set -> for_file; received 2026年9月28日 (mailed, letter dated 9-25); open on as_of'),
     ]},
    {'id': 'xy-audit', 'number': '孝审移〔2026〕6号',
     'custody_path': [XY_SJ, XY_CZ],
     'files': ['孝审移〔2026〕6号 审计移送处理书.txt', '孝财回执（孝审移6号）.txt'],
     'holder': XY_CZ,
     'events': [
         E('孝审移〔2026〕6号 审计移送处理书.txt', 'transfer', XY_SJ, XY_CZ, '2026-10-12'),
         E('孝财回执（孝审移6号）.txt', 'receipt', XY_CZ, XY_SJ, '2026-10-13')],
     'deadlines': [
         D('孝审移〔2026〕6号 审计移送处理书.txt', 'return_out_of_duty', '2026-10-13', None,
           'nothing decided yet; 接收日期：2026年10月13日 -> due 10-20, open on as_of. No transfer_case: the audit period 7-14..9-11 is no discovery date'),
     ]},
    {'id': 'dl-food', 'number': '堆财函〔2026〕33号',
     'custody_path': [DL_CZ, DL_SC],
     'files': ['堆财函〔2026〕33号.docx', '回执（堆龙德庆区市场监管局）.txt'],
     'holder': DL_SC,
     'events': [
         E('堆财函〔2026〕33号.docx', 'transfer', DL_CZ, DL_SC, '2026-09-29'),
         E('回执（堆龙德庆区市场监管局）.txt', 'receipt', DL_SC, DL_CZ, '2026-09-30')],
     'deadlines': [
         D('堆财函〔2026〕33号.docx', 'transfer_case', '2026-09-22', '2026-09-29',
           '我局于2026年9月22日收到举报; Mid-Autumn 9-25'),
         D('堆财函〔2026〕33号.docx', 'return_out_of_duty', '2026-09-30', None,
           '收到时间：2026.9.30; National Day 10-1..10-7, 10-10 Sat worked -> due 10-13, overdue on as_of'),
     ]},
    {'id': 'cb-police-return', 'number': '长财函〔2024〕17号',
     'custody_path': [CB_CZ, CB_GA, CB_CZ],
     'files': ['长财函〔2024〕17号 关于移送白山市宏达家具有限公司有关问题的函.txt', '长公函〔2024〕9号 关于退回移送案件材料的函.txt'],
     'holder': CB_CZ,
     'events': [
         E('长财函〔2024〕17号 关于移送白山市宏达家具有限公司有关问题的函.txt', 'transfer', CB_CZ, CB_GA, '2024-04-30'),
         E('长公函〔2024〕9号 关于退回移送案件材料的函.txt', 'return', CB_GA, CB_CZ, '2024-05-13')],
     'deadlines': [
         D('长财函〔2024〕17号 关于移送白山市宏达家具有限公司有关问题的函.txt', 'transfer_case', '2024-04-23', '2024-04-30',
           '我局4月23日收到…投诉 (year from the letter); 4-28 Sun worked -> due 4-29'),
         D('长财函〔2024〕17号 关于移送白山市宏达家具有限公司有关问题的函.txt', 'return_out_of_duty', '2024-05-06', '2024-05-13',
           '我局于2024年5月6日收到 (not the letter date 4-30); Labour Day 5-1..5-5, 5-11 Sat worked -> due 5-11'),
     ]},
]


def build():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for t in THREADS:
        t = dict(t)
        dls = []
        for x in t['deadlines']:
            due = due_of(x['rule'], x['anchor'])
            n, unit, clause = PERIODS[x['rule']]
            dls.append({'for_file': x['for_file'], 'rule': x['rule'], 'anchor': x['anchor'], 'due': due,
                        'done': x['done'], 'status': status_of(due, x['done']), 'clause': clause,
                        'notes': x['note']})
        t['deadlines'] = dls
        out.append(t)
    gold = {'as_of': AS_OF, 'threads': out}
    with open(os.path.join(here, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return gold


if __name__ == '__main__':
    g = build()
    if '-v' in sys.argv:
        for t in g['threads']:
            for x in t['deadlines']:
                print(f"{t['id']:16} {x['rule']:24} {x['anchor']} -> {x['due']}  done {x['done']}  {x['status']}")
