"""Issue 12 row 1: no typed query — in the 分析控制台, a saved query run from it, or ``liandong cypher
--as USER`` — returns a confidential fact or a protected identity to an analyst of another agency.

The demo county carries a confidential clue of 示例县公安局 (SLX-XS-2024-008, transferred to 示例市公安局),
a masked informant named in its report and in a public one, and a masked complainant with her phone
and address named in the complaint letter. The secrets are written out here (not read from the
demo's code), and the admin's console must find each of them in the main graph first — so a battery
that finds nothing because there was nothing to find fails.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from app.services import console
from graph.ids import make_id
from queries.format import csv_bytes, xlsx_bytes
from tests.security.conftest import Demo

# what must never reach an analyst of 示例县审计局
SECRETS = {
    "the confidential clue's number": "SLX-XS-2024-008",
    "its summary": "泄露评标专家名单",
    "its transfer letter's number": "示公移〔2024〕8号",
    "its registration letter's number": "示公线〔2024〕8号",
    "the informant's name": "甘立行",
    "the informant's phone": "13688886666",
    "the complainant's name": "屈晓梅",
    "the complainant's phone": "13912345678",
    "the complainant's address": "幸福路12号",
}
SECRET_CLUE = make_id("clue", "SLX-XS-2024-008")

# every way of projecting a value the issue lists, and more
PROJECTIONS = [
    "MATCH (c:Clue) RETURN c.clue_no AS no, c.summary AS summary",
    "MATCH (c:Clue) RETURN c {.summary, .clue_no} AS c",
    "MATCH (c:Clue) RETURN c {.*} AS c",
    "MATCH (c:Clue) RETURN keys(c) AS k, properties(c) AS p",
    "MATCH (c:Clue) RETURN split(c.id, ':') AS parts, c.id AS id",
    "MATCH (c) WHERE c.confidential = true RETURN c",
    "MATCH (c:Clue) RETURN c",
    "MATCH (r:Referral) RETURN r, r.doc_no AS no",
    "MATCH (e:Event) RETURN e",
    "MATCH (d:Deadline) RETURN d",
    "MATCH (d:Document) RETURN d.text AS text, d.title AS title, d.doc_no AS no, d.path AS path",
    "MATCH (d:Document) RETURN d",
    "MATCH (d:Document)-[m:MENTIONS]->(x) RETURN m, m.text AS t, x",
    "MATCH (p:Person) RETURN p.name AS name, p {.*} AS p",
    "MATCH (p:Person) WHERE p.masked = true RETURN p, properties(p) AS props",
    "MATCH (p:Person) RETURN collect(p.name) AS names",
    "MATCH (p:Person)-[r]-(x) RETURN p.name AS name, type(r) AS t, x",
    "MATCH (f:Phone) RETURN f.number AS number",
    "MATCH (a:Address) RETURN a.text AS text",
    "MATCH (n) RETURN labels(n) AS l, properties(n) AS p",
    "MATCH ()-[r]->() RETURN type(r) AS t, properties(r) AS p",
    "MATCH p = (:Agency)-[*1..2]-(x) WHERE x:Clue OR x:Person OR x:Document RETURN p",
    ("MATCH (n) WITH n, [k IN ['name', 'summary', 'text', 'title', 'clue_no', 'doc_no', 'number'] WHERE n[k] IS NOT NULL "
     "| toString(n[k])] AS vals RETURN reduce(s = '', v IN vals | s + v + '|') AS all"),
    "MATCH (n) RETURN substring(toString(n.summary), 0, 200) AS s, toUpper(toString(n.text)) AS t, trim(toString(n.name)) AS m",
    "MATCH (n) WHERE n.text IS NOT NULL RETURN replace(n.text, '举报', '') AS t",
    "MATCH (n) UNWIND keys(n) AS k WITH n[k] AS v WHERE v IS NOT NULL RETURN collect(DISTINCT v) AS everything",
]

# yes/no questions: the answer itself must not tell (each is 0 when nothing secret is there)
ORACLES = [
    "MATCH (c:Clue) WHERE c.clue_no = 'SLX-XS-2024-008' RETURN count(c) AS n",
    "MATCH (c:Clue) WHERE c.summary CONTAINS '泄露' RETURN count(c) AS n",
    "MATCH (c) WHERE c.confidential = true RETURN count(c) AS n",
    "MATCH (p:Person) WHERE p.name = '屈晓梅' OR p.name = '甘立行' RETURN count(p) AS n",
    "MATCH (f:Phone) WHERE f.number IN ['13912345678', '13688886666'] RETURN count(f) AS n",
    "MATCH (n) WHERE any(k IN ['name', 'text', 'title', 'summary', 'number'] WHERE n[k] CONTAINS '屈晓梅') RETURN count(n) AS n",
    "MATCH ()-[r:COMPLAINED]->() RETURN count(r) AS n",
    "MATCH (c {id: $id}) RETURN count(c) AS n",
]


def leaked(output: str) -> list[str]:
    """The secrets found in ``output`` (also written backwards: ``reverse()`` is a string trick too)."""
    return [what for what, s in SECRETS.items() if s in output or s[::-1] in output]


def dump(result) -> str:
    return json.dumps({"columns": result.columns, "rows": result.rows, "notes": result.notes}, ensure_ascii=False, default=str)


def test_the_secrets_are_in_the_main_graph(graph, demo: Demo) -> None:
    everything = dump(console.run_console(graph, demo.admin, PROJECTIONS[-1], max_rows=100_000))
    # the admin reads the main graph: every secret of the battery is really there to be leaked
    assert leaked(everything) == list(SECRETS)


@pytest.mark.parametrize("statement", PROJECTIONS)
def test_no_projection_returns_a_secret(graph, demo: Demo, statement: str) -> None:
    result = console.run_console(graph, demo.analyst, statement, max_rows=100_000)
    assert leaked(dump(result)) == []


def test_the_battery_returns_rows(graph, demo: Demo) -> None:
    """The projections run (a battery of statements that all failed or returned nothing would prove nothing)."""
    for statement in PROJECTIONS[:3] + PROJECTIONS[10:12] + PROJECTIONS[13:15]:
        assert console.run_console(graph, demo.analyst, statement, max_rows=100_000).rows, statement


@pytest.mark.parametrize("statement", ORACLES)
def test_no_question_tells_a_secret(graph, demo: Demo, statement: str) -> None:
    result = console.run_console(graph, demo.analyst, statement, {"id": SECRET_CLUE} if "$id" in statement else None)
    assert result.rows == [{"n": 0}]
    admin = console.run_console(graph, demo.admin, statement, {"id": SECRET_CLUE} if "$id" in statement else None)
    assert admin.rows[0]["n"] > 0  # the same question on the main graph does find it


def test_protected_people_are_stable_pseudonyms(graph, demo: Demo) -> None:
    first = console.run_console(graph, demo.analyst, "MATCH (p:Person) WHERE p.masked = true RETURN p.id AS id, p.name AS name ORDER BY id")
    assert len(first.rows) == 2 and all(r["name"].startswith("保密身份-") for r in first.rows)
    # the public report names the informant: the letter is there, with his pseudonym in place of his name and phone
    letters = console.run_console(graph, demo.analyst, "MATCH (d:Document)-[:MENTIONS]->(p:Person {masked: true}) RETURN d.text AS text, p.name AS name")
    assert letters.rows and all(r["name"] in r["text"] for r in letters.rows)
    graph.write("MATCH (a:Agency {id: $id}) SET a.touched = 1", {"id": demo.audit})  # a change: the view re-syncs
    try:
        again = console.run_console(graph, demo.analyst, "MATCH (p:Person) WHERE p.masked = true RETURN p.id AS id, p.name AS name ORDER BY id")
        assert again.rows == first.rows
    finally:
        graph.write("MATCH (a:Agency {id: $id}) REMOVE a.touched", {"id": demo.audit})


def test_saved_query_thread_custody_of_the_confidential_clue(graph, demo: Demo) -> None:
    result = console.run_saved(graph, demo.analyst, "thread_custody", {"thread_id": SECRET_CLUE})
    assert result.rows == [] and leaked(dump(result)) == []
    admin = console.run_saved(graph, demo.admin, "thread_custody", {"thread_id": SECRET_CLUE})
    assert admin.rows and "SLX-XS-2024-008" in dump(admin)


def test_console_exports_carry_no_secret(graph, demo: Demo) -> None:
    import io

    from openpyxl import load_workbook

    result = console.run_console(graph, demo.analyst, PROJECTIONS[-1], max_rows=100_000)
    assert leaked(csv_bytes(result).decode("utf-8-sig")) == []
    book = load_workbook(io.BytesIO(xlsx_bytes(result)))
    cells = json.dumps([[c.value for c in row] for row in book.active.iter_rows()], ensure_ascii=False, default=str)
    assert "保密身份-" in cells and leaked(cells) == []


def test_a_new_secret_reaches_the_console_graph_before_the_next_query(graph, demo: Demo) -> None:
    """Marking a public clue confidential takes it out of the console at once (the fingerprint changed)."""
    no = "SLX-XS-2024-006"
    q = "MATCH (c:Clue {clue_no: $no}) RETURN c.summary AS s"
    assert console.run_console(graph, demo.analyst, q, {"no": no}).rows
    graph.write("MATCH (c:Clue {clue_no: $no}) SET c.confidential = true", {"no": no})
    try:
        assert console.run_console(graph, demo.analyst, q, {"no": no}).rows == []
    finally:
        graph.write("MATCH (c:Clue {clue_no: $no}) REMOVE c.confidential", {"no": no})
    assert console.run_console(graph, demo.analyst, q, {"no": no}).rows


# ------------------------------------------------------------------------------ liandong cypher --as USER
@pytest.fixture(scope="module")
def cli_users(demo: Demo) -> dict[str, str]:
    from app.services.auth import UserStore

    store = UserStore.default()
    for v in (demo.analyst, demo.admin):
        if store.get(v.username) is None:
            store.add(v.username, "a-long-test-password-1", agency_id=v.agency_id, role=v.role, agency_name=v.agency_name)
    if store.get("clerk_fin") is None:
        store.add("clerk_fin", "a-long-test-password-1", agency_id=demo.finance, role="clerk")
    return {"analyst": demo.analyst.username, "admin": demo.admin.username, "clerk": "clerk_fin"}


def cli(*args: str):
    from app.cli import cli as main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("statement", PROJECTIONS[:6] + PROJECTIONS[10:16] + PROJECTIONS[-3:])
def test_cypher_as_an_analyst_returns_no_secret(graph, cli_users: dict[str, str], statement: str) -> None:
    for fmt in ("json", "csv", "table"):
        out = cli("cypher", "--as", cli_users["analyst"], statement, "--format", fmt, "--max-rows", "100000")
        assert out.exit_code == 0, out.output
        assert leaked(out.output) == [], (fmt, statement)


def test_cypher_as_admin_reads_the_main_graph_and_a_clerk_is_refused(graph, cli_users: dict[str, str]) -> None:
    out = cli("cypher", "--as", cli_users["admin"], "MATCH (c:Clue {clue_no: 'SLX-XS-2024-008'}) RETURN c.summary AS s", "--format", "json")
    assert out.exit_code == 0 and "泄露评标专家名单" in out.output
    out = cli("cypher", "--as", cli_users["clerk"], "RETURN 1 AS x")
    assert out.exit_code != 0 and "分析控制台" in out.output
    out = cli("cypher", "--as", "nobody-here", "RETURN 1 AS x")
    assert out.exit_code != 0 and "nobody-here" in out.output


def test_cypher_as_is_audited(graph, cli_users: dict[str, str]) -> None:
    from app.services.audit import AuditLog

    cli("cypher", "--as", cli_users["analyst"], "RETURN 'audit-me' AS x", "--format", "json")
    text = AuditLog.default().path.read_text(encoding="utf-8")
    assert "audit-me" in text and cli_users["analyst"] in text


def test_console_sync_command(graph, demo: Demo) -> None:
    first = cli("console-sync")
    assert first.exit_code == 0, first.output
    out = cli("console-sync")
    assert "2 pseudonymised" in out.output and "written 0 nodes" in out.output  # in step already: nothing to write
    after = console.run_console(graph, demo.analyst, "MATCH (p:Person) WHERE p.masked = true RETURN count(p) AS n")
    assert after.rows == [{"n": 2}]
