"""Every Cypher statement liandong ships, in one list — so one test can lint each with Neo4j's own
linter and run each on the embedded server.

Fixed statements are declared where they are used, through :func:`cypher`::

    HOLDER = cypher("custody.holder", "MATCH (c:Clue {id: $id})<-[:HOLDS]-(a:Agency) RETURN a.name AS name",
                    id="clue:x")

which registers the text with sample parameters (enough to run it; results may be empty) and
returns it unchanged. The whole list — these, the generated statements (schema DDL, writer MERGEs
per label and relationship) and the query library — is collected on the test side
(``tests/catalog.py``), so this bottom-layer module imports nothing above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.errors import ProgrammingError

_REGISTRY: dict[str, Statement] = {}


@dataclass(frozen=True)
class Statement:
    name: str
    cypher: str
    params: dict[str, Any] = field(default_factory=dict)
    writes: bool = False


def cypher(name: str, text: str, *, writes: bool = False, **sample_params: Any) -> str:
    """Register a fixed statement under a unique name; returns ``text`` unchanged."""
    existing = _REGISTRY.get(name)
    if existing is not None and existing.cypher != text:
        raise ProgrammingError(f"two different Cypher statements are registered as {name!r}")
    _REGISTRY[name] = Statement(name, text, dict(sample_params), writes)
    return text


def registered() -> list[Statement]:
    """The fixed statements registered so far (by the modules imported so far)."""
    return list(_REGISTRY.values())
