"""One saved query: its parameters bound to typed values, its Cypher rendered (inline values and macros
filled in), and what is sent to the server as parameters.

``{{display n}}`` expands to the expression that names any node ``n`` for a person, and
``{{types NAME}}`` (expanded when the file is loaded, :mod:`queries.registry`) to the relationship
types of the schema's set ``NAME``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from graph.errors import QueryError, SchemaError
from graph.schema import load_schema, quote
from queries.params import Param, derived_int

DEFAULT_TIMEOUT_S = 60.0
INLINE_REF = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)\s*\}\}")
DISPLAY = re.compile(r"\{\{\s*display\s+([^{}]+?)\s*\}\}")
DISPLAY_PROPS = (
    "name", "title", "doc_no", "clue_no", "case_no", "complaint_no", "project_no", "number", "address",
    "text", "list_name", "kind", "id",
)


def display_expression(var: str) -> str:
    """A Cypher expression naming node ``var`` for a person (first property it has)."""
    v = var if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var) else f"({var})"
    return "coalesce(" + ", ".join(f"{v}.{p}" for p in DISPLAY_PROPS) + ")"


@dataclass(frozen=True)
class Query:
    name: str
    title_zh: str
    title_en: str
    description: str
    category: str
    params: tuple[Param, ...]
    template: str
    post: str | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    file: str = ""

    @property
    def title(self) -> str:
        return f"{self.title_zh} / {self.title_en}"

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise QueryError(f"query {self.name!r} has no parameter {name!r}; it takes: {self._param_list()}")

    def _param_list(self) -> str:
        shown = [p.name for p in self.params if not p.hidden]
        return ", ".join(shown) if shown else "no parameters"

    def bind(self, raw: dict[str, Any] | None) -> dict[str, Any]:
        """Typed values for every parameter (defaults filled in, derived ones computed).

        ``raw`` may hold strings (command line) or typed values (app); an unknown name, a missing
        required value or a value of the wrong type is a :class:`QueryError` naming the parameter.
        """
        raw = dict(raw or {})
        known = {p.name for p in self.params if not p.hidden}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {unknown[0]!r}; it takes: {self._param_list()}"
            )
        out: dict[str, Any] = {}
        for p in self.params:
            if p.hidden:
                continue
            value = raw.get(p.name)
            if value is None or (isinstance(value, str) and value.strip() == ""):
                if p.required:
                    raise QueryError(f"query {self.name!r} needs parameter {p.name!r} ({p.describe()})")
                out[p.name] = None if p.default is None else p.convert(p.default)
            else:
                out[p.name] = p.convert(value)
        for p in self.params:
            if p.hidden and p.type == "label":
                out[p.name] = self._derive_label(p, out.get(p.derive or ""))
            elif p.hidden:
                fn, source = derived_int(p.derive or "")
                value = out[source]
                out[p.name] = (value + 1) // 2 if fn == "half_up" else value // 2
        return out

    def _derive_label(self, p: Param, node_id: Any) -> str:
        schema = load_schema()
        if not isinstance(node_id, str) or not node_id:
            raise QueryError(f"query {self.name!r}: parameter {p.derive!r} must be an id like company:…")
        try:
            label = schema.label_of_id(node_id)
        except SchemaError:
            prefixes = sorted(schema.nodes[lbl].prefix for lbl in (p.labels or tuple(schema.nodes)))
            raise QueryError(
                f"parameter {p.derive!r}: {node_id!r} is not a liandong id — it must start with one of "
                f"{', '.join(x + ':' for x in prefixes)}"
            ) from None
        if p.labels and label not in p.labels:
            raise QueryError(
                f"parameter {p.derive!r}: {node_id!r} is a {label}; this query takes a "
                f"{' or '.join(p.labels)}"
            )
        return label

    def render(self, bound: dict[str, Any]) -> str:
        """The Cypher text with inline parameters and macros filled in."""

        def inline(m: re.Match[str]) -> str:
            p = self.param(m.group(1))
            value = bound.get(p.name)
            if p.type == "label":
                return quote(str(value))
            if p.type == "int" and p.inline and isinstance(value, int) and not isinstance(value, bool):
                p._check(value)
                return str(value)
            raise QueryError(f"query {self.name!r}: parameter {p.name!r} cannot be inlined")  # pragma: no cover

        text = DISPLAY.sub(lambda m: display_expression(m.group(1)), self.template)
        return INLINE_REF.sub(inline, text)

    def driver_params(self, bound: dict[str, Any]) -> dict[str, Any]:
        """The values sent as Cypher parameters (everything not inlined)."""
        return {p.name: bound[p.name] for p in self.params if not (p.inline or p.type == "label" or p.post_only)}

    def sample_bound(self) -> dict[str, Any]:
        raw = {p.name: p.sample for p in self.params if not p.hidden and p.sample is not None}
        return self.bind(raw)

    def sample_params(self) -> dict[str, Any]:
        """Parameters to run :attr:`cypher` with (samples for required ones, defaults for the rest)."""
        return self.driver_params(self.sample_bound())

    @property
    def cypher(self) -> str:
        """The text as run with the sample parameters (what the catalog lints)."""
        return self.render(self.sample_bound())
