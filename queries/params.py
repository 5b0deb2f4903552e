"""The parameters of a saved query: their types, and a raw value (command line or app) as a typed one.

Types: string, int, float, date, bool, list (``of:`` element type, default string) and label. An
``int`` may be *inlined* (``inline: true``, with ``min`` and ``max``) or derived from an inline int
(``half_up(p)`` / ``half_down(p)``); a ``label`` is derived from an id parameter's prefix. How a
query uses them is :mod:`queries.query`; the YAML they come from, :mod:`queries.registry`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from graph.errors import ProgrammingError, QueryError
from graph.schema import convert, load_schema
from graph.types import dates

TYPES = ("string", "int", "float", "date", "bool", "list", "label")
ELEMENT_TYPES = ("string", "int", "float", "date", "bool")
PARAM_KEYS = {"type", "required", "default", "description", "min", "max", "choices", "inline", "sample", "derive", "labels", "of", "post_only"}
_DERIVED_INT = re.compile(r"(half_up|half_down)\(([a-z][a-z0-9_]*)\)")
# besides the model's yes/no words (graph.schema.convert), the switch words people type on a command line
SWITCH_WORDS = {"on": True, "off": False}


def derived_int(spec: str) -> tuple[str, str]:
    m = _DERIVED_INT.fullmatch(spec)
    if m is None:
        raise QueryError(f"bad derived int {spec!r}: use half_up(<param>) or half_down(<param>)")
    return m.group(1), m.group(2)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool = False
    default: Any = None
    description: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] = ()
    inline: bool = False
    sample: Any = None
    derive: str | None = None  # label: the id parameter whose prefix gives it; int: half_up(p) / half_down(p)
    labels: tuple[str, ...] = ()  # label params: the labels allowed
    of: str = "string"  # list params: element type
    post_only: bool = False  # read only by the post step, never sent to the server

    @property
    def hidden(self) -> bool:
        """Derived parameters are not given by the user."""
        return self.derive is not None

    def convert(self, value: Any) -> Any:
        """Convert one raw value (a string from the command line, or a typed value) to this type."""
        if self.type == "list":
            if isinstance(value, str):
                items: list[Any] = [v.strip() for v in re.split(r"[,，;；]", value) if v.strip()]
            elif isinstance(value, (list, tuple, set)):
                items = list(value)
            else:
                raise QueryError(f"parameter {self.name!r}: expected a list (comma-separated), got {value!r}")
            out = [self._convert_scalar(v, self.of) for v in items]
        else:
            out = self._convert_scalar(value, self.type)
        self._check(out)
        return out

    def _convert_scalar(self, value: Any, type_: str) -> Any:
        what = {
            "string": "text", "int": "a whole number", "float": "a number",
            "date": "a date like 2024-03-01 (or 'today')", "bool": "yes/no (true/false)", "label": "a label",
        }[type_]
        bad = QueryError(f"parameter {self.name!r}: expected {what}, got {value!r}")
        try:
            if type_ in ("string", "label"):
                if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                    raise bad
                return str(value).strip()
            if type_ == "int":
                if isinstance(value, bool):
                    raise bad
                if isinstance(value, float):
                    if not value.is_integer():
                        raise bad
                    return int(value)
                return int(str(value).strip().replace(",", "").replace("_", ""))
            if type_ == "float":
                if isinstance(value, bool):
                    raise bad
                return float(str(value).strip().replace(",", ""))
            if type_ == "bool":
                switch = SWITCH_WORDS.get(str(value).strip().lower())
                return switch if switch is not None else convert(value, "bool")
            if type_ == "date":
                day = _to_date(value)
                if day is None:
                    raise bad
                return day
        except (ValueError, TypeError, OverflowError):  # int() and float() of what is no number; InvalidData
            raise bad from None
        raise ProgrammingError(f"parameter {self.name!r}: unknown type {type_!r}")  # pragma: no cover

    def _check(self, value: Any) -> None:
        values = value if isinstance(value, list) else [value]
        for v in values:
            if self.min is not None and isinstance(v, (int, float)) and v < self.min:
                raise QueryError(f"parameter {self.name!r}: {v} is below the minimum {self.min:g}")
            if self.max is not None and isinstance(v, (int, float)) and v > self.max:
                raise QueryError(f"parameter {self.name!r}: {v} is above the maximum {self.max:g}")
            if self.choices and v not in self.choices:
                raise QueryError(
                    f"parameter {self.name!r}: {v!r} is not one of {', '.join(map(str, self.choices))}"
                )

    def describe(self) -> str:
        bits = [self.type if self.type != "list" else f"list of {self.of}"]
        if self.required:
            bits.append("required")
        elif self.default is not None:
            bits.append(f"default {self.default}")
        if self.min is not None or self.max is not None:
            bits.append(f"{'' if self.min is None else f'{self.min:g}'}–{'' if self.max is None else f'{self.max:g}'}")
        if self.choices:
            bits.append("one of " + "/".join(map(str, self.choices)))
        return ", ".join(bits)


def _to_date(value: Any) -> dt.date | None:
    if isinstance(value, str) and value.strip().lower() in ("today", "今天", "今日"):
        return dt.date.today()
    return dates.parse(value)  # the one reading of dates (driver values too)


def param_from_raw(name: str, spec: Any, where: str) -> Param:
    """One ``params:`` entry of a query file, checked."""
    if not isinstance(spec, dict):
        raise QueryError(f"{where}: parameter {name!r} must be a mapping")
    extra = set(spec) - PARAM_KEYS
    if extra:
        raise QueryError(f"{where}: parameter {name!r} has unknown keys {sorted(extra)}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise QueryError(f"{where}: bad parameter name {name!r} (lower_case)")
    type_ = spec.get("type", "string")
    if type_ not in TYPES:
        raise QueryError(f"{where}: parameter {name!r} has unknown type {type_!r}; use one of {', '.join(TYPES)}")
    of = spec.get("of", "string")
    if of not in ELEMENT_TYPES:
        raise QueryError(f"{where}: parameter {name!r}: list element type {of!r} is not one of {ELEMENT_TYPES}")
    p = Param(
        name=name, type=type_, required=bool(spec.get("required", False)), default=spec.get("default"),
        description=str(spec.get("description", "")).strip(), min=spec.get("min"), max=spec.get("max"),
        choices=tuple(spec.get("choices") or ()), inline=bool(spec.get("inline", False)),
        sample=spec.get("sample"), derive=spec.get("derive"), labels=tuple(spec.get("labels") or ()), of=of,
        post_only=bool(spec.get("post_only", False)),
    )
    if p.inline and not (p.type == "int" and p.min is not None and p.max is not None):
        raise QueryError(f"{where}: parameter {name!r}: only an int with min and max may be inline")
    if p.type == "label":
        if not p.derive:
            raise QueryError(f"{where}: label parameter {name!r} needs derive: <id parameter>")
        schema = load_schema()
        bad = [lbl for lbl in p.labels if lbl not in schema.nodes]
        if bad:
            raise QueryError(f"{where}: label parameter {name!r}: unknown labels {bad}")
    elif p.derive and not (p.type == "int" and p.inline and _DERIVED_INT.fullmatch(p.derive)):
        raise QueryError(
            f"{where}: {name!r}: only labels (derive: <id parameter>) and inline ints "
            f"(derive: half_up(<int>) / half_down(<int>)) may be derived"
        )
    if p.required and p.default is not None:
        raise QueryError(f"{where}: parameter {name!r} is required and has a default — choose one")
    if p.default is not None:
        try:
            p.convert(p.default)  # a bad default fails at load time, not at run time
        except QueryError as e:
            raise QueryError(f"{where}: default of {e}") from None
    return p
