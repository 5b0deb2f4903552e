"""What the console's view holds: :func:`build_view`, the rule as a pure function of the main
graph's rows (see :mod:`app.services.console_view`)."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.services.access import ProtectedIdentity, Redactor
from app.services.console_view.pseudonyms import PSEUDONYM_PREFIX, pseudonym

SECRET_TEXT = "［非公开］"
# nodes that exist on their own (public bodies, procurement projects, letters that are not secret):
# never left out because a secret names them, nor what is linked to the world through them
ANCHORS = frozenset({"Agency", "Region", "Mechanism", "Project", "Document"})
IDENTIFIER_RELS = frozenset({"HAS_PHONE", "HAS_ADDRESS", "HAS_ACCOUNT"})
HIDDEN_REL_TYPES = frozenset({"COMPLAINED"})
_ID = re.compile(r"[a-z_]+:[0-9a-f]{20}")  # graph.ids.make_id
NUMBER_KEYS = ("clue_no", "case_no", "complaint_no", "doc_no", "thread_no")


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
