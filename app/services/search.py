"""搜索: one box for letters (their text), names (partial, aliases, traditional or simplified),
credit codes and document numbers — through :mod:`graph.fulltext` (Neo4j's full-text index with the
``cjk`` analyzer, or the embedded store's side index), ranked, the hit marked in its snippet.

What the viewer may not see is excluded before matching: hidden items (confidential and what hangs
off them) are never candidates, nor — unless the role may unmask — masked people; a letter's text
has the mentions of masked people blanked before it is matched, so their name neither finds the
letter nor shows in the snippet. A letter hit carries the threads (clues, cases) it belongs to.

A document number is matched whatever brackets it was written with (竹财采〔2021〕519号 =
竹财采[2021]519号 = 竹财采【2021】519号 = 竹财采(2021)519号).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field

from app.services.access import Policy, Viewer, load_policy
from app.services.nodes import NodeView, fetch_nodes
from app.services.profile import MASKED_SPANS
from graph import fulltext
from graph.catalog import cypher
from graph.connection import Graph
from graph.fulltext import Snippet

LABELS: list[str] = list(fulltext.FIELDS)

# kind of match -> tier (lower is better), as the page shows it
TIER = {"exact": 0, "prefix": 1, "name": 2, "number": 2, "title": 3, "text": 4}
KIND_ZH = {"name": "名称", "number": "编号", "title": "标题", "text": "正文"}

# from each letter outwards (a pattern comprehension here made the embedded store scan every node)
DOC_THREADS = cypher(
    "app.search.doc_threads",
    """UNWIND $ids AS i MATCH (d:Document {id: i})<-[:EVIDENCED_BY]-(t) WHERE t:Clue OR t:Case
RETURN d.id AS id, t.id AS thread
UNION
UNWIND $ids AS i MATCH (d:Document {id: i})<-[:EVIDENCED_BY]-()-[:CONCERNS]->(t) WHERE t:Clue OR t:Case
RETURN d.id AS id, t.id AS thread
UNION
UNWIND $ids AS i MATCH (d:Document {id: i})<-[:EVIDENCED_BY]-()<-[:HAS_EVENT]-(t) WHERE t:Clue OR t:Case
RETURN d.id AS id, t.id AS thread
UNION
UNWIND $ids AS i MATCH (d:Document {id: i})-[:MENTIONS]->(t) WHERE t:Clue OR t:Case
RETURN d.id AS id, t.id AS thread""",
    ids=["doc:0"],
)


@dataclass(frozen=True)
class SearchHit:
    node: NodeView
    field: str                 # the property the text was found in
    kind: str                  # name | number | title | text
    snippet: Snippet           # before / match / after, from the original (masked) value
    score: int                 # tier: 0 exact, 1 prefix, 2 name or number contains, 3 title, 4 letter text
    rank: float                # higher is better (within a tier: more occurrences in a letter)
    occurrences: int = 1
    threads: list[NodeView] = dc_field(default_factory=list)  # a letter's clues and cases the viewer may see

    @property
    def value(self) -> str:
        return self.snippet.text


def _masker(graph: Graph, viewer: Viewer, policy: Policy):
    if viewer.can("unmask") or not policy.masked:
        return None
    cache: dict[str, list[tuple[int, int, str]]] = {}

    def mask(doc_id: str, text: str) -> str:
        if doc_id not in cache:
            rows = graph.read(MASKED_SPANS, {"docs": [doc_id], "masked": sorted(policy.masked)})
            cache[doc_id] = [(int(r["start"]), int(r["end"]), r["target"]) for r in rows]
        return policy.mask_text(viewer, text, cache[doc_id])

    return mask


def search(
    graph: Graph,
    viewer: Viewer,
    text: str,
    *,
    labels: list[str] | None = None,
    limit: int = 50,
    policy: Policy | None = None,
) -> list[SearchHit]:
    """Hits for ``text``, best first (see :func:`graph.fulltext.rank`)."""
    viewer.require("search")
    if not fulltext.normalise_query(text):
        return []
    policy = policy or load_policy(graph)
    exclude = list(policy.hidden_ids(viewer))
    if not viewer.can("unmask"):
        exclude += sorted(policy.masked)
    found = fulltext.search(graph, text, exclude=exclude, labels=labels, limit=limit,
                            mask=_masker(graph, viewer, policy))
    # the searched values are enough for a hit's caption: no second read of the graph
    props = {h.id: ("", h.props) for h in found}
    letters = [h.id for h in found if h.is_letter]
    threads: dict[str, list[str]] = {}
    if letters:
        for r in graph.read(DOC_THREADS, {"ids": letters}):
            if r["thread"] and r["thread"] not in threads.setdefault(r["id"], []):
                threads[r["id"]].append(r["thread"])
    thread_props = fetch_nodes(graph, [t for ts in threads.values() for t in ts])
    out: list[SearchHit] = []
    for h in found:
        if h.id not in props:
            continue
        view = policy.view(viewer, h.id, props[h.id][1], h.label)
        if view is None:
            continue
        ts = [policy.view(viewer, t, thread_props[t][1]) for t in threads.get(h.id, []) if t in thread_props]
        out.append(SearchHit(view, h.field, h.kind, h.snippet, TIER[h.grade], h.score, h.occurrences,
                             [t for t in ts if t is not None]))
    return out
