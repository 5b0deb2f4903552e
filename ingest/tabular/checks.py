"""Value checks and converters for structured import. Each raises :class:`InvalidData` with a reason:
one sentence a clerk can act on (what was expected, what was found); the loader adds the file, row
and column.

Identity numbers, dates, amounts and phone numbers are read by their types in :mod:`graph.types`
(统一社会信用代码 GB 32100 and 居民身份证号 GB 11643 by their check characters — only the identity
number's SHA-256 is stored); this module turns a refusal into the reason a clerk reads.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from graph.errors import InvalidData
from graph.schema import convert
from graph.types import credit_code as uscc
from graph.types import dates, idcard, money
from graph.types import phone as phones
from graph.types import vocabulary as vocabularies

Parser = Callable[[Any], Any]


def nfkc(value: Any) -> str:
    """Text of a cell: integral floats lose their ``.0`` (Excel numbers), NFKC, trimmed."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


# ------------------------------------------------------------------------------ identity numbers
def credit_code(value: Any) -> str:
    """A checked 统一社会信用代码, upper-cased; raises with the reason when it is not one."""
    problem = uscc.problem(nfkc(value))
    if problem:
        raise InvalidData(problem)
    return uscc.compact(nfkc(value))


def id_number(value: Any) -> str:
    """A checked resident identity number (18 characters with check digit, or an old 15-digit one)."""
    problem = idcard.problem(nfkc(value))
    if problem:
        raise InvalidData(problem)
    return idcard.compact(nfkc(value))


# -------------------------------------------------------------------------------- plain values
def text(value: Any) -> str:
    out = nfkc(value)
    if not out:
        raise InvalidData("is empty")
    return out


def strings(value: Any) -> list[str]:
    return convert(value, "strings") or []


def integer(value: Any) -> int:
    try:
        return int(convert(nfkc(value) if isinstance(value, str) else value, "int"))
    except InvalidData:
        raise InvalidData(f"expected a whole number, got {value!r}") from None


def amount(value: Any) -> float:
    """A sum of money in yuan: ``1,234.5``, ``￥1234.5元``, ``12.3万`` (= 123 000), ``壹拾贰万叁仟元整``."""
    if isinstance(value, bool):
        raise InvalidData("expected an amount of money, got a yes/no value")
    out = money.parse(value if isinstance(value, (int, float)) else nfkc(value))
    if out is None:
        raise InvalidData(f"expected an amount like 1234.50, 12.3万 or 壹拾贰万元整, got {value!r}")
    if out < 0:
        raise InvalidData(f"an amount cannot be negative, got {value!r}")
    return out


def share(value: Any) -> float:
    """A shareholding as a fraction 0–1: ``60%``, ``60`` (a number above 1 is read as percent), ``0.6``."""
    t = nfkc(value).replace("％", "%") if not isinstance(value, (int, float)) else value
    percent = isinstance(t, str) and t.endswith("%")
    try:
        number = float(t.rstrip("%")) if isinstance(t, str) else float(t)
    except ValueError:
        raise InvalidData(f"expected a share like 60%, 60 or 0.6, got {value!r}") from None
    if percent or number > 1:
        number /= 100
    if not 0 < number <= 1:
        raise InvalidData(f"a share must be above 0 and at most 100%, got {value!r}")
    return round(number, 6)


def yes_no(value: Any) -> bool:
    if isinstance(value, str):
        t = nfkc(value)
        if t in ("中标", "成交", "√", "✓", "是的", "有"):
            return True
        if t in ("未中标", "未成交", "×", "✗", "无", "不是"):
            return False
    return bool(convert(value, "bool"))


def date(value: Any) -> dt.date:
    out = dates.parse(value if isinstance(value, (dt.date, dt.datetime)) else nfkc(value))
    if out is None:
        if not isinstance(value, (dt.date, dt.datetime)) and not nfkc(value):
            raise InvalidData("is empty")
        raise InvalidData(f"expected a date like 2021-06-07 or 2021年6月7日, got {value!r}")
    return out


def date_time(value: Any) -> dt.datetime:
    out = dates.parse_datetime(value if isinstance(value, (dt.date, dt.datetime)) else nfkc(value))
    if out is None:
        raise InvalidData(f"expected a real date and time like 2021-06-07 09:30, got {value!r}")
    return out


# ------------------------------------------------------------------------------- contact points
def phone(value: Any) -> str:
    """Digits only; ``+86``/``0086`` dropped: ``0838-6202123`` → ``08386202123``."""
    out = phones.clean(nfkc(value))
    if out is None:
        raise InvalidData(f"expected a phone number of 7–12 digits (dashes and spaces are fine), got {value!r}")
    return out


def address(value: Any) -> str:
    """Half-width, no spaces: the same address typed twice becomes one node."""
    out = re.sub(r"\s+", "", nfkc(value))
    if len(out) < 4:
        raise InvalidData(f"an address this short ({value!r}) cannot tell places apart")
    return out


def ip(value: Any) -> str:
    try:
        return str(ipaddress.ip_address(nfkc(value)))
    except ValueError:
        raise InvalidData(f"expected an IPv4 or IPv6 address like 10.2.3.4, got {value!r}") from None


def mac(value: Any) -> str:
    t = re.sub(r"[\s:\-.]", "", nfkc(value)).upper()
    if not re.fullmatch(r"[0-9A-F]{12}", t):
        raise InvalidData(f"expected a MAC address like 00-1A-2B-3C-4D-5E, got {value!r}")
    return ":".join(t[i : i + 2] for i in range(0, 12, 2))


def bank_account(value: Any) -> str:
    t = re.sub(r"[\s\-]", "", nfkc(value))
    if not re.fullmatch(r"\d{8,32}", t):
        raise InvalidData(f"expected a bank account number of 8–32 digits, got {value!r}")
    return t


# ------------------------------------------------------------------------------------ vocabularies
def vocabulary(name: str, mapping: dict[str, tuple[str, ...]], *, free: bool = False) -> Parser:
    """A parser accepting each code (English) or any of its Chinese words; ``free`` keeps unknown text."""
    lookup = vocabularies.index(mapping)

    def parse(value: Any) -> str:
        t = nfkc(value)
        code = vocabularies.find(lookup, t)
        if code:
            return code
        if free:
            return t
        allowed = "; ".join(f"{c} ({'/'.join(ws[:3])})" if ws else c for c, ws in mapping.items())
        raise InvalidData(f"unknown {name} {value!r}; use one of: {allowed}")

    parse.__doc__ = f"{name}: " + ", ".join(mapping)
    return parse


# FAMILY.relation: declared once, in graph/schema.yaml (family_relation; read in letters by graph/types/kin.py)
RELATIONS = {code: (term.zh, *term.words) for code, term in vocabularies.terms("family_relation").items()}
# the words an import may write for each agency kind: declared once, in graph/schema.yaml
AGENCY_KINDS = {code: term.words for code, term in vocabularies.terms("agency_kind").items()}
LEVELS = {
    "national": ("国家", "国家级", "中央"),
    "province": ("省", "省级"),
    "prefecture": ("市", "地级", "地市", "市级", "州"),
    "county": ("县", "县级", "县级市"),
    "district": ("区", "区级", "市辖区"),
}
METHODS = {
    "public_tender": ("公开招标",),
    "competitive_negotiation": ("竞争性谈判",),
    "inquiry": ("询价",),
    "single_source": ("单一来源", "单一来源采购"),
    "other": ("竞争性磋商", "邀请招标", "框架协议", "其他", "其它"),
}
SECTORS = {
    "goods": ("货物", "货物类"),
    "services": ("服务", "服务类"),
    "construction": ("工程", "工程类", "建设工程"),
}
SANCTION_KINDS = {
    "penalty": ("行政处罚", "处罚", "罚款", "警告"),
    "blacklist": ("黑名单", "失信", "失信黑名单", "严重失信", "失信被执行人"),
    "debarment": ("禁止参加政府采购活动", "禁入", "市场禁入", "禁止投标", "取消投标资格"),
}
REFERRAL_KINDS = {
    "transfer": ("移送", "移交", "案件移送", "线索移送"),
    "forward": ("转送", "转交", "转办"),
    "return": ("退回", "退还"),
}
DECISIONS = {
    "accepted": ("受理", "已受理", "立案", "已立案", "接收", "accept"),
    "declined": ("不予受理", "不予立案", "decline"),
    "returned": ("退回", "已退回", "return"),
    "forwarded": ("转送", "已转送", "转交", "forward"),
}
CHANNELS = {
    "hand": ("当面", "专人", "专人送达", "直接送达", "当面送达"),
    "post": ("邮寄", "邮政", "挂号信", "快递"),
    "email": ("电子邮件", "邮件", "e-mail", "电邮"),
}
# Roles in a company. ``legal_representative`` becomes LEGAL_REP_OF, ``actual_controller``
# CONTROLS; every other role (known or not) becomes MANAGES {role}.
ROLES = {
    "legal_representative": ("法定代表人", "法人", "法人代表", "legal_rep"),
    "actual_controller": ("实际控制人", "实控人", "controller"),
    "chairman": ("董事长",),
    "executive_director": ("执行董事",),
    "director": ("董事",),
    "general_manager": ("总经理",),
    "manager": ("经理",),
    "supervisor": ("监事", "监事会主席"),
    "finance_officer": ("财务负责人", "财务总监"),
}
PARTY_TYPES = {
    "company": ("企业", "公司", "单位", "供应商", "法人"),
    "person": ("个人", "自然人"),
    "official": ("公职人员", "干部"),
}

relation = vocabulary("relation", RELATIONS)
agency_kind = vocabulary("agency kind", AGENCY_KINDS)
level = vocabulary("level", LEVELS)
method = vocabulary("procurement method", METHODS)
sector = vocabulary("sector", SECTORS)
sanction_kind = vocabulary("sanction kind", SANCTION_KINDS)
referral_kind = vocabulary("referral kind", REFERRAL_KINDS)
decision = vocabulary("decision", DECISIONS)
channel = vocabulary("delivery channel", CHANNELS)
role = vocabulary("role", ROLES, free=True)
party_type = vocabulary("party type", PARTY_TYPES)
