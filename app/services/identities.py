"""待核实身份: the identities ingestion could not decide, side by side, and the decisions on them.

Thin over :mod:`ingest.judgements`; every decision is a judgement with the signed-in user as its
author, and an audit entry (``identity_merge``, ``identity_reject``, ``identity_unsure``,
``identity_split``) with both ids, the judgement id and the reason.

自动合并待复核: the automatic merges ingestion made on the locality alone (evidence ``sole_local``:
仅凭同名且属本地唯一), each with its snippet and what the stored person is; confirmed
(``identity_confirm_auto``: a positive judgement) or split off (``identity_split_auto``: the same
undo as ``liandong resolve split NODE --doc DOC``).

A pair with a protected identity (a complainant or informant: ``access.Policy.masked``) is shown
and decided only by a role that may unmask; for everyone else it is not in the queue, and what
the side-by-side view shows of other nodes (neighbours' names, snippets, properties) is redacted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from app.services import zh
from app.services.access import AccessDenied, Policy, Viewer, load_policy
from app.services.audit import AuditLog
from app.services.nodes import MASKED_TEXT, NodeView, label_zh, rel_zh
from graph.catalog import cypher
from graph.choosers import details
from graph.connection import Graph
from ingest import judgements as J

DECISIONS = {"merge": "identity_merge", "reject": "identity_reject", "unsure": "identity_unsure"}
DECISION_ZH = {"merge": "是同一人（合并）", "reject": "不是同一人", "unsure": "无法判断"}
PERMISSION = "resolve"

RECENT_MERGES = cypher(
    "identities.recent_merges",
    "MATCH (j:Judgement) WHERE j.judgement = 'positive' AND j.undone IS NULL\n"
    "  AND coalesce(j.kind, 'merge') = 'merge'\n"
    "RETURN j.id AS id, j.left AS left, j.right AS right, j.user AS user, j.at AS at, j.reason AS reason\n"
    "ORDER BY at DESC LIMIT $limit",
    limit=20,
)
WEAK_EVIDENCE = "sole_local"
# the resolver's evidence terms (ingest/matching.py WEIGHTS) as the page shows them
EVIDENCE_ZH = {
    "org_rel": "来文写明所在单位", "org_doc": "来文提及其单位", "role": "职务相符", "code": "信用代码相符",
    "phone": "紧邻的手机号相符", "phone_doc": "来文中的电话相符", "org_phone": "单位电话相符", "address": "地址相符",
    "org_address": "单位地址相符", "relative": "来文提及其亲属或关系人", "kin": "来文写明亲属关系",
    "project": "项目编号相符", "region": "属来文地区", "sole_local": "仅凭同名且属本地唯一", "rep": "法定代表人或股东相符",
    "co_phone": "公司电话相符", "kin_vague": "来文写明亲属（关系不明或与登记不一致）",
}


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    left_name: str
    right_name: str
    left_label: str
    right_label: str
    score: float
    reason: str

    @property
    def key(self) -> str:
        return f"{self.left}|{self.right}"


def queue(graph: Graph, viewer: Viewer, *, limit: int = 100) -> list[Pair]:
    viewer.require(PERMISSION)
    policy = load_policy(graph)
    return [Pair(r["left"], r["right"], r["left_name"] or "", r["right_name"] or "", r["left_label"], r["right_label"],
                 float(r["score"] or 0.0), policy.redact(viewer, r["reason"] or ""))
            for r in J.review_queue(graph, limit=limit)
            if not (policy.masks(viewer, r["left"]) or policy.masks(viewer, r["right"]))]


def _protected_pair(policy: Policy, viewer: Viewer, left: str, right: str) -> None:
    if policy.masks(viewer, left) or policy.masks(viewer, right):
        raise AccessDenied("该身份依规保密（投诉人、举报人），须由有“查看保密身份”权限的人员核实")


def side_by_side(graph: Graph, viewer: Viewer, left: str, right: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both nodes: names, ids, properties, neighbours, documents with snippets, judgements."""
    viewer.require(PERMISSION)
    policy = load_policy(graph)
    _protected_pair(policy, viewer, left, right)
    return _redacted(policy, viewer, J.profile(graph, left)), _redacted(policy, viewer, J.profile(graph, right))


def _redacted(policy: Policy, viewer: Viewer, side: dict[str, Any]) -> dict[str, Any]:
    """One side as this viewer may see it: letters and neighbours it may not see dropped, protected
    neighbours masked, identifying strings redacted."""
    side = {**side, "documents": [d for d in side["documents"] if policy.visible(viewer, d["doc"])],
            "neighbours": [n for n in side["neighbours"] if policy.visible(viewer, n["id"])]}
    if viewer.can("unmask"):
        return side
    return {
        **side,
        "props": policy.redact_props(viewer, side["props"], keep_name=True),
        "neighbours": [{**n, "name": MASKED_TEXT} if policy.masks(viewer, n["id"]) else n for n in side["neighbours"]],
        "documents": [{**d, "snippet": policy.redact(viewer, d.get("snippet") or "")} for d in side["documents"]],
    }


def decide(graph: Graph, viewer: Viewer, log: AuditLog, left: str, right: str, decision: str,
           reason: str = "") -> J.Judgement:
    """merge, reject or unsure — recorded and audited. A merge keeps ``right`` (in the queue, the node
    stored before: the candidate points at it) and moves ``left`` into it."""
    viewer.require(PERMISSION)
    _protected_pair(load_policy(graph), viewer, left, right)
    if decision not in DECISIONS:
        raise J.JudgementError(f"unknown decision {decision!r}")
    if decision == "merge":
        j = J.merge(graph, right, left, user=viewer.username, reason=reason)
    elif decision == "reject":
        j = J.reject(graph, left, right, user=viewer.username, reason=reason)
    else:
        j = J.unsure(graph, left, right, user=viewer.username, reason=reason)
    log.record(viewer, DECISIONS[decision], f"{left} / {right}",
               {"judgement": j.id, "reason": reason, "moved": len(j.moved)})
    return j


def recent_merges(graph: Graph, viewer: Viewer, *, limit: int = 20) -> list[dict[str, Any]]:
    viewer.require(PERMISSION)
    return graph.read(RECENT_MERGES, {"limit": limit})


def undo(graph: Graph, viewer: Viewer, log: AuditLog, judgement_id: str, reason: str = "") -> J.Judgement:
    """Undo a merge (its relationships go back); a negative judgement keeps the two apart from then on."""
    viewer.require(PERMISSION)
    j = J.split(graph, judgement_id, user=viewer.username, reason=reason)
    log.record(viewer, "identity_split", f"{j.left} / {j.right}", {"undone": judgement_id, "judgement": j.id,
                                                                   "reason": reason})
    return j


_CODE = re.compile(r"\b[A-Za-z_]{3,}\b")


def _zh(detail: str) -> str:
    """The details' relationship types and family relations in Chinese (SHAREHOLDER_OF → 股东, spouse → 配偶)."""
    return _CODE.sub(lambda m: rel_zh(m.group()) if m.group().isupper() else zh.relation(m.group()), detail)


def distinguishing_details(graph: Graph, viewer: Viewer, ids: list[str]) -> dict[str, str]:
    """What tells each node from its namesakes (:func:`graph.choosers.details`), in Chinese and
    redacted for the viewer; masked nodes are left out."""
    policy = load_policy(graph)
    shown = [i for i in ids if not policy.masks(viewer, i)]
    return {i: d for i, raw in details(graph, shown).items() if (d := policy.redact(viewer, _zh(raw)))}


def chooser_labels(graph: Graph, viewer: Viewer, views: dict[str, NodeView]) -> dict[str, str]:
    """How each node is offered in a chooser (展开节点, 起点/终点 …): its caption and kind, then what
    tells it from its namesakes — agency and post, organisations, credit code, region
    (:func:`graph.choosers.details`) — and, while two offers still read the same, where each came
    from (its first sources) and finally its id. Redacted for the viewer like any page."""
    policy = load_policy(graph)
    shown = {i: v for i, v in views.items() if not v.masked}
    detail = details(graph, list(shown))
    out: dict[str, str] = {}
    for i, v in views.items():
        extra = policy.redact(viewer, _zh(detail.get(i, ""))) if i in shown else ""
        out[i] = f"{v.caption}（{label_zh(v.label)}{'，' + extra if extra else ''}）"
    by_text: dict[str, list[str]] = {}
    for i, text in out.items():
        by_text.setdefault(text, []).append(i)
    for same in (ids for ids in by_text.values() if len(ids) > 1):
        for i in same:
            sources = [str(s) for s in (views[i].props.get("sources") or [])][:2]
            out[i] = out[i][:-1] + (f"，来源 {'、'.join(s[:16] for s in sources)}" if sources else "") + f"，{i}）"
    return out


def chooser_labels_of(graph: Graph, viewer: Viewer, ids: list[str]) -> dict[str, str]:
    """:func:`chooser_labels` for ids (those the viewer may not see are left out)."""
    from app.services.nodes import fetch_nodes

    policy = load_policy(graph)
    views = {i: v for i, (_, props) in fetch_nodes(graph, ids).items() if (v := policy.view(viewer, i, props)) is not None}
    return chooser_labels(graph, viewer, {i: views[i] for i in ids if i in views})


# ------------------------------------------------------------------------- 自动合并待复核
@dataclass(frozen=True)
class AutoReview:
    """An automatic merge to check (its snippet redacted for the viewer) and what the stored node is:
    its agency and post, organisations, region (:func:`graph.choosers.details`)."""

    merge: J.AutoMerge
    details: str

    @property
    def key(self) -> str:
        return f"{self.merge.node}|{self.merge.document}"

    @property
    def evidence_zh(self) -> str:
        return "、".join(EVIDENCE_ZH.get(t, t) for t in self.merge.evidence)


AUTO_PAGE = 20   # automatic merges a page of 自动合并待复核 shows; 更多 shows the next ones


@dataclass(frozen=True)
class AutoPage:
    """One page of :func:`auto_page`: the rows this viewer may see among the merges ``offset`` to
    ``offset + limit`` of ``total`` (counted before the viewer's policy: rows it may not see are left
    out of ``rows``, not of ``total``); ``next_offset`` is None on the last page."""

    rows: list[AutoReview]
    total: int
    offset: int
    limit: int

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None


def auto_page(graph: Graph, viewer: Viewer, *, evidence: str = WEAK_EVIDENCE, limit: int = AUTO_PAGE,
              offset: int = 0) -> AutoPage:
    """The pending automatic merges whose evidence holds ``evidence`` (by default ``sole_local``),
    newest first, paged in the graph (``offset``, ``limit``), as this viewer may see them (protected
    persons and letters it may not see are left out), with how many there are in all."""
    viewer.require(PERMISSION)
    policy = load_policy(graph)
    found = J.auto_merges(graph, evidence=evidence, status="pending", limit=limit, offset=offset)
    total = J.count_auto_merges(graph, evidence=evidence, status="pending")
    rows = [m for m in found if not policy.masks(viewer, m.node) and policy.visible(viewer, m.document)]
    detail = distinguishing_details(graph, viewer, sorted({m.node for m in rows}))
    return AutoPage([AutoReview(replace(m, snippet=policy.redact(viewer, m.snippet)), detail.get(m.node, ""))
                     for m in rows], total, offset, limit)


def auto_queue(graph: Graph, viewer: Viewer, *, evidence: str = WEAK_EVIDENCE, limit: int = 100,
               offset: int = 0) -> list[AutoReview]:
    """The rows of :func:`auto_page`."""
    return auto_page(graph, viewer, evidence=evidence, limit=limit, offset=offset).rows


def _auto_one(graph: Graph, viewer: Viewer, node_id: str, document: str) -> None:
    policy = load_policy(graph)
    _protected_pair(policy, viewer, node_id, node_id)
    if not policy.visible(viewer, document):
        raise AccessDenied("无权查看该文书")


def confirm_auto(graph: Graph, viewer: Viewer, log: AuditLog, node_id: str, document: str,
                 reason: str = "") -> J.Judgement:
    """The automatic merge of ``document``'s mention into ``node_id`` is right: a positive judgement, audited."""
    viewer.require(PERMISSION)
    _auto_one(graph, viewer, node_id, document)
    j = J.confirm_auto(graph, node_id, document, user=viewer.username, reason=reason)
    log.record(viewer, "identity_confirm_auto", f"{node_id} / {document}", {"judgement": j.id, "reason": reason})
    return j


def split_auto(graph: Graph, viewer: Viewer, log: AuditLog, node_id: str, document: str,
               reason: str = "") -> J.Judgement:
    """The automatic merge was wrong: what ``document`` said moves to a person of its own, kept apart
    by a negative judgement (``liandong resolve split NODE --doc DOC``), audited."""
    viewer.require(PERMISSION)
    _auto_one(graph, viewer, node_id, document)
    j = J.split_document(graph, node_id, document, user=viewer.username, reason=reason)
    log.record(viewer, "identity_split_auto", f"{node_id} / {document}",
               {"judgement": j.id, "node": j.right, "reason": reason, "moved": len(j.moved)})
    return j
