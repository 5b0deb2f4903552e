"""Keeping the console's view in step with the main graph: the fingerprint that says it is stale,
the incremental sync (state file beside the data) and the one-at-a-time re-sync before a query."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import threading
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.access import build_policy, protected_identities
from app.services.console_view.pseudonyms import pseudonym_key
from app.services.console_view.rule import View, build_view
from app.services.console_view.server import ConsoleViewError, console_graph
from app.services.console_view.statements import (
    COUNT_NODES,
    COUNT_RELS,
    DELETE_ANY_NODES,
    READ_NODES,
    READ_RELS,
    WIPE_BATCH,
    delete_nodes_statement,
    delete_rels_statement,
    node_statement,
    rel_statement,
)
from graph.connection import Graph
from graph.schema import load_schema

MAX_AGE_S = float(os.environ.get("LIANDONG_CONSOLE_MAX_AGE") or 300)
BATCH = 1000


def fingerprint(graph: Graph) -> str:
    """What decides whether the view is stale, read cheaply from the main graph, as
    ``<policy>:<content>``: the policy part digests the confidential items with the agencies they
    concern and each protected person with the strings that identify them — when it changes, the
    view may hold something now secret, so it is re-synced before the next query; the content
    part digests the node and relationship counts — when only it changes, the view merely lacks
    something new (or still shows something deleted that everyone could see), so the app may
    answer from it while a sync runs in the background."""
    policy = build_policy(graph)
    idents = protected_identities(graph)
    secret = {"restricted": sorted((k, sorted(v)) for k, v in policy.restricted.items()),
              "protected": sorted(repr(v) for v in idents.values())}
    content = {"nodes": graph.read(COUNT_NODES)[0]["n"], "rels": graph.read(COUNT_RELS)[0]["n"]}
    return f"{_digest(secret)}:{_digest(content)}"


def read_main(graph: Graph, key: bytes) -> View:
    policy = build_policy(graph)
    idents = protected_identities(graph)
    return build_view(graph.read(READ_NODES), graph.read(READ_RELS), policy.restricted, idents, key)


# ------------------------------------------------------------------------------ writing the view
def _digest(value: Any) -> str:
    return hashlib.sha1(json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class SyncReport:
    full: bool = False
    nodes_written: int = 0
    nodes_deleted: int = 0
    rel_groups_written: int = 0
    nodes: int = 0
    rels: int = 0
    left_out: int = 0
    pseudonymised: int = 0
    seconds: float = 0.0
    read_seconds: float = 0.0


def _write_batches(target: Graph, statement: str, rows: list[Any]) -> None:
    for i in range(0, len(rows), BATCH):
        target.write(statement, {"rows": rows[i:i + BATCH]})


def _labeller(schema: Any, current: Mapping[str, str]) -> Any:
    """An id's label: from the view being written, else from its prefix (ids are ``prefix:hash``)."""
    by_prefix = {n.prefix: label for label, n in schema.nodes.items() if getattr(n, "prefix", None)}

    def label(node_id: str) -> str | None:
        return current.get(node_id) or by_prefix.get(node_id.partition(":")[0])

    return label


def _state_path(home: Path) -> Path:
    return home / "console-view.json"


def _load_state(home: Path) -> dict[str, Any] | None:
    try:
        return json.loads(_state_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _save_state(home: Path, state: dict[str, Any]) -> None:
    path = _state_path(home)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(state, f)
    os.replace(tmp, path)


def sync(main: Graph, target: Graph, home: Path, *, full: bool = False, mark: str | None = None) -> SyncReport:
    """Bring the view in ``target`` in step with ``main``; ``home`` keeps the key and the state file."""
    t0 = time.monotonic()
    key = pseudonym_key(home)
    mark = mark or fingerprint(main)
    view = read_main(main, key)
    report = SyncReport(left_out=view.left_out, pseudonymised=view.pseudonymised,
                        nodes=len(view.nodes), rels=len(view.rels), read_seconds=time.monotonic() - t0)
    schema = load_schema()
    label_of_id = {n.id: n.labels[0] for n in view.nodes if n.labels}
    node_hash = {n.id: _digest([n.labels, n.props]) for n in view.nodes}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in view.rels:
        groups[(r.start, r.type, r.end)].append(r.props)
    group_hash = {"\x1f".join(k): _digest(sorted(_digest(p) for p in v)) for k, v in groups.items()}

    state = None if full else _load_state(home)
    if state is not None and state.get("target") != _target_name(target):
        state = None
    if state is not None:
        counts = (target.read(COUNT_NODES)[0]["n"], target.read(COUNT_RELS)[0]["n"])
        if list(counts) != [state.get("nodes"), state.get("rels")]:
            state = None  # the view is not what the state file says: rebuild it
    if state is None:
        report.full = True
        while target.write(WIPE_BATCH, {"limit": 10_000})[0]["n"]:
            pass
        from graph.ddl import ensure_schema

        ensure_schema(target, schema)
        old_nodes: dict[str, str] = {}
        old_groups: dict[str, str] = {}
    else:
        old_nodes, old_groups = state["node_hash"], state["group_hash"]

    gone = [i for i in old_nodes if i not in node_hash]
    changed_nodes = [n for n in view.nodes if old_nodes.get(n.id) != node_hash[n.id]]
    changed_groups = [k for k, h in group_hash.items() if old_groups.get(k) != h]
    gone_groups = [k for k in old_groups if k not in group_hash]
    label = _labeller(schema, label_of_id)
    # relationships first (a group that changed is deleted and written again), then nodes
    by_type: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for k in [*changed_groups, *gone_groups]:
        if k in old_groups:
            start, rtype, end = k.split("\x1f")
            a, b = label(start), label(end)
            if a and b:
                by_type[(rtype, a, b)].append({"start": start, "end": end})
    for (rtype, a, b), rows in by_type.items():
        _write_batches(target, delete_rels_statement(rtype, a, b), rows)
    gone_by_label: dict[str, list[str]] = defaultdict(list)
    for i in gone:
        gone_by_label[label(i) or ""].append(i)
    for lab, ids in gone_by_label.items():
        _write_batches(target, delete_nodes_statement(lab) if lab else DELETE_ANY_NODES, ids)
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in changed_nodes:
        by_label[n.labels[0]].append({"id": n.id, "props": n.props})
    for lab, node_rows in by_label.items():
        if lab not in schema.nodes:
            raise ConsoleViewError(f"标签 {lab!r} 不在图谱模型中，无法同步到分析控制台的图")
        _write_batches(target, node_statement(lab), node_rows)
    rel_rows: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for k in changed_groups:
        start, rtype, end = k.split("\x1f")
        for props in groups[(start, rtype, end)]:
            rel_rows[(rtype, label_of_id[start], label_of_id[end])].append({"start": start, "end": end, "props": props})
    for (rtype, a, b), rows in rel_rows.items():
        _write_batches(target, rel_statement(rtype, a, b), rows)
    report.nodes_written, report.nodes_deleted, report.rel_groups_written = len(changed_nodes), len(gone), len(changed_groups)
    _save_state(home, {
        "target": _target_name(target), "mark": mark, "synced": time.time(),
        "nodes": len(view.nodes), "rels": len(view.rels), "node_hash": node_hash, "group_hash": group_hash,
    })
    report.seconds = time.monotonic() - t0
    return report


def _target_name(target: Graph) -> str:
    """Which view the state file describes (the embedded console server's port may change between starts)."""
    t = target.target
    if t is None:
        return f"?/{target.database}"
    return f"embedded/{t.database}" if t.embedded else f"{t.uri}/{t.database}"


_SYNC_LOCK = threading.Lock()
_BACKGROUND: dict[str, threading.Thread] = {}


def _in_step(state: dict[str, Any] | None, target: Graph, mark: str, max_age_s: float) -> bool:
    return (state is not None and state.get("mark") == mark and state.get("target") == _target_name(target)
            and time.time() - float(state.get("synced") or 0) < max_age_s)


def _policy_same(state: dict[str, Any] | None, target: Graph, mark: str) -> bool:
    return (state is not None and state.get("target") == _target_name(target)
            and str(state.get("mark") or "").partition(":")[0] == mark.partition(":")[0])


def _sync_locked(main: Graph, target: Graph, home: Path, mark: str, max_age_s: float) -> SyncReport | None:
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _SYNC_LOCK:
        fd = os.open(home / "console-view.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if _in_step(_load_state(home), target, mark, max_age_s):  # another process synced while we waited
                return None
            return sync(main, target, home, mark=mark)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def ensure_synced(main: Graph, target: Graph, home: Path, *, max_age_s: float = MAX_AGE_S,
                  background: bool = False) -> SyncReport | None:
    """Re-sync when the main graph's fingerprint changed or the last sync is older than ``max_age_s``;
    None when the view was already in step. One sync at a time (threads and processes).

    ``background``: when only the content part of the fingerprint changed (or the view is merely
    old), start the sync on a thread and return at once — the view then lacks what is new for a
    while but holds nothing that became secret (a change of the policy part always syncs first)."""
    mark = fingerprint(main)
    state = _load_state(home)
    if _in_step(state, target, mark, max_age_s):
        return None
    if background and _policy_same(state, target, mark):
        name = str(home)
        running = _BACKGROUND.get(name)
        if running is None or not running.is_alive():
            t = threading.Thread(target=_sync_quietly, args=(main, target, home, mark, max_age_s),
                                 name="liandong-console-sync", daemon=True)
            _BACKGROUND[name] = t
            t.start()
        return None
    return _sync_locked(main, target, home, mark, max_age_s)


def _sync_quietly(main: Graph, target: Graph, home: Path, mark: str, max_age_s: float) -> None:
    try:
        _sync_locked(main, target, home, mark, max_age_s)
    except Exception:  # noqa: BLE001 - the next query syncs again (and raises there if it still fails)
        pass


def wait_for_background(home: Path, timeout: float = 600.0) -> None:
    """Wait for a background sync of ``home``'s view to end (tests, benchmarks)."""
    t = _BACKGROUND.get(str(home))
    if t is not None:
        t.join(timeout)



def synced_view(main: Graph, settings: Any = None, *, background: bool = False) -> Graph:
    """The console's graph, re-synced first when the main graph changed (``background``: see
    :func:`ensure_synced`)."""
    from graph.settings import Settings

    settings = settings or Settings.from_env()
    view = console_graph(settings)
    ensure_synced(main, view, settings.home, background=background)
    return view
