"""Issue 12 rows 4, 5 and 13: one console query cannot take the server down.

The console reads its own server (embedded: a second ArcadeDB process with its own heap), so a
query that burns CPU or memory there leaves the desk — on the main server — answering; the time
limit stops the statement on the server, not only in the client; the memory budget refuses a
query whose buffers outgrow it.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from app.services import console, desk
from app.services.console_view import console_graph
from graph.errors import QueryError
from queries.adhoc import QueryTimeout
from tests.security.conftest import Demo

# a cartesian product that keeps the console server busy far longer than its time limit
HEAVY_CPU = ("UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b WITH a, b WHERE a * b = -1 "
             "RETURN count(*) AS n")
# a collect() whose buffer outgrows the console server's memory budget
HEAVY_MEMORY = ("UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b "
                "RETURN size(collect([a, b, toString(a) + '-' + toString(b)])) AS n")
TODAY = dt.date(2024, 3, 15)


def running_console_statements() -> list[str]:
    """Statements of the console's server that liandong's console sent (they carry its tag)."""
    view = console_graph()
    rows = view.read("SHOW TRANSACTIONS")
    return [str(r.get("currentQuery") or "")[:80] for r in rows if "liandong-adhoc" in str(r.get("currentQuery") or "")]


def test_the_desk_answers_while_a_heavy_console_query_runs(graph, demo: Demo) -> None:
    desk.desk(graph, demo.investigator, demo.finance, today=TODAY)  # warm: the first call pays for connections
    console.run_console(graph, demo.analyst, "RETURN 1 AS x")  # the console's server is up and in step
    box: dict[str, BaseException | None] = {}
    started = time.monotonic()

    def heavy() -> None:
        try:
            console.run_console(graph, demo.analyst, HEAVY_CPU, timeout_s=12)
            box["error"] = None
        except BaseException as e:  # noqa: BLE001 - checked below
            box["error"] = e

    t = threading.Thread(target=heavy, daemon=True)
    t.start()
    time.sleep(2.0)  # the heavy statement is running on the console's server by now
    assert running_console_statements(), "the heavy statement should be running on the console's server"
    waits = []
    while time.monotonic() - started < 9:
        t0 = time.monotonic()
        d = desk.desk(graph, demo.investigator, demo.finance, today=TODAY)
        waits.append(time.monotonic() - t0)
        assert d is not None
        time.sleep(0.5)
    t.join(60)
    assert not t.is_alive()
    assert isinstance(box.get("error"), QueryTimeout)
    print(f"desk during a heavy console query: {len(waits)} calls, slowest {max(waits):.2f} s")
    assert max(waits) < 2.0
    # stopped on the server, not only abandoned by the client
    assert running_console_statements() == []


def test_a_query_past_the_memory_budget_is_refused_and_the_server_lives_on(graph, demo: Demo) -> None:
    with pytest.raises(QueryError, match="heap budget"):  # refused by the console server's budget, not timed out
        console.run_console(graph, demo.analyst, HEAVY_MEMORY, timeout_s=110)
    assert console.run_console(graph, demo.analyst, "MATCH (a:Agency) RETURN count(a) AS n").rows[0]["n"] > 0
    assert desk.desk(graph, demo.investigator, demo.finance, today=TODAY) is not None


def test_the_time_limit_is_capped(graph, demo: Demo) -> None:
    with pytest.raises(QueryError, match="at most"):
        console.run_console(graph, demo.analyst, "RETURN 1 AS x", timeout_s=301)
