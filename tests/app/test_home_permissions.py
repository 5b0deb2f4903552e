"""Issue 12 row 15: owner-only permissions on the whole LIANDONG_HOME — an existing home made
private, files the real embedded graph server writes born private, ``uploads/`` 0700."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

from app.services.access import Viewer
from app.services.audit import AuditLog
from app.services.auth import UserStore
from app.services.ingest_upload import upload_folder
from graph.connection import Graph
from graph.embedded import prepare_home
from graph.home import secure_home
from graph.settings import Settings


def _open_to_others(home: Path) -> list[str]:
    bad = []
    for folder, dirs, files in os.walk(home, followlinks=False):
        for name in dirs + files:
            path = os.path.join(folder, name)
            st = os.lstat(path)
            if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) & 0o077:
                bad.append(f"{oct(stat.S_IMODE(st.st_mode))} {os.path.relpath(path, home)}")
    if stat.S_IMODE(home.stat().st_mode) & 0o077:
        bad.append(f"{oct(stat.S_IMODE(home.stat().st_mode))} .")
    return bad


def test_an_existing_open_home_is_made_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "uploads" / "old").mkdir(parents=True)
    (home / "arcadedb" / "databases").mkdir(parents=True)
    for p in (home, home / "uploads", home / "uploads" / "old", home / "arcadedb", home / "arcadedb" / "databases"):
        os.chmod(p, 0o755)
    (home / "uploads" / "old" / "letter.txt").write_text("x")
    (home / "arcadedb" / "databases" / "data.0.65536.v0.bucket").write_bytes(b"x")
    for p in home.rglob("*"):
        if p.is_file():
            os.chmod(p, 0o644)
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    os.chmod(outside, 0o644)
    os.symlink(outside, home / "link")
    assert _open_to_others(home)
    prepare_home(home)
    assert _open_to_others(home) == []
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # a link's target is never touched


def test_files_written_by_the_real_graph_server_are_owner_only(graph: Graph, graph_settings: Settings) -> None:
    if graph.target is None or os.environ.get("NEO4J_URI"):
        import pytest

        pytest.skip("the embedded server's home only")
    # new types make the server create new files (buckets, indexes) after it started
    graph.write("CREATE (:PermProbeA {id: 'permprobe:1'})-[:PERM_PROBE]->(:PermProbeB {id: 'permprobe:2'})")
    try:
        assert _open_to_others(graph_settings.home) == []
    finally:
        graph.write("MATCH (n) WHERE n:PermProbeA OR n:PermProbeB DETACH DELETE n")


def test_uploads_users_and_audit_are_owner_only_from_the_start(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    old = os.umask(0o022)  # a lax umask: the folders must still be private
    try:
        settings = dataclasses.replace(Settings.from_env(), home=home)
        folder = upload_folder(Viewer("clk", "agency:1", "clerk"), settings)
        UserStore.default(settings)
        AuditLog.default(settings).record(None, "sign_in_failed", "x", user="x")
    finally:
        os.umask(old)
    assert folder.parent == home / "uploads"
    assert _open_to_others(home) == []


def test_secure_home_without_walk_only_fixes_the_folder(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    secure_home(home, walk=False)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
