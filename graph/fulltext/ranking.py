"""Matching a folded query against a node's searched values and ordering the hits — the same
hits in the same order whichever index gave the candidates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from graph.fulltext.fields import _SPACE, FIELDS, LABEL_RANK, fold_number
from graph.types.text import fold


@dataclass(frozen=True)
class Snippet:
    """The text around a hit, cut from the original: ``before`` + ``match`` + ``after``."""

    before: str
    match: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.match + self.after


@dataclass(frozen=True)
class Hit:
    id: str
    label: str
    name: str            # what the node is called (name, title, number …) as written
    field: str           # the property the query was found in
    kind: str            # name | number | title | text
    grade: str           # exact | prefix | name | number | title | text: how good the match is
    snippet: Snippet     # the matched value (a window of it for a letter's text), hit marked
    occurrences: int
    score: float         # higher is better; equal scores keep the backend's order
    props: dict[str, Any] = dc_field(default_factory=dict, compare=False)  # the searched values but long text

    @property
    def is_letter(self) -> bool:
        return self.label == "Document"


def snippet_of(value: str, folded_needle: str, *, width: int = 40) -> Snippet | None:
    """The first occurrence of ``folded_needle`` in ``value`` with up to ``width`` characters each side."""
    folded = fold(value)
    at = folded.find(folded_needle)
    if at < 0:
        return None
    end = at + len(folded_needle)
    start, stop = max(0, at - width), min(len(value), end + width)
    clean = lambda s: _SPACE.sub(" ", s)  # noqa: E731 - no line breaks or indentation in a snippet
    before = ("…" if start > 0 else "") + clean(value[start:at]).lstrip()
    after = clean(value[end:stop]).rstrip() + ("…" if stop < len(value) else "")
    return Snippet(before, clean(value[at:end]), after)


# kind weights: exact name/number, name prefix, name/number contains, title, text
_WEIGHT = {"exact": 100.0, "prefix": 80.0, "name": 60.0, "number": 60.0, "title": 40.0, "text": 20.0}
_TITLE_FIELDS = frozenset({"title"})


def _values(label: str, props: dict[str, Any]) -> Iterable[tuple[str, str, str]]:
    """(field, kind, value) of every searched value of a node."""
    f = FIELDS[label]
    for name in f.names:
        if props.get(name):
            yield name, ("title" if (name in _TITLE_FIELDS and label == "Document") else "name"), str(props[name])
    for name in f.lists:
        for v in props.get(name) or []:
            if v:
                yield name, "name", str(v)
    for name in f.numbers:
        if props.get(name):
            yield name, "number", str(props[name])
    for name in f.texts:
        if props.get(name):
            yield name, "text", str(props[name])


def display_name(label: str, props: dict[str, Any]) -> str:
    f = FIELDS[label]
    for name in (*f.names, *f.numbers):
        if props.get(name):
            return str(props[name])
    return str(props.get("id", ""))


def match(label: str, props: dict[str, Any], q: str) -> Hit | None:
    """The best match of the folded query ``q`` in one node (None when nothing contains it)."""
    qn = fold_number(q)
    best: Hit | None = None
    for prop, kind, value in _values(label, props):
        if kind == "number":
            hay, needle = fold_number(value), qn
        else:
            hay, needle = fold(value), q
        if not needle or needle not in hay:
            continue
        count = hay.count(needle)
        if kind in ("name", "number") and hay == needle:
            grade = "exact"
        elif kind == "name" and hay.startswith(needle):
            grade = "prefix"
        else:
            grade = kind
        weight = _WEIGHT[grade]
        score = weight + (min(count, 10) if kind == "text" else 0) - min(len(hay), 1000) / 1e4
        if kind == "number":
            snip = Snippet("", value, "") if hay == needle else (snippet_of(value, q) or Snippet("", value, ""))
        else:
            snip = snippet_of(value, q, width=40 if kind == "text" else 200) or Snippet("", value, "")
        if best is None or score > best.score:
            short = {k: v for k, v in props.items() if k not in FIELDS[label].texts}
            best = Hit(str(props.get("id")), label, display_name(label, props), prop, kind, grade, snip, count, score, short)
    return best


def rank(hits: Iterable[Hit]) -> list[Hit]:
    """Best first; equal scores by label, then name."""
    return sorted(hits, key=lambda h: (-h.score, LABEL_RANK.get(h.label, 99), len(h.name), h.name, h.id))
