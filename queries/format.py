"""Print a :class:`queries.result.Result` as a table, CSV, JSON or an Excel workbook.

Tables measure Chinese characters as two columns wide, so columns line up in a terminal. In
tables and CSV a list of plain values is joined with ``; `` and anything nested is compact JSON;
JSON output is an array of row objects (dates as ISO text).

Every spreadsheet export — CSV and XLSX, from the CLI, the app's console and the audit page — is
made here (:func:`to_csv`/:func:`csv_bytes`, :func:`xlsx_bytes`) and passes its text
through :func:`neutralise`: text that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a line feed, or their
full-width forms) gets a leading ``'``, and XLSX cells of text are written as strings, never as
formulas. Numbers stay numbers (``-5`` is not text).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import unicodedata
from typing import Any

from graph.errors import ProgrammingError
from queries.result import Result

FORMATS = ("table", "csv", "json", "xlsx")
MAX_CELL = 60
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(text: str) -> str:
    """Text made inert for a spreadsheet: a leading ``'`` when it would start a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def sheet_text(value: Any) -> str:
    """One value as CSV text, neutralised unless it is a number (``-5`` stays ``-5``)."""
    text = cell(value)
    return text if isinstance(value, (int, float)) else neutralise(text)


def jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    return value


def cell(value: Any) -> str:
    """One value as text for a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.6g}"
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        if all(v is None or isinstance(v, (str, int, float, bool, dt.date)) for v in value):
            return "; ".join(cell(v) for v in value)
        return json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, dict):
        return json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":"))
    return str(value)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if width(text) <= limit:
        return text
    out, w = [], 0
    for ch in text:
        cw = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if w + cw > limit - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _pad(text: str, n: int) -> str:
    return text + " " * (n - width(text))


def to_table(result: Result, *, max_cell: int = MAX_CELL) -> str:
    cols = list(result.columns)
    body = [[_clip(cell(r.get(c)), max_cell) for c in cols] for r in result.rows]
    widths = [max([width(c)] + [width(row[i]) for row in body]) for i, c in enumerate(cols)]
    lines = []
    if cols:
        lines.append("  ".join(_pad(c, widths[i]) for i, c in enumerate(cols)).rstrip())
        lines.append("  ".join("-" * w for w in widths))
        lines.extend("  ".join(_pad(v, widths[i]) for i, v in enumerate(row)).rstrip() for row in body)
    n = len(result.rows)
    footer = f"({n} row{'s' if n != 1 else ''}"
    if result.truncated:
        footer += f"; stopped at the row cap of {n} — there are more"
    if result.elapsed_ms is not None:
        footer += f"; {result.elapsed_ms:.0f} ms"
    lines.append(footer + ")")
    lines.extend(f"note: {note}" for note in result.notes)
    return "\n".join(lines)


def to_csv(result: Result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180; and a CR inside a value gets quoted
    w.writerow([neutralise(str(c)) for c in result.columns])
    for r in result.rows:
        w.writerow([sheet_text(r.get(c)) for c in result.columns])
    return buf.getvalue()


def to_json(result: Result) -> str:
    rows = [{c: jsonable(r.get(c)) for c in result.columns} for r in result.rows]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _xlsx_value(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, bool, dt.date, dt.datetime)):
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.replace(tzinfo=None)
        return value
    return neutralise(cell(value))


def append_row(ws: Any, values: list[Any]) -> None:
    """Append one row to an openpyxl sheet; text is neutralised and stored as a string, never a formula."""
    ws.append([None] * len(values) if values else [])
    row = ws.max_row
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i)
        if isinstance(v, str):
            c.value = neutralise(v)
            c.data_type = "s"  # openpyxl would store text starting with '=' as a formula
        else:
            c.value = v


def csv_bytes(result: Result) -> bytes:
    """:func:`to_csv` as UTF-8 with a BOM, so that Excel opens the Chinese text correctly."""
    return ("\ufeff" + to_csv(result)).encode("utf-8")


def xlsx_bytes(result: Result, *, sheet: str = "result") -> bytes:
    """The result as an Excel workbook: a bold header row, frozen; numbers and dates as themselves,
    text neutralised and stored as text; columns as wide as their content (up to 60)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31] or "result"
    append_row(ws, [str(c) for c in result.columns])
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in result.rows:
        append_row(ws, [_xlsx_value(r.get(c)) for c in result.columns])
    for i, c in enumerate(result.columns, start=1):
        longest = max([width(c)] + [min(width(cell(r.get(c))), 60) for r in result.rows[:500]])
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = max(8, longest + 2)
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render(result: Result, fmt: str) -> str:
    """Text output for ``table``, ``csv`` or ``json``."""
    if fmt == "table":
        return to_table(result)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "json":
        return to_json(result)
    raise ProgrammingError(f"format {fmt!r}: use one of table, csv, json (xlsx needs an output file)")
