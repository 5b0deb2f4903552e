"""Directory of agencies (机关) and supervision mechanisms per locality.

>>> d = AgencyDirectory.load()                      # the four seed localities
>>> d.resolve("市财政局", "绵竹市").name
'绵竹市财政局'
>>> d = AgencyDirectory.load(BUILTIN_PATH, "other_county.yaml")   # doctest: +SKIP

The file format is documented in the header of ``reference/agencies.yaml``; CSV files may
add agencies (not mechanisms). Malformed entries raise :class:`ReferenceDataError` naming
the file, the entry and the field.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ProgrammingError, RulesFileError
from graph.ids import make_id
from graph.types import dates, vocabulary
from graph.types.names import lookup_key

__all__ = [
    "AGENCY_KINDS",
    "BUILTIN_PATH",
    "Agency",
    "AgencyDirectory",
    "Locality",
    "Mechanism",
    "ReferenceDataError",
]

BUILTIN_PATH = Path(__file__).parent / "reference" / "agencies.yaml"

# code → what a person reads; the vocabulary is declared once, in graph/schema.yaml (agency_kind)
AGENCY_KINDS: dict[str, str] = {code: t.zh for code, t in vocabulary.terms("agency_kind").items()}
LEVELS = ("province", "city", "county", "district")
MECHANISM_KINDS = ("joint_meeting", "work_meeting", "consultation", "joint_enforcement")
RHYTHMS = ("yearly", "half_yearly", "quarterly", "regular", "ad_hoc")


class ReferenceDataError(RulesFileError):
    """A bad entry in a reference file: ``path: entry: field 'f': what is wrong``."""

    def __init__(self, path: str | Path, entry: str, fld: str | None, message: str) -> None:
        super().__init__(f"{entry}" + (f": field '{fld}'" if fld else "") + f": {message}", file=str(path))
        self.path, self.entry, self.field = str(path), entry, fld


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str
    level: str
    region: str
    parent_region: str
    aliases: tuple[str, ...] = ()
    named_in_seed: bool = True
    clauses: tuple[str, ...] = ()
    notes: str = ""
    source: str = ""


@dataclass(frozen=True)
class Mechanism:
    id: str
    name: str
    kind: str
    region: str
    lead_id: str
    convener_id: str | None  # None = whichever member initiates ("initiator")
    member_ids: tuple[str, ...]
    rhythm: tuple[str, ...]
    member_note: str = ""
    seed: str | None = None
    clause: str = ""
    document: str = ""
    date: dt.date | None = None
    quote: str = ""
    notes: str = ""
    source: str = ""


@dataclass
class Locality:
    region: str
    parent_region: str
    level: str
    short_names: tuple[str, ...] = ()
    seed: str | None = None
    agencies: list[Agency] = field(default_factory=list)
    mechanisms: list[Mechanism] = field(default_factory=list)

    def names(self) -> set[str]:
        keys = {self.region, self.parent_region + self.region, *self.short_names}
        return {lookup_key(k) for k in keys}


def _str_list(value: Any, path: Path, entry: str, fld: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise ReferenceDataError(path, entry, fld, f"expected a list of strings, got {value!r}")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _required(raw: dict[str, Any], fld: str, path: Path, entry: str) -> str:
    value = raw.get(fld)
    if value is None or not str(value).strip():
        raise ReferenceDataError(path, entry, fld, "is missing or empty")
    return str(value).strip()


def _choice(
    raw: dict[str, Any],
    fld: str,
    allowed: tuple[str, ...] | dict[str, str],
    path: Path,
    entry: str,
    default: str | None = None,
) -> str:
    value = raw.get(fld, default)
    if value is None:
        raise ReferenceDataError(path, entry, fld, "is missing")
    if str(value) not in allowed:
        raise ReferenceDataError(path, entry, fld, f"{value!r} is not one of: {', '.join(allowed)}")
    return str(value)


class AgencyDirectory:
    """All localities, agencies and mechanisms of one or more reference files."""

    def __init__(self) -> None:
        self._localities: dict[str, Locality] = {}

    # -- loading ------------------------------------------------------------------
    @classmethod
    def load(cls, *paths: str | Path) -> AgencyDirectory:
        """Load reference files in order; with no argument, the built-in seed data.

        Later files may add localities or agencies to an existing locality.
        """
        directory = cls()
        for path in paths or (BUILTIN_PATH,):
            directory.add_file(path)
        return directory

    def add_file(self, path: str | Path) -> None:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ReferenceDataError(path, "file", None, f"cannot read: {exc}") from exc
        if path.suffix.lower() == ".csv":
            self._add_csv(path, text)
            return
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ReferenceDataError(path, "file", None, f"invalid YAML: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("localities"), list):
            raise ReferenceDataError(path, "file", "localities", "expected a list of localities")
        for i, raw in enumerate(data["localities"]):
            entry = f"localities[{i}]"
            if not isinstance(raw, dict):
                raise ReferenceDataError(path, entry, None, "expected a mapping")
            loc = self._locality(raw, path, entry)
            for j, araw in enumerate(raw.get("agencies") or []):
                self._add_agency(loc, araw, path, f"{entry}.agencies[{j}]")
            for j, mraw in enumerate(raw.get("mechanisms") or []):
                self._add_mechanism(loc, mraw, path, f"{entry}.mechanisms[{j}]")

    def _locality(self, raw: dict[str, Any], path: Path, entry: str) -> Locality:
        region = _required(raw, "region", path, entry)
        parent = _required(raw, "parent_region", path, entry)
        level = _choice(raw, "level", LEVELS, path, entry)
        key = lookup_key(region)
        loc = self._localities.get(key)
        if loc is None:
            seed = raw.get("seed")
            loc = Locality(
                region,
                parent,
                level,
                _str_list(raw.get("short_names"), path, entry, "short_names"),
                None if seed is None else str(seed),
            )
            self._localities[key] = loc
        elif lookup_key(loc.parent_region) != lookup_key(parent):
            msg = f"{parent!r} contradicts {loc.parent_region!r} loaded before"
            raise ReferenceDataError(path, entry, "parent_region", msg)
        return loc

    def _add_agency(self, loc: Locality, raw: Any, path: Path, entry: str) -> None:
        if not isinstance(raw, dict):
            raise ReferenceDataError(path, entry, None, "expected a mapping")
        name = _required(raw, "name", path, entry)
        entry = f"{entry} ({name})"
        kind = _choice(raw, "kind", AGENCY_KINDS, path, entry)
        level = _choice(raw, "level", LEVELS, path, entry, default=loc.level)
        aliases = _str_list(raw.get("aliases"), path, entry, "aliases")
        named = raw.get("named_in_seed", True)
        if isinstance(named, str):
            named = named.strip().lower() in ("true", "yes", "1", "y", "")
        taken = {lookup_key(k): a.name for a in loc.agencies for k in (a.name, *a.aliases)}
        for fld, key in [("name", name), *(("aliases", alias) for alias in aliases)]:
            owner = taken.get(lookup_key(key))
            if owner is not None:
                msg = f"{key!r} already used in {loc.region} by {owner!r}"
                raise ReferenceDataError(path, entry, fld, msg)
        loc.agencies.append(
            Agency(
                id=make_id("agency", loc.region, name),
                name=name,
                kind=kind,
                level=level,
                region=loc.region,
                parent_region=loc.parent_region,
                aliases=aliases,
                named_in_seed=bool(named),
                clauses=_str_list(raw.get("clauses"), path, entry, "clauses"),
                notes=str(raw.get("notes") or ""),
                source=str(path),
            )
        )

    def _add_mechanism(self, loc: Locality, raw: Any, path: Path, entry: str) -> None:
        if not isinstance(raw, dict):
            raise ReferenceDataError(path, entry, None, "expected a mapping")
        name = _required(raw, "name", path, entry)
        entry = f"{entry} ({name})"
        kind = _choice(raw, "kind", MECHANISM_KINDS, path, entry)

        def member(ref: str, fld: str) -> str:
            agency = self._resolve_in(loc, ref)
            if agency is None:
                raise ReferenceDataError(
                    path, entry, fld, f"{ref!r} is not an agency of {loc.region}"
                )
            return agency.id

        lead = member(_required(raw, "lead", path, entry), "lead")
        convener_ref = str(raw.get("convener") or "").strip()
        convener: str | None = lead
        if convener_ref:  # "initiator": whichever member starts the meeting
            convener = None if convener_ref == "initiator" else member(convener_ref, "convener")
        members = tuple(
            member(m, "members") for m in _str_list(raw.get("members"), path, entry, "members")
        )
        rhythm = _str_list(raw.get("rhythm"), path, entry, "rhythm")
        if not rhythm or any(r not in RHYTHMS for r in rhythm):
            raise ReferenceDataError(
                path, entry, "rhythm", f"{list(rhythm)!r}: use one or more of {', '.join(RHYTHMS)}"
            )
        date = raw.get("date")
        if date is not None and not isinstance(date, dt.date):
            day = dates.parse(date)
            if day is None:
                raise ReferenceDataError(path, entry, "date", f"not a date like 2021-06-07: {date!r}")
            date = day
        seed = raw.get("seed")
        loc.mechanisms.append(
            Mechanism(
                id=make_id("mechanism", loc.region, name),
                name=name,
                kind=kind,
                region=loc.region,
                lead_id=lead,
                convener_id=convener,
                member_ids=members,
                rhythm=rhythm,
                member_note=str(raw.get("member_note") or ""),
                seed=None if seed is None else str(seed),
                clause=str(raw.get("clause") or ""),
                document=str(raw.get("document") or ""),
                date=date,
                quote=str(raw.get("quote") or ""),
                notes=str(raw.get("notes") or ""),
                source=str(path),
            )
        )

    def _add_csv(self, path: Path, text: str) -> None:
        reader = csv.DictReader(text.splitlines())
        needed = {"region", "parent_region", "level", "name", "kind"}
        header = {(f or "").strip() for f in reader.fieldnames or []}
        if not needed <= header:
            raise ReferenceDataError(
                path,
                "row 1 (header)",
                None,
                f"missing column(s): {', '.join(sorted(needed - header))}",
            )
        for row_no, row in enumerate(reader, start=2):
            raw: dict[str, Any] = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
            entry = f"row {row_no}"
            loc = self._locality(raw, path, entry)
            for fld in ("aliases", "clauses"):
                raw[fld] = [p for p in raw.get(fld, "").split("|") if p.strip()]
            if not raw.get("named_in_seed"):
                raw.pop("named_in_seed", None)
            if not raw.get("level"):
                raw.pop("level", None)
            self._add_agency(loc, raw, path, entry)

    # -- queries ------------------------------------------------------------------
    def localities(self) -> list[Locality]:
        return list(self._localities.values())

    def locality(self, region: str) -> Locality | None:
        """Find a locality by region, parent+region (四川省德阳市绵竹市) or short name."""
        key = lookup_key(region)
        for loc in self._localities.values():
            if key in loc.names():
                return loc
        return None

    def agencies(self) -> Iterator[Agency]:
        for loc in self._localities.values():
            yield from loc.agencies

    def mechanisms(self, region: str | None = None) -> list[Mechanism]:
        if region is None:
            return [m for loc in self._localities.values() for m in loc.mechanisms]
        loc = self.locality(region)
        return list(loc.mechanisms) if loc else []

    def get(self, agency_id: str) -> Agency | None:
        return next((a for a in self.agencies() if a.id == agency_id), None)

    @staticmethod
    def _resolve_in(loc: Locality, name: str) -> Agency | None:
        key = lookup_key(name)
        for a in loc.agencies:
            if lookup_key(a.name) == key:
                return a
        for a in loc.agencies:
            if key in {lookup_key(x) for x in a.aliases}:
                return a
        # "鲤城区财政局" -> "泉州市鲤城区财政局": a short region name standing for the full one
        for short in loc.short_names:
            s = lookup_key(short)
            if key.startswith(s) and len(key) > len(s):
                full = lookup_key(loc.region) + key[len(s) :]
                if full != key:
                    hit = next((a for a in loc.agencies if lookup_key(a.name) == full), None)
                    if hit:
                        return hit
        return None

    def resolve(self, name_or_alias: str, region: str | None = None) -> Agency | None:
        """Agency by full name (anywhere) or, within ``region``, by alias.

        The region decides what a relative alias means: 市财政局 in 绵竹市 is 绵竹市财政局.
        """
        if region is not None:
            loc = self.locality(region)
            if loc is not None:
                hit = self._resolve_in(loc, name_or_alias)
                if hit is not None:
                    return hit
        key = lookup_key(name_or_alias)
        return next((a for a in self.agencies() if lookup_key(a.name) == key), None)

    def by_kind(self, kind: str, region: str) -> list[Agency]:
        """Agencies of a kind in a region, in file order (seed-named ones first)."""
        if kind not in AGENCY_KINDS:
            raise ProgrammingError(f"unknown agency kind {kind!r}; known: {', '.join(AGENCY_KINDS)}")
        loc = self.locality(region)
        if loc is None:
            return []
        found = [a for a in loc.agencies if a.kind == kind]
        return sorted(found, key=lambda a: not a.named_in_seed)
