"""Deterministic ids from business keys: the same record imported twice gets the same id.

An id is ``<prefix>:<20 hex chars of sha1(normalised keys)>``; the prefix names the label,
so a relationship row can find its endpoints' labels from their ids alone.
"""

from __future__ import annotations

import hashlib
import re

from graph.errors import InvalidData, ProgrammingError
from graph.types.names import id_key

ID_HEX_LENGTH = 20
_PREFIX = re.compile(r"[a-z][a-z0-9_]*")


def make_id(prefix: str, *parts: object) -> str:
    """``make_id("company", "91510683MA62Q1XX7A")`` → ``company:3f…``.

    Each part is normalised by :func:`graph.types.names.id_key` (NFKC, trimmed, inner whitespace
    collapsed; case kept), the parts joined with U+001F and hashed with SHA-1. Raises
    :class:`ProgrammingError` for a malformed prefix or no parts, :class:`InvalidData` for a part that
    is None or empty (a record without its key).
    """
    if not _PREFIX.fullmatch(prefix or ""):
        raise ProgrammingError(f"an id prefix is lower-case letters, digits and _, got {prefix!r}")
    if not parts:
        raise ProgrammingError(f"make_id({prefix!r}) needs at least one business key")
    if any(p is None for p in parts):
        raise InvalidData(f"a {prefix} needs every part of its key; one is missing in {parts!r}")
    cleaned = [id_key(p) for p in parts]
    if any(c == "" for c in cleaned):
        raise InvalidData(f"a {prefix} needs every part of its key; one is empty in {parts!r}")
    digest = hashlib.sha1("\x1f".join(cleaned).encode("utf-8")).hexdigest()[:ID_HEX_LENGTH]
    return f"{prefix}:{digest}"


def prefix_of(node_id: str) -> str:
    """The label prefix of an id made by :func:`make_id`."""
    head, sep, _ = node_id.partition(":")
    if not sep:
        raise InvalidData(f"{node_id!r} is not a liandong id (expected prefix:hash, like company:3f…)")
    return head
