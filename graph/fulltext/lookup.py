"""Searching: :func:`search` over the index the server offers (:func:`index_for`), and
:func:`keep_in_step` after a write."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from graph.fulltext.base import Mask, TextIndex
from graph.fulltext.fields import FIELDS, LABELS, PARTY_LABELS, normalise_query
from graph.fulltext.neo4j_index import Neo4jIndex, has_fulltext
from graph.fulltext.ranking import Hit, match, rank
from graph.fulltext.side_index import SideIndex, side_index_path

if TYPE_CHECKING:  # graph.connection creates the index through graph.ddl: no import cycle
    from graph.connection import Graph


def search(graph: Graph, text: str, *, exclude: Iterable[str] = (), labels: Iterable[str] | None = None,
           limit: int = 20, mask: Mask | None = None, index: TextIndex | None = None) -> list[Hit]:
    """Nodes whose names, numbers or text contain ``text`` (folded), best first.

    ``exclude``: ids the viewer may not see (never candidates). ``mask``: applied before matching to
    a letter's text and to every name-like field of a node that is not itself a party (a title, a
    complaint's subject, a clue's summary), so a masked name neither finds it nor shows in a snippet
    (a namesake's own name is left alone).
    """
    q = normalise_query(text)
    if not q:
        return []
    chosen = [lab for lab in (labels or LABELS) if lab in FIELDS]
    index = index or index_for(graph)
    values = index.candidates(q, exclude=sorted(set(exclude)), labels=chosen, fetch=max(limit * 4, 80))
    hits: list[Hit] = []
    for node_id, (label, props) in values.items():
        if mask is not None:  # a letter's text, and any title, subject or summary naming someone
            fields = FIELDS[label].texts if label in PARTY_LABELS else (*FIELDS[label].names, *FIELDS[label].texts)
            for field in fields:
                if props.get(field):
                    props[field] = mask(node_id, str(props[field]))
        hit = match(label, props, q)
        if hit is not None:
            hits.append(hit)
    return rank(hits)[:limit]


_SIDE: dict[tuple[str, int], SideIndex] = {}


def index_for(graph: Graph) -> TextIndex:
    """Neo4j's own index where the server has one, the side index on the embedded store."""
    if has_fulltext(graph):
        return Neo4jIndex(graph)
    path = side_index_path(graph)
    key = (str(path), id(graph))
    if key not in _SIDE:
        _SIDE[key] = SideIndex(graph, path)
    return _SIDE[key]


def keep_in_step(graph: Graph, ids: Iterable[str] = ()) -> int:
    """After a write, on the embedded store: index ``ids`` now, or — without ids — check every
    label against the graph (``force``: ids compared even where the counts agree). Nothing on Neo4j,
    whose index follows every write by itself."""
    index = index_for(graph)
    if not isinstance(index, SideIndex):
        return 0
    ids = list(ids)
    return index.index_nodes(ids) if ids else index.sync(force=True)
