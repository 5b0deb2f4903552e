"""spaCy extraction pipeline for referral letters and related documents.

Public API::

    from ingest.nlp import extract_text, load_pipeline
    record = extract_text(text, file="x.txt")   # eval-format dict (+ "identifiers")
"""

from .chunked import extract_file, extract_text  # long letters in chunks: memory per letter bounded
from .extract import extract_texts
from .pipeline import load_pipeline

__all__ = ["extract_file", "extract_text", "extract_texts", "load_pipeline"]
