"""Start the real app (``streamlit run`` with liandong's options) and a headless Debian Chromium
that records every request — shared by the browser tests and ``bench/bench_app.py``.

Chromium is the system one (``apt-get install chromium``), driven by the ``playwright`` package;
``playwright install`` is never needed.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from app.commands.app import PROJECT_DIR, streamlit_command

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about", "file"}  # file: only in the benchmark, which opens the page from disk


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PortTaken(RuntimeError):
    """Another process bound the port between :func:`free_port` and the app's own bind."""


class AppServer:
    """``liandong app``'s command on a free port; stopped by the pid it was given."""

    def __init__(self, *, log_path: Path, port: int | None = None, env: dict[str, str] | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            streamlit_command(host="127.0.0.1", port=self.port),
            cwd=PROJECT_DIR, env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
            stdout=self._log, stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        """Wait until *this* process serves :attr:`url`.

        A free port is only free when it was asked for: another test's app (or another program)
        may bind it before this one does, and would then answer the health check. So the app is
        ready when its own log says it listens on the URL (it says so only once it has bound it)
        and the health check answers; a port taken first raises :class:`PortTaken`.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            log = self.log_path.read_text(errors="replace")
            if self.proc.poll() is not None:
                if f"Port {self.port} is not available" in log:
                    raise PortTaken(f"port {self.port} was taken before the app could bind it")
                raise RuntimeError(f"the app exited with {self.proc.returncode}: {log[-2000:]}")
            if f"URL: {self.url}" in log:
                try:
                    with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                        if r.read().strip() == b"ok":
                            return
                except OSError:
                    pass
            time.sleep(0.3)
        raise TimeoutError(f"the app did not answer on {self.url} within {timeout:.0f} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._log.close()


@dataclass
class RequestLog:
    urls: list[str] = field(default_factory=list)

    def record(self, url: str) -> None:
        self.urls.append(url)

    def outside(self) -> list[str]:
        """Every recorded request that left the machine (not 127.0.0.1/localhost, not data:/blob:)."""
        out = []
        for url in self.urls:
            parts = urlparse(url)
            if parts.scheme in LOCAL_SCHEMES:
                continue
            if parts.hostname not in LOCAL_HOSTS:
                out.append(url)
        return out


def launch_chromium(playwright: Any, profile_dir: Path, log: RequestLog) -> Any:
    """A headless Chromium with a new empty profile; every request of every page and frame is logged.
    A machine without Debian chromium fails here (never skips): `make browser-deps` installs it."""
    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(f"{CHROMIUM} not found: the browser tests need Debian chromium (make browser-deps)")
    context = playwright.chromium.launch_persistent_context(
        str(profile_dir), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 1000}, locale="zh-CN",
    )
    context.on("request", lambda request: log.record(request.url))
    context.on("page", lambda page: page.on("websocket", lambda ws: log.record(ws.url)))
    for page in context.pages:
        page.on("websocket", lambda ws: log.record(ws.url))
    return context


@contextmanager
def running_app(log_path: Path, *, attempts: int = 3) -> Iterator[AppServer]:
    """A ``liandong app`` for one test module: ready when entered, stopped when left (on another
    free port when the first one was taken before the app could bind it)."""
    for attempt in range(1, attempts + 1):
        app = AppServer(log_path=log_path)
        try:
            app.wait_ready()
        except PortTaken:
            app.stop()
            if attempt == attempts:
                raise
            continue
        except BaseException:
            app.stop()
            raise
        break
    try:
        yield app
    finally:
        app.stop()


@contextmanager
def chromium_context(profile: Path, log: RequestLog | None = None, *, timeout_ms: int = 30_000) -> Iterator[Any]:
    """A headless Chromium context (:func:`launch_chromium`) for one test module; its profile folder
    is removed when left."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = launch_chromium(pw, profile, log or RequestLog())
        context.set_default_timeout(timeout_ms)
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)

