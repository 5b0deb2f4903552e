"""Full-text search of letters, names, aliases and numbers — one interface, two implementations.

What is searched (:data:`FIELDS`, the one place): every node's names (name, short name, aliases,
title, summary, subject, post, address), its numbers (document, case, clue, complaint and project
numbers, credit codes, phone and account numbers) and a letter's text. A query is a Chinese
**substring**: ``实际控制`` finds every letter that contains it, at any position.

Folding (:func:`fold`, the one text view :func:`graph.types.text.fold`): both sides are compared
simplified (OpenCC's phrases and characters: 瞭解 → 了解, ⾦ → 金), full-width → half-width letters
and digits, lower case; character for character, so a position in
the folded text is the same position in the original (the snippet is cut from the original).
Numbers are also compared with their brackets unified (竹财采[2021]519号 = 竹财采〔2021〕519号).

Where the candidates come from (:class:`TextIndex`):

* **Neo4j** (:class:`Neo4jIndex`): its full-text index ``search_text`` with the ``cjk`` analyzer
  (overlapping bigrams), queried with ``db.index.fulltext.queryNodes`` — the query both as folded
  (simplified) and as traditional characters, since the index holds the text as written. A query of
  fewer than two Chinese characters, and numbers (the analyzer keeps ``91510683MA62Q1XX7A`` as one
  token, so a part of it is no term), are matched with ``CONTAINS`` per label.
* **the embedded store** (:class:`SideIndex`): ArcadeDB offers full-text indexes only through its
  SQL, not through Cypher over Bolt, so liandong keeps a side index in ``LIANDONG_HOME/search/`` —
  SQLite FTS5 with the ``trigram`` tokenizer over the folded values (a query of three or more
  characters is an index lookup; shorter ones scan the folded values). It is kept in step by
  :meth:`SideIndex.sync`: each search compares the graph's node counts per label with the index's
  and, when they differ, adds the nodes it lacks and drops those that are gone; ingestion calls it
  at the end of a run. A property changed in place on a node already indexed is picked up by
  ``SideIndex.rebuild`` (``liandong search reindex``), not by the count check.

Either way the candidates' values are then read from the graph and :func:`rank` matches and orders
them in Python — the same hits in the same order on both servers: exact name or number, then a
name that starts with the query, then a name or number that contains it, then a letter's title,
then its text (more occurrences first).

The package, one job a module: :mod:`.fields` (what is searched, folding), :mod:`.ranking`
(matching and order), :mod:`.statements` (reading the graph), :mod:`.base` (the interface),
:mod:`.neo4j_index`, :mod:`.side_index` and :mod:`.lookup` (choosing the index, searching).
"""

from __future__ import annotations

from graph.fulltext.base import (
    Mask,
    TextIndex,
    Values,
)
from graph.fulltext.fields import (
    FIELDS,
    LABEL_RANK,
    LABELS,
    PARTY_LABELS,
    Fields,
    fold_number,
    normalise_query,
)
from graph.fulltext.lookup import (
    index_for,
    keep_in_step,
    search,
)
from graph.fulltext.neo4j_index import (
    ANALYZER,
    CREATE_INDEX,
    DROP_INDEX,
    INDEX,
    INDEX_LABELS,
    PROPERTIES,
    QUERY_INDEX,
    SHOW_FULLTEXT,
    Neo4jIndex,
    ensure_fulltext,
    has_fulltext,
    lucene_phrase,
)
from graph.fulltext.ranking import (
    Hit,
    Snippet,
    display_name,
    match,
    rank,
    snippet_of,
)
from graph.fulltext.side_index import (
    CHECK_EVERY_S,
    SYNC_BATCH,
    TEXT_SCAN,
    SideIndex,
    side_index_path,
)
from graph.fulltext.statements import (
    COUNT,
    IDS,
    PAGE,
    SCAN,
    VALUES,
    count_statement,
    ids_statement,
    page_statement,
    read_values,
    scan_statement,
    values_statement,
)
from graph.types.text import fold
from graph.types.text import traditional as to_traditional

__all__ = [
    "ANALYZER",
    "CHECK_EVERY_S",
    "COUNT",
    "CREATE_INDEX",
    "DROP_INDEX",
    "FIELDS",
    "Fields",
    "Hit",
    "IDS",
    "INDEX",
    "INDEX_LABELS",
    "LABELS",
    "LABEL_RANK",
    "Mask",
    "Neo4jIndex",
    "PAGE",
    "PARTY_LABELS",
    "PROPERTIES",
    "QUERY_INDEX",
    "SCAN",
    "SHOW_FULLTEXT",
    "SYNC_BATCH",
    "SideIndex",
    "Snippet",
    "TEXT_SCAN",
    "TextIndex",
    "VALUES",
    "Values",
    "count_statement",
    "display_name",
    "ensure_fulltext",
    "fold",
    "fold_number",
    "has_fulltext",
    "ids_statement",
    "index_for",
    "keep_in_step",
    "lucene_phrase",
    "match",
    "normalise_query",
    "page_statement",
    "rank",
    "read_values",
    "scan_statement",
    "search",
    "side_index_path",
    "snippet_of",
    "to_traditional",
    "values_statement",
]
