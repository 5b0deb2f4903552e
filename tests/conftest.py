"""Test fixtures: ONE graph server per test session, real, never mocked.

The backend is chosen by ``LIANDONG_TEST_BACKEND``:

``embedded`` (default)  the embedded ArcadeDB Bolt server, started in a temporary LIANDONG_HOME on a
                        free port.
``neo4j``               a real Neo4j Community 5.26, started here from the official test harness
                        (tools/neo4j-harness, built by ``make``) on a free port and stopped at the end.
                        A missing jar or java is an error, never a skip. ``make test-neo4j`` runs
                        the contract part (``-m contract``) this way.

With NEO4J_URI set (and no backend chosen), the whole suite runs against that server instead — it
wipes the database it is given, so it refuses to run unless LIANDONG_TEST_WIPE_OK=1 says that
database is disposable.

The ``contract`` marker: the tests a production user relies on, run unchanged against each backend
(schema DDL, writer, tabular import and its re-runs, every catalog statement, the query library,
lifecycle/custody/deadlines/assistance, ingestion end to end, the read-only console guard and its
server-side limits, full-text search, the app's service layer). :data:`CONTRACT`
lists them, so the test files themselves need no marker.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.connection import Graph, connect
from graph.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


BACKENDS = ("embedded", "neo4j")

# path (relative to tests/) -> None for every test in the file, or the test function names
CONTRACT: dict[str, tuple[str, ...] | None] = {
    "graph/test_schema.py": None,
    "graph/test_writer.py": None,
    "graph/test_backends.py": None,
    "test_cypher_catalog.py": ("test_statement_runs_on_the_server",),
    "queries/test_library_world.py": None,
    "queries/test_library_demo.py": None,
    "queries/test_guard.py": None,
    "queries/test_server_limits.py": None,
    "queries/test_registry.py": None,
    "tabular/test_load.py": None,
    "supervision/test_assistance.py": None,
    "supervision/test_reference.py": None,
    "supervision/test_lifecycle.py": None,
    "supervision/test_overdue.py": None,
    "ingest/test_pipeline.py": None,
    "ingest/test_duplicate_documents.py": None,
    "app/test_services.py": None,
    "threads/test_letter_sets.py": ("test_dev_set_threads_custody_and_deadlines",),
    "supervision/test_loaded_referrals.py": ("test_accepted_returned_and_undecided_referrals",),
    # issue 13's mechanisms
    "supervision/test_meetings.py": None,
    "supervision/test_inspections.py": None,
    "supervision/test_joint_inspections.py": None,
    "supervision/test_watchlist.py": None,
    "supervision/test_blacklist.py": None,
    "supervision/test_complaint_warnings.py": None,
    "supervision/test_listed_bids.py": None,
    "app/test_mechanisms.py": None,
    "tabular/test_registers.py": None,
    "ingest/test_minutes.py": ("test_minutes_become_meetings_with_decisions", "test_unknown_agency_is_named",
                               "test_ingested_minutes_documents_are_recorded_once",
                               "test_ingestion_records_the_meeting_of_minutes"),
}


def backend() -> str:
    name = os.environ.get("LIANDONG_TEST_BACKEND", "").strip().lower() or "embedded"
    if name not in BACKENDS:
        raise pytest.UsageError(f"LIANDONG_TEST_BACKEND={name!r}: use one of {', '.join(BACKENDS)}")
    return name


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "contract: runs unchanged on every backend (make test-neo4j runs these on Neo4j)")
    backend()


def pytest_report_header(config: pytest.Config) -> str:
    return f"liandong test backend: {backend()}"


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the Cypher catalog's lint (minutes of one core) now, beside the suite, if it was selected."""
    if session.config.option.collectonly:
        return
    for item in session.items:
        if item.nodeid.endswith("test_cypher_catalog.py::test_neo4j_linter_finds_no_errors"):
            item.module.BACKGROUND_LINT.start()  # type: ignore[attr-defined]
            return


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        try:
            rel = item.path.resolve().relative_to(here).as_posix()
        except ValueError:
            continue
        if rel not in CONTRACT:
            continue
        names = CONTRACT[rel]
        func = getattr(item, "originalname", None) or item.name.partition("[")[0]
        if names is None or func in names:
            item.add_marker(pytest.mark.contract)


@pytest.fixture(scope="session")
def graph_backend() -> str:
    return backend()


@pytest.fixture(scope="session")
def graph_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    if backend() == "neo4j":
        yield from _harness_settings(tmp_path_factory)
        return
    if os.environ.get("NEO4J_URI"):
        if os.environ.get("LIANDONG_TEST_WIPE_OK") != "1":
            pytest.exit(
                "NEO4J_URI is set: the test suite would wipe that database. Point NEO4J_DATABASE at a "
                "disposable database and set LIANDONG_TEST_WIPE_OK=1 to go on.",
                returncode=2,
            )
        yield Settings.from_env()
        return
    home = tmp_path_factory.mktemp("liandong-home")
    os.environ["LIANDONG_HOME"] = str(home)
    os.environ["LIANDONG_BOLT_PORT"] = str(free_port())
    os.environ.setdefault("LIANDONG_HEAP", "2g")
    settings = Settings.from_env()
    yield settings
    from graph import embedded

    embedded.stop(settings)


def _harness_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    from concurrent.futures import ThreadPoolExecutor

    from graph.neo4j_harness import HarnessError, HarnessServer

    # the main server and the analyst console's own (a second, smaller harness: LIANDONG_CONSOLE_URI),
    # started side by side: each JVM spends most of its start-up waiting on itself
    with ThreadPoolExecutor(max_workers=2) as pool:
        main_start = pool.submit(HarnessServer.start, workdir=tmp_path_factory.mktemp("neo4j-harness"))
        console_start = pool.submit(HarnessServer.start, workdir=tmp_path_factory.mktemp("neo4j-console"),
                                    heap="768m", pagecache_mb=64)
    failures = [(what, f.exception()) for what, f in (("", main_start), (" (console server)", console_start))
                if f.exception() is not None]
    if failures:
        for f in (main_start, console_start):
            if f.exception() is None:
                f.result().stop()
        what, e = failures[0]
        if not isinstance(e, HarnessError):
            raise e  # type: ignore[misc]
        pytest.exit(f"LIANDONG_TEST_BACKEND=neo4j{what}: {e}", returncode=3)
    server, console = main_start.result(), console_start.result()
    home = tmp_path_factory.mktemp("liandong-home")
    console_keys = ("LIANDONG_CONSOLE_URI", "LIANDONG_CONSOLE_USER", "LIANDONG_CONSOLE_PASSWORD", "LIANDONG_CONSOLE_DATABASE")
    saved = {k: os.environ.get(k) for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "LIANDONG_HOME",
                                            *console_keys)}
    os.environ.update(server.env())  # CLI subprocesses and Settings.from_env() see the harness too
    os.environ.update({f"LIANDONG_CONSOLE_{k.removeprefix('NEO4J_')}": v for k, v in console.env().items()})
    os.environ["LIANDONG_HOME"] = str(home)
    try:
        yield Settings.from_env()
    finally:
        console.stop()
        server.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(scope="session")
def graph(graph_settings: Settings) -> Iterator[Graph]:
    g = connect(graph_settings)
    yield g
    g.close()


def wipe(g: Graph) -> None:
    g.write("MATCH (n) DETACH DELETE n")


@pytest.fixture
def empty_graph(graph: Graph) -> Graph:
    """The session graph, emptied before the test (schema kept)."""
    wipe(graph)
    return graph


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shared_dir(repo_root: Path) -> Path:
    return repo_root.parent / "shared"
