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
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.catalog import cypher
from graph.schema import quote
from graph.types.text import fold
from graph.types.text import traditional as to_traditional  # a query as the index may hold it

if TYPE_CHECKING:  # graph.connection creates the index through graph.ddl: no import cycle
    from graph.connection import Graph


@dataclass(frozen=True)
class Fields:
    names: tuple[str, ...] = ()     # string properties read as names/titles
    lists: tuple[str, ...] = ()     # list-of-string properties read as names (aliases)
    numbers: tuple[str, ...] = ()   # numbers: brackets unified, spaces dropped
    texts: tuple[str, ...] = ()     # long text (a letter's body)


# label -> its searched fields; the order is the display order of equally good hits
FIELDS: dict[str, Fields] = {
    "Company": Fields(("name",), (), ("credit_code",)),
    "Person": Fields(("name",)),
    "Official": Fields(("name", "position")),
    "Agency": Fields(("name",), ("aliases",)),
    "Project": Fields(("name",), (), ("project_no",)),
    "Case": Fields(("title",), (), ("case_no",)),
    "Clue": Fields(("summary",), (), ("clue_no",)),
    "Complaint": Fields(("subject",), (), ("complaint_no",)),
    "Referral": Fields((), (), ("doc_no",)),
    "AssistanceRequest": Fields((), (), ("doc_no",)),
    "Document": Fields(("title",), (), ("doc_no",), ("text",)),
    "Sanction": Fields((), (), ("doc_no",)),
    "Phone": Fields((), (), ("number",)),
    "Address": Fields(("text",)),
    "IPAddress": Fields((), (), ("address",)),
    "BankAccount": Fields((), (), ("number",)),
    "Region": Fields(("name", "short_name")),
    "Mechanism": Fields(("name",)),
    "Inspection": Fields(("name",)),
}
PARTY_LABELS = frozenset({"Person", "Official", "Company", "Agency"})  # their names are their own
LABELS = tuple(FIELDS)
LABEL_RANK = {label: i for i, label in enumerate(FIELDS)}

# ------------------------------------------------------------------------------------ folding
_BRACKETS = {"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕",
             "［": "〔", "］": "〕", "〖": "〔", "〗": "〕"}
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def fold_number(text: str) -> str:
    """A number as compared: folded, brackets unified to 〔〕, no spaces."""
    folded = fold(_SPACE.sub("", text))
    return "".join(_BRACKETS.get(ch, ch) for ch in folded)


def normalise_query(text: str) -> str:
    """What the user typed, as searched: spaces collapsed, folded."""
    return fold(_SPACE.sub(" ", text).strip())


# ------------------------------------------------------------------------------------ records
@dataclass(frozen=True)
class Snippet:
    """The text around a hit, cut from the original: ``before`` + ``match`` + ``after``."""

    before: str
    match: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.match + self.after


@dataclass(frozen=True)
class Hit:
    id: str
    label: str
    name: str            # what the node is called (name, title, number …) as written
    field: str           # the property the query was found in
    kind: str            # name | number | title | text
    grade: str           # exact | prefix | name | number | title | text: how good the match is
    snippet: Snippet     # the matched value (a window of it for a letter's text), hit marked
    occurrences: int
    score: float         # higher is better; equal scores keep the backend's order
    props: dict[str, Any] = dc_field(default_factory=dict, compare=False)  # the searched values but long text

    @property
    def is_letter(self) -> bool:
        return self.label == "Document"


def snippet_of(value: str, folded_needle: str, *, width: int = 40) -> Snippet | None:
    """The first occurrence of ``folded_needle`` in ``value`` with up to ``width`` characters each side."""
    folded = fold(value)
    at = folded.find(folded_needle)
    if at < 0:
        return None
    end = at + len(folded_needle)
    start, stop = max(0, at - width), min(len(value), end + width)
    clean = lambda s: _SPACE.sub(" ", s)  # noqa: E731 - no line breaks or indentation in a snippet
    before = ("…" if start > 0 else "") + clean(value[start:at]).lstrip()
    after = clean(value[end:stop]).rstrip() + ("…" if stop < len(value) else "")
    return Snippet(before, clean(value[at:end]), after)


# kind weights: exact name/number, name prefix, name/number contains, title, text
_WEIGHT = {"exact": 100.0, "prefix": 80.0, "name": 60.0, "number": 60.0, "title": 40.0, "text": 20.0}
_TITLE_FIELDS = frozenset({"title"})


def _values(label: str, props: dict[str, Any]) -> Iterable[tuple[str, str, str]]:
    """(field, kind, value) of every searched value of a node."""
    f = FIELDS[label]
    for name in f.names:
        if props.get(name):
            yield name, ("title" if (name in _TITLE_FIELDS and label == "Document") else "name"), str(props[name])
    for name in f.lists:
        for v in props.get(name) or []:
            if v:
                yield name, "name", str(v)
    for name in f.numbers:
        if props.get(name):
            yield name, "number", str(props[name])
    for name in f.texts:
        if props.get(name):
            yield name, "text", str(props[name])


def display_name(label: str, props: dict[str, Any]) -> str:
    f = FIELDS[label]
    for name in (*f.names, *f.numbers):
        if props.get(name):
            return str(props[name])
    return str(props.get("id", ""))


def match(label: str, props: dict[str, Any], q: str) -> Hit | None:
    """The best match of the folded query ``q`` in one node (None when nothing contains it)."""
    qn = fold_number(q)
    best: Hit | None = None
    for prop, kind, value in _values(label, props):
        if kind == "number":
            hay, needle = fold_number(value), qn
        else:
            hay, needle = fold(value), q
        if not needle or needle not in hay:
            continue
        count = hay.count(needle)
        if kind in ("name", "number") and hay == needle:
            grade = "exact"
        elif kind == "name" and hay.startswith(needle):
            grade = "prefix"
        else:
            grade = kind
        weight = _WEIGHT[grade]
        score = weight + (min(count, 10) if kind == "text" else 0) - min(len(hay), 1000) / 1e4
        if kind == "number":
            snip = Snippet("", value, "") if hay == needle else (snippet_of(value, q) or Snippet("", value, ""))
        else:
            snip = snippet_of(value, q, width=40 if kind == "text" else 200) or Snippet("", value, "")
        if best is None or score > best.score:
            short = {k: v for k, v in props.items() if k not in FIELDS[label].texts}
            best = Hit(str(props.get("id")), label, display_name(label, props), prop, kind, grade, snip, count, score, short)
    return best


def rank(hits: Iterable[Hit]) -> list[Hit]:
    """Best first; equal scores by label, then name."""
    return sorted(hits, key=lambda h: (-h.score, LABEL_RANK.get(h.label, 99), len(h.name), h.name, h.id))


# ------------------------------------------------------------------------- reading the graph
def _return_fields(label: str) -> str:
    f = FIELDS[label]
    props = dict.fromkeys(("id", *f.names, *f.lists, *f.numbers, *f.texts))
    return ", ".join(f"{quote(p)}: n.{quote(p)}" for p in props)


def values_statement(label: str) -> str:
    """The searched values of the nodes of one label with the given ids."""
    return f"MATCH (n:{quote(label)}) WHERE n.id IN $ids\nRETURN n {{{_return_fields(label)}}} AS props"


def page_statement(label: str) -> str:
    """The searched values of one label, a page at a time (ids after ``$after``)."""
    return (f"MATCH (n:{quote(label)}) WHERE n.id > $after\nWITH n ORDER BY n.id LIMIT $batch\n"
            f"RETURN n {{{_return_fields(label)}}} AS props")


def count_statement(label: str) -> str:
    """How many nodes of one label: what tells the side index it is behind."""
    return f"MATCH (n:{quote(label)}) RETURN count(n) AS c"


def ids_statement(label: str) -> str:
    return f"MATCH (n:{quote(label)}) RETURN n.id AS id"


def _number_expr(expr: str) -> str:
    for a, b in _BRACKETS.items():
        expr = f"replace({expr}, '{a}', '{b}')"
    return f"toLower(replace({expr}, ' ', ''))"


def scan_statement(label: str) -> str:
    """``CONTAINS`` over one label's names (as written, simplified or traditional) and numbers."""
    f = FIELDS[label]
    conds = [f"any(q IN $qs WHERE toLower(coalesce(n.{quote(p)}, '')) CONTAINS q)" for p in (*f.names, *f.texts)]
    conds += [f"any(a IN coalesce(n.{quote(p)}, []) WHERE any(q IN $qs WHERE toLower(a) CONTAINS q))" for p in f.lists]
    conds += [f"any(q IN $qns WHERE {_number_expr(f'coalesce(n.{quote(p)}, {chr(39)}{chr(39)})')} CONTAINS q)" for p in f.numbers]
    return (f"MATCH (n:{quote(label)})\nWHERE NOT n.id IN $exclude AND ({' OR '.join(conds)})\n"
            f"RETURN n.id AS id LIMIT $fetch")


VALUES = {label: cypher(f"fulltext.values.{label}", values_statement(label), ids=["x:0"]) for label in FIELDS}
PAGE = {label: cypher(f"fulltext.page.{label}", page_statement(label), after="", batch=10) for label in FIELDS}
COUNT = {label: cypher(f"fulltext.count.{label}", count_statement(label)) for label in FIELDS}
IDS = {label: cypher(f"fulltext.ids.{label}", ids_statement(label)) for label in FIELDS}
SCAN = {label: cypher(f"fulltext.scan.{label}", scan_statement(label), qs=["x"], qns=["x"], exclude=[], fetch=5)
        for label in FIELDS}


@functools.lru_cache(maxsize=1)
def _prefixes() -> dict[str, str]:
    from graph.schema import load_schema

    schema = load_schema()
    return {schema.node(lab).prefix: lab for lab in FIELDS}


def read_values(graph: Graph, ids: dict[str, str] | Iterable[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """``{id: (label, searched values)}`` of the given nodes (``{id: label}``, or ids whose prefix names the label)."""
    labelled = ids if isinstance(ids, dict) else {i: _prefixes().get(i.partition(":")[0], "") for i in ids}
    by_label: dict[str, list[str]] = {}
    for node_id, label in labelled.items():
        if label in FIELDS:
            by_label.setdefault(label, []).append(node_id)
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for label, chunk in by_label.items():
        for row in graph.read(VALUES[label], {"ids": chunk}):
            props = dict(row["props"])
            out[str(props["id"])] = (label, props)
    return out


# ------------------------------------------------------------------------------ the interface
Mask = Callable[[str, str], str]  # (document id, its text) -> the text as the viewer may read it
Values = dict[str, tuple[str, dict[str, Any]]]  # id -> (label, searched values as written)


class TextIndex(ABC):
    """Where the candidates of a query come from; :func:`search` matches and ranks them."""

    @abstractmethod
    def candidates(self, q: str, *, exclude: list[str], labels: list[str], fetch: int) -> Values:
        """The searched values of nodes that may contain the folded query ``q``."""


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


# ------------------------------------------------------------------------------------ Neo4j
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


# ------------------------------------------------------------------------ the embedded store
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS vals(id TEXT NOT NULL, label TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS vals_id ON vals(id);
CREATE VIRTUAL TABLE IF NOT EXISTS names USING fts5(id UNINDEXED, label UNINDEXED, folded, tokenize='trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(id UNINDEXED, label UNINDEXED, folded, tokenize='trigram');
"""
SYNC_BATCH = 2000
TEXT_SCAN = 2000      # letters read per query on the side index; beyond, the first in index order
CHECK_EVERY_S = 10.0  # how often a search asks the graph whether the index is behind (counts per label)


class SideIndex(TextIndex):
    """SQLite FTS5 (trigram) over the folded values, and the values as written, in
    ``LIANDONG_HOME/search/<database>.sqlite`` (owner-only folder). A search reads only this file;
    at most every :data:`CHECK_EVERY_S` seconds it checks the graph's counts per label first."""

    _locks: dict[str, threading.Lock] = {}

    def __init__(self, graph: Graph, path: Path) -> None:
        self.graph = graph
        self.path = path
        self._checked = 0.0
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path.parent, 0o700)
        if not path.exists():  # letters' text: owner-only (SQLite gives its -wal and -shm the same mode)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        self._lock = SideIndex._locks.setdefault(str(path), threading.Lock())
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    # -- keeping in step
    def _counts(self, labels: Iterable[str] = LABELS) -> dict[str, int]:
        return {lab: int(self.graph.read(COUNT[lab])[0]["c"]) for lab in labels}

    def _stored_counts(self, db: sqlite3.Connection) -> dict[str, int]:
        row = db.execute("SELECT value FROM meta WHERE key='counts'").fetchone()
        return json.loads(row[0]) if row else {}

    def _add(self, db: sqlite3.Connection, items: Iterable[tuple[str, dict[str, Any]]]) -> int:
        n = 0
        names: list[tuple] = []
        texts: list[tuple] = []
        vals: list[tuple] = []
        for label, props in items:
            node_id = str(props["id"])
            for prop, kind, value in _values(label, props):
                folded = fold_number(value) if kind == "number" else fold(value)
                (texts if kind == "text" else names).append((node_id, label, folded))
                vals.append((node_id, label, prop, value))
            n += 1
        db.executemany("INSERT INTO names(id, label, folded) VALUES (?, ?, ?)", names)
        db.executemany("INSERT INTO texts(id, label, folded) VALUES (?, ?, ?)", texts)
        db.executemany("INSERT INTO vals(id, label, field, value) VALUES (?, ?, ?, ?)", vals)
        return n

    def _remove(self, db: sqlite3.Connection, ids: list[str]) -> None:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM vals WHERE id IN ({marks})", chunk)
            db.execute(f"DELETE FROM names WHERE id IN ({marks})", chunk)
            db.execute(f"DELETE FROM texts WHERE id IN ({marks})", chunk)

    def index_nodes(self, ids: Iterable[str]) -> int:
        """(Re-)index these nodes now — what a writer calls right after writing them."""
        ids = list(dict.fromkeys(ids))
        values = read_values(self.graph, ids)
        labels = sorted({lab for lab, _ in values.values()})
        counts = self._counts(labels)
        with self._lock, self._connect() as db:
            self._remove(db, ids)
            n = self._add(db, values.values())
            stored = self._stored_counts(db)
            if stored:  # a first sync must still read everything
                stored.update(counts)
                db.execute("INSERT OR REPLACE INTO meta VALUES ('counts', ?)", (json.dumps(stored),))
        return n

    def sync(self, *, force: bool = False) -> int:
        """Where a label's count differs from the index's (every label with ``force``), add the
        nodes the index lacks and drop those gone. Returns how many nodes were added or dropped."""
        counts = self._counts()
        self._checked = time.monotonic()
        with self._lock, self._connect() as db:
            stored = self._stored_counts(db)
            changed = [lab for lab in LABELS if force or stored.get(lab) != counts[lab]]
            n = 0
            for lab in changed:
                in_graph = {r["id"] for r in self.graph.read(IDS[lab])}
                have = {r[0] for r in db.execute("SELECT DISTINCT id FROM vals WHERE label=?", (lab,))}
                gone = sorted(have - in_graph)
                new = sorted(in_graph - have)
                self._remove(db, gone)
                for i in range(0, len(new), SYNC_BATCH):
                    rows = self.graph.read(VALUES[lab], {"ids": new[i:i + SYNC_BATCH]})
                    self._add(db, ((lab, dict(r["props"])) for r in rows))
                n += len(gone) + len(new)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('counts', ?)", (json.dumps(counts),))
        return n

    def rebuild(self) -> int:
        """Index every node again from the graph (after names were changed in place)."""
        with self._lock, self._connect() as db:
            for table in ("vals", "names", "texts", "meta"):
                db.execute(f"DELETE FROM {table}")
        return self.sync(force=True)

    # -- searching
    def candidates(self, q: str, *, exclude: list[str], labels: list[str], fetch: int) -> Values:
        if time.monotonic() - self._checked > CHECK_EVERY_S:
            self.sync()
        found: dict[str, str] = {}
        needles = list(dict.fromkeys([q, fold_number(q)]))
        args_ex, args_labs = json.dumps(exclude), json.dumps(labels)
        with self._connect() as db:
            for table in ("names", "texts"):
                for needle in needles:
                    if len(needle) >= 3:  # a trigram lookup
                        where, arg = f"{table} MATCH ?", "folded:" + '"' + needle.replace('"', '""') + '"'
                    else:                 # fewer than three characters: no trigram, a scan
                        where, arg = "instr(folded, ?) > 0", needle
                    # names: the best by BM25; letters: up to TEXT_SCAN in index order, the most
                    # occurrences first (BM25 over every letter of a common phrase costs seconds)
                    order, cap = ("ORDER BY rank", fetch) if table == "names" else ("", TEXT_SCAN)
                    sql = (f"SELECT id, label, folded FROM {table} WHERE {where} "
                           f"AND label IN (SELECT value FROM json_each(?)) "
                           f"AND id NOT IN (SELECT value FROM json_each(?)) {order} LIMIT ?")
                    rows = db.execute(sql, (arg, args_labs, args_ex, cap)).fetchall()
                    if table == "texts":
                        rows.sort(key=lambda r: -r[2].count(needle))
                    for node_id, label, _ in rows[:fetch]:
                        found.setdefault(node_id, label)
            out: Values = {}
            ids = list(found)
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for node_id, label, field, value in db.execute(
                        f"SELECT id, label, field, value FROM vals WHERE id IN ({marks}) ORDER BY rowid", chunk):
                    props = out.setdefault(node_id, (label, {"id": node_id}))[1]
                    if field in FIELDS[label].lists:
                        props.setdefault(field, []).append(value)
                    else:
                        props[field] = value
        return out


_SIDE: dict[tuple[str, int], SideIndex] = {}


def side_index_path(graph: Graph) -> Path:
    from graph.settings import Settings

    return Settings.from_env().home / "search" / f"{graph.database}.sqlite"


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
