"""The console's view graph: the main graph with no secret in it, kept in step with it.

The analyst console, saved queries run from it, its exports and ``liandong cypher --as USER`` run
typed Cypher; whatever is typed, they read this graph, never the main one (admin — who may see
everything — excepted). What it holds is decided here, once, from the rules of
:mod:`app.services.access`:

* **no confidential matter**: every ``Case``/``Clue``/``Complaint`` with ``confidential: true`` and
  what hangs off it (:class:`access.Policy` ``restricted``: its referrals and letters, events,
  documents that evidence or mention it) is left out, with its deadlines and the events and
  deadlines whose ``thread_id`` is such an item, and every party *only it names* — the nodes
  reached from a left-out one that are linked to nothing else (agencies, regions, mechanisms,
  projects and letters that are not secret exist on their own and always stay). Its numbers, ids and file names are replaced by ``［非公开］`` wherever they
  appear in the text that stays;
* **protected identities as pseudonyms**: a complainant or informant
  (:func:`access.protected_identities`: ``masked: true`` or ``COMPLAINED``) becomes a ``Person``
  with a new id and the name ``保密身份-3F2A`` — both from a keyed hash of the real id
  (:func:`pseudonym`; the key is ``LIANDONG_HOME/pseudonym.key``), so the same person is the
  same pseudonym in every sync and cannot be found from a guessed name. Its other properties,
  its phone and address nodes and every ``COMPLAINED`` relationship are dropped; each of its
  names, aliases, phones and addresses is replaced by its pseudonym in every text property of
  every node and relationship (document text and titles, summaries, mention properties, acts).

:func:`build_view` is that rule as a pure function of the main graph's rows; :func:`sync` writes
its result into the console's graph with batched ``UNWIND … MERGE`` — only the nodes and the
relationship groups that changed since the last sync (a state file beside the data says what was
written; when it is missing or the view's counts do not match it, the view is rebuilt whole).
:func:`ensure_synced` runs before every console query: a fingerprint of the main graph (what is
confidential and to whom, who is protected and by which strings; node and relationship counts)
that differs from the last sync's, or a sync older than :data:`MAX_AGE_S`, re-syncs first — in the
app, when only the counts changed, on a background thread (:func:`fingerprint` says why that
is safe).
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.access import ProtectedIdentity, Redactor, build_policy, protected_identities
from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.schema import load_schema, quote

SECRET_TEXT = "［非公开］"
PSEUDONYM_PREFIX = "保密身份-"
MAX_AGE_S = float(os.environ.get("LIANDONG_CONSOLE_MAX_AGE") or 300)
BATCH = 1000
# nodes that exist on their own (public bodies, procurement projects, letters that are not secret):
# never left out because a secret names them, nor what is linked to the world through them
ANCHORS = frozenset({"Agency", "Region", "Mechanism", "Project", "Document"})
IDENTIFIER_RELS = frozenset({"HAS_PHONE", "HAS_ADDRESS", "HAS_ACCOUNT"})
HIDDEN_REL_TYPES = frozenset({"COMPLAINED"})
_ID = re.compile(r"[a-z_]+:[0-9a-f]{20}")  # graph.ids.make_id
NUMBER_KEYS = ("clue_no", "case_no", "complaint_no", "doc_no", "thread_no")

READ_NODES = cypher("console_view.read_nodes",
                    "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props")
READ_RELS = cypher("console_view.read_rels",
                   "MATCH (a)-[r]->(b) RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS props")
COUNT_NODES = cypher("console_view.count_nodes", "MATCH (n) RETURN count(n) AS n")
COUNT_RELS = cypher("console_view.count_rels", "MATCH ()-[r]->() RETURN count(r) AS n")
WIPE_BATCH = cypher("console_view.wipe_batch",
                    "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n", writes=True, limit=1)

DELETE_ANY_NODES = cypher("console_view.delete_any_nodes",
                          "UNWIND $rows AS id\nMATCH (n) WHERE n.id = id\nDETACH DELETE n", writes=True, rows=[])


class ConsoleViewError(LiandongError):
    """The console's graph cannot be used (not configured, not reachable)."""


# ------------------------------------------------------------------------------ statements
def node_statement(label: str) -> str:
    """Write one label's nodes: the whole property map is replaced (a property dropped in the main
    graph, or one the view rules take away, disappears from the view too)."""
    return f"UNWIND $rows AS row\nMERGE (n:{quote(label)} {{id: row.id}})\nSET n = row.props"


def delete_nodes_statement(label: str) -> str:
    return f"UNWIND $rows AS id\nMATCH (n:{quote(label)} {{id: id}})\nDETACH DELETE n"


def delete_rels_statement(rel_type: str, start_label: str, end_label: str) -> str:
    return (f"UNWIND $rows AS row\nMATCH (a:{quote(start_label)} {{id: row.start}})-[r:{quote(rel_type)}]->"
            f"(b:{quote(end_label)} {{id: row.end}})\nDELETE r")


def rel_statement(rel_type: str, start_label: str, end_label: str) -> str:
    return (f"UNWIND $rows AS row\nMATCH (a:{quote(start_label)} {{id: row.start}})\n"
            f"MATCH (b:{quote(end_label)} {{id: row.end}})\nCREATE (a)-[r:{quote(rel_type)}]->(b)\nSET r = row.props")


def _register() -> None:
    schema = load_schema()
    for label in schema.nodes:
        cypher(f"console_view.node.{label}", node_statement(label), writes=True, rows=[])
        cypher(f"console_view.delete_nodes.{label}", delete_nodes_statement(label), writes=True, rows=[])
    for rtype, a, b in schema.rel_endpoints():
        cypher(f"console_view.rel.{rtype}.{a}.{b}", rel_statement(rtype, a, b), writes=True, rows=[])
        cypher(f"console_view.delete_rels.{rtype}.{a}.{b}", delete_rels_statement(rtype, a, b), writes=True, rows=[])


_register()


# ------------------------------------------------------------------------------ pseudonyms
def pseudonym_key(home: Path) -> bytes:
    """The key of the pseudonyms (created once, owner-only, beside the data — never in a graph)."""
    path = home / "pseudonym.key"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def pseudonym(key: bytes, person_id: str) -> tuple[str, str]:
    """(the view's id, the shown name) of a protected person: ``person:<20 hex>``, ``保密身份-3F2A``."""
    digest = hmac.new(key, person_id.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"person:{digest[:20]}", f"{PSEUDONYM_PREFIX}{digest[20:24].upper()}"


# ------------------------------------------------------------------------------ the rule
@dataclass(frozen=True)
class ViewNode:
    id: str
    labels: tuple[str, ...]
    props: dict[str, Any]


@dataclass(frozen=True)
class ViewRel:
    type: str
    start: str
    end: str
    props: dict[str, Any]


@dataclass
class View:
    nodes: list[ViewNode] = field(default_factory=list)
    rels: list[ViewRel] = field(default_factory=list)
    left_out: int = 0  # nodes of the main graph not in the view
    pseudonymised: int = 0


class _Scrubber:
    """Replaces, in a text, each protected person's strings by their pseudonym and each confidential
    number, id or file name by ［非公开］ (the pages' :class:`access.Redactor` finds the first)."""

    def __init__(self, identities: Iterable[ProtectedIdentity], names: Mapping[str, str], ids: Mapping[str, str],
                 secrets_: Iterable[str]) -> None:
        idents = list(identities)
        self.redactor = Redactor.of(idents)
        self.owner: dict[str, str] = {}
        for ident in idents:
            shown = names.get(ident.id)
            if shown is None:
                continue
            for s in (*ident.names, *ident.addresses):
                self.owner[_norm(s)] = shown
            for p in ident.phones:
                self.owner[re.sub(r"\D", "", p)] = shown
        plain = sorted({s for s in secrets_ if len(s) >= 4}, key=len, reverse=True)
        self.plain = re.compile("|".join(re.escape(s) for s in plain)) if plain else None
        self.ids = dict(ids)  # protected ids → pseudonym ids, in text too
        self.ids_re = re.compile("|".join(re.escape(i) for i in sorted(self.ids, key=len, reverse=True))) if self.ids else None

    def text(self, value: str) -> str:
        if not value:
            return value
        # names and addresses are Chinese, phones have 5 digits or more: plain ASCII without them
        # (ids, dates, codes, kinds — most values) cannot name anyone, and skip the slower search
        maybe = not value.isascii() or (sum(c.isdigit() for c in value) >= 5 and not _ID.fullmatch(value))
        spans = self.redactor.spans(value) if maybe else []
        if spans:
            pieces, pos = [], 0
            for start, end in spans:
                part = value[start:end]
                shown = self.owner.get(_norm(part)) or self.owner.get(re.sub(r"\D", "", part)) or PSEUDONYM_PREFIX + "＊"
                pieces += [value[pos:start], shown]
                pos = end
            value = "".join(pieces) + value[pos:]
        if self.plain is not None:
            value = self.plain.sub(SECRET_TEXT, value)
        if self.ids_re is not None:  # a protected person's real id (``merged_into``, acts) → the pseudonym's
            value = self.ids_re.sub(lambda m: self.ids[m.group()], value)
        return value

    def props(self, props: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in props.items():
            if isinstance(v, str):
                out[k] = self.text(v)
            elif isinstance(v, list):
                out[k] = [self.text(x) if isinstance(x, str) else x for x in v]
            else:
                out[k] = v
        return out


def _norm(text: str) -> str:
    from graph.types.text import simplified

    return simplified(text)[0].strip()


def build_view(
    nodes: Iterable[Mapping[str, Any]],
    rels: Iterable[Mapping[str, Any]],
    restricted: Iterable[str],
    identities: Mapping[str, ProtectedIdentity],
    key: bytes,
) -> View:
    """The view of a graph given as rows (``id, labels, props`` / ``start, type, end, props``).

    ``restricted``: the ids of every confidential item and what hangs off it
    (:attr:`access.Policy.restricted`, for all agencies); ``identities``: the protected persons."""
    node_rows = {str(n["id"]): n for n in nodes if n.get("id")}
    rel_rows = [r for r in rels if r.get("start") in node_rows and r.get("end") in node_rows]
    hidden = {i for i in restricted if i in node_rows}
    hidden |= {i for i, n in node_rows.items() if (n.get("props") or {}).get("thread_id") in hidden}
    for r in rel_rows:  # deadlines and events of a confidential item
        if r["start"] in hidden and r["type"] in ("HAS_DEADLINE", "HAS_EVENT"):
            hidden.add(r["end"])
    # identifier nodes of protected persons (phones, addresses) go; so do the persons' COMPLAINED
    identifier_nodes = {i for ident in identities.values() for i in ident.node_ids if i not in identities}
    hidden |= identifier_nodes & set(node_rows)
    # parties only a hidden item names: the largest set of nodes reached from hidden ones whose every
    # neighbour is hidden or in the set (agencies, regions, mechanisms, projects and public documents
    # exist on their own, so neither they nor what hangs off them through them is ever in it)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for r in rel_rows:
        neighbours[r["start"]].add(r["end"])
        neighbours[r["end"]].add(r["start"])

    def anchor(i: str) -> bool:
        return bool(set(node_rows[i].get("labels") or ()) & ANCHORS)

    candidates: set[str] = set()
    stack = [n for h in hidden for n in neighbours.get(h, ())]
    while stack:
        i = stack.pop()
        if i in hidden or i in candidates or anchor(i):
            continue
        candidates.add(i)
        stack.extend(neighbours.get(i, ()))
    work = list(candidates)
    while work:
        i = work.pop()
        if i in candidates and any(n not in hidden and n not in candidates for n in neighbours[i]):
            candidates.discard(i)
            work.extend(n for n in neighbours[i] if n in candidates)
    hidden |= candidates

    protected = {i for i in identities if i in node_rows and i not in hidden}
    shown_ids: dict[str, str] = {}
    shown_names: dict[str, str] = {}
    for i in protected:
        shown_ids[i], shown_names[i] = pseudonym(key, i)
    secret_strings: list[str] = []
    for i in hidden:
        props = node_rows[i].get("props") or {}
        secret_strings.append(i)
        secret_strings += [str(props[k]) for k in NUMBER_KEYS if props.get(k)]
        if props.get("path"):
            secret_strings.append(os.path.basename(str(props["path"])))
    scrub = _Scrubber((identities[i] for i in protected), shown_names, shown_ids, secret_strings)

    view = View(left_out=len(hidden), pseudonymised=len(protected))
    for i, n in node_rows.items():
        if i in hidden:
            continue
        labels = tuple(n.get("labels") or ())
        if i in protected:
            view.nodes.append(ViewNode(shown_ids[i], labels, {"id": shown_ids[i], "name": shown_names[i], "masked": True}))
            continue
        props = scrub.props({k: v for k, v in (n.get("props") or {}).items() if k != "id"})
        props["id"] = i
        view.nodes.append(ViewNode(i, labels, props))
    for r in rel_rows:
        a, b, t = r["start"], r["end"], r["type"]
        if a in hidden or b in hidden or t in HIDDEN_REL_TYPES:
            continue
        if t in IDENTIFIER_RELS and (a in protected or b in protected):
            continue
        props = scrub.props(r.get("props") or {})
        view.rels.append(ViewRel(t, shown_ids.get(a, a), shown_ids.get(b, b), props))
    return view


# ------------------------------------------------------------------------------ reading the main graph
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


# ------------------------------------------------------------------------------ where the view lives
def server_limits() -> tuple[str, ...]:
    """What the embedded console server enforces on every query, whatever the client does: a
    command timeout a little above the console's own cap (the statement is aborted on the server),
    a heap budget for all queries' buffers (``collect``, sorts, cartesian products) and a cap on
    the elements one operation may hold."""
    from queries.adhoc import MAX_TIMEOUT_S

    memory_mb = int(os.environ.get("LIANDONG_CONSOLE_QUERY_MEMORY") or 256)
    return (
        f"arcadedb.command.timeout={int(MAX_TIMEOUT_S * 1000) + 5000}",
        f"arcadedb.queryMaxHeapRAM={memory_mb}",
        "arcadedb.queryMaxHeapElementsAllowedPerOp=2000000",
    )


_GRAPHS: dict[str, Graph] = {}
_GRAPHS_LOCK = threading.Lock()


def console_target(settings: Any) -> Any:
    """Where the console's graph is: ``LIANDONG_CONSOLE_URI`` on Neo4j; embedded, the second
    server under ``LIANDONG_HOME/console`` (started on demand, with :func:`server_limits`)."""
    from graph import embedded
    from graph.connection import Target
    from graph.settings import EMBEDDED_DATABASE

    if settings.console_uri:
        if not settings.console_user or settings.console_password is None:
            raise ConsoleViewError("已设置 LIANDONG_CONSOLE_URI，但未设置 LIANDONG_CONSOLE_USER 或 "
                                   "LIANDONG_CONSOLE_PASSWORD — 请一并设置")
        target = Target(settings.console_uri, settings.console_user, settings.console_password,
                        settings.console_database or "neo4j", False)
        main_db = settings.database or "neo4j"
        if settings.uri and target.uri == settings.uri and target.database == main_db:
            raise ConsoleViewError("LIANDONG_CONSOLE_URI 与 LIANDONG_CONSOLE_DATABASE 指向主图谱本身 — 分析控制台"
                                   "必须使用另一台服务器或另一个数据库")
        return target
    if not settings.embedded:
        raise ConsoleViewError(
            "分析控制台未配置：生产环境（Neo4j）须另设一台服务器或数据库供控制台使用（LIANDONG_CONSOLE_URI、"
            "LIANDONG_CONSOLE_USER、LIANDONG_CONSOLE_PASSWORD、LIANDONG_CONSOLE_DATABASE），控制台不会读取主图谱 — "
            "请联系管理员")
    console = embedded.console_settings(settings, limits=server_limits())
    info = embedded.ensure_running(console)
    user, password = embedded.credentials(console)
    return Target(info.uri, user, password, info.database or EMBEDDED_DATABASE, True)


def console_graph(settings: Any = None) -> Graph:
    """The console's graph (one driver per process and target)."""
    from graph.connection import open_driver
    from graph.settings import Settings

    settings = settings or Settings.from_env()
    target = console_target(settings)
    name = f"{target.uri}/{target.database}"
    with _GRAPHS_LOCK:
        g = _GRAPHS.get(name)
        if g is None:
            g = _GRAPHS[name] = Graph(open_driver(target), target.database, target)
        return g


def synced_view(main: Graph, settings: Any = None, *, background: bool = False) -> Graph:
    """The console's graph, re-synced first when the main graph changed (``background``: see
    :func:`ensure_synced`)."""
    from graph.settings import Settings

    settings = settings or Settings.from_env()
    view = console_graph(settings)
    ensure_synced(main, view, settings.home, background=background)
    return view
