"""Coded values from a closed list — the ``vocabularies`` of graph/schema.yaml, declared once.

Each code has ``zh`` (what a person reads, and may write back), ``words`` (what an import row or a
person may write for it besides the code and ``zh``; one word names one code), ``en`` and, for agency
kinds, ``in_name`` (a regular expression: an agency whose name matches is of that kind; tried in the
order the schema writes them); for family relations, ``groups`` (words naming the relation of several
people, 夫妻 / 父子, or of none in particular, 其他: read by graph/types/kin.py). Values are compared as :func:`graph.types.names.lookup_key` forms.

>>> clean("agency_kind", "纪委")        # 'discipline'
>>> zh("agency_kind", "finance")        # '财政部门（政府采购监督管理部门）'
>>> kind_in_name("agency_kind", "示例县公共资源交易中心")   # 'trading_centre'
>>> clean("violation", "围标串标")        # 'collusion'

This module reads the YAML itself (it sits below graph.schema, which needs the driver's errors).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from graph.errors import ProgrammingError, SchemaError
from graph.types.names import lookup_key

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.yaml"


@dataclass(frozen=True)
class Term:
    code: str
    zh: str
    words: tuple[str, ...] = ()
    in_name: re.Pattern[str] | None = None
    en: str = ""
    groups: tuple[str, ...] = ()   # words naming the relation of several people (夫妻) or of none (其他)


@functools.cache
def _vocabularies(path: Path = SCHEMA_FILE) -> dict[str, dict[str, Term]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, dict[str, Term]] = {}
    for name, terms in (data.get("vocabularies") or {}).items():
        out[name] = {}
        named: dict[str, str] = {}  # lookup form of a word -> the code it names
        for code, spec in terms.items():
            where = f"{path}: vocabularies.{name}.{code}"
            if not re.fullmatch(r"[a-z][a-z0-9_]*", str(code)) or not (spec or {}).get("zh"):
                raise SchemaError(f"{where}: a code is [a-z][a-z0-9_]* and needs zh — correct the schema file")
            pattern = spec.get("in_name")
            term = Term(str(code), str(spec["zh"]), tuple(str(w) for w in spec.get("words") or ()),
                        re.compile(pattern) if pattern else None, str(spec.get("en") or ""),
                        tuple(str(w) for w in spec.get("groups") or ()))
            for word in (term.code, term.zh, *term.words):
                other = named.setdefault(lookup_key(word), term.code)
                if other != term.code:
                    raise SchemaError(f"{where}: {word!r} already names {other!r} — one word names one code")
            out[name][code] = term
    return out


def terms(name: str) -> dict[str, Term]:
    """The terms of vocabulary ``name`` by code, in the schema's order."""
    try:
        return _vocabularies()[name]
    except KeyError:
        known = ", ".join(sorted(_vocabularies()))
        raise ProgrammingError(f"unknown vocabulary {name!r}; known: {known}") from None


def codes(name: str) -> tuple[str, ...]:
    return tuple(terms(name))


def zh(name: str, code: str) -> str:
    """What a person reads for ``code`` (the code itself when it is not in the vocabulary)."""
    term = terms(name).get(code)
    return term.zh if term else code


def index(mapping: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """What :func:`find` looks in: each code and each of its words (lookup form) → the code.
    For the schema's vocabularies and for the closed lists an import declares (relations, levels …)."""
    out = {lookup_key(code): code for code in mapping}
    for code, words in mapping.items():
        for word in words:
            out[lookup_key(word)] = code
    return out


def find(lookup: Mapping[str, str], value: object) -> str | None:
    """The code ``value`` stands for in an :func:`index` (width, case and spaces by Chinese ignored,
    ``_`` for a space)."""
    if value is None:
        return None
    key = lookup_key(str(value))
    return lookup.get(key) or lookup.get(key.replace(" ", "_"))


@functools.cache
def _lookup(name: str) -> dict[str, str]:
    return index({code: (term.zh, *term.words) for code, term in terms(name).items()})


def clean(name: str, value: object) -> str | None:
    """The code ``value`` stands for — the code itself or any of its words — or None."""
    return find(_lookup(name), value)


def validate(name: str, value: object) -> bool:
    return clean(name, value) is not None


def kind_in_name(name: str, text: str) -> str | None:
    """The first code whose ``in_name`` pattern matches ``text`` (an agency's name), or None."""
    for code, term in terms(name).items():
        if term.in_name is not None and term.in_name.search(text):
            return code
    return None
