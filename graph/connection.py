"""One driver per process: resolve where the graph is, open the official neo4j driver, check it.

``NEO4J_URI`` set → that server with ``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``.
Unset → the embedded server under ``LIANDONG_HOME``, started on demand.
"""

from __future__ import annotations

from dataclasses import dataclass

import neo4j
from neo4j import Driver, GraphDatabase
from neo4j import exceptions as nx

from graph import embedded
from graph.errors import AuthFailed, ConfigError, DatabaseNotFound, GraphUnavailable
from graph.settings import EMBEDDED_DATABASE, Settings


@dataclass(frozen=True)
class Target:
    uri: str
    user: str
    password: str
    database: str
    embedded: bool

    def describe(self) -> str:
        kind = "embedded ArcadeDB" if self.embedded else "Neo4j"
        return f"{kind} at {self.uri}, database {self.database!r}"


def resolve_target(settings: Settings, *, start: bool = True) -> Target:
    """Where the graph is. For the embedded default this starts the server when ``start`` is true."""
    if settings.uri:
        if not settings.user or settings.password is None:
            raise ConfigError(
                "NEO4J_URI is set but NEO4J_USER or NEO4J_PASSWORD is not — set both (or unset NEO4J_URI "
                "to use the embedded store)"
            )
        return Target(settings.uri, settings.user, settings.password, settings.database or "neo4j", False)
    info = embedded.ensure_running(settings) if start else embedded.status(settings)
    user, password = embedded.credentials(settings)
    return Target(info.uri, user, password, info.database or settings.database or EMBEDDED_DATABASE, True)


# Neo4j sends a notification for every statement that names a label, type or property the
# database does not hold yet (the query library names all of the model's); the driver would log
# each one as a warning. The embedded server sends none.
DRIVER_OPTIONS: dict = {"notifications_min_severity": "OFF"}


def open_driver(target: Target, *, verify: bool = True) -> Driver:
    """Open the driver and check we can talk to the database; errors say what to fix."""
    try:
        driver = GraphDatabase.driver(
            target.uri,
            auth=(target.user, target.password),
            connection_timeout=10,
            max_transaction_retry_time=30,
            user_agent="liandong/0.1",
            **DRIVER_OPTIONS,
        )
    except (ValueError, nx.ConfigurationError) as e:
        raise ConfigError(f"NEO4J_URI={target.uri!r} is not a valid Bolt/Neo4j URI: {e}") from e
    if verify:
        try:
            driver.verify_connectivity()
            driver.execute_query("RETURN 1 AS ok", database_=target.database, routing_=neo4j.RoutingControl.READ)
        except nx.AuthError as e:
            driver.close()
            where = "the embedded server (delete LIANDONG_HOME/password only together with its data)" if target.embedded else target.uri
            raise AuthFailed(
                f"wrong user name or password for {where} — check NEO4J_USER and NEO4J_PASSWORD"
            ) from e
        except (nx.ServiceUnavailable, OSError) as e:
            driver.close()
            hint = "run `liandong db start`" if target.embedded else "check NEO4J_URI, that the server runs and that this machine can reach it"
            raise GraphUnavailable(f"cannot reach the graph at {target.uri}: {_short(e)} — {hint}") from e
        except nx.ClientError as e:
            driver.close()
            if "database" in (e.message or "").lower() and ("not found" in (e.message or "").lower() or "does not exist" in (e.message or "").lower()):
                raise DatabaseNotFound(
                    f"the server at {target.uri} has no database {target.database!r} — set NEO4J_DATABASE to one it has"
                ) from e
            raise
    return driver


def _short(e: BaseException) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:200]


class Graph:
    """The driver plus the database name: what every component is handed."""

    def __init__(self, driver: Driver, database: str, target: Target | None = None) -> None:
        self.driver = driver
        self.database = database
        self.target = target
        self._agent: str | None = None

    @property
    def server_agent(self) -> str:
        """What the server calls itself: ``Neo4j/5.26.…`` or ``Neo4j/5.26.0 compatible (ArcadeDB …)``."""
        if self._agent is None:
            self._agent = self.driver.get_server_info().agent or ""
        return self._agent

    @property
    def is_arcadedb(self) -> bool:
        """True for the embedded ArcadeDB Bolt server (or any ArcadeDB), False for Neo4j itself.

        It ignores the READ access mode and the transaction timeout, and has no full-text index;
        see the README's table "embedded vs Neo4j"."""
        return "arcadedb" in self.server_agent.lower()

    def read(self, query: str, params: dict | None = None) -> list[dict]:
        records, _, _ = self.driver.execute_query(
            query, params or {}, database_=self.database, routing_=neo4j.RoutingControl.READ
        )
        return [r.data() for r in records]

    def write(self, query: str, params: dict | None = None) -> list[dict]:
        records, _, _ = self.driver.execute_query(
            query, params or {}, database_=self.database, routing_=neo4j.RoutingControl.WRITE
        )
        return [r.data() for r in records]

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(settings: Settings | None = None, *, init_schema: bool = True) -> Graph:
    """Resolve, open and (by default) make sure the schema's constraints and indexes exist."""
    settings = settings or Settings.from_env()
    target = resolve_target(settings)
    driver = open_driver(target)
    graph = Graph(driver, target.database, target)
    if init_schema:
        from graph.ddl import ensure_schema

        ensure_schema(graph)
    return graph
