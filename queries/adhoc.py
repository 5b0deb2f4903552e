"""Ad hoc Cypher, read-only whatever is typed.

Three nets, each enough on its own for the common case:

1. :func:`queries.guard.check` refuses anything that is not one read-only statement;
2. what passes runs in an explicit transaction that is **always rolled back** — even a write that
   slipped past the guard leaves the graph unchanged (real Neo4j also refuses it: the session
   is opened in read access mode);
3. a time limit **enforced on the server** — the transaction timeout (Neo4j terminates the
   transaction itself), and, because the embedded ArcadeDB Bolt server ignores that timeout (and
   keeps computing after the client drops the connection), a client-side stop that then
   terminates the statement on the server: every statement is sent with a tag comment
   (``/* liandong-adhoc:<random> */``), and when the limit passes liandong's own connection runs
   ``SHOW TRANSACTIONS`` and ``TERMINATE TRANSACTIONS`` on the ones carrying that tag. The limit
   is capped at :data:`MAX_TIMEOUT_S` whatever is asked — and a row cap: fetching stops at
   ``max_rows`` and the result says it was truncated; and a size cap: fetching also stops when
   the rows kept reach ``max_bytes`` (UTF-8 text and 8 bytes a number, counted as they arrive),
   so one row of ``collect(...)`` cannot carry 50 MB to a page.

>>> run_readonly(graph, "MATCH (a:Agency) RETURN a.name AS name LIMIT 3")   # doctest: +SKIP
Result(columns=['name'], rows=[{'name': '绵竹市财政局'}, ...], truncated=False, ...)
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j import exceptions as nx

from graph.connection import Graph, Target
from graph.errors import GraphUnavailable, QueryError
from queries import guard
from queries.result import Result, plain

DEFAULT_TIMEOUT_S = 30.0
MAX_TIMEOUT_S = 120.0  # the hard cap on any time limit a user may ask for
DEFAULT_MAX_ROWS = 1000
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
FETCH_SIZE = 500


class QueryTimeout(QueryError):
    """The statement ran past its time limit and was stopped."""


def run_readonly(
    graph: Graph,
    cypher: str,
    params: dict[str, Any] | None = None,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Result:
    """Check ``cypher`` with the guard, then run it rolled back with a time limit, a row cap and a size cap."""
    checked = guard.check(cypher)
    return execute_rolled_back(graph, checked.text, params, timeout_s=timeout_s, max_rows=max_rows, max_bytes=max_bytes)


@dataclass
class _State:
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    fetched: bool = False  # every wanted row is in (only the rollback may still be running)
    truncated: bool = False
    size: int = 0  # bytes of the rows kept (see approx_size)
    too_big: bool = False  # the size cap stopped the fetch

    def keep(self, row: dict[str, Any], max_bytes: int) -> bool:
        """Keep ``row`` unless it would take the result past ``max_bytes``; False: stop fetching."""
        n = approx_size(row)
        if self.size + n > max_bytes:
            self.too_big = self.truncated = True
            return False
        self.size += n
        self.rows.append(row)
        return True


def approx_size(value: Any) -> int:
    """Bytes a value takes as text: UTF-8 for strings, 8 for a number, keys and items summed."""
    if isinstance(value, str):
        return len(value.encode("utf-8", "replace"))
    if isinstance(value, dict):
        return sum(len(str(k)) + approx_size(v) for k, v in value.items()) + 2
    if isinstance(value, (list, tuple)):
        return sum(approx_size(v) for v in value) + 2
    return 8


def execute_rolled_back(
    graph: Graph,
    text: str,
    params: dict[str, Any] | None = None,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Result:
    """Run ``text`` as is (NO guard) in a transaction that is always rolled back.

    Only :func:`run_readonly` and tests call this directly.
    """
    if timeout_s <= 0:
        raise QueryError(f"the time limit must be positive, got {timeout_s}")
    if timeout_s > MAX_TIMEOUT_S:
        raise QueryError(f"the time limit is at most {MAX_TIMEOUT_S:g} s, got {timeout_s:g} — "
                         f"anchor the statement on an id or bound its paths instead")
    if max_rows < 0:
        raise QueryError(f"the row cap must be zero or more, got {max_rows}")
    if max_bytes <= 0:
        raise QueryError(f"the size cap must be positive, got {max_bytes}")
    state = _State()
    tag, text = tag_statement(text, graph)
    t0 = time.perf_counter()
    try:
        if graph.target is not None:
            _run_coroutine(_execute_async(graph.target, graph.database, text, params or {}, timeout_s, max_rows,
                                          max_bytes, state, tag), timeout_s)
        else:
            _execute_in_thread(graph, text, params or {}, timeout_s, max_rows, max_bytes, state, tag)
    except (TimeoutError, QueryTimeout):  # asyncio's limit, or bounded()'s
        terminate_tagged(graph, tag)
        if not state.fetched:
            raise QueryTimeout(
                f"stopped after {timeout_s:g} s: the statement took too long — anchor it on an id, "
                f"bound its paths or add LIMIT (or allow more time)"
            ) from None
    except nx.ClientError as e:
        raise QueryError(f"the graph refused the statement ({e.code}): {_first_line(e.message)}") from e
    except nx.Neo4jError as e:
        raise QueryError(f"the statement failed ({e.code}): {_first_line(e.message)}") from e
    except nx.ServiceUnavailable as e:
        raise GraphUnavailable(f"lost the connection to the graph: {_first_line(str(e))}") from e
    except nx.DriverError as e:
        raise QueryError(f"the statement failed ({type(e).__name__}): {_first_line(str(e))}") from e
    notes = []
    if state.too_big:
        notes.append(f"stopped at the size cap of {max_bytes / 1024 / 1024:g} MB after {len(state.rows)} row(s) — "
                     f"return fewer or smaller values (结果超过大小上限，其余未显示)")
    return Result(
        state.columns, state.rows, truncated=state.truncated, elapsed_ms=(time.perf_counter() - t0) * 1000, notes=notes
    )


TAG_KEY = "liandong_tag"


def tag_statement(text: str, graph: Graph | None = None) -> tuple[str, str]:
    """(tag, text with the tag as a leading comment): what :func:`terminate_tagged` finds it by.

    On Neo4j (which stops a transaction at its own timeout) the text is left as it is — a new
    comment each time would defeat Neo4j's plan cache and re-plan every statement — and the tag
    travels as transaction metadata (:func:`tag_metadata`) instead."""
    tag = f"liandong-adhoc:{secrets.token_hex(8)}"
    if graph is not None and not _is_arcadedb(graph):
        return tag, text
    return tag, f"/* {tag} */\n{text}"


def tag_metadata(tag: str) -> dict[str, str]:
    return {TAG_KEY: tag}


def _is_arcadedb(graph: Graph) -> bool:
    try:
        return bool(getattr(graph, "is_arcadedb", True))
    except (nx.Neo4jError, nx.DriverError, OSError):
        return True


def running_tagged(graph: Graph, tag: str) -> list[str]:
    """Ids of the server's transactions whose statement carries ``tag`` (empty when the server
    cannot list them, e.g. a Neo4j user without the right — Neo4j honours the timeout itself)."""
    # Neo4j lists a transaction's metadata only when asked for it by name
    show = "SHOW TRANSACTIONS" if _is_arcadedb(graph) else \
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery, metaData RETURN transactionId, currentQuery, metaData"
    try:
        rows = graph.read(show)
    except (nx.Neo4jError, nx.DriverError, QueryError, GraphUnavailable):
        return []
    marker = f"/* {tag} */"
    return [str(r["transactionId"]) for r in rows
            if r.get("transactionId") and (str(r.get("currentQuery") or "").startswith(marker)
                                           or (r.get("metaData") or {}).get(TAG_KEY) == tag)]


def terminate_tagged(graph: Graph, tag: str, *, wait_s: float = 10.0, appear_s: float = 2.0) -> int:
    """Terminate on the server every transaction whose statement carries ``tag``; how many were.

    Waits (up to ``wait_s``) until none is listed any more: a statement that was only being
    abandoned by the client is gone from the server when this returns.
    """
    done = 0
    start = time.monotonic()
    deadline = start + wait_s
    while True:
        ids = running_tagged(graph, tag)
        if not ids:
            # on a loaded machine the statement may reach the server after the client gave up on it:
            # watch a little longer (up to ``appear_s``) before saying nothing of it runs
            if time.monotonic() - start < appear_s:
                time.sleep(0.1)
                continue
            return done
        try:
            graph.read("TERMINATE TRANSACTIONS $ids", {"ids": ids})
            done += len(ids)
        except (nx.Neo4jError, nx.DriverError, QueryError, GraphUnavailable):
            return done
        if time.monotonic() > deadline:
            return done
        time.sleep(0.1)


def _first_line(text: str | None) -> str:
    lines = (text or "").strip().splitlines()
    return lines[0][:300] if lines else "(no message)"


async def _execute_async(
    target: Target, database: str, text: str, params: dict[str, Any], timeout_s: float, max_rows: int, max_bytes: int,
    state: _State, tag: str = "",
) -> None:
    driver = neo4j.AsyncGraphDatabase.driver(
        target.uri, auth=(target.user, target.password), connection_timeout=min(10.0, timeout_s),
        user_agent="liandong-adhoc/0.1", notifications_min_severity="OFF",
    )
    try:
        async with driver.session(
            database=database, default_access_mode=neo4j.READ_ACCESS, fetch_size=min(max_rows + 1, FETCH_SIZE)
        ) as session:
            tx = await session.begin_transaction(timeout=timeout_s, metadata=tag_metadata(tag))
            try:
                result = await tx.run(text, params)
                state.columns = list(result.keys())
                async for record in result:
                    if len(state.rows) >= max_rows:
                        state.truncated = True
                        break
                    if not state.keep({k: plain(v) for k, v in zip(state.columns, record.values())}, max_bytes):
                        break
                state.fetched = True
            finally:
                await _rollback_quietly(tx)
    finally:
        await driver.close()


async def _rollback_quietly(tx: Any) -> None:
    try:
        await tx.rollback()
    except (nx.DriverError, nx.Neo4jError, asyncio.CancelledError, OSError):
        # the connection was dropped (time limit) — the server discards the transaction with it
        pass


def _run_coroutine(coro: Any, timeout_s: float) -> None:
    async def bounded() -> None:
        await asyncio.wait_for(coro, timeout_s)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(bounded())
        return
    # called from inside an event loop (a notebook, an async app): run ours on a thread of its own
    box: dict[str, BaseException] = {}

    def target() -> None:
        try:
            asyncio.run(bounded())
        except BaseException as e:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = e

    t = threading.Thread(target=target, name="liandong-adhoc", daemon=True)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]


def _execute_in_thread(
    graph: Graph, text: str, params: dict[str, Any], timeout_s: float, max_rows: int, max_bytes: int, state: _State,
    tag: str = "",
) -> None:
    """Fallback without connection details: the graph's own driver on a worker thread."""

    def work() -> None:
        with graph.driver.session(
            database=graph.database, default_access_mode=neo4j.READ_ACCESS, fetch_size=min(max_rows + 1, FETCH_SIZE)
        ) as session:
            tx = session.begin_transaction(timeout=timeout_s, metadata=tag_metadata(tag))
            try:
                result = tx.run(text, params)
                state.columns = list(result.keys())
                for record in result:
                    if len(state.rows) >= max_rows:
                        state.truncated = True
                        break
                    if not state.keep({k: plain(v) for k, v in zip(state.columns, record.values())}, max_bytes):
                        break
                state.fetched = True
            finally:
                tx.rollback()

    bounded(work, timeout_s)  # past the limit the worker rolls back when the server answers


def bounded(work: Callable[[], None], timeout_s: float, *, name: str = "liandong-query") -> None:
    """Run ``work`` on a worker thread and wait at most ``timeout_s``: the one client-side time limit
    of every query liandong runs for a user (saved queries and the console alike). Raises
    :class:`QueryTimeout` when the limit passes — the caller then stops the statement on the server
    (:func:`terminate_tagged`) and says what to do — and re-raises whatever ``work`` raised."""
    box: dict[str, BaseException] = {}

    def target() -> None:
        try:
            work()
        except BaseException as e:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = e

    t = threading.Thread(target=target, name=name, daemon=True)
    t.start()
    t.join(timeout_s)
    if t.is_alive():
        raise QueryTimeout(f"stopped after {timeout_s:g} s")
    if "error" in box:
        raise box["error"]
