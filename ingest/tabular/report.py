"""What a load did: a summary per table and every rejected row, as text or JSON.

Exit codes (``liandong load``): 0 everything loaded; 2 some rows were rejected (the good ones
were loaded); 1 a file (or sheet) could not be used at all — the other files were still loaded.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_ROWS_REJECTED = 2


@dataclass
class RowError:
    file: str
    row: int | None
    field: str | None      # the column as written in the file (or the JSON key)
    reason: str
    sheet: str | None = None
    unit: str = "row"      # row | record | line
    column: str | None = None  # the canonical column name
    kind: str | None = None
    fatal: bool = False    # the whole file/sheet could not be used

    @property
    def where(self) -> str:
        name = f"{self.file}[{self.sheet}]" if self.sheet else self.file
        parts = [name]
        if self.row is not None:
            parts.append(f"{self.unit} {self.row}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ", ".join(parts)

    @property
    def message(self) -> str:
        return f"{self.where}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "message": self.message}


@dataclass
class TableSummary:
    file: str
    sheet: str | None = None
    kinds: dict[str, int] = field(default_factory=dict)
    read: int = 0
    loaded: int = 0
    rejected: int = 0
    error: str | None = None
    encoding: str | None = None

    @property
    def label(self) -> str:
        return f"{self.file}[{self.sheet}]" if self.sheet else self.file


@dataclass
class LoadReport:
    dry_run: bool = False
    tables: list[TableSummary] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    nodes_written: int = 0
    relationships_written: int = 0
    transactions: int = 0

    @property
    def rows_read(self) -> int:
        return sum(t.read for t in self.tables)

    @property
    def rows_loaded(self) -> int:
        return sum(t.loaded for t in self.tables)

    @property
    def rows_rejected(self) -> int:
        return sum(t.rejected for t in self.tables)

    @property
    def exit_code(self) -> int:
        if any(e.fatal for e in self.errors):
            return EXIT_FATAL
        if self.errors or self.rows_rejected:
            return EXIT_ROWS_REJECTED
        return EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "exit_code": self.exit_code,
            "rows": {"read": self.rows_read, "loaded": self.rows_loaded, "rejected": self.rows_rejected},
            "written": {"nodes": self.nodes_written, "relationships": self.relationships_written,
                        "transactions": self.transactions},
            "files": [{**asdict(t), "label": t.label} for t in self.tables],
            "errors": [e.to_dict() for e in self.errors],
        }

    def write_json(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")

    def summary_lines(self) -> list[str]:
        verb = "valid" if self.dry_run else "loaded"
        width = max([_width(t.label) for t in self.tables] + [5])
        out = [f"{_pad('file', width)}  {'read':>6}  {verb:>6}  {'rejected':>8}  kinds"]
        for t in self.tables:
            kinds = ", ".join(f"{k} {n}" for k, n in t.kinds.items())
            if t.error:
                kinds = f"{kinds + '; ' if kinds else ''}NOT LOADED: {t.error}"
            out.append(f"{_pad(t.label, width)}  {t.read:>6}  {t.loaded:>6}  {t.rejected:>8}  {kinds or '-'}")
        out.append(f"{_pad('total', width)}  {self.rows_read:>6}  {self.rows_loaded:>6}  {self.rows_rejected:>8}")
        if self.dry_run:
            out.append("dry run: nothing was written.")
        else:
            out.append(f"written: {self.nodes_written} node and {self.relationships_written} relationship merges "
                       f"in {self.transactions} transaction(s) (re-running adds nothing).")
        return out


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))
