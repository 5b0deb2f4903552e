"""Reading files into tables, deciding kinds and mapping headers (no graph needed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from graph.errors import InvalidData
from ingest.tabular.fields import F, Kind, header_key, header_scale
from ingest.tabular.kinds import BY_NAME, KINDS, kind_from_name, render_columns
from ingest.tabular.loader import parse_row, plan_table
from ingest.tabular.sources import FileError, read_tables

CSV_TEXT = "名称,统一社会信用代码\n甲公司,91350100M000100Y43\n\n乙公司,\n"


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("utf-16", "utf-16")],
)
def test_csv_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    p = tmp_path / "companies.csv"
    p.write_bytes(CSV_TEXT.encode(encoding))
    (t,) = read_tables(p)
    assert t.encoding == expected
    assert t.headers == ["名称", "统一社会信用代码"]
    # row numbers are spreadsheet rows: header = 1, the blank line 3 is skipped but counted
    assert [(r.number, r.values["名称"]) for r in t.rows] == [(2, "甲公司"), (4, "乙公司")]


def test_gb18030_file_really_is_not_utf8(tmp_path: Path) -> None:
    data = CSV_TEXT.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    p = tmp_path / "企业.csv"
    p.write_bytes(data)
    assert read_tables(p)[0].rows[0].values["名称"] == "甲公司"


@pytest.mark.parametrize(("sep", "suffix"), [(";", ".csv"), ("\t", ".tsv"), ("\t", ".csv")])
def test_csv_separators(tmp_path: Path, sep: str, suffix: str) -> None:
    p = tmp_path / f"companies{suffix}"
    p.write_text(f"name{sep}credit_code\n甲公司{sep}91350100M000100Y43\n", encoding="utf-8")
    (t,) = read_tables(p)
    assert t.rows[0].values == {"name": "甲公司", "credit_code": "91350100M000100Y43"}


def test_quoted_multiline_cell_keeps_spreadsheet_row_numbers(tmp_path: Path) -> None:
    p = tmp_path / "companies.csv"
    p.write_text('name,address\n"甲公司","第一行\n第二行"\n乙公司,x\n', encoding="utf-8")
    (t,) = read_tables(p)
    assert [r.number for r in t.rows] == [2, 3]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00\xd8garbage\x00", "byte-order mark|NUL"),
        (b"\x81\x30\xff\xff\xfe", "neither UTF-8 nor GB18030"),
        (b"", "empty"),
        (b"name,name\nx,y\n", "appears twice"),
        (b"name\nx,y\n", "row 2 has a value in column B, which has no header"),
    ],
)
def test_unusable_csv_is_one_file_error(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "companies.csv"
    p.write_bytes(content)
    with pytest.raises(FileError, match=message):
        read_tables(p)


def test_json_shapes(tmp_path: Path) -> None:
    rec = [{"name": "甲公司"}, {"name": "乙公司"}]
    a = tmp_path / "a.json"
    a.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    b = tmp_path / "b.json"
    b.write_text(json.dumps({"records": rec}, ensure_ascii=False), encoding="utf-8")
    c = tmp_path / "c.jsonl"
    c.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rec) + "\n\n", encoding="utf-8")
    d = tmp_path / "d.json"  # JSON Lines in a .json file
    d.write_text(c.read_text(encoding="utf-8"), encoding="utf-8")
    e = tmp_path / "e.json"
    e.write_text(json.dumps({"companies": rec, "bids": []}), encoding="utf-8")
    assert [(r.number, r.values["name"]) for r in read_tables(a)[0].rows] == [(1, "甲公司"), (2, "乙公司")]
    assert read_tables(a)[0].unit == "record"
    assert [r.number for r in read_tables(b)[0].rows] == [1, 2]
    (tc,) = read_tables(c)
    assert tc.unit == "line" and [r.number for r in tc.rows] == [1, 2]
    assert [r.values["name"] for r in read_tables(d)[0].rows] == ["甲公司", "乙公司"]
    assert [(t.sheet, len(t.rows)) for t in read_tables(e)] == [("companies", 2), ("bids", 0)]


@pytest.mark.parametrize(
    ("text", "message"),
    [('[{"name": "x"}', "not valid JSON: .* line 1"), ('{"name": "x"}', "must hold an array"), ("[1, 2]", "record 1 is not an object"),
     ('{"a": 1}\n[1]\n', "line 2 is not a JSON object")],
)
def test_bad_json_is_one_file_error(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "companies.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(FileError, match=message):
        read_tables(p)


def test_xlsx_sheets_title_rows_and_skipped_sheets(tmp_path: Path) -> None:
    p = write_xlsx(tmp_path / "book.xlsx", {
        "说明": [["填表说明"]],
        "企业": [["企业名单（示例）"], ["名称", "成立日期"], ["甲公司", dt.datetime(2020, 1, 2)], [None, None], ["乙公司", None]],
        "投标": [["项目编号", "投标人"], ["P-1", "甲公司"]],
        "_hidden": [["x"]],
    })
    tables = read_tables(p)
    assert [t.sheet for t in tables] == ["企业", "投标"]
    t = tables[0]
    assert t.header_row == 2 and t.label == "book.xlsx[企业]" and t.source_prefix == "file:book.xlsx#企业!"
    assert [(r.number, r.values["名称"]) for r in t.rows] == [(3, "甲公司"), (5, "乙公司")]


def test_broken_xlsx_and_old_xls(tmp_path: Path) -> None:
    p = tmp_path / "book.xlsx"
    p.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FileError, match="not a readable .xlsx"):
        read_tables(p)
    q = tmp_path / "book.xls"
    q.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(FileError, match="save it as .xlsx"):
        read_tables(q)


# ----------------------------------------------------------------------------------------- kinds
@pytest.mark.parametrize(
    ("name", "kind"),
    [("companies", "companies"), ("2021_投标记录", "bids"), ("企业黑名单", "sanctions"), ("bid_ips_2021", "bid_ips"),
     ("投标保证金", "bid_bonds"), ("股东信息", "ownership"), ("亲属关系", "family"), ("公职人员", "officials"),
     ("referrals", "referrals"), ("Sheet1", None), ("data", None)],
)
def test_kind_from_file_or_sheet_name(name: str, kind: str | None) -> None:
    found = kind_from_name(name)
    assert (found.name if found else None) == kind


@pytest.mark.parametrize(
    ("header", "key"),
    [("统一社会信用代码*", "统一社会信用代码"), ("报价（元）", "报价"), ("Credit Code", "credit_code"), ("名称(必填)", "名称"),
     ("ＩＰ地址", "ip地址")],
)
def test_header_keys(header: str, key: str) -> None:
    assert header_key(header) == key


def test_header_scale_for_ten_thousands() -> None:
    assert header_scale("预算（万元）") == 10_000 and header_scale("预算（元）") == 1


def test_every_kind_has_a_builder_and_documented_columns() -> None:
    from ingest.tabular.build import BUILDERS

    assert set(BUILDERS) == {k.name for k in KINDS}
    md = render_columns(markdown=True)
    for k in KINDS:
        assert f"### {k.name}" in md
        for f in k.fields:
            assert f"`{f.name}`" in md


@pytest.mark.parametrize("kind", [k.name for k in KINDS])
def test_brief_chinese_headers(kind: str) -> None:
    wanted = {
        "companies": {"名称": "name", "统一社会信用代码": "credit_code", "法定代表人": "legal_rep"},
        "ownership": {"股东": "shareholder", "持股比例": "share"},
        "bids": {"项目编号": "project_no", "投标人": "bidder", "报价": "price", "排名": "rank", "是否中标": "winner"},
        "sanctions": {"开始日期": "start", "结束日期": "end"},
    }.get(kind, {})
    for header, canonical in wanted.items():
        assert BY_NAME[kind].column(header) == canonical


def _plan_and_parse(tmp_path: Path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    (t,) = read_tables(p)
    plan = plan_table(t, None)
    return [parse_row(t, r, plan) for r in t.rows]


def test_record_column_mixes_kinds_in_one_file(tmp_path: Path) -> None:
    out = _plan_and_parse(tmp_path, "mixed.csv",
                          "record,name,region,project_no\n机关,绵竹市财政局,四川省德阳市绵竹市,\nprojects,,,P-1\nwidgets,x,,\n")
    (r1, _, k1), (r2, _, k2), (r3, e3, _) = out
    assert k1.name == "agencies" and r1.values == {"name": "绵竹市财政局", "region": "四川省德阳市绵竹市"}
    assert k2.name == "projects" and r2.values == {"project_no": "P-1"}
    assert r3 is None and "unknown record kind 'widgets'" in e3[0].reason and e3[0].field == "record"


def test_unknown_header_is_a_file_error_naming_row_1_and_the_column(tmp_path: Path) -> None:
    p = tmp_path / "companies.csv"
    p.write_text("名称,统一社会信用代码,注册资本\n甲公司,91350100M000100Y43,100\n", encoding="utf-8")
    (t,) = read_tables(p)
    with pytest.raises(FileError) as e:
        plan_table(t, None)
    assert (e.value.row, e.value.field) == (1, "注册资本")
    assert "unknown column for companies records" in e.value.message


def test_no_kind_is_a_file_error(tmp_path: Path) -> None:
    p = tmp_path / "data.csv"
    p.write_text("name\nx\n", encoding="utf-8")
    (t,) = read_tables(p)
    with pytest.raises(FileError, match="cannot tell what records"):
        plan_table(t, None)


def _gadget(value: str) -> str:
    if value == "bad":
        raise InvalidData("expected a gadget like g-1, got 'bad'")
    return str(int(value))  # a bug: int("g-1") raises Python's own ValueError


def test_a_parser_bug_is_no_bad_data(tmp_path: Path) -> None:
    """A parser's InvalidData is the clerk's row error; anything else it raises is a bug and propagates."""
    kind = Kind("gadgets", "小工具", ("gadgets",), (F("gadget", "小工具", parse=_gadget, required=True),))
    p = tmp_path / "gadgets.csv"
    p.write_text("小工具\nbad\ng-1\n", encoding="utf-8")
    (t,) = read_tables(p)
    plan = plan_table(t, kind)
    row, errors, _ = parse_row(t, t.rows[0], plan)
    assert row is None and [(e.field, e.reason) for e in errors] == [("小工具", "expected a gadget like g-1, got 'bad'")]
    with pytest.raises(ValueError, match="invalid literal for int") as bug:
        parse_row(t, t.rows[1], plan)
    assert not isinstance(bug.value, InvalidData)
