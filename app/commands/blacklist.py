"""``liandong blacklist list|add|remove|screen|record-credit`` — blacklists and joint punishment over time
(失信联合惩戒: 000 二(五)8, 001 一(五), 002 十六, 003 第二十二条).

Thin wrappers over :mod:`graph.sanctions`: an entry has a period and an authority; removal stops the
sanctions from its day (002 十六); ``screen`` tells each bid by a listed party as a hit (during the
period) or not (after removal or the end); a penalty (``--kind penalty``) starts the 7-day credit-record
obligation of 003 第九条, shown by ``liandong overdue`` until ``record-credit``.
"""

from __future__ import annotations

import datetime as dt

import click

from app.commands.context import Context, pass_ctx
from app.commands.options import date_option as _date

KINDS = click.Choice(["blacklist", "penalty", "debarment"])


@click.group("blacklist")
def blacklist_group() -> None:
    """Blacklists (失信黑名单), penalties and debarments over time: list, add, remove, screen bids."""


@blacklist_group.command("list")
@click.option("--kind", type=KINDS, default="blacklist", show_default=True)
@click.option("--on", "on_text", metavar="YYYY-MM-DD", help="Status on this day (default: today).")
@click.option("--party", help="Only this company or person (name, credit code or id).")
@pass_ctx
def list_cmd(obj: Context, kind: str, on_text: str | None, party: str | None) -> None:
    """Entries with period, authority and their status on --on (in force, removed, expired)."""
    from graph.sanctions import KIND_ZH, entries, resolve_party

    graph = obj.graph()
    on = _date(on_text, dt.date.today())
    pid = resolve_party(graph, party)["id"] if party else None
    rows = entries(graph, kind, pid)
    click.echo(f"{len(rows)} {KIND_ZH[kind]} ({kind}) entr{'y' if len(rows) == 1 else 'ies'}; status on {on}")
    for e in rows:
        period = f"{e.start} – {e.end or 'open'}"
        removed = f"; removed {e.removed}" + (f" ({e.removal_reason})" if e.removal_reason else "") if e.removed else ""
        credit = ""
        if kind == "penalty":
            credit = f"; credit recorded {e.credit_recorded}" if e.credit_recorded else "; credit record pending (003 第九条)"
        clause = f"  [{e.clause}]" if e.clause else ""
        click.echo(f"  {e.status(on):<9} {e.party} — {e.authority}, {period}{removed}{credit}{clause} ({e.id})")
        if e.reason:
            click.echo(f"  {'':<9} {e.reason}" + (f"  {e.doc_no}" if e.doc_no else ""))


@blacklist_group.command("add")
@click.argument("party")
@click.option("--authority", "-a", required=True, help="The agency that lists (name, alias or id).")
@click.option("--start", "start_text", required=True, metavar="YYYY-MM-DD")
@click.option("--end", "end_text", metavar="YYYY-MM-DD", help="End of the period (empty: open).")
@click.option("--kind", type=KINDS, default="blacklist", show_default=True)
@click.option("--reason")
@click.option("--doc-no", help="The decision's document number.")
@click.option("--amount", type=float, help="A penalty's amount (yuan).")
@pass_ctx
def add_cmd(obj: Context, party: str, authority: str, start_text: str, end_text: str | None, kind: str,
            reason: str | None, doc_no: str | None, amount: float | None) -> None:
    """Put PARTY (company or person: name, credit code or id) on the list for a period."""
    from graph.custody import resolve_agency
    from graph.sanctions import CLAUSES, add_entry, resolve_party

    graph = obj.graph()
    a = resolve_agency(graph, authority)
    p = resolve_party(graph, party)
    start = _date(start_text)
    sid = add_entry(graph, authority=a["id"], party=p["id"], start=start, end=_date(end_text), kind=kind,
                    reason=reason, doc_no=doc_no, amount=amount)
    click.echo(f"{kind} entry {sid}: {p['name']} by {a['name']} from {start} to {end_text or 'open'} [{CLAUSES[kind]}]")
    if kind == "penalty":
        click.echo("  record it on the credit platform within 7 days (003 第九条): liandong blacklist record-credit")


@blacklist_group.command("remove")
@click.argument("sanction_id")
@click.option("--on", "on_text", required=True, metavar="YYYY-MM-DD", help="Removal day: sanctions stop from it.")
@click.option("--by", "by", help="The agency that removes it (name, alias or id).")
@click.option("--reason")
@pass_ctx
def remove_cmd(obj: Context, sanction_id: str, on_text: str, by: str | None, reason: str | None) -> None:
    """Take an entry off the list (移除): from --on its sanctions stop (002 十六)."""
    from graph.custody import resolve_agency
    from graph.sanctions import REMOVAL_CLAUSE, remove_entry

    graph = obj.graph()
    agency = resolve_agency(graph, by)["id"] if by else None
    on = _date(on_text)
    remove_entry(graph, sanction_id, on=on, by=agency, reason=reason)
    click.echo(f"removed {sanction_id} on {on}: sanctions stop from that day [{REMOVAL_CLAUSE}]")


@blacklist_group.command("screen")
@click.option("--all", "show_all", is_flag=True, help="Also list the bids that are not hits (and why).")
@pass_ctx
def screen_cmd(obj: Context, show_all: bool) -> None:
    """Bids by listed parties: HIT when made while the entry was in force, else why not."""
    from graph.sanctions import screen_bids

    rows = screen_bids(obj.graph())
    hits = [r for r in rows if r.hit]
    click.echo(f"{len(hits)} hit(s) among {len(rows)} bid(s) by listed parties")
    for r in rows:
        if r.hit or show_all:
            mark = "HIT" if r.hit else f"no ({r.status})"
            click.echo(f"  {mark:<16} {r.day}  {r.company} on {r.project_no} {r.project or ''} — {r.authority} ({r.sanction_id})")


@blacklist_group.command("record-credit")
@click.argument("sanction_id")
@click.option("--on", "on_text", required=True, metavar="YYYY-MM-DD")
@click.option("--pushed", is_flag=True, help="Instead: its credit information pushed to 信用中国 (001 一(五)).")
@pass_ctx
def record_credit_cmd(obj: Context, sanction_id: str, on_text: str, pushed: bool) -> None:
    """A penalty recorded on the credit platform (record_penalty_credit, 003 第九条), or --pushed to 信用中国
    by the development and reform body (push_credit_china, 001 一(五))."""
    from graph.sanctions import record_credit

    on = _date(on_text)
    record_credit(obj.graph(), sanction_id, on=on, pushed=pushed)
    what, clause = ("push to 信用中国", "001 一(五)") if pushed else ("credit record", "003 第九条")
    click.echo(f"{what} of {sanction_id} on {on} [{clause}]")


def register(cli: click.Group) -> None:
    cli.add_command(blacklist_group)
