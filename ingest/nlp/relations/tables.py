"""Tables written in text: rows of cells separated by | │ ┃, tabs or wide spaces, under a header row,
and what each column holds (a person, a position, an organisation, a bidder, a project number, the
sender or the receiver of a transfer …) — so that a relation can be read along a row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .context import Ctx, Ent

_SEP = re.compile(r"\s*(?:[|│┃｜]|\t+|[ \u3000]{2,})\s*")
_RULE = re.compile(r"^[\s|│┃｜:：\-—─━┼+]*$")  # |---|---| and box-drawing borders

# what a column holds, by the words of its header cell (first match wins)
COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sender", re.compile(r"^(移送|移交|转送|来文|来函|报送)(单位|机关|部门)$")),
    ("receiver", re.compile(r"^(接收|承办|受理|处理|移送至|移交至|移送给|转送至)(单位|机关|部门)?$|^(移送|移交)(对象|去向)$")),
    ("penalizer", re.compile(r"^(处罚|决定|执法|作出处罚的?|处理)(机关|单位|部门)$")),
    ("penalized", re.compile(r"^(被处罚|处罚|违法|被处理)(单位|人|对象|主体)(名称)?$|^当事人(名称)?$|^行政相对人(名称)?$")),
    ("legal_rep", re.compile(r"^(法定代表人|法人代表|负责人)(姓名)?$")),
    ("bidder", re.compile(r"^(第.候选人|(中标|成交|投标|竞标|响应|入围)(供应商|人|单位|候选人)|供应商|候选人)(名称)?$")),
    ("project", re.compile(r"^(项目|采购|招标)?编号$")),
    ("position", re.compile(r"^(职务|职位|岗位|现任职务|拟任职务|原职务)$")),
    ("person", re.compile(r"^(姓名|人员|约谈人|被约谈人|责任人|当事人姓名)$")),
    ("org", re.compile(r"^(工作单位|所在单位|单位|单位名称|企业名称|公司名称|名称)$")),
)


_HEADER_HINT = re.compile(r"单位|机关|部门|编号|职务|职位|岗位|姓名|人员|名称|供应商|候选人|中标|成交|投标|当事人|代表人|负责人|"
                          r"对象|主体|约谈人|责任人|移送|接收|承办|受理|来文|来函|报送|处理")
# a column headed by a title (项目负责人, 项目经理): its cells name who holds it for the row's organisation
_TITLE_COLUMN = re.compile(r"(负责人|经理|代表人|代表|董事长|主任|局长)")
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


def _role(header: str) -> str | None:
    h = re.sub(r"[\s（）()]", "", header)
    return next((role for role, rx in COLUMN_ROLES if rx.search(h)), None)


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
        roles = tuple(_role(c.text) for c in head)
        if len(head) < 2 or not (any(roles) or _TITLE_COLUMN.search(view, s, e)):
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
