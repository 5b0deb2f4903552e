"""Neo4j's own full-text index ``search_text`` (``cjk`` analyzer) as a :class:`TextIndex`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.fulltext.base import TextIndex, Values
from graph.fulltext.fields import _CJK, FIELDS, fold_number
from graph.fulltext.statements import SCAN, read_values
from graph.schema import quote
from graph.types.text import traditional as to_traditional  # a query as the index may hold it

if TYPE_CHECKING:  # graph.connection creates the index through graph.ddl: no import cycle
    from graph.connection import Graph


INDEX = "search_text"
ANALYZER = "cjk"
INDEX_LABELS = tuple(lab for lab, f in FIELDS.items() if f.names or f.lists or f.texts)
PROPERTIES = tuple(dict.fromkeys(p for lab in INDEX_LABELS for p in (*FIELDS[lab].names, *FIELDS[lab].lists,
                                                                      *FIELDS[lab].texts)))
CREATE_INDEX = (
    f"CREATE FULLTEXT INDEX {INDEX} IF NOT EXISTS "
    f"FOR (n:{'|'.join(quote(label) for label in INDEX_LABELS)}) "
    f"ON EACH [{', '.join(f'n.{quote(p)}' for p in PROPERTIES)}] "
    f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{ANALYZER}'}}}}"
)
DROP_INDEX = f"DROP INDEX {INDEX} IF EXISTS"
SHOW_FULLTEXT = ("SHOW FULLTEXT INDEXES YIELD name, state, options, labelsOrTypes, properties "
                 "RETURN name, state, options, labelsOrTypes, properties")
QUERY_INDEX = (  # Neo4j only (the embedded store has no db.index.fulltext): not in the shared catalog
    f"CALL db.index.fulltext.queryNodes('{INDEX}', $lucene, {{limit: $fetch}}) YIELD node AS n, score\n"
    "WHERE NOT n.id IN $exclude AND any(l IN labels(n) WHERE l IN $labels)\n"
    "RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label ORDER BY score DESC"
)
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def has_fulltext(graph: Graph) -> bool:
    """True when the server has Neo4j's full-text indexes (Neo4j itself, not the embedded store)."""
    return not graph.is_arcadedb


def ensure_fulltext(graph: Graph) -> bool:
    """Create ``search_text`` where the server has full-text indexes (again, when its labels or
    properties are not :data:`INDEX_LABELS` / :data:`PROPERTIES`); True when it was created now."""
    if not has_fulltext(graph):
        return False
    found = [r for r in graph.read(SHOW_FULLTEXT) if r["name"] == INDEX]
    if found and sorted(found[0]["labelsOrTypes"] or []) == sorted(INDEX_LABELS) \
            and sorted(found[0]["properties"] or []) == sorted(PROPERTIES):
        return False
    if found:
        graph.write(DROP_INDEX)
    graph.write(CREATE_INDEX)
    graph.write("CALL db.awaitIndex($name, 300)", {"name": INDEX})
    return True


def lucene_phrase(text: str) -> str:
    """The text as one Lucene phrase, its special characters escaped."""
    return '"' + _LUCENE_SPECIAL.sub(r"\\\1", text) + '"'


class Neo4jIndex(TextIndex):
    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def candidates(self, q: str, *, exclude: list[str], labels: list[str], fetch: int) -> Values:
        out: dict[str, str] = {}
        variants = list(dict.fromkeys([q, to_traditional(q)]))
        if len(_CJK.findall(q)) >= 2:
            lucene = " OR ".join(lucene_phrase(v) for v in variants)
            for r in self.graph.read(QUERY_INDEX, {"lucene": lucene, "fetch": fetch, "exclude": exclude,
                                                   "labels": [lab for lab in labels if lab in INDEX_LABELS]}):
                out.setdefault(r["id"], r["label"])
            scan = [lab for lab in labels if FIELDS[lab].numbers]  # numbers: not terms of the analyzer
            params = {"qs": [], "exclude": exclude, "fetch": fetch}
        else:
            scan = labels
            params = {"qs": variants, "exclude": exclude, "fetch": fetch}
        qn = fold_number(q)
        params["qns"] = list(dict.fromkeys([qn, to_traditional(qn)]))
        for lab in scan:
            for r in self.graph.read(SCAN[lab], params):
                out.setdefault(r["id"], lab)
        return read_values(self.graph, out) if out else {}
