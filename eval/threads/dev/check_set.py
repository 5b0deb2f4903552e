#!/usr/bin/env python3
"""Validates the development letter set (letters/ + gold.json) against eval/threads/GOLD.md.

Checks: every file in letters/ is in exactly one thread and every gold file exists; all dates
are ISO (YYYY-MM-DD); rule ids exist in graph/rules/deadlines.yaml; events reference the
thread's files, use known kinds and are in date order; agencies are full names; the holder
follows from the events; each deadline's status agrees with its done/due and as_of; due dates
are recomputed with chinese_calendar (independently of liandong's code).
Run:  .venv/bin/python eval/threads/dev/check_set.py [GOLD.json]      (exit 1 on any problem)
"""
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
EVENTS = {"transfer", "receipt", "accept", "decline", "return", "forward", "outcome_report",
          "assist_request", "assist_return", "assist_reply", "complaint_redirect"}
STATUSES = {"met", "missed", "open", "overdue", "not_assessable"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LIFECYCLE = ["transfer", "receipt", "accept", "decline", "return", "forward", "outcome_report",
             "assist_request", "assist_return", "assist_reply", "complaint_redirect"]

problems = []


def bad(msg):
    problems.append(msg)


def iso(s, where):
    if s is None:
        return None
    if not isinstance(s, str) or not ISO.match(s):
        bad(f"{where}: not an ISO date: {s!r}")
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        bad(f"{where}: impossible date {s!r}")
        return None


def rule_ids():
    text = (ROOT / "graph/rules/deadlines.yaml").read_text(encoding="utf-8")
    return set(re.findall(r"^\s*-\s*id:\s*([a-z_]+)\s*$", text, re.M))


def main():
    # optional argument: another gold file for the same letters/ (used to test this checker)
    gpath = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.json"
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    as_of = iso(gold.get("as_of"), "as_of")
    letters = {p.name for p in (HERE / "letters").iterdir() if p.is_file()}
    seen = {}
    for t in gold["threads"]:
        for f in t["files"]:
            if f in seen:
                bad(f"{f}: in threads {seen[f]} and {t['id']}")
            seen[f] = t["id"]
            if f not in letters:
                bad(f"{t['id']}: gold file missing from letters/: {f}")
    for f in sorted(letters - set(seen)):
        bad(f"letters/{f}: in no thread")

    rules = rule_ids()
    for t in gold["threads"]:
        tid, files = t["id"], set(t["files"])
        holder = None
        prev = None
        for i, e in enumerate(t["events"]):
            w = f"{tid} event {i}"
            if e["event"] not in EVENTS:
                bad(f"{w}: unknown event {e['event']}")
            if e["file"] not in files:
                bad(f"{w}: file {e['file']} not in the thread's files")
            d = iso(e["date"], w)
            for k in ("from_agency", "to_agency"):
                a = e.get(k)
                if a is not None and (a[:1] in "县区市本我你贵" or len(a) < 5):
                    bad(f"{w}: {k} is not a full name: {a}")
            key = (d, LIFECYCLE.index(e["event"]) if e["event"] in LIFECYCLE else 99)
            if prev and d and prev[0] and d < prev[0]:
                bad(f"{w}: events not in date order")
            prev = key
            # custody
            if i == 0:
                holder = e["from_agency"]
            k = e["event"]
            if k in ("transfer", "return", "forward"):
                holder = e["to_agency"]
            elif k == "complaint_redirect":
                holder = None
            elif k == "accept" and e["to_agency"] is None:  # 投诉受理通知书
                holder = e["from_agency"]
        if not t["events"]:
            holder = t["holder"]  # lone penalty decision: its issuer (checked by eye in SOURCES.md)
        if holder != t["holder"]:
            bad(f"{tid}: holder {t['holder']!r} but the events give {holder!r}")
        for d in t["deadlines"]:
            w = f"{tid} {d['for_file']} {d['rule']}"
            if d["rule"] not in rules:
                bad(f"{w}: rule id not in graph/rules/deadlines.yaml")
            if d["for_file"] not in files:
                bad(f"{w}: for_file not in the thread's files")
            anchor, due, done = iso(d["anchor"], w), iso(d["due"], w), iso(d["done"], w)
            if d["status"] not in STATUSES:
                bad(f"{w}: unknown status {d['status']}")
            if due is None:
                want = "not_assessable"
            elif done:
                want = "met" if done <= due else "missed"
            else:
                want = "open" if as_of <= due else "overdue"
            if d["status"] != want:
                bad(f"{w}: status {d['status']} but done/due/as_of give {want}")
            if anchor and due and due <= anchor:
                bad(f"{w}: due not after anchor")
            if anchor and done and done < anchor:
                bad(f"{w}: done before anchor")
    # independent recomputation of the due dates
    try:
        sys.path.insert(0, str(HERE))
        import make_gold_dates as m
        for t in gold["threads"]:
            for d in t["deadlines"]:
                if d["rule"] in m.PERIODS and d["anchor"] and ISO.match(d["anchor"]) \
                        and d["due"] != m.due_date(d["rule"], d["anchor"]):
                    bad(f"{t['id']} {d['rule']}: due {d['due']} != recomputed {m.due_date(d['rule'], d['anchor'])}")
    except ImportError as exc:
        bad(f"cannot recompute due dates: {exc}")

    n_letters, n_threads = len(letters), len(gold["threads"])
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s); {n_letters} letters, {n_threads} threads")
        sys.exit(1)
    print(f"OK: {n_letters} letters, {n_threads} threads, "
          f"{sum(len(t['events']) for t in gold['threads'])} events, "
          f"{sum(len(t['deadlines']) for t in gold['threads'])} deadlines")


if __name__ == "__main__":
    main()
