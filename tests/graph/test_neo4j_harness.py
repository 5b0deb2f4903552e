"""The Neo4j harness launcher fails loudly, naming the fix, when its jar or java is missing (the
tests' Neo4j backend must never turn into a skip)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.neo4j_harness import HarnessError, HarnessServer


def test_missing_jar_says_how_to_build_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIANDONG_NEO4J_HARNESS_JAR", str(tmp_path / "nowhere.jar"))
    with pytest.raises(HarnessError, match=r"missing — build it with `make neo4j-harness`"):
        HarnessServer.start(workdir=tmp_path / "w")


def test_missing_java_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jar = tmp_path / "fake.jar"
    jar.write_bytes(b"")
    monkeypatch.setenv("LIANDONG_NEO4J_HARNESS_JAR", str(jar))
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(HarnessError, match="no `java` on PATH"):
        HarnessServer.start(workdir=tmp_path / "w")
