"""The exception tree: one root, a few specific kinds, each message one line a clerk can act on.

Every message says what went wrong *and* what to do about it. The CLI prints
``error: <message>`` and exits 1; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations


class LiandongError(Exception):
    """Root of every error liandong raises on purpose."""


class ConfigError(LiandongError):
    """A setting is missing or malformed."""


class GraphUnavailable(LiandongError):
    """The graph server cannot be reached (wrong URI, server down, network)."""


class AuthFailed(LiandongError):
    """The graph server refused the credentials."""


class DatabaseNotFound(LiandongError):
    """NEO4J_DATABASE names a database the server does not have."""


class EmbeddedServerError(LiandongError):
    """The embedded Bolt server could not be started, stopped or found."""


class PortInUse(EmbeddedServerError):
    """The port the embedded server should listen on is taken by another program."""


class DataDirError(EmbeddedServerError):
    """The data folder cannot be created, read or written."""


class ServerStartTimeout(EmbeddedServerError):
    """The embedded server did not come up in time."""


class ProgrammingError(LiandongError):
    """liandong's own code called something the wrong way (an unknown vocabulary, a malformed id prefix,
    a span outside its text …): a bug to report with the traceback (``--debug``), not bad data."""


class SchemaError(LiandongError):
    """The schema file is inconsistent, or a statement uses a label/type it does not define."""


class InvalidData(LiandongError, ValueError):
    """A record is wrong. Carries where: file, row and field, when known. Also a ``ValueError``: a
    bad value, so code that catches one the standard way keeps working."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.field = field
        self.reason = message
        where = ", ".join(
            part
            for part in (
                file,
                f"row {row}" if row is not None else None,
                f"field {field!r}" if field else None,
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)


class RulesFileError(InvalidData):
    """A rules or reference file (``graph/rules/*.yaml``, an agency or holiday file) is malformed;
    the message names the file, the entry and the field to correct."""


class WriteError(LiandongError):
    """A write to the graph failed; the transaction was rolled back, nothing half-written."""


class QueryError(LiandongError):
    """A query failed or was refused."""


# --------------------------------------------------------------- server errors, by status code
# Classify what the server refused by its Neo4j status code (the same on Neo4j and on the embedded
# ArcadeDB Bolt server), never by the wording of its message: the two word the same refusal
# differently, and Neo4j's wording changes between versions.
CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed"
READ_ONLY_VIOLATION = "Neo.ClientError.Statement.AccessMode"  # a write in a READ transaction (Neo4j only)


def status_code(error: BaseException) -> str | None:
    """The Neo4j status code of a server error (``Neo.ClientError.…``), or None for anything else.
    Read off the driver's error (its ``code``) without importing the driver: this module is the bottom
    that the pure rules and types import too."""
    code = getattr(error, "code", None)
    return code if isinstance(code, str) and code.startswith("Neo.") else None
