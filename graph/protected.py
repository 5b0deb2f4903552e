"""Who is a protected person, and what identifies them — the one home of this rule.

A complainant's or informant's identity is secret (002 九; 003 第二十四条). A ``Person`` is
**protected** when it is stored ``masked: true`` or when it ``COMPLAINED`` (lodged a complaint):
:data:`PROTECTED_WHERE` says so once, and both statements below are built from it.

* the pages (``app.services.access``: the policy, the redactor, the console's pseudonyms) read
  :func:`protected_identities` — names, aliases, merged names, phones, addresses, id-number hashes;
* ingestion (``ingest.resolve``) reads :func:`protected_person_ids`, so a letter naming such a
  person is linked to the node and a mention that may be one is never stored unmasked.

Below ``app`` and ``ingest`` (both import ``graph``); it imports only the catalog and the driver.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.catalog import cypher
from graph.connection import Graph

# the rule, as the two patterns that make a Person protected (a UNION of the two)
PROTECTED_WHERE: tuple[str, str] = (
    "MATCH (p:Person) WHERE p.masked = true",
    "MATCH (p:Person)-[:COMPLAINED]->(:Complaint)",
)

_IDENTITY = """RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.id_number_hash AS id_hash,
  [(p)-[:HAS_PHONE]->(f:Phone) | f.id] AS phone_ids, [(p)-[:HAS_PHONE]->(f:Phone) | f.number] AS phones,
  [(p)-[:HAS_ADDRESS]->(a:Address) | a.id] AS address_ids, [(p)-[:HAS_ADDRESS]->(a:Address) | a.text] AS addresses"""

PROTECTED_PERSONS = cypher(
    "graph.protected.persons",
    "\nUNION\n".join(f"{match}\n{_IDENTITY}" for match in PROTECTED_WHERE),
)
PROTECTED_IDS = cypher(
    "graph.protected.ids",
    "\nUNION\n".join(f"{match} RETURN p.id AS id" for match in PROTECTED_WHERE),
)
MERGED_NAMES = cypher(
    "graph.protected.merged_names",
    """MATCH (m:Person) WHERE m.merged_into IN $ids
RETURN m.merged_into AS id, m.name AS name""",
    ids=["person:0"],
)


@dataclass(frozen=True)
class ProtectedIdentity:
    """A complainant or informant and every string that identifies them.

    ``names`` are the stored name, its ``aliases`` and the names of nodes merged into it;
    ``phones`` and ``addresses`` are the numbers and texts of its ``Phone``/``Address`` nodes
    (``node_ids`` holds the person's id and those nodes' ids); ``id_number_hashes`` are the stored
    ``sha256:`` digests of identity numbers (the numbers themselves are never stored)."""

    id: str
    names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    id_number_hashes: tuple[str, ...] = ()
    node_ids: tuple[str, ...] = ()


def protected_person_ids(graph: Graph) -> frozenset[str]:
    """The ids of every protected person (``masked: true``, or who ``COMPLAINED``)."""
    return frozenset(str(r["id"]) for r in graph.read(PROTECTED_IDS))


def protected_identities(graph: Graph) -> dict[str, ProtectedIdentity]:
    """Which persons are protected and what identifies each: ``{person id: ProtectedIdentity}``."""
    rows = graph.read(PROTECTED_PERSONS)
    merged: dict[str, list[str]] = {}
    ids = sorted({r["id"] for r in rows})
    if ids:
        for r in graph.read(MERGED_NAMES, {"ids": ids}):
            if r["name"]:
                merged.setdefault(r["id"], []).append(str(r["name"]))
    out: dict[str, ProtectedIdentity] = {}
    for r in rows:
        names = [str(r["name"] or "")] + [str(a) for a in r.get("aliases") or []] + merged.get(r["id"], [])
        out[r["id"]] = ProtectedIdentity(
            r["id"],
            tuple(dict.fromkeys(n for n in names if n)),
            tuple(dict.fromkeys(str(p) for p in r.get("phones") or [] if p)),
            tuple(dict.fromkeys(str(a) for a in r.get("addresses") or [] if a)),
            (str(r["id_hash"]),) if r.get("id_hash") else (),
            tuple(dict.fromkeys([r["id"], *(r.get("phone_ids") or []), *(r.get("address_ids") or [])])),
        )
    return out
