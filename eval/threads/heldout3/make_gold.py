#!/usr/bin/env python3
"""Writes gold.json for the heldout3 letter set.

Threads, holders, events, anchors and done dates are written here by hand, read from the
letters (letters_a.py / letters_b.py); due dates and statuses are computed with the
`chinesecalendar` package's is_workday (own code, not liandong's), following ../GOLD.md:

  working_days  the n-th PRC working day after the anchor (anchor = day 0, whatever day it is)
  calendar_days anchor + n days, moved to the next working day when that is not a working day
  status        met (done <= due) | missed (done > due) | open (no done, as_of <= due) | overdue

Run from /work/main:  .venv/bin/python eval/threads/heldout3/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', '..'))
from tools.check_thread_set import due_iso, status_of  # noqa: E402  (chinese_calendar.is_workday only)
AS_OF = '2026-11-20'

PERIODS = {  # rule id of graph/rules/deadlines.yaml -> (n, unit, seed clause)
    'wrong_department_notice': (3, 'working_days', '003 第十一条'),
    'transfer_case': (5, 'working_days', '003 第十三条'),
    'return_out_of_duty': (5, 'working_days', '003 第十四条'),
    'notify_acceptance': (5, 'working_days', '003 第十五条'),
    'report_outcome': (10, 'working_days', '003 第十五条'),
    'return_assistance': (5, 'working_days', '003 第十七条; 002 十四'),
    'record_penalty_credit': (7, 'calendar_days', '003 第九条'),
    'complaint_decision': (30, 'working_days', '政府采购法 第五十六条'),
}


def due_of(rule, anchor):
    n, unit, _ = PERIODS[rule]
    return due_iso(anchor, n, unit)


def status(due, done):
    return status_of(due, done or None, AS_OF)


# short names of the files (full names in letters/)
F = {
    'ly1': '龙财采移〔2026〕3号 关于移送衢州康泰医疗器械有限公司等涉嫌串通投标线索的函.docx',
    'ly2': '接收回执-龙游县公安局.txt',
    'ly3': '龙公经〔2026〕21号 退回函.txt',
    'ly4': '关于移送龙游县第二人民医院工作人员涉嫌违规干预政府采购问题线索的函.txt',
    'ly5': '龙纪回〔2026〕8号.txt',
    'lz1': '阆中市公共资源交易中心关于古城片区雨污分流改造工程投标异常情况的报告.docx',
    'lz2': '回执（阆中住建）.txt',
    'lz3': '阆住建立告〔2026〕7号 立案告知书.txt',
    'lz4': '阆住建函〔2026〕58号 关于古城片区雨污分流改造工程串通投标案办理结果的回告.txt',
    'qz1': '投诉书-潍坊博瑞办公设备有限公司.txt',
    'qz2': '青市监告〔2026〕9号 告知书.txt',
    'qz3': '青财采诉受〔2026〕6号 投诉受理通知书.docx',
    'qz4': 'qzcz_tsjd_2026_06.html',
    'xw1': '宣纪协〔2026〕11号 协查函.txt',
    'xw2': '宣财函〔2026〕96号 关于退回宣纪协〔2026〕11号协查函的函.txt',
    'xw3': '宣纪协〔2026〕14号.docx',
    'xw4': '宣公资交函〔2026〕23号 复函.txt',
    'jo1': '建审移〔2026〕4号 审计移送处理书.docx',
    'jo2': '建财函〔2026〕71号 转送函.txt',
    'jo3': '关于审计移送事项转送情况的告知书.txt',
    'jo4': '南财采函【2026】133号 受理回告.txt',
    'cg1': '城财移[2026]2号.txt',
    'cg2': '城固县公安局回执.docx',
    'cg3': '城公(经)不立字【2026】4号 不予立案告知书.txt',
    'rq1': '任审移〔2026〕6号（繁）.txt',
    'rq2': '任丘纪委监委回执.txt',
    'ls1': '梨公资〔2026〕9号 异常情况报告.docx',
    'ls2': '梨发改函〔2026〕47号.txt',
    'ls3': '梨财立告〔2026〕3号.txt',
    'ls4': 'lszfcg_cfjd_0009.html',
    'ls5': '梨财函〔2026〕88号 办理结果回告.docx',
    'dt1': '东财协〔2026〕5号 协助调查函.txt',
    'dt2': '东市监函〔2026〕31号 退回函.txt',
    'dt3': '东财协〔2026〕6号 协助调查函（重新发送）.docx',
    'dt4': '东市监函〔2026〕35号 复函.txt',
    'qa1': '投诉材料（天水陇原信息技术有限公司）.txt',
    'qa2': '秦公告字〔2026〕3号 告知书.txt',
    'nc1': '南市监移〔2026〕8号 线索移送函.txt',
    'nc2': '南财函〔2026〕102号 关于退回线索材料的函.docx',
    'nc3': '南市监移〔2026〕11号.txt',
}

# agencies in full
LYCZ, LYGA, LYJW = '龙游县财政局', '龙游县公安局', '中共龙游县纪律检查委员会'
LZJY, LZZJ, LZGA = '阆中市公共资源交易中心', '阆中市住房和城乡建设局', '阆中市公安局'
QZSJ, QZCZ = '青州市市场监督管理局', '青州市财政局'
XWJW, XWCZ, XWJY = '中共宣威市纪律检查委员会', '宣威市财政局', '宣威市公共资源交易中心'
JOSJ, JOCZ, NPCZ = '建瓯市审计局', '建瓯市财政局', '南平市财政局'
CGCZ, CGGA = '城固县财政局', '城固县公安局'
RQSJ, RQJW = '任丘市审计局', '中共任丘市纪律检查委员会'
LSJY, LSFG, LSCZ, LSGA = '梨树县公共资源交易中心', '梨树县发展和改革局', '梨树县财政局', '梨树县公安局'
DTCZ, DTSJ = '东台市财政局', '东台市市场监督管理局'
QAGA = '秦安县公安局'
NCSJ, NCCZ, NCSL = '南城县市场监督管理局', '南城县财政局', '南城县水利局'


def ev(f, kind, a, b, date):
    return {'file': F[f], 'event': kind, 'from_agency': a, 'to_agency': b, 'date': date}


def dl(f, rule, anchor, done, notes):
    due = due_of(rule, anchor)
    return {'for_file': F[f], 'rule': rule, 'anchor': anchor, 'due': due, 'done': done,
            'status': status(due, done), 'clause': PERIODS[rule][2], 'notes': notes}


THREADS = [
    {'id': 'longyou-medical', 'number': '龙财采移〔2026〕3号', 'files': ['ly1', 'ly2', 'ly3', 'ly4', 'ly5'],
     'holder': LYJW, 'custody_path': [LYCZ, LYGA, LYCZ, LYJW],
     'events': [ev('ly1', 'transfer', LYCZ, LYGA, '2026-03-13'), ev('ly2', 'receipt', LYGA, LYCZ, '2026-03-16'),
                ev('ly3', 'return', LYGA, LYCZ, '2026-03-27'), ev('ly4', 'transfer', LYCZ, LYJW, '2026-04-08'),
                ev('ly5', 'accept', LYJW, LYCZ, '2026-04-20')],
     'deadlines': [dl('ly1', 'transfer_case', '2026-03-09', '2026-03-13', '在2026年3月9日开展的专项检查中发现; letter 3-13'),
                   dl('ly1', 'return_out_of_duty', '2026-03-16', '2026-03-27', 'receipt 3-16 (回执, and 退回函 repeats it); returned 3-27'),
                   dl('ly4', 'notify_acceptance', '2026-04-15', '2026-04-20', '我委于2026年4月15日决定…受理; notice 4-20')],
     'notes': ['The 2nd transfer letter names no date of finding, so it starts no transfer_case; it mentions the return of 3-27 (an act of another letter of the set, not a new event).',
               'The joint body is named by its first organ, 中共龙游县纪律检查委员会.']},
    {'id': 'langzhong-collusion', 'number': '阆公资交〔2026〕15号', 'files': ['lz1', 'lz2', 'lz3', 'lz4'],
     'holder': LZGA, 'custody_path': [LZJY, LZZJ, LZGA],
     'events': [ev('lz1', 'transfer', LZJY, LZZJ, '2026-05-11'), ev('lz2', 'receipt', LZZJ, LZJY, '2026-05-12'),
                ev('lz3', 'accept', LZZJ, LZJY, '2026-05-22'), ev('lz4', 'transfer', LZZJ, LZGA, '2026-07-03'),
                ev('lz4', 'outcome_report', LZZJ, LZJY, '2026-07-20')],
     'deadlines': [dl('lz1', 'notify_acceptance', '2026-05-18', '2026-05-22', '我局于2026年5月18日决定立案调查'),
                   dl('lz1', 'report_outcome', '2026-06-30', '2026-07-20', '2026年6月30日作出行政处罚决定…行政处理已办理完毕; Dragon Boat 6-19 is no working day')],
     'notes': ['The trading centre report is addressed to the 住建局 and copied (抄送) to the 发改局: one transfer to the addressee.',
               'The outcome report reports a further transfer to 阆中市公安局 on 7-03: a transfer event dated as written; holder 公安.']},
    {'id': 'qingzhou-complaint', 'number': '青财采诉受〔2026〕6号', 'files': ['qz1', 'qz2', 'qz3', 'qz4'],
     'holder': QZCZ, 'custody_path': [QZSJ, None, QZCZ],
     'events': [ev('qz2', 'complaint_redirect', QZSJ, None, '2026-06-11'), ev('qz3', 'accept', QZCZ, None, '2026-06-17')],
     'deadlines': [dl('qz1', 'wrong_department_notice', '2026-06-08', '2026-06-11', '你公司于2026年6月8日向我局提交的投诉书 (complaint dated 6-05 is not the receipt); notice on the due day'),
                   dl('qz1', 'complaint_decision', '2026-06-15', '2026-07-24', '我局于2026年6月15日收到你公司…投诉书; decision 7-24 (page published 7-27)')],
     'notes': ['The complaint letter itself performs no event of GOLD.md; the decision records none.']},
    {'id': 'xuanwei-assist', 'number': '宣纪协〔2026〕11号', 'files': ['xw1', 'xw2', 'xw3', 'xw4'],
     'holder': XWJW, 'custody_path': [XWJW],
     'events': [ev('xw1', 'assist_request', XWJW, XWCZ, '2026-07-31'), ev('xw2', 'assist_return', XWCZ, XWJW, '2026-08-12'),
                ev('xw3', 'assist_request', XWJW, XWJY, '2026-08-17'), ev('xw4', 'assist_reply', XWJY, XWJW, '2026-08-25')],
     'deadlines': [dl('xw1', 'return_assistance', '2026-08-03', '2026-08-12', '我局于2026年8月3日收到; returned 8-12')],
     'notes': ['The request is sent again to another helper (the trading centre), citing the first number: one thread.']},
    {'id': 'jianou-forward', 'number': '建审移〔2026〕4号', 'files': ['jo1', 'jo2', 'jo3', 'jo4'],
     'holder': NPCZ, 'custody_path': [JOSJ, JOCZ, NPCZ],
     'events': [ev('jo1', 'transfer', JOSJ, JOCZ, '2026-09-07'), ev('jo2', 'forward', JOCZ, NPCZ, '2026-09-14'),
                ev('jo3', 'forward', JOCZ, NPCZ, '2026-09-14'), ev('jo4', 'accept', NPCZ, JOCZ, '2026-09-28')],
     'deadlines': [dl('jo2', 'notify_acceptance', '2026-09-18', '2026-09-28', '我局于2026年9月18日决定受理; Mid-Autumn 9-25..9-27 off; notice 9-28')],
     'notes': ['The audit referral was forwarded (moot return); the forward was accepted (moot return).',
               'The 告知书 to the audit office reports the forward of 9-14: a forward event dated as written.']},
    {'id': 'chenggu-decline', 'number': '城财移[2026]2号', 'files': ['cg1', 'cg2', 'cg3'],
     'holder': CGGA, 'custody_path': [CGCZ, CGGA],
     'events': [ev('cg1', 'transfer', CGCZ, CGGA, '2026-04-24'), ev('cg2', 'receipt', CGGA, CGCZ, '2026-04-27'),
                ev('cg3', 'decline', CGGA, CGCZ, '2026-05-15')],
     'deadlines': [dl('cg1', 'transfer_case', '2026-04-13', '2026-04-24', '我局于2026年4月13日在处理…投诉时发现'),
                   dl('cg1', 'notify_acceptance', '2026-05-12', '2026-05-15', '我局于2026年5月12日决定不予立案')],
     'notes': ['Decline: the decliner keeps the file (GOLD.md); the decline decides the referral, so no return_out_of_duty.']},
    {'id': 'renqiu-audit', 'number': '任审移〔2026〕6号', 'files': ['rq1', 'rq2'],
     'holder': RQJW, 'custody_path': [RQSJ, RQJW],
     'events': [ev('rq1', 'transfer', RQSJ, RQJW, '2026-11-10'), ev('rq2', 'receipt', RQJW, RQSJ, '2026-11-13')],
     'deadlines': [dl('rq1', 'return_out_of_duty', '2026-11-13', None, 'received 11-13; nothing decided yet; due = as_of -> open')],
     'notes': ['The transfer letter is in traditional characters (OpenCC s2t of the draft); the receipt in simplified.']},
    {'id': 'lishu-water', 'number': '梨发改函〔2026〕47号', 'files': ['ls1', 'ls2', 'ls3', 'ls4', 'ls5'],
     'holder': LSGA, 'custody_path': [LSJY, LSFG, LSCZ, LSGA],
     'events': [ev('ls1', 'transfer', LSJY, LSFG, '2026-06-02'), ev('ls2', 'transfer', LSFG, LSCZ, '2026-06-05'),
                ev('ls3', 'accept', LSCZ, LSFG, '2026-06-22'), ev('ls5', 'transfer', LSCZ, LSGA, '2026-08-24'),
                ev('ls5', 'outcome_report', LSCZ, LSFG, '2026-08-28')],
     'deadlines': [dl('ls2', 'notify_acceptance', '2026-06-10', '2026-06-22', '我局于2026年6月10日决定…立案调查; Dragon Boat 6-19 off; notice 6-22'),
                   dl('ls2', 'report_outcome', '2026-08-20', '2026-08-28', 'handled by the decision of 8-20 (办理完毕); report 8-28'),
                   dl('ls4', 'record_penalty_credit', '2026-08-20', '2026-08-26', 'decision 8-20; recorded 8月26日 per the outcome report')],
     'notes': ['The 发改局 letter writes no date of receiving the report: no transfer_case.',
               'The penalty decision cites 梨发改函〔2026〕47号, so it belongs to this thread; it records no event.']},
    {'id': 'dongtai-assist', 'number': '东财协〔2026〕5号', 'files': ['dt1', 'dt2', 'dt3', 'dt4'],
     'holder': DTCZ, 'custody_path': [DTCZ],
     'events': [ev('dt1', 'assist_request', DTCZ, DTSJ, '2026-07-06'), ev('dt2', 'assist_return', DTSJ, DTCZ, '2026-07-09'),
                ev('dt3', 'assist_request', DTCZ, DTSJ, '2026-07-14'), ev('dt4', 'assist_reply', DTSJ, DTCZ, '2026-07-21')],
     'deadlines': [dl('dt1', 'return_assistance', '2026-07-06', '2026-07-09', '我局于2026年7月6日收到 (incomplete letter); returned 7-09')],
     'notes': []},
    {'id': 'qinan-redirect', 'number': '秦公告字〔2026〕3号', 'files': ['qa1', 'qa2'],
     'holder': None, 'custody_path': [QAGA, None],
     'events': [ev('qa2', 'complaint_redirect', QAGA, None, '2026-10-16')],
     'deadlines': [dl('qa1', 'wrong_department_notice', '2026-10-09', '2026-10-16', '你公司于2026年10月9日送达; Saturday 10-10 is a swapped working day: due 10-13')],
     'notes': []},
    {'id': 'nancheng-reroute', 'number': '南市监移〔2026〕8号', 'files': ['nc1', 'nc2', 'nc3'],
     'holder': NCSL, 'custody_path': [NCSJ, NCCZ, NCSJ, NCSL],
     'events': [ev('nc1', 'transfer', NCSJ, NCCZ, '2026-09-28'), ev('nc2', 'return', NCCZ, NCSJ, '2026-10-12'),
                ev('nc3', 'transfer', NCSJ, NCSL, '2026-10-19')],
     'deadlines': [dl('nc1', 'transfer_case', '2026-09-21', '2026-09-28', '我局于2026年9月21日…检查时发现; Mid-Autumn 9-25..27 off'),
                   dl('nc1', 'return_out_of_duty', '2026-09-29', '2026-10-12', '我局于2026年9月29日收到; National Day 10-1..7 off, Saturday 10-10 worked: due 10-12, returned that day'),
                   dl('nc3', 'return_out_of_duty', '2026-10-19', None, 'no receipt: the letter date; nothing decided by as_of')],
     'notes': ['The 2nd transfer writes no date of finding: no transfer_case.']},
]


def main():
    threads = []
    for t in THREADS:
        t = dict(t)
        t['files'] = [F[k] for k in t['files']]
        threads.append(t)
    with open(os.path.join(HERE, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump({'as_of': AS_OF, 'threads': threads}, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    for t in threads:
        for d in t['deadlines']:
            print(f"{t['id']:20} {d['rule']:24} {d['anchor']} due {d['due']} done {d['done']} {d['status']}")


if __name__ == '__main__':
    main()
