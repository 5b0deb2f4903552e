"""Environment lookups with defaults — the only place liandong reads its configuration.

``NEO4J_URI`` set: use that server (Neo4j 5.x, 2025.x, Aura, a cluster).
``NEO4J_URI`` unset: start and use the embedded ArcadeDB Bolt server on 127.0.0.1.

The analyst console reads a second graph that holds no secret (app/services/console_view/):
``LIANDONG_CONSOLE_URI`` (with ``_USER``, ``_PASSWORD``, ``_DATABASE``) names it on Neo4j; embedded,
it is a second ArcadeDB server under ``LIANDONG_HOME/console`` with its own heap
(``LIANDONG_CONSOLE_HEAP``, default 1g) on ``LIANDONG_CONSOLE_PORT`` (default: any free port).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ConfigError

EMBEDDED_USER = "root"
EMBEDDED_DATABASE = "liandong"


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "liandong"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError(f"{name}={raw!r} is not a whole number: set it to e.g. {default}") from e


def _choice(name: str, allowed: tuple[str, ...]) -> str:
    """One of ``allowed`` (the first is the default when the variable is unset or empty)."""
    raw = (os.environ.get(name) or "").strip()
    if not raw:
        return allowed[0]
    if raw not in allowed:
        raise ConfigError(f"{name}={raw!r}: use one of {', '.join(allowed)}")
    return raw


@dataclass(frozen=True)
class Settings:
    uri: str | None
    user: str | None
    password: str | None
    database: str | None
    home: Path
    bolt_port: int
    start_timeout: int
    heap: str
    console_uri: str | None = None
    console_user: str | None = None
    console_password: str | None = None
    console_database: str | None = None
    console_port: int = 0  # 0: a free port chosen when the console server starts
    console_heap: str = "1g"
    # a full name a letter places nowhere, the graph's only person of that name in the letter's locality:
    # "merge" (merged at ingestion, the default — listed by `resolve list --auto --reason sole_local` and
    # the 自动合并待复核 page to check) or "review" (offered to an investigator, never merged) —
    # ingest/matching.py, README "Entity resolution"
    unplaced_names: str = "merge"
    server_config: tuple[str, ...] = ()  # ArcadeDB settings (``key=value``) the embedded server starts with

    @property
    def embedded(self) -> bool:
        return self.uri is None

    @classmethod
    def from_env(cls) -> Settings:
        uri = os.environ.get("NEO4J_URI") or None
        port = _int("LIANDONG_BOLT_PORT", 7687)
        if not 0 < port < 65536:
            raise ConfigError(f"LIANDONG_BOLT_PORT={port} is not a port: use 1–65535")
        console_port = _int("LIANDONG_CONSOLE_PORT", 0)
        if not 0 <= console_port < 65536:
            raise ConfigError(f"LIANDONG_CONSOLE_PORT={console_port} is not a port: use 1–65535 (0: any free port)")
        return cls(
            uri=uri,
            user=os.environ.get("NEO4J_USER") or None,
            password=os.environ.get("NEO4J_PASSWORD") or None,
            database=os.environ.get("NEO4J_DATABASE") or None,
            home=Path(os.environ.get("LIANDONG_HOME") or _default_home()).expanduser(),
            bolt_port=port,
            start_timeout=_int("LIANDONG_START_TIMEOUT", 120),
            heap=os.environ.get("LIANDONG_HEAP") or "4g",
            console_uri=os.environ.get("LIANDONG_CONSOLE_URI") or None,
            console_user=os.environ.get("LIANDONG_CONSOLE_USER") or None,
            console_password=os.environ.get("LIANDONG_CONSOLE_PASSWORD") or None,
            console_database=os.environ.get("LIANDONG_CONSOLE_DATABASE") or None,
            console_port=console_port,
            console_heap=os.environ.get("LIANDONG_CONSOLE_HEAP") or "1g",
            unplaced_names=_choice("LIANDONG_UNPLACED_NAMES", ("merge", "review")),
        )
