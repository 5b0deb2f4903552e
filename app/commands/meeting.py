"""``liandong meeting list|show|add|decide|liaison|from-minutes`` — joint meetings (联席会议) of the seeds' mechanisms
(000 三(一), 001 二(一), 002 一, 003 第五、六条): convener, attendance, minutes, and decisions as actions
with an owner agency and a due date, tracked until done. Thin wrappers over :mod:`graph.meetings`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from app.commands.context import Context, pass_ctx
from app.commands.options import date_option as _date


@click.group("meeting")
def meeting_group() -> None:
    """Joint meetings (联席会议): rhythm, attendance, minutes, decisions."""


@meeting_group.command("list")
@click.option("--region", "-r", help="Only this locality's mechanisms (绵竹市, 修武县 …).")
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="Judge the next meeting on this day (default: today).")
@pass_ctx
def list_cmd(obj: Context, region: str | None, today_text: str | None) -> None:
    """Each mechanism: lead, rhythm (with its seed clause), meetings held, the next one due."""
    from graph.meetings import KIND_ZH, LIAISON_CLAUSE, RHYTHM_ZH, liaisons, schedules

    today = _date(today_text) or dt.date.today()
    for s in schedules(obj.graph(), region):
        rhythm = "/".join(RHYTHM_ZH.get(r, r) for r in s.rhythm)
        click.echo(f"{s.region} {s.mechanism} — lead {s.lead}; {rhythm} [{s.clause}]  ({s.mechanism_id})")
        if s.due is not None:
            click.echo(f"  next regular meeting ({s.period}) due by {s.due}: {s.state(today)} on {today}")
        elif s.state(today) == "not tracked":
            click.echo("  no regular meeting recorded yet: the next one is tracked from the first")
        for m in s.meetings:
            click.echo(f"  {m['date']}  {KIND_ZH.get(m['kind'], m['kind'])}  ({m['id']})")
        for li in liaisons(obj.graph(), s.mechanism_id):
            click.echo(f"  联络员 {li['agency']}: {li['name']} since {li['since']} [{LIAISON_CLAUSE}]")


@meeting_group.command("show")
@click.argument("meeting_id")
@click.option("--today", "today_text", metavar="YYYY-MM-DD")
@pass_ctx
def show_cmd(obj: Context, meeting_id: str, today_text: str | None) -> None:
    """A meeting: convener, attendees, minutes, decisions and whether each is done."""
    from graph.custody import agency_names
    from graph.meetings import KIND_ZH, meeting

    graph = obj.graph()
    today = _date(today_text) or dt.date.today()
    m = meeting(graph, meeting_id)
    names = agency_names(graph, [d["owner"] for d in m["decisions"]])
    click.echo(f"{m['region']} {m['mechanism']} {m['date']} {KIND_ZH.get(m['kind'], m['kind'])} [{m['clause']}]")
    click.echo(f"  convener: {m['convener']}" + (f"; requested by {m['requested_by']}" if m["requested_by"] else ""))
    click.echo(f"  attended: {'、'.join(sorted(m['attendees'])) or '—'}")
    if m["topic"]:
        click.echo(f"  topic: {m['topic']}")
    if m["minutes"] or m["minutes_doc"]:
        click.echo(f"  minutes (会议纪要) {m['minutes_doc'] or ''}: {m['minutes'] or ''}")
    if m["referred"]:
        click.echo(f"  referred to the government (003 第六条): {m['referred']}")
    for d in m["decisions"]:
        if d["done"]:
            state = f"done {d['done']}"
        elif d["due"] and today > d["due"]:
            state = "OVERDUE"
        else:
            state = "open"
        click.echo(f"  {d['seq']}. {d['text']} — {names.get(d['owner'], d['owner'])}, due {d['due']}: {state}  ({d['id']})")


@meeting_group.command("add")
@click.argument("mechanism")
@click.option("--date", "date_text", required=True, metavar="YYYY-MM-DD")
@click.option("--kind", type=click.Choice(["regular", "ad_hoc"]), default="regular", show_default=True)
@click.option("--convener", help="Agency that called it (default for a regular meeting: the mechanism's lead).")
@click.option("--requested-by", help="Ad hoc: the member agency that asked for it.")
@click.option("--attendee", "attendees", multiple=True, help="An agency that attended (repeat).")
@click.option("--topic")
@click.option("--minutes", help="The minutes' text (会议纪要).")
@click.option("--minutes-file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--minutes-doc", help="The minutes' document number (linked when the document is ingested).")
@click.option("--referred", help="A disagreement submitted to the government for decision (003 第六条).")
@pass_ctx
def add_cmd(obj: Context, mechanism: str, date_text: str, kind: str, convener: str | None, requested_by: str | None,
            attendees: tuple[str, ...], topic: str | None, minutes: str | None, minutes_file: Path | None,
            minutes_doc: str | None, referred: str | None) -> None:
    """Record a held meeting of MECHANISM (id or name)."""
    from graph.custody import resolve_agency
    from graph.meetings import add_meeting

    graph = obj.graph()

    def agency(ref: str | None) -> str | None:
        return resolve_agency(graph, ref)["id"] if ref else None

    if minutes_file is not None:
        minutes = minutes_file.read_text(encoding="utf-8")
    on = _date(date_text)
    mid = add_meeting(graph, mechanism, on=on, kind=kind, convener=agency(convener),
                      requested_by=agency(requested_by), attendees=tuple(a for a in map(agency, attendees) if a),
                      topic=topic, minutes=minutes, minutes_doc=minutes_doc, referred=referred)
    click.echo(f"meeting {mid} recorded ({kind}, {on}, {len(attendees)} attending)")


@meeting_group.command("decide")
@click.argument("ref")
@click.argument("text", required=False)
@click.option("--owner", help="The agency that must carry it out.")
@click.option("--due", "due_text", metavar="YYYY-MM-DD")
@click.option("--done", "done_text", metavar="YYYY-MM-DD", help="REF is a decision: mark it done on this day.")
@click.option("--note")
@pass_ctx
def decide_cmd(obj: Context, ref: str, text: str | None, owner: str | None, due_text: str | None,
               done_text: str | None, note: str | None) -> None:
    """Add a decision to meeting REF (TEXT --owner --due), or mark decision REF --done."""
    from graph.custody import resolve_agency
    from graph.meetings import DECISION_CLAUSE, add_decision, decision_done

    graph = obj.graph()
    if done_text:
        done = _date(done_text)
        decision_done(graph, ref, on=done, note=note)
        click.echo(f"decision {ref} done on {done}")
        return
    if not text or not owner:
        raise click.UsageError("a decision needs TEXT and --owner (or --done to mark one done)")
    did = add_decision(graph, ref, text=text, owner=resolve_agency(graph, owner)["id"], due=_date(due_text))
    click.echo(f"decision {did} for {owner}, due {due_text or '—'} [{DECISION_CLAUSE}]")


@meeting_group.command("liaison")
@click.argument("mechanism")
@click.option("--agency", "-a", required=True, help="The member agency.")
@click.option("--name", required=True, help="Its liaison officer (联络员).")
@click.option("--since", "since_text", metavar="YYYY-MM-DD", help="Default: today.")
@pass_ctx
def liaison_cmd(obj: Context, mechanism: str, agency: str, name: str, since_text: str | None) -> None:
    """Record a member agency's liaison officer for MECHANISM (001 二(一); 000 三(一))."""
    from graph.custody import resolve_agency
    from graph.meetings import LIAISON_CLAUSE, set_liaison

    graph = obj.graph()
    a = resolve_agency(graph, agency)
    since = _date(since_text) or dt.date.today()
    set_liaison(graph, mechanism, agency=a["id"], name=name, since=since)
    click.echo(f"{name} of {a['name']} is the liaison from {since} [{LIAISON_CLAUSE}]")


@meeting_group.command("from-minutes")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
def from_minutes_cmd(obj: Context, files: tuple[Path, ...]) -> None:
    """Record the meetings minutes (会议纪要) hold: the given text files, or without FILES every ingested
    minutes document not yet recorded (ingestion does this after each run). Exit 2 when one could not be."""
    from ingest.minutes import MinutesError, meetings_from_documents, read_minutes, record_minutes

    graph = obj.graph()
    problems = 0
    if not files:
        for o in meetings_from_documents(graph):
            click.echo(f"{o.document}: {'meeting ' + o.meeting_id if o.meeting_id else o.problem}")
            problems += o.meeting_id is None
    for path in files:
        m = read_minutes(path.read_text(encoding="utf-8"))
        if m is None:
            click.echo(f"{path}: not minutes (no 纪要 in its title)", err=True)
            problems += 1
            continue
        try:
            mid = record_minutes(graph, m, source=f"file:{path.name}")
        except MinutesError as e:
            click.echo(f"{path}: {e}", err=True)
            problems += 1
            continue
        click.echo(f"{path}: meeting {mid} on {m.date}, {len(m.attendees)} attendees, {len(m.decisions)} decisions")
    if problems:
        click.get_current_context().exit(2)


def register(cli: click.Group) -> None:
    cli.add_command(meeting_group)
