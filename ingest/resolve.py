"""Entity resolution for ingested letters: which graph node each extracted mention stands for.

>>> index = KnownIndex.load(graph)                      # agencies, companies, persons already stored
>>> resolver = Resolver(index=index)                    # + the agency directory (four seed localities)
>>> res = resolver.resolve(extraction, text, doc_key="doc:<sha256>")
>>> res.entities[3].node_id, res.locality.region        # 'agency:…', '绵竹市'

The rules (each decision carries a ``reason`` that the report and the tests can read):

* **Locality of a document** — from the issuer's name, else the places in the agency names
  (the most frequent, most specific one), else the document-number prefix matched against the
  directory (竹财采〔2021〕519号 → 绵竹市, 泉鲤政财 → 泉州市鲤城区).
* **Agencies** — a name with a place (绵竹市财政局, 四川省德阳市绵竹市财政局) resolves in *its*
  place; a level-relative name (市财政局, 区纪委监委, bare 财政局) resolves in the document's
  locality: the directory's alias first, then agencies already in the graph, else a new agency
  named ``<locality><rest>``. 市… in a district letter means the prefecture above it. A relative
  name in a document whose locality is unknown becomes a document-scoped agency (region
  ``未定位 doc:<sha12>``) that never merges with another document's.
* **Companies** — a valid credit code first (graph nodes by ``credit_code``), then the normalised
  name (NFKC, traditional → simplified, spaces dropped, brackets unified, 有限责任公司 ≡ 有限公司).
  Names equal only after dropping the legal form or a region prefix are *candidates*
  (``SAME_AS_CANDIDATE``, judgement ``unsure``), never merged. Masked names (四川**建设有限公司,
  某建设公司, C公司) are scoped to their document.
* **Persons** — a name with an organisation (a position at, or legal representative of, a
  company or agency) is ``Person(name, context=<org id>)`` — or ``Official(agency_id, name)`` at an
  agency — so namesakes in two companies are two persons (the pair is offered as a candidate);
  a name without an organisation is scoped to its document and offered as a candidate to the
  stored namesakes; masked names (张某, 李**) are scoped to the document and never offered.
* **Protected identities** — a complainant or informant (``Person`` with ``masked: true``, or who
  ``COMPLAINED``) is scored like any stored person, so a letter naming him with his phone or
  address links the mention to his node; a mention with the same name introduced as 举报人 /
  投诉人 / 信访人 … links to the one protected person of that name; an identity number in the text
  after the name links to the person whose ``id_number_hash`` it hashes to. A mention that may be
  a protected person but is not linked (a namesake, two protected persons of the name) is a new
  node stored ``masked: true`` and offered for review — never an unmasked duplicate; so is a
  new person the letter introduces as 举报人/投诉人.
* **Projects** — by the project number as written (NFKC, no spaces).

Resolution is pure given the :class:`KnownIndex` and the directory; :meth:`KnownIndex.add`
registers what a document introduced so the next document in the same batch finds it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.ids import make_id
from graph.rules.agencies import AgencyDirectory
from graph.rules.agencies import Locality as DirLocality
from graph.types import credit_code, vocabulary
from graph.types.names import lookup_key
from ingest.matching import (
    MERGE,
    REVIEW,
    ROLE_OF,
    WEIGHTS,
    Context,
    DocView,
    company_features,
    digits,
    name_prior,
    name_similarity,
    person_features,
    score,
)
from ingest.nlp.gazetteer import division_tables
from ingest.readers import simplified_view

# ----------------------------------------------------------------------------- text helpers
_SPACES = re.compile(r"\s+")
_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")"})


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """NFKC, traditional → simplified, no whitespace: the form names are compared in."""
    view = simplified_view(text)[0]
    return _SPACES.sub("", unicodedata.normalize("NFKC", view))


_MASK = re.compile(r"某|\*|＊|×|✕|○{2,}|〇{2,}|X{2,}|x{2,}|[A-Z](?:公司|某)|化名|^[A-Z]$")
_MASK_COMPANY = re.compile(r"某|\*|＊|×|^[A-Za-z]{1,2}(?:公司|集团)$|^[A-Za-z]{1,2}\S{0,4}公司$")


def is_masked_person(name: str) -> bool:
    """张某, 李某某, 李某1, 张**, 王X, 陈金(化名): a confidential or anonymised identity."""
    n = simplified(name)
    return bool(_MASK.search(n)) or bool(re.search(r"[A-Za-z]$", n) and len(n) <= 3)


def is_masked_company(name: str) -> bool:
    """四川**建设有限公司, 某建设有限公司, 寿宁县某建筑工程有限公司, C公司."""
    return bool(_MASK_COMPANY.search(simplified(name)))


# --------------------------------------------------------------------------------- companies
_LEGAL_FORM_EXACT = (("有限责任公司", "有限公司"),)
_LEGAL_FORMS = ("股份有限公司", "有限公司", "集团公司", "总公司", "公司")


def company_name_key(name: str) -> str:
    """The exact comparison form of a company name (what a name-keyed Company's ``key`` holds).

    NFKC, traditional → simplified, whitespace removed, brackets unified to ``()``, a trailing
    有限责任公司 written as 有限公司 (the two are the same legal form). Nothing else is
    dropped: 分公司, (集团), a region in brackets all stay, so different companies stay apart.
    """
    n = simplified(name).translate(_BRACKETS)
    for long, short in _LEGAL_FORM_EXACT:
        if n.endswith(long):
            n = n[: -len(long)] + short
    return n


def company_loose_key(name: str, places: Places | None = None) -> str:
    """A looser form, for candidates only: no legal form, no leading region, no region in brackets."""
    n = company_name_key(name)
    if n.endswith("分公司"):
        return n  # a branch is never loosened into its parent
    for form in _LEGAL_FORMS:
        if n.endswith(form) and len(n) > len(form) + 1:
            n = n[: -len(form)]
            break
    n = re.sub(r"\((?:[^()]{2,6}?)(?:省|市|区|县)?\)", "", n)
    places = places or Places.load()
    if places is not None:
        end = places.prefix_end(n)
        if 0 < end < len(n) - 1:
            n = n[end:]
    return n


# ------------------------------------------------------------------------------------ places
_PLACE_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "盟", "省", "市")


@dataclass(frozen=True)
class Locality:
    """Where a document is from: ``region`` is the Agency.region / Region.name convention."""

    region: str                 # 绵竹市, 泉州市鲤城区, 正宁县, 德阳市
    display: str                # what a relative name is completed with: 绵竹市, 泉州市鲤城区
    level: str                  # province | prefecture | county | district
    parent: Locality | None = None
    reason: str = ""

    @property
    def level_char(self) -> str:
        return self.display[-1:] if self.display else ""


class Places:
    """The administrative divisions (from the extraction package's data files, when present)."""

    def __init__(self, divisions: dict[str, dict[str, list[str]]] | None = None) -> None:
        # name -> list of (province, prefecture, county|None)
        self.chains: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
        self.max_len = 0
        for prov, cities in (divisions or {}).items():
            if prov.startswith("_"):
                continue
            self._add(prov, (prov, None, None), short=True)
            for city, counties in cities.items():
                if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    for c in counties:
                        self._add(c, (prov, None, c))
                    continue
                self._add(city, (prov, city, None), short=True)
                for c in counties:
                    if c not in ("市辖区",):
                        self._add(c, (prov, city, c))

    def _add(self, name: str, chain: tuple[str, str | None, str | None], short: bool = False) -> None:
        if chain not in self.chains[name]:
            self.chains[name].append(chain)
        self.max_len = max(self.max_len, len(name))
        if short:
            for suf in _PLACE_SUFFIXES:
                if name.endswith(suf) and len(name) - len(suf) >= 2:
                    base = name[: -len(suf)]
                    if chain not in self.chains[base]:
                        self.chains[base].append(chain)
                    break

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Places:
        merged: dict[str, dict[str, list[str]]] = {}
        for data in division_tables():  # the gazetteer's files, read once
            for prov, cities in data.items():
                if prov.startswith("_") or not isinstance(cities, dict):
                    continue
                for city, counties in cities.items():
                    merged.setdefault(prov, {}).setdefault(city, []).extend(counties)
        return cls(merged)

    def parse(self, name: str) -> tuple[list[tuple[str, str | None, str | None]], str, int]:
        """The place chain at the start of ``name`` → (candidate chains, the matched place, end).

        ``四川省德阳市绵竹市财政局`` → ([('四川省', '德阳市', '绵竹市')], '绵竹市', 9). Place names
        must nest (a county inside the prefecture found before it).
        """
        n = simplified(name)
        i = 0
        for lead in ("中国共产党", "中共"):
            if n.startswith(lead):
                i = len(lead)
        chains: list[tuple[str, str | None, str | None]] = []
        last, end = "", 0
        while i < len(n):
            hit = None
            for length in range(min(self.max_len, len(n) - i), 1, -1):
                cand = n[i : i + length]
                options = self.chains.get(cand)
                if not options:
                    continue
                if chains:
                    options = [o for o in options if any(_nests(o, c) for c in chains)]
                    if not options:
                        continue
                # a place must not swallow the agency head (…市 + 场监督… is not a place)
                hit = (cand, options)
                break
            if hit is None:
                break
            cand, options = hit
            chains = options
            last, end = cand, i + len(cand)
            i = end
        return chains, last, end

    def prefix_end(self, name: str) -> int:
        return self.parse(name)[2]


def _nests(inner: tuple[str, str | None, str | None], outer: tuple[str, str | None, str | None]) -> bool:
    """``inner`` lies within (or deeper than) ``outer``."""
    if inner[0] != outer[0]:
        return False
    if outer[1] is not None and inner[1] != outer[1]:
        return False
    if outer[2] is not None and inner[2] != outer[2]:
        return False
    return _depth(inner) > _depth(outer)


def _depth(chain: tuple[str, str | None, str | None]) -> int:
    return 3 if chain[2] else 2 if chain[1] else 1


NATIONAL = Locality("中华人民共和国", "", "national")


def _parent_short(parent_region: str) -> str:
    """``四川省德阳市`` → ``德阳市``; ``河南省焦作市`` → ``焦作市``; ``四川省`` → ``四川省``."""
    m = re.search(r"([^省区]+?(?:市|州|盟|地区))$", parent_region)
    return m.group(1) if m else parent_region


def _level_of(name: str, default: str) -> str:
    if name.endswith("区") and not name.endswith(("地区", "自治区", "林区")):
        return "district"
    if name.endswith(("县", "旗")):
        return "county"
    return default


class Localities:
    """Locality lookups over the directory and the divisions."""

    def __init__(self, directory: AgencyDirectory, places: Places) -> None:
        self.directory = directory
        self.places = places

    def from_directory(self, loc: DirLocality, reason: str = "") -> Locality:
        chains, _, end = self.places.parse(loc.parent_region)
        if chains and end == len(simplified(loc.parent_region)):
            parent: Locality | None = self.of_chain(chains[0])
        else:
            name = _parent_short(loc.parent_region)
            parent = Locality(name, name, "province" if name.endswith("省") else "prefecture")
        level = {"city": "prefecture"}.get(loc.level, loc.level)
        return Locality(loc.region, loc.region, level, parent, reason)

    def of_chain(self, chain: tuple[str, str | None, str | None], reason: str = "") -> Locality:
        prov, pref, county = chain
        if county:
            region = f"{pref}{county}" if county.endswith("区") and pref else county
            hit = self.directory.locality(region) or self.directory.locality(county)
            if hit is not None:
                return self.from_directory(hit, reason)
            parent = self.of_chain((prov, pref, None)) if pref else self.of_chain((prov, None, None))
            return Locality(region, region, _level_of(county, "county"), parent, reason)
        if pref:
            hit = self.directory.locality(pref)
            if hit is not None:
                return self.from_directory(hit, reason)
            return Locality(pref, pref, "prefecture", self.of_chain((prov, None, None)), reason)
        return Locality(prov, prov, "province", None, reason)

    def of_name(self, name: str, reason: str = "") -> tuple[Locality | None, int]:
        """The locality an agency name places itself in, and where the place ends in the name."""
        chains, last, end = self.places.parse(name)
        if not chains:
            return self._directory_prefix(name, reason)
        if len(chains) > 1:
            # an ambiguous county name (鼓楼区): prefer a directory locality
            for ch in chains:
                loc = self.of_chain(ch, reason)
                if self.directory.locality(loc.region) is not None:
                    return loc, end
            region = last
            return Locality(region, region, _level_of(region, "county"), None, reason + " (ambiguous place)"), end
        return self.of_chain(chains[0], reason), end

    def _directory_prefix(self, name: str, reason: str) -> tuple[Locality | None, int]:
        n = simplified(name)
        for lead in ("中国共产党", "中共"):
            n = n.removeprefix(lead)
        best: tuple[int, DirLocality] | None = None
        for loc in self.directory.localities():
            for key in (loc.region, *loc.short_names):
                if n.startswith(key) and len(n) > len(key) and (best is None or len(key) > best[0]):
                    best = (len(key), loc)
        if best is None:
            return None, 0
        return self.from_directory(best[1], reason), best[0]

    def from_doc_no(self, doc_no: str) -> Locality | None:
        """竹财采〔2021〕519号 → 绵竹市 when exactly one directory locality fits the prefix."""
        prefix = re.split(r"[〔\[【(（﹝〖{]", simplified(doc_no), maxsplit=1)[0]
        if not prefix:
            return None
        fits = []
        for loc in self.directory.localities():
            own = {c for s in (loc.region, *loc.short_names) for c in re.sub(r"(市|县|区)$", "", s)}
            parent = {c for c in re.sub(r"(省|市|州|盟|地区)$", "", _parent_short(loc.parent_region))}
            own -= {"市", "县", "区", "省"}
            if prefix[0] in own and prefix[0] not in parent or len(prefix) > 1 and prefix[0] in parent and prefix[1] in own:
                fits.append(loc)
        if len(fits) == 1:
            return self.from_directory(fits[0], f"document number prefix {prefix}")
        return None


# ------------------------------------------------------------------------------- known index
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
    "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.context AS context, p.masked AS masked, "
    "p.merged_into AS merged_into, p.id_number_hash AS id_number_hash",
)
# complainants are protected like masked persons (the pages' rule: app.services.access.protected_identities)
KNOWN_COMPLAINANTS = cypher(
    "ingest.known_complainants",
    "MATCH (p:Person)-[:COMPLAINED]->(:Complaint) RETURN DISTINCT p.id AS id",
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
    "RETURN p.id AS id, type(r) AS type, r.position AS position, n.id AS nid, n.name AS name, "
    "n.number AS number, n.text AS text, n.credit_code AS code, n.region AS region",
    ids=["person:0"],
)
PERSON_CONTEXT_IN = cypher(
    "ingest.person_context_in",
    "UNWIND $ids AS id\nMATCH (p {id: id})<-[r:FAMILY|ASSOCIATE]-(n)\nWHERE p:Person OR p:Official\n"
    "RETURN p.id AS id, type(r) AS type, n.name AS name",
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
    company_loose: dict[str, str] = field(default_factory=dict)
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
        for query, keys, label in ((KNOWN_PERSONS, ("name", "context", "masked", "id_number_hash"), "Person"),
                                   (KNOWN_OFFICIALS, ("name", "agency_id"), "Official")):
            for row in graph.read(query):
                if row.get("merged_into"):  # a merged node: its key resolves to the node it went into
                    idx.merged_into[row["id"]] = row["merged_into"]
                    continue
                idx.add_person(row["id"], {k: row[k] for k in keys if row.get(k) is not None}, label)
        for row in graph.read(KNOWN_COMPLAINANTS):
            if row["id"] in idx.persons and row["id"] not in idx.protected:
                idx.add_person(row["id"], {"masked": True}, "Person")
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
            loose = company_loose_key(name, Places.load())
            self.company_by_name[company_name_key(name)].add(node_id)
            self.company_by_loose[loose].add(node_id)
            self.company_loose[node_id] = loose
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
                        ctx.relatives.add(simplified(r["name"]))
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
                    self.contexts[r["id"]].relatives.add(simplified(r["name"]))
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
              phones: Iterable[str] = (), relatives: Iterable[str] = ()) -> None:
        """Add what a document of this batch said about a node to its context (kept aside, without a
        graph read, until the node is a candidate and its context is read)."""
        if node_id not in self.contexts:
            self.pending[node_id].append({"org": org, "role": role, "phones": list(phones),
                                          "relatives": list(relatives)})
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
        ctx.relatives.update(relatives)

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


# ------------------------------------------------------------------------------- resolution
_RELATIVE = re.compile(r"^(省|市|县|区|州|旗|盟)(?!场)(?=\S{2,})")
_NATIONAL = re.compile(r"^(中央|国家|国务院|最高人民|中华人民共和国|全国|财政部|公安部|审计署|商务部|司法部|监察部|教育部|民政部|水利部|"
                       r"住房和城乡建设部|交通运输部|自然资源部|生态环境部|农业农村部|市场监管总局|工业和信息化部)")
_AGENCY_HEAD = re.compile(r"^\S{0,8}(局|委|委员会|院|中心|厅|办|办公室|政府|所|站|队|管委会)$")
_GENERIC_HEAD = re.compile(
    r"^(财政局|纪委监委|纪委|监委|公安局|公安分局|审计局|市场监督管理局|市场监管局|发改委|发改局|发展和改革局|"
    r"发展和改革委员会|公管委|公管局|公共资源交易中心|交易中心|检察院|人民检察院|法院|人民法院|人民政府|政府|住建局)$"
)


# Short forms letters use for agencies' names (general usage, not from any evaluation set): the
# short ending → the full one. Tried only to find an agency the directory or the graph holds in the
# document's locality; an agency named by a short form that is nowhere stored is created under its
# full name, the short form kept as an alias.
AGENCY_SHORT_FORMS: dict[str, str] = {
    "住建局": "住房和城乡建设局", "住建委": "住房和城乡建设委员会", "卫健局": "卫生健康局", "卫健委": "卫生健康委员会",
    "发改局": "发展和改革局", "发改委": "发展和改革委员会", "交通局": "交通运输局", "人社局": "人力资源和社会保障局",
    "市监局": "市场监督管理局", "市场监管局": "市场监督管理局", "农业局": "农业农村局", "农农局": "农业农村局",
    "自规局": "自然资源和规划局", "资规局": "自然资源和规划局", "生态环境局": "生态环境局", "环保局": "生态环境局",
    "文旅局": "文化广播电视和旅游局", "教体局": "教育和体育局", "经信局": "经济和信息化局", "应急局": "应急管理局",
    "医保局": "医疗保障局", "统计局": "统计局", "商务局": "商务局", "林业局": "林业局",
}
# an internal unit after an agency's name (市卫健局办公室, 县财政局采购股): the agency is the part before it
_AGENCY_UNIT = re.compile(r"(?<=[局委院])(办公室|[\u4e00-\u9fff]{1,6}?(科|股|处|室|中心))$")


def agency_variants(name: str) -> list[str]:
    """Other spellings of an agency name to look up: without a trailing internal unit, and with a
    short ending (住建局, 卫健局 …) written out."""
    out: list[str] = []
    base = _AGENCY_UNIT.sub("", name)
    for cand in dict.fromkeys((name, base)):
        for short, full in AGENCY_SHORT_FORMS.items():
            if cand.endswith(short) and short != full:
                out.append(cand[: -len(short)] + full)
        if cand != name:
            out.append(cand)
    return list(dict.fromkeys(out))


_PRONOUN = re.compile(r"^(我|你|贵|该|本|此|上述|其)(局|委|院|部|办|厅|中心|单位|机关|部门|委员会|分局|所|队|监委|纪委监委)$")

_LEGAL_REP_WORDS = ("法定代表人", "法人代表")
# a company named by its trade name only: 鑫盛公司, 德源公司 (two to four characters, then 公司)
_SHORT_COMPANY = re.compile(r"^([\u4e00-\u9fff]{2,4})公司$")
# a person the letter introduces as complainant or informant (the words just before the name)
PROTECTED_ROLE = re.compile(r"(实名)?(举报人|举报者|投诉人|信访人|反映人|控告人|检举人)[：:，,\s]*(系|为|是)?[：:\s]*$")
_ID_NUMBER = re.compile(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])")


def _role_word(before: str) -> str:
    m = PROTECTED_ROLE.search(before)
    return m.group(2) if m else ""


def id_number_hash_near(text: str) -> str | None:
    """The ``sha256:`` digest of the first identity number in ``text`` (what the tabular loader stores)."""
    from ingest.tabular.checks import id_number_hash

    m = _ID_NUMBER.search(unicodedata.normalize("NFKC", text).upper())
    return id_number_hash(m.group()) if m else None


def legal_rep_company(ents: list[dict[str, Any]], rel: dict[str, Any], text: str) -> int | None:
    """For ``HOLDS_POSITION`` 法定代表人 without an org: the company named just before, in the same sentence.

    ``四川恒达建材有限公司（统一社会信用代码：…）法定代表人张建华`` → the company. Conservative: at
    most 80 characters back, no sentence end (。；) or line break between.
    """
    pos = rel.get("to")
    if not isinstance(pos, int) or not 0 <= pos < len(ents):
        return None
    if simplified(ents[pos]["text"]) not in _LEGAL_REP_WORDS:
        return None
    start = ents[pos]["start"]
    for j in range(pos - 1, -1, -1):
        e = ents[j]
        if start - e["end"] > 80 or re.search(r"[。；;\n]", text[e["end"]:start]):
            return None
        if e["label"] == "COMPANY":
            return j
        if e["label"] in ("PERSON", "AGENCY"):
            return None
    return None


def role_company(ents: list[dict[str, Any]], rel: dict[str, Any], text: str) -> int | None:
    """For ``HOLDS_POSITION`` 股东 / 法定代表人 / 实际控制人 … without an org: the company named just
    before the post in the same sentence (…有限公司股东覃英桂; …成立于2012年，法定代表人胡建国，股东覃英桂).
    Used as matching evidence (``org_rel``), not to key the person."""
    pos = rel.get("to")
    if not isinstance(pos, int) or not 0 <= pos < len(ents) or simplified(ents[pos]["text"]) not in ROLE_OF:
        return None
    start = ents[pos]["start"]
    for j in range(pos - 1, -1, -1):
        e = ents[j]
        if start - e["end"] > 80 or re.search(r"[。；;\n]", text[e["end"]:start]):
            return None
        if e["label"] == "COMPANY":
            return j
        if e["label"] == "AGENCY":
            return None
    return None


def _addressee_elsewhere(ents: list[dict[str, Any]], org: int, person: int, text: str) -> bool:
    """The organisation is the letter's addressee (``绵竹市纪委监委：`` on its own line) and the
    person is named lines below without 你/贵 referring back to it (你公司负责人周建华)."""
    if not (0 <= org < len(ents) and 0 <= person < len(ents)) or ents[org]["end"] > ents[person]["start"]:
        return False
    after = text[ents[org]["end"]:ents[org]["end"] + 1]
    between = text[ents[org]["end"]:ents[person]["start"]]
    if after not in ("：", ":") or "\n" not in between:
        return False
    return re.search(r"(你|贵)(公司|单位|局|委|院|中心|办)", between) is None


def agency_kind(name: str) -> str:
    """The kind an agency's name says (the name patterns of schema.yaml's vocabularies.agency_kind)."""
    return vocabulary.kind_in_name("agency_kind", simplified(name)) or "other"


@dataclass
class ResolvedNode:
    """One graph node a document refers to: its label, id and the properties to write."""

    label: str
    id: str
    props: dict[str, Any]
    new: bool                   # not in the graph (or this batch) before this document
    masked: bool = False
    reason: str = ""


@dataclass(frozen=True)
class Candidate:
    start: str                  # node id (Company, Person or Agency)
    end: str
    score: float
    reason: str


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

    def node_of(self, index: int | None) -> ResolvedNode | None:
        if index is None:
            return None
        node_id = self.entity_nodes.get(index)
        return self.nodes.get(node_id) if node_id else None


class Resolver:
    """Resolves one extraction at a time against the directory and a :class:`KnownIndex`."""

    def __init__(
        self,
        directory: AgencyDirectory | None = None,
        index: KnownIndex | None = None,
        places: Places | None = None,
    ) -> None:
        self.directory = directory or AgencyDirectory.load()
        self.index = index or KnownIndex()
        self.places = places or Places.load()
        self.localities = Localities(self.directory, self.places)

    # -- locality --------------------------------------------------------------------------
    def locality(self, extraction: dict[str, Any], doc_no: str | None = None) -> Locality | None:
        ents = extraction.get("entities") or []
        issuer = (extraction.get("doc") or {}).get("issuer")
        if isinstance(issuer, int) and 0 <= issuer < len(ents) and ents[issuer]["label"] == "AGENCY":
            loc = self._place(ents[issuer]["text"], f"issuer {ents[issuer]['text']}")
            if loc is not None:
                return loc
        votes: Counter[str] = Counter()
        found: dict[str, Locality] = {}
        for e in ents:
            if e["label"] != "AGENCY":
                continue
            loc = self._place(e["text"], f"agency names ({e['text']} …)")
            if loc is None or loc.level == "province":
                continue
            votes[loc.region] += 1
            found.setdefault(loc.region, loc)
        if votes:
            # the most specific places win (a county letter names its prefecture too), then the most named
            counties = [r for r in votes if found[r].level in ("county", "district")]
            pool = counties or list(votes)
            return found[max(pool, key=lambda r: votes[r])]
        for e in ents:
            if e["label"] == "DOC_NO":
                loc = self.localities.from_doc_no(e["text"])
                if loc is not None:
                    return loc
        if doc_no:
            return self.localities.from_doc_no(doc_no)
        return None

    def _place(self, name: str, reason: str) -> Locality | None:
        """Where an agency name places a document: the divisions and the directory, else the region of
        the one stored agency of exactly that name (a county loaded as reference data, e.g. 示例县)."""
        loc, _ = self.localities.of_name(name, reason)
        if loc is not None:
            return loc
        ids = self.index.agency_global.get(lookup_key(simplified(name))) or set()
        regions = {str(self.index.agencies[i].get("region") or "") for i in ids}
        if len(regions) != 1:
            return None
        region = regions.pop()
        if not region or region.startswith("未定位"):
            return None
        level = next((str(self.index.agencies[i]["level"]) for i in ids if self.index.agencies[i].get("level")), None)
        return Locality(region, region, level or _level_of(region, "county"), None, f"{reason}: stored agency in {region}")

    # -- agencies --------------------------------------------------------------------------
    def agency(self, mention: str, locality: Locality | None, doc_key: str) -> ResolvedNode:
        name = simplified(mention)
        loc, end = self.localities.of_name(name)
        if loc is not None and end > 0 and end < len(name):
            return self._agency_in(name, loc, f"named with its place {loc.region}")
        if _NATIONAL.match(name):
            return self._agency_in(name, NATIONAL, "a national body")
        # relative: 市财政局, 区纪委监委, 财政局
        m = _RELATIVE.match(name)
        if locality is not None:
            target = locality
            if m:
                cur: Locality | None = locality
                while cur is not None and cur.level_char != m.group(1):
                    cur = cur.parent
                target = cur or locality
            found = self._lookup(name, target)
            if found is not None:
                return found
            for alt in agency_variants(name):  # 市住建局 = 市住房和城乡建设局; 市卫健局办公室 = 市卫健局
                alt_rel = _RELATIVE.match(alt)
                found = self._lookup(alt, target) or self._known_in(f"{target.display}{alt[1:] if alt_rel else alt}", target)
                if found is not None:
                    found.reason = f"{name} read as {alt}: {found.reason}"
                    return found
            short = next(iter(agency_variants(name)), None)
            if short is not None:  # unknown, named by a short form or with a unit: stored under the full name
                name, m = short, _RELATIVE.match(short)
            rest = name[1:] if m else name
            if m or _GENERIC_HEAD.match(name) or _AGENCY_HEAD.match(name):
                full = f"{target.display}{rest}"
                node = self._agency_in(full, target, f"{name} completed with the locality {target.region}")
                if node.new:
                    node.props["aliases"] = [name]
                return node
            # an unplaced proper name (e.g. a school): in the locality, as written
            return self._agency_in(name, target, f"no place in the name; document locality {target.region}")
        # no locality: exact name known somewhere, else document-scoped
        ids = self.index.agency_global.get(lookup_key(name)) or set()
        if len(ids) == 1:
            return self._existing(next(iter(ids)), "unique name in the graph")
        directory_hit = self.directory.resolve(name)
        if directory_hit is not None:
            return self._agency_node(directory_hit.name, directory_hit.region, "directory", directory_hit)
        region = f"未定位 {doc_key[:16]}"
        return self._agency_node(name, region, "no locality: scoped to the document", None, scoped=True)

    def _lookup(self, name: str, loc: Locality) -> ResolvedNode | None:
        hit = self.directory.resolve(name, loc.region)
        if hit is not None and (hit.region == loc.region or _RELATIVE.match(name) is None):
            return self._agency_node(hit.name, hit.region, f"directory: {name} in {loc.region}", hit)
        key = lookup_key(name)
        known = self.index.agency_by_alias.get((loc.region, key)) or self.index.agency_by_name.get((loc.region, key))
        return self._existing(known, f"{name} known in {loc.region}") if known else None

    def _known_in(self, name: str, loc: Locality) -> ResolvedNode | None:
        """The agency of exactly this (full) name in ``loc`` — the directory's or the graph's — else None."""
        hit = self.directory.resolve(name, loc.region)
        if hit is not None and hit.region == loc.region:
            return self._agency_node(hit.name, hit.region, f"directory: {name}", hit)
        key = lookup_key(name)
        known = self.index.agency_by_name.get((loc.region, key)) or self.index.agency_by_alias.get((loc.region, key))
        return self._existing(known, f"{name} known in {loc.region}") if known else None

    def _agency_in(self, name: str, loc: Locality, reason: str) -> ResolvedNode:
        hit = self.directory.resolve(name, loc.region)
        if hit is not None:
            return self._agency_node(hit.name, hit.region, f"directory: {reason}", hit)
        key = lookup_key(name)
        known = self.index.agency_by_name.get((loc.region, key)) or self.index.agency_by_alias.get((loc.region, key))
        if known:
            return self._existing(known, reason)
        return self._agency_node(name, loc.region, reason, None, level=loc.level)

    def _existing(self, node_id: str, reason: str) -> ResolvedNode:
        props = self.index.agencies.get(node_id)
        if props is None:  # resolved through the directory into an id not yet in the index
            raise KeyError(node_id)
        return ResolvedNode("Agency", node_id, {"name": props["name"], "region": props["region"]}, False, reason=reason)

    def _agency_node(self, name: str, region: str, reason: str, hit: Any, *, level: str | None = None,
                     scoped: bool = False) -> ResolvedNode:
        node_id = make_id("agency", region, name)
        if node_id in self.index.agencies:
            known = self.index.agencies[node_id]
            return ResolvedNode("Agency", node_id, {"name": known["name"], "region": known["region"]}, False, reason=reason)
        props: dict[str, Any] = {"name": name, "region": region, "kind": agency_kind(name)}
        if hit is not None:
            props.update(kind=hit.kind, level={"city": "prefecture"}.get(hit.level, hit.level),
                         aliases=list(hit.aliases))
        elif level:
            props["level"] = level
        return ResolvedNode("Agency", node_id, props, True, masked=scoped, reason=reason)

    def _agency_before(self, before: str, loc: Locality) -> str | None:
        """An agency of the letter's locality written without its place just before a post and name
        (交通运输局副局长杨光辉 in a 绵竹市 letter): the stored agency, else None. The last one named
        on that line wins; only names of three characters or more."""
        line = before.rsplit("\n", 1)[-1]
        best: tuple[int, str] | None = None
        for node_id, props in self.index.agencies.items():
            if props.get("region") != loc.region:
                continue
            full = simplified(str(props.get("name") or ""))
            short = full[len(loc.display):] if full.startswith(loc.display) else ""
            for form in (full, short):
                at = line.rfind(form) if len(form) >= 3 else -1
                if at >= 0 and (best is None or at + len(form) > best[0]):
                    best = (at + len(form), node_id)
        return best[1] if best is not None else None

    # -- companies -------------------------------------------------------------------------
    def company(self, mention: str, code: str | None, doc_key: str, *,
                doc: DocView | None = None) -> tuple[ResolvedNode, list[Candidate]]:
        """A credit code first, then the exact comparison form of the name; otherwise a new company,
        with the stored companies of a near name scored in context (one above MERGE is the company;
        those above REVIEW are offered). Masked names are scoped to their document."""
        name = company_name_key(mention)
        if is_masked_company(mention):
            key = f"{name}@{doc_key}"
            return ResolvedNode("Company", make_id("company", key), {"key": key, "name": name}, True, masked=True,
                                reason="masked name: scoped to the document"), []
        idx = self.index
        if code:
            known = idx.company_by_code.get(code)
            if known:
                return self._company_existing(known, "credit code", code), []
            same = [i for i in idx.company_by_name.get(name, ()) if not idx.companies[i].get("credit_code")]
            if len(same) == 1:
                return self._company_existing(same[0], "same name, now with its credit code", code), []
            node = ResolvedNode("Company", make_id("company", code), {"key": code, "name": name, "credit_code": code},
                                True, reason="new, keyed by credit code")
            if idx.canonical(node.id) in idx.companies:  # merged into another company by a judgement
                return self._company_existing(idx.canonical(node.id), "credit code of a merged company", None), []
            return node, self._company_candidates(node, name, doc)
        same = sorted(idx.company_by_name.get(name, ()))
        if len(same) == 1:
            return self._company_existing(same[0], "normalised name", None), []
        short = _SHORT_COMPANY.match(name)
        if short and not same:  # 鑫盛公司: the one stored company whose trade name starts so
            core = short.group(1)
            pool = sorted(o for o in idx.company_by_block.get(core[:2], ())
                          if idx.company_loose.get(o, "").startswith(core) and o not in idx.merged_into)
            if len(pool) == 1:
                return self._company_existing(pool[0], f"short form {name} of the trade name of "
                                                       f"{idx.companies[pool[0]].get('name')}", None), []
        node = ResolvedNode("Company", make_id("company", name), {"key": name, "name": name}, True,
                            reason="new, keyed by normalised name")
        if idx.canonical(node.id) in idx.companies:
            node.id = idx.canonical(node.id)
            return self._company_existing(node.id, "normalised name", None), []
        cands = [Candidate(node.id, other, 0.6, f"same name {name} but {idx.companies[other].get('credit_code') or 'another'} "
                           f"credit code") for other in same]
        if same:
            return node, cands
        near = self._company_candidates(node, name, doc)
        merges = [c for c in near if c.score >= MERGE]
        if len(merges) == 1:
            return self._company_existing(merges[0].end, f"matched in context: {merges[0].reason}", None), []
        return node, [c for c in near if c.score >= REVIEW]

    def _company_existing(self, node_id: str, reason: str, code: str | None) -> ResolvedNode:
        props = dict(self.index.companies[node_id])
        out = {"key": props["key"], "name": props["name"]}
        if code and not props.get("credit_code"):
            out["credit_code"] = code
        return ResolvedNode("Company", node_id, out, False, reason=reason)

    def _company_candidates(self, node: ResolvedNode, name: str, doc: DocView | None = None) -> list[Candidate]:
        """Stored companies whose names are equal without legal form or region (sim 1.0), or near
        (rapidfuzz ratio ≥ 0.85 of those forms), scored with prior 0.5 and the document's evidence."""
        idx = self.index
        loose = company_loose_key(name, self.places)
        pool = set(idx.company_by_loose.get(loose, ()))
        if len(loose) >= 4:
            pool |= {o for o in idx.company_by_block.get(loose[:2], ())
                     if name_similarity(loose, idx.company_loose.get(o, "")) >= 0.85}
        pool.discard(node.id)
        pool = {o for o in pool if o not in idx.merged_into and not idx.different(node.id, o)}
        view = doc if doc is not None else DocView.of("")
        out = []
        for other in sorted(pool):
            other_code = idx.companies[other].get("credit_code")
            if other_code and node.props.get("credit_code") and other_code != node.props["credit_code"]:
                continue  # two credit codes: two companies
            idx.load_contexts([other])
            sim = name_similarity(loose, idx.company_loose.get(other, ""))
            feats = company_features(idx.context(other), view)
            value = score(sim, 0.5, feats)
            why = " + ".join(f"{f} {WEIGHTS[f]:.2f}" for f in sorted(feats)) or "name only"
            out.append(Candidate(node.id, other, value,
                                 f"names equal or near without legal form or region: {name} ~ "
                                 f"{idx.companies[other]['name']}: score {value:.2f} = sim {sim:.2f} × (prior 0.50; {why})"))
        return sorted(out, key=lambda c: (-c.score, c.end))[:5]

    # -- persons ---------------------------------------------------------------------------
    def person(self, mention: str, org: ResolvedNode | None, doc_key: str,
               doc_nodes: Iterable[str] = (), *, doc: DocView | None = None,
               post: str | None = None, window: str = "", tie: str | None = None,
               before: str = "", id_hash: str | None = None) -> tuple[ResolvedNode, list[Candidate]]:
        """The node a person mention stands for, matched by name AND context (ingest/matching.py).

        A mention tied to an organisation has a key (``Official(agency, name)``, ``Person(name,
        company)``); one without is keyed by its document. When that key is a stored node, that is it.
        Otherwise every stored person of the same or a near name is scored against what the document
        says: one above MERGE (and no rival that high) is the node; those above REVIEW are offered
        (``SAME_AS_CANDIDATE``) beside a new node. Masked names (张某, 李**) are never scored.
        """
        name = simplified(mention)
        if is_masked_person(name):
            ctx = doc_key if org is None else f"{org.id}@{doc_key}"
            return ResolvedNode("Person", make_id("person", name, ctx), {"name": name, "context": ctx, "masked": True},
                                True, masked=True, reason="masked name: scoped to the document"), []
        if org is not None and org.label == "Agency":
            node = ResolvedNode("Official", make_id("official", org.id, name), {"name": name, "agency_id": org.id},
                                True, reason=f"official of {org.props.get('name')}")
        elif org is not None:
            node = ResolvedNode("Person", make_id("person", name, org.id), {"name": name, "context": org.id}, True,
                                reason=f"person at {org.props.get('name')}")
        else:
            node = ResolvedNode("Person", make_id("person", name, doc_key), {"name": name, "context": doc_key}, True,
                                reason="no organisation: scoped to the document")
        known = self.index.canonical(node.id)
        if known in self.index.persons:
            return self._person_existing(known, node.reason or "same key"), []
        idx = self.index
        if id_hash:  # an identity number written after the name: the person whose hash it is
            same_id = [o for o in sorted(idx.person_by_id_hash.get(id_hash, ()))
                       if o not in idx.merged_into and simplified(str(idx.persons[o].get("name") or "")) == name]
            if len(same_id) == 1:
                return self._person_existing(same_id[0], "identity number in the letter"), []
        view = doc if doc is not None else DocView.of("", doc_nodes)
        scored = self.score_persons(name, node.id, view, org=org.id if org else tie, post=post, window=window)
        merges = [m for m in scored if m.score >= MERGE]
        if len(merges) == 1:
            m = merges[0]
            return self._person_existing(m.end, f"matched in context: {m.reason}"), []
        cands = [m for m in scored if m.score >= REVIEW]
        # a protected identity (complainant, informant) is linked when the letter introduces the name
        # in that role, and a mention that may be one is never stored unmasked
        role = PROTECTED_ROLE.search(before) is not None
        same_protected = [m for m in scored if m.end in idx.protected
                          and simplified(str(idx.persons[m.end].get("name") or "")) == name]
        if role and org is None and len(same_protected) == 1 and not merges:
            return self._person_existing(same_protected[0].end, f"named as {_role_word(before)}: "
                                                                 f"the one protected person of that name"), []
        if node.label == "Person" and (role or same_protected or any(m.end in idx.protected for m in cands)):
            node.props["masked"] = True
            node.reason += "; may be a complainant or informant: stored masked"
            cands = cands or same_protected
        if len(merges) > 1:
            node.reason += f"; {len(merges)} stored persons match equally: offered for review"
        elif not cands and org is None and tie is None and len(name) >= 3:
            # a person the letter does not place, with a full name the graph holds: a candidate to
            # review (issue 11: "cannot be placed → review"), never a merge; two-character names are
            # too common to offer on the name alone
            same = [m for m in scored if m.reason.startswith(f"{name} ~ {name}:")]
            if 0 < len(same) <= 3:
                cands = same
                node.reason += "; not placed by the letter: offered for review"
        return node, cands[:5]

    def score_persons(self, name: str, node_id: str, doc: DocView, *, org: str | None = None,
                      post: str | None = None, window: str = "") -> list[Candidate]:
        """Every stored person of the same or a near name, scored against the document (best first)."""
        idx = self.index
        pool = set(idx.person_by_name.get(name, ()))
        if len(name) >= 3:
            pool |= {o for o in idx.person_by_surname.get((name[:1], len(name)), ())
                     if name_similarity(name, simplified(str(idx.persons[o].get("name") or ""))) >= 0.6}
        pool = {o for o in pool if o != node_id and o not in idx.merged_into and not idx.different(node_id, o)
}
        idx.load_contexts(pool)
        out = []
        for other in pool:
            other_name = simplified(str(idx.persons[other].get("name") or ""))
            sim = name_similarity(name, other_name)
            feats = person_features(idx.context(other), doc, org=org, post=post, own_name=name, window=window)
            prior = name_prior(name)
            value = score(sim, prior, feats)
            why = " + ".join(f"{f} {WEIGHTS[f]:.2f}" for f in sorted(feats)) or "name only"
            out.append(Candidate(node_id, other, value,
                                 f"{name} ~ {other_name}: score {value:.2f} = sim {sim:.2f} × (prior {prior:.2f}; {why})"))
        return sorted(out, key=lambda c: (-c.score, c.end))

    def _person_existing(self, node_id: str, reason: str) -> ResolvedNode:
        props = self.index.persons[node_id]
        label = str(props.get("label") or "Person")
        keep = ("name", "agency_id") if label == "Official" else ("name", "context")
        return ResolvedNode(label, node_id, {k: props[k] for k in keep if props.get(k) is not None}, False,
                            reason=reason)

    # -- the document ----------------------------------------------------------------------
    def resolve(self, extraction: dict[str, Any], text: str, *, doc_key: str, doc_no: str | None = None) -> Resolution:
        """Resolve every AGENCY, COMPANY, PERSON and PROJECT_NO mention of one extraction."""
        ents: list[dict[str, Any]] = list(extraction.get("entities") or [])
        rels: list[dict[str, Any]] = list(extraction.get("relations") or [])
        aliases = {simplified(k): simplified(v) for k, v in (extraction.get("aliases") or {}).items()}
        res = Resolution(doc_key, self.locality(extraction, doc_no))

        def add(i: int, node: ResolvedNode) -> None:
            res.entity_nodes[i] = node.id
            prev = res.nodes.get(node.id)
            if prev is None:
                res.nodes[node.id] = node
            else:
                prev.props.update({k: v for k, v in node.props.items() if k not in prev.props})

        # canonical text per alias: an alias mention resolves like its full name
        def canon(i: int) -> str:
            t = simplified(ents[i]["text"])
            return aliases.get(t, t)

        by_text: dict[tuple[str, str], int] = {}
        # agencies first (persons need their organisations). Adjacent AGENCY spans with nothing between
        # them (泉州市公安局|鲤城分局) name one body with its sub-unit: both resolve to the whole name.
        chains: list[list[int]] = []
        for i, e in enumerate(ents):
            if e["label"] != "AGENCY":
                continue
            if chains and ents[chains[-1][-1]]["end"] == e["start"]:
                chains[-1].append(i)
            else:
                chains.append([i])
        for chain in chains:
            name = "".join(canon(i) for i in chain) if len(chain) > 1 else canon(chain[0])
            key = ("AGENCY", name)
            if key in by_text and by_text[key] in res.entity_nodes:
                for i in chain:
                    res.entity_nodes[i] = res.entity_nodes[by_text[key]]
                continue
            if _PRONOUN.match(name):
                continue  # 我局, 你委, 该局: a phrase, not a name — never a node
            node = self.agency(name, res.locality, doc_key)
            if node.masked:  # no place could be had: a note, never a phantom agency
                res.notes.append(f"agency {name}: no locality; not stored")
                continue
            by_text[key] = chain[0]
            for i in chain:
                add(i, node)
            if len(chain) > 1:
                res.notes.append(f"adjacent agency mentions read as one name: {name}")
        # credit codes: the nearest company mention before the code, on the same line
        codes = self._credit_codes(ents, extraction.get("identifiers") or [], text)
        res.credit_codes = codes
        flat = simplified(text)
        region = res.locality.region if res.locality else None
        early = DocView.of(flat, (n.id for n in res.nodes.values() if not n.masked), region)
        for i, e in enumerate(ents):
            if e["label"] != "COMPANY":
                continue
            key = ("COMPANY", company_name_key(canon(i)))
            code = codes.get(i)
            if key in by_text and by_text[key] in res.entity_nodes and not code:
                res.entity_nodes[i] = res.entity_nodes[by_text[key]]
                continue
            node, cands = self.company(canon(i), code, doc_key, doc=early)
            by_text[key] = i
            add(i, node)
            res.candidates.extend(cands)
        # the organisation of each person (LEGAL_REP first, then HOLDS_POSITION with an org): per mention,
        # and per name for the mentions of that name the letter ties to nothing
        orgs: dict[str, str] = {}
        org_at: dict[int, str] = {}
        for r in sorted(rels, key=lambda r: r.get("type") != "LEGAL_REP"):
            t = r.get("type")
            src = r.get("from")
            org = r.get("to") if t == "LEGAL_REP" else r.get("org") if t == "HOLDS_POSITION" else None
            if t == "HOLDS_POSITION" and isinstance(org, int) and isinstance(src, int) \
                    and _addressee_elsewhere(ents, org, src, text):
                org = None  # the letter's addressee line, not the post's organisation
            if t == "HOLDS_POSITION" and org is None:
                org = legal_rep_company(ents, r, text)
            if not isinstance(src, int) or not isinstance(org, int) or not (0 <= src < len(ents)):
                continue
            if ents[src]["label"] != "PERSON" or org not in res.entity_nodes:
                continue
            orgs.setdefault(canon(src), res.entity_nodes[org])
            org_at.setdefault(src, res.entity_nodes[org])
        posts: dict[str, str] = {}
        ties: dict[str, str] = {}   # a person -> the company its post is at, read from the sentence
        for r in rels:
            src, pos = r.get("from"), r.get("to")
            if r.get("type") == "HOLDS_POSITION" and isinstance(src, int) and isinstance(pos, int) \
                    and 0 <= src < len(ents) and 0 <= pos < len(ents):
                posts.setdefault(canon(src), simplified(ents[pos]["text"]))
                if r.get("org") is None:
                    j = role_company(ents, r, text)
                    if j is not None and j in res.entity_nodes:
                        ties.setdefault(canon(src), res.entity_nodes[j])
            elif r.get("type") == "LEGAL_REP" and isinstance(src, int) and 0 <= src < len(ents):
                posts.setdefault(canon(src), "法定代表人")
        view = DocView.of(flat, (n.id for n in res.nodes.values() if not n.masked), region)
        for i, e in enumerate(ents):
            if e["label"] != "PERSON":
                continue
            name = canon(i)
            # one name is one person in a letter — unless the letter ties two mentions of it to two
            # organisations (a namesake: 张伟 of the finance bureau and 张伟 of a bidder)
            window = simplified(text[max(0, e["start"] - 16):e["end"] + 16])
            own_phone = re.search(r"\d{7,}", unicodedata.normalize("NFKC", text[e["end"]:e["end"] + 16]).replace("-", ""))
            # a mention with its own phone beside it is told apart by it, not by the name's other mentions
            org_id = org_at.get(i) or (None if own_phone else orgs.get(name))
            if org_id is None and name in posts and res.locality is not None:
                org_id = self._agency_before(text[max(0, e["start"] - 24):e["start"]], res.locality)
                if org_id is not None and org_id not in res.nodes:
                    res.nodes[org_id] = self._existing(org_id, "named before the post without its place")
            key = ("PERSON", name, org_id or ("phone" if own_phone else ""))
            if key in by_text and by_text[key] in res.entity_nodes:
                res.entity_nodes[i] = res.entity_nodes[by_text[key]]
                continue
            org = res.nodes.get(org_id) if org_id else None
            node, cands = self.person(name, org, doc_key, res.nodes, doc=view, post=posts.get(name), window=window,
                                      tie=ties.get(name), before=simplified(text[max(0, e["start"] - 12):e["start"]]),
                                      id_hash=id_number_hash_near(text[e["end"]:e["end"] + 40]))
            if org_id:
                res.person_orgs[i] = org_id
                res.facts.append((node.id, org_id, posts.get(name)))
            by_text[key] = i
            add(i, node)
            res.candidates.extend(cands)
        for i, e in enumerate(ents):
            if e["label"] != "PROJECT_NO":
                continue
            no = _SPACES.sub("", unicodedata.normalize("NFKC", e["text"]))
            if not no:
                continue
            props = {"project_no": no}
            if res.locality is not None:
                props["region"] = res.locality.region
            node_id = make_id("project", no)
            add(i, ResolvedNode("Project", node_id, props, True, reason="project number"))
        # candidates only between nodes that both exist after this document
        seen: set[tuple[str, str]] = set()
        kept = []
        for c in res.candidates:
            if (c.start, c.end) in seen or c.start == c.end:
                continue
            seen.add((c.start, c.end))
            kept.append(c)
        res.candidates = kept
        return res

    @staticmethod
    def _credit_codes(ents: list[dict[str, Any]], identifiers: Iterable[dict[str, Any]], text: str) -> dict[int, str]:
        out: dict[int, str] = {}
        companies = [(i, e) for i, e in enumerate(ents) if e["label"] == "COMPANY"]
        for ident in identifiers:
            if ident.get("type") != "credit_code":
                continue
            code = credit_code.clean(ident.get("text") or "")
            if code is None:
                continue
            start = int(ident.get("start") or 0)
            before = [(i, e) for i, e in companies if e["end"] <= start and start - e["end"] <= 40
                      and "\n" not in text[e["end"]:start]]
            if before:
                i, _ = before[-1]
                out.setdefault(i, code)
        return out

