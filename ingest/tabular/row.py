"""A parsed row of a structured import, and the records a row stands for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.writer import NodeRecord, RelRecord
from ingest.tabular.fields import Kind
from ingest.tabular.resolve import Reject

Record = NodeRecord | RelRecord


@dataclass
class Row:
    kind: Kind
    table: str               # the table's label (file or file[sheet])
    number: int              # row number as the user sees it
    unit: str                # row | record | line
    values: dict[str, Any]   # column (canonical) → converted value; blanks left out
    columns: dict[str, str]  # column (canonical) → header as written in the file
    source: str              # provenance: file:<name>#row<N>

    @property
    def place(self) -> str:
        return f"{self.table} {self.unit} {self.number}"

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def need(self, name: str) -> Any:
        value = self.values.get(name)
        if value in (None, "", []):
            raise Reject(name, f"is required for {self.kind.name} records")
        return value

    def col(self, name: str) -> str:
        """The column as the user wrote it (for messages), else its canonical name."""
        return self.columns.get(name, name)
