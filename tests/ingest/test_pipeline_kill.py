"""A killed ingest leaves no half-written document, and a re-run finishes the rest without duplicates.

For real: ``liandong ingest`` runs in a subprocess (2 extraction workers, small transactions) on the
test server; it is SIGKILLed mid-batch, then interrupted with SIGINT (Ctrl-C), then the batch is run
to the end. After each stop every stored Document has exactly the MENTIONS it recorded.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from graph.connection import Graph
from ingest.pipeline import incomplete_documents, ingest

LETTERS = 48

pytestmark = pytest.mark.slow


def _bench(repo_root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_ingest", repo_root / "bench" / "bench_ingest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _documents(graph: Graph) -> int:
    return int(graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"])


def _descendants(pid: int) -> set[int]:
    """The process tree under ``pid`` (from /proc), to check the workers end with their parent."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _start(folder: Path, log: Path) -> subprocess.Popen[str]:
    """``liandong ingest`` in a subprocess; its output goes to files (a pipe held open by a stray
    child could block the test)."""
    code = "from app.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(folder), "--workers", "2", "--batch", "2", "--no-progress"],
        stdout=(log.with_suffix(".out")).open("w"), stderr=(log.with_suffix(".err")).open("w"), text=True,
        env=os.environ.copy(),
    )


def _output(log: Path) -> str:
    return log.with_suffix(".out").read_text(encoding="utf-8") + log.with_suffix(".err").read_text(encoding="utf-8")


def _wait_for(graph: Graph, proc: subprocess.Popen[str], at_least: int, timeout: float = 90.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _documents(graph)
        if n >= at_least:
            return n
        if proc.poll() is not None:
            pytest.fail(f"ingest ended early (rc {proc.returncode})")
        time.sleep(0.05)
    proc.kill()
    pytest.fail(f"ingest did not store {at_least} documents within {timeout} s")


def _assert_whole(graph: Graph) -> None:
    assert incomplete_documents(graph) == []
    # nothing of a document without its Document: every fact from a letter points at a stored one
    orphans = graph.read(
        "MATCH ()-[r]->() WHERE r.source STARTS WITH 'doc:' "
        "WITH DISTINCT r.source AS src "
        "WHERE NOT EXISTS { MATCH (d:Document) WHERE 'doc:' + d.sha256 = src } RETURN src LIMIT 3")
    assert orphans == []


def test_kill_and_ctrl_c_mid_batch_then_rerun(graph: Graph, tmp_path: Path, repo_root: Path) -> None:
    graph.write("MATCH (n) DETACH DELETE n")
    folder = tmp_path / "letters"
    _bench(repo_root).make_letters(folder, LETTERS, seed=11, chars=1500)

    # 1. SIGKILL mid-batch
    proc = _start(folder, tmp_path / "kill")
    _wait_for(graph, proc, 6)
    tree = _descendants(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    after_kill = _documents(graph)
    assert 6 <= after_kill < LETTERS
    _assert_whole(graph)
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in tree) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in tree if _alive(p)]
    for p in left:  # clean up what we started before failing
        os.kill(p, signal.SIGKILL)
    assert left == [], "extraction workers outlived the killed ingest"

    # 2. Ctrl-C: stops after the current transaction, says so, exits 130
    proc = _start(folder, tmp_path / "int")
    _wait_for(graph, proc, after_kill + 4)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    out = _output(tmp_path / "int")
    assert proc.returncode == 130, out
    assert "interrupted" in out and "unchanged" in out
    after_int = _documents(graph)
    assert after_int < LETTERS
    _assert_whole(graph)

    # 3. the re-run finishes the rest; nothing is duplicated
    report = ingest(graph, [folder], progress=False)
    assert report.count("unchanged") == after_int
    assert report.count("ingested") == LETTERS - after_int
    assert report.count("quarantined") == 0
    assert _documents(graph) == LETTERS
    rows = graph.read("MATCH (d:Document) RETURN count(DISTINCT d.sha256) AS shas, count(DISTINCT d.path) AS paths")
    assert rows[0] == {"shas": LETTERS, "paths": LETTERS}
    _assert_whole(graph)
    # each referral letter's transfer was recorded once
    dup = graph.read("MATCH (t:Clue)-[:HAS_EVENT]->(e:Event) WITH t, count(e) AS n WHERE n > 1 RETURN t.clue_no AS no")
    assert dup == []
