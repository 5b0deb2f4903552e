"""The embedded server's life: start on demand, stop, status, crash recovery, concurrent starters, errors."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graph import embedded
from graph.connection import connect
from graph.errors import AuthFailed, DataDirError, GraphUnavailable, PortInUse, ServerStartTimeout
from graph.settings import Settings
from tests.conftest import free_port

pytestmark = pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="embedded server only")


def _settings(home: Path, port: int | None = None, timeout: int = 120) -> Settings:
    return Settings(None, None, None, None, home, port or free_port(), timeout, "1g")


def _cli(env_home: Path, port: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(LIANDONG_HOME=str(env_home), LIANDONG_BOLT_PORT=str(port), LIANDONG_HEAP="1g")
    return subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, capture_output=True, text=True, timeout=300)


def test_start_status_stop_and_data_survives(tmp_path: Path) -> None:
    s = _settings(tmp_path / "h")
    assert not embedded.status(s).running
    info = embedded.ensure_running(s)
    try:
        assert info.running and info.port == s.bolt_port
        pw = s.home / "password"
        assert pw.stat().st_mode & 0o777 == 0o600
        with connect(s) as g:
            g.write("CREATE (:Company {id: 'company:keep', name: '留存公司'})")
        # a second call finds the same server
        assert embedded.ensure_running(s).pid == info.pid
    finally:
        assert embedded.stop(s)
    assert not embedded.status(s).running
    embedded.ensure_running(s)
    try:
        with connect(s) as g:
            assert g.read("MATCH (c:Company {id: 'company:keep'}) RETURN c.name AS n") == [{"n": "留存公司"}]
    finally:
        embedded.stop(s)


def test_killed_server_recovers_its_data(tmp_path: Path) -> None:
    s = _settings(tmp_path / "h")
    info = embedded.ensure_running(s)
    with connect(s) as g:
        g.write("UNWIND range(1, 500) AS i CREATE (:Company {id: 'company:' + toString(i), name: 'c'})")
    os.kill(info.pid, signal.SIGKILL)
    deadline = time.time() + 20
    while embedded.status(s).running and time.time() < deadline:
        time.sleep(0.2)
    assert not embedded.status(s).running
    try:
        with connect(s) as g:  # starts a new server, which replays the WAL
            assert g.read("MATCH (c:Company) RETURN count(c) AS n") == [{"n": 500}]
    finally:
        embedded.stop(s)


def test_concurrent_starters_share_one_server(tmp_path: Path) -> None:
    s = _settings(tmp_path / "h")
    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            infos = list(pool.map(lambda _: embedded.ensure_running(s), range(3)))
        assert len({i.pid for i in infos}) == 1
        # and two CLI processes at once
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "app.cli", "db", "start"],
                env={**os.environ, "LIANDONG_HOME": str(s.home), "LIANDONG_BOLT_PORT": str(s.bolt_port)},
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            for _ in range(2)
        ]
        outs = [p.communicate(timeout=180) for p in procs]
        assert all(p.returncode == 0 for p in procs), outs
        assert all("already running" in o[0] for o in outs)
        assert embedded.status(s).pid == infos[0].pid
    finally:
        embedded.stop(s)


def test_port_taken_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        with pytest.raises(PortInUse, match=f"port {port} .* LIANDONG_BOLT_PORT"):
            embedded.ensure_running(_settings(tmp_path / "h", port))
        r = _cli(tmp_path / "h2", port, "db", "start")
        assert r.returncode == 1
        assert r.stderr.startswith("error: port") and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1


def test_unreadable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root ignores permission bits: use a path under a regular file instead
        blocker = tmp_path / "file"
        blocker.write_text("x")
        home = blocker / "home"
    else:
        home = tmp_path / "locked"
        home.mkdir(mode=0o000)
    with pytest.raises(DataDirError, match="LIANDONG_HOME"):
        embedded.ensure_running(_settings(home))


def test_server_that_does_not_come_up_in_time(tmp_path: Path) -> None:
    s = _settings(tmp_path / "h", timeout=1)
    with pytest.raises(ServerStartTimeout, match="LIANDONG_START_TIMEOUT"):
        embedded.ensure_running(s)
    deadline = time.time() + 30
    while embedded._locked_by_server(s.home) and time.time() < deadline:  # the child was killed
        time.sleep(0.2)
    assert not embedded.status(s).running


def test_wrong_credentials_and_unreachable_uri(graph_settings: Settings, tmp_path: Path) -> None:
    info = embedded.ensure_running(graph_settings)
    bad = Settings(info.uri, "root", "not-the-password", "liandong", tmp_path, 1, 10, "1g")
    with pytest.raises(AuthFailed, match="NEO4J_USER and NEO4J_PASSWORD"):
        connect(bad)
    nowhere = Settings(f"bolt://127.0.0.1:{free_port()}", "neo4j", "x", "neo4j", tmp_path, 1, 10, "1g")
    with pytest.raises(GraphUnavailable, match="check NEO4J_URI"):
        connect(nowhere)
    r = subprocess.run(
        [sys.executable, "-m", "app.cli", "stats"],
        env={**os.environ, "NEO4J_URI": nowhere.uri or "", "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "x"},
        capture_output=True, text=True, timeout=120,
    )
    assert r.returncode == 1 and r.stderr.startswith("error: cannot reach the graph") and "Traceback" not in r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "app.cli", "--debug", "stats"],
        env={**os.environ, "NEO4J_URI": nowhere.uri or "", "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "x"},
        capture_output=True, text=True, timeout=120,
    )
    assert r.returncode != 0 and "Traceback" in r.stderr
