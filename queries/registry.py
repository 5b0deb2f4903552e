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

The parameters are :mod:`queries.params`, one entry :mod:`queries.query`, running one
:mod:`queries.run`.

>>> q = load_registry().get("interest_chain")                  # doctest: +SKIP
>>> q.bind({"from_id": "official:…", "to_id": "company:…", "max_hops": "4"})
"""


from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.errors import QueryError, SchemaError
from graph.schema import load_schema
from queries.params import derived_int, param_from_raw
from queries.post import step
from queries.query import DEFAULT_TIMEOUT_S, DISPLAY, INLINE_REF, Query

__all__ = ["QUERY_DIR", "Registry", "load_files", "load_registry", "types_expression"]

QUERY_DIR = Path(__file__).resolve().parent
ENTRY_KEYS = {"name", "title", "category", "description", "params", "cypher", "post", "timeout_s"}
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM_REF = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_TYPES = re.compile(r"\{\{\s*types\s+([a-z][a-z0-9_]*)\s*\}\}")


def types_expression(set_name: str, where: str = "") -> str:
    """``FAMILY|ASSOCIATE|…``: a relationship set of the schema as a Cypher type alternation."""
    try:
        types = load_schema().relationship_set(set_name)
    except SchemaError as e:
        raise QueryError(f"{where}: {e}") from None
    return "|".join(types)  # schema names, checked against [A-Za-z][A-Za-z0-9_]* when it was loaded


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
    params = tuple(param_from_raw(k, v, where) for k, v in (raw.get("params") or {}).items())
    template = _TYPES.sub(lambda m: types_expression(m.group(1), where), str(raw["cypher"]).strip())
    by_name = {p.name: p for p in params}
    text_no_strings = re.sub(r"'(?:[^'\\]|\\.)*'", "''", DISPLAY.sub("", template))
    used = set(_PARAM_REF.findall(text_no_strings))
    declared = {p.name for p in params if not (p.inline or p.type == "label" or p.post_only)}
    if any(p.post_only for p in params) and not raw.get("post"):
        raise QueryError(f"{where}: post_only parameters need a post step")
    if used - declared:
        raise QueryError(f"{where}: the Cypher uses undeclared parameters {sorted(used - declared)}")
    if declared - used:
        raise QueryError(f"{where}: parameters {sorted(declared - used)} are declared but never used")
    inlined = set(INLINE_REF.findall(DISPLAY.sub("", template)))
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
            source = by_name.get(derived_int(p.derive)[1])
            if source is None or source.hidden or not (source.type == "int" and source.inline):
                raise QueryError(f"{where}: {p.name!r} derives from {p.derive!r}: not an inline int parameter")
        if p.required and p.sample is None and not p.hidden:
            raise QueryError(f"{where}: required parameter {p.name!r} needs a sample value (for the catalog)")
    post = raw.get("post")
    if post is not None:
        step(str(post), where)
    return Query(
        name=name, title_zh=str(title["zh"]), title_en=str(title["en"]),
        description=" ".join(str(raw["description"]).split()), category=str(raw.get("category") or "other"),
        params=params, template=template, post=None if post is None else str(post),
        timeout_s=float(raw.get("timeout_s") or DEFAULT_TIMEOUT_S), file=file.name,
    )


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
