"""Load the tiny bundled sample (``graph/data/sample.json``): a smoke test of the whole write path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.connection import Graph
from graph.ids import make_id
from graph.schema import load_schema
from graph.writer import RecordFactory, Unit, WriteStats, write_unit

SAMPLE = Path(__file__).parent / "data" / "sample.json"


def _ref(value: str, refs: dict[str, str]) -> str:
    if value.startswith("@"):
        prefix, _, keys = value[1:].partition(":")
        return make_id(prefix, *keys.split("|"))
    return refs[value]


def load_sample(graph: Graph, path: Path = SAMPLE) -> WriteStats:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    schema = load_schema()
    records = RecordFactory(schema, synthetic=True)
    source = data["source"]
    refs: dict[str, str] = {}
    unit = Unit()
    for n in data["nodes"]:
        props = {k: (_ref(v, refs) if isinstance(v, str) and v.startswith("@") else v) for k, v in n["props"].items()}
        rec = records.node(n["label"], props, source=source)
        unit.nodes.append(rec)
        if "ref" in n:
            refs[n["ref"]] = rec.id
    for r in data["relationships"]:
        unit.rels.append(
            records.rel(r["type"], _ref(r["start"], refs), _ref(r["end"], refs), r.get("props"), source=source)
        )
    return write_unit(graph, unit, schema)
