"""Issue 12 row 7: every export neutralises spreadsheet formulas — CLI ``cypher`` and ``query run``
(CSV, XLSX), the app console's CSV/XLSX, and the audit log's CSV (a user name typed at sign-in).

Run against the real graph server: the hostile text comes back from a real query.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from app.cli import cli
from app.services.audit import AuditLog, audit_csv
from graph.connection import Graph
from queries.adhoc import run_readonly
from queries.format import FORMULA_START, csv_bytes, neutralise, xlsx_bytes

HOSTILE = ['=HYPERLINK("http://127.0.0.1:9/x","y")', "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "＝1"]
STATEMENT = "RETURN " + ", ".join(f"$h{i} AS c{i}" for i in range(len(HOSTILE))) + ", -5 AS n, 'plain' AS p"
PARAMS = {f"h{i}": h for i, h in enumerate(HOSTILE)}


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _assert_inert_text(values: list[object]) -> None:
    for v in values:
        if isinstance(v, str) and not _is_number(v):
            assert not v.startswith(FORMULA_START), repr(v)


def _assert_inert_xlsx(path_or_bytes: Path | bytes) -> None:
    wb = load_workbook(io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes)
    cells = [c for row in wb.active.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"], "a formula cell was written"
    _assert_inert_text([c.value for c in cells])
    values = [c.value for c in cells]
    assert -5 in values and "plain" in values  # numbers stay numbers, plain text stays as is
    assert neutralise(HOSTILE[0]) in values


def test_neutralise() -> None:
    assert neutralise("=1") == "'=1" and neutralise("plain") == "plain" and neutralise("'=1") == "'=1"
    for h in HOSTILE:
        assert neutralise(h).startswith("'")


def test_cli_cypher_and_query_run_exports_are_inert(graph: Graph, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["cypher", STATEMENT] + [x for k, v in PARAMS.items() for x in ("-p", f"{k}={v}")]
    r = runner.invoke(cli, args + ["--format", "csv"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    rows = list(csv.reader(io.StringIO(r.stdout)))
    _assert_inert_text([v for row in rows for v in row])
    assert rows[1][-2:] == ["-5", "plain"]
    out = tmp_path / "c.xlsx"
    r = runner.invoke(cli, args + ["--format", "xlsx", "-o", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    _assert_inert_xlsx(out)
    # query run: a saved query returning a hostile project number and company name
    graph.write(
        "CREATE (p:Project {id: 'project:formula-test', project_no: $h0, name: 'formula test'})"
        "<-[:FOR_PROJECT]-(b:Bid {id: 'bid:formula-test', price: -5.0})<-[:SUBMITTED]-"
        "(c:Company {id: 'company:formula-test', name: $h3, key: 'formula-test'})",
        {"h0": HOSTILE[0], "h3": HOSTILE[3]},
    )
    try:
        for fmt, path in (("csv", tmp_path / "q.csv"), ("xlsx", tmp_path / "q.xlsx")):
            r = runner.invoke(cli, ["query", "run", "project_bids", "-p", "project_id=project:formula-test",
                                    "--format", fmt, "-o", str(path)], catch_exceptions=False)
            assert r.exit_code == 0, r.output
            if fmt == "csv":
                rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
                assert rows[1][0] == neutralise(HOSTILE[0]) and neutralise(HOSTILE[3]) in rows[1]
                _assert_inert_text([v for row in rows for v in row])
            else:
                cells = [c for row in load_workbook(path).active.iter_rows() for c in row]
                assert not [c.coordinate for c in cells if c.data_type == "f"]
                _assert_inert_text([c.value for c in cells])
    finally:
        graph.write("MATCH (n) WHERE n.id ENDS WITH ':formula-test' DETACH DELETE n")


def test_console_exports_are_inert(graph: Graph) -> None:
    result = run_readonly(graph, STATEMENT, PARAMS)
    rows = list(csv.reader(io.StringIO(csv_bytes(result).decode("utf-8-sig"))))
    _assert_inert_text([v for row in rows for v in row])
    _assert_inert_xlsx(xlsx_bytes(result, sheet="结果"))


def test_audit_csv_is_inert(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    for name in HOSTILE:
        log.record(None, "sign_in_failed", name, user=name)
    rows = list(csv.reader(io.StringIO(audit_csv(log.entries()).decode("utf-8-sig"))))
    assert len(rows) == len(HOSTILE) + 1
    _assert_inert_text([v for row in rows for v in row])
    assert any(v == neutralise(HOSTILE[0]) for row in rows for v in row)


@pytest.mark.parametrize("h", HOSTILE)
def test_hostile_column_names_are_inert_too(graph: Graph, h: str) -> None:
    from queries.format import to_csv
    from queries.result import Result

    text = to_csv(Result([h], [{h: 1}]))
    _assert_inert_text(next(csv.reader(io.StringIO(text))))
