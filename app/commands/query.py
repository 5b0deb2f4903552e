"""``liandong query`` (the saved query library) and ``liandong cypher`` (read-only ad hoc Cypher).

    liandong query list
    liandong query show interest_chain
    liandong query run interest_chain -p from_id=official:… -p to_id=company:… --format json
    liandong query run ring_screen_market --format xlsx --output ring.xlsx
    liandong cypher "MATCH (a:Agency) RETURN a.name AS name LIMIT 5"
    liandong cypher "MATCH (c:Company {id: \\$id}) RETURN c.name" -p id=company:… --format json
    liandong cypher --as analyst1 "MATCH (c:Clue) RETURN c.clue_no, c.summary"   # as that user's console sees it
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from app.commands.context import Context, pass_ctx
from graph.errors import QueryError
from queries.format import FORMATS


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``key=value`` pairs → dict (values stay text; the saved query converts them)."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"parameter {pair!r}: write it as key=value, e.g. -p project_id=project:…")
        if key in out:
            raise QueryError(f"parameter {key!r} is given twice")
        out[key] = value
    return out


def guess_value(text: str) -> Any:
    """An ad hoc parameter's value: whole numbers, numbers, true/false/null and JSON lists or maps
    are taken as such; anything else is text (quote it as JSON, e.g. '"42"', to force text)."""
    t = text.strip()
    if t in ("true", "false", "null") or (t[:1] in "[{\"" and t):
        try:
            return json.loads(t)
        except ValueError:
            return text
    try:
        return int(t)
    except ValueError:
        pass
    try:
        return float(t)
    except ValueError:
        return text


def _emit(result: Any, fmt: str, output: str | None, sheet: str) -> None:
    from queries.format import render, xlsx_bytes

    if fmt == "xlsx":
        if not output:
            raise QueryError("--format xlsx writes a file: give --output FILE.xlsx")
        Path(output).write_bytes(xlsx_bytes(result, sheet=sheet))
        click.echo(f"wrote {len(result.rows)} rows to {output}", err=True)
        return
    text = render(result, fmt)
    if output:
        encoding = "utf-8-sig" if fmt == "csv" else "utf-8"  # the BOM lets Excel read Chinese CSV
        Path(output).write_text(text if text.endswith("\n") else text + "\n", encoding=encoding)
        click.echo(f"wrote {len(result.rows)} rows to {output}", err=True)
    else:
        click.echo(text, nl=not text.endswith("\n"))


def choose_ids(graph: Any, q: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Entity parameters (``agency_id``, ``from_id`` …) take names as well as ids: each goes through
    :func:`graph.choosers.choose_entity` — one node, or exit 2 with the candidates; never a silent pick."""
    from graph.choosers import LABELS, choose_entity, looks_like_id, param_labels

    out = dict(values)
    for p in q.params:
        if p.name not in values or not isinstance(values[p.name], str) or p.type != "string":
            continue
        if looks_like_id(values[p.name]):
            continue  # an id is taken as given
        declared = next((tuple(x.labels) for x in q.params if x.derive == p.name and x.labels), None)
        labels = tuple(x for x in (param_labels(p.name, declared) or ()) if x in LABELS)
        if not labels:
            continue  # not an entity parameter (thread ids have their own lookup)
        chosen = choose_entity(graph, values[p.name], labels)
        if chosen["id"] != values[p.name]:
            click.echo(f"{p.name} = {chosen['id']} ({chosen['name']}, {chosen['label']})", err=True)
        out[p.name] = chosen["id"]
    return out


@click.group("query")
def query_group() -> None:
    """The saved queries (查询库): interest chains, conflicts, bid rigging, lists, custody."""


@query_group.command("list")
@click.option("--category", help="Only this category (investigation, rigging, lists, custody, explore).")
def query_list(category: str | None) -> None:
    """List the saved queries with their parameters."""
    from queries.format import to_table
    from queries.registry import load_registry
    from queries.result import Result

    rows = []
    for q in load_registry().all():
        if category and q.category != category:
            continue
        params = ", ".join(
            f"{p.name}{'*' if p.required else ''}" for p in q.params if not p.hidden
        )
        rows.append({"name": q.name, "category": q.category, "title": q.title, "params (* required)": params})
    click.echo(to_table(Result(["name", "category", "title", "params (* required)"], rows), max_cell=80))


@query_group.command("show")
@click.argument("name")
def query_show(name: str) -> None:
    """Describe one saved query: what it finds, its parameters, its Cypher."""
    from queries.registry import load_registry

    q = load_registry().get(name)
    click.echo(f"{q.name} — {q.title}  [{q.category}]")
    click.echo("")
    click.echo(q.description)
    click.echo("")
    click.echo("parameters:")
    for p in q.params:
        if p.hidden:
            continue
        desc = f" — {p.description}" if p.description else ""
        click.echo(f"  {p.name}: {p.describe()}{desc}")
    if q.post:
        click.echo(f"post step: queries/post.py {q.post}")
    click.echo("")
    click.echo(q.template)


@query_group.command("run")
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@click.option("--timeout", type=float, help="Seconds before the server stops the query (default: the query's own).")
@pass_ctx
def query_run(obj: Context, name: str, params: tuple[str, ...], fmt: str, output: str | None, timeout: float | None) -> None:
    """Run a saved query: liandong query run NAME -p key=value …"""
    from queries.registry import load_registry
    from queries.run import run_query

    registry = load_registry()
    q = registry.get(name)
    bound_check = parse_params(params)
    graph = obj.graph()
    bound_check = choose_ids(graph, q, bound_check)  # names → ids (exit 2 when a name fits several)
    q.bind(bound_check)
    result = run_query(graph, name, bound_check, timeout_s=timeout, registry=registry)
    _emit(result, fmt, output, sheet=name)


@click.command("cypher")
@click.argument("statement")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter (repeatable); numbers, true/false and JSON lists are converted.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "xlsx"]), default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds before the statement is stopped.")
@click.option("--max-rows", type=click.IntRange(0, 1_000_000), default=1000, show_default=True,
              help="Stop fetching after this many rows.")
@click.option("--as", "as_user", metavar="USER",
              help="Run as this app user: on what that user's 分析控制台 reads (for an analyst, the console's "
                   "graph without confidential matters or protected identities), refused without the console permission.")
@pass_ctx
def cypher_cmd(obj: Context, statement: str, params: tuple[str, ...], fmt: str, output: str | None,
               timeout: float, max_rows: int, as_user: str | None) -> None:
    """Run one read-only Cypher statement (STATEMENT, or - to read it from standard input).

    Anything that writes, administers or calls procedures outside a small allow-list is refused
    before it reaches the graph, and what runs is always rolled back. Without --as it reads the
    main graph (the operator of this machine, who holds its password file).
    """
    from queries.adhoc import run_readonly
    from queries.guard import check

    text = sys.stdin.read() if statement == "-" else statement
    values = {k: guess_value(v) for k, v in parse_params(params).items()}
    check(text)  # refuse before connecting
    if as_user is None:
        result = run_readonly(obj.graph(), text, values, timeout_s=timeout, max_rows=max_rows)
    else:
        from app.services.console import run_console

        viewer = app_user(as_user)
        viewer.require("console")
        _audit_cli(viewer, text, values)  # before it runs, as the app does
        result = run_console(obj.graph(), viewer, text, values, timeout_s=timeout, max_rows=max_rows)
    _emit(result, fmt, output, sheet="cypher")


def app_user(username: str) -> Any:
    """The app user ``username`` as the services see them (a clear error when unknown or disabled)."""
    from app.services.auth import UserStore

    user = UserStore.default().get(username)
    if user is None or user.disabled:
        raise QueryError(f"没有启用的用户「{username}」— 用 liandong user list 查看用户")
    return user.viewer()


def _audit_cli(viewer: Any, text: str, values: dict[str, Any]) -> None:
    """The statement in the audit log, as the console's are."""
    from app.services.audit import AuditLog

    AuditLog.default().record(viewer, "console_query", text[:200], {"cypher": text, "params": values, "via": "cli"})


@click.command("console-sync")
@click.option("--full", is_flag=True, help="Rebuild the console's graph from scratch (else only what changed is written).")
@pass_ctx
def console_sync_cmd(obj: Context, full: bool) -> None:
    """Bring the analyst console's graph (no confidential matters, protected identities as pseudonyms)
    in step with the main graph now — e.g. after a large import, so the first console query does not wait."""
    from app.services import console_view as cv
    from graph.settings import Settings

    settings = Settings.from_env()
    report = cv.sync(obj.graph(), cv.console_graph(settings), settings.home, full=full)
    click.echo(f"console graph {'rebuilt' if report.full else 'synced'} in {report.seconds:.1f} s: "
               f"{report.nodes} nodes, {report.rels} relationships ({report.left_out} left out, "
               f"{report.pseudonymised} pseudonymised); written {report.nodes_written} nodes, "
               f"{report.rel_groups_written} relationship groups, deleted {report.nodes_deleted} nodes")


def register(cli: click.Group) -> None:
    cli.add_command(query_group)
    cli.add_command(cypher_cmd)
    cli.add_command(console_sync_cmd)
