"""``liandong load FILE…``: structured records (CSV, JSON, XLSX) into the graph."""

from __future__ import annotations

from pathlib import Path

import click

from app.commands.context import Context

MAX_SHOWN = 200


@click.command("load")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--kind", "kind", metavar="KIND", help="Treat every table as this record kind (companies, bids …).")
@click.option("--dry-run", is_flag=True, help="Check everything (including references against the graph) but write nothing.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the summary and every row error to this JSON file.")
@click.option("--encoding", help="Force the text encoding of CSV/JSON files (default: UTF-8, else GB18030).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Records per transaction (whole rows only).")
@click.option("--synthetic", is_flag=True, help="Mark everything loaded as synthetic (test and demo data).")
@click.option("--columns", "show_columns", is_flag=True, help="Print the accepted record kinds and columns, then exit.")
@click.option("--max-errors", type=click.IntRange(0), default=MAX_SHOWN, show_default=True,
              help="Row errors to print (all of them go to --report).")
@click.pass_obj
def load(obj: Context, files: tuple[Path, ...], kind: str | None, dry_run: bool, report_path: Path | None,
         encoding: str | None, batch_size: int, synthetic: bool, show_columns: bool, max_errors: int) -> None:
    """Load agencies, officials, persons, companies, family ties, ownership, management, projects,
    bids, contacts, bid IP/MAC addresses, bid-bond accounts, sanctions, watch lists, referrals, and the
    mechanisms' registers: mechanism members, joint meetings, their decisions and liaison officers, the
    inspector register (执法人员库) and the target register (检查对象名录库).

    Each file (or XLSX sheet) holds one record kind, named by its file or sheet name
    (companies.csv, 投标.xlsx …) or by a `record` column. Headers may be English or Chinese
    (名称, 统一社会信用代码, 法定代表人 …); `--columns` lists them all. Rows refer to each other by
    business keys (credit code or company name, project number, agency name + region …); the
    referenced record must be in the graph or in the same load.

    Bad rows are reported with file, row and column, and the good rows load. Re-running the same
    files changes nothing. Exit status: 0 all rows loaded; 2 some rows were rejected; 1 a file
    could not be used at all (or the graph failed).
    """
    from ingest.tabular import load_files, render_columns

    if show_columns:
        click.echo(render_columns())
        return
    if not files:
        raise click.UsageError("give one or more files to load (or --columns to see what they may hold)")
    report = load_files(list(files), obj.graph(), dry_run=dry_run, kind=kind, encoding=encoding,
                        batch_size=batch_size, synthetic=synthetic)
    for line in report.summary_lines():
        click.echo(line)
    if report.errors:
        click.echo(f"\n{len(report.errors)} problem(s):", err=True)
        for e in report.errors[:max_errors]:
            click.echo(f"  {e.message}", err=True)
        if len(report.errors) > max_errors:
            more = f"; see {report_path}" if report_path else "; use --report FILE.json to get them all"
            click.echo(f"  … and {len(report.errors) - max_errors} more{more}", err=True)
    if report_path is not None:
        report.write_json(report_path)
        click.echo(f"report written to {report_path}")
    if report.exit_code:
        click.get_current_context().exit(report.exit_code)


def register(cli: click.Group) -> None:
    cli.add_command(load)
