#!/usr/bin/env python3
"""Writes gold.json of the dev2 letter set: the hand-made threads below, with every deadline's
due date and status computed here from the anchor and done dates read off the letters.

Due dates use the `chinesecalendar` package only (chinese_calendar.is_workday: the official
PRC calendar with its swapped working weekends) - never liandong's own code:

* working days: the n-th working day after the anchor (the anchor is day 0, whatever day it is);
* calendar days ("7日", record_penalty_credit): anchor + n days, moved forward to the next
  working day when that day is not a working day.

status: met (done <= due), missed (done > due), open (no done, AS_OF <= due),
overdue (no done, AS_OF > due), not_assessable (no anchor).

Run:  /work/main/.venv/bin/python eval/threads/dev2/make_gold_dates.py   (from /work/main)
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..'))
from tools.check_thread_set import due_iso, status_of as _status_of  # noqa: E402  (chinese_calendar.is_workday only)

AS_OF = '2026-10-16'

# rule id -> (n, unit, clause)
RULES = {
    'wrong_department_notice': (3, 'working_days', '003 第十一条'),
    'transfer_case': (5, 'working_days', '003 第十三条'),
    'return_out_of_duty': (5, 'working_days', '003 第十四条(三)'),
    'notify_acceptance': (5, 'working_days', '003 第十五条'),
    'report_outcome': (10, 'working_days', '003 第十五条'),
    'return_assistance': (5, 'working_days', '003 第十七条; 002 十四'),
    'complaint_decision': (30, 'working_days', '政府采购法 第五十六条'),
    'record_penalty_credit': (7, 'calendar_days', '003 第九条'),
}


def due_of(rule, anchor):
    n, unit, _ = RULES[rule]
    return due_iso(anchor, n, unit)


def status_of(due, done, as_of=AS_OF):
    return _status_of(due, done, as_of)


def E(file, event, frm, to, date):
    return {'file': file, 'event': event, 'from_agency': frm, 'to_agency': to, 'date': date}


def D(for_file, rule, anchor, done, note=''):
    return {'for_file': for_file, 'rule': rule, 'anchor': anchor, 'done': done, 'note': note}


# ------------------------------------------------------------------------------------------ threads
T = []

# T01 晋江市 (福建, 县级市): 财政局 -> 公安局, 串通投标; reported transfer to the procuratorate
f1, f2, f3, f4 = ('晋财采函〔2025〕9号-移送串通投标线索.txt', '接收回执_20250207.txt',
                  '晋公（经）立告字〔2025〕7号.txt', '晋江公安-案件办理结果反馈.docx')
T.append(dict(
    id='T01', number='晋财采函〔2025〕9号', files=[f1, f2, f3, f4], holder='晋江市人民检察院',
    events=[E(f1, 'transfer', '晋江市财政局', '晋江市公安局', '2025-02-06'),
            E(f2, 'receipt', '晋江市公安局', '晋江市财政局', '2025-02-07'),
            E(f3, 'accept', '晋江市公安局', '晋江市财政局', '2025-02-12'),
            E(f4, 'outcome_report', '晋江市公安局', '晋江市财政局', '2025-06-05'),
            E(f4, 'transfer', '晋江市公安局', '晋江市人民检察院', '2025-05-22')],
    deadlines=[D(f1, 'transfer_case', '2025-01-22', '2025-02-06', 'found 1-22; Spring Festival 1-28..2-4, 1-26 Sun a working day'),
               D(f1, 'notify_acceptance', '2025-02-10', '2025-02-12', '立案 2-10 written in the 立案告知书'),
               D(f1, 'report_outcome', '2025-05-20', '2025-06-05', '侦查终结 5-20; Dragon Boat 5-31..6-2')],
    notes='Receipt issued by the 经侦大队 of 晋江市公安局 (a sub-unit). The outcome report re-mentions the 2-10 立案 '
          '(not a further act: no second accept event). Its reported transfer to the procuratorate is dated as '
          'written (5-22) and starts no deadline; the 财政局 referral was passed on, so it owes no return.'))

# T02 伊金霍洛旗 (内蒙古, 旗): audit -> 住建局 (returned late, long reasons) -> 财政局; accepted; penalty; outcome
g1, g2, g3, g4, g5, g6 = ('审计移送处理书-伊审移3号.docx', '伊建函〔2024〕156号关于退回审计移送事项的函.txt',
                          '伊审移〔2024〕5号.txt', '旗财政局受理回告.txt',
                          '伊金霍洛旗人民政府-行政处罚决定书-伊财罚21号.html', '关于伊审移〔2024〕5号移送事项处理结果的函.txt')
T.append(dict(
    id='T02', number='伊审移〔2024〕3号', files=[g1, g2, g3, g4, g5, g6], holder='伊金霍洛旗财政局',
    events=[E(g1, 'transfer', '伊金霍洛旗审计局', '伊金霍洛旗住房和城乡建设局', '2024-09-10'),
            E(g2, 'return', '伊金霍洛旗住房和城乡建设局', '伊金霍洛旗审计局', '2024-09-23'),
            E(g3, 'transfer', '伊金霍洛旗审计局', '伊金霍洛旗财政局', '2024-09-27'),
            E(g4, 'accept', '伊金霍洛旗财政局', '伊金霍洛旗审计局', '2024-10-14'),
            E(g6, 'outcome_report', '伊金霍洛旗财政局', '伊金霍洛旗审计局', '2024-12-31')],
    deadlines=[D(g1, 'transfer_case', '2024-09-03', '2024-09-10', 'found 9-03 in the field audit'),
               D(g1, 'return_out_of_duty', '2024-09-12', '2024-09-23', 'receipt 9-12 written in the return; Mid-Autumn 9-15..17, 9-14 Sat a working day'),
               D(g3, 'notify_acceptance', '2024-10-09', '2024-10-14', 'decided 10-09; 10-12 Sat a working day'),
               D(g3, 'report_outcome', '2024-12-18', '2024-12-31', 'handling ended 12-18; New Year 1-1'),
               D(g5, 'record_penalty_credit', '2024-12-16', '2024-12-20', 'recorded 12-20 per the outcome report')],
    notes='The penalty decision cites 伊审移〔2024〕5号, so it belongs here (no event). The re-transfer does not '
          'write when the violation was found: no transfer_case for it. The first referral was returned, the '
          'second accepted: return_out_of_duty only for the first.'))

# T03 恭城瑶族自治县 (广西, 自治县): complaint lodged with 住建局, redirected; 财政局 accepts and decides
h1, h2, h3 = '恭城住建-投诉告知书.txt', '投诉受理通知书（恭财受〔2025〕6号）.docx', '恭城县政府网-投诉处理决定书.html'
T.append(dict(
    id='T03', number='GCZC2025-G1-0031', files=[h1, h2, h3], holder='恭城瑶族自治县财政局',
    events=[E(h1, 'complaint_redirect', '恭城瑶族自治县住房和城乡建设局', None, '2025-04-09'),
            E(h2, 'accept', '恭城瑶族自治县财政局', None, '2025-04-18')],
    deadlines=[D(h1, 'wrong_department_notice', '2025-04-02', '2025-04-09', 'complaint received 4-02; Qingming 4-04..06'),
               D(h2, 'complaint_decision', '2025-04-14', '2025-05-23', 'received by 财政局 4-14; Labour Day 5-01..05, 4-27 Sun a working day')],
    notes='No complaint letter in the set: both complaint deadlines are for the notices. The decision records no event.'))

# T04a 重庆市璧山区: 财政局 -> 市场监管局, commercial bribery; declined (late)
k1, k2, k3 = '璧山财政-移送函11号.txt', '回执（璧财采移11号）.txt', '璧山市监-不予立案告知书.docx'
T.append(dict(
    id='T04', number='璧财采移〔2025〕11号', files=[k1, k2, k3], holder='重庆市璧山区市场监督管理局',
    events=[E(k1, 'transfer', '重庆市璧山区财政局', '重庆市璧山区市场监督管理局', '2025-09-03'),
            E(k2, 'receipt', '重庆市璧山区市场监督管理局', '重庆市璧山区财政局', '2025-09-04'),
            E(k3, 'decline', '重庆市璧山区市场监督管理局', '重庆市璧山区财政局', '2025-10-17')],
    deadlines=[D(k1, 'transfer_case', '2025-08-28', '2025-09-03', '"8月28日" with the year omitted'),
               D(k1, 'notify_acceptance', '2025-10-09', '2025-10-17', '"10月9日" decided not to open; National Day 10-01..08, 10-11 Sat a working day')],
    notes='Same two agencies and same month as T05 (璧财采移〔2025〕14号). Declined: owes no return.'))

# T05 重庆市璧山区: 财政局 -> 市场监管局, counterfeit medical consumables; accepted; penalty; outcome by case number
m1, m2, m3, m4, m5 = ('璧财采移〔2025〕14号.txt', '市监局收件回执-人民医院耗材.txt', '璧山区市场监管局立案告知.txt',
                      '璧山区政府网_行政处罚决定书_璧市监罚〔2026〕17号.html', '办理结果回告（356号案）.txt')
T.append(dict(
    id='T05', number='璧财采移〔2025〕14号', files=[m1, m2, m3, m4, m5], holder='重庆市璧山区市场监督管理局',
    events=[E(m1, 'transfer', '重庆市璧山区财政局', '重庆市璧山区市场监督管理局', '2025-09-22'),
            E(m2, 'receipt', '重庆市璧山区市场监督管理局', '重庆市璧山区财政局', '2025-09-24'),
            E(m3, 'accept', '重庆市璧山区市场监督管理局', '重庆市璧山区财政局', '2025-09-30'),
            E(m5, 'outcome_report', '重庆市璧山区市场监督管理局', '重庆市璧山区财政局', '2026-02-27')],
    deadlines=[D(m1, 'notify_acceptance', '2025-09-29', '2025-09-30', '立案 9-29'),
               D(m1, 'report_outcome', '2026-02-10', '2026-02-27', 'done 2-10; Spring Festival 2-15..23, 2-14 and 2-28 Sat working days'),
               D(m4, 'record_penalty_credit', '2026-02-06', None, 'no letter says it was recorded')],
    notes='The receipt names only the project; the outcome report cites only the case number 璧市监立〔2025〕356号 '
          '(given in the 立案告知书). The transfer writes no date of finding ("日前"): no transfer_case.'))

# T06 重庆市璧山区: complaint redirect to a company (Chinese-numeral dates; notice on a swapped Sunday)
n1 = '璧山市监-关于举报事项的告知.txt'
T.append(dict(
    id='T06', number='璧市监告〔2025〕72号', files=[n1], holder=None,
    events=[E(n1, 'complaint_redirect', '重庆市璧山区市场监督管理局', None, '2025-09-28')],
    deadlines=[D(n1, 'wrong_department_notice', '2025-09-26', '2025-09-28', 'received 二〇二五年九月二十六日; 9-28 Sun a working day')],
    notes='Lone redirect notice; holder null.'))

# T07 弥勒市 (云南, 县级市): complaint letter in traditional characters + 投诉受理通知书; decision still due
p1, p2 = '投訴書-台弘精密機械.txt', '弥勒市财政局投诉受理通知书.txt'
T.append(dict(
    id='T07', number='MLZC2026-045', files=[p1, p2], holder='弥勒市财政局',
    events=[E(p2, 'accept', '弥勒市财政局', None, '2026-09-08')],
    deadlines=[D(p1, 'complaint_decision', '2026-09-02', None, 'received 9-02 (the letter is dated 9-01); Mid-Autumn 9-25..27, National Day 10-01..07, 9-20 and 10-10 working weekends')],
    notes='The complaint letter itself records no event; the complaint is in the set, so complaint_decision is for it.'))

# T08 绵阳高新区 (四川, 高新区 with its 管委会): 协查函 to the police branch; returned late; sent again; reply
q1, q2, q3, q4 = ('协查函-绵高财协2号.docx', '高新公安分局关于退回协查函的函.txt',
                  '协查函（补充材料后再次发送）.docx', '协查情况复函_高新分局_0615.txt')
T.append(dict(
    id='T08', number='绵高财协〔2026〕2号', files=[q1, q2, q3, q4], holder='绵阳高新技术产业开发区财政金融局',
    events=[E(q1, 'assist_request', '绵阳高新技术产业开发区财政金融局', '绵阳市公安局高新分局', '2026-04-29'),
            E(q2, 'assist_return', '绵阳市公安局高新分局', '绵阳高新技术产业开发区财政金融局', '2026-05-12'),
            E(q3, 'assist_request', '绵阳高新技术产业开发区财政金融局', '绵阳市公安局高新分局', '2026-05-20'),
            E(q4, 'assist_reply', '绵阳市公安局高新分局', '绵阳高新技术产业开发区财政金融局', '2026-06-15')],
    deadlines=[D(q1, 'return_assistance', '2026-04-30', '2026-05-12', 'receipt 4-30 written in the return; Labour Day 5-01..05, 5-09 Sat a working day')],
    notes='Page header of the first request names the 管委会, the signature the 财政金融局. The second request carries '
          'its number 绵高财协〔2026〕5号 only in the docx page header and is signed 高新区财政金融局. The reply is '
          'to the second request (assistance_feedback is "promptly": no deadline).'))

# T09 洛阳市洛龙区 (河南, city district, police 分局): 涉嫌犯罪案件移送书; receipt (traditional); 不予立案告知书
r1, r2, r3 = '洛龙财移〔2024〕4号涉嫌犯罪案件移送书.txt', '洛龙分局接收回执.txt', '洛龙公（经）不立告字〔2024〕3号.txt'
T.append(dict(
    id='T09', number='洛龙财移〔2024〕4号', files=[r1, r2, r3], holder='洛阳市公安局洛龙分局',
    events=[E(r1, 'transfer', '洛阳市洛龙区财政局', '洛阳市公安局洛龙分局', '2024-04-08'),
            E(r2, 'receipt', '洛阳市公安局洛龙分局', '洛阳市洛龙区财政局', '2024-04-09'),
            E(r3, 'decline', '洛阳市公安局洛龙分局', '洛阳市洛龙区财政局', '2024-04-26')],
    deadlines=[D(r1, 'transfer_case', '2024-03-29', '2024-04-08', 'report received 3-29; Qingming 4-04..06, 4-07 Sun a working day'),
               D(r1, 'notify_acceptance', '2024-04-24', '2024-04-26', 'decided 4-24; 4-28 Sun a working day')],
    notes='Copied (抄送) to the procuratorate: not a transfer. Declined: the police keep the file, no return owed.'))

# T10 周至县 (陕西): 财政局 -> 县纪委监委, letters signed by 中共周至县纪律检查委员会 + 周至县监察委员会
s1, s2, s3 = '周财函〔2025〕88号.txt', '县纪委监委关于问题线索处置情况的回告.txt', '周至县纪委监委-办理结果回告.docx'
JW = '中共周至县纪律检查委员会'
T.append(dict(
    id='T10', number='周财函〔2025〕88号', files=[s1, s2, s3], holder=JW,
    events=[E(s1, 'transfer', '周至县财政局', JW, '2025-06-03'),
            E(s2, 'accept', JW, '周至县财政局', '2025-06-20'),
            E(s3, 'outcome_report', JW, '周至县财政局', '2025-10-20')],
    deadlines=[D(s1, 'transfer_case', '2025-05-26', '2025-06-03', 'found 5-26; Dragon Boat 5-31..6-02'),
               D(s1, 'notify_acceptance', '2025-06-10', '2025-06-20', '初核 decided "6月10日" (year omitted)'),
               D(s1, 'report_outcome', '2025-09-29', '2025-10-20', 'ended 二〇二五年九月二十九日; National Day 10-01..08, 9-28 and 10-11 working weekends; reported on the due day')],
    notes='The joint body (合署办公) is named by its first name, 中共周至县纪律检查委员会 (judgement call). '
          'Its 初步核实 decision is read as the acceptance of the referral.'))

# T11 临洮县 (甘肃): trading centre report to 发改局 and 住建局 at once; 发改局 -> 公安局 (late); receipt; nothing decided yet
u1, u2, u3 = '临洮交易中心-异常情况报告.docx', '线索移送函（临发改函45号）.txt', '临洮县公安局-回执.txt'
T.append(dict(
    id='T11', number='临交中〔2026〕19号', files=[u1, u2, u3], holder='临洮县公安局',
    events=[E(u1, 'transfer', '临洮县公共资源交易中心', '临洮县发展和改革局', '2026-09-15'),
            E(u2, 'transfer', '临洮县发展和改革局', '临洮县公安局', '2026-09-29'),
            E(u3, 'receipt', '临洮县公安局', '临洮县发展和改革局', '2026-10-09')],
    deadlines=[D(u2, 'transfer_case', '2026-09-16', '2026-09-29', 'report received "9月16日" (year omitted); 9-20 Sun a working day'),
               D(u2, 'return_out_of_duty', '2026-10-09', None, 'receipt 10-09, nothing decided by as_of; 10-10 Sat a working day')],
    notes='The report is one transfer to the first addressee (发改局); 住建局 is a co-addressee and does not hold it. '
          'The 发改局 passed the report on, so the report owes no return.'))

# T12 广水市 (湖北, 县级市): audit -> 广水市财政局 -> forwarded to 随州市财政局 (转送函 cites the original by title only)
v1, v2, v3 = '广审移〔2026〕6号.txt', '转送函-广水市财政局.txt', '告知书（广审移6号转送情况）.txt'
T.append(dict(
    id='T12', number='广审移〔2026〕6号', files=[v1, v2, v3], holder='随州市财政局',
    events=[E(v1, 'transfer', '广水市审计局', '广水市财政局', '2026-09-24'),
            E(v2, 'forward', '广水市财政局', '随州市财政局', '2026-10-12'),
            E(v3, 'forward', '广水市财政局', '随州市财政局', '2026-10-12')],
    deadlines=[D(v1, 'transfer_case', '2026-09-18', '2026-09-24', 'found 9-18; 9-20 Sun a working day'),
               D(v2, 'return_out_of_duty', '2026-10-12', None, 'no receipt: from the 转送函 date; nothing decided by as_of')],
    notes='"市财政局" in a 县级市 letter is 广水市财政局; the forward goes to the prefecture-level 随州市财政局. '
          'The notice (告知书) reports the forward "10月12日" (year omitted). The forwarded referral owes no return.'))

# T13 北京市顺义区: audit transfer with 密级/紧急程度/份号 lines and two addressees; accepted
w1, w2 = '顺义区审计局移送处理书（顺审移12号）.docx', '顺义区财政局受理告知.txt'
T.append(dict(
    id='T13', number='顺审移〔2024〕12号', files=[w1, w2], holder='北京市顺义区财政局',
    events=[E(w1, 'transfer', '北京市顺义区审计局', '北京市顺义区财政局', '2024-12-20'),
            E(w2, 'accept', '北京市顺义区财政局', '北京市顺义区审计局', '2025-01-03')],
    deadlines=[D(w1, 'notify_acceptance', '2024-12-30', '2025-01-03', 'decided 2024-12-30; New Year 1-01')],
    notes='Two addressees (主送): one transfer to the first (judgement call, as for a trading centre report).'))

# T14 北京市顺义区: 协助办理函 to 人社局 about the T13 case (its own thread); reply in traditional characters
x1, x2 = '协助办理函-顺财采协〔2025〕1号.txt', '顺义区人社局复函.txt'
T.append(dict(
    id='T14', number='顺财采协〔2025〕1号', files=[x1, x2], holder='北京市顺义区财政局',
    events=[E(x1, 'assist_request', '北京市顺义区财政局', '北京市顺义区人力资源和社会保障局', '2025-01-08'),
            E(x2, 'assist_reply', '北京市顺义区人力资源和社会保障局', '北京市顺义区财政局', '2025-01-17')],
    deadlines=[],
    notes='Cites 顺审移〔2024〕12号 but an assistance request is its own thread (GOLD.md).'))

# T15 昆山市 (江苏, 县级市): 协助调查函 to the audit office; returned in time (traditional characters)
y1, y2 = '昆山住建局协助调查函.txt', '昆山市審計局退函.txt'
T.append(dict(
    id='T15', number='昆建协〔2025〕23号', files=[y1, y2], holder='昆山市住房和城乡建设局',
    events=[E(y1, 'assist_request', '昆山市住房和城乡建设局', '昆山市审计局', '2025-12-26'),
            E(y2, 'assist_return', '昆山市审计局', '昆山市住房和城乡建设局', '2026-01-06')],
    deadlines=[D(y1, 'return_assistance', '2025-12-29', '2026-01-06', 'receipt 12-29 written in the return; New Year 1-01..03, 1-04 Sun a working day; returned on the due day')]))

# T16 三都水族自治县 (贵州, 自治县): 财政局 -> 市场监管局 (returned in time) -> 住建局; accepted; penalty
z1, z2, z3, z4, z5, z6 = ('三财移〔2024〕2号.txt', '移送回执-县市场监管局.docx', '县市场监管局退回函.txt',
                          '三财移〔2024〕5号-移送县住建局.txt', '住建局受理回告-马尾绣广场.txt',
                          '三都县人民政府-住建局行政处罚决定书.html')
T.append(dict(
    id='T16', number='三财移〔2024〕2号', files=[z1, z2, z3, z4, z5, z6], holder='三都水族自治县住房和城乡建设局',
    events=[E(z1, 'transfer', '三都水族自治县财政局', '三都水族自治县市场监督管理局', '2024-04-28'),
            E(z2, 'receipt', '三都水族自治县市场监督管理局', '三都水族自治县财政局', '2024-04-30'),
            E(z3, 'return', '三都水族自治县市场监督管理局', '三都水族自治县财政局', '2024-05-08'),
            E(z4, 'transfer', '三都水族自治县财政局', '三都水族自治县住房和城乡建设局', '2024-05-15'),
            E(z5, 'accept', '三都水族自治县住房和城乡建设局', '三都水族自治县财政局', '2024-06-14')],
    deadlines=[D(z1, 'transfer_case', '2024-04-22', '2024-04-28', 'found 4-22; transfer dated 4-28, a Sunday working day'),
               D(z1, 'return_out_of_duty', '2024-04-30', '2024-05-08', 'receipt 4-30 (docx table; the return writes "4月30日"); Labour Day 5-01..05'),
               D(z4, 'notify_acceptance', '2024-06-06', '2024-06-14', 'decided 6-06; Dragon Boat 6-10; notice on the due day'),
               D(z6, 'record_penalty_credit', '2024-08-15', None, 'no letter says it was recorded')],
    notes='The receipt (a docx table) is dated only in its 接收时间 field. The penalty decision cites 三财移〔2024〕5号.'))


def build():
    threads = []
    for t in T:
        dls = []
        for d in t['deadlines']:
            due = due_of(d['rule'], d['anchor'])
            dls.append({'for_file': d['for_file'], 'rule': d['rule'], 'anchor': d['anchor'], 'due': due,
                        'done': d['done'], 'status': status_of(due, d['done']),
                        'clause': RULES[d['rule']][2], **({'note': d['note']} if d['note'] else {})})
        order = {'transfer': 0, 'receipt': 1, 'accept': 2, 'decline': 2, 'return': 3, 'forward': 4,
                 'outcome_report': 5, 'assist_request': 0, 'assist_return': 3, 'assist_reply': 5,
                 'complaint_redirect': 0}
        ev = sorted(t['events'], key=lambda e: (e['date'], order[e['event']]))
        threads.append({'id': t['id'], 'number': t.get('number'), 'files': t['files'], 'holder': t['holder'],
                        'events': ev, 'deadlines': dls, 'notes': t.get('notes', '')})
    return {'as_of': AS_OF, 'threads': threads}


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('gold.json written')
