"""Deterministic ids from business keys: the same record imported twice gets the same id.

An id is ``<prefix>:<20 hex chars of sha1(normalised keys)>``; the prefix names the label,
so a relationship row can find its endpoints' labels from their ids alone.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_key(value: object) -> str:
    """Normalise one key part: NFKC (full-width → half-width), trimmed, inner spaces collapsed."""
    text = unicodedata.normalize("NFKC", str(value)).strip()
    return _SPACE.sub(" ", text)


def make_id(prefix: str, *parts: object) -> str:
    """``make_id("company", "91510683MA62Q1XX7A")`` → ``company:3f…``; empty parts are refused."""
    if not parts:
        raise ValueError("make_id needs at least one business key")
    cleaned = [normalise_key(p) for p in parts]
    if any(c == "" for c in cleaned):
        raise ValueError(f"empty business key in {parts!r}")
    digest = hashlib.sha1("\x1f".join(cleaned).encode("utf-8")).hexdigest()[:20]
    return f"{prefix}:{digest}"


def prefix_of(node_id: str) -> str:
    """The label prefix of an id made by :func:`make_id`."""
    head, sep, _ = node_id.partition(":")
    if not sep:
        raise ValueError(f"{node_id!r} is not a liandong id (expected prefix:hash)")
    return head
