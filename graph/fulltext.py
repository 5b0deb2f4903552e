"""Full-text search over names, titles and letter text — Neo4j's full-text index with the CJK
analyzer where the server has one, a scan where it has not (the embedded ArcadeDB store).

On Neo4j, :func:`ensure_fulltext` (called by :func:`graph.ddl.ensure_schema`) creates the index
``search_text`` over :data:`PROPERTIES` of :data:`LABELS` with ``fulltext.analyzer: 'cjk'`` (Lucene's
CJK analyzer: overlapping character bigrams, so a fragment of two or more Chinese characters
finds every text that contains it, in any position). The embedded server has no full-text index:
there :func:`search` scans the same properties with ``CONTAINS`` — the same hits, no relevance
score (all 1.0), slower on a large graph.

A fragment of ONE Chinese character is searched with ``CONTAINS`` on both (the CJK analyzer
indexes bigrams, not single characters inside words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.connection import Graph
from graph.schema import quote

INDEX = "search_text"
LABELS = ("Company", "Person", "Official", "Agency", "Project", "Case", "Clue", "Complaint", "Document",
          "Region", "Mechanism", "Inspection", "Address")
PROPERTIES = ("name", "short_name", "title", "summary", "subject", "text")
ANALYZER = "cjk"

CREATE_INDEX = (
    f"CREATE FULLTEXT INDEX {INDEX} IF NOT EXISTS "
    f"FOR (n:{'|'.join(quote(label) for label in LABELS)}) "
    f"ON EACH [{', '.join(f'n.{quote(p)}' for p in PROPERTIES)}] "
    f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{ANALYZER}'}}}}"
)
SHOW_FULLTEXT = "SHOW FULLTEXT INDEXES YIELD name, state, options RETURN name, state, options"

QUERY_INDEX = (
    f"CALL db.index.fulltext.queryNodes('{INDEX}', $lucene, {{limit: $fetch}}) YIELD node AS n, score\n"
    "WITH n, score WHERE any(p IN $props WHERE toLower(toString(n[p])) CONTAINS $q)\n"
    "RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.name, n.title, n.summary, n.subject, n.id) AS name, score\n"
    "ORDER BY score DESC, id LIMIT $limit"
)
SCAN = (
    "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)\n"
    "  AND any(p IN $props WHERE toLower(toString(n[p])) CONTAINS $q)\n"
    "RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.name, n.title, n.summary, n.subject, n.id) AS name, 1.0 AS score\n"
    "ORDER BY id LIMIT $limit"
)
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Hit:
    id: str
    label: str
    name: str
    score: float


def has_fulltext(graph: Graph) -> bool:
    """True when the server has Neo4j's full-text indexes (Neo4j itself, not the embedded store)."""
    return not graph.is_arcadedb


def ensure_fulltext(graph: Graph) -> bool:
    """Create ``search_text`` where the server has full-text indexes; True when it was created now."""
    if not has_fulltext(graph):
        return False
    if any(r["name"] == INDEX for r in graph.read(SHOW_FULLTEXT)):
        return False
    graph.write(CREATE_INDEX)
    graph.write("CALL db.awaitIndex($name, 300)", {"name": INDEX})
    return True


def lucene_phrase(text: str) -> str:
    """The text as one Lucene phrase, its special characters escaped."""
    return '"' + _LUCENE_SPECIAL.sub(r"\\\1", text) + '"'


def search(graph: Graph, text: str, *, limit: int = 20) -> list[Hit]:
    """Nodes whose name, title, summary, subject or text contains ``text`` (case-insensitive)."""
    q = " ".join(text.split()).lower()
    if not q:
        return []
    params = {"q": q, "props": list(PROPERTIES), "labels": list(LABELS), "limit": limit}
    use_index = has_fulltext(graph) and len(_CJK.findall(q)) >= 2 and len(q) >= 2
    if use_index:
        # the index narrows, CONTAINS confirms (a phrase of bigrams can match across a gap the
        # analyzer left, e.g. around punctuation); fetch generously so confirmed hits fill `limit`
        rows = graph.read(QUERY_INDEX, {**params, "lucene": lucene_phrase(q), "fetch": max(limit * 5, 100)})
    else:
        rows = graph.read(SCAN, params)
    return [Hit(r["id"], r["label"], r["name"], float(r["score"])) for r in rows]
