#!/usr/bin/env python3
"""Checks the heldout3 letter set (adapted from dev3/check_set.py) against ../GOLD.md's conventions.

  - every file in letters/ is in exactly one thread, and every file a thread names exists;
  - all dates are ISO (YYYY-MM-DD) and real; events are in date order (same day: lifecycle order);
  - event kinds are those of GOLD.md; agencies are named in full (no 你局/我局/县X/区X/市X);
  - rule ids exist in graph/rules/deadlines.yaml and have a number of days;
  - due is recomputed with chinesecalendar and status agrees with due, done and as_of;
  - the holder agrees with a replay of the events (GOLD.md "Holder");
  - the set has >= 30 letters in >= 9 threads; the rules' met/missed tally is printed.

Run from /work/main:  .venv/bin/python eval/threads/heldout3/check_set.py
"""
import collections
import datetime as dt
import json
import os
import re
import sys

import chinese_calendar
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')
ORDER = ['transfer', 'receipt', 'accept', 'decline', 'return', 'forward', 'outcome_report',
         'assist_request', 'assist_return', 'assist_reply', 'complaint_redirect']
MOVES = {'transfer', 'return', 'forward'}
STATUSES = {'met', 'missed', 'open', 'overdue', 'not_assessable'}
errors = []


def err(msg):
    errors.append(msg)


def iso(s, where):
    if s is None:
        return None
    if not isinstance(s, str) or not ISO.match(s):
        err(f'{where}: not an ISO date: {s!r}')
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        err(f'{where}: not a real date: {s!r}')


def due(anchor, n, unit):
    day = dt.date.fromisoformat(anchor)
    if unit == 'working_days':
        k = 0
        while k < n:
            day += dt.timedelta(days=1)
            k += chinese_calendar.is_workday(day)
    else:
        day += dt.timedelta(days=n)
        while not chinese_calendar.is_workday(day):
            day += dt.timedelta(days=1)
    return day.isoformat()


def full_name(a):
    return a is None or not re.match(r'^(你|我|本|贵|县|区|市|州|旗)', a)


def main():
    rules = {r['id']: r for r in yaml.safe_load(open(os.path.join(ROOT, 'graph/rules/deadlines.yaml'), encoding='utf-8'))['rules']}
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    as_of = iso(gold.get('as_of'), 'as_of')
    letters = set(os.listdir(os.path.join(HERE, 'letters')))
    seen = collections.Counter(f for t in gold['threads'] for f in t['files'])
    for f, n in seen.items():
        if n > 1:
            err(f'{f}: in {n} threads')
        if f not in letters:
            err(f'{f}: named in gold but not in letters/')
    for f in letters - set(seen):
        err(f'{f}: in letters/ but in no thread')
    tally = collections.defaultdict(collections.Counter)
    for t in gold['threads']:
        tid = t.get('id')
        files = set(t['files'])
        prev = None
        for e in t['events']:
            w = f'{tid}/{e["file"]}/{e["event"]}'
            if e['file'] not in files:
                err(f'{w}: event file not in the thread')
            if e['event'] not in ORDER:
                err(f'{w}: unknown event kind')
            day = iso(e['date'], w)
            for k in ('from_agency', 'to_agency'):
                if not full_name(e[k]):
                    err(f'{w}: {k} not in full: {e[k]}')
            if e['event'] == 'complaint_redirect' and e['to_agency'] is not None:
                err(f'{w}: a redirect has no to_agency')
            if prev and day and (day, ORDER.index(e['event'])) < prev and day < prev[0]:
                err(f'{w}: events not in date order')
            if day:
                prev = (day, ORDER.index(e['event']) if e['event'] in ORDER else 0)
        # holder replay: starts at the issuer of the first act, then follows custody (GOLD.md "Holder")
        hold = t['events'][0]['from_agency'] if t['events'] else t['holder']
        for e in t['events']:
            if e['event'] in MOVES:
                hold = e['to_agency']
            elif e['event'] == 'complaint_redirect':
                hold = None
            elif e['event'] == 'accept' and e['to_agency'] is None:
                hold = e['from_agency']
        if hold != t['holder']:
            err(f'{tid}: holder {t["holder"]} but the events replay to {hold}')
        for x in t['deadlines']:
            w = f'{tid}/{x["for_file"]}/{x["rule"]}'
            if x['for_file'] not in files:
                err(f'{w}: for_file not in the thread')
            r = rules.get(x['rule'])
            if r is None:
                err(f'{w}: rule not in deadlines.yaml')
                continue
            if r['period']['n'] is None:
                err(f'{w}: rule has no number of days (GOLD.md lists only those)')
                continue
            a, dd, dn = iso(x['anchor'], w + ' anchor'), iso(x['due'], w + ' due'), iso(x['done'], w + ' done')
            if x['status'] not in STATUSES:
                err(f'{w}: bad status {x["status"]}')
            if a is None:
                if x['status'] != 'not_assessable' or x['due'] is not None:
                    err(f'{w}: no anchor but due/status given')
                continue
            want = due(x['anchor'], r['period']['n'], r['period']['unit'])
            if x['due'] != want:
                err(f'{w}: due {x["due"]} but chinesecalendar gives {want}')
            st = ('met' if dn <= dd else 'missed') if dn else ('open' if as_of <= dd else 'overdue')
            if x['status'] != st:
                err(f'{w}: status {x["status"]} but should be {st}')
            if dn and dn < a:
                err(f'{w}: done before anchor')
            if dn and not any(e['date'] == x['done'] for e in t['events']) and x['rule'] not in ('record_penalty_credit', 'complaint_decision'):
                err(f'{w}: done {x["done"]} is no event date of the thread')
            tally[x['rule']][x['status']] += 1
    n_files = len(letters)
    if '--partial' in sys.argv:
        pass
    elif n_files < 30 or len(gold['threads']) < 9:
        err(f'set too small: {n_files} letters, {len(gold["threads"])} threads')
    for rule in () if '--partial' in sys.argv else ('transfer_case', 'return_out_of_duty', 'notify_acceptance', 'report_outcome', 'return_assistance',
                 'wrong_department_notice'):
        if not (tally[rule]['met'] and tally[rule]['missed']):
            err(f'{rule}: not both met and missed: {dict(tally[rule])}')
    for r, c in sorted(tally.items()):
        print(f'{r:26} ' + '  '.join(f'{k} {v}' for k, v in sorted(c.items())))
    print(f'{n_files} letters, {len(gold["threads"])} threads, as_of {gold["as_of"]}')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
