"""The query library as data: every saved query is a YAML entry in ``queries/*.yaml``.

One entry::

    - name: interest_chain
      title: {zh: 利益链条, en: Interest chain}
      category: investigation
      description: …
      params:
        from_id: {type: string, required: true, sample: "official:…"}
        max_hops: {type: int, default: 4, min: 1, max: 6, inline: true}
        from_label: {type: label, derive: from_id, labels: [Official, Agency, Person]}
      cypher: |
        MATCH (a:{{from_label}} {id: $from_id}) …
      post: chain_text          # optional: a function in queries/post.py, run on the result

Parameter types: string, int, float, date, bool, list (``of:`` element type, default string),
and label. Values are always passed as Cypher parameters, except two kinds that Cypher cannot
take as parameters and that are therefore *inlined* after strict validation:

* an ``int`` with ``inline: true`` (it must declare ``min`` and ``max``) — a var-length bound
  such as ``*..{{max_hops}}``;
* a ``label`` derived from an id parameter's prefix (``derive: from_id``), checked against the
  schema and against the entry's ``labels`` list — so a lookup by id uses the label's index;
* an inline ``int`` derived from another inline int as ``half_up(max_hops)`` or
  ``half_down(max_hops)`` — the two halves of a path searched from both ends.

``{{display n}}`` expands to the expression that names any node ``n`` for a person, and
``{{types NAME}}`` to the relationship types of the schema's set ``NAME`` (``relationship_sets`` in
graph/schema.yaml: ``[:{{types interest}}*..3]``), so a set is declared once for every query and page.

>>> q = load_registry().get("interest_chain")                  # doctest: +SKIP
>>> q.bind({"from_id": "official:…", "to_id": "company:…", "max_hops": "4"})
>>> run_query(graph, "interest_chain", {...})                   # doctest: +SKIP
Result(columns=[...], rows=[...])
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as nx

from graph.connection import Graph
from graph.errors import QueryError, SchemaError
from graph.schema import FALSE_WORDS as MODEL_FALSE_WORDS
from graph.schema import TRUE_WORDS as MODEL_TRUE_WORDS
from graph.schema import load_schema, quote
from graph.types import dates
from queries.adhoc import QueryTimeout, bounded, tag_metadata, tag_statement, terminate_tagged
from queries.result import Result, plain

__all__ = ["QUERY_DIR", "Param", "Query", "Registry", "Result", "load_registry", "run_query"]

QUERY_DIR = Path(__file__).resolve().parent
TYPES = ("string", "int", "float", "date", "bool", "list", "label")
ELEMENT_TYPES = ("string", "int", "float", "date", "bool")
PARAM_KEYS = {"type", "required", "default", "description", "min", "max", "choices", "inline", "sample", "derive", "labels", "of", "post_only"}
ENTRY_KEYS = {"name", "title", "category", "description", "params", "cypher", "post", "timeout_s"}
DEFAULT_TIMEOUT_S = 60.0
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM_REF = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_INLINE_REF = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)\s*\}\}")
_DERIVED_INT = re.compile(r"(half_up|half_down)\(([a-z][a-z0-9_]*)\)")
_DISPLAY = re.compile(r"\{\{\s*display\s+([^{}]+?)\s*\}\}")
_TYPES = re.compile(r"\{\{\s*types\s+([a-z][a-z0-9_]*)\s*\}\}")
DISPLAY_PROPS = (
    "name", "title", "doc_no", "clue_no", "case_no", "complaint_no", "project_no", "number", "address",
    "text", "list_name", "kind", "id",
)
# the model's yes/no words, plus the switch words people type on a command line
TRUE_WORDS = MODEL_TRUE_WORDS | {"on"}
FALSE_WORDS = MODEL_FALSE_WORDS | {"off"}


def _derived_int(spec: str) -> tuple[str, str]:
    m = _DERIVED_INT.fullmatch(spec)
    if m is None:
        raise QueryError(f"bad derived int {spec!r}: use half_up(<param>) or half_down(<param>)")
    return m.group(1), m.group(2)


def display_expression(var: str) -> str:
    """A Cypher expression naming node ``var`` for a person (first property it has)."""
    v = var if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var) else f"({var})"
    return "coalesce(" + ", ".join(f"{v}.{p}" for p in DISPLAY_PROPS) + ")"


def types_expression(set_name: str, where: str = "") -> str:
    """``FAMILY|ASSOCIATE|…``: a relationship set of the schema as a Cypher type alternation."""
    try:
        types = load_schema().relationship_set(set_name)
    except SchemaError as e:
        raise QueryError(f"{where}: {e}") from None
    return "|".join(types)  # schema names, checked against [A-Za-z][A-Za-z0-9_]* when it was loaded


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
        try:
            if type_ in ("string", "label"):
                if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                    raise ValueError
                return str(value).strip()
            if type_ == "int":
                if isinstance(value, bool):
                    raise ValueError
                if isinstance(value, float):
                    if not value.is_integer():
                        raise ValueError
                    return int(value)
                return int(str(value).strip().replace(",", "").replace("_", ""))
            if type_ == "float":
                if isinstance(value, bool):
                    raise ValueError
                return float(str(value).strip().replace(",", ""))
            if type_ == "bool":
                if isinstance(value, bool):
                    return value
                text = str(value).strip().lower()
                if text in TRUE_WORDS:
                    return True
                if text in FALSE_WORDS:
                    return False
                raise ValueError
            if type_ == "date":
                return _to_date(value)
        except (ValueError, TypeError, OverflowError):
            raise QueryError(f"parameter {self.name!r}: expected {what}, got {value!r}") from None
        raise QueryError(f"parameter {self.name!r}: unknown type {type_!r}")  # pragma: no cover

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


def _to_date(value: Any) -> dt.date:
    if isinstance(value, str) and value.strip().lower() in ("today", "今天", "今日"):
        return dt.date.today()
    out = dates.parse(value)  # the one reading of dates (driver values too)
    if out is None:
        raise ValueError(f"expected a date like 2024-03-01, got {value!r}")
    return out


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
                fn, source = _derived_int(p.derive or "")
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

        text = _DISPLAY.sub(lambda m: display_expression(m.group(1)), self.template)
        return _INLINE_REF.sub(inline, text)

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


class Registry:
    def __init__(self, queries: list[Query]) -> None:
        self._queries: dict[str, Query] = {}
        for q in queries:
            if q.name in self._queries:
                raise QueryError(f"two saved queries are named {q.name!r} ({self._queries[q.name].file}, {q.file})")
            self._queries[q.name] = q

    def all(self) -> list[Query]:
        return list(self._queries.values())

    def names(self) -> list[str]:
        return list(self._queries)

    def __contains__(self, name: object) -> bool:
        return name in self._queries

    def __len__(self) -> int:
        return len(self._queries)

    def get(self, name: str) -> Query:
        try:
            return self._queries[name]
        except KeyError:
            raise QueryError(
                f"no saved query named {name!r}; known: {', '.join(sorted(self._queries))} "
                f"(`liandong query list` describes them)"
            ) from None


def _param_from_raw(qname: str, name: str, spec: Any, where: str) -> Param:
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


def _query_from_raw(raw: Any, file: Path, index: int) -> Query:
    where = f"{file.name}: entry {index + 1}"
    if not isinstance(raw, dict):
        raise QueryError(f"{where}: expected a mapping")
    extra = set(raw) - ENTRY_KEYS
    if extra:
        raise QueryError(f"{where}: unknown keys {sorted(extra)}")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise QueryError(f"{where}: name {name!r} must be lower_case_with_underscores")
    where = f"{file.name}: query {name!r}"
    title = raw.get("title") or {}
    if not (isinstance(title, dict) and title.get("zh") and title.get("en")):
        raise QueryError(f"{where}: title needs zh and en")
    for key in ("description", "cypher"):
        if not str(raw.get(key) or "").strip():
            raise QueryError(f"{where}: {key} is missing")
    params = tuple(_param_from_raw(name, k, v, where) for k, v in (raw.get("params") or {}).items())
    template = _TYPES.sub(lambda m: types_expression(m.group(1), where), str(raw["cypher"]).strip())
    by_name = {p.name: p for p in params}
    text_no_strings = re.sub(r"'(?:[^'\\]|\\.)*'", "''", _DISPLAY.sub("", template))
    used = set(_PARAM_REF.findall(text_no_strings))
    declared = {p.name for p in params if not (p.inline or p.type == "label" or p.post_only)}
    if any(p.post_only for p in params) and not raw.get("post"):
        raise QueryError(f"{where}: post_only parameters need a post step")
    if used - declared:
        raise QueryError(f"{where}: the Cypher uses undeclared parameters {sorted(used - declared)}")
    if declared - used:
        raise QueryError(f"{where}: parameters {sorted(declared - used)} are declared but never used")
    inlined = set(_INLINE_REF.findall(_DISPLAY.sub("", template)))
    for ref in inlined:
        p = by_name.get(ref)
        if p is None or not (p.inline or p.type == "label"):
            raise QueryError(f"{where}: {{{{{ref}}}}} is not an inline or label parameter")
    for p in params:
        if (p.inline or p.type == "label") and p.name not in inlined:
            raise QueryError(f"{where}: inline parameter {p.name!r} is never used")
        if p.derive and p.type == "label" and (p.derive not in by_name or by_name[p.derive].type != "string"):
            raise QueryError(f"{where}: {p.name!r} derives from {p.derive!r}, which is not a string parameter")
        if p.derive and p.type == "int":
            source = by_name.get(_derived_int(p.derive)[1])
            if source is None or source.hidden or not (source.type == "int" and source.inline):
                raise QueryError(f"{where}: {p.name!r} derives from {p.derive!r}: not an inline int parameter")
        if p.required and p.sample is None and not p.hidden:
            raise QueryError(f"{where}: required parameter {p.name!r} needs a sample value (for the catalog)")
    post = raw.get("post")
    if post is not None:
        _post_function(str(post), where)
    return Query(
        name=name, title_zh=str(title["zh"]), title_en=str(title["en"]),
        description=" ".join(str(raw["description"]).split()), category=str(raw.get("category") or "other"),
        params=params, template=template, post=None if post is None else str(post),
        timeout_s=float(raw.get("timeout_s") or DEFAULT_TIMEOUT_S), file=file.name,
    )


def _post_function(name: str, where: str = "") -> Callable[[Graph | None, Result, dict[str, Any]], Result]:
    module = importlib.import_module("queries.post")
    fn = getattr(module, name, None)
    if fn is None or name.startswith("_") or name not in getattr(module, "POST_STEPS", ()):
        raise QueryError(f"{where}: post step {name!r} is not in queries/post.py POST_STEPS")
    return fn  # type: ignore[no-any-return]


def load_files(paths: list[Path]) -> Registry:
    import yaml

    queries: list[Query] = []
    for path in paths:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as e:
            raise QueryError(f"cannot read the query file {path}: {e}") from e
        entries = data.get("queries") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise QueryError(f"{path.name}: expected a list under 'queries'")
        queries.extend(_query_from_raw(raw, path, i) for i, raw in enumerate(entries))
    return Registry(queries)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """Every ``queries/*.yaml`` file, validated, in file then entry order (cached)."""
    return load_files(sorted(QUERY_DIR.glob("*.yaml")))


def run_query(
    graph: Graph,
    name: str,
    params: dict[str, Any] | None = None,
    *,
    timeout_s: float | None = None,
    registry: Registry | None = None,
) -> Result:
    """Bind, run read-only (``routing_=READ``) and post-process one saved query.

    ``timeout_s`` (default: the query's own, 60 s) bounds the wait: the server is asked to stop
    (Neo4j honours it), and where it has none (the embedded ArcadeDB) the statement, sent with a
    tag comment, is terminated on the server (:func:`queries.adhoc.terminate_tagged`); the caller
    gets a :class:`QueryTimeout`.
    """
    q = (registry or load_registry()).get(name)
    bound = q.bind(params)
    tag, text = tag_statement(q.render(bound), graph)
    limit = timeout_s or q.timeout_s
    t0 = time.perf_counter()
    box: dict[str, Any] = {}

    def work() -> None:
        # an auto-commit READ transaction, not execute_query's retried one: on Neo4j a statement
        # terminated at its time limit (TERMINATE TRANSACTIONS) would otherwise be run again
        with graph.driver.session(database=graph.database, default_access_mode=neo4j.READ_ACCESS) as session:
            result = session.run(
                neo4j.Query(text, timeout=limit, metadata=tag_metadata(tag)),  # type: ignore[arg-type]
                q.driver_params(bound),
            )
            records = list(result)
            box["out"] = (records, None, result.keys())

    # the server's own time limit where it has one (Neo4j), and the one client-side limit everywhere
    try:
        bounded(work, limit, name=f"liandong-query-{name}")
    except TimeoutError:
        terminate_tagged(graph, tag)
        raise QueryTimeout(
            f"saved query {name!r} stopped after {limit:g} s — narrow it (fewer hops, a smaller limit) "
            f"or allow more time (--timeout)"
        ) from None
    except nx.Neo4jError as error:
        message = (error.message or "").strip().splitlines()
        raise QueryError(
            f"saved query {name!r} failed ({error.code}): {message[0][:300] if message else '(no message)'}"
        ) from error
    records, _, keys = box["out"]
    columns = list(keys)
    rows = [{k: plain(v) for k, v in zip(columns, r.values())} for r in records]
    result = Result(columns, rows)
    if q.post:
        result = _post_function(q.post)(graph, result, bound)
    result.elapsed_ms = (time.perf_counter() - t0) * 1000
    return result
