"""Where the console's view lives: a second embedded server (with its query limits) or a Neo4j
server or database of its own — never the main graph."""

from __future__ import annotations

import os
import threading
from typing import Any

from graph.connection import Graph
from graph.errors import LiandongError


class ConsoleViewError(LiandongError):
    """The console's graph cannot be used (not configured, not reachable)."""


def server_limits() -> tuple[str, ...]:
    """What the embedded console server enforces on every query, whatever the client does: a
    command timeout a little above the console's own cap (the statement is aborted on the server),
    a heap budget for all queries' buffers (``collect``, sorts, cartesian products) and a cap on
    the elements one operation may hold."""
    from queries.adhoc import MAX_TIMEOUT_S

    memory_mb = int(os.environ.get("LIANDONG_CONSOLE_QUERY_MEMORY") or 256)
    return (
        f"arcadedb.command.timeout={int(MAX_TIMEOUT_S * 1000) + 5000}",
        f"arcadedb.queryMaxHeapRAM={memory_mb}",
        "arcadedb.queryMaxHeapElementsAllowedPerOp=2000000",
    )


_GRAPHS: dict[str, Graph] = {}
_GRAPHS_LOCK = threading.Lock()


def console_target(settings: Any) -> Any:
    """Where the console's graph is: ``LIANDONG_CONSOLE_URI`` on Neo4j; embedded, the second
    server under ``LIANDONG_HOME/console`` (started on demand, with :func:`server_limits`)."""
    from graph import embedded
    from graph.connection import Target
    from graph.settings import EMBEDDED_DATABASE

    if settings.console_uri:
        if not settings.console_user or settings.console_password is None:
            raise ConsoleViewError("已设置 LIANDONG_CONSOLE_URI，但未设置 LIANDONG_CONSOLE_USER 或 "
                                   "LIANDONG_CONSOLE_PASSWORD — 请一并设置")
        target = Target(settings.console_uri, settings.console_user, settings.console_password,
                        settings.console_database or "neo4j", False)
        main_db = settings.database or "neo4j"
        if settings.uri and target.uri == settings.uri and target.database == main_db:
            raise ConsoleViewError("LIANDONG_CONSOLE_URI 与 LIANDONG_CONSOLE_DATABASE 指向主图谱本身 — 分析控制台"
                                   "必须使用另一台服务器或另一个数据库")
        return target
    if not settings.embedded:
        raise ConsoleViewError(
            "分析控制台未配置：生产环境（Neo4j）须另设一台服务器或数据库供控制台使用（LIANDONG_CONSOLE_URI、"
            "LIANDONG_CONSOLE_USER、LIANDONG_CONSOLE_PASSWORD、LIANDONG_CONSOLE_DATABASE），控制台不会读取主图谱 — "
            "请联系管理员")
    console = embedded.console_settings(settings, limits=server_limits())
    info = embedded.ensure_running(console)
    user, password = embedded.credentials(console)
    return Target(info.uri, user, password, info.database or EMBEDDED_DATABASE, True)


def console_graph(settings: Any = None) -> Graph:
    """The console's graph (one driver per process and target)."""
    from graph.connection import open_driver
    from graph.settings import Settings

    settings = settings or Settings.from_env()
    target = console_target(settings)
    name = f"{target.uri}/{target.database}"
    with _GRAPHS_LOCK:
        g = _GRAPHS.get(name)
        if g is None:
            g = _GRAPHS[name] = Graph(open_driver(target), target.database, target)
        return g
