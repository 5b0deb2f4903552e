"""Start and stop a throwaway real Neo4j Community for the tests and the benchmarks.

The server is the official test harness (``org.neo4j.test:neo4j-harness``, Neo4j 5.26 LTS) in a Java
process launched from ``tools/neo4j-harness`` — built by ``make`` with
``mvn -q -f tools/neo4j-harness/pom.xml package``, nothing installed by hand. It listens for Bolt
on 127.0.0.1 only, with auth disabled, keeps its data in a temporary folder that it deletes when it
stops, and stops when its stdin is closed (so it also goes away when the Python process that
started it dies).

    with HarnessServer.start() as server:
        os.environ.update(server.env())      # NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE
        ...

Not used in production: liandong talks to a production Neo4j through ``NEO4J_URI``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import LiandongError

REPO = Path(__file__).resolve().parent.parent
HARNESS_DIR = REPO / "tools" / "neo4j-harness"
DEFAULT_JAR = HARNESS_DIR / "target" / "liandong-neo4j-harness.jar"
BUILD_HINT = "build it with `make neo4j-harness` (runs mvn -q -f tools/neo4j-harness/pom.xml package)"
# auth is disabled in the harness: the server accepts any user name and password
USER = "neo4j"
PASSWORD = "harness-auth-disabled"
DATABASE = "neo4j"


class HarnessError(LiandongError):
    """The Neo4j harness could not be found, started or stopped."""


def jar_path() -> Path:
    return Path(os.environ.get("LIANDONG_NEO4J_HARNESS_JAR") or DEFAULT_JAR)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class HarnessServer:
    port: int
    proc: subprocess.Popen[bytes]
    workdir: Path
    version: str = ""
    _own_workdir: bool = field(default=False, repr=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.workdir / "harness.out"

    def env(self) -> dict[str, str]:
        """The environment variables that point liandong (and its CLI subprocesses) at this server."""
        return {"NEO4J_URI": self.uri, "NEO4J_USER": USER, "NEO4J_PASSWORD": PASSWORD, "NEO4J_DATABASE": DATABASE}

    @classmethod
    def start(
        cls,
        *,
        port: int | None = None,
        heap: str = "2g",
        pagecache_mb: int = 512,
        workdir: Path | None = None,
        timeout: float = 180.0,
    ) -> HarnessServer:
        jar = jar_path()
        if not jar.is_file():
            raise HarnessError(f"the Neo4j harness jar {jar} is missing — {BUILD_HINT}")
        java = shutil.which("java")
        if java is None:
            raise HarnessError("no `java` on PATH — the Neo4j harness needs Java 17 (apt-get install openjdk-17-jre-headless)")
        own = workdir is None
        workdir = Path(workdir or tempfile.mkdtemp(prefix="liandong-neo4j-"))
        workdir.mkdir(parents=True, exist_ok=True)
        port = port or _free_port()
        out = workdir / "harness.out"
        cmd = [
            java, f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
            "-jar", str(jar), str(port), str(workdir / "data"), str(pagecache_mb),
        ]
        with open(out, "wb") as log:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
        server = cls(port, proc, workdir, _own_workdir=own)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.startswith("READY "):
                    server.version = line.split()[-1]
                    return server
            if proc.poll() is not None:
                tail = " | ".join(out.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:])
                server._cleanup()
                raise HarnessError(f"the Neo4j harness exited with status {proc.returncode}: {tail}")
            time.sleep(0.2)
        server.stop()
        raise HarnessError(f"the Neo4j harness did not print READY within {timeout:.0f} s — see {out}")

    def stop(self, timeout: float = 60.0) -> None:
        """Close stdin (the harness stops on end of file), then SIGTERM, then SIGKILL."""
        if self.proc.poll() is None:
            try:
                if self.proc.stdin:
                    self.proc.stdin.close()
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                try:
                    self.proc.wait(15)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait()
        self._cleanup()

    def _cleanup(self) -> None:
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> HarnessServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
