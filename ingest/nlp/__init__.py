"""spaCy extraction pipeline for referral letters and related documents.

Public API::

    from ingest.nlp import extract_text, load_pipeline
    record = extract_text(text, file="x.txt")   # eval-format dict (+ "identifiers")
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract_file", "extract_text", "extract_texts", "load_pipeline"]


def __getattr__(name: str) -> Any:
    """The public functions load spaCy and the model on first use, so that importing one of the
    package's light submodules (the rules, the relations) loads neither."""
    if name in ("extract_file", "extract_text"):
        from . import chunked  # long letters in chunks: memory per letter bounded

        return getattr(chunked, name)
    if name == "extract_texts":
        from .extract import extract_texts

        return extract_texts
    if name == "load_pipeline":
        from .pipeline import load_pipeline

        return load_pipeline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
