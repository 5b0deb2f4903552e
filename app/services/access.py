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
  Who is protected and what identifies them (:func:`graph.protected.protected_identities`: names,
  aliases, phones, addresses, identity numbers — one definition, shared with ingestion) is
  replaced by ``［身份保密］`` wherever it appears in text a page shows —
  properties of other nodes and relationships, snippets, a letter's full text (:class:`Redactor`);
  their phone and address nodes are masked like the person.

The restricted set is small (confidential items and what hangs off them), so it is loaded as one
:class:`Policy` snapshot per graph and cached for a few seconds; filtering is then a dict lookup.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.services.nodes import MASKED_TEXT, NodeView, label_of
from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.protected import ProtectedIdentity, protected_identities, protected_person_ids
from graph.types import idcard

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
# labels whose own ``name`` is the node's identity (kept when a protected person bears the same name)
NAMED_LABELS = frozenset({"Agency", "Company", "Official", "Person", "Project", "Region", "Mechanism", "Inspection"})


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

_ID_NUMBER = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_PHONE_SEP = r"[\s\-－—()（）]*"


@dataclass(frozen=True)
class Redactor:
    """Finds the strings that identify protected persons in a text (the simplified-character,
    NFKC-folded view of it, so a traditional or full-width form is found too) and replaces them."""

    pattern: re.Pattern[str] | None = None
    id_hashes: Mapping[str, frozenset[str]] = field(default_factory=dict)  # sha256 digest -> person ids
    owners: Mapping[str, frozenset[str]] = field(default_factory=dict)     # matched form -> person ids

    @classmethod
    def of(cls, identities: Iterable[ProtectedIdentity]) -> Redactor:
        from graph.types.text import simplified

        alts: set[str] = set()
        hashes: dict[str, set[str]] = {}
        owners: dict[str, set[str]] = {}
        for ident in identities:
            for s in (*ident.names, *ident.addresses):
                view = simplified(s)[0].strip()
                if len(view) >= 2 and "*" not in view and "＊" not in view:
                    alts.add(re.escape(view))
                    owners.setdefault(view, set()).add(ident.id)
            for phone in ident.phones:
                digits = re.sub(r"\D", "", simplified(phone)[0])
                if len(digits) >= 5:
                    alts.add(_PHONE_SEP.join(digits))
                    owners.setdefault(digits, set()).add(ident.id)
            for h in ident.id_number_hashes:
                hashes.setdefault(h, set()).add(ident.id)
        # longest first, so an address is replaced whole rather than the name inside it
        pattern = re.compile("|".join(sorted(alts, key=len, reverse=True))) if alts else None
        return cls(pattern, {k: frozenset(v) for k, v in hashes.items()}, {k: frozenset(v) for k, v in owners.items()})

    def who(self, text: str) -> set[str]:
        """The protected persons whose identifying strings occur in ``text``."""
        if not text or (self.pattern is None and not self.id_hashes):
            return set()
        from graph.types.text import simplified

        view = simplified(text)[0]
        out: set[str] = set()
        if self.pattern is not None:
            for m in self.pattern.finditer(view):
                out |= self.owners.get(m.group()) or self.owners.get(re.sub(r"\D", "", m.group())) or set()
        for m in _ID_NUMBER.finditer(view) if self.id_hashes else ():
            out |= self.id_hashes.get(idcard.digest(m.group()), set())
        return out

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The ``[start, end)`` spans of ``text`` that identify a protected person, merged."""
        if not text or (self.pattern is None and not self.id_hashes):
            return []
        from graph.types.text import simplified

        view, offsets = simplified(text)
        found: list[tuple[int, int]] = []
        if self.pattern is not None:
            found += [offsets.to_original(m.start(), m.end()) for m in self.pattern.finditer(view)]
        if self.id_hashes:
            for m in _ID_NUMBER.finditer(view):
                if idcard.digest(m.group()) in self.id_hashes:
                    found.append(offsets.to_original(m.start(), m.end()))
        return merge_spans(found)

    def redact(self, text: str, extra: Iterable[tuple[int, int]] = ()) -> str:
        return redact_spans(text, merge_spans([*self.spans(text), *extra]))[0]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def redact_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, Any]:
    """``text`` with each (merged, sorted) span replaced by ［身份保密］, and a function mapping an
    offset of ``text`` to the offset of the result (an offset inside a span maps to its start)."""
    pieces: list[str] = []
    moves: list[tuple[int, int, int]] = []  # (old start, old end, new start)
    pos, new = 0, 0
    for start, end in spans:
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        pieces.append(text[pos:start])
        new += start - pos
        moves.append((start, end, new))
        pieces.append(MASKED_TEXT)
        new += len(MASKED_TEXT)
        pos = end
    pieces.append(text[pos:])

    def where(offset: int) -> int:
        shift = 0
        for start, end, at in moves:
            if offset < start:
                break
            if offset < end:
                return at
            shift = at + len(MASKED_TEXT) - end
        return offset + shift

    return "".join(pieces), where


@dataclass(frozen=True)
class Policy:
    """A snapshot of what is restricted (id → agencies allowed) and whose identity is masked."""

    restricted: Mapping[str, frozenset[str]] = field(default_factory=dict)
    masked: frozenset[str] = frozenset()  # protected persons and their phone and address nodes
    redactor: Redactor = field(default_factory=Redactor)

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

    def view(self, viewer: Viewer, node_id: str, props: dict[str, Any], label: str | None = None) -> NodeView | None:
        """The node as this viewer may see it; None when it is not visible at all."""
        if not self.visible(viewer, node_id):
            return None
        label = label or label_of(node_id)
        if self.masks(viewer, node_id):
            return NodeView(node_id, label, {"id": node_id, "masked": True}, masked=True)
        return NodeView(node_id, label, self.redact_props(viewer, props, keep_name=label in NAMED_LABELS))

    def redact(self, viewer: Viewer, text: str) -> str:
        """``text`` with every string identifying a protected person replaced by ［身份保密］."""
        if viewer.can("unmask") or not text or not isinstance(text, str):
            return text
        return self.redactor.redact(text)

    def redact_props(self, viewer: Viewer, props: Mapping[str, Any], *, keep_name: bool = False) -> dict[str, Any]:
        """Properties (of a node or a relationship) with protected strings replaced in every text
        value. ``keep_name``: a company's, official's or other person's own ``name`` is theirs even
        when a protected person bears the same name, so it is kept."""
        if viewer.can("unmask") or self.redactor.pattern is None and not self.redactor.id_hashes:
            return dict(props)
        out: dict[str, Any] = {}
        for key, value in props.items():
            if keep_name and key == "name" or key == "id":
                out[key] = value
            elif isinstance(value, str):
                out[key] = self.redactor.redact(value)
            elif isinstance(value, list):
                out[key] = [self.redactor.redact(v) if isinstance(v, str) else v for v in value]
            else:
                out[key] = value
        return out

    def revealed(self, viewer: Viewer, ids: Iterable[str] = (), texts: Iterable[str] = ()) -> list[str]:
        """The protected persons a viewer who may unmask is shown by name in this output — among
        ``ids`` (nodes shown) or named in ``texts`` — for the audit log; [] for everyone else."""
        if not viewer.can("unmask"):
            return []
        out = {i for i in ids if i in self.masked and i.startswith("person:")}
        for text in texts:
            out |= self.redactor.who(text)
        return sorted(out)

    def mask_text(self, viewer: Viewer, text: str, spans: Iterable[tuple[int, int, str]]) -> str:
        """Replace the mentions of masked people in ``text`` — the spans pointing at them and every
        string identifying them — by ＊ of the same length (offsets unchanged)."""
        if viewer.can("unmask") or not text:
            return text
        chars = list(text)
        cover = [(s, e) for s, e, target in spans if target in self.masked] + self.redactor.spans(text)
        for start, end in cover:
            for i in range(max(0, start), min(len(chars), end)):
                chars[i] = "＊"
        return "".join(chars)

    def redact_document(
        self, viewer: Viewer, text: str, mentions: list[dict[str, Any]],
    ) -> tuple[str, list[dict[str, Any]]]:
        """A letter's full text as this viewer may read it, with its mentions: the spans pointing at
        a protected person and every string identifying one become ［身份保密］, those mentions are
        dropped, and the offsets of the others follow the shorter or longer text."""
        if viewer.can("unmask") or not text:
            return text, mentions
        cover = merge_spans([(int(m["start"]), int(m["end"])) for m in mentions if m.get("target") in self.masked]
                            + self.redactor.spans(text))
        out, where = redact_spans(text, cover)
        kept = []
        for m in mentions:
            if m.get("target") in self.masked:
                continue
            start, end = where(int(m["start"])), where(int(m["end"]))
            if end > start:
                kept.append({**m, "start": start, "end": end, "text": self.redactor.redact(str(m.get("text") or ""))})
        return out, kept


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
    identities = protected_identities(graph)
    masked = protected_person_ids(graph) | {
        i for ident in identities.values() for i in ident.node_ids}
    return Policy({k: frozenset(v) for k, v in restricted.items()}, masked, Redactor.of(identities.values()))


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
