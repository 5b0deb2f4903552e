"""What resolution hands to the mapping stage: the nodes a document refers to, the candidates it
offers for review, and per entity index the node it stands for."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ingest.resolve.places import Locality


@dataclass
class ResolvedNode:
    """One graph node a document refers to: its label, id and the properties to write."""

    label: str
    id: str
    props: dict[str, Any]
    new: bool                   # not in the graph (or this batch) before this document
    masked: bool = False
    reason: str = ""
    # an automatic merge in context (ingest/matching.py): its score and the evidence terms that held
    score: float | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    start: str                  # node id (Company, Person or Agency)
    end: str
    score: float
    reason: str
    evidence: tuple[str, ...] = ()   # the evidence terms that held (ingest/matching.py WEIGHTS)


@dataclass
class Resolution:
    """Per entity index, the node it stands for (None: not a graph entity, or unresolvable)."""

    doc_key: str
    locality: Locality | None
    entity_nodes: dict[int, str] = field(default_factory=dict)    # entity index -> node id
    nodes: dict[str, ResolvedNode] = field(default_factory=dict)  # node id -> node
    candidates: list[Candidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    credit_codes: dict[int, str] = field(default_factory=dict)    # company entity index -> code
    person_orgs: dict[int, str] = field(default_factory=dict)     # person entity index -> org node id
    facts: list[tuple[str, str, str | None]] = field(default_factory=list)  # (person, org, post) learned
    # title references (王局长) linked to a person: (start, end, text, node id, why) — ingest/resolve/titles.py
    references: list[tuple[int, int, str, str, str]] = field(default_factory=list)

    def node_of(self, index: int | None) -> ResolvedNode | None:
        if index is None:
            return None
        node_id = self.entity_nodes.get(index)
        return self.nodes.get(node_id) if node_id else None
