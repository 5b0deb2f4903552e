"""The building blocks of the import's record kinds: a column (:class:`Field`, :func:`F`), a kind
(:class:`Kind`), header matching, and the references to other records (a company, an agency, a
person, a party) that several kinds share. The kinds themselves are in :mod:`ingest.tabular.kinds`
and :mod:`ingest.tabular.registers`, both built from these."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph.errors import ProgrammingError
from ingest.tabular import checks
from ingest.tabular.checks import nfkc

Lookup = tuple[str, str]  # (label, property) a value is looked up by in the graph


@dataclass(frozen=True)
class Field:
    name: str
    aliases: tuple[str, ...] = ()
    parse: Callable[[Any], Any] = checks.text
    required: bool = False
    lookup: tuple[Lookup, ...] = ()
    help: str = ""


@dataclass(frozen=True)
class Kind:
    name: str
    title: str                       # Chinese name
    names: tuple[str, ...]           # file/sheet/record-column names that mean this kind
    fields: tuple[Field, ...]
    defines: tuple[str, str] | None = None   # (label, field) of the node a row defines, for hints
    help: str = ""
    alias_map: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for f in self.fields:
            for a in (f.name, *f.aliases):
                key = header_key(a)
                other = self.alias_map.get(key)
                if other is not None and other != f.name:
                    raise ProgrammingError(f"{self.name}: header {a!r} would mean both {other} and {f.name}")
                self.alias_map[key] = f.name

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def column(self, header: str) -> str | None:
        return self.alias_map.get(header_key(header))


_UNIT = re.compile(r"[（(]\s*(元|万元|%|％|人民币元|yuan|必填|选填|可选|optional|required)\s*[）)]$", re.IGNORECASE)


def header_key(header: str) -> str:
    """What a header is matched by: NFKC, lower case, no spaces, no ``*`` or trailing unit."""
    t = nfkc(header).lower().strip().strip("*").strip()
    t = _UNIT.sub("", t).strip().strip("*")
    return re.sub(r"[\s\-]+", "_", t).strip("_")


def header_scale(header: str) -> float:
    """10 000 for a header like ``报价（万元）``; else 1."""
    return 10_000.0 if re.search(r"[（(]\s*万元\s*[）)]\s*\**$", nfkc(header)) else 1.0


DISCRIMINATORS = ("record", "record_type", "record_kind", "记录类型", "数据类型")
WEAK_DISCRIMINATORS = ("kind", "type", "类型", "类别")
IGNORED = ("备注", "note", "notes", "remark", "remarks", "comment", "comments", "序号")


def is_ignored(header: str) -> bool:
    h = nfkc(header)
    return h.startswith(("#", "_")) or header_key(h) in {header_key(i) for i in IGNORED}


# ------------------------------------------------------------------------------- field groups
def F(name: str, *aliases: str, parse: Callable[[Any], Any] = checks.text, required: bool = False,
      lookup: tuple[Lookup, ...] = (), help: str = "") -> Field:
    return Field(name, tuple(aliases), parse, required, lookup, help)


NAME_LOOKUPS: dict[str, tuple[Lookup, ...]] = {
    "company": (("Company", "name"), ("Company", "key")),
    "person": (("Person", "name"), ("Official", "name")),
    "agency": (("Agency", "name"), ("Agency", "aliases")),
}


def company_ref(role: str, names: tuple[str, ...], codes: tuple[str, ...], *, required: bool = True, what: str = "") -> tuple[Field, ...]:
    return (
        # required-ness (name or credit code) is checked when the reference is resolved
        F(role, *names, lookup=NAME_LOOKUPS["company"],
          help=f"{what or 'company'}: name{' (required' if required else ' (optional'}: this or {role}_credit_code)"),
        F(f"{role}_credit_code", *codes, parse=checks.credit_code, lookup=(("Company", "key"),),
          help="统一社会信用代码, check digit verified"),
    )


def agency_ref(role: str, names: tuple[str, ...], regions: tuple[str, ...], *, required: bool = True, what: str = "") -> tuple[Field, ...]:
    return (
        F(role, *names, required=required, lookup=NAME_LOOKUPS["agency"], help=f"{what or 'agency'}: full name"),
        F(f"{role}_region", *regions, help="its region (needed when the name alone is ambiguous)"),
    )


def person_ref(role: str, zh: tuple[str, ...], *, prefix: str, required: bool = True, what: str = "", official: bool = True,
               extra_ids: tuple[str, ...] = (), extra_agency: tuple[str, ...] = (), extra_region: tuple[str, ...] = (),
               extra_context: tuple[str, ...] = ()) -> tuple[Field, ...]:
    first = prefix
    out = [
        F(role, *zh, required=required, lookup=NAME_LOOKUPS["person"],
          help=f"{what or 'person'}: name (a person, or an official when {role}_agency is given)"),
        F(f"{role}_id_number", f"{first}身份证号", f"{first}身份证号码", f"{first}证件号码", *extra_ids,
          parse=checks.id_number, help="identity number (checked, stored only as a hash): picks the person"),
        F(f"{role}_context", f"{first}区分信息", *extra_context, help="the person's context, as in the persons file"),
    ]
    if official:
        out += [
            F(f"{role}_agency", f"{first}单位", f"{first}工作单位", f"{first}所在单位", *extra_agency,
              lookup=NAME_LOOKUPS["agency"], help="makes it an official of that agency"),
            F(f"{role}_region", f"{first}单位地区", *extra_region, help="the agency's region"),
        ]
    return tuple(out)


def party_ref(role: str, zh: tuple[str, ...], *, extra_codes: tuple[str, ...] = (), extra_ids: tuple[str, ...] = ()) -> tuple[Field, ...]:
    first = zh[0]
    return (
        F(role, *zh, lookup=NAME_LOOKUPS["company"] + NAME_LOOKUPS["person"],
          help="company, person or official: name (required, or a company's credit code)"),
        F(f"{role}_type", f"{first}类型", "主体类型", parse=checks.party_type, help="company | person | official (when the name is ambiguous)"),
        F(f"{role}_credit_code", f"{first}统一社会信用代码", *extra_codes, parse=checks.credit_code, lookup=(("Company", "key"),),
          help="makes it a company"),
        F(f"{role}_id_number", f"{first}身份证号", *extra_ids, parse=checks.id_number, help="makes it a person"),
        F(f"{role}_context", f"{first}区分信息", help="makes it a person"),
        F(f"{role}_agency", f"{first}单位", lookup=NAME_LOOKUPS["agency"], help="makes it an official of that agency"),
        F(f"{role}_region", f"{first}单位地区", help="that agency's region"),
    )


PHONE = F("phone", "电话", "联系电话", "手机", "手机号", "手机号码", "固定电话", "phone_number", parse=checks.phone,
          help="→ Phone node (digits only)")
ADDRESS = F("address", "地址", "联系地址", "住所", "注册地址", "经营地址", "办公地址", "住址", parse=checks.address,
            help="→ Address node (spaces removed)")
PROJECT_NO = F("project_no", "项目编号", "采购项目编号", "招标编号", "项目代码", "project", required=True,
               lookup=(("Project", "project_no"), ("Bid", "project_no")), help="the project's number")
BIDDER = company_ref("bidder", ("投标人", "投标单位", "投标人名称", "供应商", "供应商名称"),
                     ("投标人统一社会信用代码", "统一社会信用代码", "信用代码", "credit_code"), what="bidding company")
DATE_START: tuple[str, ...] = ("开始日期", "起始日期", "生效日期", "start_date", "from")
DATE_END: tuple[str, ...] = ("结束日期", "截止日期", "终止日期", "end_date", "until", "to")
