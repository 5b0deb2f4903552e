"""The pseudonyms of protected persons in the console's view: a keyed hash of the real id."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

PSEUDONYM_PREFIX = "保密身份-"


def pseudonym_key(home: Path) -> bytes:
    """The key of the pseudonyms (created once, owner-only, beside the data — never in a graph)."""
    path = home / "pseudonym.key"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def pseudonym(key: bytes, person_id: str) -> tuple[str, str]:
    """(the view's id, the shown name) of a protected person: ``person:<20 hex>``, ``保密身份-3F2A``."""
    digest = hmac.new(key, person_id.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"person:{digest[:20]}", f"{PSEUDONYM_PREFIX}{digest[20:24].upper()}"
