"""Hand-written letters for the resolver's pure tests: an in-memory index's agencies and one letter
of 绵竹市审计局 whose body holds the given spans, resolved by the real :class:`Resolver`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution, Resolver

ISSUER = "绵竹市审计局"


def agency(idx: KnownIndex, name: str, region: str = "绵竹市") -> str:
    aid = make_id("agency", region, name)
    idx.add_agency(aid, {"name": name, "region": region, "level": "county"})
    return aid


def official(idx: KnownIndex, agency_id: str, name: str, post: str = "股长") -> str:
    """A stored official of ``agency_id`` (its register row: name, agency, post)."""
    oid = make_id("official", agency_id, name)
    idx.add_person(oid, {"name": name, "agency_id": agency_id, "position": post}, "Official")
    return oid


def resolve_letter(idx: KnownIndex, body: str, *spans: tuple[str, str], doc_key: str,
                   relations: Iterable[dict[str, Any]] = (), phones: Iterable[str] = ()) -> Resolution:
    """A letter of 绵竹市审计局 whose body holds ``spans`` (label, surface), in order — entity 0 is the
    issuer, so the spans are entities 1, 2, … — and the phone numbers ``phones`` as identifiers."""
    head = f"{ISSUER}\n关于有关问题线索的函\n\n"
    text = head + body + f"\n\n{ISSUER}\n2024年3月1日\n"
    ents = [{"start": 0, "end": len(ISSUER), "label": "AGENCY", "text": ISSUER}]
    pos = len(head)
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    idents = [{"type": "phone", "start": text.index(p), "end": text.index(p) + len(p), "text": p, "valid": True}
              for p in phones]
    extraction = {"entities": ents, "relations": list(relations), "identifiers": idents, "doc": {"issuer": 0},
                  "aliases": {}}
    return Resolver(index=idx).resolve(extraction, text, doc_key=doc_key)


def post_at(person: int, post: int, org: int | None = None) -> dict[str, Any]:
    """A ``HOLDS_POSITION`` relation between entity indexes (``org`` None: no organisation beside it)."""
    return {"type": "HOLDS_POSITION", "from": person, "to": post, "org": org}
