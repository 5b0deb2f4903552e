"""What the graph (and this batch so far) already holds: :class:`KnownIndex`.

Agencies, companies and persons by name, alias, credit code, surname and identity-number hash;
the protected persons (``graph.protected``: ``masked: true`` or who ``COMPLAINED``); the negative
judgements that keep two nodes apart; the merges a node went through; and, read only for the few
nodes a document's names point at, what surrounds each candidate in the graph (:class:`Context`:
organisations and posts, relatives, phones, addresses, codes, projects, regions).
:meth:`KnownIndex.add_resolution` registers what a document introduced, so the next document of
the same batch finds it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.protected import protected_person_ids
from graph.types.kin import relation_of
from graph.types.names import lookup_key
from ingest.kinship import RELATION_CODES, inverse
from ingest.matching import ROLE_OF, Context, digits
from ingest.resolve.company_keys import company_readings
from ingest.resolve.places import Places
from ingest.resolve.records import Resolution
from ingest.resolve.text import company_name_key, is_masked_person, simplified

KNOWN_AGENCIES = cypher(
    "ingest.known_agencies",
    "MATCH (a:Agency) RETURN a.id AS id, a.name AS name, a.region AS region, a.aliases AS aliases, a.kind AS kind, "
    "a.level AS level",
)
KNOWN_COMPANIES = cypher(
    "ingest.known_companies",
    "MATCH (c:Company) RETURN c.id AS id, c.key AS key, c.name AS name, c.credit_code AS credit_code, "
    "c.region AS region, c.merged_into AS merged_into",
)
KNOWN_PERSONS = cypher(
    "ingest.known_persons",
    "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.context AS context, "
    "p.merged_into AS merged_into, p.id_number_hash AS id_number_hash",
)
KNOWN_OFFICIALS = cypher(
    "ingest.known_officials",
    "MATCH (o:Official) RETURN o.id AS id, o.name AS name, o.agency_id AS agency_id, o.merged_into AS merged_into",
)
KNOWN_NEGATIVES = cypher(
    "ingest.known_negatives",
    "MATCH (j:Judgement) WHERE j.judgement = 'negative' AND j.undone IS NULL RETURN j.left AS left, j.right AS right",
)


# what the graph says around a candidate (read only for the few nodes a document's names point at)
PERSON_CONTEXT_OUT = cypher(
    "ingest.person_context_out",
    "UNWIND $ids AS id\nMATCH (p {id: id})-[r]->(n)\nWHERE (p:Person OR p:Official) AND "
    "type(r) IN ['WORKS_AT', 'LEGAL_REP_OF', 'SHAREHOLDER_OF', 'MANAGES', 'CONTROLS', 'FAMILY', 'ASSOCIATE', "
    "'HAS_PHONE', 'HAS_ADDRESS']\n"
    "RETURN p.id AS id, type(r) AS type, r.position AS position, r.relation AS relation, n.id AS nid, "
    "n.name AS name, n.number AS number, n.text AS text, n.credit_code AS code, n.region AS region",
    ids=["person:0"],
)
PERSON_CONTEXT_IN = cypher(
    "ingest.person_context_in",
    "UNWIND $ids AS id\nMATCH (p {id: id})<-[r:FAMILY|ASSOCIATE]-(n)\nWHERE p:Person OR p:Official\n"
    "RETURN p.id AS id, type(r) AS type, r.relation AS relation, n.name AS name",
    ids=["person:0"],
)
ORG_CONTEXT = cypher(
    "ingest.org_context",
    "UNWIND $ids AS id\nMATCH (o {id: id})-[r:HAS_PHONE|HAS_ADDRESS|WON]->(n)\nWHERE o:Company OR o:Agency\n"
    "RETURN o.id AS id, type(r) AS type, n.number AS number, n.text AS text, n.project_no AS project_no",
    ids=["company:0"],
)
COMPANY_PEOPLE = cypher(
    "ingest.company_people",
    "UNWIND $ids AS id\nMATCH (c:Company {id: id})<-[r:LEGAL_REP_OF|SHAREHOLDER_OF|MANAGES|CONTROLS]-(p)\n"
    "RETURN c.id AS id, p.name AS name",
    ids=["company:0"],
)


def _add_relative(ctx: Context, name: str, kind: str, relation: str | None, *, outgoing: bool) -> None:
    """A relative or associate of the candidate, and what it is to the candidate (``ctx.kin``): a
    FAMILY relation read from the candidate's side (turned round for a tie stored from the
    relative's), ``""`` for a family tie of no stated relation, ``associate`` for an ASSOCIATE."""
    ctx.relatives.add(name)
    if kind == "ASSOCIATE":
        code = "associate"
    else:
        code = str(relation or "").strip()
        if code and code not in RELATION_CODES:   # a relation written in words (配偶): its code
            code = relation_of(code)
        code = code if outgoing else inverse(code)
    ctx.kin.setdefault(name, set()).add(code)


@dataclass
class KnownIndex:
    """What the graph (and this batch so far) already holds, for lookups by name, alias or code."""

    agencies: dict[str, dict[str, Any]] = field(default_factory=dict)       # id -> props
    agency_by_name: dict[tuple[str, str], str] = field(default_factory=dict)  # (region, key) -> id
    agency_by_alias: dict[tuple[str, str], str] = field(default_factory=dict)
    agency_global: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # key -> ids
    companies: dict[str, dict[str, Any]] = field(default_factory=dict)
    company_by_code: dict[str, str] = field(default_factory=dict)
    company_by_name: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    company_by_loose: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    persons: dict[str, dict[str, Any]] = field(default_factory=dict)        # Person and Official
    person_by_name: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    person_by_surname: dict[tuple[str, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    person_by_id_hash: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    protected: set[str] = field(default_factory=set)                  # complainants and informants
    company_trade: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id -> company_readings
    company_by_block: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    contexts: dict[str, Context] = field(default_factory=dict)      # node id -> what surrounds it
    negatives: set[frozenset[str]] = field(default_factory=set)     # pairs judged different
    merged_into: dict[str, str] = field(default_factory=dict)       # a merged node -> the node it went into
    graph: Graph | None = None                                      # where missing contexts are read from
    org_facts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))  # this batch
    pending: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))  # learned, unread

    @classmethod
    def load(cls, graph: Graph) -> KnownIndex:
        idx = cls(graph=graph)
        for row in graph.read(KNOWN_AGENCIES):
            idx.add_agency(row["id"], {k: row[k] for k in ("name", "region", "aliases", "kind", "level") if row.get(k) is not None})
        for row in graph.read(KNOWN_COMPANIES):
            if row.get("merged_into"):
                idx.merged_into[row["id"]] = row["merged_into"]
                continue
            idx.add_company(row["id"], {k: row[k] for k in ("key", "name", "credit_code", "region") if row.get(k) is not None})
        for query, keys, label in ((KNOWN_PERSONS, ("name", "context", "id_number_hash"), "Person"),
                                   (KNOWN_OFFICIALS, ("name", "agency_id"), "Official")):
            for row in graph.read(query):
                if row.get("merged_into"):  # a merged node: its key resolves to the node it went into
                    idx.merged_into[row["id"]] = row["merged_into"]
                    continue
                idx.add_person(row["id"], {k: row[k] for k in keys if row.get(k) is not None}, label)
        for person_id in sorted(protected_person_ids(graph)):  # the one rule: graph/protected.py
            if person_id in idx.persons:
                idx.add_person(person_id, {"masked": True}, "Person")
        idx.negatives = {frozenset((r["left"], r["right"])) for r in graph.read(KNOWN_NEGATIVES)}
        return idx

    def add_agency(self, node_id: str, props: dict[str, Any]) -> None:
        if node_id in self.agencies:
            merged = {**self.agencies[node_id], **{k: v for k, v in props.items() if v is not None}}
            self.agencies[node_id] = merged
            props = merged
        else:
            self.agencies[node_id] = dict(props)
        region = str(props.get("region") or "")
        name_key = lookup_key(simplified(str(props.get("name") or "")))
        self.agency_by_name[(region, name_key)] = node_id
        self.agency_global[name_key].add(node_id)
        for alias in props.get("aliases") or ():
            self.agency_by_alias.setdefault((region, lookup_key(simplified(alias))), node_id)

    def add_company(self, node_id: str, props: dict[str, Any]) -> None:
        merged = {**self.companies.get(node_id, {}), **{k: v for k, v in props.items() if v is not None}}
        self.companies[node_id] = merged
        if merged.get("credit_code"):
            self.company_by_code[str(merged["credit_code"]).upper()] = node_id
        name = str(merged.get("name") or "")
        if name and not merged.get("masked"):
            readings = company_readings(name, Places.load())
            self.company_by_name[company_name_key(name)].add(node_id)
            self.company_trade[node_id] = readings
            for loose in readings:   # the name after its place prefix, read in either form
                self.company_by_loose[loose].add(node_id)
                self.company_by_block[loose[:2]].add(node_id)

    def add_person(self, node_id: str, props: dict[str, Any], label: str) -> None:
        merged = self.persons[node_id] = {**self.persons.get(node_id, {}), **props, "label": label}
        name = str(merged.get("name") or "")
        if not name or is_masked_person(name):  # 张某, 李**: never matched by name
            return
        if merged.get("masked"):  # a protected identity with its real name: matched, never re-created
            self.protected.add(node_id)
        key = simplified(name)
        self.person_by_name[key].add(node_id)
        self.person_by_surname[(key[:1], len(key))].add(node_id)
        if merged.get("id_number_hash"):
            self.person_by_id_hash[str(merged["id_number_hash"])].add(node_id)

    # -- contexts ------------------------------------------------------------------------------
    def context(self, node_id: str) -> Context:
        """What is known around a node: the graph's neighbourhood (read once) and this batch's documents."""
        if node_id not in self.contexts:
            self.load_contexts([node_id])
        return self.contexts[node_id]

    def load_contexts(self, ids: Iterable[str]) -> None:
        todo = sorted({i for i in ids if i not in self.contexts})
        if not todo:
            return
        for i in todo:
            ctx = self.contexts[i] = Context()
            props = self.persons.get(i) or {}
            org = props.get("agency_id") or props.get("context")
            if isinstance(org, str) and org.startswith(("company:", "agency:")):
                ctx.orgs.setdefault(org, set()).add("WORKS_AT" if org.startswith("agency:") else "CONTEXT")
                if props.get("position"):
                    ctx.orgs[org].add(simplified(str(props["position"])))
            company = self.companies.get(i)
            if company and company.get("credit_code"):
                ctx.codes.add(str(company["credit_code"]))
        if self.graph is None:
            self._org_details(todo)
            self._apply_pending(todo)
            return
        persons = [i for i in todo if i.startswith(("person:", "official:"))]
        companies = [i for i in todo if i.startswith("company:")]
        if persons:
            for r in self.graph.read(PERSON_CONTEXT_OUT, {"ids": persons}):
                ctx = self.contexts[r["id"]]
                t, nid = r["type"], r["nid"] or ""
                if t in ("FAMILY", "ASSOCIATE"):
                    if r["name"]:
                        _add_relative(ctx, simplified(r["name"]), t, r.get("relation"), outgoing=True)
                elif t == "HAS_PHONE" and r["number"]:
                    ctx.phones.add(digits(r["number"]))
                elif t == "HAS_ADDRESS" and r["text"]:
                    ctx.addresses.add(simplified(r["text"]))
                elif nid:
                    kinds = ctx.orgs.setdefault(nid, set())
                    kinds.add(t)
                    if r["position"]:
                        kinds.add(simplified(r["position"]))
            for r in self.graph.read(PERSON_CONTEXT_IN, {"ids": persons}):
                if r["name"]:
                    _add_relative(self.contexts[r["id"]], simplified(r["name"]), r["type"], r.get("relation"),
                                  outgoing=False)
        self._org_details(todo)
        if companies:
            for c in companies:
                self.contexts[c].phones, self.contexts[c].addresses = set(), set()
            for r in self.graph.read(ORG_CONTEXT, {"ids": companies}):
                self._org_fact(self.contexts[r["id"]], r, own=True)
            for r in self.graph.read(COMPANY_PEOPLE, {"ids": companies}):
                if r["name"]:
                    self.contexts[r["id"]].people.add(simplified(r["name"]))
        self._apply_pending(todo)

    def _apply_pending(self, ids: list[str]) -> None:
        for i in ids:
            for fact in self.pending.pop(i, ()):
                self.learn(i, **fact)

    def _org_details(self, ids: list[str]) -> None:
        """Names, codes, regions, phones, addresses and projects of the organisations of persons ``ids``."""
        orgs = sorted({o for i in ids for o in self.contexts[i].orgs})
        facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if orgs and self.graph is not None:
            for r in self.graph.read(ORG_CONTEXT, {"ids": orgs}):
                facts[r["id"]].append(r)
        for i in ids:
            ctx = self.contexts[i]
            for o in ctx.orgs:
                props = self.companies.get(o) or self.agencies.get(o) or {}
                if props.get("name"):
                    ctx.org_names[o] = company_name_key(str(props["name"])) if o.startswith("company:") \
                        else simplified(str(props["name"]))
                if props.get("credit_code"):
                    ctx.codes.add(str(props["credit_code"]))
                if props.get("region"):
                    ctx.regions.add(str(props["region"]))
                for r in facts.get(o, ()):
                    self._org_fact(ctx, r, own=False)
                for r in self.org_facts.get(o, ()):
                    self._org_fact(ctx, r, own=False)

    @staticmethod
    def _org_fact(ctx: Context, r: dict[str, Any], *, own: bool) -> None:
        if r["type"] == "HAS_PHONE" and r.get("number"):
            (ctx.phones if own else ctx.org_phones).add(digits(r["number"]))
        elif r["type"] == "HAS_ADDRESS" and r.get("text"):
            (ctx.addresses if own else ctx.org_addresses).add(simplified(r["text"]))
        elif r["type"] == "WON" and r.get("project_no"):
            ctx.projects.add(str(r["project_no"]))

    def learn(self, node_id: str, *, org: str | None = None, role: str | None = None,
              phones: Iterable[str] = (), relatives: Iterable[str] = (), relation: str | None = None) -> None:
        """Add what a document of this batch said about a node to its context (kept aside, without a
        graph read, until the node is a candidate and its context is read); ``relation``: what the
        ``relatives`` are to the node (a FAMILY relation, :mod:`ingest.kinship`), when it is known."""
        if node_id not in self.contexts:
            self.pending[node_id].append({"org": org, "role": role, "phones": list(phones),
                                          "relatives": list(relatives), "relation": relation})
            return
        ctx = self.contexts[node_id]
        if org:
            kinds = ctx.orgs.setdefault(org, set())
            kinds.add(role or "CONTEXT")
            props = self.companies.get(org) or self.agencies.get(org) or {}
            if props.get("name"):
                ctx.org_names[org] = company_name_key(str(props["name"]))
            if props.get("credit_code"):
                ctx.codes.add(str(props["credit_code"]))
        ctx.phones.update(digits(p) for p in phones)
        for name in relatives:
            _add_relative(ctx, name, "FAMILY", relation, outgoing=True)

    def different(self, a: str, b: str) -> bool:
        """A negative judgement keeps these two apart."""
        return frozenset((a, b)) in self.negatives

    def canonical(self, node_id: str) -> str:
        """The node a merged node went into (following merges), else the node itself."""
        seen = {node_id}
        while node_id in self.merged_into:
            node_id = self.merged_into[node_id]
            if node_id in seen:
                break
            seen.add(node_id)
        return node_id

    def add_resolution(self, res: Resolution) -> None:
        """Register every node a resolved document introduced or touched."""
        for node in res.nodes.values():
            if node.label == "Agency":
                self.add_agency(node.id, node.props)
            elif node.label == "Company":
                self.add_company(node.id, {**node.props, "masked": node.masked})
            elif node.label in ("Person", "Official") and not node.masked:
                self.add_person(node.id, node.props, node.label)
        for person, org, post in res.facts:
            if person in self.persons:
                self.learn(person, org=org, role=ROLE_OF.get(post or "", post))
