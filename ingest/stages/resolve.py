"""Stage 3, resolve: a document and its :class:`~ingest.stages.extract.Extraction` → :class:`ResolvedDocument`.

The mentions become nodes (:class:`ingest.resolve.Resolver`, against the agency directory and what the
graph holds — loaded once, then kept up to date in memory as documents are mapped), and the letter's
act is read (:func:`ingest.letters.letter_act`, its agencies named in full).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from ingest.letters import letter_act
from ingest.resolve import Resolution, ResolvedNode, Resolver
from ingest.stages.extract import Extraction
from ingest.stages.read import ReadDocument
from supervision.acts import LetterAct


@dataclass(frozen=True)
class ResolvedDocument:
    """What the mapping needs of one document: the text read, what was found, the nodes it stands for."""

    document: ReadDocument
    extraction: Extraction
    resolution: Resolution
    act: LetterAct
    agencies: tuple[ResolvedNode, ...]       # the agencies the act names (issuer, addressee, next holder)


def resolve_document(resolver: Resolver, document: ReadDocument, extraction: Extraction) -> ResolvedDocument:
    """Raises :class:`graph.errors.InvalidData` (or a ValueError/KeyError/TypeError of a malformed
    extraction) — the pipeline quarantines the document then."""
    # ingest.resolve still takes the record untyped; it reads the keys of ExtractionRecord
    record = cast("dict[str, Any]", extraction.data)
    resolution = resolver.resolve(record, document.text, doc_key=f"doc:{document.sha256}")
    act, agencies = letter_act(document.text, file=document.name, sha256=document.sha256, resolver=resolver)
    return ResolvedDocument(document, extraction, resolution, act, tuple(agencies))
