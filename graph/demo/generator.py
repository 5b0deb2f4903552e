"""The demo county's bulk records: officials and families, companies, projects and bids, and the
planted structures (conflict-of-interest chain, bid-rigging ring, blacklisted winner).

:class:`DemoCounty` is deterministic in ``(seed, size)``; its :meth:`~DemoCounty.records` is a
generator, so any size streams through the :class:`~graph.writer.Writer` with memory bounded by
the batch plus a few ids per company. The planted facts (:attr:`DemoCounty.planted`) depend on
the seed only — not on the size — and are known before anything is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.demo.names import (
    address,
    bank_account,
    company_name,
    credit_code,
    ip_address,
    person_name,
    phone,
)
from graph.demo.planted import (
    BlacklistedWinner,
    ConflictChain,
    Planted,
    RiggingRing,
    referral_plants,
)
from graph.errors import InvalidData
from graph.ids import make_id
from graph.reference import load_directory
from graph.schema import load_schema
from graph.writer import NodeRecord, RecordFactory, RelRecord

COUNTY_FILE = Path(__file__).with_name("county.yaml")
REGION, CITY = "示例县", "示例市"
SOURCE = "demo:示例县"
DEFAULT_SEED = 20240315
SIZES = {"small": 2_000, "medium": 20_000, "large": 1_000_000}
NODES_PER_PROJECT = 9.0  # measured ≈ 9.4 (tests check the counts scale); lower = safe side
PURCHASERS = ["示例县教育局", "示例县卫生健康局", "示例县交通运输局", "示例县水利局", "示例县农业农村局",
              "示例县城市管理局", "示例县人民医院", "示例县第一中学", "示例县自然资源局", "示例县民政局",
              "示例县文化和旅游局", "示例县应急管理局", "示例县机关事务服务中心", "示例县中医院",
              "示例县城关镇人民政府", "示例县青石镇人民政府", "示例县柳林镇人民政府", "示例县白沙镇人民政府"]
ITEMS = {"construction": ["道路改造工程", "校舍维修工程", "农田水利工程", "管网改造工程", "绿化提升工程"],
         "goods": ["教学设备", "医疗设备", "办公家具", "信息化设备", "食材配送"],
         "services": ["物业管理服务", "保安服务", "审计咨询服务", "环卫保洁服务", "软件运维服务"]}
POSITIONS = ["局长", "副局长", "副局长", "科长", "副科长", "科员", "科员", "科员"]
Record = NodeRecord | RelRecord
CompanyFacts = tuple[str, str, str, str, str, str, str]  # id, key, sector, ip id, account id, phone id, rep id
N_PLANTED_COMPANIES = 7  # companies 0..6 are planted (ring 0-3, conflict 4, blacklisted 5, control 6)


@dataclass(frozen=True)
class Scale:
    target_nodes: int
    projects: int
    companies: int
    officials_per_agency: int
    experts: int

    @classmethod
    def of(cls, size: str | int) -> Scale:
        """``small|medium|large`` or a node count (≥ 1000); 200 projects at least."""
        if isinstance(size, str):
            if size.isdigit():
                size = int(size)
            elif size in SIZES:
                size = SIZES[size]
            else:
                raise InvalidData(f"size {size!r}: use small, medium, large or a node count like 1000000")
        if size < 1000:
            raise InvalidData(f"size {size}: the demo county needs at least 1000 nodes")
        projects = max(200, math.ceil(size / NODES_PER_PROJECT))
        return cls(size, projects, max(60, projects // 2), max(3, projects // 400), max(30, projects // 40))


class DemoCounty:
    def __init__(self, seed: int = DEFAULT_SEED, size: str | int = "small") -> None:
        self.seed = seed
        self.scale = Scale.of(size)
        self.f = RecordFactory(load_schema(), synthetic=True)
        directory = load_directory(COUNTY_FILE, builtin=False)
        self.agencies = {a.name: a.id for a in directory.agencies()}
        self.region_id = make_id("region", REGION)
        self.purchasers = {n: make_id("agency", REGION, n) for n in PURCHASERS}
        self._persons = 0
        self.planted = self._plan_planted()

    # -- helpers ----------------------------------------------------------------------------
    def _node(self, label: str, props: dict[str, object]) -> NodeRecord:
        return self.f.node(label, props, source=SOURCE)

    def _rel(self, rtype: str, a: str, b: str, props: dict[str, object] | None = None) -> RelRecord:
        return self.f.rel(rtype, a, b, props, source=SOURCE)

    def _person(self, name: str) -> NodeRecord:
        self._persons += 1
        h = hashlib.sha1(f"{self.seed}-person-{self._persons}".encode()).hexdigest()[:16]
        return self._node("Person", {"name": name, "context": h, "id_number_hash": h})

    def _planted_person_props(self, name: str, role: str) -> dict[str, object]:
        h = hashlib.sha1(f"{self.seed}-planted-{role}".encode()).hexdigest()[:16]
        return {"name": name, "context": h, "id_number_hash": h}

    def company_key(self, i: int) -> str:
        return credit_code(i)

    def company_id(self, i: int) -> str:
        return make_id("company", self.company_key(i))

    # -- planted facts (seed only) ----------------------------------------------------------
    def _plan_planted(self) -> Planted:
        rng = random.Random(f"{self.seed}-planted")
        edu = self.purchasers["示例县教育局"]
        official = person_name(rng)
        spouse = person_name(rng)
        rep = person_name(rng)
        ring = tuple(range(4))
        ring_projects = tuple(f"SLXCG-2023-R{k + 1:02d}" for k in range(6))
        person = self.f.schema.node("Person")
        return Planted(
            seed=self.seed,
            conflict=ConflictChain(
                agency_id=edu, agency_name="示例县教育局",
                official_id=make_id("official", edu, official), official_name=official, position="副局长",
                spouse_id=person.make_id(self._planted_person_props(spouse, "spouse")), spouse_name=spouse, company_id=self.company_id(4), company_name=company_name(4)[0],
                project_id=make_id("project", "SLXCG-2023-C01"), project_no="SLXCG-2023-C01"),
            ring=RiggingRing(
                company_ids=tuple(self.company_id(i) for i in ring),
                company_names=tuple(company_name(i)[0] for i in ring),
                phone=phone(9_000_001), phone_id=make_id("phone", phone(9_000_001)),
                ip=ip_address(9_000_001), ip_id=make_id("ip", ip_address(9_000_001)),
                legal_rep_id=person.make_id(self._planted_person_props(rep, "ring-rep")), legal_rep_name=rep,
                project_ids=tuple(make_id("project", p) for p in ring_projects), project_nos=ring_projects,
                winner_ids=tuple(self.company_id(ring[k % 4]) for k in range(len(ring_projects)))),
            blacklist=BlacklistedWinner(
                company_id=self.company_id(5), company_name=company_name(5)[0],
                authority_id=self.agencies["示例县发展和改革委员会"],
                start=dt.date(2023, 6, 1), end=dt.date(2024, 5, 31),
                project_id=make_id("project", "SLXCG-2023-B01"), project_no="SLXCG-2023-B01", won=dt.date(2023, 9, 14),
                control_company_id=self.company_id(6), control_project_no="SLXCG-2023-B02"),
            referrals=referral_plants(self.agencies),
        )

    # -- the stream -------------------------------------------------------------------------
    def records(self) -> Iterator[Record]:
        """Every record of the county, nodes before the relationships that need them."""
        self._persons = 0
        rng = random.Random(f"{self.seed}-bulk")
        yield from self._purchasers()
        yield from self._officials(rng)
        companies = yield from self._companies(rng)
        experts = yield from self._experts(rng)
        yield from self._planted_records(rng, companies, experts)
        yield from self._projects(rng, companies, experts)

    def _purchasers(self) -> Iterator[Record]:
        for name, aid in self.purchasers.items():
            yield self._node("Agency", {"name": name, "region": REGION, "kind": "purchaser", "level": "county"})
            yield self._rel("LOCATED_IN", aid, self.region_id)

    def _officials(self, rng: random.Random) -> Iterator[Record]:
        conflict = self.planted.conflict
        for agency_id in [*self.agencies.values(), *self.purchasers.values()]:
            used: set[str] = set()
            for k in range(self.scale.officials_per_agency):
                name = person_name(rng)
                while name in used or name == conflict.official_name:
                    name = person_name(rng)
                used.add(name)
                yield from self._official(rng, agency_id, name, POSITIONS[k % len(POSITIONS)])

    def _official(self, rng: random.Random, agency_id: str, name: str, position: str,
                  spouse_name: str | None = None) -> Iterator[Record]:
        off = self._node("Official", {"name": name, "agency_id": agency_id, "position": position,
                                      "party_member": rng.random() < 0.8})
        yield off
        yield self._rel("WORKS_AT", off.id, agency_id, {"position": position, "start": dt.date(2015 + rng.randrange(8), 1 + rng.randrange(12), 1)})
        if spouse_name is None:
            spouse = self._person(person_name(rng))
        else:
            spouse = self._node("Person", self._planted_person_props(spouse_name, "spouse"))
        yield spouse
        yield self._rel("FAMILY", off.id, spouse.id, {"relation": "spouse"})
        if spouse_name is None and rng.random() < 0.5:
            child = self._person(name[0] + person_name(rng)[1:])
            yield child
            yield self._rel("FAMILY", off.id, child.id, {"relation": "child"})

    def _company(self, rng: random.Random, i: int, *, phone_no: str | None = None, ip: str | None = None,
                 rep: NodeRecord | None = None) -> Iterator[Record]:
        name, sector = company_name(i)
        key = self.company_key(i)
        c = self._node("Company", {"key": key, "name": name, "credit_code": key,
                                   "region": REGION if rng.random() < 0.9 else CITY,
                                   "registered": dt.date(2005 + rng.randrange(17), 1 + rng.randrange(12), 1 + rng.randrange(28))})
        yield c
        yield self._rel("LOCATED_IN", c.id, self.region_id)
        if rep is None:
            rep = self._person(person_name(rng))
            yield rep
        yield self._rel("LEGAL_REP_OF", rep.id, c.id)
        yield self._rel("SHAREHOLDER_OF", rep.id, c.id, {"share": 0.51})
        if rng.random() < 0.6:
            other = self._person(person_name(rng))
            yield other
            yield self._rel("SHAREHOLDER_OF", other.id, c.id, {"share": 0.49})
        ph = self._node("Phone", {"number": phone_no or phone(i)})
        ad = self._node("Address", {"text": address(i)})
        ac = self._node("BankAccount", {"number": bank_account(i), "bank": "示例农村商业银行"})
        ipn = self._node("IPAddress", {"address": ip or ip_address(i), "kind": "ip"})
        yield from (ph, ad, ac, ipn)
        yield self._rel("HAS_PHONE", c.id, ph.id)
        yield self._rel("HAS_ADDRESS", c.id, ad.id)
        yield self._rel("HAS_ACCOUNT", c.id, ac.id)
        self._last = (c.id, key, sector, ipn.id, ac.id, ph.id, rep.id)

    def _companies(self, rng: random.Random) -> Generator[Record, None, dict[str, list[CompanyFacts]]]:
        """Bulk companies (index ≥ N_PLANTED_COMPANIES); returns per-sector lists of their facts."""
        by_sector: dict[str, list[CompanyFacts]] = {"construction": [], "goods": [], "services": []}
        for i in range(N_PLANTED_COMPANIES, N_PLANTED_COMPANIES + self.scale.companies):
            yield from self._company(rng, i)
            by_sector[self._last[2]].append(self._last)
        return by_sector

    def _experts(self, rng: random.Random) -> Generator[Record, None, list[str]]:
        ids = []
        for _ in range(self.scale.experts):
            p = self._person(person_name(rng))
            yield p
            ids.append(p.id)
        return ids

    def _project(self, rng: random.Random, no: str, purchaser: str, sector: str, opened: dt.date,
                 bidders: list[CompanyFacts], experts: list[str], *, fixed_order: bool = False,
                 prices: list[float] | None = None) -> Iterator[Record]:
        """A project with its bids; the lowest price wins. ``fixed_order``: bidders[0] wins, in the order given."""
        budget = float(rng.randrange(50, 5000) * 1000)
        item = rng.choice(ITEMS[sector])
        p = self._node("Project", {"project_no": no, "name": f"{purchaser_short(purchaser, self.purchasers)}{item}项目",
                                   "region": REGION, "budget": budget, "opened": opened, "sector": sector,
                                   "method": "public_tender" if budget >= 1_000_000 else rng.choice(["competitive_negotiation", "inquiry"])})
        yield p
        yield self._rel("PURCHASED", purchaser, p.id)
        yield self._rel("LOCATED_IN", p.id, self.region_id)
        for e in rng.sample(experts, 3):
            yield self._rel("EVALUATED", e, p.id)
        if prices is None:
            prices = sorted(round(budget * rng.uniform(0.82, 0.99), 2) for _ in bidders)
        ranked = list(bidders) if fixed_order else rng.sample(bidders, len(bidders))
        for rank, (b, price) in enumerate(zip(ranked, prices), start=1):
            cid, key, _sector, ip, account, ph, rep = b
            bid = self._node("Bid", {"project_no": no, "bidder_key": key, "price": price, "rank": rank, "winner": rank == 1,
                                     "submitted": dt.datetime.combine(opened - dt.timedelta(days=1), dt.time(9 + rng.randrange(8), rng.randrange(60)))})
            yield bid
            yield self._rel("SUBMITTED", cid, bid.id)
            yield self._rel("FOR_PROJECT", bid.id, p.id)
            yield self._rel("SUBMITTED_FROM", bid.id, ip)
            yield self._rel("PAID_BOND_FROM", bid.id, account)
            yield self._rel("HAS_PHONE", bid.id, ph)
            yield self._rel("AUTHORED_BY", bid.id, rep)
            if rank == 1:
                yield self._rel("WON", cid, p.id, {"price": price, "date": opened + dt.timedelta(days=3)})

    def _projects(self, rng: random.Random, companies: dict[str, list[CompanyFacts]],
                  experts: list[str]) -> Iterator[Record]:
        start = dt.date(2023, 1, 3)
        span = (dt.date(2024, 2, 29) - start).days
        purchasers = list(self.purchasers.values())
        sectors = [s for s in companies for _ in companies[s]]
        for k in range(self.scale.projects):
            sector = rng.choice(sectors)
            opened = start + dt.timedelta(days=rng.randrange(span))
            pool = companies[sector]
            bidders = rng.sample(pool, min(len(pool), rng.randint(3, 7)))
            no = f"SLXCG-{opened.year}-{k + 1:06d}"
            yield from self._project(rng, no, rng.choice(purchasers), sector, opened, bidders, experts)

    def _planted_records(self, rng: random.Random, companies: dict[str, list[CompanyFacts]],
                         experts: list[str]) -> Iterator[Record]:
        pl = self.planted
        def pool_of(company: CompanyFacts) -> list[CompanyFacts]:
            return companies[company[2]] or companies["goods"]
        # conflict of interest: official -> spouse -> shareholder -> company won the official's agency's project
        c = pl.conflict
        yield from self._official(rng, c.agency_id, c.official_name, c.position, spouse_name=c.spouse_name)
        yield from self._company(rng, 4)
        conflict_co = self._last
        yield self._rel("SHAREHOLDER_OF", c.spouse_id, conflict_co[0], {"share": 0.6})
        yield from self._project(rng, c.project_no, c.agency_id, conflict_co[2], dt.date(2023, 10, 16),
                                 [conflict_co, *rng.sample(pool_of(conflict_co), 3)], experts, fixed_order=True)
        # bid-rigging ring: shared phone, IP and legal representative, rotating winners
        r = pl.ring
        rep = self._node("Person", self._planted_person_props(r.legal_rep_name, "ring-rep"))
        yield rep
        ring = []
        for i in range(4):
            yield from self._company(rng, i, phone_no=r.phone, ip=r.ip, rep=rep)
            ring.append(self._last)
        for k, no in enumerate(r.project_nos):
            opened = dt.date(2023, 3 + k, 6 + k)
            winner = ring[k % 4]
            others = [x for x in ring if x is not winner]
            base = round(1_000_000 + 37_000 * k, 2)
            prices = [round(base * f, 2) for f in (0.951, 0.958, 0.962, 0.969, 0.991)]
            yield from self._project(rng, no, rng.choice(list(self.purchasers.values())), ring[0][2], opened,
                                     [winner, *others, rng.choice(pool_of(ring[0]))], experts, prices=prices,
                                     fixed_order=True)
        # blacklisted bidder that still wins during its period; a control whose period ended
        b = pl.blacklist
        yield from self._company(rng, 5)
        black = self._last
        yield from self._company(rng, 6)
        control = self._last
        for company, start, end, no in ((black, b.start, b.end, "示发改信〔2023〕12号"),
                                        (control, dt.date(2022, 1, 1), dt.date(2022, 12, 31), "示发改信〔2022〕3号")):
            s = self._node("Sanction", {"authority": b.authority_id, "party_key": company[1], "kind": "blacklist",
                                        "start": start, "end": end, "doc_no": no,
                                        "reason": "提供虚假材料谋取中标，列入失信黑名单"})
            yield s
            yield self._rel("IMPOSED", b.authority_id, s.id)
            yield self._rel("AGAINST", s.id, company[0])
        yield from self._project(rng, b.project_no, self.purchasers["示例县卫生健康局"], black[2],
                                 b.won - dt.timedelta(days=3), [black, *rng.sample(pool_of(black), 3)], experts,
                                 fixed_order=True)
        yield from self._project(rng, b.control_project_no, self.purchasers["示例县民政局"], control[2],
                                 dt.date(2023, 5, 8), [control, *rng.sample(pool_of(control), 3)], experts,
                                 fixed_order=True)

    def count(self) -> tuple[Counter[str], Counter[str]]:
        """Nodes per label and relationships per type, without writing (distinct ids)."""
        nodes: Counter[str] = Counter()
        rels: Counter[str] = Counter()
        for r in self.records():
            if isinstance(r, NodeRecord):
                nodes[r.label] += 1
            else:
                rels[r.type] += 1
        return nodes, rels


def purchaser_short(agency_id: str, purchasers: dict[str, str]) -> str:
    for name, aid in purchasers.items():
        if aid == agency_id:
            return name
    return REGION
