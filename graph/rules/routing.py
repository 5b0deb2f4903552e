"""Routing: which agency a thread (线索) about a violation must go to.

The violations themselves (codes, Chinese names, the words that name them) are the schema's
vocabulary ``violation`` (graph/schema.yaml, read through :mod:`graph.types.vocabulary`);
``routing.yaml`` gives, for each code, the competent kind, the clause and the quote.

>>> from graph.rules.agencies import AgencyDirectory
>>> d = AgencyDirectory.load()
>>> route("串通投标", region="绵竹市", agencies=d).agency_name
'绵竹市财政局'

Order of the rules applied by :func:`route`:

1. the violation's own rule (``routing.yaml`` ``violations``, by code) gives the kind;
2. a sector rule may replace that kind (``construction``: finance -> industry regulator,
   also in the alternatives);
3. ``subject_is_official`` puts the discipline commission first; the violation's own
   agency stays as the first alternative (the conduct is still e.g. a procurement breach);
4. each kind is resolved to the region's agency of that kind (``AgencyDirectory.by_kind``);
   further agencies of the same kind become alternatives. A kind with no agency in the
   directory leaves ``agency_id`` None and says so in ``notes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InvalidData, RulesFileError
from graph.rules.agencies import AGENCY_KINDS, Agency, AgencyDirectory
from graph.types import vocabulary

__all__ = [
    "DEFAULT_ROUTING_PATH",
    "RoutingAlternative",
    "RoutingDecision",
    "RoutingError",
    "RoutingRules",
    "UnknownRegionError",
    "UnknownSectorError",
    "UnknownViolationError",
    "Violation",
    "load_routing",
    "route",
]

DEFAULT_ROUTING_PATH = Path(__file__).with_name("routing.yaml")


class RoutingError(InvalidData):
    """What was asked of the routing rules names something they do not know."""


class UnknownViolationError(RoutingError):
    """Not a violation the routing rules route (the message lists those they do)."""


class UnknownRegionError(RoutingError):
    """The region is not in the agency directory (the message lists those that are)."""


class UnknownSectorError(RoutingError):
    """The sector has no rule (the message lists those that do)."""


@dataclass(frozen=True)
class RuleRef:
    """A kind with the rule and clause that make it competent."""

    kind: str
    rule_id: str
    rule: str
    clause: str
    quote: str
    condition: str = ""


@dataclass(frozen=True)
class Violation:
    id: str
    zh: str
    en: str
    keywords: tuple[str, ...]
    primary: RuleRef
    alternatives: tuple[RuleRef, ...] = ()
    official_only: bool = False
    notes: str = ""


@dataclass(frozen=True)
class RoutingAlternative:
    kind: str
    agency_id: str | None
    agency_name: str | None
    condition: str
    rule_id: str
    clause: str


@dataclass(frozen=True)
class RoutingDecision:
    violation: str
    violation_zh: str
    region: str
    kind: str
    agency_id: str | None
    agency_name: str | None
    rule_id: str
    rule_text: str
    clause: str
    quote: str
    alternatives: tuple[RoutingAlternative, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def resolved(self) -> bool:
        return self.agency_id is not None

    def alternative_kinds(self) -> list[str]:
        return [a.kind for a in self.alternatives]


def _ref(raw: dict[str, Any], rule_id: str, where: str, default_rule: str = "") -> RuleRef:
    kind = raw.get("kind")
    if kind not in AGENCY_KINDS:
        raise RulesFileError(f"{where}: field 'kind': {kind!r} is not an agency kind")
    for fld in ("clause", "quote"):
        if not raw.get(fld):
            raise RulesFileError(f"{where}: field {fld!r} is missing")
    return RuleRef(
        kind,
        rule_id,
        str(raw.get("rule") or default_rule),
        str(raw["clause"]),
        str(raw["quote"]),
        str(raw.get("condition") or ""),
    )


class RoutingRules:
    """The rules of one routing file; ``terms`` is the violation vocabulary (the schema's by default)."""

    def __init__(self, data: dict[str, Any], source: str = "routing.yaml",
                 terms: Mapping[str, vocabulary.Term] | None = None) -> None:
        terms = vocabulary.terms("violation") if terms is None else terms
        off = data["official_subject"]
        self.official = _ref(
            off, str(off.get("id", "official_subject")), f"{source}: official_subject"
        )
        self.sectors: dict[str, dict[str, Any]] = dict(data.get("sectors") or {})
        for name, sec in self.sectors.items():
            for old, new in (sec.get("replaces") or {}).items():
                if old not in AGENCY_KINDS or new not in AGENCY_KINDS:
                    raise RulesFileError(f"{source}: sectors.{name}.replaces: unknown kind {old}/{new}")
        self.violations: dict[str, Violation] = {}
        for i, raw in enumerate(data.get("violations") or []):
            where = f"{source}: violations[{i}] ({raw.get('id')})"
            vid = str(raw.get("id") or "")
            if not vid or vid in self.violations:
                raise RulesFileError(f"{where}: missing or duplicate id")
            term = terms.get(vid)
            if term is None:
                raise RulesFileError(f"{where}: field 'id': {vid!r} is not a code of vocabularies.violation "
                                     "in graph/schema.yaml — add it there first")
            alts = tuple(
                _ref(a, vid, f"{where}.alternatives[{j}]")
                for j, a in enumerate(raw.get("alternatives") or [])
            )
            self.violations[vid] = Violation(
                vid,
                term.zh,
                term.en,
                term.words,
                _ref(raw, vid, where),
                alts,
                bool(raw.get("official_only", False)),
                str(raw.get("notes") or ""),
            )
        self._terms = vocabulary.index({code: (t.zh, *t.words) for code, t in terms.items()})

    @classmethod
    def load(cls, path: str | Path = DEFAULT_ROUTING_PATH) -> RoutingRules:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return cls(data, str(path))

    def violation(self, name: str) -> Violation:
        """By code, Chinese name or one of its words (exact, after normalisation)."""
        vid = vocabulary.find(self._terms, name)
        if vid in self.violations:
            return self.violations[vid]
        known = ", ".join(f"{v.id} ({v.zh})" for v in self.violations.values())
        what = f"violation {name!r} has no routing rule of its own" if vid else f"unknown violation {name!r}"
        raise UnknownViolationError(f"{what}; name one of the known violations: {known}")

    def route(
        self,
        violation: str,
        *,
        region: str,
        subject_is_official: bool = False,
        sector: str | None = None,
        agencies: AgencyDirectory,
    ) -> RoutingDecision:
        v = self.violation(violation)
        loc = agencies.locality(region)
        if loc is None:
            known = ", ".join(x.region for x in agencies.localities())
            raise UnknownRegionError(
                f"region {region!r} is not in the agency directory; known: {known}"
            )
        refs = [v.primary, *v.alternatives]
        if sector is not None:
            if sector not in self.sectors:
                raise UnknownSectorError(f"unknown sector {sector!r}; known: {', '.join(self.sectors)}")
            sec = self.sectors[sector]
            swap = sec.get("replaces") or {}
            refs = [
                RuleRef(
                    swap[r.kind],
                    str(sec.get("id", f"sector_{sector}")),
                    str(sec.get("rule", "")),
                    str(sec.get("clause", "")),
                    str(sec.get("quote", "")),
                    r.condition,
                )
                if r.kind in swap
                else r
                for r in refs
            ]
        if subject_is_official and refs[0].kind != "discipline":
            own = refs[0]
            refs = [
                self.official,
                RuleRef(
                    own.kind,
                    own.rule_id,
                    own.rule,
                    own.clause,
                    own.quote,
                    own.condition or "行为本身的行政违法查处 (the conduct itself)",
                ),
                *refs[1:],
            ]
        # drop later duplicates of the same kind (e.g. discipline twice)
        unique: dict[str, RuleRef] = {}
        for r in refs:
            unique.setdefault(r.kind, r)
        refs = list(unique.values())

        notes: list[str] = []
        if v.official_only and not subject_is_official:
            notes.append(
                f"{v.id} can only be committed by a party member or public official; "
                "routed to the discipline commission regardless"
            )

        def pick(kind: str) -> list[Agency]:
            found = agencies.by_kind(kind, loc.region)
            if not found:
                notes.append(
                    f"no agency of kind {kind!r} ({AGENCY_KINDS[kind]}) for "
                    f"{loc.region} in the directory; add it to a reference file"
                )
            return found

        first, rest = refs[0], refs[1:]
        primary_agencies = pick(first.kind)
        alternatives: list[RoutingAlternative] = [
            RoutingAlternative(
                first.kind,
                a.id,
                a.name,
                "同类机关，亦有管辖权 (same kind)",
                first.rule_id,
                first.clause,
            )
            for a in primary_agencies[1:]
        ]
        for r in rest:
            found = pick(r.kind)
            a = found[0] if found else None
            alternatives.append(
                RoutingAlternative(
                    r.kind,
                    a.id if a else None,
                    a.name if a else None,
                    r.condition,
                    r.rule_id,
                    r.clause,
                )
            )
        top = primary_agencies[0] if primary_agencies else None
        return RoutingDecision(
            violation=v.id,
            violation_zh=v.zh,
            region=loc.region,
            kind=first.kind,
            agency_id=top.id if top else None,
            agency_name=top.name if top else None,
            rule_id=first.rule_id,
            rule_text=first.rule,
            clause=first.clause,
            quote=first.quote,
            alternatives=tuple(alternatives),
            notes=tuple(notes),
        )


@lru_cache(maxsize=1)
def load_routing() -> RoutingRules:
    """The packaged routing rules (cached)."""
    return RoutingRules.load(DEFAULT_ROUTING_PATH)


def route(
    violation: str,
    *,
    region: str,
    subject_is_official: bool = False,
    sector: str | None = None,
    agencies: AgencyDirectory,
) -> RoutingDecision:
    """Route a violation (id, Chinese name or keyword) in a region; see module docstring.

    ``sector``: None or "procurement" (政府采购) keeps the rule; "construction"
    (工程建设项目招标投标) sends finance-bureau matters to the industry regulator.
    Raises :class:`UnknownViolationError` (listing the known violations),
    :class:`UnknownRegionError` or :class:`UnknownSectorError` (all :class:`RoutingError`).
    """
    return load_routing().route(
        violation,
        region=region,
        subject_is_official=subject_is_official,
        sector=sector,
        agencies=agencies,
    )
