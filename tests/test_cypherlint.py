"""tools/cypherlint.py: Cypher linted by Neo4j's own linter (@neo4j-cypher/language-support).

No skips: if node or tools/cypher-lint/node_modules is missing these tests fail with
CypherLintUnavailable telling to run `npm ci --prefix tools/cypher-lint`.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("cypherlint", ROOT / "tools" / "cypherlint.py")
assert _spec and _spec.loader
cypherlint = importlib.util.module_from_spec(_spec)
sys.modules["cypherlint"] = cypherlint
_spec.loader.exec_module(cypherlint)

SCHEMA = {"labels": ["Agency"], "relationshipTypes": ["SUPERVISES"], "propertyKeys": ["id", "name"]}

GOOD = {
    "constraint": "CREATE CONSTRAINT x IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE",
    "show": "SHOW CONSTRAINTS",
    "merge_rows": "UNWIND $rows AS row MERGE (n:`Agency` {id: row.id}) SET n += row.props",
    "shortest": "MATCH p=shortestPath((a)-[*..4]-(b)) RETURN p",
    "index": "CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name)",
    "two_statements": "MATCH (n:Agency) RETURN n;\nMATCH (m:Agency)-[:SUPERVISES]->(x) RETURN x",
}
BAD = {
    "undefined_var": ("MATCH (n) RETURN m", "Variable `m` not defined"),
    "syntax": ("MATCH (n RETURN n", "Invalid input 'RETURN'"),
    "undirected_create": ("CREATE (a)-[:SUPERVISES]-(b)", "Only directed relationships"),
    "type_mismatch": ("RETURN 1 / 'a'", "Type mismatch"),
    "removed_exists": ("MATCH (n) WHERE exists(n.id) RETURN n", "no longer supported"),
    "cypher25_only_in_5": ("LET x = 1 RETURN x", "Invalid input 'LET'"),
    "second_statement": ("MATCH (n) RETURN n;\nMATCH (m) RETURN x", "Variable `x` not defined"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, cypherlint.LintResult]:
    pairs = list(GOOD.items()) + [(k, q) for k, (q, _) in BAD.items()]
    pairs.append(("unknown_label", "MATCH (n:Agncy)-[:SUPERVISSES]->(m) RETURN m"))
    pairs.append(("create_new_label", "CREATE (n:Brand:New)-[:ALSO_NEW]->(m) RETURN n"))
    out = cypherlint.lint(pairs, SCHEMA)
    assert [r.name for r in out] == [n for n, _ in pairs]
    return {r.name: r for r in out}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_statements_are_clean(results, name):
    r = results[name]
    assert r.diagnostics == [], r.format()
    assert r.ok


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_statements_are_errors(results, name):
    r = results[name]
    expected = BAD[name][1]
    assert r.errors, f"{name}: linter accepted {r.cypher!r}"
    assert any(expected in d.message for d in r.errors), r.format()
    assert not r.ok


def test_positions_are_one_based_and_statement_relative(results):
    (d,) = results["undefined_var"].errors
    assert (d.line, d.column) == (1, 18)
    (d,) = results["second_statement"].errors
    assert (d.line, d.column) == (2, 18)


def test_unknown_label_and_reltype_are_warnings_not_errors(results):
    r = results["unknown_label"]
    assert not r.errors, r.format()
    msgs = [d.message for d in r.warnings]
    assert any("Label Agncy is not present" in m for m in msgs), msgs
    assert any("Relationship type SUPERVISSES is not present" in m for m in msgs), msgs
    # labels that a CREATE/MERGE may introduce are not reported
    assert results["create_new_label"].diagnostics == []


def test_declared_parameters_are_enforced_when_given():
    q = "MATCH (n:Agency {id: $id}) RETURN n LIMIT $limit"
    (auto,) = cypherlint.lint([("q", q)], SCHEMA)
    assert auto.diagnostics == []
    (strict,) = cypherlint.lint([("q", q)], {**SCHEMA, "parameters": ["id"]})
    assert [d.message for d in strict.errors] == ["Parameter $limit is not defined."]


def test_procedures_and_functions_checked_against_catalogue():
    pairs = [
        ("ok_proc", "CALL db.labels() YIELD label RETURN label"),
        ("ok_fn", "RETURN toUpper('a') AS a, toInteger('1') AS b"),
        ("bad_proc", "CALL db.nosuchproc()"),
        ("bad_fn", "RETURN toInterger('1')"),
    ]
    schema = {**SCHEMA, "procedures": "bundled", "functions": "bundled"}
    r = {x.name: x for x in cypherlint.lint(pairs, schema)}
    assert r["ok_proc"].diagnostics == [] and r["ok_fn"].diagnostics == []
    assert "Procedure db.nosuchproc is not present" in r["bad_proc"].errors[0].message
    assert "Function toInterger is not present" in r["bad_fn"].errors[0].message
    # without a catalogue, unknown functions pass (the linter cannot know them)
    (nocat,) = cypherlint.lint([pairs[3]], SCHEMA)
    assert nocat.errors == []


def test_worker_threads_give_the_same_results():
    pairs = [
        ("a", "MATCH (n) RETURN m"),
        ("b", GOOD["merge_rows"]),
        ("c", "MATCH (n RETURN n"),
        ("d", "MATCH (n) RETURN m"),
    ]
    one = cypherlint.lint(pairs, SCHEMA, workers=1)
    two = cypherlint.lint(pairs, SCHEMA, workers=2)
    assert one == two
    assert [bool(r.errors) for r in two] == [True, False, True, True]


def test_cypher_25_is_opt_in():
    (r5,) = cypherlint.lint([("let", "LET x = 1 RETURN x")], SCHEMA)
    (r25,) = cypherlint.lint([("let", "LET x = 1 RETURN x")], SCHEMA, cypher_version="25")
    assert r5.errors and not r25.errors


def test_pinned_exactly_and_locked():
    pkg = json.loads((cypherlint.LINT_DIR / "package.json").read_text())
    version = pkg["dependencies"][cypherlint.PACKAGE]
    assert version[0].isdigit(), f"{cypherlint.PACKAGE} must be pinned exactly, not {version!r}"
    lock = json.loads((cypherlint.LINT_DIR / "package-lock.json").read_text())
    assert lock["packages"][f"node_modules/{cypherlint.PACKAGE}"]["version"] == version
    assert lock["packages"][""]["dependencies"][cypherlint.PACKAGE] == version


def test_missing_node_modules_is_a_clear_error(tmp_path, monkeypatch):
    shutil.copy(cypherlint.LINT_DIR / "package.json", tmp_path / "package.json")
    monkeypatch.setattr(cypherlint, "LINT_DIR", tmp_path)
    with pytest.raises(
        cypherlint.CypherLintUnavailable, match=r"npm ci --prefix tools/cypher-lint"
    ):
        cypherlint.lint([("q", "RETURN 1")])


@pytest.mark.slow
def test_a_batch_keeps_its_order_and_each_statements_own_parameters():
    pairs = [
        (f"s{i}", f"MATCH (n:Agency {{id: $id{i}}})-[:SUPERVISES*..3]->(m) RETURN m.name AS x{i}")
        for i in range(39)
    ] + [("bad", "MATCH (n) RETURN m")]
    out = cypherlint.lint(pairs, SCHEMA)
    assert [r.name for r in out] == [n for n, _ in pairs]
    assert all(r.diagnostics == [] for r in out[:-1])
    assert out[-1].errors


def test_cli_files_and_json(tmp_path):
    good = tmp_path / "good.cypher"
    good.write_text(GOOD["merge_rows"] + ";\n" + GOOD["constraint"] + ";\n")
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (n) RETURN n;\n\nMATCH (n) RETURN m;\n")

    def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "tools" / "cypherlint.py"), *args],
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )

    ok = cli(str(good))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    ko = cli(str(good), str(bad))
    assert ko.returncode == 1
    assert f"{bad}:3:18: error: Variable `m` not defined" in ko.stdout
    payload = {"statements": [{"name": "a", "cypher": "MATCH (n RETURN n"}], "schema": SCHEMA}
    js = cli("--json", stdin=json.dumps(payload))
    assert js.returncode == 1
    (res,) = json.loads(js.stdout)
    assert res["name"] == "a" and res["diagnostics"][0]["severity"] == "error"
