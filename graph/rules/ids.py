"""Stable, deterministic ids from business keys — the core scheme of :mod:`graph.ids`.

``make_id("agency", "绵竹市", "绵竹市财政局")`` -> ``"agency:<20 hex>"``, the same id the
graph gives the ``Agency`` node with ``region: 绵竹市, name: 绵竹市财政局`` (schema key
``[region, name]``). There is ONE id scheme: this module only adds argument checks in
front of :func:`graph.ids.make_id` (NFKC, trimmed, inner whitespace collapsed, parts joined
with U+001F, SHA-1).

Region convention: an agency's or mechanism's ``region`` key is the locality's ``region``
exactly as the reference directory writes it (``绵竹市``, ``泉州市鲤城区``), which is also the
``name`` of its ``Region`` node.

:func:`normalize_key` is a *lookup* normalisation, broader than the id's: it also folds case
and drops a space next to a CJK character (OCR artefacts such as ``各执 法监督部门``), so
the directory can resolve variant spellings to the canonical name — and the canonical name,
not the variant, is what ids are made from.
"""

from __future__ import annotations

import re
import unicodedata

from graph.ids import make_id as _core_make_id

__all__ = ["ID_HEX_LENGTH", "make_id", "normalize_key"]

ID_HEX_LENGTH = 20  # graph.ids: "<prefix>:<20 hex chars of sha1>"

_KIND_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_WS_RE = re.compile(r"\s+")
# CJK unified ideographs, extension A, compatibility ideographs, CJK punctuation.
_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_NEAR_CJK_RE = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


def normalize_key(text: str) -> str:
    """Lookup form of a name: NFKC, casefolded, whitespace collapsed, no space beside CJK."""
    if not isinstance(text, str):
        raise TypeError(f"id parts must be str, got {type(text).__name__}: {text!r}")
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _WS_RE.sub(" ", text).strip()
    return _SPACE_NEAR_CJK_RE.sub("", text)


def make_id(kind: str, *parts: str) -> str:
    """Deterministic id ``"<kind>:<20 hex>"``, identical to :func:`graph.ids.make_id`.

    Raises ``ValueError`` for a malformed kind, no parts, or a part that is empty after
    trimming; ``TypeError`` for a part that is not a string.
    """
    if not _KIND_RE.match(kind or ""):
        raise ValueError(f"id kind must match [a-z][a-z0-9_]*, got {kind!r}")
    if not parts:
        raise ValueError(f"make_id({kind!r}) needs at least one key part")
    for i, part in enumerate(parts):
        if not isinstance(part, str):
            raise TypeError(f"id parts must be str, got {type(part).__name__}: {part!r}")
        if not unicodedata.normalize("NFKC", part).strip():
            raise ValueError(f"make_id({kind!r}): key part {i} is empty: {part!r}")
    return _core_make_id(kind, *parts)
