"""Start, stop and find the embedded Bolt server that holds the data under ``LIANDONG_HOME``.

The server runs in its own background process (:mod:`graph.embedded_server`), so it outlives
the command that started it and any number of commands share it. Starting is serialised by a
lock on ``start.lock``; the server itself holds ``server.lock`` while it runs, so two commands
started at once never start two servers on the same data.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from graph.embedded_server import EXIT_LOCKED, EXIT_PORT, port_is_free
from graph.errors import DataDirError, EmbeddedServerError, PortInUse, ServerStartTimeout
from graph.settings import EMBEDDED_DATABASE, EMBEDDED_USER, Settings


@dataclass(frozen=True)
class ServerInfo:
    running: bool
    home: Path
    port: int
    database: str
    pid: int | None = None
    started: float | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"


def prepare_home(home: Path) -> None:
    """Create the data folder (owner-only) and the generated password; check both are usable."""
    from graph.home import secure_home

    try:
        secure_home(home)  # an existing home too: everything in it owner-only
        (home / "log").mkdir(exist_ok=True, mode=0o700)
    except OSError as e:
        raise DataDirError(
            f"cannot create the data folder {home}: {e.strerror} — set LIANDONG_HOME to a folder you can write"
        ) from e
    if not os.access(home, os.R_OK | os.W_OK | os.X_OK):
        raise DataDirError(
            f"the data folder {home} is not readable and writable by you — fix its permissions "
            f"(chmod u+rwx) or set LIANDONG_HOME to another folder"
        )
    pw = home / "password"
    if not pw.exists():
        # Written whole to a private file, then linked into place: concurrent starters never see a
        # half-written password, and the one that links second keeps the first one's password.
        tmp = home / f".password.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(secrets.token_urlsafe(24) + "\n")
        try:
            os.link(tmp, pw)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    try:
        os.chmod(pw, 0o600)
        pw.read_text(encoding="utf-8")
    except OSError as e:
        raise DataDirError(f"cannot read the password file {pw}: {e.strerror} — fix its permissions") from e


def read_password(home: Path) -> str:
    try:
        return (home / "password").read_text(encoding="utf-8").strip()
    except OSError as e:
        raise DataDirError(
            f"cannot read {home / 'password'}: {e.strerror} — run `liandong db start` to create it"
        ) from e


def _database(settings: Settings) -> str:
    return settings.database or EMBEDDED_DATABASE


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _bolt_answers(port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _locked_by_server(home: Path) -> bool:
    """True when a live server process holds ``server.lock`` (works after a crash too: locks die with their owner)."""
    path = home / "server.lock"
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def status(settings: Settings) -> ServerInfo:
    home = settings.home
    state = home / "server.json"
    if state.exists() and _locked_by_server(home):
        try:
            data = json.loads(state.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if data and _pid_alive(int(data["pid"])):
            return ServerInfo(True, home, int(data["port"]), str(data["database"]), int(data["pid"]), data.get("started"))
    return ServerInfo(False, home, settings.bolt_port, _database(settings))


def ensure_running(settings: Settings) -> ServerInfo:
    """Return the running server, starting it first if needed. Safe to call from many processes at once."""
    home = settings.home
    prepare_home(home)
    lock_fd = os.open(home / "start.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX)  # serialise concurrent starters
        info = status(settings)
        if info.running:
            return info
        if _locked_by_server(home):
            # a server is still starting or shutting down (its lock is held, server.json not yet written)
            info = _wait_ready(settings, None, time.monotonic() + settings.start_timeout)
            if info.running:
                return info
        return _spawn(settings)
    finally:
        fcntl.flock(lock_fd, fcntl.LOCK_UN)
        os.close(lock_fd)


CONSOLE_DIR = "console"


def console_settings(settings: Settings, *, limits: tuple[str, ...] = ()) -> Settings:
    """The analyst console's own server: data under ``LIANDONG_HOME/console``, its own port and a
    smaller heap, started on demand like the main one and stopped with it (:func:`stop`); ``limits``
    are ArcadeDB settings (``key=value``) enforced by that server on every query."""
    return replace(settings, uri=None, home=settings.home / CONSOLE_DIR, bolt_port=settings.console_port,
                   heap=settings.console_heap, database=None, server_config=limits)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _spawn(settings: Settings) -> ServerInfo:
    home = settings.home
    if not settings.bolt_port:  # any free port (the console server); clients read it from server.json
        settings = replace(settings, bolt_port=_free_port())
    if not port_is_free(settings.bolt_port):
        raise PortInUse(
            f"port {settings.bolt_port} on 127.0.0.1 is already used by another program — "
            f"stop it, or set LIANDONG_BOLT_PORT to a free port"
        )
    log_path = home / "log" / "server.out"
    cmd = [
        sys.executable, "-m", "graph.embedded_server",
        "--home", str(home), "--port", str(settings.bolt_port),
        "--database", _database(settings), "--heap", settings.heap,
    ]
    for item in settings.server_config:
        cmd += ["--setting", item]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH")]))
    with os.fdopen(os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "ab") as log:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            cwd=home, env=env, start_new_session=True,
        )
    deadline = time.monotonic() + settings.start_timeout
    info = _wait_ready(settings, proc, deadline)
    if info.running:
        return info
    code = proc.poll()
    if code is None:
        proc.kill()
        raise ServerStartTimeout(
            f"the embedded server did not come up within {settings.start_timeout} s — see {log_path}; "
            f"raise LIANDONG_START_TIMEOUT on a slow machine"
        )
    if code == EXIT_PORT:
        raise PortInUse(
            f"port {settings.bolt_port} on 127.0.0.1 is already used by another program — "
            f"stop it, or set LIANDONG_BOLT_PORT to a free port"
        )
    if code == EXIT_LOCKED:
        info = _wait_ready(settings, None, deadline)
        if info.running:
            return info
    tail = _tail(log_path)
    raise EmbeddedServerError(f"the embedded server exited with status {code}: {tail} — full log in {log_path}")


def _wait_ready(settings: Settings, proc: subprocess.Popen[bytes] | None, deadline: float) -> ServerInfo:
    while time.monotonic() < deadline:
        info = status(settings)
        if info.running and _bolt_answers(info.port):
            return info
        if proc is not None and proc.poll() is not None:
            break
        if proc is None and not _locked_by_server(settings.home):
            break
        time.sleep(0.2)
    return status(settings) if proc is None else ServerInfo(False, settings.home, settings.bolt_port, _database(settings))


def stop(settings: Settings, timeout: float = 60.0, *, with_console: bool = True) -> bool:
    """Stop the server if it runs (and the console's server beside it); True when one was stopped."""
    console = settings.home / CONSOLE_DIR
    if with_console and (console / "server.json").exists():
        stop(console_settings(settings), timeout, with_console=False)
    info = status(settings)
    if not info.running or info.pid is None:
        return False
    os.kill(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _pid_alive(info.pid) or not _locked_by_server(settings.home):
            return True
        time.sleep(0.2)
    os.kill(info.pid, signal.SIGKILL)  # data survives: ArcadeDB replays its WAL on the next start
    return True


def credentials(settings: Settings) -> tuple[str, str]:
    return EMBEDDED_USER, read_password(settings.home)


def _tail(path: Path, lines: int = 3) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "(no log)"
    interesting = [t for t in text if "rror" in t or "xception" in t or "in use" in t] or text
    return " | ".join(t.strip() for t in interesting[-lines:])
