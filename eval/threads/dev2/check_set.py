#!/usr/bin/env python3
"""Consistency checks of the dev2 letter set (run from /work/main with the project's venv):

    .venv/bin/python eval/threads/dev2/check_set.py

* every file in letters/ belongs to exactly one thread, and every listed file exists;
* dates are ISO (YYYY-MM-DD), as_of included;
* rule ids are those of graph/rules/deadlines.yaml, and only rules with a number of days;
* event kinds are those of GOLD.md, events are in date order, files of events and deadlines are
  files of their thread, agencies are not pronouns or short forms;
* the holder is what replaying the events gives (GOLD.md "Holder");
* each deadline's due date and status agree with a recount by chinese_calendar.is_workday;
* with --read: every letter reads through ingest.readers.read_file (status and a text sample).
Exit status 1 on any failure.
"""
import datetime as dt
import json
import os
import re
import sys

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
EVENTS = {'transfer', 'receipt', 'accept', 'decline', 'return', 'forward', 'outcome_report',
          'assist_request', 'assist_return', 'assist_reply', 'complaint_redirect'}
STATUSES = {'met', 'missed', 'open', 'overdue', 'not_assessable'}
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')
BAD_AGENCY = re.compile(r'^(县|区|市|旗|州)|你局|我局|贵局|本局|你委|我委|你单位')

errors = []


def err(msg):
    errors.append(msg)


def iso(s, where):
    if s is None:
        return
    if not (isinstance(s, str) and ISO.match(s)):
        err(f'{where}: not an ISO date: {s!r}')
        return
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        err(f'{where}: impossible date {s!r}')


def rules_of_yaml():
    """id -> (n, unit) from graph/rules/deadlines.yaml, read without the product's loader."""
    text = open(os.path.join(ROOT, 'graph', 'rules', 'deadlines.yaml'), encoding='utf-8').read()
    out = {}
    for block in re.split(r'\n  - id: ', text)[1:]:
        rid = block.split('\n', 1)[0].strip()
        m = re.search(r'period:\s*\{n:\s*(\w+),\s*unit:\s*(\w+)', block)
        out[rid] = (None if m.group(1) == 'null' else int(m.group(1)), m.group(2))
    return out


def due(anchor, n, unit):
    d = dt.date.fromisoformat(anchor)
    if unit == 'working_days':
        k = 0
        while k < n:
            d += dt.timedelta(days=1)
            k += chinese_calendar.is_workday(d)
    else:
        d += dt.timedelta(days=n)
        while not chinese_calendar.is_workday(d):
            d += dt.timedelta(days=1)
    return d.isoformat()


def replay_holder(t):
    ev = t['events']
    holder = ev[0]['from_agency'] if ev else None
    kinds = {e['event'] for e in ev}
    if kinds and kinds <= {'assist_request', 'assist_return', 'assist_reply'}:
        return next(e['from_agency'] for e in ev if e['event'] == 'assist_request')
    for e in ev:
        k = e['event']
        if k in ('transfer', 'return', 'forward'):
            holder = e['to_agency']
        elif k == 'complaint_redirect':
            holder = None
        elif k == 'accept' and e['to_agency'] is None:      # 投诉受理通知书
            holder = e['from_agency']
    return holder


def main():
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    as_of = gold.get('as_of')
    iso(as_of, 'as_of')
    rules = rules_of_yaml()
    on_disk = set(os.listdir(os.path.join(HERE, 'letters')))
    seen = {}
    for t in gold['threads']:
        tid = t.get('id')
        files = t['files']
        if len(set(files)) != len(files):
            err(f'{tid}: duplicate file in thread')
        for f in files:
            if f in seen:
                err(f'{f}: in threads {seen[f]} and {tid}')
            seen[f] = tid
            if f not in on_disk:
                err(f'{tid}: {f} not in letters/')
        last = ''
        for e in t['events']:
            w = f"{tid} event {e.get('file')}"
            if e['event'] not in EVENTS:
                err(f'{w}: unknown event {e["event"]}')
            if e['file'] not in files:
                err(f'{w}: file not in thread')
            iso(e['date'], w)
            if e['date'] < last:
                err(f'{w}: events not in date order')
            last = e['date']
            for a in (e['from_agency'], e['to_agency']):
                if a is not None and BAD_AGENCY.search(a):
                    err(f'{w}: agency not in full: {a}')
            if e['to_agency'] is None and e['event'] not in ('complaint_redirect', 'accept'):
                err(f'{w}: to_agency null for {e["event"]}')
        h = replay_holder(t)
        if h != t['holder']:
            err(f'{tid}: holder {t["holder"]!r} but the events give {h!r}')
        for d in t['deadlines']:
            w = f"{tid} deadline {d['rule']} {d['for_file']}"
            if d['rule'] not in rules:
                err(f'{w}: rule not in deadlines.yaml')
                continue
            n, unit = rules[d['rule']]
            if n is None or unit not in ('working_days', 'calendar_days'):
                err(f'{w}: rule has no number of days (GOLD.md lists only those)')
                continue
            if d['for_file'] not in files:
                err(f'{w}: for_file not in thread')
            for k in ('anchor', 'due', 'done'):
                iso(d.get(k), f'{w} {k}')
            if d['status'] not in STATUSES:
                err(f'{w}: bad status {d["status"]}')
            if d['anchor'] is None:
                if d['status'] != 'not_assessable' or d['due'] is not None:
                    err(f'{w}: no anchor but due/status given')
                continue
            want = due(d['anchor'], n, unit)
            if d['due'] != want:
                err(f'{w}: due {d["due"]} but recount gives {want}')
            st = (('met' if d['done'] <= want else 'missed') if d['done']
                  else ('open' if as_of <= want else 'overdue'))
            if d['status'] != st:
                err(f'{w}: status {d["status"]} but should be {st}')
            if d['done'] and d['done'] < d['anchor']:
                err(f'{w}: done before anchor')
    for f in sorted(on_disk - set(seen)):
        err(f'{f}: in letters/ but in no thread')

    if '--read' in sys.argv:
        sys.path.insert(0, ROOT)
        from ingest.readers import read_file
        for f in sorted(on_disk):
            r = read_file(os.path.join(HERE, 'letters', f))
            ok = str(r.status).lower().endswith('ok') and len(r.text or '') > 40
            print(f'{"ok " if ok else "BAD"} {r.status} {len(r.text or ""):5d}  {f}')
            if not ok:
                err(f'{f}: does not read ({r.status})')

    n_dl = [d for t in gold['threads'] for d in t['deadlines']]
    by = {}
    for d in n_dl:
        by.setdefault(d['rule'], {}).setdefault(d['status'], 0)
        by[d['rule']][d['status']] += 1
    print(f"{len(gold['threads'])} threads, {len(seen)} files, {len(n_dl)} deadlines")
    for r, c in sorted(by.items()):
        print(f'  {r:24} {c}')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
