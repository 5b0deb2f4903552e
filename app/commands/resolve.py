"""``liandong resolve``: the identities to review and the judgements on them (thin over
:mod:`ingest.judgements`)."""

from __future__ import annotations

import click

from app.commands.context import Context, cli_user, pass_ctx


def _user(value: str | None) -> str:
    return cli_user(value)


_user_opt = click.option("--user", "user", metavar="NAME", help="Who decides (default: $LIANDONG_USER, else the login name).")
_reason_opt = click.option("--reason", "-r", default="", help="Why (kept with the judgement).")


@click.group("resolve")
def resolve_group() -> None:
    """Entity resolution: identities to review (待核实身份) and judgements — merge, split, reject."""


_STATUS = {"pending": "to check", "confirmed": "confirmed", "split": "split off"}


@resolve_group.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--auto", "auto", is_flag=True, help="The automatic merges made at ingestion (newest first), "
              "with the evidence they were made on, instead of the review queue.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="With --auto: skip that many merges (the next page: --offset of the previous --limit).")
@click.option("--reason", "evidence", metavar="TERM", help="With --auto: only merges whose evidence holds TERM "
              "(e.g. sole_local: the name's only namesake in the letter's county).")
@pass_ctx
def resolve_list(obj: Context, limit: int, auto: bool, offset: int, evidence: str | None) -> None:
    """The review queue: pairs ingestion could not decide (SAME_AS_CANDIDATE, undecided), best score first.
    With --auto, the automatic merges made at ingestion: node, mention as written, document, evidence and score."""
    from ingest.judgements import auto_merges, count_auto_merges, review_queue

    if evidence and not auto:
        raise click.UsageError("--reason TERM selects automatic merges: use it with --auto")
    if offset and not auto:
        raise click.UsageError("--offset pages the automatic merges: use it with --auto")
    if auto:
        merges = auto_merges(obj.graph(), evidence=evidence, limit=limit, offset=offset)
        total = count_auto_merges(obj.graph(), evidence=evidence)
        page = ""
        if offset or len(merges) < total:
            page = f", {offset + 1}-{offset + len(merges)} shown" if merges else ", none shown"
            if offset + limit < total:
                page += f" (next: --offset {offset + limit})"
        click.echo(f"{total} automatic merge{'' if total == 1 else 's'}{f' on {evidence}' if evidence else ''}{page}")
        for m in merges:
            at = m.at.isoformat(timespec="seconds") if m.at else "?"
            click.echo(f"{at}  {m.score:.2f}  {m.mention} -> {m.name} ({m.label}, {m.node})  [{_STATUS[m.status]}"
                       f"{f' by {m.decided_by}' if m.decided_by else ''}{f' as {m.split_to}' if m.split_to else ''}]")
            click.echo(f"      doc {m.path or m.document} ({m.document})  evidence: {', '.join(m.evidence)}")
            click.echo(f"      …{m.snippet}…")
        return
    rows = review_queue(obj.graph(), limit=limit)
    click.echo(f"{len(rows)} identit{'y' if len(rows) == 1 else 'ies'} to review")
    for r in rows:
        click.echo(f"{r['score'] or 0:.2f}  {r['left_name']} ({r['left_label']}, {r['left']})  ~  "
                   f"{r['right_name']} ({r['right_label']}, {r['right']})")
        click.echo(f"      {r['reason']}")


@resolve_group.command("show")
@click.argument("ids", nargs=-1, required=True)
@pass_ctx
def resolve_show(obj: Context, ids: tuple[str, ...]) -> None:
    """One node, or two side by side: names, ids, neighbours, documents with snippets, judgements."""
    from ingest.judgements import JudgementError, profile

    for node_id in ids:
        try:
            p = profile(obj.graph(), node_id)
        except JudgementError as e:
            raise click.UsageError(str(e)) from None
        click.echo(f"== {p['name']} ({p['label']}, {p['id']})")
        for k, v in sorted(p["props"].items()):
            click.echo(f"   {k}: {v}")
        for n in p["neighbours"]:
            arrow = "->" if n["dir"] == "out" else "<-"
            extra = f" [{n['position']}]" if n["position"] else ""
            click.echo(f"   {arrow} {n['type']}{extra} {n['name'] or ''} ({n['id']})")
        for d in p["documents"]:
            snippet = (d["snippet"] or "").replace("\n", " ")
            click.echo(f"   doc {d['path']}: …{snippet}…")
        for j in p["judgements"]:
            undone = f" (undone {j.undone})" if j.undone else ""
            click.echo(f"   judgement {j.id}: {j.judgement} ({j.kind}) {j.left} / {j.right} by {j.user} at {j.at}"
                       f"{undone}: {j.reason}")


@resolve_group.command("merge")
@click.argument("keep")
@click.argument("drop")
@_user_opt
@_reason_opt
@pass_ctx
def resolve_merge(obj: Context, keep: str, drop: str, user: str | None, reason: str) -> None:
    """DROP is KEEP (positive judgement): DROP's relationships move to KEEP; `resolve split` undoes it."""
    from ingest.judgements import merge

    j = merge(obj.graph(), keep, drop, user=_user(user), reason=reason)
    click.echo(f"merged {drop} into {keep}: judgement {j.id} ({len(j.moved)} relationship(s) moved)")


@resolve_group.command("split")
@click.argument("ref")
@click.option("--doc", "document", metavar="DOC", help="Undo an automatic merge: split off what this document "
              "(id, sha256 or path) said about the node REF.")
@_user_opt
@_reason_opt
@pass_ctx
def resolve_split(obj: Context, ref: str, document: str | None, user: str | None, reason: str) -> None:
    """Undo the merge REF (a judgement id) — or, with --doc, the automatic merge of a document into node REF."""
    from ingest.judgements import split, split_document

    if document:
        j = split_document(obj.graph(), ref, document, user=_user(user), reason=reason)
        click.echo(f"split {j.right} off {j.left}: negative judgement {j.id} ({len(j.moved)} relationship(s) moved)")
        return
    j = split(obj.graph(), ref, user=_user(user), reason=reason)
    click.echo(f"split {j.right} from {j.left}: merge {ref} undone, negative judgement {j.id}")


@resolve_group.command("confirm")
@click.argument("node")
@click.option("--doc", "document", metavar="DOC", required=True,
              help="The document (id, sha256 or path) whose automatic merge into NODE is right.")
@_user_opt
@_reason_opt
@pass_ctx
def resolve_confirm(obj: Context, node: str, document: str, user: str | None, reason: str) -> None:
    """The automatic merge of DOC's mention into NODE is right (positive judgement); `split NODE --doc DOC` undoes it."""
    from ingest.judgements import confirm_auto

    j = confirm_auto(obj.graph(), node, document, user=_user(user), reason=reason)
    click.echo(f"confirmed: {document} -> {node}: judgement {j.id}")


@resolve_group.command("reject")
@click.argument("a")
@click.argument("b")
@_user_opt
@_reason_opt
@pass_ctx
def resolve_reject(obj: Context, a: str, b: str, user: str | None, reason: str) -> None:
    """A and B are two parties (negative judgement): never merged nor offered again on later ingests."""
    from ingest.judgements import reject

    j = reject(obj.graph(), a, b, user=_user(user), reason=reason)
    click.echo(f"kept apart: {a} / {b}: judgement {j.id}")


def register(cli: click.Group) -> None:
    cli.add_command(resolve_group)
