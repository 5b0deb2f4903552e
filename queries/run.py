"""Run one saved query: bind, run read-only within its time limit, post-process.

>>> run_query(graph, "interest_chain", {"from_id": "official:…", "to_id": "company:…"})   # doctest: +SKIP
Result(columns=[...], rows=[...])
"""

from __future__ import annotations

import time
from typing import Any

import neo4j
from neo4j import exceptions as nx

from graph.connection import Graph
from graph.errors import QueryError
from queries.adhoc import QueryTimeout, bounded, tag_metadata, tag_statement, terminate_tagged
from queries.post import step
from queries.registry import Registry, load_registry
from queries.result import Result, plain

__all__ = ["run_query"]


def run_query(
    graph: Graph,
    name: str,
    params: dict[str, Any] | None = None,
    *,
    timeout_s: float | None = None,
    registry: Registry | None = None,
) -> Result:
    """Bind, run read-only (``routing_=READ``) and post-process one saved query.

    ``timeout_s`` (default: the query's own, 60 s) bounds the wait: the server is asked to stop
    (Neo4j honours it), and where it has none (the embedded ArcadeDB) the statement, sent with a
    tag comment, is terminated on the server (:func:`queries.adhoc.terminate_tagged`); the caller
    gets a :class:`QueryTimeout`.
    """
    q = (registry or load_registry()).get(name)
    bound = q.bind(params)
    tag, text = tag_statement(q.render(bound), graph)
    limit = timeout_s or q.timeout_s
    t0 = time.perf_counter()
    box: dict[str, Any] = {}

    def work() -> None:
        # an auto-commit READ transaction, not execute_query's retried one: on Neo4j a statement
        # terminated at its time limit (TERMINATE TRANSACTIONS) would otherwise be run again
        with graph.driver.session(database=graph.database, default_access_mode=neo4j.READ_ACCESS) as session:
            result = session.run(
                neo4j.Query(text, timeout=limit, metadata=tag_metadata(tag)),
                q.driver_params(bound),
            )
            records = list(result)
            box["out"] = (records, None, result.keys())

    # the server's own time limit where it has one (Neo4j), and the one client-side limit everywhere
    try:
        bounded(work, limit, name=f"liandong-query-{name}")
    except QueryTimeout:
        terminate_tagged(graph, tag)
        raise QueryTimeout(
            f"saved query {name!r} stopped after {limit:g} s — narrow it (fewer hops, a smaller limit) "
            f"or allow more time (--timeout)"
        ) from None
    except nx.Neo4jError as error:
        message = (error.message or "").strip().splitlines()
        raise QueryError(
            f"saved query {name!r} failed ({error.code}): {message[0][:300] if message else '(no message)'}"
        ) from error
    records, _, keys = box["out"]
    columns = list(keys)
    rows = [{k: plain(v) for k, v in zip(columns, r.values())} for r in records]
    result = Result(columns, rows)
    if q.post:
        result = step(q.post)(graph, result, bound)
    result.elapsed_ms = (time.perf_counter() - t0) * 1000
    return result
