"""``liandong search reindex`` — rebuild the embedded store's full-text side index from the graph
(:class:`graph.fulltext.SideIndex`); on Neo4j the server's own index needs nothing."""

from __future__ import annotations

import time

import click

from app.commands.context import Context, pass_ctx


@click.group("search")
def search_group() -> None:
    """Full-text search of letters, names and numbers: its index."""


@search_group.command("reindex")
@pass_ctx
def reindex_cmd(obj: Context) -> None:
    """Index every letter, name and number again (after names were changed in place)."""
    from graph import fulltext

    graph = obj.graph()
    index = fulltext.index_for(graph)
    if not isinstance(index, fulltext.SideIndex):
        click.echo(f"Neo4j keeps its full-text index {fulltext.INDEX} itself: nothing to do.")
        return
    t = time.perf_counter()
    n = index.rebuild()
    click.echo(f"indexed {n:,} nodes in {time.perf_counter() - t:.1f} s → {index.path}")


def register(cli: click.Group) -> None:
    cli.add_command(search_group)
