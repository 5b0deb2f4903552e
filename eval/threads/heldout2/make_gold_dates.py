#!/usr/bin/env python3
"""Fill `due` and `status` of every deadline in gold_src.json and write gold.json.

Own code (written for heldout2), using only chinesecalendar's is_workday:
  working_days  -> the n-th PRC working day after the anchor (anchor = day 0, whatever day it is)
  calendar_days -> anchor + n days, rolled forward to the next working day if that is not one
status: met (done <= due), missed (done > due), open (no done, as_of <= due),
        overdue (no done, as_of > due), not_assessable (no anchor).
Usage: .venv/bin/python eval/threads/heldout2/make_gold_dates.py
"""
import datetime as dt
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from tools.check_thread_set import due_iso, status_of  # noqa: E402  (chinese_calendar.is_workday only)

# rule id -> (n, unit); only rules with a number of days are ever listed in gold
PERIODS = {
    'wrong_department_notice': (3, 'working_days'),
    'transfer_case': (5, 'working_days'),
    'return_out_of_duty': (5, 'working_days'),
    'notify_acceptance': (5, 'working_days'),
    'report_outcome': (10, 'working_days'),
    'return_assistance': (5, 'working_days'),
    'record_penalty_credit': (7, 'calendar_days'),
    'complaint_decision': (30, 'working_days'),
}


def d(s):
    return dt.date.fromisoformat(s)


def due_date(rule, anchor):
    return d(due_iso(anchor, *PERIODS[rule]))


def status(due, done, as_of):
    return status_of(due.isoformat() if due else None, done or None, as_of.isoformat())


def main():
    src = json.loads((HERE / 'gold_src.json').read_text(encoding='utf-8'))
    as_of = d(src['as_of'])
    for t in src['threads']:
        for dl in t['deadlines']:
            due = due_date(dl['rule'], dl['anchor']) if dl.get('anchor') else None
            dl['due'] = due.isoformat() if due else None
            dl['status'] = status(due, dl.get('done'), as_of)
            if 'expect' in dl:
                if dl['expect'] != dl['status']:
                    sys.exit(f"{t['id']} {dl['for_file']} {dl['rule']}: expected {dl['expect']}, got {dl['status']} (due {dl['due']})")
                del dl['expect']
    (HERE / 'gold.json').write_text(json.dumps(src, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    print('gold.json:', len(src['threads']), 'threads,', sum(len(t['deadlines']) for t in src['threads']), 'deadlines')


if __name__ == '__main__':
    main()
