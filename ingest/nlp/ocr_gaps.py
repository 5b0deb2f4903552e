"""Blanks a scan's text recognition puts inside words: 田 洪波, 绵 竹 市 住 房 和 城 乡 建 设 局, a name
broken over a line (法定代表人周建⏎华). :func:`extract_text <ingest.nlp.extract.extract_text>` reads the
text with them closed and gives every offset back in the text as written (:func:`close`, :func:`back`),
so a mention's text is what the letter shows (``田 洪波``) and the resolver compares it without blanks.

Pure functions over the text as written; a gap is closed only where a blank cannot be a separator:

* one ASCII space between two Chinese characters, on a line of running text (it has a comma, a stop, a
  colon …), not before a field's label (罗晓燕 电话：… keeps its space) nor after a unit's last character
  (经侦大队 陈志强) nor after a post (审核：主任 何建军), or on a line whose every
  character stands alone (询 问 笔 录: a heading spaced out) — never between the cells of a line
  without punctuation (序号 姓名 单位, a table);
* in a text with three such gaps or more in running text (a scan), a line break between two Chinese characters where
  the line before is a long line of running text that stops without punctuation and the next one is
  not indented as a paragraph (at most one blank before it).
"""

from __future__ import annotations

import re

from .rules.base import BODY_END_CHARS

_CJK = "\u4e00-\u9fff"
_GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_RUNNING = re.compile(r"[，。；、：:？！（）,;]")
_FIELD_AFTER = re.compile(rf"[{_CJK}]{{1,6}}\s*[:：]")
_BREAK = re.compile(rf"(?<=[{_CJK}])\r?\n(?P<indent> ?)(?=[{_CJK}])")
# the last character of a body or a unit: the blank after it separates a name (经侦大队 陈志强, 交易一部 韩静)
_UNIT_ENDS = BODY_END_CHARS | frozenset("部组站")
# a post right before the blank: it separates the name after it (审核：主任 何建军, 局长 王刚)
_POST_BEFORE = re.compile(r"(?:主任|局长|科长|股长|处长|所长|队长|院长|部长|组长|经理|书记|委员|科员|干部|会计|出纳)$")
_LONG_LINE = 30
_SCAN_GAPS = 3


def _line_gaps(line: str, base: int) -> tuple[list[tuple[int, int]], bool]:
    """The gaps of one line to close, and whether they are in running text (a scan's sign)."""
    gaps = [m.start() for m in _GAP.finditer(line)]
    if not gaps:
        return [], False
    if _RUNNING.search(line):
        return [(base + g, base + g + 1) for g in gaps
                if not _FIELD_AFTER.match(line, g + 1) and line[g - 1] not in _UNIT_ENDS
                and not _POST_BEFORE.search(line, 0, g)], True
    tokens = line.split()
    if len(tokens) >= 3 and all(len(t) == 1 for t in tokens):
        return [(base + g, base + g + 1) for g in gaps], False  # 询 问 笔 录: a heading spaced out
    return [], False


def gaps(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` stretches of ``text`` to close, in order."""
    out: list[tuple[int, int]] = []
    in_running = 0
    pos = 0
    for line in text.split("\n"):
        found, running = _line_gaps(line, pos)
        out += found
        in_running += len(found) if running else 0
        pos += len(line) + 1
    if in_running >= _SCAN_GAPS:
        for m in _BREAK.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            before = text[ls:m.start()].rstrip("\r")
            if len(before.strip()) >= _LONG_LINE and _RUNNING.search(before):
                out.append((m.start(), m.end()))
    return sorted(out)


def close(text: str, stretches: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``text`` without ``stretches``, and for each position of the result its position in ``text``
    (one more entry at the end: the text's length)."""
    kept: list[str] = []
    where: list[int] = []
    pos = 0
    for s, e in stretches:
        kept.append(text[pos:s])
        where.extend(range(pos, s))
        pos = e
    kept.append(text[pos:])
    where.extend(range(pos, len(text)))
    where.append(len(text))
    return "".join(kept), where


def back(where: list[int], start: int, end: int) -> tuple[int, int]:
    """A span ``[start, end)`` of the closed text as a span of the text as written."""
    return where[start], (where[end - 1] + 1 if end > start else where[start])
