"""Load the graph model from ``schema.yaml`` once, validate it, and derive what others need.

Constraint and index statements, label quoting and value cleaning all come from here, so a
label or relationship type appears in Cypher only after it has been checked against the model.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InvalidData, ProgrammingError, SchemaError
from graph.ids import make_id
from graph.types import dates

SCHEMA_FILE = Path(__file__).with_name("schema.yaml")
TYPES = {"string", "text", "int", "float", "bool", "date", "datetime", "strings"}
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# Properties every node/relationship has, managed by the writer.
NODE_SYSTEM = ("id", "sources", "synthetic")
REL_SYSTEM = ("id", "source", "synthetic")


@dataclass(frozen=True)
class Property:
    name: str
    type: str
    required: bool = False
    index: bool = False
    description: str = ""


@dataclass(frozen=True)
class NodeType:
    label: str
    prefix: str
    key: tuple[str, ...]
    description: str
    properties: dict[str, Property]

    def make_id(self, props: dict[str, Any]) -> str:
        """The deterministic id of a node with these properties (from its business key)."""
        missing = [k for k in self.key if props.get(k) in (None, "")]
        if missing:
            raise InvalidData(f"{self.label} needs {', '.join(missing)} to be identified", field=missing[0])
        return make_id(self.prefix, *(_key_text(props[k]) for k in self.key))


@dataclass(frozen=True)
class RelType:
    type: str
    from_labels: tuple[str, ...]
    to_labels: tuple[str, ...]
    key: tuple[str, ...]
    properties: dict[str, Property]

    def make_id(self, start: str, end: str, props: dict[str, Any]) -> str:
        return make_id("rel", self.type, start, end, *(_key_text(props.get(k, "")) or "-" for k in self.key))


@dataclass(frozen=True)
class Schema:
    nodes: dict[str, NodeType]
    relationships: dict[str, RelType]
    by_prefix: dict[str, str] = field(default_factory=dict)
    relationship_sets: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def node(self, label: str) -> NodeType:
        try:
            return self.nodes[label]
        except KeyError:
            raise SchemaError(f"unknown node label {label!r}; known: {', '.join(sorted(self.nodes))}") from None

    def relationship_set(self, name: str) -> tuple[str, ...]:
        """A named set of relationship types (``relationship_sets`` in schema.yaml)."""
        try:
            return self.relationship_sets[name]
        except KeyError:
            raise SchemaError(
                f"unknown relationship set {name!r}; known: {', '.join(sorted(self.relationship_sets))}"
            ) from None

    def rel(self, rel_type: str) -> RelType:
        try:
            return self.relationships[rel_type]
        except KeyError:
            raise SchemaError(
                f"unknown relationship type {rel_type!r}; known: {', '.join(sorted(self.relationships))}"
            ) from None

    def label_of_id(self, node_id: str) -> str:
        prefix = node_id.partition(":")[0]
        try:
            return self.by_prefix[prefix]
        except KeyError:
            raise SchemaError(f"{node_id!r} does not start with a known id prefix") from None

    def constraint_name(self, label: str) -> str:
        return f"{_snake(self.node(label).label)}_id_unique"

    def constraint_statements(self) -> list[str]:
        """``CREATE CONSTRAINT … IF NOT EXISTS`` for every label's id: idempotent."""
        return [
            f"CREATE CONSTRAINT {self.constraint_name(label)} IF NOT EXISTS "
            f"FOR (n:{quote(label)}) REQUIRE n.id IS UNIQUE"
            for label in self.nodes
        ]

    def index_statements(self) -> list[str]:
        """``CREATE INDEX … IF NOT EXISTS`` for every property marked ``index: true``."""
        out = []
        for label, node in self.nodes.items():
            for prop in node.properties.values():
                if prop.index:
                    out.append(
                        f"CREATE INDEX {_snake(label)}_{prop.name} IF NOT EXISTS "
                        f"FOR (n:{quote(label)}) ON (n.{quote(prop.name)})"
                    )
        return out

    def ddl(self) -> list[str]:
        return self.constraint_statements() + self.index_statements()

    def property_keys(self) -> list[str]:
        keys: set[str] = set(NODE_SYSTEM) | set(REL_SYSTEM)
        for n in self.nodes.values():
            keys.update(n.properties)
        for r in self.relationships.values():
            keys.update(r.properties)
        return sorted(keys)

    def rel_endpoints(self) -> Iterator[tuple[str, str, str]]:
        for r in self.relationships.values():
            for a in r.from_labels:
                for b in r.to_labels:
                    yield r.type, a, b

    def clean_node_props(self, label: str, props: dict[str, Any], *, where: dict[str, Any] | None = None) -> dict[str, Any]:
        """Check and convert a node's properties against the model; unknown ones are refused."""
        node = self.node(label)
        return _clean(node.properties, props, f"{label}", where or {}, allow=NODE_SYSTEM)

    def clean_rel_props(self, rel_type: str, props: dict[str, Any], *, where: dict[str, Any] | None = None) -> dict[str, Any]:
        rel = self.rel(rel_type)
        return _clean(rel.properties, props, rel_type, where or {}, allow=REL_SYSTEM)


def quote(name: str) -> str:
    """Backtick-quote a label, type or property name that has been validated as a plain name."""
    if not _NAME.match(name):
        raise SchemaError(f"{name!r} is not a valid name for a label, type or property")
    return f"`{name}`"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _key_text(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


TRUE_WORDS = frozenset({"true", "yes", "y", "1", "是", "t"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "否", "f"})


def convert(value: Any, type_: str) -> Any:
    """Convert a raw value (from CSV, JSON, XLSX) to the model type; raises :class:`InvalidData` with a
    reason (the caller adds where: file, row, field)."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    if type_ in ("string", "text"):
        return str(value).strip() if type_ == "string" else str(value)
    if type_ == "int":
        if isinstance(value, bool):
            raise InvalidData("expected a whole number, got a yes/no value")
        if isinstance(value, float) and not value.is_integer():
            raise InvalidData(f"expected a whole number, got {value}")
        try:
            return int(str(value).strip().replace(",", "").removesuffix(".0"))
        except ValueError:
            raise InvalidData(f"expected a whole number, got {value!r}") from None
    if type_ == "float":
        if isinstance(value, bool):
            raise InvalidData("expected a number, got a yes/no value")
        try:
            return float(str(value).strip().replace(",", "").replace("，", ""))
        except ValueError:
            raise InvalidData(f"expected a number, got {value!r}") from None
    if type_ == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise InvalidData(f"expected yes/no (true/false, 是/否), got {value!r}")
    if type_ == "date":
        day = dates.parse(value)
        if day is None:
            raise InvalidData(f"expected a date like 2024-02-08 or 2024年2月8日, got {value!r}")
        return day
    if type_ == "datetime":
        moment = dates.parse_datetime(value)
        if moment is None:
            raise InvalidData(f"expected a date and time like 2024-02-08 09:30, got {value!r}")
        return moment
    if type_ == "strings":
        if isinstance(value, (list, tuple)):
            return [str(v).strip() for v in value if str(v).strip()]
        return [p.strip() for p in re.split(r"[;；|]", str(value)) if p.strip()]
    raise ProgrammingError(f"unknown property type {type_!r}")


def _clean(
    spec: dict[str, Property], props: dict[str, Any], what: str, where: dict[str, Any], allow: tuple[str, ...]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in props.items():
        if name in allow:
            if value is not None:
                out[name] = value
            continue
        prop = spec.get(name)
        if prop is None:
            raise InvalidData(
                f"{what} has no property {name!r} (known: {', '.join(sorted(spec))})", field=name, **where
            )
        try:
            converted = convert(value, prop.type)
        except InvalidData as e:
            raise InvalidData(e.reason, field=name, **where) from None
        if converted is not None:
            out[name] = converted
    for name, prop in spec.items():
        if prop.required and out.get(name) in (None, "", []):
            raise InvalidData(f"{what} requires {name!r}", field=name, **where)
    return out


def _props(raw: dict[str, Any] | None, where: str) -> dict[str, Property]:
    out = {}
    for name, spec in (raw or {}).items():
        spec = spec or {}
        if not _NAME.match(name):
            raise SchemaError(f"{where}: bad property name {name!r}")
        type_ = spec.get("type", "string")
        if type_ not in TYPES:
            raise SchemaError(f"{where}.{name}: unknown type {type_!r}; use one of {sorted(TYPES)}")
        out[name] = Property(
            name=name,
            type=type_,
            required=bool(spec.get("required", False)),
            index=bool(spec.get("index", False)),
            description=str(spec.get("description", "")),
        )
    return out


def parse_schema(data: dict[str, Any]) -> Schema:
    nodes: dict[str, NodeType] = {}
    prefixes: dict[str, str] = {}
    for label, spec in data["nodes"].items():
        quote(label)
        props = _props(spec.get("properties"), label)
        key = tuple(spec["key"])
        for k in key:
            if k not in props:
                raise SchemaError(f"{label}: key property {k!r} is not declared")
        prefix = spec["prefix"]
        if prefix in prefixes:
            raise SchemaError(f"{label}: id prefix {prefix!r} already used by {prefixes[prefix]}")
        prefixes[prefix] = label
        nodes[label] = NodeType(label, prefix, key, str(spec.get("description", "")), props)
    rels: dict[str, RelType] = {}
    for rtype, spec in data["relationships"].items():
        quote(rtype)
        for end in ("from", "to"):
            for label in spec[end]:
                if label not in nodes:
                    raise SchemaError(f"{rtype}.{end}: unknown label {label!r}")
        props = _props(spec.get("properties"), rtype)
        key = tuple(spec.get("key", ()))
        rels[rtype] = RelType(rtype, tuple(spec["from"]), tuple(spec["to"]), key, props)
    sets: dict[str, tuple[str, ...]] = {}
    for set_name, types in (data.get("relationship_sets") or {}).items():
        unknown = [t for t in types if t not in rels]
        if unknown:
            raise SchemaError(f"relationship_sets.{set_name}: unknown relationship types {unknown}")
        sets[set_name] = tuple(types)
    return Schema(nodes=nodes, relationships=rels, by_prefix=prefixes, relationship_sets=sets)


@lru_cache(maxsize=1)
def load_schema(path: Path = SCHEMA_FILE) -> Schema:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise SchemaError(f"cannot read the schema {path}: {e.strerror}") from e
    return parse_schema(data)
