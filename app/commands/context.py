"""What every command is handed: the process's one graph connection, opened on first use.

Commands take it with ``@pass_ctx``; the group in :mod:`app.cli` creates it and closes it after
the command. Here rather than in ``app.cli`` so the command modules need not import the group that
registers them.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from typing import Any

import click

from graph.settings import Settings


def cli_user(explicit: str | None = None) -> str:
    """Who runs a command, for judgements, placements, list entries and the audit: ``--user``/
    ``--by`` when given, else ``$LIANDONG_USER``, else the login name, else ``cli`` (a container
    without a passwd entry has no login name)."""
    if explicit:
        return explicit
    if os.environ.get("LIANDONG_USER"):
        return os.environ["LIANDONG_USER"]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


class Context:
    def __init__(self, debug: bool) -> None:
        self.debug = debug
        self._graph: Any = None

    def graph(self) -> Any:
        """One driver per process, opened on first use (starting the embedded server if needed)."""
        if self._graph is None:
            from graph.connection import connect

            self._graph = connect(Settings.from_env())
        return self._graph

    def close(self) -> None:
        if self._graph is not None:
            self._graph.close()


pass_ctx = click.make_pass_decorator(Context)


def print_counts(graph: Any, echo: Callable[[str], None] = click.echo) -> None:
    from graph.stats import counts

    nodes, rels = counts(graph)
    echo(f"graph: {graph.target.describe() if graph.target else graph.database}")
    echo(f"nodes: {sum(nodes.values())}")
    for label, n in sorted(nodes.items()):
        echo(f"  {label:<20} {n:>9}")
    echo(f"relationships: {sum(rels.values())}")
    for rtype, n in sorted(rels.items()):
        echo(f"  {rtype:<20} {n:>9}")
