"""``liandong query …`` and ``liandong cypher`` through click's CliRunner, on the world; and the
output formats on their own."""

from __future__ import annotations

import datetime as dt
import json
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.commands.query import guess_value
from graph.connection import Graph
from queries.format import cell, to_csv, to_json, to_table, width, xlsx_bytes
from queries.result import Result
from tests.queries.conftest import fingerprint


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_query_list_and_show(runner: CliRunner) -> None:
    r = invoke(runner, "query", "list")
    assert r.exit_code == 0
    assert "interest_chain" in r.output and "from_id*" in r.output and "利益链条" in r.output
    r = invoke(runner, "query", "list", "--category", "lists")
    assert "blacklist_hits" in r.output and "interest_chain" not in r.output
    r = invoke(runner, "query", "show", "ring_screen_project")
    assert r.exit_code == 0 and "project_id: string, required" in r.output and "MATCH (p:Project" in r.output


def test_query_run_formats(runner: CliRunner, world, graph: Graph, tmp_path: Path) -> None:
    r = invoke(runner, "query", "run", "conflicts_official", "-p", f"official_id={world['o_wang']}", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [x["company"] for x in rows] == ["甲公司", "乙公司"]
    r = invoke(runner, "query", "run", "project_bids", "-p", f"project_id={world['pj_clean']}")
    assert "净1公司" in r.output and "(4 rows" in r.output
    r = invoke(runner, "query", "run", "project_bids", "-p", f"project_id={world['pj_clean']}", "--format", "csv")
    assert r.output.splitlines()[0].startswith("project_no,company,company_id,price")
    out = tmp_path / "bids.xlsx"
    r = invoke(runner, "query", "run", "project_bids", "-p", f"project_id={world['pj_clean']}", "--format", "xlsx", "-o", str(out))
    assert r.exit_code == 0
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    assert ws["A1"].value == "project_no" and ws["B2"].value == "净1公司" and ws.max_row == 5
    csv_file = tmp_path / "bids.csv"
    invoke(runner, "query", "run", "project_bids", "-p", f"project_id={world['pj_clean']}", "--format", "csv", "-o", str(csv_file))
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")


def test_query_run_errors_are_one_line(runner: CliRunner, world) -> None:
    r = invoke(runner, "query", "run", "nosuch")
    assert r.exit_code == 1 and "no saved query named 'nosuch'" in r.output
    r = invoke(runner, "query", "run", "interest_chain", "-p", "from_id=official:x")
    assert r.exit_code == 1 and "needs parameter 'to_id'" in r.output
    r = invoke(runner, "query", "run", "interest_chain", "-p", "from_id")
    assert r.exit_code == 1 and "write it as key=value" in r.output
    r = invoke(runner, "query", "run", "project_bids", "-p", "project_id=project:1", "--format", "xlsx")
    assert r.exit_code == 1 and "--output" in r.output


def test_cypher_command(runner: CliRunner, world, graph: Graph) -> None:
    r = invoke(runner, "cypher", "MATCH (c:Company) WHERE c.name = $n RETURN c.id AS id, c.name AS name",
               "-p", "n=甲公司", "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == [{"id": world["c_spouse"], "name": "甲公司"}]
    r = invoke(runner, "cypher", "UNWIND range(1, 50) AS x RETURN x", "--max-rows", "5")
    assert "stopped at the row cap" in r.output
    r = invoke(runner, "cypher", "-", "--format", "csv", input="MATCH (a:Agency {name: '测试县财政局'}) RETURN a.kind AS kind\n")
    assert r.output == "kind\nfinance\n"
    before = fingerprint(graph)
    r = invoke(runner, "cypher", "MATCH (n) DETACH DELETE n")
    assert r.exit_code == 1 and r.output.startswith("error: refused DETACH") and r.output.count("\n") == 1
    assert fingerprint(graph) == before


def test_guess_value() -> None:
    assert guess_value("42") == 42 and guess_value("4.5") == 4.5 and guess_value("true") is True
    assert guess_value("[1, 2]") == [1, 2] and guess_value('"42"') == "42" and guess_value("甲公司") == "甲公司"
    assert guess_value("null") is None and guess_value("{bad") == "{bad"


def test_formats() -> None:
    r = Result(["名称", "n", "when", "tags", "more"], [
        {"名称": "甲公司", "n": 2.0, "when": dt.date(2024, 3, 1), "tags": ["a", "b"], "more": {"k": [1]}},
        {"名称": None, "n": 0.125, "when": None, "tags": [], "more": None},
    ], truncated=True)
    table = to_table(r)
    lines = table.splitlines()
    assert lines[0].startswith("名称    n ") and lines[2].startswith("甲公司  2 ")
    assert "2024-03-01" in lines[2] and "a; b" in lines[2] and '{"k":[1]}' in lines[2]
    assert lines[-1].startswith("(2 rows; stopped at the row cap")
    assert to_csv(r).splitlines()[1] == '甲公司,2,2024-03-01,a; b,"{""k"":[1]}"'
    assert json.loads(to_json(r))[0] == {"名称": "甲公司", "n": 2.0, "when": "2024-03-01", "tags": ["a", "b"], "more": {"k": [1]}}
    assert cell(1e20) == "1e+20" and cell(True) == "true" and cell(float("nan")) == ""
    assert width("ab甲") == 4


def test_xlsx_keeps_dates_and_numbers() -> None:
    from openpyxl import load_workbook

    r = Result(["d", "x", "l"], [{"d": dt.date(2024, 1, 2), "x": 1.5, "l": ["p", "q"]}])
    ws = load_workbook(BytesIO(xlsx_bytes(r))).active
    assert ws["A2"].value.date() == dt.date(2024, 1, 2) and ws["B2"].value == 1.5 and ws["C2"].value == "p; q"
