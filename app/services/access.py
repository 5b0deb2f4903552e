"""Who may see what: roles and their permissions, confidential items, masked identities.

* Every user has a role and belongs to an agency (:class:`Viewer`).
* Confidential items — ``Case``/``Clue``/``Complaint`` with ``confidential: true`` — are visible
  only to the agencies the item concerns: the holder (``HOLDS``), the opener (``OPENED``), the
  competent agency and the agency a complaint was lodged with, the sender and receiver of every
  referral or assistance letter about it, the agencies its events were handled by — and to roles
  with ``all_confidential`` (admin). What hangs off such an item is restricted with it: the
  referrals and letters about it, its events, the documents that evidence or mention it.
* A complainant's or informant's identity is secret (002 九; 003 第二十四条): ``Person`` nodes
  with ``masked: true`` and every person who ``COMPLAINED`` are shown as ``［身份保密］`` and are
  not found by name; ``COMPLAINED`` relationships are hidden — unless the role has ``unmask``.

The restricted set is small (confidential items and what hangs off them), so it is loaded as one
:class:`Policy` snapshot per graph and cached for a few seconds; filtering is then a dict lookup.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.services.nodes import MASKED_TEXT, NodeView, label_of
from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError

ROLES: tuple[str, ...] = ("investigator", "analyst", "clerk", "admin")
ROLE_ZH: dict[str, str] = {"investigator": "调查员", "analyst": "分析员", "clerk": "文书录入员", "admin": "管理员"}

_BASE = frozenset({"search", "view", "graph", "paths", "threads", "desk"})
PERMISSIONS: dict[str, frozenset[str]] = {
    "investigator": _BASE | {"export", "resolve"},
    "analyst": _BASE | {"export", "console", "resolve"},
    "clerk": frozenset({"search", "view", "threads", "desk", "ingest"}),
    "admin": _BASE | {"export", "console", "ingest", "audit", "unmask", "all_confidential", "users", "resolve"},
}
PERMISSION_ZH: dict[str, str] = {
    "search": "搜索", "view": "查看档案", "graph": "关系图谱", "paths": "路径查找", "threads": "线索追踪",
    "desk": "机构工作台", "export": "导出", "console": "分析控制台", "ingest": "文书导入",
    "audit": "审计日志", "unmask": "查看保密身份", "all_confidential": "查看全部非公开事项", "users": "用户管理",
    "resolve": "待核实身份",
}
HIDDEN_REL_TYPES: tuple[str, ...] = ("COMPLAINED",)


class AccessDenied(LiandongError):
    """The signed-in user's role or agency does not allow this."""


@dataclass(frozen=True)
class Viewer:
    """The signed-in user, as every service sees them."""

    username: str
    agency_id: str
    role: str
    agency_name: str = ""

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise AccessDenied(
                f"角色「{ROLE_ZH.get(self.role, self.role)}」无权{PERMISSION_ZH.get(permission, permission)}"
                f" — 请联系管理员调整角色"
            )


CONFIDENTIAL_ROOTS = cypher(
    "app.access.confidential_roots",
    """MATCH (t) WHERE (t:Case OR t:Clue OR t:Complaint) AND t.confidential = true
RETURN t.id AS id,
  [(t)<-[:HOLDS|OPENED]-(a:Agency) | a.id]
  + [(t)-[:COMPETENT|LODGED_WITH]->(a:Agency) | a.id]
  + [(t)<-[:CONCERNS]-()<-[:SENT]-(a:Agency) | a.id]
  + [(t)<-[:CONCERNS]-()-[:SENT_TO]->(a:Agency) | a.id]
  + [(t)-[:HAS_EVENT]->()-[:BY|TO]->(a:Agency) | a.id]
  + CASE WHEN t.lodged_with IS NULL THEN [] ELSE [t.lodged_with] END AS agencies,
  [(t)<-[:CONCERNS]-(r) | r.id]
  + [(t)-[:HAS_EVENT]->(e) | e.id]
  + [(t)<-[:CONCERNS]-()-[:HAS_EVENT]->(e) | e.id]
  + [(t)-[:EVIDENCED_BY]->(d) | d.id]
  + [(t)<-[:CONCERNS]-()-[:EVIDENCED_BY]->(d) | d.id]
  + [(t)-[:HAS_EVENT]->()-[:EVIDENCED_BY]->(d) | d.id]
  + [(d:Document)-[:MENTIONS]->(t) | d.id] AS dependents""",
)

MASKED_PERSONS = cypher(
    "app.access.masked_persons",
    """MATCH (p:Person) WHERE p.masked = true RETURN p.id AS id
UNION
MATCH (p:Person)-[:COMPLAINED]->(:Complaint) RETURN p.id AS id""",
)


@dataclass(frozen=True)
class Policy:
    """A snapshot of what is restricted (id → agencies allowed) and whose identity is masked."""

    restricted: Mapping[str, frozenset[str]] = field(default_factory=dict)
    masked: frozenset[str] = frozenset()

    def visible(self, viewer: Viewer, node_id: str) -> bool:
        if viewer.can("all_confidential"):
            return True
        allowed = self.restricted.get(node_id)
        return allowed is None or viewer.agency_id in allowed

    def hidden_ids(self, viewer: Viewer) -> list[str]:
        """The ids this viewer may not see (passed to queries so caps and counts never leak them)."""
        if viewer.can("all_confidential"):
            return []
        return sorted(i for i, allowed in self.restricted.items() if viewer.agency_id not in allowed)

    def masks(self, viewer: Viewer, node_id: str) -> bool:
        return node_id in self.masked and not viewer.can("unmask")

    def hidden_rel_types(self, viewer: Viewer) -> list[str]:
        return [] if viewer.can("unmask") else list(HIDDEN_REL_TYPES)

    def name_searchable(self, viewer: Viewer, node_id: str) -> bool:
        """A masked person must not be findable by their name."""
        return not self.masks(viewer, node_id)

    def view(self, viewer: Viewer, node_id: str, props: dict[str, Any], label: str | None = None) -> NodeView | None:
        """The node as this viewer may see it; None when it is not visible at all."""
        if not self.visible(viewer, node_id):
            return None
        label = label or label_of(node_id)
        if self.masks(viewer, node_id):
            return NodeView(node_id, label, {"id": node_id, "masked": True}, masked=True)
        return NodeView(node_id, label, dict(props))

    def mask_text(self, viewer: Viewer, text: str, spans: Iterable[tuple[int, int, str]]) -> str:
        """Replace the mentions of masked people in ``text`` by ＊ of the same length (offsets unchanged)."""
        if viewer.can("unmask") or not text:
            return text
        chars = list(text)
        for start, end, target in spans:
            if target in self.masked:
                for i in range(max(0, start), min(len(chars), end)):
                    chars[i] = "＊"
        return "".join(chars)


_CACHE: dict[int, tuple[float, Policy]] = {}
_LOCK = threading.Lock()
MAX_AGE_S = 15.0


def build_policy(graph: Graph) -> Policy:
    restricted: dict[str, set[str]] = {}
    for row in graph.read(CONFIDENTIAL_ROOTS):
        agencies = {a for a in row["agencies"] if a}
        for node_id in [row["id"], *row["dependents"]]:
            if node_id:
                restricted.setdefault(node_id, set()).update(agencies)
    masked = frozenset(r["id"] for r in graph.read(MASKED_PERSONS))
    return Policy({k: frozenset(v) for k, v in restricted.items()}, masked)


def load_policy(graph: Graph, *, max_age_s: float = MAX_AGE_S) -> Policy:
    """The cached snapshot for this graph (rebuilt when older than ``max_age_s``)."""
    now = time.monotonic()
    with _LOCK:
        hit = _CACHE.get(id(graph))
        if hit is not None and now - hit[0] < max_age_s:
            return hit[1]
    policy = build_policy(graph)
    with _LOCK:
        _CACHE[id(graph)] = (now, policy)
    return policy


def invalidate() -> None:
    """Forget cached snapshots (after an import changed the graph)."""
    with _LOCK:
        _CACHE.clear()


def masked_caption(view: NodeView | None) -> str:
    return MASKED_TEXT if view is None or view.masked else view.caption
