#!/usr/bin/env python3
"""Consistency checks for heldout2 (own code). Usage: python3 eval/threads/heldout2/check_set.py
Checks: every file in letters/ in exactly one thread and every listed file exists; ISO dates;
rule ids exist in graph/rules/deadlines.yaml; events sorted and of known kinds; the holder follows
from the events (GOLD.md custody table); statuses consistent with done/due/as_of; due dates
recomputed with chinese_calendar.is_workday when the package is importable.
"""
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
errors = []


def err(msg):
    errors.append(msg)


def iso(s, what, allow_none=False):
    if s is None:
        if not allow_none:
            err(f'{what}: missing date')
        return None
    try:
        v = dt.date.fromisoformat(s)
        if v.isoformat() != s:
            raise ValueError
        return v
    except (TypeError, ValueError):
        err(f'{what}: not an ISO date: {s!r}')
        return None


gold = json.loads((HERE / 'gold.json').read_text(encoding='utf-8'))
as_of = iso(gold.get('as_of'), 'as_of')
rules = set(re.findall(r'^\s+- id: (\w+)', (ROOT / 'graph/rules/deadlines.yaml').read_text(encoding='utf-8'), re.M))
on_disk = {p.name for p in (HERE / 'letters').iterdir() if p.is_file()}
seen = {}
ORDER = ['transfer', 'receipt', 'accept', 'decline', 'return', 'forward', 'outcome_report',
         'assist_request', 'assist_return', 'assist_reply', 'complaint_redirect']
MOVES = {'transfer', 'return', 'forward'}

try:
    sys.path.insert(0, str(HERE))
    from make_gold_dates import due_date
except ImportError:  # chinesecalendar not installed in this interpreter
    due_date = None

for t in gold['threads']:
    tid = t.get('id')
    for f in t['files']:
        if f in seen:
            err(f'{f} in two threads: {seen[f]} and {tid}')
        seen[f] = tid
        if f not in on_disk:
            err(f'{tid}: {f} not in letters/')
    prev = None
    holder = None
    for i, e in enumerate(t['events']):
        if e['file'] not in t['files']:
            err(f'{tid}: event file {e["file"]} not in thread')
        if e['event'] not in ORDER:
            err(f'{tid}: unknown event {e["event"]}')
        day = iso(e['date'], f'{tid} event {e["file"]}')
        if prev and day and day < prev:
            err(f'{tid}: events not in date order at {e["file"]}')
        prev = day or prev
        if i == 0:
            holder = e['from_agency']
        if e['event'] in MOVES:
            holder = e['to_agency']
        elif e['event'] == 'complaint_redirect':
            holder = None
        elif e['event'] == 'accept' and e['to_agency'] is None:
            holder = e['from_agency']
        for k in ('from_agency', 'to_agency'):
            a = e.get(k)
            if a is not None and (len(a) < 5 or a.startswith(('县', '市', '区', '我', '你', '贵'))):
                err(f'{tid}: agency not in full: {a}')
    if t['events'] and holder != t['holder']:
        err(f'{tid}: holder {t["holder"]} but events give {holder}')
    for d in t['deadlines']:
        what = f'{tid} {d["for_file"]} {d["rule"]}'
        if d['rule'] not in rules:
            err(f'{what}: rule not in deadlines.yaml')
        if d['for_file'] not in t['files']:
            err(f'{what}: for_file not in thread')
        anchor = iso(d.get('anchor'), what + ' anchor', allow_none=True)
        due = iso(d.get('due'), what + ' due', allow_none=True)
        done = iso(d.get('done'), what + ' done', allow_none=True)
        if anchor is None or due is None:
            want = 'not_assessable'
        elif done:
            want = 'met' if done <= due else 'missed'
        else:
            want = 'open' if as_of <= due else 'overdue'
        if d['status'] != want:
            err(f'{what}: status {d["status"]}, expected {want}')
        if due_date and anchor and due and due_date(d['rule'], d['anchor']) != due:
            err(f'{what}: due {due} but calendar gives {due_date(d["rule"], d["anchor"])}')
        if anchor and due and due < anchor:
            err(f'{what}: due before anchor')

for f in sorted(on_disk - set(seen)):
    err(f'{f} is in no thread')

print(f'{len(on_disk)} letters, {len(gold["threads"])} threads, '
      f'{sum(len(t["deadlines"]) for t in gold["threads"])} deadlines, as_of {gold["as_of"]}')
if errors:
    print('\n'.join('ERROR ' + e for e in errors))
    sys.exit(1)
print('OK')
