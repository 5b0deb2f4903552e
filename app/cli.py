"""The ``liandong`` command: thin click commands over the library.

Errors raised on purpose (:class:`graph.errors.LiandongError`) and the driver's own failures are
printed as one line — cause and fix — and exit 1; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import sys
import time
from typing import Any

import click
from neo4j import exceptions as nx

from app.commands.context import Context, pass_ctx, print_counts
from graph.errors import GraphUnavailable, LiandongError
from graph.settings import Settings


class LiandongGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        debug = "--debug" in sys.argv[1:]
        try:
            return super().invoke(ctx)
        except LiandongError as e:
            if debug:
                raise
            click.echo(f"error: {e}", err=True)
            ctx.exit(getattr(e, "exit_code", 1))  # 2: a name that fits several entities (graph.choosers)
        except nx.ServiceUnavailable as e:
            if debug:
                raise
            click.echo(f"error: {GraphUnavailable(f'lost the connection to the graph: {e}')}", err=True)
            ctx.exit(1)
        except nx.Neo4jError as e:
            if debug:
                raise
            click.echo(f"error: the graph refused the request ({e.code}): {e.message}", err=True)
            ctx.exit(1)
        finally:
            obj = ctx.obj
            if isinstance(obj, Context):
                obj.close()


@click.group(cls=LiandongGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.version_option(package_name="liandong")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """liandong (联动): the knowledge graph of linked procurement supervision.

    Without NEO4J_URI, commands use the embedded graph server under LIANDONG_HOME and start it
    when needed. With NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) they use that Neo4j.
    """
    ctx.obj = Context(debug)


# --------------------------------------------------------------------------------------- db
@cli.group()
def db() -> None:
    """Manage the graph store (the embedded server, and the schema on any server)."""


@db.command("start")
def db_start() -> None:
    """Start the embedded server (no-op when running, or when NEO4J_URI is set)."""
    from graph import embedded

    settings = Settings.from_env()
    if not settings.embedded:
        click.echo(f"NEO4J_URI is set ({settings.uri}): nothing to start here.")
        return
    t0 = time.monotonic()
    before = embedded.status(settings)
    info = embedded.ensure_running(settings)
    verb = "already running" if before.running else f"started in {time.monotonic() - t0:.1f} s"
    click.echo(f"embedded server {verb}: {info.uri} (pid {info.pid}, database {info.database!r}, data {info.home})")


@db.command("stop")
def db_stop() -> None:
    """Stop the embedded server."""
    from graph import embedded

    settings = Settings.from_env()
    if not settings.embedded:
        click.echo(f"NEO4J_URI is set ({settings.uri}): liandong does not stop external servers.")
        return
    stopped = embedded.stop(settings)
    click.echo("embedded server stopped." if stopped else "embedded server was not running.")


@db.command("status")
def db_status() -> None:
    """Say where the graph is and whether it runs; exit 3 when the embedded server is not running."""
    from graph import embedded

    settings = Settings.from_env()
    if not settings.embedded:
        from graph.connection import open_driver, resolve_target

        target = resolve_target(settings)
        driver = open_driver(target)
        server = driver.get_server_info()
        driver.close()
        click.echo(f"external graph: {target.uri}, database {target.database!r}, server {server.agent}")
        return
    info = embedded.status(settings)
    if info.running:
        up = time.time() - (info.started or time.time())
        click.echo(f"running: {info.uri} (pid {info.pid}, up {up:.0f} s, database {info.database!r}, data {info.home})")
    else:
        click.echo(f"not running (data {info.home}; `liandong db start` starts it)")
        sys.exit(3)


@db.command("init")
@pass_ctx
def db_init(obj: Context) -> None:
    """Create the schema's constraints and indexes and load the reference agencies (idempotent)."""
    from graph.ddl import ensure_schema
    from graph.reference import load_reference

    graph = obj.graph()
    report = ensure_schema(graph)
    click.echo(
        f"schema ready: {report.constraints_total} constraints ({report.constraints_created} new), "
        f"{report.indexes_total} indexes ({report.indexes_created} new)"
    )
    ref = load_reference(graph)
    click.echo(f"reference data loaded: {ref.regions} regions, {ref.agencies} agencies, {ref.mechanisms} mechanisms")


# ----------------------------------------------------------------------------------- content
@cli.command()
@pass_ctx
def sample(obj: Context) -> None:
    """Load the small bundled sample and print what the graph holds."""
    from graph.sample import load_sample

    graph = obj.graph()
    stats = load_sample(graph)
    click.echo(f"sample loaded: {stats.nodes} nodes and {stats.relationships} relationships merged (re-running adds nothing).")
    print_counts(graph)


@cli.command()
@pass_ctx
def stats(obj: Context) -> None:
    """Print node counts per label and relationship counts per type."""
    print_counts(obj.graph())


from app.commands import register_all  # noqa: E402 - after cli exists: each command module registers on it

register_all(cli)


def main() -> None:
    cli(prog_name="liandong")


if __name__ == "__main__":
    main()
