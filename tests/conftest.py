"""Test fixtures: ONE graph server per test session, real, never mocked.

Default: the embedded ArcadeDB Bolt server, started in a temporary LIANDONG_HOME on a free port.
With NEO4J_URI set, the whole suite runs against that server instead — it wipes the database it
is given, so it refuses to run unless LIANDONG_TEST_WIPE_OK=1 says that database is disposable.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Iterator

import pytest

from graph.connection import Graph, connect
from graph.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def graph_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
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
