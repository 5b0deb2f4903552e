"""Tables written in text: rows of cells separated by | │ ┃, tabs or wide spaces, under a header row,
and what each column holds (a person, a position, an organisation, a bidder, a project number, the
sender or the receiver of a transfer …) — so that a relation can be read along a row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.letter_fields import TITLE_HEADING, bar_cells, column_names, column_role

from ..rules.base import trailing_empty_cells
from ..rules.places import is_cjk
from .context import Ctx, Ent

_BAR = re.compile(r"[|│┃｜]")
_SEP = re.compile(r"\s*(?:[|│┃｜]|\t+|[ \u3000]{2,})\s*")
_RULE = re.compile(r"^[\s|│┃｜:：\-—─━┼+]*$")  # |---|---| and box-drawing borders

# what a column holds, by its header cell: ingest.letter_fields (the one vocabulary of field names);
# a header row names a column the rules read or a title (项目负责人)
_HEADER_HINT = re.compile("|".join(sorted(column_names(), key=len, reverse=True)) + "|" + TITLE_HEADING.pattern)
_SEP_INSIDE = re.compile(r"\S\s*(?:[|│┃｜]|\t|[ \u3000]{2,})\s*\S")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    roles: tuple[str | None, ...]  # the role of each column (None: one the rules do not read)
    rows: tuple[tuple[Cell, ...], ...]
    header: tuple[Cell, ...] = ()

    def column(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def _cells(view: str, s: int, e: int) -> list[Cell]:
    line = view[s:e]
    if _BAR.search(line):  # | 局长 |  | 已给予… : a cell between two bars is a cell, empty or not
        return [Cell(at, at + len(t), t) for at, t in bar_cells(line, s)]
    out: list[Cell] = []
    pos = 0
    for m in list(_SEP.finditer(line)) + [None]:
        end = m.start() if m is not None else len(line)
        raw = line[pos:end]
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            out.append(Cell(s + pos + lead, s + pos + lead + len(text), text))
        if m is not None:
            pos = m.end()
    return out


def _aligned(view: str, cells: list[Cell], head: list[Cell]) -> list[Cell]:
    """A row of a table aligned with blanks whose cells outnumber the header's: a two-character name
    spaced out to the width of three (金  山) is one cell — single characters at most three blanks
    apart are joined; the row is kept only when that gives the header's count."""
    out: list[Cell] = []
    for c in cells:
        prev = out[-1] if out else None
        if prev is not None and len(prev.text) == 1 and len(c.text) == 1 and c.start - prev.end <= 3 \
                and is_cjk(prev.text) and is_cjk(c.text):
            out[-1] = Cell(prev.start, c.end, view[prev.start:c.end])
        else:
            out.append(c)
    return out if len(out) == len(head) else cells


@lru_cache(maxsize=8)  # each relation reads the tables of the document in hand
def tables(view: str) -> tuple[Table, ...]:
    """Every block of two or more lines with the same number (≥ 2) of cells whose first line names at
    least one column the rules read."""
    lines: list[tuple[int, int]] = []
    s = 0
    for ln in view.split("\n"):
        lines.append((s, s + len(ln)))
        s += len(ln) + 1
    out: list[Table] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if not _HEADER_HINT.search(view, s, e) or not _SEP_INSIDE.search(view, s, e):
            i += 1  # no column word or no separator: not a header row (most lines of a letter)
            continue
        head = _cells(view, s, e)
        roles = tuple(column_role(c.text) for c in head)
        if len(head) < 2 or not (any(roles) or TITLE_HEADING.search(view, s, e)):
            i += 1
            continue
        rows: list[tuple[Cell, ...]] = []
        j = i + 1
        while j < len(lines):
            rs, re_ = lines[j]
            if _RULE.match(view[rs:re_]) and view[rs:re_].strip():
                j += 1
                continue
            cells = _cells(view, rs, re_)
            if cells and len(head) - len(cells) == trailing_empty_cells(view[rs:re_]):
                cells += [Cell(re_, re_, "")] * (len(head) - len(cells))  # the row's last cells left empty
            if len(cells) > len(head) and not _BAR.search(view, rs, re_):
                cells = _aligned(view, cells, head)  # 金  山 under 经办人: blanks inside a cell
            if len(cells) != len(head):
                break
            rows.append(tuple(cells))
            j += 1
        if rows:
            out.append(Table(roles, tuple(rows), tuple(head)))
            i = j
        else:
            i += 1
    return tuple(out)


def in_cell(ctx: Ctx, cell: Cell, labels: tuple[str, ...]) -> list[Ent]:
    """The entities of ``labels`` written in a cell."""
    return ctx.ents_in(cell.start, cell.end, labels)
