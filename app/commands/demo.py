"""``liandong demo``: generate the synthetic county 示例县 and load it (or only count it)."""

from __future__ import annotations

import time

import click

from app.commands.context import Context, pass_ctx
from graph.errors import InvalidData


def _size(value: str) -> str | int:
    from graph.demo import Scale

    try:
        Scale.of(value)
    except InvalidData as e:
        raise click.BadParameter(str(e)) from None
    return int(value) if value.isdigit() else value


@click.command("demo")
@click.option("--seed", type=int, default=None, help="RNG seed (default: the documented demo seed).")
@click.option("--size", default="small", show_default=True,
              help="small (~2k nodes), medium (~20k), large (~1M) or a node count, e.g. 1000000.")
@click.option("--batch", type=click.IntRange(min=100), default=5000, show_default=True, help="Records per transaction.")
@click.option("--count-only", is_flag=True, help="Generate without writing and print the counts (no graph needed).")
@pass_ctx
def demo_cmd(obj: Context, seed: int | None, size: str, batch: int, count_only: bool) -> None:
    """Generate and load the demo county with its planted cases; print what was planted and the counts."""
    from graph.demo import DEFAULT_SEED, DemoCounty, load_demo

    seed = DEFAULT_SEED if seed is None else seed
    size_v = _size(size)
    if count_only:
        t0 = time.monotonic()
        nodes, rels = DemoCounty(seed, size_v).count()
        secs = time.monotonic() - t0
        n, r = sum(nodes.values()), sum(rels.values())
        click.echo(f"demo county seed {seed}, size {size}: {n:,} node records, {r:,} relationship records "
                   f"generated in {secs:.1f} s ({(n + r) / max(secs, 1e-9):,.0f} records/s), nothing written")
        for label, k in sorted(nodes.items()):
            click.echo(f"  {label:<20} {k:>10,}")
        for rtype, k in sorted(rels.items()):
            click.echo(f"  {rtype:<20} {k:>10,}")
        return
    graph = obj.graph()
    report = load_demo(graph, seed=seed, size=size_v, batch_size=batch,
                       progress=lambda k: click.echo(f"  … {k:,} records", err=True))
    p = report.planted
    click.echo(f"demo county 示例县 loaded (seed {seed}, size {size}): {report.nodes:,} node and "
               f"{report.relationships:,} relationship records in {report.seconds:.1f} s "
               f"({report.rate:,.0f} records/s); {report.plants_played} lifecycle histories played")
    click.echo("planted (all synthetic):")
    c = p.conflict
    click.echo(f"  conflict of interest: {c.official_name} ({c.position}, {c.agency_name}) → spouse {c.spouse_name} → "
               f"shareholder of {c.company_name} → won {c.project_no}")
    ring = p.ring
    click.echo(f"  bid-rigging ring: {', '.join(ring.company_names)} share phone {ring.phone}, IP {ring.ip}, legal "
               f"representative {ring.legal_rep_name}; rotating winners on {', '.join(ring.project_nos)}")
    b = p.blacklist
    click.echo(f"  blacklisted winner: {b.company_name} blacklisted {b.start}–{b.end}, won {b.project_no} on {b.won}")
    t = p.referrals
    click.echo(f"  overdue transfer: {t.overdue_transfer.thread_no} (received, no decision; {t.overdue_transfer.overdue_rule})")
    click.echo(f"  returned transfer: {t.returned_transfer.thread_no}; forwarded then accepted: "
               f"{t.forwarded_accepted.thread_no}; never transferred: {t.unsent_transfer.thread_no}")
    click.echo(f"  assistance returned as out of scope: {t.assistance_returned.doc_no}; complaint with the wrong "
               f"department: {t.wrong_department.complaint_no} (notice due {t.wrong_department.due})")
    click.echo(f"  deadlines hold on {p.today}: try `liandong overdue --today {p.today} --within 3`")
    from app.commands.context import print_counts

    print_counts(graph)


def register(cli: click.Group) -> None:
    cli.add_command(demo_cmd)
