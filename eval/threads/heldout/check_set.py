#!/usr/bin/env python3
"""Validate the held-out letter set: gold.json against letters/ and graph/rules/deadlines.yaml.

Checks: every file of letters/ in exactly one thread and every listed file present; ISO dates;
events sorted by date and of a known kind; agencies named in full; holder = custody after the
events (GOLD.md); rule ids exist in deadlines.yaml; due/status consistent (recomputed with
chinesecalendar); a summary of formats. Exit status 1 on any error.
Run: /work/main/.venv/bin/python eval/threads/heldout/check_set.py
"""
import collections, datetime as dt, json, os, re, sys
import chinese_calendar as cc
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
LET = os.path.join(HERE, 'letters')
errors = []

EVENTS = {'transfer', 'receipt', 'accept', 'decline', 'return', 'forward', 'outcome_report',
          'assist_request', 'assist_return', 'assist_reply', 'complaint_redirect'}
ORDER = ['transfer', 'receipt', 'accept', 'decline', 'return', 'forward', 'outcome_report',
         'assist_request', 'assist_return', 'assist_reply', 'complaint_redirect']
STATUSES = {'met', 'missed', 'open', 'overdue', 'not_assessable'}


def iso(s, where):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        errors.append(f'{where}: not an ISO date: {s!r}')


def wd_add(a, n):
    x, k = a, 0
    while k < n:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            k += 1
    return x


def main():
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    rules = {r['id']: r for r in yaml.safe_load(open(os.path.join(ROOT, 'graph', 'rules', 'deadlines.yaml'), encoding='utf-8'))['rules']}
    as_of = iso(gold['as_of'], 'as_of')
    files = sorted(os.listdir(LET))
    seen = collections.Counter(f for t in gold['threads'] for f in t['files'])
    for f in files:
        if seen[f] != 1:
            errors.append(f'{f}: in {seen[f]} threads')
    for f in seen:
        if f not in files:
            errors.append(f'{f}: listed but not in letters/')
    last_letter = None
    for t in gold['threads']:
        tid = t['id']
        for k in ('files', 'holder', 'events', 'deadlines'):
            if k not in t:
                errors.append(f'{tid}: missing {k}')
        holder = None
        prev = None
        for i, e in enumerate(t['events']):
            w = f'{tid} event {i}'
            if e['event'] not in EVENTS:
                errors.append(f'{w}: bad event {e["event"]}')
            if e['file'] not in t['files']:
                errors.append(f'{w}: file {e["file"]} not in thread')
            day = iso(e['date'], w)
            if day and (last_letter is None or day > last_letter):
                last_letter = day
            key = (day, ORDER.index(e['event']) if e['event'] in ORDER else 99)
            if prev and key < prev and day != prev[0]:
                errors.append(f'{w}: events not in date order')
            if prev and day and prev[0] and day < prev[0]:
                errors.append(f'{w}: date before previous event')
            prev = key
            for k in ('from_agency', 'to_agency'):
                a = e[k]
                if a is None:
                    if not (k == 'to_agency' and e['event'] in ('complaint_redirect', 'accept')):
                        errors.append(f'{w}: {k} null')
                    continue
                if re.match(r'^(县|区|市|省|你|我|该|本)', a) or len(a) < 6:
                    errors.append(f'{w}: agency not in full: {a}')
            if i == 0:
                holder = e['from_agency']
            ev = e['event']
            if ev in ('transfer', 'return', 'forward'):
                holder = e['to_agency']
            elif ev == 'complaint_redirect':
                holder = None
            elif ev == 'accept' and e['to_agency'] is None:
                holder = e['from_agency']
        if t['events'] and holder != t['holder']:
            errors.append(f'{tid}: holder {t["holder"]} != custody after events {holder}')
        for j, x in enumerate(t['deadlines']):
            w = f'{tid} deadline {j}'
            if x['rule'] not in rules:
                errors.append(f'{w}: unknown rule {x["rule"]}')
                continue
            if x['for_file'] not in t['files']:
                errors.append(f'{w}: for_file not in thread')
            p = rules[x['rule']]['period']
            if p['unit'] not in ('working_days', 'calendar_days'):
                errors.append(f'{w}: rule {x["rule"]} has no number of days (GOLD.md: not listed)')
                continue
            a = iso(x['anchor'], w) if x['anchor'] else None
            due = iso(x['due'], w) if x['due'] else None
            done = iso(x['done'], w) if x['done'] else None
            if a:
                if p['unit'] == 'working_days':
                    exp = wd_add(a, p['n'])
                else:
                    exp = a + dt.timedelta(days=p['n'])
                    while not cc.is_workday(exp):
                        exp += dt.timedelta(days=1)
                if due != exp:
                    errors.append(f'{w}: due {due} != recomputed {exp}')
            if due is None:
                st = 'not_assessable'
            elif done:
                st = 'met' if done <= due else 'missed'
            else:
                st = 'open' if as_of <= due else 'overdue'
            if x['status'] != st or x['status'] not in STATUSES:
                errors.append(f'{w}: status {x["status"]} != {st}')
    if last_letter and as_of <= last_letter:
        errors.append(f'as_of {as_of} not after the last event {last_letter}')
    # formats
    fmt = collections.Counter()
    for f in files:
        p = os.path.join(LET, f)
        raw = open(p, 'rb').read()
        if f.endswith('.txt'):
            try:
                raw.decode('utf-8')
                fmt['txt utf-8'] += 1
            except UnicodeDecodeError:
                raw.decode('gb18030')
                fmt['txt gb18030'] += 1
        else:
            fmt[f.rsplit('.', 1)[-1]] += 1
    st = collections.Counter(x['status'] for t in gold['threads'] for x in t['deadlines'])
    missed = sorted({x['rule'] for t in gold['threads'] for x in t['deadlines'] if x['status'] == 'missed'})
    print(f'letters: {len(files)}  threads: {len(gold["threads"])}  formats: {dict(fmt)}')
    print(f'events: {sum(len(t["events"]) for t in gold["threads"])}  deadlines: {dict(st)}  missed rules: {missed}')
    if errors:
        print('FAILED:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
