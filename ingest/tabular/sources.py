"""Read CSV, JSON / JSON Lines and XLSX files into :class:`Table` s of raw rows.

Nothing here knows about record kinds: a table is a file (or one XLSX sheet, or one list of a
JSON object) with rows of ``header → raw value``. Row numbers are what the user sees:

* CSV and XLSX: the spreadsheet row, header included — the first data row under a header in
  row 1 is row 2;
* JSON array: the record's position, from 1;
* JSON Lines: the line number.

A file that cannot be read or parsed raises :class:`FileError` with one line saying why and
what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import InvalidData
from ingest.tabular.checks import nfkc

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SUFFIXES = CSV_SUFFIXES + JSON_SUFFIXES + XLSX_SUFFIXES
# Sheets and JSON keys that hold documentation, not records.
SKIPPED_SHEETS = ("说明", "填表说明", "readme", "notes", "instructions", "help")


class FileError(InvalidData):
    """The file (or one of its sheets) cannot be used at all; ``message`` says why (the loader adds the
    file's name)."""

    def __init__(self, message: str, *, row: int | None = None, field: str | None = None) -> None:
        super().__init__(message, row=row, field=field)
        self.message = message


@dataclass
class RawRow:
    number: int
    values: dict[str, Any]


@dataclass
class Table:
    path: Path
    sheet: str | None = None
    unit: str = "row"                 # how row numbers are called: row | record | line
    headers: list[str] = field(default_factory=list)
    rows: list[RawRow] = field(default_factory=list)
    header_row: int | None = None     # spreadsheet row of the header (CSV, XLSX)
    per_row_keys: bool = False        # JSON: each record has its own keys
    encoding: str | None = None
    error: FileError | None = None    # this sheet cannot be used (the others of the file still can)

    @property
    def label(self) -> str:
        return f"{self.path.name}[{self.sheet}]" if self.sheet else self.path.name

    @property
    def source_prefix(self) -> str:
        return f"file:{self.path.name}#" + (f"{self.sheet}!" if self.sheet else "")


def read_tables(path: Path, *, encoding: str | None = None) -> list[Table]:
    """Every table in the file; raises :class:`FileError` when the file cannot be used at all."""
    if not path.exists():
        raise FileError("no such file")
    if path.is_dir():
        raise FileError("is a folder; give the files in it")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    if suffix == ".xls":
        raise FileError("old Excel .xls files are not read; save it as .xlsx (or CSV UTF-8) and load that")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise FileError(f"cannot be read: {e.strerror}") from None
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(path)
    text, used = decode(data, encoding)
    if suffix in JSON_SUFFIXES:
        return _read_json(path, text, used, lines=suffix != ".json")
    if suffix in CSV_SUFFIXES:
        return [_read_csv(path, text, used, delimiter="\t" if suffix == ".tsv" else None)]
    raise FileError(f"unknown file type {suffix or '(none)'}; give one of {', '.join(SUFFIXES)}")


# ------------------------------------------------------------------------------------- decoding
def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 — strictly; or the forced encoding."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise FileError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise FileError(f"is not valid {encoding} (byte {e.start}); check --encoding") from None
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise FileError(f"starts with a {enc} byte-order mark but is not valid {enc} (byte {e.start})") from None
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise FileError("is neither UTF-8 nor GB18030 text; save it as CSV UTF-8 or give --encoding")


# ------------------------------------------------------------------------------------------ CSV
def _read_csv(path: Path, text: str, encoding: str, delimiter: str | None) -> Table:
    if "\x00" in text:
        raise FileError("contains NUL bytes: it is not a text file (an Excel file renamed to .csv?)")
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if not first_line:
        raise FileError("is empty: it has no header row")
    if delimiter is None:
        delimiter = max(",\t;|", key=first_line.count) if any(d in first_line for d in ",\t;|") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as e:
        raise FileError(f"is not valid CSV: {e}") from None
    return _table_from_grid(path, None, rows, encoding=encoding)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _table_from_grid(path: Path, sheet: str | None, grid: list[list[Any]] | list[tuple[Any, ...]], *,
                     encoding: str | None = None, title_row: bool = False) -> Table:
    """Rows of cells → a table. The header is the first non-blank row; with ``title_row`` (XLSX) a lone
    title cell above it ("2021年投标记录") is skipped."""
    nonblank = [i for i, r in enumerate(grid) if any(not _blank(c) for c in r)]
    table = Table(path, sheet, "row", encoding=encoding)
    if not nonblank:
        return table
    h = nonblank[0]
    filled = sum(not _blank(c) for c in grid[h])
    if title_row and filled == 1 and len(nonblank) > 1 and sum(not _blank(c) for c in grid[nonblank[1]]) > 1:
        h = nonblank[1]  # a title line such as "2021年投标记录" above the header
    header_cells = list(grid[h])
    while header_cells and _blank(header_cells[-1]):
        header_cells.pop()
    headers: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(header_cells):
        name = nfkc(cell) if not _blank(cell) else f"(column {_column_letter(i)})"
        if name in seen:
            raise FileError(
                f"the column {name!r} appears twice in the header (columns {_column_letter(seen[name])} and "
                f"{_column_letter(i)}); remove or rename one",
                row=h + 1,
                field=name,
            )
        seen[name] = i
        headers.append(name)
    table.headers = headers
    table.header_row = h + 1
    for i in range(h + 1, len(grid)):
        cells = list(grid[i])
        if all(_blank(c) for c in cells):
            continue
        extra = [j for j in range(len(headers), len(cells)) if not _blank(cells[j])]
        if extra:
            raise FileError(
                f"row {i + 1} has a value in column {_column_letter(extra[0])}, which has no header; "
                f"add a header or remove the value",
                row=i + 1,
            )
        values = {name: (cells[j] if j < len(cells) else None) for j, name in enumerate(headers)}
        table.rows.append(RawRow(i + 1, values))
    for j, name in enumerate(headers):
        if name.startswith("(column ") and any(not _blank(r.values[name]) for r in table.rows):
            raise FileError(f"column {_column_letter(j)} has values but no header; name it", row=h + 1, field=name)
    for name in [n for n in headers if n.startswith("(column ")]:
        headers.remove(name)
        for r in table.rows:
            r.values.pop(name, None)
    return table


def _column_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        out = chr(65 + rem) + out
    return out


# ----------------------------------------------------------------------------------------- JSON
def _read_json(path: Path, text: str, encoding: str, *, lines: bool) -> list[Table]:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise FileError("is empty")
    if not lines:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as e:
            # several objects, one per line, in a .json file: JSON Lines after all
            if e.msg == "Extra data" and text.lstrip().startswith("{"):
                return _read_json(path, text, encoding, lines=True)
            raise FileError(f"is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
        return _tables_from_json(path, doc, encoding)
    table = Table(path, None, "line", per_row_keys=True, encoding=encoding)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise FileError(f"line {n} is not valid JSON: {e.msg} (column {e.colno})", row=n) from None
        if not isinstance(obj, dict):
            raise FileError(f"line {n} is not a JSON object; JSON Lines holds one object per line", row=n)
        table.rows.append(RawRow(n, obj))
    table.headers = _union_keys(table.rows)
    return [table]


def _tables_from_json(path: Path, doc: Any, encoding: str) -> list[Table]:
    if isinstance(doc, list):
        return [_json_table(path, None, doc, encoding)]
    if isinstance(doc, dict):
        if isinstance(doc.get("records"), list):
            return [_json_table(path, None, doc["records"], encoding)]
        lists = {k: v for k, v in doc.items() if isinstance(v, list)}
        if lists and len(lists) == len(doc):
            # {"companies": [...], "bids": [...]}: one table per key, like XLSX sheets
            return [_json_table(path, k, v, encoding) for k, v in lists.items()]
    raise FileError(
        'must hold an array of objects, {"records": [...]}, {"<kind>": [...], …} or one object per line (JSON Lines)'
    )


def _json_table(path: Path, name: str | None, items: list[Any], encoding: str) -> Table:
    table = Table(path, name, "record", per_row_keys=True, encoding=encoding)
    for n, obj in enumerate(items, start=1):
        if not isinstance(obj, dict):
            raise FileError(f"record {n} is not an object (found {type(obj).__name__})", row=n)
        table.rows.append(RawRow(n, obj))
    table.headers = _union_keys(table.rows)
    return table


def _union_keys(rows: list[RawRow]) -> list[str]:
    keys: dict[str, None] = {}
    for r in rows:
        keys.update(dict.fromkeys(r.values))
    return list(keys)


# ----------------------------------------------------------------------------------------- XLSX
def _read_xlsx(path: Path) -> list[Table]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as e:
        raise FileError(f"is not a readable .xlsx workbook ({type(e).__name__}: {e}); re-save it from Excel/WPS") from None
    tables = []
    try:
        for ws in wb.worksheets:
            if ws.title.strip().lower() in SKIPPED_SHEETS or ws.title.startswith("_"):
                continue
            grid = [list(r) for r in ws.iter_rows(min_row=1, values_only=True)]
            try:
                tables.append(_table_from_grid(path, ws.title, grid, title_row=True))
            except FileError as e:
                tables.append(Table(path, ws.title, error=e))
    finally:
        wb.close()
    return tables
