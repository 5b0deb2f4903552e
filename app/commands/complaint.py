"""``liandong complaint steps|step`` — a complaint's statutory steps and the warning before each deadline
(超期预警, 002 十). Thin wrappers over :mod:`graph.complaints`."""

from __future__ import annotations

import click

from app.commands.context import Context, pass_ctx
from app.commands.supervision import parse_day

STEP_CHOICES = {"accepted": "complaint_accepted", "rejected": "complaint_rejected",
                "reply": "complaint_reply_requested", "notified": "complaint_parties_notified"}


@click.group("complaint")
def complaint_group() -> None:
    """Complaints (投诉): statutory steps, their deadlines and warnings."""


@complaint_group.command("steps")
@click.argument("complaint")
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="Judge the steps on this day (default: today).")
@pass_ctx
def steps_cmd(obj: Context, complaint: str, today_text: str | None) -> None:
    """COMPLAINT's steps (number or id): due date, warning day (002 十), done or not, state."""
    from graph.complaints import find, step_states
    from graph.rules.workdays import WorkCalendar

    today = parse_day(today_text)
    c = find(obj.graph(), complaint)
    click.echo(f"complaint {c['no']} lodged {c['lodged']} ({c['id']})")
    if c["competent"] and c["competent"] != c["lodged_with"]:
        click.echo("  lodged with a department that is not competent: it owes only the written notice of where to "
                   "lodge it (wrong_department_notice, 003 第十一条) — see liandong overdue")
        return
    for s in step_states(c["done"], c["lodged"], today, WorkCalendar()):
        state = f"done {s.done}" if s.done else ("WARNING " if s.warning else "") + s.state.value.upper()
        click.echo(f"  {s.rule_id:<24} due {s.due}  warn from {s.warn_on}  {state}  [{s.clause}] {s.zh}")


@complaint_group.command("step")
@click.argument("complaint")
@click.argument("step", type=click.Choice(sorted(STEP_CHOICES)))
@click.option("--on", "on_text", metavar="YYYY-MM-DD", help="Default: today.")
@click.option("--letter", required=True, help="The document that records it (受理通知书, 答复通知书 … number).")
@click.option("--reason", help="For a rejection: why (不予受理的理由).")
@pass_ctx
def step_cmd(obj: Context, complaint: str, step: str, on_text: str | None, letter: str, reason: str | None) -> None:
    """Record STEP of COMPLAINT: accepted, rejected (不予受理), reply (答复通知书及投诉书副本 sent) or notified
    (the parties told of the decision in writing). The decision itself: the lifecycle's decide_complaint."""
    from graph.complaints import STEPS, find, record_step
    from graph.lifecycle import Letter

    graph = obj.graph()
    c = find(graph, complaint)
    on = parse_day(on_text)
    kind = STEP_CHOICES[step]
    record_step(graph, c["id"], kind, on=on, letter=Letter(letter), reason=reason, source="cli:complaint")
    click.echo(f"complaint {c['no']}: {STEPS[kind]} on {on}")


def register(cli: click.Group) -> None:
    cli.add_command(complaint_group)
