"""Stable, deterministic ids from business keys.

``make_id("agency", "绵竹市", "绵竹市财政局")`` -> ``"agency:3f0c…"``.

Self-contained on purpose (standard library only) so that it can be moved into the
core package unchanged.

Normalisation of every part, so that the same business key always gives the same id:

* Unicode NFKC (full-width letters, digits, punctuation and spaces become half-width:
  ``（`` -> ``(``, ``ＡＢＣ１２３`` -> ``ABC123``, U+3000 -> space);
* ``casefold()`` (``abc`` and ``ABC`` are the same key);
* runs of whitespace collapse to one space, leading/trailing whitespace is dropped, and a
  space next to a CJK character is dropped (OCR artefacts such as ``各执 法监督部门``).

Parts are joined with ``|`` (a ``|`` inside a part is escaped) and hashed with SHA-1; the
first 16 hex digits follow ``<kind>:``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["ID_HEX_LENGTH", "make_id", "normalize_key"]

ID_HEX_LENGTH = 16

_KIND_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_WS_RE = re.compile(r"\s+")
# CJK unified ideographs, extension A, compatibility ideographs, CJK punctuation.
_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_NEAR_CJK_RE = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


def normalize_key(text: str) -> str:
    """Return the normalised form of one key part (see module docstring)."""
    if not isinstance(text, str):
        raise TypeError(f"id parts must be str, got {type(text).__name__}: {text!r}")
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _WS_RE.sub(" ", text).strip()
    return _SPACE_NEAR_CJK_RE.sub("", text)


def make_id(kind: str, *parts: str) -> str:
    """Deterministic id ``"<kind>:<16 hex>"`` from a kind and one or more key parts.

    Raises ``ValueError`` for a malformed kind, no parts, or a part that is empty after
    normalisation; ``TypeError`` for a part that is not a string.
    """
    if not _KIND_RE.match(kind or ""):
        raise ValueError(f"id kind must match [a-z][a-z0-9_]*, got {kind!r}")
    if not parts:
        raise ValueError(f"make_id({kind!r}) needs at least one key part")
    normalised = []
    for i, part in enumerate(parts):
        norm = normalize_key(part)
        if not norm:
            raise ValueError(f"make_id({kind!r}): key part {i} is empty: {part!r}")
        normalised.append(norm.replace("\\", "\\\\").replace("|", "\\|"))
    digest = hashlib.sha1("|".join(normalised).encode("utf-8")).hexdigest()
    return f"{kind}:{digest[:ID_HEX_LENGTH]}"
