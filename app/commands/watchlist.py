"""``liandong watchlist list|add|remove|propose|bids`` — watch lists (重点关注对象名单, 002 十一): entries with
reason, evidence and who proposed and added them; proposals from the ring and price screens; every bid by
a listed party while listed (project tracking). Thin wrappers over :mod:`graph.watchlist` and
:mod:`app.services.watchlist`.
"""

from __future__ import annotations

import datetime as dt

import click

from app.commands.context import Context, cli_user, pass_ctx
from app.commands.options import date_option as _date


@click.group("watchlist")
def watchlist_group() -> None:
    """Watch lists (重点关注对象名单): entries, proposals from the screens, tracked bids."""


@watchlist_group.command("list")
@click.option("--list", "list_name", help="Only this list.")
@click.option("--on", "on_text", metavar="YYYY-MM-DD", help="Listed on this day (default: today).")
@click.option("--all", "show_all", is_flag=True, help="Also entries not listed on that day (ended, removed).")
@pass_ctx
def list_cmd(obj: Context, list_name: str | None, on_text: str | None, show_all: bool) -> None:
    """Who is on a watch list and why (reason, evidence, proposed and added by)."""
    from graph.watchlist import CLAUSE, PROPOSER_ZH, entries

    on = _date(on_text) or dt.date.today()
    rows = [e for e in entries(obj.graph(), list_name) if show_all or e.listed(on)]
    click.echo(f"{len(rows)} watch-list entr{'y' if len(rows) == 1 else 'ies'} on {on} [{CLAUSE}]")
    for e in rows:
        state = "listed" if e.listed(on) else ("removed" if e.removed and on >= e.removed else "not listed")
        removed = f"; removed {e.removed}" + (f" ({e.removal_reason})" if e.removal_reason else "") if e.removed else ""
        click.echo(f"  {state:<10} {e.party} — {e.list_name}, from {e.start}{f' to {e.end}' if e.end else ''}{removed}  ({e.id})")
        click.echo(f"  {'':<10} {e.reason or ''}  [{PROPOSER_ZH.get(e.proposed_by or '', e.proposed_by)}; added by {e.added_by}]")
        if e.evidence:
            click.echo(f"  {'':<10} evidence: {', '.join(e.evidence)}")


@watchlist_group.command("add")
@click.argument("party")
@click.option("--list", "list_name", default="重点关注对象名单", show_default=True)
@click.option("--start", "start_text", metavar="YYYY-MM-DD", help="Default: today.")
@click.option("--end", "end_text", metavar="YYYY-MM-DD")
@click.option("--reason", required=True)
@click.option("--evidence", multiple=True, help="A node id, document or case number that supports it (repeat).")
@click.option("--proposed-by", type=click.Choice(["ring_screen", "price_screen", "finding", "manual"]), default="manual")
@click.option("--authority", "-a", help="The agency that keeps the list (name, alias or id).")
@click.option("--by", "added_by", help="Who adds it (default: the OS user).")
@pass_ctx
def add_cmd(obj: Context, party: str, list_name: str, start_text: str | None, end_text: str | None, reason: str,
            evidence: tuple[str, ...], proposed_by: str, authority: str | None, added_by: str | None) -> None:
    """Put PARTY (company or person: name, credit code or id) on a watch list."""
    from graph.custody import resolve_agency
    from graph.sanctions import resolve_party
    from graph.watchlist import CLAUSE, add_entry

    graph = obj.graph()
    p = resolve_party(graph, party)
    wid = add_entry(graph, party=p["id"], list_name=list_name, start=_date(start_text) or dt.date.today(),
                    end=_date(end_text), reason=reason, evidence=list(evidence), proposed_by=proposed_by,
                    authority=resolve_agency(graph, authority)["id"] if authority else None,
                    added_by=cli_user(added_by))
    click.echo(f"watch-list entry {wid}: {p['name']} on {list_name} [{CLAUSE}]")


@watchlist_group.command("remove")
@click.argument("entry_id")
@click.option("--on", "on_text", required=True, metavar="YYYY-MM-DD")
@click.option("--by", "by")
@click.option("--reason")
@pass_ctx
def remove_cmd(obj: Context, entry_id: str, on_text: str, by: str | None, reason: str | None) -> None:
    """Take an entry off its watch list from --on (no longer tracked from that day)."""
    from graph.watchlist import remove_entry

    on = _date(on_text)
    remove_entry(obj.graph(), entry_id, on=on, by=by, reason=reason)
    click.echo(f"removed {entry_id} on {on}")


@watchlist_group.command("propose")
@click.option("--screen", type=click.Choice(["ring", "price", "finding"]), default="ring", show_default=True)
@click.option("--min-co-bids", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--add", "do_add", is_flag=True, help="Add every proposal (else only list them).")
@click.option("--by", "added_by", help="Who adds them (default: the OS user).")
@click.option("--start", "start_text", metavar="YYYY-MM-DD")
@pass_ctx
def propose_cmd(obj: Context, screen: str, min_co_bids: int, do_add: bool, added_by: str | None,
                start_text: str | None) -> None:
    """Parties the ring or price screen or past findings (sanctions, joint-inspection findings) flag and no
    list holds yet, with reason and evidence."""
    from app.services.watchlist import proposals
    from graph.watchlist import add_entry

    graph = obj.graph()
    start = _date(start_text) or dt.date.today()
    rows = proposals(graph, screen=screen, on=start, min_co_bids=min_co_bids)
    click.echo(f"{len(rows)} proposal(s) from the {screen} {'records' if screen == 'finding' else 'screen'} (002 十一)")
    for p in rows:
        click.echo(f"  {p.party}: {p.reason}  ({p.party_id})")
        if do_add:
            wid = add_entry(graph, party=p.party_id, list_name="重点关注对象名单", start=start, reason=p.reason,
                            evidence=sorted(set(p.evidence)), proposed_by=p.proposed_by,
                            added_by=cli_user(added_by))
            click.echo(f"    added {wid}")


@watchlist_group.command("bids")
@click.option("--since", "since_text", metavar="YYYY-MM-DD")
@click.option("--until", "until_text", metavar="YYYY-MM-DD")
@pass_ctx
def bids_cmd(obj: Context, since_text: str | None, until_text: str | None) -> None:
    """Project tracking: every bid by a listed party while it was listed (002 十一 对项目进行跟踪)."""
    from graph.watchlist import tracked_bids

    rows = tracked_bids(obj.graph(), since=_date(since_text), until=_date(until_text))
    click.echo(f"{len(rows)} bid(s) by listed parties")
    for b in rows:
        via = "" if b.via == "itself" else f" (via {b.party}, {b.via})"
        click.echo(f"  {b.day}  {b.company}{via} on {b.project_no} {b.project or ''} — {b.list_name}: {b.reason or ''}")


def register(cli: click.Group) -> None:
    cli.add_command(watchlist_group)
