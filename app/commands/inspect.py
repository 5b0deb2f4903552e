"""``liandong inspect register|plan|draw|verify|results`` — "double random, one public" inspections
(双随机一公开, 002 五至七; 003 第二十一条). Thin wrappers over :mod:`graph.inspections`.

``plan`` stores the commitment (sha256 of the seed) and prints the seed once, to be kept sealed;
``draw`` reveals it; ``verify`` (or ``verify --all``) re-runs recorded draws and exits 1 on any mismatch.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from app.commands.context import Context, pass_ctx
from app.commands.options import date_option as _date
from app.commands.options import violation_codes
from graph.catalog import cypher

FIND_TARGET = cypher(
    "commands.inspect.find_target",
    "MATCH (n)\n"
    "WHERE (n:Company OR n:Person OR n:Project) AND (n.id = $q OR n.name = $q OR n.credit_code = $q OR n.project_no = $q)\n"
    "RETURN n.id AS id",
    q="某公司",
)


@click.group("inspect")
def inspect_group() -> None:
    """Double-random inspections (双随机一公开): registers, plan, draw, verify, results."""


@inspect_group.command("register")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
def register_cmd(obj: Context, files: tuple[Path, ...]) -> None:
    """Load inspector and target register rows (CSV: register,member,start,end,agency,field,risk)."""
    from graph.inspections import load_register

    for path in files:
        counts = load_register(obj.graph(), path)
        click.echo(f"{path}: {counts['inspectors']} inspector entr(ies), {counts['targets']} target entr(ies) "
                   "[002 五, 002 六]")


@inspect_group.command("plan")
@click.argument("name")
@click.option("--date", "date_text", required=True, metavar="YYYY-MM-DD", help="The draw date: registers as of this day.")
@click.option("--initiator", "-a", required=True, help="The agency that plans it (name, alias or id).")
@click.option("--targets", "n_targets", type=click.IntRange(min=1), required=True, help="How many targets to draw.")
@click.option("--per-target", type=click.IntRange(min=1), default=2, show_default=True, help="Inspectors per target.")
@click.option("--field", help="Only this register field (领域).")
@click.option("--scope")
@click.option("--method", help="网络监测 | 书面检查 | 实地核查 | 委托专业机构检查")
@click.option("--seed", help="Use this seed (default: a random one). It is printed once: keep it sealed until the draw.")
@pass_ctx
def plan_cmd(obj: Context, name: str, date_text: str, initiator: str, n_targets: int, per_target: int,
             field: str | None, scope: str | None, method: str | None, seed: str | None) -> None:
    """Plan a draw: store the commitment to its seed (publish it), keep the seed sealed."""
    from graph.custody import resolve_agency
    from graph.inspections import plan
    from graph.rules.draw import commitment

    graph = obj.graph()
    on = _date(date_text)
    iid, seed = plan(graph, name, on=on, initiator=resolve_agency(graph, initiator)["id"], n_targets=n_targets,
                     per_target=per_target, field=field, scope=scope, method=method, seed=seed)
    click.echo(f"planned {iid}: {n_targets} target(s), {per_target} inspector(s) each, registers as of {on}")
    click.echo(f"commitment (publish now): {commitment(seed)}")
    click.echo(f"seed (keep sealed until the draw): {seed}")


@inspect_group.command("draw")
@click.argument("inspection")
@click.option("--seed", required=True, help="The sealed seed, revealed now (checked against the commitment).")
@pass_ctx
def draw_cmd(obj: Context, inspection: str, seed: str) -> None:
    """Draw targets (weighted, weights shown) and inspectors (conflicts excluded) from the revealed seed."""
    from graph.inspections import CONFLICT_ZH, draw, names

    graph = obj.graph()
    record = draw(graph, inspection, seed)
    out = record["outcome"]
    ids = [t["id"] for t in out["targets"]] + [i for t in out["targets"] for i in t["inspectors"]]
    ids += [k.split("|")[1] for k in record["why"]]
    label = names(graph, ids)
    click.echo(f"drawn from seed {seed} (registers digest {record['inputs'][:16]}…) [002 七]")
    for n, t in enumerate(out["targets"], start=1):
        who = "、".join(label.get(i, i) for i in t["inspectors"]) or "—"
        click.echo(f"  {n}. {label.get(t['id'], t['id'])}  weight {t['weight']} ({', '.join(t['reasons'])})  → {who}")
        for i in out["excluded"].get(t["id"], []):
            why = "; ".join(CONFLICT_ZH.get(w.split(" ")[0], "") + f" {w}" for w in record["why"][f"{t['id']}|{i}"])
            click.echo(f"       excluded {label.get(i, i)}: {why.strip()}")
    if out["short"]:
        click.echo(f"  {len(out['short'])} target(s) with fewer inspectors than asked (too many conflicts)")


@inspect_group.command("verify")
@click.argument("inspection", required=False)
@click.option("--all", "all_", is_flag=True, help="Re-run every recorded draw.")
@pass_ctx
def verify_cmd(obj: Context, inspection: str | None, all_: bool) -> None:
    """Re-run recorded draws from their seeds; exit 1 on any mismatch."""
    from graph.inspections import verify, verify_all

    if bool(inspection) == all_:
        raise click.UsageError("give an INSPECTION or --all")
    graph = obj.graph()
    results = verify_all(graph) if all_ else [verify(graph, inspection or "")]
    bad = [v for v in results if not v.ok]
    for v in results:
        click.echo(f"  {'ok' if v.ok else 'MISMATCH':<9} {v.name} ({v.id})" + "".join(f"; {p}" for p in v.problems))
    click.echo(f"{len(results) - len(bad)} of {len(results)} draw(s) re-run with the same result")
    if bad:
        sys.exit(1)


@inspect_group.command("results")
@click.argument("inspection")
@click.option("--completed", "completed_text", metavar="YYYY-MM-DD", help="The inspection task was completed on this day.")
@click.option("--findings")
@click.option("--published", "published_text", metavar="YYYY-MM-DD", help="The results were published on this day.")
@click.option("--json", "as_json", is_flag=True, help="Print the recorded draw as JSON (to publish with the seed).")
@pass_ctx
def results_cmd(obj: Context, inspection: str, completed_text: str | None, findings: str | None,
                published_text: str | None, as_json: bool) -> None:
    """Record completion, findings and publication (publish within 5 working days, 002 七); show them."""
    from graph.inspections import inspection as get
    from graph.inspections import record_results
    from graph.rules.deadlines import load_rules
    from graph.rules.workdays import WorkCalendar

    graph = obj.graph()
    if completed_text or findings or published_text:
        i = record_results(graph, inspection, completed=_date(completed_text), findings=findings,
                           published=_date(published_text))
    else:
        i = get(graph, inspection)
    if as_json:
        click.echo(json.dumps({"id": i["id"], "name": i["name"], "date": str(i["date"]), "commitment": i["commitment"],
                               "seed": i["seed"], "result": json.loads(i["result"]) if i["result"] else None},
                              ensure_ascii=False, indent=1))
        return
    click.echo(f"{i['name']} ({i['id']}) on {i['date']}: seed {'revealed' if i['seed'] else 'sealed'}")
    if i["completed"]:
        due = load_rules().due_date("publish_inspection", i["completed"], WorkCalendar())
        state = f"published {i['published']}" if i["published"] else "not published"
        click.echo(f"  completed {i['completed']}; results due for publication by {due} (002 七): {state}")
    if i["findings"]:
        click.echo(f"  findings: {i['findings']}")


@inspect_group.command("joint")
@click.argument("name")
@click.option("--date", "date_text", required=True, metavar="YYYY-MM-DD")
@click.option("--initiator", "-a", required=True, help="The agency that drafts the plan (发起部门).")
@click.option("--member", "members", multiple=True, required=True, metavar="AGENCY=ROLE",
              help="A participating agency and its part (repeat), e.g. 县公安局=现场秩序与涉嫌犯罪线索.")
@click.option("--target", "targets", multiple=True, help="A company, person or project inspected (repeat).")
@click.option("--purpose", required=True)
@click.option("--scope")
@click.option("--method")
@pass_ctx
def joint_cmd(obj: Context, name: str, date_text: str, initiator: str, members: tuple[str, ...],
              targets: tuple[str, ...], purpose: str, scope: str | None, method: str | None) -> None:
    """Plan a joint inspection (联合检查, 003 第十九条): members and roles, purpose, targets, scope, method."""
    from graph.custody import resolve_agency
    from graph.inspections import JOINT_CLAUSE, plan_joint

    graph = obj.graph()
    roles = {}
    for m in members:
        agency, _, role = m.partition("=")
        if not role.strip():
            raise click.BadParameter(f"{m!r}: give AGENCY=ROLE", param_hint="--member")
        roles[resolve_agency(graph, agency)["id"]] = role.strip()
    ids = []
    for t in targets:
        found = graph.read(FIND_TARGET, {"q": t})
        if len(found) != 1:
            raise click.BadParameter(f"{t!r} fits {len(found)} companies, persons or projects", param_hint="--target")
        ids.append(found[0]["id"])
    on = _date(date_text)
    iid = plan_joint(graph, name, on=on, initiator=resolve_agency(graph, initiator)["id"], members=roles, targets=ids,
                     purpose=purpose, scope=scope, method=method)
    click.echo(f"joint inspection {iid}: {len(roles)} member(s), {len(ids)} target(s) [{JOINT_CLAUSE}]")


@inspect_group.command("finding")
@click.argument("inspection")
@click.argument("number")
@click.option("--by", "by", required=True, help="The member agency that found it.")
@click.option("--on", "on_text", required=True, metavar="YYYY-MM-DD")
@click.option("--summary", required=True)
@click.option("--competent", required=True, help="The agency competent to handle it.")
@click.option("--about", help="The company, person or project it is about.")
@click.option("--violation", "violations", multiple=True, callback=violation_codes,
              help="A violation's code or Chinese name (串通投标, other …); repeatable.")
@click.option("--doc-no", help="The inspection record's number.")
@pass_ctx
def finding_cmd(obj: Context, inspection: str, number: str, by: str, on_text: str, summary: str, competent: str,
                about: str | None, violations: tuple[str, ...], doc_no: str | None) -> None:
    """A violation found in a joint inspection, as a thread NUMBER (003 第二十条): handled by the competent member,
    or transferred to it through the ordinary lifecycle (`liandong overdue` shows transfer_case until then)."""
    from graph.custody import resolve_agency
    from graph.inspections import FINDING_CLAUSE, record_finding

    graph = obj.graph()
    about_id = None
    if about:
        found = graph.read(FIND_TARGET, {"q": about})
        if len(found) != 1:
            raise click.BadParameter(f"{about!r} fits {len(found)} companies, persons or projects", param_hint="--about")
        about_id = found[0]["id"]
    on = _date(on_text)
    by_id, comp_id = resolve_agency(graph, by)["id"], resolve_agency(graph, competent)["id"]
    tid = record_finding(graph, inspection, number=number, by=by_id, on=on, summary=summary, competent=comp_id,
                         violations=violations, about=about_id, doc_no=doc_no)
    click.echo(f"finding {number} ({tid}) [{FINDING_CLAUSE}]"
               + ("" if by_id == comp_id else f": to be transferred to {competent} within 5 working days (003 第十三条)"))


@inspect_group.command("show")
@click.argument("inspection")
@pass_ctx
def show_cmd(obj: Context, inspection: str) -> None:
    """A joint inspection's plan, members and roles, targets and findings with their holder."""
    from graph.inspections import JOINT_CLAUSE, joint

    j = joint(obj.graph(), inspection)
    click.echo(f"{j['name']} ({j['id']}) on {j['date']}, initiated by {j['initiator']} [{JOINT_CLAUSE}]")
    click.echo(f"  purpose: {j['purpose'] or '—'}; scope: {j['scope'] or '—'}; method: {j['method'] or '—'}")
    for m in sorted(j["members"], key=lambda m: m["agency"]):
        click.echo(f"  member {m['agency']}: {m['role'] or ''}")
    click.echo(f"  targets: {'、'.join(sorted(j['targets'])) or '—'}")
    for f in sorted(j["findings"], key=lambda f: f["number"]):
        click.echo(f"  finding {f['number']}: {f['summary'] or ''} — held by {f['holder']}, competent {f['competent']}")


def register(cli: click.Group) -> None:
    cli.add_command(inspect_group)
