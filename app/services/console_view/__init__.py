"""The console's view graph: the main graph with no secret in it, kept in step with it.

The analyst console, saved queries run from it, its exports and ``liandong cypher --as USER`` run
typed Cypher; whatever is typed, they read this graph, never the main one (admin — who may see
everything — excepted). What it holds is decided here, once, from the rules of
:mod:`app.services.access`:

* **no confidential matter**: every ``Case``/``Clue``/``Complaint`` with ``confidential: true`` and
  what hangs off it (:class:`access.Policy` ``restricted``: its referrals and letters, events,
  documents that evidence or mention it) is left out, with its deadlines and the events and
  deadlines whose ``thread_id`` is such an item, and every party *only it names* — the nodes
  reached from a left-out one that are linked to nothing else (agencies, regions, mechanisms,
  projects and letters that are not secret exist on their own and always stay). Its numbers, ids and file names are replaced by ``［非公开］`` wherever they
  appear in the text that stays;
* **protected identities as pseudonyms**: a complainant or informant
  (:func:`access.protected_identities`: ``masked: true`` or ``COMPLAINED``) becomes a ``Person``
  with a new id and the name ``保密身份-3F2A`` — both from a keyed hash of the real id
  (:func:`pseudonym`; the key is ``LIANDONG_HOME/pseudonym.key``), so the same person is the
  same pseudonym in every sync and cannot be found from a guessed name. Its other properties,
  its phone and address nodes and every ``COMPLAINED`` relationship are dropped; each of its
  names, aliases, phones and addresses is replaced by its pseudonym in every text property of
  every node and relationship (document text and titles, summaries, mention properties, acts).

:func:`build_view` is that rule as a pure function of the main graph's rows; :func:`sync` writes
its result into the console's graph with batched ``UNWIND … MERGE`` — only the nodes and the
relationship groups that changed since the last sync (a state file beside the data says what was
written; when it is missing or the view's counts do not match it, the view is rebuilt whole).
:func:`ensure_synced` runs before every console query: a fingerprint of the main graph (what is
confidential and to whom, who is protected and by which strings; node and relationship counts)
that differs from the last sync's, or a sync older than :data:`MAX_AGE_S`, re-syncs first — in the
app, when only the counts changed, on a background thread (:func:`fingerprint` says why that
is safe).

The package, one job a module: :mod:`.rule` (what the view holds), :mod:`.pseudonyms`,
:mod:`.statements` (the Cypher), :mod:`.syncing` (fingerprint, sync, ensure_synced) and
:mod:`.server` (where the view lives).
"""

from __future__ import annotations

from app.services.console_view.pseudonyms import (
    PSEUDONYM_PREFIX,
    pseudonym,
    pseudonym_key,
)
from app.services.console_view.rule import (
    ANCHORS,
    HIDDEN_REL_TYPES,
    IDENTIFIER_RELS,
    NUMBER_KEYS,
    SECRET_TEXT,
    View,
    ViewNode,
    ViewRel,
    build_view,
)
from app.services.console_view.server import (
    ConsoleViewError,
    console_graph,
    console_target,
    server_limits,
)
from app.services.console_view.statements import (
    COUNT_NODES,
    COUNT_RELS,
    DELETE_ANY_NODES,
    READ_NODES,
    READ_RELS,
    WIPE_BATCH,
    delete_nodes_statement,
    delete_rels_statement,
    node_statement,
    rel_statement,
)
from app.services.console_view.syncing import (
    BATCH,
    MAX_AGE_S,
    SyncReport,
    ensure_synced,
    fingerprint,
    read_main,
    sync,
    synced_view,
    wait_for_background,
)

__all__ = [
    "ANCHORS",
    "BATCH",
    "COUNT_NODES",
    "COUNT_RELS",
    "ConsoleViewError",
    "DELETE_ANY_NODES",
    "HIDDEN_REL_TYPES",
    "IDENTIFIER_RELS",
    "MAX_AGE_S",
    "NUMBER_KEYS",
    "PSEUDONYM_PREFIX",
    "READ_NODES",
    "READ_RELS",
    "SECRET_TEXT",
    "SyncReport",
    "View",
    "ViewNode",
    "ViewRel",
    "WIPE_BATCH",
    "build_view",
    "console_graph",
    "console_target",
    "delete_nodes_statement",
    "delete_rels_statement",
    "ensure_synced",
    "fingerprint",
    "node_statement",
    "pseudonym",
    "pseudonym_key",
    "read_main",
    "rel_statement",
    "server_limits",
    "sync",
    "synced_view",
    "wait_for_background",
]
