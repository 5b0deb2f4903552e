"""``liandong threads``: the matters the letters make, who holds each, and their deadlines.

Thin over :mod:`graph.threads` (which derives with :mod:`supervision.threads`).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from app.commands.context import Context, cli_user, pass_ctx
from app.commands.options import parse_day

STATUS_ZH = {"met": "按期", "missed": "逾期完成", "open": "未到期", "overdue": "已超期", "not_assessable": "无法判断"}


@click.group("threads")
def threads_group() -> None:
    """Threads (one matter each) derived from the ingested letters."""


@threads_group.command("list")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Judge deadlines on this day (default: today).")
@click.option("--review", is_flag=True, help="Only threads with a letter that could not be placed with confidence.")
@pass_ctx
def threads_list(obj: Context, as_of: str | None, review: bool) -> None:
    """Every thread: its number, holder, letters, events and deadlines."""
    from graph.threads import threads_of

    day = parse_day(as_of)
    threads = [t for t in threads_of(obj.graph()) if t.review or not review]
    click.echo(f"{len(threads)} thread(s); deadlines judged on {day}")
    for t in threads:
        click.echo(f"{t.number}  [{t.matter}]  held by {t.holder or 'nobody'}  ({len(t.letters)} letter(s))")
        for r in t.review:
            click.echo(f"  REVIEW  {r}; candidates: {', '.join(t.candidates) or '-'}")
        for e in t.events:
            to = f" → {e.to_agency}" if e.to_agency else ""
            click.echo(f"  {e.date}  {e.event:<18} {e.from_agency or '?'}{to}  [{e.file}]")
        for d in t.deadlines:
            st = d.status(day)
            click.echo(f"  deadline {d.rule:<22} {STATUS_ZH[st]}({st})  anchor {d.anchor} due {d.due} done {d.done}  "
                       f"owed by {d.owner or '?'}  [{d.for_file}]")


@threads_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file (default: stdout).")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Judge deadlines on this day (default: today).")
@pass_ctx
def threads_export(obj: Context, fmt: str, output: Path | None, as_of: str | None) -> None:
    """Every thread in the format of ../shared/eval/threads/README.md."""
    from graph.threads import export_threads

    data = export_threads(obj.graph(), as_of=parse_day(as_of))
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if output is None:
        click.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        click.echo(f"{len(data['threads'])} thread(s) written to {output}", err=True)


@threads_group.command("rebuild")
@click.option("--reread", is_flag=True, help="Read every stored letter's act again with this version's rules first.")
@pass_ctx
def threads_rebuild(obj: Context, reread: bool) -> None:
    """Derive the threads again from the stored letters (ingest does this itself)."""
    from graph.threads import rebuild

    if reread:
        from ingest.pipeline import reread_letters

        n = reread_letters(obj.graph())
        click.echo(f"{n} letter(s) read again")
    r = rebuild(obj.graph())
    click.echo(f"{r.threads} thread(s) from {r.letters} letter(s): {r.events} events, {r.deadlines} deadlines, "
               f"{r.review} to place by hand")


@threads_group.command("place")
@click.argument("file")
@click.option("--with", "with_file", required=True, help="A letter of the thread FILE belongs to (its file name).")
@click.option("--by", default=None, help="Who decides (default: the login name).")
@pass_ctx
def threads_place(obj: Context, file: str, with_file: str, by: str | None) -> None:
    """Place a letter the rules could not place: FILE belongs to the thread of --with."""

    from graph.threads import place

    r = place(obj.graph(), file, with_file, by=cli_user(by))
    click.echo(f"{file} placed with {with_file}; {r.threads} thread(s), {r.review} still to place by hand")


def register(cli: click.Group) -> None:
    cli.add_command(threads_group)
