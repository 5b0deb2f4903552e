#!/usr/bin/env python3
"""Checks a letter set with gold threads (eval/threads/<set>/) against eval/threads/GOLD.md.

One checker for every set (it replaces the per-set ``check_set.py`` copies). It reads only the
set's ``letters/`` and ``gold.json`` and ``graph/rules/deadlines.yaml`` (as plain YAML), and
recounts due dates with the ``chinesecalendar`` package's ``is_workday`` — never with liandong's
code:

* every file in ``letters/`` is in exactly one thread, every file a thread names exists, and a
  thread names a file once; every thread has ``files``, ``holder``, ``events``, ``deadlines``;
* ``as_of`` and every date are ISO (YYYY-MM-DD) and real; ``as_of`` is after the last event;
* events: kinds of GOLD.md, files of their thread, in date order; agencies named in full (no
  县X/区X/市X, no 你局/我局/本局…); ``to_agency`` is null only for a complaint redirect (always)
  and a complaint's acceptance;
* the holder is what replaying the events gives (GOLD.md "Holder");
* deadlines: rules of deadlines.yaml with a number of days; ``for_file`` a file of the thread;
  no anchor → ``not_assessable`` and no due; ``due`` = the recount; ``status`` agrees with done,
  due and ``as_of``; done not before the anchor and, but for record_penalty_credit and
  complaint_decision, on the date of one of the thread's events.

A set's own requirements are options: ``--min-letters``, ``--min-threads`` and
``--met-and-missed RULE,...`` (each rule met and missed at least once). ``--read`` also reads every
letter through ``ingest.readers.read_file``. ``--gold FILE`` checks another gold file for the
same letters. ``--summary`` prints the number of problems of each kind and not the problems
themselves (for held-out sets, which are not looked at for errors).

Run from the repository:  .venv/bin/python tools/check_thread_set.py eval/threads/dev3 [options]
Exit status 1 on any problem.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import chinese_calendar
import yaml

ROOT = Path(__file__).resolve().parents[1]
RULES_PATH = ROOT / "graph" / "rules" / "deadlines.yaml"
EVENTS = ("transfer", "receipt", "accept", "decline", "return", "forward", "outcome_report",
          "assist_request", "assist_return", "assist_reply", "complaint_redirect")
MOVES = frozenset({"transfer", "return", "forward"})
ASSISTANCE = frozenset({"assist_request", "assist_return", "assist_reply"})
STATUSES = frozenset({"met", "missed", "open", "overdue", "not_assessable"})
NULL_TO = frozenset({"complaint_redirect", "accept"})  # GOLD.md: the only events without an addressee
DONE_WITHOUT_EVENT = frozenset({"record_penalty_credit", "complaint_decision"})  # done is no event's date
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHORT_AGENCY = re.compile(r"^(县|区|市|省|州|旗|你|我|本|贵|该)|你局|我局|贵局|本局|你委|我委|你单位")
MIN_AGENCY_LENGTH = 5


@dataclass
class Report:
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, message)

    def add(self, kind: str, message: str) -> None:
        self.problems.append((kind, message))


def iso(value: Any, where: str, report: Report) -> dt.date | None:
    """The date of an ISO string; None (and a problem) for anything else; None for None."""
    if value is None:
        return None
    if not isinstance(value, str) or not ISO.match(value):
        report.add("date", f"{where}: not an ISO date: {value!r}")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        report.add("date", f"{where}: not a real date: {value!r}")
        return None


def recount(anchor: dt.date, n: int, unit: str) -> dt.date:
    """GOLD.md ``due``: the n-th working day after the anchor, or anchor + n days moved to a working day."""
    day = anchor
    if unit == "working_days":
        counted = 0
        while counted < n:
            day += dt.timedelta(days=1)
            counted += bool(chinese_calendar.is_workday(day))
        return day
    day += dt.timedelta(days=n)
    while not chinese_calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return day


WORKING_UNITS = frozenset({"working_days", "wd"})  # a set's hand-written periods may say wd / cd


def due_iso(anchor: str | None, n: int, unit: str) -> str | None:
    """:func:`recount` for ISO strings (the sets' gold builders use it); None without an anchor."""
    if anchor is None:
        return None
    return recount(dt.date.fromisoformat(anchor), n, "working_days" if unit in WORKING_UNITS else "calendar_days").isoformat()


def status_of(due: str | None, done: str | None, as_of: str) -> str:
    """GOLD.md ``status`` from ISO due, done and as_of."""
    if due is None:
        return "not_assessable"
    if done is not None:
        return "met" if dt.date.fromisoformat(done) <= dt.date.fromisoformat(due) else "missed"
    return "open" if dt.date.fromisoformat(as_of) <= dt.date.fromisoformat(due) else "overdue"


def periods(path: Path = RULES_PATH) -> dict[str, tuple[int | None, str]]:
    """rule id -> (n, unit), read from the YAML itself."""
    rules = yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
    return {r["id"]: (r["period"]["n"], r["period"]["unit"]) for r in rules}


def replay_holder(thread: dict[str, Any]) -> str | None:
    """GOLD.md "Holder": the first letter's issuer, then custody after each event."""
    events = thread["events"]
    holder: str | None
    if not events:
        holder = thread["holder"]  # a lone penalty decision: its issuer (SOURCES.md says so)
        return holder
    kinds = {e["event"] for e in events}
    if kinds <= ASSISTANCE:  # an assistance thread is held by its requester
        holder = next((e["from_agency"] for e in events if e["event"] == "assist_request"), events[0]["from_agency"])
        return holder
    holder = events[0]["from_agency"]
    for e in events:
        if e["event"] in MOVES:
            holder = e["to_agency"]
        elif e["event"] == "complaint_redirect":
            holder = None
        elif e["event"] == "accept" and e["to_agency"] is None:  # 投诉受理通知书
            holder = e["from_agency"]
    return holder


def full_name(agency: str) -> bool:
    return len(agency) >= MIN_AGENCY_LENGTH and not SHORT_AGENCY.search(agency)


def check_events(thread: dict[str, Any], report: Report) -> dt.date | None:
    """The thread's events; returns its last event date."""
    tid, files = thread["id"], set(thread["files"])
    previous: dt.date | None = None
    last: dt.date | None = None
    for i, e in enumerate(thread["events"]):
        where = f"{tid} event {i} ({e.get('file')})"
        if e["event"] not in EVENTS:
            report.add("event", f"{where}: unknown event {e['event']!r}")
        if e["file"] not in files:
            report.add("event", f"{where}: the file is not one of the thread's")
        day = iso(e["date"], where, report)
        if day is not None:
            if previous is not None and day < previous:
                report.add("order", f"{where}: events not in date order")
            previous = day
            last = day if last is None or day > last else last
        if e.get("from_agency") is None:
            report.add("agency", f"{where}: from_agency is null")
        elif not full_name(e["from_agency"]):
            report.add("agency", f"{where}: from_agency not named in full: {e['from_agency']}")
        to = e.get("to_agency")
        if to is None and e["event"] not in NULL_TO:
            report.add("agency", f"{where}: to_agency is null for a {e['event']}")
        elif to is not None and e["event"] == "complaint_redirect":
            report.add("agency", f"{where}: a complaint redirect has no to_agency")
        elif to is not None and not full_name(to):
            report.add("agency", f"{where}: to_agency not named in full: {to}")
    holder = replay_holder(thread)
    if holder != thread["holder"]:
        report.add("holder", f"{tid}: holder {thread['holder']!r} but the events give {holder!r}")
    return last


def check_deadlines(thread: dict[str, Any], as_of: dt.date | None, rules: dict[str, tuple[int | None, str]],
                    report: Report, tally: dict[str, collections.Counter[str]]) -> None:
    tid, files = thread["id"], set(thread["files"])
    event_dates = {e["date"] for e in thread["events"]}
    for x in thread["deadlines"]:
        where = f"{tid} {x.get('for_file')} {x.get('rule')}"
        if x["rule"] not in rules:
            report.add("rule", f"{where}: rule not in graph/rules/deadlines.yaml")
            continue
        n, unit = rules[x["rule"]]
        if n is None or unit not in ("working_days", "calendar_days"):
            report.add("rule", f"{where}: the rule has no number of days (GOLD.md lists only those)")
            continue
        if x["for_file"] not in files:
            report.add("deadline", f"{where}: for_file is not one of the thread's files")
        if x["status"] not in STATUSES:
            report.add("status", f"{where}: unknown status {x['status']!r}")
        anchor = iso(x.get("anchor"), f"{where} anchor", report)
        due = iso(x.get("due"), f"{where} due", report)
        done = iso(x.get("done"), f"{where} done", report)
        tally[x["rule"]][x["status"]] += 1
        if anchor is None:
            if x["status"] != "not_assessable" or x.get("due") is not None:
                report.add("status", f"{where}: no anchor, so no due and status not_assessable")
            continue
        want_due = recount(anchor, n, unit)
        if due != want_due:
            report.add("due", f"{where}: due {x.get('due')} but chinesecalendar gives {want_due}")
        want = status_of(want_due.isoformat(), x.get("done") if done is not None else None,
                         as_of.isoformat() if as_of is not None else "9999-12-31")
        if done is not None:
            if done < anchor:
                report.add("deadline", f"{where}: done before the anchor")
            if x["rule"] not in DONE_WITHOUT_EVENT and x["done"] not in event_dates:
                report.add("deadline", f"{where}: done {x['done']} is the date of none of the thread's events")
        if x["status"] != want:
            report.add("status", f"{where}: status {x['status']} but done, due and as_of give {want}")


def check_set(folder: Path, *, gold_path: Path | None = None, min_letters: int = 0, min_threads: int = 0,
              met_and_missed: Iterable[str] = (), read: bool = False) -> tuple[Report, list[str]]:
    """The problems of a set, and the lines of its summary."""
    report = Report()
    gold = json.loads((gold_path or folder / "gold.json").read_text(encoding="utf-8"))
    rules = periods()
    as_of = iso(gold.get("as_of"), "as_of", report)
    if as_of is None:
        report.add("date", "as_of is missing")
    letters = sorted(p.name for p in (folder / "letters").iterdir() if p.is_file())
    threads = gold["threads"]
    seen: dict[str, str] = {}
    for t in threads:
        missing = [k for k in ("id", "files", "holder", "events", "deadlines") if k not in t]
        if missing:
            report.add("thread", f"{t.get('id')}: missing {', '.join(missing)}")
            return report, []
        if len(set(t["files"])) != len(t["files"]):
            report.add("files", f"{t['id']}: a file is named twice")
        for f in t["files"]:
            if f in seen and seen[f] != t["id"]:
                report.add("files", f"{f}: in threads {seen[f]} and {t['id']}")
            seen[f] = t["id"]
            if f not in letters:
                report.add("files", f"{t['id']}: {f} is not in letters/")
    for f in letters:
        if f not in seen:
            report.add("files", f"letters/{f}: in no thread")

    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    last_event: dt.date | None = None
    for t in threads:
        last = check_events(t, report)
        if last is not None and (last_event is None or last > last_event):
            last_event = last
        check_deadlines(t, as_of, rules, report, tally)
    if as_of is not None and last_event is not None and as_of <= last_event:
        report.add("date", f"as_of {as_of} is not after the last event ({last_event})")

    if len(letters) < min_letters or len(threads) < min_threads:
        report.add("size", f"set too small: {len(letters)} letters, {len(threads)} threads "
                           f"(at least {min_letters} and {min_threads} wanted)")
    for rule in met_and_missed:
        if not (tally[rule]["met"] and tally[rule]["missed"]):
            report.add("coverage", f"{rule}: not both met and missed: {dict(tally[rule])}")

    if read:
        sys.path.insert(0, str(ROOT))
        from ingest.readers import read_file

        for f in letters:
            r = read_file(folder / "letters" / f)
            if not (str(r.status).lower().endswith("ok") and len(r.text or "") > 40):
                report.add("read", f"letters/{f}: does not read ({r.status})")

    formats = collections.Counter(_format(folder / "letters" / f) for f in letters)
    summary = [f"{len(letters)} letters, {len(threads)} threads, "
               f"{sum(len(t['events']) for t in threads)} events, "
               f"{sum(len(t['deadlines']) for t in threads)} deadlines, as_of {gold.get('as_of')}",
               "formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items()))]
    summary += [f"  {rule:30} " + "  ".join(f"{k} {v}" for k, v in sorted(c.items())) for rule, c in sorted(tally.items())]
    return report, summary


def _format(path: Path) -> str:
    if path.suffix.lower() != ".txt":
        return path.suffix.lower().lstrip(".") or "(none)"
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        return "txt utf-8"
    except UnicodeDecodeError:
        return "txt other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", type=Path, help="the set's folder, e.g. eval/threads/dev3")
    ap.add_argument("--gold", type=Path, help="another gold file for the same letters/")
    ap.add_argument("--min-letters", type=int, default=0)
    ap.add_argument("--min-threads", type=int, default=0)
    ap.add_argument("--met-and-missed", default="", help="comma-separated rule ids each met and missed at least once")
    ap.add_argument("--read", action="store_true", help="read every letter with ingest.readers.read_file")
    ap.add_argument("--summary", action="store_true", help="count the problems by kind; do not print them")
    args = ap.parse_args(argv)
    if not (args.set / "letters").is_dir():
        print(f"{args.set}: no letters/ folder — give a set's folder, e.g. eval/threads/dev3", file=sys.stderr)
        return 2
    report, summary = check_set(args.set, gold_path=args.gold, min_letters=args.min_letters,
                                min_threads=args.min_threads,
                                met_and_missed=[r for r in args.met_and_missed.split(",") if r], read=args.read)
    if args.summary:
        print(summary[0])
        kinds = collections.Counter(kind for kind, _ in report.problems)
        for kind, count in sorted(kinds.items()):
            print(f"PROBLEMS {kind}: {count}")
    else:
        print("\n".join(summary))
        for _, message in report.problems:
            print("ERROR", message)
    print("OK" if not report.problems else f"{len(report.problems)} problem(s)")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
