"""提醒 (alerts): an investigator subscribes to an entity (a company …), an agency's desk or a screen
(a saved query such as the ring screen); on the desk they see what is new since their last visit.

What a subscription watches is a set of items with stable keys, read through the viewer's access
policy (hidden items are never items):

* ``node``  — the entity's relationships and the letters that mention it (``app.services.network``);
* ``desk``  — the agency's letters received, threads held and obligations overdue (``app.services.desk``);
* ``query`` — the rows of a saved query (investigators: the screens in :data:`SCREENS`; roles with
  the console: any saved query, run on their console's graph like the console does).

"New" is what the last visit did not see: the keys seen are stored when one subscribes and after each
visit (:func:`check`), and each visit that shows something new is recorded in the audit log.

Where subscriptions live: a file per user in ``LIANDONG_HOME/app/alerts/`` (owner-only), not in the
graph. They are one user's working state, not facts about procurement: the graph holds sourced facts
shared by every user and readable by analysts in the console, where who watches which company would
itself leak the direction of an investigation; and they must work the same on the embedded store and
on a Neo4j the app may only read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.services.access import Policy, Viewer, load_policy
from app.services.nodes import rel_zh
from graph.connection import Graph
from graph.errors import LiandongError

KINDS: dict[str, str] = {"node": "实体", "desk": "机构工作台", "query": "筛查"}
# saved queries every investigator may subscribe to (their rows name companies and identifiers only)
SCREENS: dict[str, str] = {"ring_screen_market": "围标串标筛查（全市场）", "ring_screen_project": "围标串标筛查（单个项目）"}
MAX_ITEMS = 2000


class AlertError(LiandongError):
    """A subscription that cannot be made or read."""


@dataclass(frozen=True)
class Subscription:
    id: str
    kind: str
    target: str                      # node id, agency id or saved query name
    title: str                       # as the user sees it, e.g. 示例鑫达建设有限公司（实体）
    params: dict[str, Any] = field(default_factory=dict)
    created: str = ""


@dataclass(frozen=True)
class AlertItem:
    key: str
    text: str
    node_id: str | None = None       # what to open (profile or thread page)
    page: str = "profile"


@dataclass
class Alert:
    subscription: Subscription
    new: list[AlertItem]
    total: int
    since: str                       # when the last visit was (local time, ISO)
    error: str = ""


def subscription_id(kind: str, target: str, params: dict[str, Any]) -> str:
    raw = json.dumps([kind, target, params], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class AlertStore:
    """One JSON file per user: ``{"subscriptions": [...], "seen": {id: {"at": …, "keys": [...]}}}``."""

    _lock = threading.Lock()

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def default(cls, settings: Any = None) -> AlertStore:
        from graph.home import private_dir
        from graph.settings import Settings

        settings = settings or Settings.from_env()
        return cls(private_dir(settings.home / "app" / "alerts", settings.home))

    def _path(self, username: str) -> Path:
        safe = username if re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", username) and not username.startswith(".") \
            else "u-" + hashlib.sha256(username.encode()).hexdigest()[:24]
        return self.root / f"{safe}.json"

    def _load(self, username: str) -> dict[str, Any]:
        path = self._path(username)
        if not path.exists():
            return {"subscriptions": [], "seen": {}}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise AlertError(f"提醒设置文件 {path} 无法读取（{e}）：请管理员检查或删除该文件") from e
        data.setdefault("subscriptions", [])
        data.setdefault("seen", {})
        return data

    def _save(self, username: str, data: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._path(username)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, default=str)
        os.replace(tmp, path)

    def subscriptions(self, username: str) -> list[Subscription]:
        return [Subscription(**s) for s in self._load(username)["subscriptions"]]

    def add(self, username: str, sub: Subscription, keys: Iterable[str]) -> None:
        with self._lock:
            data = self._load(username)
            data["subscriptions"] = [s for s in data["subscriptions"] if s["id"] != sub.id] + [asdict(sub)]
            data["seen"][sub.id] = {"at": _now(), "keys": sorted(set(keys))}
            self._save(username, data)

    def remove(self, username: str, sub_id: str) -> bool:
        with self._lock:
            data = self._load(username)
            before = len(data["subscriptions"])
            data["subscriptions"] = [s for s in data["subscriptions"] if s["id"] != sub_id]
            data["seen"].pop(sub_id, None)
            self._save(username, data)
            return len(data["subscriptions"]) < before

    def seen(self, username: str, sub_id: str) -> tuple[str, set[str]]:
        entry = self._load(username)["seen"].get(sub_id) or {}
        return str(entry.get("at") or ""), set(entry.get("keys") or [])

    def mark_seen(self, username: str, sub_id: str, keys: Iterable[str]) -> None:
        with self._lock:
            data = self._load(username)
            if any(s["id"] == sub_id for s in data["subscriptions"]):
                data["seen"][sub_id] = {"at": _now(), "keys": sorted(set(keys))}
                self._save(username, data)


# ------------------------------------------------------------------------------ what is watched
def _node_items(graph: Graph, viewer: Viewer, sub: Subscription, policy: Policy) -> list[AlertItem]:
    from app.services.network import neighbours

    hood = neighbours(graph, viewer, sub.target, cap=MAX_ITEMS, policy=policy)
    out = []
    for nb in hood.rows:
        when = f"（{nb.edge.date.isoformat()}）" if nb.edge.date else ""
        out.append(AlertItem(f"rel:{nb.edge.id}", f"{rel_zh(nb.edge.type)}：{nb.node.caption}{when}", nb.node.id))
    return out


def _desk_items(graph: Graph, viewer: Viewer, sub: Subscription, policy: Policy, today: dt.date | None) -> list[AlertItem]:
    from app.services.desk import desk

    d = desk(graph, viewer, sub.target, today=today, policy=policy)
    out = [AlertItem(f"in:{r.node.id}", f"收到 {r.node.caption}（来自 {r.other}）", r.thread or r.node.id,
                     "threads" if r.thread else "profile") for r in d.incoming]
    out += [AlertItem(f"held:{s.node.id}", f"持有 {s.node.caption}", s.node.id, "threads") for s in d.held]
    out += [AlertItem(f"overdue:{r.thread_id}:{r.rule_zh}:{r.subject}", f"超期 {r.subject}：{r.rule_zh}",
                      r.thread_id, "threads") for r in d.overdue]
    return out


def _ids_in(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _ids_in(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _ids_in(v)


def _query_items(graph: Graph, viewer: Viewer, sub: Subscription, policy: Policy) -> list[AlertItem]:
    if viewer.can("console"):
        from app.services.console import run_saved

        result = run_saved(graph, viewer, sub.target, dict(sub.params))
    else:
        from queries.run import run_query

        result = run_query(graph, sub.target, dict(sub.params))
    hidden = set(policy.hidden_ids(viewer)) | (set() if viewer.can("unmask") else set(policy.masked))
    out = []
    for row in result.rows[:MAX_ITEMS]:
        if hidden & set(_ids_in(row)):
            continue
        key = "row:" + hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()[:16]
        shown = [v for k, v in row.items() if not k.endswith(("id", "ids", "sources")) and v not in (None, "", [])][:4]
        text = "；".join("、".join(map(str, v[:5])) if isinstance(v, list) else str(v) for v in shown)
        node = row.get("id") if isinstance(row.get("id"), str) else None
        out.append(AlertItem(key, text, node))
    return out


def items(graph: Graph, viewer: Viewer, sub: Subscription, *, today: dt.date | None = None,
          policy: Policy | None = None) -> list[AlertItem]:
    """What ``sub`` watches, now, as ``viewer`` may see it."""
    policy = policy or load_policy(graph)
    if sub.kind == "node":
        return _node_items(graph, viewer, sub, policy)
    if sub.kind == "desk":
        return _desk_items(graph, viewer, sub, policy, today)
    if sub.kind == "query":
        return _query_items(graph, viewer, sub, policy)
    raise AlertError(f"未知的提醒类型：{sub.kind}")


def subscribe(graph: Graph, viewer: Viewer, store: AlertStore, kind: str, target: str, title: str, *,
              params: dict[str, Any] | None = None, today: dt.date | None = None) -> Subscription:
    """Subscribe ``viewer``; what exists now is the baseline (only what comes after is new)."""
    viewer.require("desk")
    params = dict(params or {})
    if kind not in KINDS:
        raise AlertError(f"未知的提醒类型：{kind}")
    if kind == "query" and target not in SCREENS and not viewer.can("console"):
        raise AlertError(f"只能订阅以下筛查：{'、'.join(SCREENS.values())}")
    sub = Subscription(subscription_id(kind, target, params), kind, target, title, params, _now())
    current = items(graph, viewer, sub, today=today)  # also checks that the viewer may see the target
    store.add(viewer.username, sub, [i.key for i in current])
    return sub


def check(graph: Graph, viewer: Viewer, store: AlertStore, *, audit: Any = None, today: dt.date | None = None,
          mark: bool = True) -> list[Alert]:
    """What is new for each of ``viewer``'s subscriptions since the last visit; the visit is then
    recorded (``mark``), and every subscription with something new is an audit entry ``alert``."""
    policy = load_policy(graph)
    out = []
    for sub in store.subscriptions(viewer.username):
        since, seen = store.seen(viewer.username, sub.id)
        try:
            current = items(graph, viewer, sub, today=today, policy=policy)
        except LiandongError as e:
            out.append(Alert(sub, [], 0, since, str(e)))
            continue
        new = [i for i in current if i.key not in seen]
        out.append(Alert(sub, new, len(current), since))
        if mark:
            # what disappeared stays seen: an item that comes back is not news
            store.mark_seen(viewer.username, sub.id, seen | {i.key for i in current})
        if new and audit is not None:
            audit.record(viewer, "alert", sub.target, {"subscription": sub.title, "new": len(new),
                                                        "items": [i.key for i in new[:20]]})
    return out
