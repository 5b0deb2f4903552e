"""The embedded store's side index: SQLite FTS5 (trigram) in ``LIANDONG_HOME/search/``, kept in
step with the graph by label counts."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.fulltext.base import TextIndex, Values
from graph.fulltext.fields import FIELDS, LABELS, fold_number
from graph.fulltext.ranking import _values
from graph.fulltext.statements import COUNT, IDS, VALUES, read_values
from graph.types.text import fold

if TYPE_CHECKING:  # graph.connection creates the index through graph.ddl: no import cycle
    from graph.connection import Graph


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


def side_index_path(graph: Graph) -> Path:
    from graph.settings import Settings

    return Settings.from_env().home / "search" / f"{graph.database}.sqlite"
