"""tools/check_thread_set.py, the one checker of the letter sets with gold threads (eval/threads/*).

A small set written here by hand passes, and each fault put into it is found (the due dates are
worked out by hand on the 2024 calendar: 8 Feb + 5 working days = 21 Feb, the 春节 holiday
10–17 Feb not counted, Sun 18 Feb worked). The development sets pass as they are.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools.check_thread_set import check_set

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "check_thread_set.py"
FIN, AUD, POL = "示例县财政局", "示例县审计局", "示例县公安局"

GOLD: dict[str, Any] = {
    "as_of": "2024-03-01",
    "threads": [
        {
            "id": "T1",
            "files": ["a_transfer.txt", "b_receipt.txt"],
            "holder": FIN,
            "events": [
                {"event": "transfer", "file": "a_transfer.txt", "date": "2024-02-08", "from_agency": AUD, "to_agency": FIN},
                {"event": "receipt", "file": "b_receipt.txt", "date": "2024-02-08", "from_agency": FIN, "to_agency": AUD},
            ],
            # received Thu 8 Feb, nothing decided: the return is owed by Wed 21 Feb, overdue on 1 Mar
            "deadlines": [{"rule": "return_out_of_duty", "for_file": "a_transfer.txt", "anchor": "2024-02-08",
                           "due": "2024-02-21", "done": None, "status": "overdue"}],
        },
        {
            "id": "T2",
            "files": ["c_assist.txt"],
            "holder": FIN,
            "events": [
                {"event": "assist_request", "file": "c_assist.txt", "date": "2024-02-20", "from_agency": FIN, "to_agency": POL},
            ],
            "deadlines": [],
        },
    ],
}


def write_set(folder: Path, gold: dict[str, Any]) -> Path:
    (folder / "letters").mkdir(parents=True)
    for name in ("a_transfer.txt", "b_receipt.txt", "c_assist.txt"):
        (folder / "letters" / name).write_text(f"{name}：示例县财政局关于某项目的函，经查属实，特此函告。", encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def kinds(folder: Path, **options: Any) -> list[str]:
    report, _ = check_set(folder, **options)
    return sorted({kind for kind, _ in report.problems})


def test_a_good_set_passes(tmp_path: Path) -> None:
    folder = write_set(tmp_path / "s", GOLD)
    report, summary = check_set(folder)
    assert report.problems == []
    assert summary[0] == "3 letters, 2 threads, 3 events, 1 deadlines, as_of 2024-03-01"


def _t1(g: dict[str, Any]) -> dict[str, Any]:
    return g["threads"][0]


def _deadline(g: dict[str, Any]) -> dict[str, Any]:
    return g["threads"][0]["deadlines"][0]


FAULTS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("a Mon-Fri due date", lambda g: _deadline(g).update(due="2024-02-15"), "due"),
    ("open although overdue", lambda g: _deadline(g).update(status="open"), "status"),
    ("met when done late", lambda g: _deadline(g).update(done="2024-02-22", status="met"), "status"),
    ("no anchor but a due", lambda g: _deadline(g).update(anchor=None, status="not_assessable"), "status"),
    ("a promptly rule", lambda g: _deadline(g).update(rule="forward_other_level"), "rule"),
    ("an unknown rule", lambda g: _deadline(g).update(rule="return_case"), "rule"),
    ("done on no event's date", lambda g: _deadline(g).update(done="2024-02-20", status="met"), "deadline"),
    ("for a file of another thread", lambda g: _deadline(g).update(for_file="c_assist.txt"), "deadline"),
    ("the holder before the transfer", lambda g: _t1(g).update(holder=AUD), "holder"),
    ("an assistance thread held by the helper", lambda g: g["threads"][1].update(holder=POL), "holder"),
    ("a short agency name", lambda g: _t1(g)["events"][0].update(to_agency="县财政局"), "agency"),
    ("你局", lambda g: _t1(g)["events"][1].update(to_agency="你局审计科室同志"), "agency"),
    ("a transfer to nobody", lambda g: _t1(g)["events"][0].update(to_agency=None), "agency"),
    ("an unknown event", lambda g: _t1(g)["events"][1].update(event="acknowledge"), "event"),
    ("events out of order", lambda g: _t1(g)["events"][1].update(date="2024-02-07"), "order"),
    ("a date that is not ISO", lambda g: _t1(g)["events"][1].update(date="2024/02/08"), "date"),
    ("an impossible date", lambda g: _t1(g)["events"][1].update(date="2024-02-30"), "date"),
    ("as_of before the last event", lambda g: g.update(as_of="2024-02-19"), "date"),
    ("a file in two threads", lambda g: g["threads"][1]["files"].append("b_receipt.txt"), "files"),
    ("a file in no thread", lambda g: _t1(g)["files"].remove("b_receipt.txt"), "files"),
    ("a listed file missing", lambda g: g["threads"][1]["files"].append("d_missing.txt"), "files"),
]


@pytest.mark.parametrize(("fault", "mutate", "kind"), FAULTS, ids=[f[0] for f in FAULTS])
def test_each_fault_is_found(tmp_path: Path, fault: str, mutate: Callable[[dict[str, Any]], None], kind: str) -> None:
    gold = copy.deepcopy(GOLD)
    mutate(gold)
    assert kind in kinds(write_set(tmp_path / "s", gold)), fault


def test_a_sets_own_requirements(tmp_path: Path) -> None:
    folder = write_set(tmp_path / "s", GOLD)
    assert kinds(folder, min_letters=4) == ["size"]
    assert kinds(folder, min_threads=3) == ["size"]
    assert kinds(folder, met_and_missed=["return_out_of_duty"]) == ["coverage"]


def test_the_command_line(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD)
    _deadline(gold).update(due="2024-02-15")
    folder = write_set(tmp_path / "s", gold)
    run = subprocess.run([sys.executable, str(TOOL), str(folder)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and "ERROR T1 a_transfer.txt return_out_of_duty: due 2024-02-15" in run.stdout
    quiet = subprocess.run([sys.executable, str(TOOL), str(folder), "--summary"], capture_output=True, text=True, cwd=ROOT)
    assert quiet.returncode == 1 and "PROBLEMS due: 1" in quiet.stdout and "2024-02-15" not in quiet.stdout
    other = tmp_path / "other.json"
    other.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    ok = subprocess.run([sys.executable, str(TOOL), str(folder), "--gold", str(other)], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and ok.stdout.strip().endswith("OK")
    nowhere = subprocess.run([sys.executable, str(TOOL), str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert nowhere.returncode == 2 and "no letters/ folder" in nowhere.stderr


# each development set with the requirements its README states
DEV_SETS = {
    "dev": {},
    "dev2": {},
    "dev3": {"min_letters": 40, "min_threads": 12,
             "met_and_missed": ["transfer_case", "return_out_of_duty", "notify_acceptance", "report_outcome",
                                "return_assistance", "wrong_department_notice", "complaint_decision",
                                "record_penalty_credit"]},
}


@pytest.mark.parametrize("name", DEV_SETS)
def test_the_development_sets_pass(name: str) -> None:
    report, _ = check_set(ROOT / "eval" / "threads" / name, **DEV_SETS[name])
    assert report.problems == []
