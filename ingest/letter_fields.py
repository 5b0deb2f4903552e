"""The fields of a letter or a form, in one place: what a field is and what each field name means.

A field is a name and its value — ``移送单位：X局`` on a line, ``│接收单位│Y局│`` in a table row,
``签收单位（盖章）：`` with the value on the next line — or, in a table written in text, a column
whose header cell is a field name (``序号｜接收单位｜文号``). :data:`VOCABULARY` says, as data, what each
name means (its *role*: the sender of a transfer, its receiver, the organ signing, the transfer date,
the letter's own date, its number, a party, a legal representative, a post …); :func:`fields` reads
the fields of a text and :func:`column_role` the role of a header cell. The letter reader
(:mod:`ingest.letter_layout` → :mod:`ingest.letters`, acts → threads) and the relations
(:mod:`ingest.nlp.relations.layout`, :mod:`ingest.nlp.relations.tables`) read fields only through
this module. Pure ``re``: no model, no I/O.

To add a field name: add it to the entry of its role below (a name that means one thing on a form
line and another as a column header gets ``where="form"`` / ``where="column"``); the first entry
that lists a name decides its role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Where = Literal["form", "column"]


@dataclass(frozen=True)
class Names:
    """The names of one role: ``names`` written out, each optionally followed by one of ``then``."""

    role: str
    names: tuple[str, ...]
    where: Literal["both", "form", "column"] = "both"
    then: tuple[str, ...] = ()


def _each(stems: str, heads: str) -> tuple[str, ...]:
    """Every stem followed by every head: ``_each("移送 移交", "单位 机关")`` → 移送单位, 移送机关, 移交单位, 移交机关."""
    return tuple(s + h for s in stems.split() for h in heads.split())


_ORGAN = "单位 机关 部门"

# ------------------------------------------------------------------------------ the vocabulary (data)
# role names are the ones the relations read (Table.column(role)): sender, receiver, penalizer,
# penalized (the party), legal_rep, bidder, project, position (the post), person, org; and, on forms,
# counterparty and direction (a register of both ways), addressee, signer, date (of the transfer), dated (the letter's own date), received / decided /
# handled (dates a letter reports), number (the letter's own), transfer_number, case; staff (a row's clerk or contact).
VOCABULARY: tuple[Names, ...] = (
    # whom the letter is addressed to (主送：X局、Y局)
    Names("addressee", ("主送", "主送单位", "主送机关"), where="form"),
    # who hands the matter over (a transfer form, a list of what was sent or received)
    Names("sender", _each("移送 移交 转送 来文 来函 发函 报送 送件", _ORGAN)),
    # who the matter goes to — on a receipt, the organ that signs it
    Names("receiver", _each("接收 签收 收件 收文 受理 承办 处理 移送至 移交至 移送给 转送至", _ORGAN)
          + _each("移送 移交", "对象 去向")),
    Names("receiver", ("接收", "承办", "受理", "处理", "移送至", "移交至", "移送给", "转送至"), where="column"),
    Names("sender", ("线索来源", "来源单位", "案件来源", "来源"), where="column"),
    # a register of both ways: the other body of each row, and which way the matter went (移出 / 移入)
    Names("counterparty", ("对方单位", "对方机关", "对方", "往来单位", "来往单位"), where="column"),
    Names("direction", ("方向", "移送方向", "流向"), where="column"),
    # the organ signing a letter that is not a receiver of anything
    Names("signer", _each("回执 发文", _ORGAN), where="form"),
    # when the matter was handed over; the letter's own date (a receipt's 签收日期)
    Names("date", _each("移送 移交 转送 来文 来函", "时间 日期")),
    Names("dated", ("日期", "时间") + _each("签收 收到 接收 发文 成文 落款", "日期 时间"), where="form"),
    # the dates a letter reports (a name listed before under another role means both: 签收日期 is
    # the receipt's own date and when the matter was received; names_of gives every name of a role)
    Names("received", _each("收到 签收 接收", "日期 时间"), where="form"),
    Names("decided", _each("立案 受理 决定", "日期 时间"), where="form"),
    Names("handled", _each("办结 结案 办理完毕", "日期 时间"), where="form"),
    # the letter's own number (as a column header, 编号 numbers the row's item: see project), and the
    # number of the transfer a receipt records
    Names("number", ("编号", "文号", "字号"), where="form"),
    Names("transfer_number", _each("移送 移交 转送 来文", "文号 编号") + ("来文名称", "来函名称"), where="form"),
    Names("case", _each("案件 线索 案卷 问题 登记 立案", "编号")),
    # the body making a record or a notice (约谈单位：X, 通报单位：X)
    Names("issuer", _each("约谈 发布 通报", _ORGAN), where="form"),
    # a decision and its party
    Names("penalizer", _each("处罚 决定 执法 作出处罚 作出处罚的", _ORGAN)),
    Names("penalized", _each("被处罚 处罚 违法 被处理", "单位 人 对象 主体") + ("当事人", "行政相对人"), then=("名称",)),
    Names("legal_rep", ("法定代表人", "法人代表", "负责人"), then=("姓名",)),
    # a procurement
    Names("bidder", _each("第一 第二 第三 第四 第五 第六 第七 第八 第九 第十 第1 第2 第3 第4 第5 第6 第7 第8 第9",
                          "候选人")
          + _each("中标 成交 投标 竞标 响应 入围", "供应商 人 单位 候选人") + ("供应商", "候选人"), then=("名称",)),
    Names("project", ("项目编号", "采购编号", "招标编号", "标段编号")),
    Names("project", ("编号",), where="column"),
    # a register's column naming the project of each row (涉及项目/单位: 市住建局城北片区老旧小区改造（二期）)
    Names("project_name", ("项目名称", "涉及项目", "所涉项目", "采购项目", "工程名称", "项目"), where="column"),
    # people and their posts
    # (a register's 单位及职务 holds the unit and the post: read as the post's column, its unit the post's)
    Names("position", ("职务", "职位", "岗位", "现任职务", "拟任职务", "原职务")
          + _each("单位 工作单位", "及职务 和职务 职务 及职位")),
    Names("person", ("姓名", "名字", "人员姓名", "人员", "相关人员", "涉及人员", "涉事人员", "涉案人员", "约谈人", "被约谈人",
                     "责任人", "当事人姓名", "对象", "反映对象", "被反映人", "被举报人", "举报对象", "被调查人", "调查对象")),
    # the people a row names who are not its subject (the clerk handling it, a contact): persons, never
    # given the row's unit or post
    Names("staff", ("联系人", "经办人", "承办人", "登记人", "执法人员", "办案人员", "承办人员", "经办人员"), where="column"),
    Names("org", ("工作单位", "所在单位", "单位", "单位名称", "企业名称", "公司名称", "名称")),
)

# the form fields that name the body issuing the document itself (a transfer form's 移送单位, a
# record's 约谈单位, a decision's 决定机关) — the classifier's issuer; not 来文单位 (a register's
# sender of a letter received) nor 执法单位
ISSUING: frozenset[str] = frozenset(_each("移送 移交 转送 约谈 发文 发布 决定 处罚 通报", _ORGAN))

# a column headed by a title (项目负责人, 项目经理): its cells name who holds it for the row's organisation
TITLE_HEADING = re.compile(r"(负责人|经理|代表人|代表|董事长|主任|局长)")

# a seal or signature mark after a field name or a value: （盖章） （签章） (印章) …
SEAL = r"[（(]\s*(?:印|章|印章|盖章|公章|签章|代章|专用章|签字|签名|签字盖章|签名盖章)\s*[)）]"
_SEAL_END = re.compile(r"\s*" + SEAL + r"\s*$")
_CELL_SEP = re.compile(r"[|│┃｜]")
_BOX = re.compile(r"^[\s│┃|｜┌┐└┘├┤┬┴┼─━┏┓┗┛┣┫┳┻╋\-—:：+]*$")  # a border line: no field


@lru_cache(maxsize=2)
def _lookup(where: Where) -> dict[str, str]:
    """name → role, for names used on a form line or as a column header (the first entry wins)."""
    out: dict[str, str] = {}
    for entry in VOCABULARY:
        if entry.where not in ("both", where):
            continue
        for name in entry.names:
            for full in (name, *(name + t for t in entry.then)):
                out.setdefault(full, entry.role)
    return out


@lru_cache(maxsize=1)
def _form_line() -> re.Pattern[str]:
    """A form line: a field name (spaces between its characters allowed: 移　送　单　位), an optional
    seal mark, then a colon, a cell border, a space or the end of the line, then the value."""
    names = sorted(_lookup("form"), key=len, reverse=True)
    alt = "|".join(r"[ \t\u3000]*".join(map(re.escape, n)) for n in names)
    return re.compile(rf"^[ \t\u3000]*(?P<name>{alt})(?:[一二三四五六七八九十]{{1,2}}|\d{{1,2}})?"  # 当事人一：, 供应商2：
                      rf"[ \t\u3000]*(?:{SEAL})?[ \t\u3000]*"
                      rf"(?:[:：]|[|│┃｜]|(?=[ \t\u3000])|$)[ \t\u3000]*")


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def role_of(name: str, where: Where = "form") -> str | None:
    """The role of a field name as written (spaces, a seal mark and a final colon ignored)."""
    n = _squeeze(_SEAL_END.sub("", re.sub(r"[:：]\s*$", "", name.strip())))
    return _lookup(where).get(n)


def names_of(*roles: str, where: Where | None = None) -> tuple[str, ...]:
    """Every name declared for ``roles`` (on forms and as column headers, or only ``where``), longest first."""
    names = {full for entry in VOCABULARY if entry.role in roles and (where is None or entry.where in ("both", where))
             for name in entry.names for full in (name, *(name + t for t in entry.then))}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def pattern_of(*roles: str) -> str:
    """A regular-expression alternation of the names of ``roles`` (for a label searched in prose)."""
    return "|".join(map(re.escape, names_of(*roles)))


def column_role(header: str) -> str | None:
    """The role of a table column, by the words of its header cell (接收单位, 当事人名称, 职务 …)."""
    key = re.sub(r"[\s（）()]", "", header)
    found = _lookup("column").get(key)
    if found is None and re.search(r"[/／、]", key):  # 职务/身份: the first of its names the vocabulary knows
        found = next((r for part in re.split(r"[/／、]", key) if (r := _lookup("column").get(part))), None)
    return found


def column_names() -> tuple[str, ...]:
    """Every name a column header may carry (a quick test for a header row)."""
    return tuple(_lookup("column"))


def is_field_name(text: str) -> bool:
    """Whether ``text`` is a form field's name (a line that opens with one is a field, not prose)."""
    return role_of(text) is not None


@dataclass(frozen=True)
class Field:
    """One field of a text: its role, its name as written (spaces dropped), its value and where the
    value stands in the text read (``start``/``end``; both at the name's end when there is no value)."""

    role: str
    name: str
    value: str
    start: int
    end: int


def _value(text: str, s: int, e: int) -> tuple[int, int]:
    """The value in text[s:e]: spaces, cell borders and a final seal mark trimmed."""
    seg = text[s:e]
    m = _SEAL_END.search(seg)
    if m:
        e = s + m.start()
        seg = text[s:e]
    stripped = seg.strip(" \t\u3000|│┃｜")
    if not stripped:
        return s, s
    lead = seg.index(stripped[0])
    return s + lead, s + lead + len(stripped)


def _line_fields(text: str, s: int, e: int) -> list[Field]:
    line = text[s:e]
    if _BOX.match(line):
        return []
    cells = [(m.start(), m.end()) for m in re.finditer(r"[^|│┃｜]+", line) if m.group().strip()]
    if len(cells) >= 2 and _CELL_SEP.search(line):
        # a table row: 名 | 值 (| 名 | 值 …), every other cell a field name
        names = [role_of(line[a:b]) for a, b in cells[0::2]]
        values_named = any(role_of(line[a:b]) for a, b in cells[1::2])  # a header row: 接收单位 | 文号
        if len(cells) % 2 == 0 and all(names) and not values_named:
            out = []
            for (na, nb), (va, vb), role in zip(cells[0::2], cells[1::2], names, strict=True):
                vs, ve = _value(text, s + va, s + vb)
                out.append(Field(role or "", _squeeze(_SEAL_END.sub("", line[na:nb])).rstrip(":："),
                                 text[vs:ve], vs, ve))
            return out
        return []
    m = _form_line().match(line)
    if m is None:
        return []
    name = _squeeze(m.group("name"))
    role = _lookup("form")[name]
    vs, ve = _value(text, s + m.end(), e)
    return [Field(role, name, text[vs:ve], vs, ve)]


def _spans(text: str) -> Iterable[tuple[int, int]]:
    pos = 0
    for ln in text.split("\n"):
        yield pos, pos + len(ln)
        pos += len(ln) + 1


def fields(text: str) -> list[Field]:
    """Every field of ``text``, in order. A field whose line holds no value takes the next line as
    its value when that line is not itself a field (签收单位（盖章）：⏎ X局)."""
    spans = list(_spans(text))
    found = [_line_fields(text, s, e) for s, e in spans]
    out: list[Field] = []
    for i, fs in enumerate(found):
        for f in fs:
            if not f.value and len(fs) == 1 and i + 1 < len(spans) and not found[i + 1]:
                ns, ne = spans[i + 1]
                vs, ve = _value(text, ns, ne)
                if ve > vs and not _BOX.match(text[ns:ne]):
                    f = Field(f.role, f.name, text[vs:ve], vs, ve)
            out.append(f)
    return out


def bar_cells(line: str, offset: int = 0) -> list[tuple[int, str]]:
    """A line of a table drawn with bars (| 1 | 王某 |  | 局长 |) split into its cells, empty ones
    included, without the bars that open and close the row: (offset of the cell's text, text)."""
    out: list[tuple[int, str]] = []
    body_s = len(line) - len(line.lstrip(" \t\u3000"))
    body = line.strip(" \t\u3000")
    if body[:1] in "|｜│┃":
        body, body_s = body[1:], body_s + 1
    if body[-1:] in "|｜│┃":
        body = body[:-1]
    pos = body_s
    for part in re.split(r"[|｜│┃]", body):
        lead = len(part) - len(part.lstrip(" \t\u3000"))
        text = part.strip(" \t\u3000")
        out.append((offset + pos + lead if text else offset + pos, text))
        pos += len(part) + 1
    return out
