"""Structured import: files → tables → checked rows → resolved records → the graph.

1. read every file (a file that cannot be read is one fatal error; the others go on);
2. decide each table's kind and map its headers (an unknown header stops that table);
3. convert and check each row's values — every problem of a row is reported;
4. fetch from the graph, in a few queries, every node the rows' reference columns might mean;
5. build rows kind by kind (agencies before officials, companies before bids …), so a row may
   refer to a node another row of the same load defines; a rejected row defines nothing;
6. write whole rows in batches, one transaction per batch (a row's node and its relationships
   are never split); a batch the graph refuses is retried row by row to find the culprit.

Every record carries its provenance ``file:<name>#row<N>``; ids are deterministic, so running the
same files again merges into the same nodes and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import exceptions as nx

from graph.connection import Graph
from graph.errors import GraphUnavailable, InvalidData, WriteError
from graph.schema import Schema, load_schema
from graph.writer import NodeRecord, RecordFactory, Unit, write_unit
from ingest.tabular import checks
from ingest.tabular.build import build_row
from ingest.tabular.fields import (
    DISCRIMINATORS,
    WEAK_DISCRIMINATORS,
    Kind,
    header_key,
    header_scale,
    is_ignored,
)
from ingest.tabular.kinds import BY_NAME, KINDS, ORDER, kind_from_name, kind_named
from ingest.tabular.report import LoadReport, RowError, TableSummary
from ingest.tabular.resolve import Known, Reject, wanted_lookups
from ingest.tabular.row import Record, Row
from ingest.tabular.sources import FileError, RawRow, Table, read_tables

DEFAULT_BATCH = 1000  # records per transaction (whole rows only)
_STRONG = {header_key(d) for d in DISCRIMINATORS}


@dataclass
class TablePlan:
    kind: Kind | None                 # None: each row names its kind in `discriminator`
    default: Kind | None = None       # the kind of rows whose discriminator is blank
    discriminator: str | None = None  # header of the record-kind column
    columns: dict[str, str] = field(default_factory=dict)  # header → canonical (fixed-kind tables)


@dataclass
class Parsed:
    row: Row
    table_index: int


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and v.strip() == "") or (isinstance(v, (list, dict)) and not v)


def _kind_list() -> str:
    return ", ".join(k.name for k in KINDS)


def plan_table(table: Table, forced: Kind | None) -> TablePlan:
    """Decide the table's kind and map its headers; raises :class:`FileError` (row 1 = header) when it cannot."""
    headers = table.headers
    disc = next((h for h in headers if header_key(h) in {header_key(d) for d in DISCRIMINATORS}), None)
    by_name = forced or (table.sheet and kind_from_name(table.sheet)) or kind_from_name(table.path.stem)
    if disc and not forced:
        return TablePlan(None, by_name or None, disc)
    if by_name:
        plan = TablePlan(by_name)
    else:
        weak = next((h for h in headers if header_key(h) in {header_key(d) for d in WEAK_DISCRIMINATORS}), None)
        if weak is None or not table.rows:
            what = f"sheet {table.sheet!r}" if table.sheet else "the file name"
            raise FileError(
                f"cannot tell what records this holds: {what} names no record kind and there is no 'record' column; "
                f"rename it after a kind ({_kind_list()}; or 企业, 投标 …), add a 'record' column, or use --kind",
                row=table.header_row,
            )
        return TablePlan(None, None, weak)
    if table.per_row_keys:
        return plan  # JSON: keys are checked record by record
    seen: dict[str, str] = {}
    for h in headers:
        if is_ignored(h) or h == disc:
            continue
        canonical = plan.kind.column(h) if plan.kind else None
        if canonical is None:
            raise FileError(
                f"unknown column for {plan.kind.name} records; known columns: "  # type: ignore[union-attr]
                f"{', '.join(f.name for f in plan.kind.fields)} (or their Chinese names, see `liandong load --columns`); "  # type: ignore[union-attr]
                f"rename or remove it (a column named 备注/note or starting with # is ignored)",
                row=table.header_row,
                field=h,
            )
        if canonical in seen:
            raise FileError(
                f"means the same as column {seen[canonical]!r} ({canonical}); keep one of them",
                row=table.header_row,
                field=h,
            )
        seen[canonical] = h
        plan.columns[h] = canonical
    return plan


def parse_row(table: Table, raw: RawRow, plan: TablePlan) -> tuple[Row | None, list[RowError], Kind | None]:
    """Convert one raw row; returns the row (or None) and its problems."""
    def err(field: str | None, reason: str, column: str | None = None, kind: Kind | None = None) -> RowError:
        return RowError(table.path.name, raw.number, field, reason, table.sheet, table.unit, column, kind.name if kind else None)

    kind = plan.kind
    if kind is None:
        value = raw.values.get(plan.discriminator or "")
        if _blank(value):
            kind = plan.default
            if kind is None:
                return None, [err(plan.discriminator, f"say which kind of record this is ({_kind_list()})")], None
        else:
            kind = kind_named(str(value))
            if kind is None:
                return None, [err(plan.discriminator, f"unknown record kind {value!r}; use one of: {_kind_list()}")], None
    values: dict[str, Any] = {}
    columns: dict[str, str] = {}
    errors: list[RowError] = []
    for header, value in raw.values.items():
        if header == plan.discriminator or is_ignored(header) or header_key(header) in _STRONG:
            continue
        canonical = plan.columns.get(header) if plan.kind and not table.per_row_keys else kind.column(header)
        if canonical is None:
            if not _blank(value):
                errors.append(err(header, f"unknown column for {kind.name} records; known columns: "
                                          f"{', '.join(f.name for f in kind.fields)} (see `liandong load --columns`)", kind=kind))
            continue
        if _blank(value):
            columns.setdefault(canonical, header)
            continue
        if canonical in values:
            errors.append(err(header, f"means the same as {columns[canonical]!r} ({canonical}); give it once", canonical, kind))
            continue
        spec = kind.field(canonical)
        columns[canonical] = header
        if isinstance(value, dict) or (isinstance(value, list) and spec.parse is not checks.strings):
            errors.append(err(header, f"expected a single value, got {type(value).__name__} {value!r}", canonical, kind))
            continue
        try:
            converted = spec.parse(value)
            if spec.parse is checks.amount:
                converted *= header_scale(header)
        except InvalidData as e:  # a parser's reason; anything else is a bug, not the clerk's to fix
            errors.append(err(header, e.reason, canonical, kind))
            continue
        values[canonical] = converted
    for spec in kind.fields:
        if spec.required and spec.name not in values and not any(e.column == spec.name for e in errors):
            written = columns.get(spec.name)
            also = f" (also {', '.join(spec.aliases[:3])})" if spec.aliases and written is None else ""
            reason = "is empty; it is required" if written else f"missing column {spec.name!r}{also}: it is required"
            errors.append(err(written or spec.name, f"{reason} for {kind.name} records", spec.name, kind))
    if errors:
        return None, errors, kind
    source = f"{table.source_prefix}{table.unit}{raw.number}"
    return Row(kind, table.label, raw.number, table.unit, values, columns, source), [], kind


def _raw_name(table: Table, raw: RawRow, kind: Kind) -> Any:
    """The name a rejected row would have defined (for hints in later errors)."""
    if kind.defines is None:
        return None
    for header, value in raw.values.items():
        if kind.column(header) == kind.defines[1] and not _blank(value):
            return checks.nfkc(value)
    return None


def _reject_error(row: Row, e: Reject) -> RowError:
    field = row.col(e.field) if e.field else None
    table_file, _, sheet = row.table.partition("[")
    return RowError(table_file, row.number, field, e.reason, sheet.rstrip("]") or None, row.unit, e.field, row.kind.name)


def load_files(
    paths: Sequence[Path | str],
    graph: Graph | None,
    *,
    dry_run: bool = False,
    kind: str | None = None,
    encoding: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    synthetic: bool = False,
    schema: Schema | None = None,
) -> LoadReport:
    """Load (or with ``dry_run`` only check) the files; ``graph=None`` checks against an empty graph."""
    schema = schema or load_schema()
    forced = None
    if kind is not None:
        forced = kind_named(kind) or BY_NAME.get(kind)
        if forced is None:
            raise InvalidData(f"unknown record kind {kind!r} for --kind; use one of: {_kind_list()}")
    report = LoadReport(dry_run=dry_run or graph is None)
    parsed: list[Parsed] = []
    rejected_names: list[tuple[str, Any, str]] = []
    summaries: list[TableSummary] = []

    for path in (Path(p) for p in paths):
        try:
            tables = read_tables(path, encoding=encoding)
        except FileError as e:
            summaries.append(TableSummary(path.name, error=e.message))
            report.errors.append(RowError(path.name, e.row, e.field, e.message, fatal=True))
            continue
        if not tables:
            summaries.append(TableSummary(path.name, error="no sheet with records"))
            report.errors.append(RowError(path.name, None, None, "holds no sheet with records", fatal=True))
        for table in tables:
            summary = TableSummary(path.name, table.sheet, encoding=table.encoding)
            summaries.append(summary)
            index = len(summaries) - 1
            if table.error is not None:
                summary.error = table.error.message
                report.errors.append(RowError(path.name, table.error.row, table.error.field, table.error.message,
                                              table.sheet, fatal=True))
                continue
            summary.read = len(table.rows)
            try:
                plan = plan_table(table, forced)
            except FileError as e:
                summary.error, summary.rejected = e.message, len(table.rows)
                report.errors.append(RowError(path.name, e.row, e.field, e.message, table.sheet, fatal=True))
                continue
            for raw in table.rows:
                row, errors, row_kind = parse_row(table, raw, plan)
                if row_kind is not None:
                    summary.kinds[row_kind.name] = summary.kinds.get(row_kind.name, 0) + 1
                if row is None:
                    summary.rejected += 1
                    report.errors.extend(errors)
                    if row_kind is not None and row_kind.defines:
                        rejected_names.append((row_kind.defines[0], _raw_name(table, raw, row_kind),
                                               f"{table.label} {table.unit} {raw.number}"))
                    continue
                parsed.append(Parsed(row, index))
    report.tables = summaries

    known = Known(schema)
    for label, name, where in rejected_names:
        known.note_rejected(label, name, where)
    if graph is not None:
        known.fetch(graph, wanted_lookups(
            (p.row.kind.field(col).lookup, value) for p in parsed for col, value in p.row.values.items()
        ))

    factory = RecordFactory(schema, synthetic=synthetic)
    accepted: list[tuple[Parsed, list[Record]]] = []
    for p in sorted(parsed, key=lambda p: ORDER[p.row.kind.name]):  # stable: file order within a kind
        try:
            records = build_row(p.row, known, factory)
        except Reject as e:
            summaries[p.table_index].rejected += 1
            report.errors.append(_reject_error(p.row, e))
            if p.row.kind.defines:
                label, col = p.row.kind.defines
                known.note_rejected(label, p.row.get(col), p.row.place)
            continue
        for rec in records:
            if isinstance(rec, NodeRecord):
                known.add(rec.label, rec.id, rec.props, p.row.place)
        accepted.append((p, records))

    if dry_run or graph is None:
        for p, _ in accepted:
            summaries[p.table_index].loaded += 1
    else:
        _write(graph, accepted, report, summaries, schema, batch_size)
        if any(p.row.kind.name == "referrals" for p, _ in accepted):
            from graph.threads import rebuild

            rebuild(graph)  # loaded referrals become threads, like letters
    position = {s.label: i for i, s in enumerate(summaries)}
    report.errors.sort(key=lambda e: (position.get(f"{e.file}[{e.sheet}]" if e.sheet else e.file, len(position)), e.row or 0))
    return report


def _batches(accepted: list[tuple[Parsed, list[Record]]], batch_size: int) -> Iterable[list[tuple[Parsed, list[Record]]]]:
    """Whole rows, kind by kind, up to ``batch_size`` records per batch."""
    batch: list[tuple[Parsed, list[Record]]] = []
    size, current_kind = 0, None
    for item in accepted:
        kind = item[0].row.kind.name
        if batch and (size + len(item[1]) > batch_size or kind != current_kind):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[1])
        current_kind = kind
    if batch:
        yield batch


def _unit(items: list[tuple[Parsed, list[Record]]]) -> Unit:
    unit = Unit()
    for _, records in items:
        for rec in records:
            (unit.nodes if isinstance(rec, NodeRecord) else unit.rels).append(rec)  # type: ignore[arg-type]
    return unit


def _write(graph: Graph, accepted: list[tuple[Parsed, list[Record]]], report: LoadReport,
           summaries: list[TableSummary], schema: Schema, batch_size: int) -> None:
    for batch in _batches(accepted, batch_size):
        _write_batch(graph, batch, report, summaries, schema)


def _write_batch(graph: Graph, batch: list[tuple[Parsed, list[Record]]], report: LoadReport,
                 summaries: list[TableSummary], schema: Schema) -> None:
    try:
        stats = write_unit(graph, _unit(batch), schema)
    except WriteError as e:
        if isinstance(e.__cause__, nx.ServiceUnavailable):
            raise GraphUnavailable(f"lost the graph while writing: {e.__cause__}") from e
        failure: Exception = e
    except InvalidData as e:
        failure = e
    else:
        report.nodes_written += stats.nodes
        report.relationships_written += stats.relationships
        report.transactions += stats.transactions
        for p, _ in batch:
            summaries[p.table_index].loaded += 1
        return
    if len(batch) > 1:  # find the row(s) the graph refuses; the others still go in
        for item in batch:
            _write_batch(graph, [item], report, summaries, schema)
        return
    p = batch[0][0]
    summaries[p.table_index].rejected += 1
    report.errors.append(_reject_error(p.row, Reject(None, f"the graph refused this row; nothing of it was stored ({failure})")))


__all__ = ["DEFAULT_BATCH", "load_files", "parse_row", "plan_table"]
