"""Letters → threads end to end on the real embedded server, scored with the shared scorer.

The development set (eval/threads/dev: letters written here, with hand-made gold threads) is
ingested in two batches in reverse order, exported, and scored by ../shared/eval/threads/
score_threads.py; re-ingesting changes nothing. The held-out set (eval/threads/heldout) is scored
too — nobody tuned rules on it — and must at least be complete and well-formed.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graph.connection import Graph
from graph.threads import export_threads
from ingest.pipeline import ingest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "threads" / "dev"
DEV_SETS = ("dev2", "dev3")


def scorer(shared_dir: Path) -> Any:
    path = shared_dir / "eval" / "threads" / "score_threads.py"
    assert path.is_file(), f"the shared scorer is missing: {path}"
    spec = importlib.util.spec_from_file_location("score_threads", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_of(folder: Path) -> dict[str, Any]:
    path = folder / "gold.json"
    assert path.is_file(), f"gold threads missing: {path}"
    return json.loads(path.read_text(encoding="utf-8"))


def ingest_in_batches(graph: Graph, letters: Path, tmp: Path, n: int) -> None:
    files = sorted(letters.iterdir(), reverse=True)
    for i in range(n):
        batch = tmp / f"batch{i}"
        batch.mkdir()
        for f in files[i::n]:
            shutil.copy(f, batch / f.name)
        report = ingest(graph, [batch], progress=False)
        assert report.count("quarantined") == 0, [d.reason for d in report.documents if d.outcome == "quarantined"]


def test_dev_set_threads_custody_and_deadlines(empty_graph: Graph, shared_dir: Path, tmp_path: Path) -> None:
    gold = gold_of(DEV)
    ingest_in_batches(empty_graph, DEV / "letters", tmp_path, 2)
    as_of = __import__("datetime").date.fromisoformat(gold["as_of"])
    pred = export_threads(empty_graph, as_of=as_of)
    s = scorer(shared_dir).score_threads(gold, pred)
    assert s["grouping"][2] >= 0.95, s
    assert s["holder_acc"] >= 0.9, s
    assert s["events"][2] >= 0.9, s
    assert s["deadline_acc"] >= 0.9, s
    assert s["missed"][2] >= 0.9, s
    # re-ingesting the whole set at once changes nothing
    again = ingest(empty_graph, [DEV / "letters"], progress=False)
    assert again.count("unchanged") == len(list((DEV / "letters").iterdir()))
    assert export_threads(empty_graph, as_of=as_of) == pred


@pytest.mark.parametrize("name", DEV_SETS)
def test_other_development_sets(empty_graph: Graph, shared_dir: Path, name: str) -> None:
    folder = ROOT / "eval" / "threads" / name
    gold = gold_of(folder)
    report = ingest(empty_graph, [folder / "letters"], progress=False)
    assert report.count("quarantined") == 0
    as_of = __import__("datetime").date.fromisoformat(gold["as_of"])
    s = scorer(shared_dir).score_threads(gold, export_threads(empty_graph, as_of=as_of))
    print(name, s)
    for key in ("grouping", "events", "missed"):
        assert s[key][2] >= 0.9, (key, s)
    assert s["holder_acc"] >= 0.9 and s["deadline_acc"] >= 0.9, s


def test_cli_export_and_overdue_list_only_real_alarms(empty_graph: Graph, tmp_path: Path) -> None:
    from app.cli import cli

    gold = gold_of(DEV)
    ingest(empty_graph, [DEV / "letters"], progress=False)
    out = tmp_path / "threads.json"
    r = CliRunner().invoke(cli, ["threads", "export", "--format", "json", "-o", str(out), "--as-of", gold["as_of"]])
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(f for t in data["threads"] for f in t["files"]) == sorted(f for t in gold["threads"] for f in t["files"])
    r = CliRunner().invoke(cli, ["overdue", "--today", gold["as_of"]])
    assert r.exit_code == 0, r.output
    overdue_gold = {(d["for_file"], d["rule"]) for t in gold["threads"] for d in t["deadlines"] if d["status"] == "overdue"}
    assert r.output.count("OVERDUE") == len(overdue_gold), r.output
    for for_file, rule in overdue_gold:
        assert for_file in r.output and rule in r.output, (for_file, rule, r.output)


@pytest.mark.parametrize("name", ("heldout", "heldout2", "heldout3"))
def test_heldout_sets_are_complete_and_scores_reported(empty_graph: Graph, shared_dir: Path, name: str) -> None:
    """No threshold here on purpose (the figures go to the README); the set must be there and whole."""
    folder = ROOT / "eval" / "threads" / name
    gold = gold_of(folder)
    files = {p.name for p in (folder / "letters").iterdir()}
    assert files == {f for t in gold["threads"] for f in t["files"]}
    report = ingest(empty_graph, [folder / "letters"], progress=False)
    assert report.count("quarantined") == 0
    as_of = __import__("datetime").date.fromisoformat(gold["as_of"])
    s = scorer(shared_dir).score_threads(gold, export_threads(empty_graph, as_of=as_of))
    print(name, s)
    assert s["grouping"][2] > 0.5, s


def test_thread_page_and_desk_services_show_the_letters_threads(empty_graph: Graph) -> None:
    """The 线索追踪 and 机构工作台 services on threads made from letters (the dev set's re-routed matter:
    财政局 → 市场监管局, returned late → 财政局 → 公安鲤城分局, which accepted)."""
    import datetime as dt

    from app.services.access import Viewer
    from app.services.desk import desk
    from app.services.threads import thread_view
    from graph.custody import resolve_agency

    ingest(empty_graph, [DEV / "letters"], progress=False)
    police = resolve_agency(empty_graph, "泉州市公安局鲤城分局")
    admin = Viewer("adm", police["id"], "admin", police["name"])
    tv = thread_view(empty_graph, admin, "泉鲤财函〔2024〕41号", today=dt.date(2026, 3, 31))
    assert tv.holder_name == "泉州市公安局鲤城分局"
    assert len(tv.letters) == 5 and {x.act_zh for x in tv.letters} >= {"移送函", "退回函", "接收回执"}
    states = {(d.rule_id, d.state) for d in tv.deadlines}
    assert ("return_out_of_duty", "missed") in states and ("notify_acceptance", "on_time") in states
    assert not tv.overdue  # the matter moved on: no alarm
    d = desk(empty_graph, admin, police["id"], today=dt.date(2026, 3, 31))
    assert [s.node.id for s in d.held] == [tv.node.id] and not d.overdue
