"""Supervision commands: ``route``, ``custody``, ``overdue`` and ``reference load``.

Thin wrappers: routing is :func:`graph.rules.routing.route` over the agency directory (built-in
localities plus the demo county plus ``--reference`` files); custody and deadlines read the graph
(:mod:`graph.custody`, :mod:`graph.overdue`).
"""

from __future__ import annotations

from pathlib import Path

import click

from app.commands.context import Context, pass_ctx
from app.commands.options import parse_day
from graph.errors import LiandongError


class RouteError(LiandongError):
    """The violation, region or sector is not known to the routing rules."""


@click.command("route")
@click.argument("violation")
@click.option("--region", "-r", required=True, help="Locality as the directory names it (绵竹市, 示例县, 鲤城区 …).")
@click.option("--official", is_flag=True, help="The subject is a party member or public official.")
@click.option("--sector", type=click.Choice(["procurement", "construction"]), help="construction: industry regulator instead of finance.")
@click.option("--reference", "references", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Another reference file (agencies of another county); repeatable.")
def route_cmd(violation: str, region: str, official: bool, sector: str | None, references: tuple[str, ...]) -> None:
    """Name the agency competent for VIOLATION (id, Chinese name or keyword) in a region."""
    from graph.demo import COUNTY_FILE
    from graph.reference import load_directory
    from graph.rules.routing import RoutingError, route

    directory = load_directory(COUNTY_FILE, *references)
    try:
        d = route(violation, region=region, subject_is_official=official, sector=sector, agencies=directory)
    except RoutingError as e:
        raise RouteError(f"{e} — `liandong route` needs a known violation, region and sector") from None
    who = d.agency_name or f"(no {d.kind} agency in the directory for {d.region})"
    click.echo(f"{d.violation_zh} ({d.violation}) in {d.region} → {who} [{d.kind}]")
    click.echo(f"  rule:   {d.rule_text} [{d.rule_id}]")
    click.echo(f"  clause: {d.clause} — “{d.quote}”")
    for a in d.alternatives:
        click.echo(f"  also:   {a.kind} {a.agency_name or '-'} — {a.condition} ({a.clause})")
    for n in d.notes:
        click.echo(f"  note:   {n}")


@click.command("custody")
@click.argument("thread", required=False)
@click.option("--agency", "-a", help="List the threads this agency (name, alias or id) holds now.")
@pass_ctx
def custody_cmd(obj: Context, thread: str | None, agency: str | None) -> None:
    """Who holds THREAD (clue/case number or id) now, and its whole path; or what --agency holds."""
    from graph.custody import custody, resolve_agency, threads_held
    from supervision.history import KIND_ZH

    if agency and not thread:
        graph = obj.graph()
        a = resolve_agency(graph, agency)
        rows = threads_held(graph, agency)
        click.echo(f"{a['name']} holds {len(rows)} thread(s)")
        for r in rows:
            click.echo(f"  {r['number']:<18} since {r['since']}  {r['summary'] or ''}  ({r['id']})")
        return
    if not thread or agency:
        raise click.UsageError("give a THREAD or --agency (one of them)")
    graph = obj.graph()
    c = custody(graph, thread)
    holder = c.holder_name or "nobody"
    click.echo(f"{thread} ({c.thread_id}) held by {holder}" + (f" since {c.since}" if c.since else ""))
    if not c.consistent:
        click.echo("  warning: the HOLDS relationship disagrees with the events — the events' holder is "
                   f"{c.name(c.hops[-1].to_id) if c.hops else 'nobody'}")
    start = [c.name(c.hops[0].from_id)] if c.hops and c.hops[0].from_id else []
    click.echo("path: " + " → ".join(start + [c.name(h.to_id) for h in c.hops]))
    for e in c.events:
        to = f" → {c.name(e.to_id)}" if e.to_id else ""
        extra = f"  ({e.reason})" if e.reason else ""
        click.echo(f"  {e.date}  {KIND_ZH.get(e.kind, e.kind):<10} {c.name(e.agency_id)}{to}  {e.doc_no or ''}{extra}")


@click.command("overdue")
@click.option("--agency", "-a", help="Only what this agency (name, alias or id) owes.")
@click.option("--within", "-w", type=click.IntRange(min=0), help="Also list what is due within N working days.")
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="Evaluate on this day (default: today).")
@click.option("--promptly", type=click.IntRange(min=0), help="Working days to allow for 'promptly' (及时) rules; without it they are not listed.")
@pass_ctx
def overdue_cmd(obj: Context, agency: str | None, within: int | None, today_text: str | None, promptly: int | None) -> None:
    """Overdue obligations (超期预警) from the recorded events, with rule and seed clause."""
    from graph.custody import resolve_agency
    from graph.overdue import deadline_rows

    today = parse_day(today_text)
    graph = obj.graph()
    agency_id = resolve_agency(graph, agency)["id"] if agency else None
    rows = deadline_rows(graph, today=today, agency_id=agency_id, within=within, promptly_default=promptly)
    scope = f" due within {within} working day(s)" if within is not None else ""
    warned = " or in their warning window (超期预警, 002 十)" if any(r.warning for r in rows) else ""
    click.echo(f"{len(rows)} obligation(s) overdue{' or' + scope if scope else ''}{warned} on {today} (PRC working days)")
    for r in rows:
        if r.overdue:
            state = f"OVERDUE by {r.overdue_by} working day(s)"
        else:
            state = "DUE TODAY" if r.working_days_left == 0 else f"due in {r.working_days_left} working day(s)"
        if r.warning:
            state = f"WARNING {state}"
        default = " (default period for 'promptly')" if r.due_is_default else ""
        click.echo(f"  {state:<28} {r.agency_name}: {r.rule_id} ({r.clause}) {r.rule_zh}")
        counter = f" / {r.counterpart}" if r.counterpart else ""
        note = f"; {r.note}" if r.note else ""
        note += f"; warned from {r.warn_on} ({r.warning_rule}, 002 十)" if r.warning else ""
        click.echo(f"  {'':<28} {r.subject}{counter}: {r.trigger} {r.trigger_date} → due {r.due}{default}{note}")


@click.group("reference")
def reference_group() -> None:
    """Reference data: regions, agencies and mechanisms."""


@reference_group.command("load")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
def reference_load(obj: Context, files: tuple[Path, ...]) -> None:
    """Load the built-in seed localities plus FILES (YAML or CSV of another county) into the graph."""
    from graph.reference import load_reference

    report = load_reference(obj.graph(), *files)
    click.echo(f"reference loaded: {report.regions} regions, {report.agencies} agencies, {report.mechanisms} mechanisms "
               f"({report.stats.nodes} nodes, {report.stats.relationships} relationships merged in one transaction)")
    for path, n in report.per_file.items():
        click.echo(f"  {n:>4} agencies from {path}")


def register(cli: click.Group) -> None:
    for cmd in (route_cmd, custody_cmd, overdue_cmd, reference_group):
        cli.add_command(cmd)
