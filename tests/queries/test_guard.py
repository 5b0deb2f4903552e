"""The read-only guard and the rollback net: attempts to write, delete, escape or exfiltrate.

Every attack must be refused by the guard AND leave the graph exactly as it was (node and
relationship counts and a checksum of every property). The net under the guard — the always
rolled-back transaction — is tested by running writes with the guard bypassed.
"""

from __future__ import annotations

import pytest

from graph.connection import Graph
from graph.errors import READ_ONLY_VIOLATION, QueryError, status_code
from queries import guard
from queries.adhoc import QueryTimeout, execute_rolled_back, run_readonly
from tests.queries.conftest import fingerprint

EVIL = "{id: 'company:evil', key: 'evil', name: 'evil'}"

# (attack, a fragment the refusal message must contain)
ATTACKS: list[tuple[str, str]] = [
    # plain updating clauses, any case, any spacing
    (f"CREATE (n:Company {EVIL})", "CREATE"),
    (f"create (n:Company {EVIL})", "create"),
    (f"CrEaTe (n:Company {EVIL})", "CrEaTe"),
    ("MATCH (n:Company) SET n.name = 'x'", "SET"),
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("MATCH (n) DELETE n", "DELETE"),
    ("MATCH (n:Company) REMOVE n.name", "REMOVE"),
    (f"MERGE (n:Company {EVIL})", "MERGE"),
    ("MATCH (n:Company) WITH collect(n) AS ns FOREACH (x IN ns | SET x.name = 'x')", "FOREACH"),
    (f"MATCH (n) INSERT (m:Company {EVIL})", "INSERT"),
    ("MATCH (n) NODETACH DELETE n", "NODETACH"),
    ("OPTIONAL MATCH (n:Company) SET n.flag = true RETURN n", "SET"),
    ("MATCH (n:Company) WHERE n.name STARTS WITH '甲' SET n.x = 1", "SET"),
    ("MATCH (n)\tDETACH\n\tDELETE n", "DETACH"),
    ("MATCH (n)\r\nSET\r\nn.x = 1", "SET"),
    ("MATCH (n {set: 1}) SET n.x = 1", "SET"),
    ("RETURN 1. CREATE (n:Company)", "CREATE"),
    ("MATCH (n) RETURN n UNION ALL MATCH (m) DETACH DELETE m RETURN m AS n", "DETACH"),
    ("EXPLAIN CREATE (n:Company)", "CREATE"),
    ("PROFILE MATCH (n) SET n.x = 1", "SET"),
    ("CYPHER 5 CREATE (n:Company)", "CREATE"),
    ("CALL db.labels() YIELD label CREATE (:Company {id: label})", "CREATE"),
    ("RETURN date.truncate('day', date()) AS d CREATE (n)", "CREATE"),
    # files and URLs
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
    ("LOAD CSV WITH HEADERS FROM 'https://evil.example/x.csv' AS row CREATE (:Company {id: row.id})", "LOAD CSV"),
    ("USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS r RETURN r", "PERIODIC"),
    # a second statement
    (f"MATCH (n) RETURN n; CREATE (m:Company {EVIL})", "second statement"),
    ("MATCH (n) RETURN n;\nMATCH (n) DETACH DELETE n", "second statement"),
    ("RETURN 1;;", "second statement"),
    ("MATCH (n) RETURN n /* ; */ ; DROP INDEX company_name", "second statement"),
    # schema and admin commands
    ("CREATE INDEX evil FOR (n:Company) ON (n.name)", "CREATE"),
    ("DROP CONSTRAINT company_id_unique", "DROP"),
    ("CREATE CONSTRAINT evil FOR (n:Company) REQUIRE n.name IS UNIQUE", "CREATE"),
    ("CREATE DATABASE evil", "CREATE"),
    ("DROP DATABASE liandong", "DROP"),
    ("CREATE USER evil SET PASSWORD 'x'", "CREATE"),
    ("GRANT ALL ON DATABASE * TO PUBLIC", "GRANT"),
    ("DENY READ {*} ON GRAPH * TO reader", "DENY"),
    ("REVOKE ROLE admin FROM neo4j", "REVOKE"),
    ("ALTER USER neo4j SET PASSWORD 'x'", "ALTER"),
    ("STOP DATABASE liandong", "STOP"),
    ("START DATABASE liandong", "START"),
    ("ENABLE SERVER 'x'", "ENABLE"),
    ("CREATE ALIAS evil FOR DATABASE liandong", "CREATE"),
    ("SHOW USERS", "SHOW USERS"),
    ("SHOW PRIVILEGES", "SHOW PRIVILEGES"),
    ("SHOW DATABASES", "SHOW DATABASES"),
    ("SHOW CURRENT USER", "SHOW CURRENT"),
    ("SHOW SERVERS", "SHOW SERVERS"),
    ("SHOW TRANSACTIONS", "TRANSACTIONS"),
    ("TERMINATE TRANSACTIONS 'x'", "TERMINATE"),
    ("USE system SHOW USERS", "USE"),
    ("USE liandong MATCH (n) RETURN n", "USE"),
    # subqueries
    ("CALL { MATCH (n:Company) SET n.name = 'x' } IN TRANSACTIONS", "SET"),
    ("MATCH (n) CALL (n) { WITH n RETURN n AS m } IN TRANSACTIONS OF 10 ROWS RETURN m", "TRANSACTIONS"),
    (f"CALL {{ CREATE (n:Company {EVIL}) RETURN n }} RETURN n", "CREATE"),
    ("MATCH (a) CALL (a) { MATCH (a)--(b) MERGE (b)-[:CONTROLS]->(a) } RETURN 1", "MERGE"),
    ("MATCH (n) WHERE EXISTS { MATCH (n) CALL { CREATE (:Company) } } RETURN n", "CREATE"),
    ("MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n", "SET"),
    ("MATCH (n) FOREACH (i IN [1] | CREATE (:Company))", "FOREACH"),
    # procedures and functions off the allow-list
    (f"CALL apoc.cypher.doIt('CREATE (n:Company {EVIL})', {{}})", "apoc.cypher.doIt"),
    ("CALL apoc.cypher.runWrite('CRE' + 'ATE (n)', {})", "apoc.cypher.runWrite"),
    ("WITH 'CRE' + 'ATE (n:Company)' AS q CALL apoc.cypher.doIt(q, {}) YIELD value RETURN value", "apoc.cypher.doIt"),
    ("CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", "apoc.periodic.iterate"),
    ("CALL dbms.killQueries(['x'])", "dbms.killQueries"),
    ("CALL dbms.security.createUser('evil', 'x', false)", "dbms.security.createUser"),
    ("CALL dbms.setConfigValue('x', 'y')", "dbms.setConfigValue"),
    ("CALL db.createLabel('Evil')", "db.createLabel"),
    ("MATCH (n) CALL db.create.setNodeVectorProperty(n, 'x', [1.0])", "db.create.setNodeVectorProperty"),
    ("CALL db.clearQueryCaches()", "db.clearQueryCaches"),
    ("CALL db.index.fulltext.createNodeIndex('x', ['Company'], ['name'])", "db.index.fulltext.createNodeIndex"),
    ("CALL `apoc`.`cypher`.`doIt`('CREATE (n)', {})", "apoc.cypher.doIt"),
    ("CALL `apoc.cypher.doIt`('CREATE (n)', {})", "apoc.cypher.doIt"),
    ("CALL db . labels ( ) YIELD label CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", "apoc.load.json"),
    ("CALL db.lаbels()", "db.lаbels"),  # Cyrillic а: not the allowed procedure
    ("RETURN apoc.text.join(['a'], '') AS x", "apoc.text.join"),
    ("RETURN `apoc.text.join`(['a'], '') AS x", "apoc.text.join"),
    ("RETURN apoc . util . md5(['x']) AS x", "apoc.util.md5"),
    # hiding keywords in comments, strings and names
    (f"MATCH (n) RETURN n // harmless\nCREATE (m:Company {EVIL})", "CREATE"),
    (f"MATCH (n) /* hide */ CREATE /* keyword */ (m:Company {EVIL}) RETURN n", "CREATE"),
    ("MATCH (n) RETURN n /* unterminated CREATE (m)", "unterminated /* comment"),
    (f"MATCH (n) /* /* nested? */ CREATE (m:Company {EVIL}) */ RETURN n", "CREATE"),
    (f"MATCH (n) RETURN '/*' AS a CREATE (m:Company {EVIL}) RETURN '*/'", "CREATE"),
    (f"MATCH (n) WHERE n.name = 'it\\'s' CREATE (m:Company {EVIL}) RETURN n", "CREATE"),
    ('RETURN "unterminated CREATE (n)', "unterminated string"),
    (f"MATCH (`x``y`) CREATE (m:Company {EVIL}) RETURN 1", "CREATE"),
    ("MATCH (`open CREATE (n)", "unterminated backtick"),
    ("MATCH (n:`Company` ) DETACH DELETE n", "DETACH"),
    ("MATCH (n) RETURN n // comment\u2028CREATE (m:Company)", "CREATE"),
    ("MATCH (n) RETURN n // comment\u0085CREATE (m:Company)", "CREATE"),
    # look-alikes and escapes
    (f"ＣＲＥＡＴＥ (n:Company {EVIL})", "read as CREATE"),
    ("ＭＡＴＣＨ (n) ＤＥＬＥＴＥ n", "read as DELETE"),
    ("MATCH (n) ＳＥＴ n.x = 1", "read as SET"),
    ("СREATE (n:Company)", "read as CREATE"),  # Cyrillic С
    ("MATCH (n) DΕLETE n", "read as DELETE"),  # Greek Ε
    ("MATCH (n) ſet n.x = 1", "read as SET"),  # long s
    ("CRE\u200bATE (n:Company)", "U+200B"),
    ("\\u0043REATE (n:Company)", "backslash"),
    ("MATCH (n) RETURN n；CREATE (m)", "look-alike character"),
    ("MATCH （n） DELETE n", "look-alike character"),
    ("", "empty statement"),
    ("   // only a comment", "empty statement"),
]

LEGIT: list[str] = [
    "MATCH (c:Company) RETURN c.name AS name ORDER BY name LIMIT 3",
    "// companies\nMATCH (c:Company) /* all of them */ RETURN count(c) AS n",
    "MATCH (c:Company) WHERE c.name <> 'CREATE (x)' RETURN count(c) AS n",
    "RETURN 'DELETE everything; DROP DATABASE liandong' AS text",
    'RETURN "MERGE \\" SET" AS text',
    "MATCH (n:Company) WHERE n.set IS NULL RETURN count(n) AS n",
    "WITH {set: 1, delete: 2} AS m RETURN m.set AS s, m.delete AS d",
    "MATCH (s:Sanction) RETURN s.start AS listed_from, s.end AS listed_until",
    "RETURN 1 AS `CREATE`",
    "CALL db.labels() YIELD label RETURN label ORDER BY label",
    "MATCH (c:Company) CALL (c) { MATCH (c)-[:WON]->(p) RETURN count(p) AS wins } RETURN c.name AS name, wins LIMIT 5",
    "MATCH (n:Company) RETURN n.name AS name;",
    "RETURN date.truncate('month', date('2024-05-17')) AS d",
    "MATCH (c:Company) WHERE c.name CONTAINS 'ＣＲＥＡＴＥ' RETURN count(c) AS n",
    "MATCH (c:Company) RETURN c {.name, .set} AS m LIMIT 2",
    "MATCH (a:Agency) RETURN a.name AS `删除` LIMIT 2",
]


# transaction and session control (issue 12, row 14): refused before they reach the server
CONTROL_ATTACKS: list[tuple[str, str]] = [
    ("COMMIT", "COMMIT"),
    ("commit;", "commit"),
    ("ROLLBACK", "ROLLBACK"),
    ("BEGIN", "BEGIN"),
    ("BEGIN TRANSACTION", "BEGIN"),
    ("SESSION CLOSE", "SESSION"),
    ("SESSION RESET", "SESSION"),
    ("/* x */ Commit /* y */", "Commit"),
    ("ＣＯＭＭＩＴ", "COMMIT"),
    ("MATCH (n) RETURN n UNION ALL COMMIT", "COMMIT"),
    ("SAVEPOINT s1", "SAVEPOINT"),
    ("RELEASE SAVEPOINT s1", "RELEASE"),
    ("START TRANSACTION", "START"),
    ("ABORT", "ABORT"),
]
ATTACKS += CONTROL_ATTACKS


@pytest.mark.parametrize("attack,fragment", ATTACKS, ids=[f"attack{i:03d}" for i in range(len(ATTACKS))])
def test_attack_is_refused_and_graph_unchanged(world, graph: Graph, attack: str, fragment: str) -> None:
    before = fingerprint(graph)
    with pytest.raises(guard.Refused) as info:
        run_readonly(graph, attack)
    message = str(info.value)
    assert fragment in message, message
    assert message.startswith("refused ") and "\n" not in message
    assert fingerprint(graph) == before


def test_there_are_at_least_fifty_attacks() -> None:
    assert len(ATTACKS) >= 50


@pytest.mark.parametrize("statement", LEGIT, ids=[f"legit{i:02d}" for i in range(len(LEGIT))])
def test_legit_reads_pass_and_run(world, graph: Graph, statement: str) -> None:
    before = fingerprint(graph)
    result = run_readonly(graph, statement)
    assert result.columns
    assert fingerprint(graph) == before


def test_legit_reads_return_the_right_rows(world, graph: Graph) -> None:
    r = run_readonly(graph, "MATCH (c:Company) WHERE c.name = $name RETURN c.id AS id", {"name": "甲公司"})
    assert r.rows == [{"id": world["c_spouse"]}]
    r = run_readonly(graph, "WITH {set: 1, delete: 2} AS m RETURN m.set AS s, m.delete AS d")
    assert r.rows == [{"s": 1, "d": 2}]
    assert run_readonly(graph, "MATCH (n:Company) RETURN n.name AS name;").columns == ["name"]


# ---------------------------------------------------------------------------- the rollback net
BYPASSED_WRITES = [
    f"CREATE (n:Company {EVIL}) RETURN n.id AS id",
    "MATCH (n:Company) SET n.name = 'changed' RETURN count(n) AS changed",
    "MATCH (n) DETACH DELETE n RETURN count(*) AS deleted",
    "MERGE (n:Company {id: 'company:evil2'}) ON CREATE SET n.name = 'evil' RETURN n.id AS id",
    "MATCH (n:Company) REMOVE n.name RETURN count(n) AS changed",
    "MATCH (a:Agency) WITH collect(a) AS xs FOREACH (x IN xs | CREATE (:Company {id: 'company:' + x.id})) RETURN size(xs) AS n",
    "MATCH (a:Company), (b:Agency) WITH a, b LIMIT 3 CREATE (a)-[:LOCATED_IN {id: 'rel:evil'}]->(b) RETURN count(*) AS made",
]


@pytest.mark.parametrize("write", BYPASSED_WRITES, ids=[f"bypass{i}" for i in range(len(BYPASSED_WRITES))])
def test_a_write_that_slipped_past_the_guard_is_rolled_back(world, graph: Graph, graph_backend: str, write: str) -> None:
    before = fingerprint(graph)
    if graph_backend == "neo4j":
        # Neo4j enforces the READ transaction itself: the write is refused before it runs
        with pytest.raises(QueryError, match="AccessMode") as info:
            execute_rolled_back(graph, write)  # guard bypassed on purpose
        assert status_code(info.value.__cause__) == READ_ONLY_VIOLATION
    else:
        # the embedded store ignores the access mode: the write runs, and the rollback undoes it
        result = execute_rolled_back(graph, write)  # guard bypassed on purpose
        assert result.rows, "the write ran (it returned its row) …"
    assert fingerprint(graph) == before, "… and left nothing behind"


def test_a_write_stopped_by_the_time_limit_leaves_nothing(world, graph: Graph, graph_backend: str) -> None:
    before = fingerprint(graph)
    slow_write = (
        f"CREATE (n:Company {EVIL}) WITH n "
        "UNWIND range(1, 30000) AS x UNWIND range(1, 30000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS c"
    )
    if graph_backend == "neo4j":  # refused at its first write, long before the time limit
        with pytest.raises(QueryError, match="AccessMode"):
            execute_rolled_back(graph, slow_write, timeout_s=1.0)
    else:
        with pytest.raises(QueryTimeout, match="stopped after 1 s"):
            execute_rolled_back(graph, slow_write, timeout_s=1.0)
    assert fingerprint(graph) == before
    assert graph.read("MATCH (n:Company {id: 'company:evil'}) RETURN count(n) AS c")[0]["c"] == 0


def test_slow_read_is_stopped_with_a_clear_message(world, graph: Graph) -> None:
    # 10^9 rows: no server counts them in half a second, however fast the machine (a CI machine's
    # Neo4j counted 9 million in less)
    slow = "UNWIND range(1, 30000) AS x UNWIND range(1, 30000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS c"
    with pytest.raises(QueryTimeout) as info:
        run_readonly(graph, slow, timeout_s=0.5)
    assert "took too long" in str(info.value)
    # the server is still usable afterwards
    assert run_readonly(graph, "RETURN 1 AS one").rows == [{"one": 1}]


def test_row_cap_stops_fetching_and_says_so(world, graph: Graph) -> None:
    r = run_readonly(graph, "UNWIND range(1, 100000) AS x RETURN x", max_rows=10)
    assert len(r.rows) == 10 and r.truncated
    assert r.rows[0] == {"x": 1}
    r = run_readonly(graph, "UNWIND range(1, 5) AS x RETURN x", max_rows=10)
    assert len(r.rows) == 5 and not r.truncated


def test_server_errors_are_one_line_query_errors(world, graph: Graph) -> None:
    with pytest.raises(QueryError) as info:
        run_readonly(graph, "MATCH (n RETURN n")
    assert not isinstance(info.value, guard.Refused)
    assert "\n" not in str(info.value) and "refused the statement" in str(info.value)


# ------------------------------------------------------------------------------- tokenizer units
def test_tokens_of_strings_comments_and_names() -> None:
    toks = guard.tokenize("MATCH (n:`a``b`) // CREATE\nWHERE n.x = 'CREATE \\' x' /* SET */ RETURN $p, 1.5e3")
    kinds = [(t.kind, t.norm if t.kind != "string" else t.text) for t in toks]
    assert ("name", "a`b") in kinds
    assert ("string", "'CREATE \\' x'") in kinds
    assert ("param", "p") in kinds
    assert ("number", "1.5e3") in kinds
    assert not any(t.kind == "word" and t.norm in ("CREATE", "SET") for t in toks)


def test_range_dots_are_not_numbers() -> None:
    toks = guard.tokenize("MATCH p=(a)-[*1..3]-(b) RETURN p")
    assert [t.text for t in toks if t.kind in ("number", "punct")][5:9] == ["*", "1", "..", "3"]


def test_refusal_names_line_and_column() -> None:
    with pytest.raises(guard.Refused) as info:
        guard.check("MATCH (n)\nRETURN n\n  DETACH DELETE n")
    assert info.value.line == 3 and info.value.column == 3
    assert "line 3, column 3" in str(info.value)


def test_name_spelt_like_a_keyword_gets_a_hint() -> None:
    with pytest.raises(guard.Refused, match="must be in backticks"):
        guard.check("MATCH (start:Company) RETURN start")
    guard.check("MATCH (`start`:Company) RETURN `start`")


def test_allowed_procedures_and_function_namespaces_pass() -> None:
    for name in sorted(guard.ALLOWED_PROCEDURES):
        guard.check(f"CALL {name}()")
    guard.check("RETURN duration.between(date('2024-01-01'), date()) AS d, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS p")
    guard.check("SHOW INDEXES")
    guard.check("SHOW ALL CONSTRAINTS")


def test_overlong_statement_is_refused() -> None:
    with pytest.raises(guard.Refused, match="longer than"):
        guard.check("RETURN 1 AS x " + " " * guard.MAX_LENGTH)


@pytest.mark.parametrize("statement", [a for a, _ in CONTROL_ATTACKS])
def test_transaction_and_session_control_never_reach_the_server(statement: str) -> None:
    with pytest.raises(guard.Refused) as info:
        guard.check(statement)
    assert "control" in str(info.value) or "admin" in str(info.value)


def test_control_words_are_still_fine_as_names() -> None:
    guard.check("MATCH (n) RETURN n.commit AS c, n.session AS s, {begin: 1} AS m, `rollback` AS r")
