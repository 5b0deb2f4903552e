"""实体档案: a node's properties, the letters it was read from (mention highlighted in its
snippet), its relationships and a timeline.

Mentions are ``(Document)-[:MENTIONS {start, end, text}]->(node)``; the snippet is cut from
``Document.text`` by the server (``substring``) so whole letters are not sent for a list. The
mentions of masked people that fall in a snippet are blanked with ＊ of the same length (so the
offsets still hold) and each run of ＊ is then shown as ［身份保密］; a letter's full text has every
span pointing at a protected person and every string identifying one (name, alias, phone,
address, identity number — :class:`app.services.access.Redactor`) replaced by ［身份保密］, its
mentions' offsets moved to match — unless the role may unmask.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from app.services.access import Policy, Viewer, load_policy
from app.services.network import Neighbour, neighbours, type_counts
from app.services.nodes import (
    DATE_PROPS,
    EVENT_ZH,
    MASKED_TEXT,
    PROP_ZH,
    NodeView,
    as_date,
    fetch_nodes,
    label_zh,
    native,
    rel_zh,
)
from graph.catalog import cypher
from graph.choosers import NotFound
from graph.connection import Graph

CONTEXT = 60

MENTIONS = cypher(
    "app.profile.mentions",
    """MATCH (n) WHERE elementId(n) = $eid
MATCH (d:Document)-[m:MENTIONS]->(n)
WHERE NOT d.id IN $exclude
WITH d, m, CASE WHEN m.start > $ctx THEN m.start - $ctx ELSE 0 END AS cut
RETURN d.id AS doc_id, d.doc_no AS doc_no, d.title AS title, d.kind AS kind, d.date AS date,
       d.issuer AS issuer, m.start AS start, m.end AS end, m.text AS text, cut,
       substring(coalesce(d.text, ''), cut, (m.end - cut) + $ctx) AS snippet
ORDER BY d.date DESC, d.id, m.start
LIMIT $limit""",
    eid="#0:0", exclude=[], ctx=60, limit=50,
)

MASKED_SPANS = cypher(
    "app.profile.masked_spans",
    """MATCH (d:Document)-[m:MENTIONS]->(p:Person)
WHERE d.id IN $docs AND p.id IN $masked
RETURN d.id AS doc_id, m.start AS start, m.end AS end, p.id AS target""",
    docs=["doc:0"], masked=["person:0"],
)

DOCUMENT = cypher(
    "app.profile.document",
    """MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[m:MENTIONS]->(x)
WITH d, m, x ORDER BY m.start
RETURN d.text AS text,
       [i IN collect({start: m.start, end: m.end, text: m.text, label: m.label, target: x.id}) WHERE i.start IS NOT NULL] AS mentions""",
    id="doc:0",
)

EVIDENCE = cypher(
    "app.profile.evidence",
    """MATCH (n) WHERE elementId(n) = $eid
MATCH (n)-[:EVIDENCED_BY]->(d:Document)
WHERE NOT d.id IN $exclude
RETURN d.id AS id ORDER BY d.date, d.id""",
    eid="#0:0", exclude=[],
)


@dataclass(frozen=True)
class Mention:
    doc_id: str
    doc_no: str
    title: str
    kind: str
    date: dt.date | None
    issuer: str
    start: int
    end: int
    text: str
    before: str
    mention: str
    after: str


@dataclass(frozen=True)
class TimelineItem:
    date: dt.date
    what: str
    other: str  # the node the item is about (id), or ""
    source: str  # provenance: the relationship's or node's source


@dataclass
class Profile:
    node: NodeView
    properties: list[tuple[str, str, Any]]  # (key, Chinese name, value)
    sources: list[str]
    mentions: list[Mention]
    relations: list[Neighbour]
    relation_total: int
    type_counts: dict[str, int]
    timeline: list[TimelineItem]
    evidence: list[NodeView] = field(default_factory=list)
    document_text: str | None = None
    document_mentions: list[dict[str, Any]] = field(default_factory=list)
    revealed: list[str] = field(default_factory=list)  # protected persons shown by name (unmask only): audited


SKIP_PROPS = ("id", "sources", "synthetic", "text")


def property_rows(view: NodeView) -> list[tuple[str, str, Any]]:
    rows = []
    for key, value in view.props.items():
        if key in SKIP_PROPS and not (key == "text" and view.label == "Address"):
            continue
        if value in (None, "", []):
            continue
        rows.append((key, PROP_ZH.get(key, key), value))
    return rows


def split_snippet(snippet: str, offset: int, start: int, end: int) -> tuple[str, str, str]:
    """Cut ``snippet`` (which starts at ``offset`` of the letter) around the mention [start, end)."""
    a, b = max(0, start - offset), max(0, end - offset)
    return snippet[:a], snippet[a:b], snippet[b:]


def highlight_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` as (piece, highlighted) runs, for the spans given (overlaps merged)."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted(spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], False))
        if out and out[-1][1] and start == pos:
            out[-1] = (out[-1][0] + text[start:end], True)
        else:
            out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def build_timeline(view: NodeView, relations: list[Neighbour], mentions: list[Mention]) -> list[TimelineItem]:
    """Dated facts about the node, newest first: its own dates, dated relationships, the letters."""
    items: list[TimelineItem] = []
    own_source = ",".join(view.props.get("sources") or [])
    for key in DATE_PROPS + ("end",):
        d = as_date(view.props.get(key))
        if d is not None:
            items.append(TimelineItem(d, f"{label_zh(view.label)}·{PROP_ZH.get(key, key)}", "", own_source))
    for nb in relations:
        d = nb.edge.date
        if d is None:
            continue
        other = nb.node
        verb = rel_zh(nb.edge.type)
        what = f"{verb}：{other.caption}" if nb.outgoing else f"{other.caption}（{label_zh(other.label)}）{verb}"
        if other.label == "Event":
            kind = str(other.props.get("kind") or "")
            what = f"事件：{EVENT_ZH.get(kind, kind)}" + (f"（{other.props.get('reason')}）" if other.props.get("reason") else "")
        items.append(TimelineItem(d, what, other.id, str(nb.edge.props.get("source") or "")))
    for m in mentions:
        if m.date is not None:
            items.append(TimelineItem(m.date, f"见于文书 {m.doc_no or m.title}", m.doc_id, m.doc_id))
    items.sort(key=lambda i: (i.date, i.what), reverse=True)
    return items


def profile(
    graph: Graph,
    viewer: Viewer,
    node_id: str,
    *,
    relation_cap: int = 200,
    mention_limit: int = 50,
    policy: Policy | None = None,
) -> Profile:
    viewer.require("view")
    policy = policy or load_policy(graph)
    found = fetch_nodes(graph, [node_id]).get(node_id)
    view = policy.view(viewer, node_id, found[1]) if found else None
    if found is None or view is None:
        raise NotFound(f"没有找到 {node_id}（或无权查看）")
    eid = found[0]
    exclude = policy.hidden_ids(viewer)
    hood = neighbours(graph, viewer, node_id, cap=relation_cap, policy=policy)
    counts = type_counts(graph, viewer, node_id, policy=policy)

    mentions: list[Mention] = []
    if not view.masked:
        rows = graph.read(MENTIONS, {"eid": eid, "exclude": exclude, "ctx": CONTEXT, "limit": mention_limit})
        spans = _masked_spans(graph, viewer, policy, [r["doc_id"] for r in rows])
        for r in rows:
            snippet = policy.mask_text(
                viewer, r["snippet"] or "",
                [(s - r["cut"], e - r["cut"], t) for s, e, t in spans.get(r["doc_id"], [])],
            )
            before, mention, after = (_runs(x) for x in split_snippet(snippet, r["cut"], r["start"], r["end"]))
            mentions.append(Mention(
                r["doc_id"], r["doc_no"] or "", policy.redact(viewer, r["title"] or ""), r["kind"] or "",
                as_date(r["date"]), r["issuer"] or "", int(r["start"]), int(r["end"]),
                policy.redact(viewer, r["text"] or ""), before, mention, after,
            ))

    evidence_ids = [r["id"] for r in graph.read(EVIDENCE, {"eid": eid, "exclude": exclude})]
    evidence = [
        v for i, (e, p) in fetch_nodes(graph, evidence_ids).items() if (v := policy.view(viewer, i, p)) is not None
    ]

    doc_text, doc_mentions = None, []
    if view.label == "Document":
        (row,) = graph.read(DOCUMENT, {"id": node_id}) or [{"text": None, "mentions": []}]
        doc_mentions = [native(m) for m in row["mentions"] or []]
        hidden = set(exclude)
        doc_mentions = [m for m in doc_mentions if m.get("target") not in hidden]
        doc_text, doc_mentions = policy.redact_document(viewer, row["text"] or "", doc_mentions)

    revealed = policy.revealed(
        viewer,
        [node_id, *(nb.node.id for nb in hood.rows), *(str(m.get("target")) for m in doc_mentions)],
        [doc_text or "", *(m.before + m.mention + m.after for m in mentions)],
    )
    return Profile(
        revealed=revealed,
        node=view,
        properties=property_rows(view),
        sources=[] if view.masked else list(found[1].get("sources") or []),
        mentions=mentions,
        relations=hood.rows,
        relation_total=hood.total,
        type_counts=counts,
        timeline=[] if view.masked else build_timeline(view, hood.rows, mentions),
        evidence=evidence,
        document_text=doc_text,
        document_mentions=doc_mentions,
    )


_STARS = re.compile(r"＊+")


def _runs(piece: str) -> str:
    """A run of ＊ left by :meth:`Policy.mask_text` is shown as ［身份保密］."""
    return _STARS.sub(MASKED_TEXT, piece)


def _masked_spans(graph: Graph, viewer: Viewer, policy: Policy, doc_ids: list[str]) -> dict[str, list[tuple[int, int, str]]]:
    if viewer.can("unmask") or not policy.masked or not doc_ids:
        return {}
    out: dict[str, list[tuple[int, int, str]]] = {}
    for r in graph.read(MASKED_SPANS, {"docs": sorted(set(doc_ids)), "masked": sorted(policy.masked)}):
        out.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), r["target"]))
    return out
