"""Reference data into the graph: regions, agencies and mechanisms of the agency directory.

>>> report = load_reference(graph)                       # the four seed localities  # doctest: +SKIP
>>> report = load_reference(graph, "other_county.yaml")  # plus another county     # doctest: +SKIP

What is written (all MERGEd on deterministic ids, so loading twice changes nothing):

* ``Region`` per locality — ``name`` as the directory has it (绵竹市), ``full_name``
  (四川省德阳市绵竹市), ``short_name``, ``level`` — and one per parent region, linked by
  ``LOCATED_IN``;
* ``Agency`` (name, region, kind, level, aliases) ``-[:LOCATED_IN]->`` its Region; the node id
  equals :attr:`graph.rules.agencies.Agency.id`;
* ``Mechanism`` (name, region, rhythm, seed) with ``MEMBER_OF`` from each member and ``LEADS``
  from the lead.

A file is checked completely before anything is written and is written in ONE transaction:
a bad entry raises :class:`ReferenceFileError` naming file, entry and field, with nothing stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph.connection import Graph
from graph.errors import InvalidData, ProgrammingError
from graph.rules.agencies import BUILTIN_PATH, AgencyDirectory, Locality, ReferenceDataError
from graph.types.names import lookup_key
from graph.writer import RecordFactory, Unit, WriteStats, write_unit

BUILTIN_SOURCE = "reference:agencies.yaml"
# the directory's level words -> the schema's (Region.level, Agency.level)
LEVELS = {"province": "province", "city": "prefecture", "county": "county", "district": "district"}


class ReferenceFileError(InvalidData):
    """A reference file has a bad entry; nothing of it was written."""

    def __init__(self, err: ReferenceDataError) -> None:
        super().__init__(f"{err} — fix that entry and load the file again (nothing was written)")
        self.file, self.field = err.path, err.field
        self.entry = err.entry


@dataclass
class ReferenceReport:
    files: list[str]
    regions: int = 0
    agencies: int = 0
    mechanisms: int = 0
    per_file: dict[str, int] = field(default_factory=dict)  # agencies per file
    stats: WriteStats = field(default_factory=WriteStats)


def source_of(path: str | Path) -> str:
    """Provenance string of a reference file (the built-in one is named without its install path)."""
    p = Path(path)
    if p.resolve() == BUILTIN_PATH.resolve():
        return BUILTIN_SOURCE
    return f"reference:{p.resolve()}"


def load_directory(*files: str | Path, builtin: bool = True) -> AgencyDirectory:
    """The agency directory of the built-in file (unless ``builtin=False``) plus ``files``."""
    paths = ([BUILTIN_PATH] if builtin else []) + [Path(f) for f in files]
    try:
        return AgencyDirectory.load(*paths)
    except ReferenceDataError as e:
        raise ReferenceFileError(e) from None


def full_region_name(parent: str, region: str) -> str:
    """``福建省泉州市`` + ``泉州市鲤城区`` -> ``福建省泉州市鲤城区`` (the overlap is written once)."""
    for k in range(min(len(parent), len(region)), 0, -1):
        if parent.endswith(region[:k]):
            return parent + region[k:]
    return parent + region


def _guess_level(name: str) -> str | None:
    if name.endswith(("省", "自治区")) or name in ("北京市", "天津市", "上海市", "重庆市"):
        return "province"
    if name.endswith(("市", "州", "盟", "地区")):
        return "prefecture"
    return None


def _parent_of(directory: AgencyDirectory, loc: Locality) -> Locality | None:
    key = lookup_key(loc.parent_region)
    for other in directory.localities():
        if other is not loc and key in other.names():
            return other
    return None


def reference_unit(directory: AgencyDirectory, factory: RecordFactory | None = None) -> Unit:
    """All records of a directory, validated against the schema (raises before any write)."""
    f = factory or RecordFactory()
    unit = Unit()
    region_ids: dict[str, str] = {}

    def region(props: dict[str, object], source: str) -> str:
        rec = f.node("Region", props, source=source)
        if rec.id not in region_ids.values():
            unit.nodes.append(rec)
        region_ids[str(props["name"])] = rec.id
        return rec.id

    for loc in directory.localities():
        src = source_of(loc.agencies[0].source) if loc.agencies else BUILTIN_SOURCE
        parent = _parent_of(directory, loc)
        rid = region(
            {
                "name": loc.region,
                "full_name": full_region_name(loc.parent_region, loc.region),
                "short_name": loc.short_names[0] if loc.short_names else None,
                "level": LEVELS.get(loc.level, loc.level),
            },
            src,
        )
        if parent is not None:
            pid = f.schema.node("Region").make_id({"name": parent.region})
        else:
            pid = region(
                {"name": loc.parent_region, "full_name": loc.parent_region, "level": _guess_level(loc.parent_region)},
                src,
            )
        unit.rels.append(f.rel("LOCATED_IN", rid, pid, source=src))
        for a in loc.agencies:
            asrc = source_of(a.source) if a.source else src
            rec = f.node(
                "Agency",
                {"name": a.name, "region": a.region, "kind": a.kind, "level": LEVELS.get(a.level, a.level),
                 "aliases": list(a.aliases)},
                source=asrc,
            )
            if rec.id != a.id:  # one id scheme (graph/ids.py): a mismatch is a bug, not data
                raise ProgrammingError(f"agency id mismatch for {a.name}: {rec.id} != {a.id}")
            unit.nodes.append(rec)
            unit.rels.append(f.rel("LOCATED_IN", rec.id, rid, source=asrc))
        for m in loc.mechanisms:
            msrc = source_of(m.source) if m.source else src
            rec = f.node(
                "Mechanism",
                {"name": m.name, "region": m.region, "rhythm": ", ".join(m.rhythm),
                 "seed": m.document or m.seed, "kind": m.kind, "clause": m.clause, "quote": m.quote,
                 "since": m.date, "convener": m.convener_id},
                source=msrc,
            )
            unit.nodes.append(rec)
            unit.rels.append(f.rel("LEADS", m.lead_id, rec.id, source=msrc))
            for member in dict.fromkeys((m.lead_id, *m.member_ids)):
                unit.rels.append(f.rel("MEMBER_OF", member, rec.id, source=msrc))
    return unit


def load_reference(graph: Graph, *files: str | Path, builtin: bool = True, synthetic: bool = False) -> ReferenceReport:
    """Load the built-in directory plus ``files`` into the graph, in one transaction; idempotent."""
    directory = load_directory(*files, builtin=builtin)
    try:
        unit = reference_unit(directory, RecordFactory(synthetic=synthetic))
    except InvalidData as e:
        raise InvalidData(f"{e} — the reference data does not fit the graph model; nothing was written") from e
    stats = write_unit(graph, unit)
    agencies = list(directory.agencies())
    per_file: dict[str, int] = {}
    for a in agencies:
        per_file[a.source] = per_file.get(a.source, 0) + 1
    return ReferenceReport(
        files=[str(BUILTIN_PATH)] * builtin + [str(f) for f in files],
        regions=sum(1 for n in unit.nodes if n.label == "Region"),
        agencies=len(agencies),
        mechanisms=len(directory.mechanisms()),
        per_file=per_file,
        stats=stats,
    )
