""""Double random, one public" inspections (双随机一公开, 002 五至七; 003 第二十一条) in the graph.

- **Registers** kept over time (``RegisterEntry`` with a period): the inspector register (执法人员库,
  002 五: officials of the supervising departments) and the target register (检查对象名录库, 002 六:
  parties and projects, with a risk grade). A draw reads them as of its date, so it re-runs the same later.
- **Plan** (:func:`plan`): the inspection, its initiator, how many targets and inspectors per target,
  and the **commitment** ``sha256(seed)`` — stored before the draw; the seed stays with the planner.
- **Draw** (:func:`draw`): the seed is revealed and checked against the commitment; targets are drawn
  weighted (watch list, past findings, risk: :mod:`graph.rules.draw`) and inspectors matched excluding the
  conflicts the graph shows (:func:`conflicts`): an inspector of the target's purchaser, a relative
  (FAMILY) of a person tied to the target, a past employer (WORKS_AT) of the inspector.
- **Verify** (:func:`verify`): the commitment, the registers as of the date (their digest) and the
  re-run outcome must all equal what was recorded.
- **Results** (:func:`record_results`): completion starts ``publish_inspection`` (5 working days, 002 七),
  owed by the initiator until published; :mod:`graph.overdue` lists it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import secrets
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.errors import LiandongError
from graph.rules import draw as rules
from graph.types import dates
from graph.types.values import native
from graph.writer import RecordFactory, Unit, Writer, update_node, write_unit

CLAUSE = "002 七; 003 第二十一条"
SOURCE = "cli:inspect"
CONFLICT_ZH = {"purchaser": "检查对象的采购人的工作人员", "relative": "亲属关系", "employer": "曾在检查对象任职"}

# both registers in one row: one string per entry (``line``), filtered by date and field here — on the
# embedded server a row per entry, or several properties per entry, is several times slower at 100,000
REGISTERS = cypher(
    "inspections.registers",
    "MATCH (e:RegisterEntry) RETURN collect(e.line) AS lines",
)
WATCHED = cypher(
    "inspections.watched",
    "MATCH (w:WatchListEntry)-[:AGAINST]->(p)\n"
    "WHERE w.start <= $on AND (w.end IS NULL OR $on <= w.end) AND (w.removed IS NULL OR $on < w.removed)\n"
    "RETURN collect(DISTINCT p.id) AS ids",
    on=None,
)
FINDINGS = cypher(
    "inspections.findings",
    "MATCH (s:Sanction)-[:AGAINST]->(p)\n"
    "WHERE s.start < $on\n"
    "RETURN collect(p.id) AS ids",
    on=None,
)
# conflicts: anchored on the drawn targets' ids (UNWIND + a labelled id lookup uses the id constraint)
PROJECT_PARTIES = cypher(
    "inspections.project_parties",
    "UNWIND $targets AS tid\n"
    "MATCH (p:Project {id: tid})<-[:FOR_PROJECT]-(:Bid)<-[:SUBMITTED]-(c:Company)\n"
    "RETURN DISTINCT p.id AS target, c.id AS party",
    targets=[],
)
PURCHASERS = cypher(
    "inspections.purchasers",
    "UNWIND $targets AS tid\n"
    "MATCH (p:Project {id: tid})<-[:PURCHASED]-(a:Agency)\n"
    "RETURN p.id AS target, a.id AS agency\n"
    "UNION\n"
    "UNWIND $targets AS tid\n"
    "MATCH (c:Company {id: tid})-[:WON]->(:Project)<-[:PURCHASED]-(a:Agency)\n"
    "RETURN c.id AS target, a.id AS agency",
    targets=[],
)
RELATIVES = cypher(
    "inspections.relatives",
    "UNWIND $parties AS pid\n"
    "MATCH (c:Company {id: pid})<-[:WORKS_AT|LEGAL_REP_OF|SHAREHOLDER_OF|MANAGES|CONTROLS]-(r)-[:FAMILY]-(o:Official)\n"
    "RETURN DISTINCT o.id AS inspector, c.id AS party, r.name AS via\n"
    "UNION\n"
    "UNWIND $parties AS pid\n"
    "MATCH (t:Person {id: pid})-[:FAMILY]-(o:Official)\n"
    "RETURN DISTINCT o.id AS inspector, t.id AS party, t.name AS via",
    parties=[],
)
EMPLOYERS = cypher(
    "inspections.employers",
    "UNWIND $parties AS pid\n"
    "MATCH (x:Company {id: pid})<-[:WORKS_AT]-(o:Official)\n"
    "RETURN DISTINCT o.id AS inspector, x.id AS place\n"
    "UNION\n"
    "UNWIND $agencies AS aid\n"
    "MATCH (x:Agency {id: aid})<-[:WORKS_AT]-(o:Official)\n"
    "RETURN DISTINCT o.id AS inspector, x.id AS place",
    parties=[], agencies=[],
)
INSPECTION = cypher(
    "inspections.get",
    "MATCH (i:Inspection)\n"
    "WHERE i.id = $ref OR i.name = $ref\n"
    "RETURN i.id AS id, i.name AS name, i.date AS date, i.kind AS kind, i.initiator AS initiator,\n"
    "  i.field AS field, i.scope AS scope, i.method AS method, i.n_targets AS n_targets, i.per_target AS per_target,\n"
    "  i.commitment AS commitment, i.seed AS seed, i.result AS result, i.result_hash AS result_hash,\n"
    "  i.completed AS completed, i.published AS published, i.findings AS findings",
    ref="双随机抽查2024-1",
)
DRAWN = cypher(
    "inspections.drawn",
    "MATCH (i:Inspection)\n"
    "WHERE i.kind = 'double_random' AND i.seed IS NOT NULL\n"
    "RETURN i.id AS id ORDER BY i.date, i.id",
)
STORE_DRAW = cypher(
    "inspections.store_draw",
    "MATCH (i:Inspection {id: $id}) WHERE i.seed IS NULL\n"
    "SET i.seed = $seed, i.result = $result, i.result_hash = $hash, i.drawn = $drawn\n"
    "RETURN i.id AS id",
    writes=True, id="inspection:x", seed="s", result="{}", hash="h", drawn=None,
)
NAMES = cypher(
    "inspections.names",
    "MATCH (n) WHERE n.id IN $ids\n"
    "RETURN n.id AS id, coalesce(n.name, n.project_no) AS name, n.agency_id AS agency",
    ids=[],
)
FIND_MEMBER = cypher(
    "inspections.find_member",
    "MATCH (n)\n"
    "WHERE (n:Company OR n:Person OR n:Official OR n:Project)\n"
    "  AND (n.id = $q OR n.name = $q OR n.credit_code = $q OR n.project_no = $q)\n"
    "RETURN n.id AS id",
    q="某公司",
)


class InspectionError(LiandongError):
    """An unknown inspection, a wrong seed, a draw made twice, or a bad register row."""


# -- registers ------------------------------------------------------------------------------------

def entry_props(register: str, member_id: str, start: dt.date, end: dt.date | None = None, *,
                agency: str | None = None, field: str | None = None, risk: int | None = None) -> dict[str, Any]:
    """A RegisterEntry's properties, with ``line`` (what a draw reads) made from them — every write of an
    entry goes through here so the two never disagree."""
    parts = (register, member_id, start.isoformat(), end.isoformat() if end else "", str(risk or 0), field or "",
             agency or "")
    if any("|" in x for x in parts):
        raise InspectionError(f"a register entry may not contain '|': {parts}")
    return {"register": register, "member_id": member_id, "start": start, "end": end, "agency": agency,
            "field": field, "risk": risk, "line": "|".join(parts)}


def load_register(graph: Graph, path: str | Path, *, synthetic: bool = False) -> dict[str, int]:
    """Load register rows (CSV, UTF-8) — columns: ``register`` (inspectors | targets), ``member`` (an id,
    or a name: an official with ``agency``; a company, person or project number), ``start``, ``end``,
    ``agency`` (an inspector's agency id), ``field``, ``risk`` (0–3). An inspector named with an agency
    is created as an Official of that agency; a target must be in the graph or is created as a Company."""
    source = f"register:{Path(path).name}"
    counts = {"inspectors": 0, "targets": 0}
    lists: list[tuple[str, str]] = []
    with open(path, encoding="utf-8-sig", newline="") as fh, Writer(graph, synthetic=synthetic) as w:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            reg, member = row.get("register"), row.get("member")
            if reg not in counts or not member:
                raise InspectionError(f"{path}: row {n}: register must be inspectors or targets, member given")
            start = dates.parse(row.get("start"))
            end = dates.parse(row["end"]) if row.get("end") else None
            if start is None or (row.get("end") and end is None):
                raise InspectionError(f"{path}: row {n}: start (and end) must be dates like 2024-01-01")
            agency = row.get("agency") or None
            if ":" in member:
                mid = member
            elif reg == "inspectors":
                if not agency:
                    raise InspectionError(f"{path}: row {n}: an inspector named {member!r} needs its agency id")
                mid = w.node("Official", {"name": member, "agency_id": agency}, source=source)
                w.rel("WORKS_AT", mid, agency, source=source)
            else:
                found = graph.read(FIND_MEMBER, {"q": member})
                if len(found) > 1:
                    raise InspectionError(f"{path}: row {n}: {member!r} fits {len(found)} nodes — give the id")
                mid = found[0]["id"] if found else w.node("Company", {"key": member, "name": member}, source=source)
            eid = w.node("RegisterEntry", entry_props(reg, mid, start, end, agency=agency,
                                                      field=row.get("field") or None,
                                                      risk=int(row["risk"]) if row.get("risk") else None),
                         source=source)
            lists.append((eid, mid))
            counts[reg] += 1
        w.flush()
        for eid, mid in lists:  # after the nodes, so each end exists
            w.rel("LISTS", eid, mid, source=source)
    return counts


# -- plan, draw, verify ---------------------------------------------------------------------------

def plan(graph: Graph, name: str, *, on: dt.date, initiator: str, n_targets: int, per_target: int,
         field: str | None = None, scope: str | None = None, method: str | None = None, seed: str | None = None,
         source: str = SOURCE, synthetic: bool = False) -> tuple[str, str]:
    """Record a planned draw with the commitment to its seed; returns (inspection id, seed). Keep the seed
    sealed until the draw: only its sha256 is stored (and may be published) now."""
    seed = seed or secrets.token_hex(16)
    f = RecordFactory(synthetic=synthetic)
    rec = f.node("Inspection", {"name": name, "date": on, "kind": "double_random", "initiator": initiator,
                                "n_targets": n_targets, "per_target": per_target, "field": field, "scope": scope,
                                "method": method, "commitment": rules.commitment(seed)}, source=source)
    if graph.read(INSPECTION, {"ref": rec.id}):
        raise InspectionError(f"an inspection {name!r} on {on} is already planned ({rec.id})")
    write_unit(graph, Unit(nodes=[rec], rels=[f.rel("INITIATED", initiator, rec.id, source=source)]))
    return rec.id, seed


def inspection(graph: Graph, ref: str) -> dict[str, Any]:
    rows = graph.read(INSPECTION, {"ref": ref})
    if len(rows) != 1:
        raise InspectionError(f"{'no' if not rows else 'more than one'} inspection {ref!r}" + (" — give its id" if rows else ""))
    r = rows[0]
    for k in ("date", "completed", "published"):
        r[k] = native(r[k])
    return r


def registers(graph: Graph, on: dt.date, field: str | None) -> tuple[list[rules.Candidate], list[rules.Inspector]]:
    """The target and inspector registers as of ``on``, with each target's watch-list and finding counts."""
    watched = {i for r in graph.read(WATCHED, {"on": on}) for i in r["ids"]}
    findings = Counter(i for r in graph.read(FINDINGS, {"on": on}) for i in r["ids"])
    day = on.isoformat()
    targets: dict[str, rules.Candidate] = {}
    inspectors: dict[str, rules.Inspector] = {}
    rows = graph.read(REGISTERS)
    for line in (rows[0]["lines"] if rows else []):
        if not line:
            continue
        reg, mid, start, end, risk, fld, agency = line.split("|")
        if start > day or (end and day > end):  # ISO dates compare as strings
            continue
        if reg == "targets":
            if field is not None and fld != field:
                continue
            t = rules.Candidate(mid, int(risk), mid in watched, int(findings.get(mid, 0)))
            if mid not in targets or t.weight > targets[mid].weight:
                targets[mid] = t
        elif reg == "inspectors" and (field is None or not fld or fld == field):
            inspectors[mid] = rules.Inspector(mid, agency)
    return sorted(targets.values(), key=lambda t: t.id), sorted(inspectors.values(), key=lambda i: i.id)


@dataclass
class Conflicts:
    by_target: dict[str, set[str]] = field(default_factory=dict)
    reasons: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (target, inspector) -> why

    def add(self, target: str, inspector: str, why: str) -> None:
        self.by_target.setdefault(target, set()).add(inspector)
        self.reasons.setdefault((target, inspector), []).append(why)


def conflicts(graph: Graph, targets: list[str], inspectors: list[rules.Inspector]) -> Conflicts:
    """Which inspectors may not inspect which targets, found through the graph:

    - purchaser: the inspector's agency (or a WORKS_AT agency) purchased the target project, or a project
      the target company won;
    - relative: FAMILY between the inspector and a person who is the target or works at, represents, owns,
      manages or controls the target (for a project: any company that bid on it);
    - employer: the inspector WORKS_AT (or did) the target or such a bidder."""
    out = Conflicts()
    parties: dict[str, set[str]] = {t: {t} for t in targets}
    for r in graph.read(PROJECT_PARTIES, {"targets": targets}):
        parties[r["target"]].add(r["party"])
    owners: dict[str, set[str]] = {}
    for t, ps in parties.items():
        for p in ps:
            owners.setdefault(p, set()).add(t)
    ids = {i.id for i in inspectors}
    by_agency: dict[str, set[str]] = {}
    for i in inspectors:
        by_agency.setdefault(i.agency, set()).add(i.id)
    purchasers: dict[str, set[str]] = {}
    for r in graph.read(PURCHASERS, {"targets": targets}):
        purchasers.setdefault(r["agency"], set()).add(r["target"])
    employers = [r for r in graph.read(EMPLOYERS, {"parties": sorted(owners), "agencies": sorted(purchasers)})
                 if r["inspector"] in ids]
    for agency, ts in purchasers.items():
        staff = set(by_agency.get(agency, set())) | {r["inspector"] for r in employers if r["place"] == agency}
        for t in ts:
            for who in staff:
                out.add(t, who, "purchaser")
    for r in employers:
        for t in owners.get(r["place"], ()):
            out.add(t, r["inspector"], "employer")
    for r in graph.read(RELATIVES, {"parties": sorted(owners)}):
        if r["inspector"] not in ids:
            continue
        for t in owners.get(r["party"], ()):
            out.add(t, r["inspector"], f"relative ({r['via']})")
    return out


def _run(graph: Graph, insp: dict[str, Any], seed: str) -> tuple[rules.Outcome, str, Conflicts]:
    targets, inspectors = registers(graph, insp["date"], insp["field"])
    if not targets:
        raise InspectionError(f"the target register is empty on {insp['date']}")
    digest = rules.inputs_hash(targets, inspectors)
    drawn = rules.draw_targets(seed, targets, insp["n_targets"])
    found = conflicts(graph, [t.id for t in drawn], inspectors)
    outcome = rules.run(seed, targets, inspectors, found.by_target, insp["n_targets"], insp["per_target"], drawn=drawn)
    return outcome, digest, found


def draw(graph: Graph, ref: str, seed: str, *, source: str = SOURCE, synthetic: bool = False) -> dict[str, Any]:
    """Reveal ``seed`` (it must match the commitment), draw, and store the result with the registers' digest."""
    insp = inspection(graph, ref)
    if insp["seed"] is not None:
        raise InspectionError(f"{insp['name']} was already drawn; `liandong inspect verify` re-runs it")
    if rules.commitment(seed) != insp["commitment"]:
        raise InspectionError(f"the seed does not match the commitment {insp['commitment'][:16]}… stored at planning")
    outcome, digest, found = _run(graph, insp, seed)
    record = {"inputs": digest, "outcome": json.loads(outcome.to_json()),
              "why": {f"{t}|{i}": w for (t, i), w in sorted(found.reasons.items())}}
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    graph.write(STORE_DRAW, {"id": insp["id"], "seed": seed, "result": text,
                             "hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                             "drawn": dt.datetime.now(dt.UTC)})
    f = RecordFactory(synthetic=synthetic)
    rels = []
    for t in outcome.targets:
        if f.schema.label_of_id(t["id"]) in ("Company", "Project", "Agency"):
            rels.append(f.rel("INSPECTED", insp["id"], t["id"], source=source))
        rels += [f.rel("PARTICIPATED", i, insp["id"], source=source) for i in t["inspectors"]]
    write_unit(graph, Unit(rels=rels))
    return record


@dataclass(frozen=True)
class Verification:
    id: str
    name: str
    ok: bool
    problems: tuple[str, ...]


def verify(graph: Graph, ref: str) -> Verification:
    """Re-run a recorded draw from its revealed seed and the registers as of its date."""
    insp = inspection(graph, ref)
    problems = []
    if insp["seed"] is None:
        return Verification(insp["id"], insp["name"], False, ("not drawn yet",))
    if rules.commitment(insp["seed"]) != insp["commitment"]:
        problems.append("the revealed seed does not match the commitment")
    if hashlib.sha256(insp["result"].encode("utf-8")).hexdigest() != insp["result_hash"]:
        problems.append("the stored result was altered (its hash differs)")
    stored = json.loads(insp["result"])
    outcome, digest, _ = _run(graph, insp, insp["seed"])
    if digest != stored["inputs"]:
        problems.append(f"the registers as of {insp['date']} differ from those drawn from")
    if json.loads(outcome.to_json()) != stored["outcome"]:
        problems.append("re-running the draw gives a different list")
    return Verification(insp["id"], insp["name"], not problems, tuple(problems))


# -- joint inspections (联合检查/联合执法, 000 三(二); 003 第十八至二十条) ----------------------------------

JOINT_CLAUSE = "003 第十九条"
FINDING_CLAUSE = "003 第二十条"
JOINT = cypher(
    "inspections.joint",
    "MATCH (i:Inspection {id: $id})\n"
    "RETURN i.name AS name, i.date AS date, i.purpose AS purpose, i.scope AS scope, i.method AS method,\n"
    "  head([(a:Agency)-[:INITIATED]->(i) | a.name]) AS initiator,\n"
    "  [(a:Agency)-[r:PARTICIPATED]->(i) | {agency: a.name, role: r.role}] AS members,\n"
    "  [(i)-[:INSPECTED]->(t) | coalesce(t.name, t.project_no)] AS targets,\n"
    "  [(i)-[:FOUND]->(t) | {id: t.id, number: coalesce(t.clue_no, t.case_no), summary: coalesce(t.summary, t.title),\n"
    "     holder: head([(h:Agency)-[:HOLDS]->(t) | h.name]), competent: head([(t)-[:COMPETENT]->(c:Agency) | c.name])}]\n"
    "    AS findings",
    id="inspection:x",
)


def plan_joint(graph: Graph, name: str, *, on: dt.date, initiator: str, members: dict[str, str], targets: list[str],
               purpose: str, scope: str | None = None, method: str | None = None, source: str = SOURCE,
               synthetic: bool = False) -> str:
    """A joint inspection's plan (003 第十九条): the initiator drafts it with the members — each member's
    role, the purpose, the targets, scope, time and method. ``members``: agency id -> role."""
    if not members:
        raise InspectionError("a joint inspection needs its member agencies and their roles (003 第十九条)")
    f = RecordFactory(synthetic=synthetic)
    rec = f.node("Inspection", {"name": name, "date": on, "kind": "joint", "initiator": initiator, "purpose": purpose,
                                "scope": scope, "method": method}, source=source)
    rels = [f.rel("INITIATED", initiator, rec.id, source=source)]
    rels += [f.rel("PARTICIPATED", a, rec.id, {"role": role}, source=source) for a, role in members.items()]
    rels += [f.rel("INSPECTED", rec.id, t, source=source) for t in targets]
    write_unit(graph, Unit(nodes=[rec], rels=rels))
    return rec.id


def record_finding(graph: Graph, ref: str, *, number: str, by: str, on: dt.date, summary: str, competent: str,
                   violations: tuple[str, ...] = (), about: str | None = None, doc_no: str | None = None,
                   source: str = SOURCE, synthetic: bool = False) -> str:
    """A violation found in a joint inspection becomes a thread (a clue found by ``by``) through the ordinary
    lifecycle (003 第二十条): the competent member handles it; found by another member, it must be transferred
    (transfer_case, 5 working days, 003 第十三条) — ``liandong overdue`` shows it until then."""
    from graph.lifecycle import Letter, open_thread

    insp = inspection(graph, ref)
    tid = open_thread(graph, number, agency=by, on=on, letter=Letter(doc_no or number, "联合检查发现问题"),
                      summary=summary, violations=list(violations), competent=competent, source=source,
                      synthetic=synthetic)
    f = RecordFactory(synthetic=synthetic)
    rels = [f.rel("FOUND", insp["id"], tid, source=source)]
    if about:
        rels.append(f.rel("ABOUT", tid, about, source=source))
    write_unit(graph, Unit(rels=rels))
    return tid


def joint(graph: Graph, ref: str) -> dict[str, Any]:
    insp = inspection(graph, ref)
    r = graph.read(JOINT, {"id": insp["id"]})[0]
    r["date"] = native(r["date"])
    return {**r, "id": insp["id"]}


def verify_all(graph: Graph) -> list[Verification]:
    return [verify(graph, r["id"]) for r in graph.read(DRAWN)]


def record_results(graph: Graph, ref: str, *, completed: dt.date | None = None, findings: str | None = None,
                   published: dt.date | None = None) -> dict[str, Any]:
    """Completion starts publish_inspection (5 working days, 002 七); publication completes it."""
    insp = inspection(graph, ref)
    if published is not None and (completed or insp["completed"]) is None:
        raise InspectionError("record the completion (--completed) before the publication")
    given = {"completed": completed, "findings": findings, "published": published}
    update_node(graph, "Inspection", insp["id"], {k: v for k, v in given.items() if v is not None})
    return inspection(graph, insp["id"])


def names(graph: Graph, ids: list[str]) -> dict[str, str]:
    return {r["id"]: r["name"] for r in graph.read(NAMES, {"ids": sorted(set(ids))})}
