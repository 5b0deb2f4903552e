"""What a query returns: the column names in order and one dict per row, values made plain.

Plain means no driver types: ``neo4j.time.Date`` → ``datetime.date``, ``DateTime`` →
``datetime.datetime``, a node → ``{"_labels": [...], **properties}``, a relationship →
``{"_type": ..., **properties}``, a path → ``{"nodes": [...], "relationships": [...]}``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from neo4j import graph as ng

from graph.types.values import native


@dataclass
class Result:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False  # the row cap stopped the fetch
    elapsed_ms: float | None = None
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Any]:
        return [r.get(name) for r in self.rows]


def plain(value: Any) -> Any:
    """A value as plain Python (see module doc)."""
    if value is None or isinstance(value, (str, int, float, bool, dt.date, dt.datetime, dt.time)):
        return value
    if isinstance(value, ng.Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, ng.Relationship):
        return {"_type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, ng.Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if getattr(value, "to_native", None) is not None:  # a driver temporal value
        return native(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)
