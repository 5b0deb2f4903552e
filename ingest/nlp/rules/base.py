"""What every rule module shares: the candidate span, the priorities, the character classes,
and the greedy resolution of overlapping candidates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

CJK = "\u4e00-\u9fff\u3007"

# ---------------------------------------------------------------- priorities
PRIO = {"LAW": 100, "PROJECT_NO": 92, "DOC_NO": 90, "DATE": 80, "MONEY": 80,
        "AGENCY": 60, "COMPANY": 60, "PERSON": 55, "POSITION": 50}
MODEL_PRIO = 40

# characters that end a name on its left: function words and pronouns/articles
FUNC_CHARS = frozenset("的对向在和与及或将被由从为是了于等经报据即并给按使让把跟同至到往自请")
PRONOUN_CHARS = frozenset("本该各我贵你全此其这那每")
# the last character of a body's name (局|杨光辉副局长, 该局|王局长): a person's name may start right after it
BODY_END_CHARS = frozenset("局委院所队科股室处心办司厅")
# a name never holds these (a span the model proposes across them is dropped)
NAME_BREAK = re.compile(r"[\s,，。;；:：、“”\"()（）《》]")


@dataclass(frozen=True)
class Cand:
    start: int
    end: int
    label: str
    prio: int
    source: str = "rule"

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(cands: Iterable[Cand]) -> list[Cand]:
    """Greedy flat resolution: higher priority, then longer, then earlier span wins."""
    chosen: list[Cand] = []
    cands = list(cands)
    size = max((c.end for c in cands), default=0)
    occupied = bytearray(size + 1)
    for c in sorted(cands, key=lambda c: (-c.prio, -c.length, c.start)):
        if c.start >= c.end or any(occupied[c.start:c.end]):
            continue
        chosen.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted((c for c in chosen if not c.label.startswith("_")), key=lambda c: c.start)



# ---------------------------------------------------------------- tables written in text
CELL_SEP = re.compile(r"[ \t\u3000]*[|｜│\t][ \t\u3000]*|[ \u3000]{2,}")


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line of ``text`` that holds ``pos``, without its line break."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def trailing_empty_cells(line: str) -> int:
    """How many cells a table's line leaves empty at its end (苗东来⇥副局长⇥ under a 联系电话 column: one;
    | 副局长 | | : one — the last bar closes the row)."""
    trailing = line[len(line.rstrip(" \t\u3000|｜│┃")):]
    return trailing.count("\t") if "\t" in trailing else max(0, sum(map(trailing.count, "|｜│┃")) - 1)


def table_rows(text: str) -> list[list[tuple[int, str]]]:
    """Every line split into its cells (by | ｜ │, tabs or wide spaces): (offset, cell text)."""
    rows: list[list[tuple[int, str]]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        lead = len(line) - len(line.lstrip(" \t\u3000|｜│"))
        body = line.strip(" \t\u3000|｜│")
        cells: list[tuple[int, str]] = []
        pos = m.start() + lead
        for part in CELL_SEP.split(body):
            cells.append((pos, part))
            pos += len(part)
            sep = CELL_SEP.match(text, pos)
            pos = sep.end() if sep else pos
        cells += [(m.end(), "")] * (trailing_empty_cells(line) if body else 0)
        rows.append(cells)
    return rows


def column_values(text: str, is_header: Callable[[str], bool]) -> list[tuple[int, str]]:
    """The cells under a header cell that ``is_header`` accepts, row by row until a line with
    another number of cells: (offset, cell text)."""
    out: list[tuple[int, str]] = []
    col: int | None = None
    width = 0
    above = 0  # the number of cells of the line above
    for cells in table_rows(text):
        inside, above = len(cells) >= 2 and len(cells) == above, len(cells)
        if col is not None and len(cells) == width:
            out.append(cells[col])  # a row of the table (a cell reading 法定代表人 under 职务 is a value)
            continue
        heads = [k for k, (_, c) in enumerate(cells) if is_header(c.strip())]
        if len(cells) >= 2 and heads and not inside:  # a header opens its table: never a row inside one
            col, width = heads[0], len(cells)
            continue
        col = None
    return out
