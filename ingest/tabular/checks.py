"""Value checks and converters for structured import. Each raises ``ValueError(reason)``; the
reason is one sentence a clerk can act on (what was expected, what was found).

Identity numbers are checked by their check digits:

* 统一社会信用代码 (GB 32100-2015): 18 characters from ``0-9A-HJ-NPQRTUWXY`` (no I, O, S, V, Z),
  characters 3–8 a region code, the 18th the mod-31 check character of the first 17 weighted by
  ``3^i mod 31``.
* 居民身份证号 (GB 11643-1999): 17 digits and a mod-11 check character (``X`` for 10). Only its
  SHA-256 is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from graph.schema import convert

CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

Parser = Callable[[Any], Any]


def nfkc(value: Any) -> str:
    """Text of a cell: integral floats lose their ``.0`` (Excel numbers), NFKC, trimmed."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


# ------------------------------------------------------------------------------ identity numbers
def credit_code_check_char(first17: str) -> str:
    """The 18th character of a unified social credit code whose first 17 are given."""
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def make_credit_code(first17: str) -> str:
    """Complete 17 characters with their check character (for tests and synthetic data)."""
    if len(first17) != 17 or any(c not in CREDIT_CODE_CHARS for c in first17):
        raise ValueError(f"{first17!r} is not 17 credit-code characters")
    return first17 + credit_code_check_char(first17)


def credit_code(value: Any) -> str:
    """A checked 统一社会信用代码, upper-cased; raises with the reason when it is not one."""
    code = re.sub(r"\s", "", nfkc(value)).upper()
    if len(code) != 18:
        raise ValueError(f"a unified social credit code has 18 characters, {code!r} has {len(code)}")
    bad = sorted({c for c in code if c not in CREDIT_CODE_CHARS})
    if bad:
        raise ValueError(
            f"{code!r} contains {', '.join(repr(c) for c in bad)}, which a unified social credit code "
            f"never uses (allowed: digits and A–Y without I, O, S, V, Z)"
        )
    if not code[2:8].isdigit():
        raise ValueError(f"{code!r}: characters 3–8 must be the region code (6 digits), got {code[2:8]!r}")
    expected = credit_code_check_char(code[:17])
    if code[17] != expected:
        raise ValueError(
            f"{code!r} fails the GB 32100 check digit (the last character should be {expected!r}); "
            f"check the code for a typing error"
        )
    return code


def id_number(value: Any) -> str:
    """A checked resident identity number (18 characters with check digit, or an old 15-digit one)."""
    num = re.sub(r"\s", "", nfkc(value)).upper()
    if re.fullmatch(r"\d{15}", num):
        return num
    if not re.fullmatch(r"\d{17}[\dX]", num):
        raise ValueError("an identity number has 18 characters (17 digits and a digit or X)")
    expected = ID_CHECK[sum(int(c) * w for c, w in zip(num[:17], ID_WEIGHTS)) % 11]
    if num[17] != expected:
        raise ValueError(f"the identity number fails its check digit (the last character should be {expected!r})")
    return num


def id_number_hash(number: str) -> str:
    """What is stored instead of an identity number: ``sha256:`` and the hex digest."""
    return "sha256:" + hashlib.sha256(number.encode("ascii")).hexdigest()


# -------------------------------------------------------------------------------- plain values
def text(value: Any) -> str:
    out = nfkc(value)
    if not out:
        raise ValueError("is empty")
    return out


def strings(value: Any) -> list[str]:
    return convert(value, "strings") or []


def integer(value: Any) -> int:
    try:
        return int(convert(nfkc(value) if isinstance(value, str) else value, "int"))
    except ValueError:
        raise ValueError(f"expected a whole number, got {value!r}") from None


_MONEY_JUNK = re.compile(r"[¥￥,，\s]|元$|人民币")


def amount(value: Any) -> float:
    """A sum of money in yuan: ``1,234.5``, ``￥1234.5元``, ``12.3万`` (= 123 000)."""
    if isinstance(value, bool):
        raise ValueError("expected an amount of money, got a yes/no value")  # noqa: TRY004 (parsers raise ValueError)
    if isinstance(value, (int, float)):
        out = float(value)
    else:
        t = _MONEY_JUNK.sub("", nfkc(value))
        factor = 1.0
        if t.endswith(("万元", "万")):
            t, factor = t.rstrip("元").removesuffix("万"), 10_000.0
        try:
            out = float(t) * factor
        except ValueError:
            raise ValueError(f"expected an amount like 1234.50 or 12.3万, got {value!r}") from None
    if out < 0:
        raise ValueError(f"an amount cannot be negative, got {value!r}")
    return out


def share(value: Any) -> float:
    """A shareholding as a fraction 0–1: ``60%``, ``60`` (a number above 1 is read as percent), ``0.6``."""
    t = nfkc(value).replace("％", "%") if not isinstance(value, (int, float)) else value
    percent = isinstance(t, str) and t.endswith("%")
    try:
        number = float(t.rstrip("%")) if isinstance(t, str) else float(t)
    except ValueError:
        raise ValueError(f"expected a share like 60%, 60 or 0.6, got {value!r}") from None
    if percent or number > 1:
        number /= 100
    if not 0 < number <= 1:
        raise ValueError(f"a share must be above 0 and at most 100%, got {value!r}")
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
    if isinstance(value, (dt.date, dt.datetime)):
        return value.date() if isinstance(value, dt.datetime) else value
    t = nfkc(value)
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
    if m:
        t = f"{m[1]}-{m[2]}-{m[3]}"
    t = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?$", "", t)  # a date cell exported with 00:00:00
    try:
        out = convert(t, "date")
    except ValueError:
        raise ValueError(f"expected a date like 2021-06-07 or 2021年6月7日, got {value!r}") from None
    except TypeError:
        raise ValueError(f"expected a date, got {value!r}") from None
    if out is None:
        raise ValueError("is empty")
    return out


def date_time(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    t = nfkc(value).replace("/", "-")
    t = re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*", r"\1-\2-\3 ", t).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", t)
    if not m:
        raise ValueError(f"expected a date and time like 2021-06-07 09:30, got {value!r}")
    y, mo, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
    try:
        return dt.datetime(y, mo, d, h, mi, s)
    except ValueError as e:
        raise ValueError(f"{value!r} is not a real date and time ({e})") from None


# ------------------------------------------------------------------------------- contact points
def phone(value: Any) -> str:
    """Digits only; ``+86``/``0086`` dropped: ``0838-6202123`` → ``08386202123``."""
    t = re.sub(r"[\s\-()（）]", "", nfkc(value))
    t = re.sub(r"^(\+86|0086)", "", t)
    if re.fullmatch(r"86\d{11}", t):
        t = t[2:]
    if not re.fullmatch(r"\d{7,12}", t):
        raise ValueError(f"expected a phone number of 7–12 digits (dashes and spaces are fine), got {value!r}")
    return t


def address(value: Any) -> str:
    """Half-width, no spaces: the same address typed twice becomes one node."""
    out = re.sub(r"\s+", "", nfkc(value))
    if len(out) < 4:
        raise ValueError(f"an address this short ({value!r}) cannot tell places apart")
    return out


def ip(value: Any) -> str:
    try:
        return str(ipaddress.ip_address(nfkc(value)))
    except ValueError:
        raise ValueError(f"expected an IPv4 or IPv6 address like 10.2.3.4, got {value!r}") from None


def mac(value: Any) -> str:
    t = re.sub(r"[\s:\-.]", "", nfkc(value)).upper()
    if not re.fullmatch(r"[0-9A-F]{12}", t):
        raise ValueError(f"expected a MAC address like 00-1A-2B-3C-4D-5E, got {value!r}")
    return ":".join(t[i : i + 2] for i in range(0, 12, 2))


def bank_account(value: Any) -> str:
    t = re.sub(r"[\s\-]", "", nfkc(value))
    if not re.fullmatch(r"\d{8,32}", t):
        raise ValueError(f"expected a bank account number of 8–32 digits, got {value!r}")
    return t


# ------------------------------------------------------------------------------------ vocabularies
def vocabulary(name: str, mapping: dict[str, tuple[str, ...]], *, free: bool = False) -> Parser:
    """A parser accepting each code (English) or any of its Chinese words; ``free`` keeps unknown text."""
    lookup = {code.lower(): code for code in mapping}
    for code, words in mapping.items():
        for w in words:
            lookup[nfkc(w).lower()] = code

    def parse(value: Any) -> str:
        t = nfkc(value)
        code = lookup.get(t.lower()) or lookup.get(t.lower().replace(" ", "_"))
        if code:
            return code
        if free:
            return t
        allowed = "; ".join(f"{c} ({'/'.join(ws[:3])})" if ws else c for c, ws in mapping.items())
        raise ValueError(f"unknown {name} {value!r}; use one of: {allowed}")

    parse.__doc__ = f"{name}: " + ", ".join(mapping)
    return parse


RELATIONS = {
    "spouse": ("配偶", "夫妻", "妻子", "丈夫", "妻", "夫", "爱人"),
    "child": ("子女", "儿子", "女儿", "子", "女", "son", "daughter"),
    "parent": ("父母", "父亲", "母亲", "父", "母", "father", "mother"),
    "sibling": ("兄弟姐妹", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄", "弟", "姐", "妹", "brother", "sister"),
    "in_law": ("姻亲", "岳父", "岳母", "公公", "婆婆", "女婿", "儿媳", "儿媳妇", "姐夫", "妹夫", "嫂子", "弟媳", "连襟", "妯娌", "in-law"),
    "other": ("其他", "其它", "其他亲属", "亲戚"),
}
AGENCY_KINDS = {
    "finance": ("财政", "财政局", "财政部门"),
    "discipline": ("纪委监委", "纪委", "监委", "纪检监察", "纪检监察机关"),
    "police": ("公安", "公安局", "公安机关", "公安分局"),
    "audit": ("审计", "审计局", "审计机关"),
    "market": ("市场监管", "市场监督管理局", "市场监管局", "市场监督管理部门"),
    "ndrc": ("发改", "发改委", "发改局", "发展和改革委员会", "发展和改革局"),
    "trading_centre": ("交易中心", "公共资源交易中心"),
    "trading_supervision": ("公共资源交易监督管理局", "交易监管", "公共资源交易综合监督部门"),
    "trading_committee": ("公管委", "公共资源交易管理委员会"),
    "procuratorate": ("检察院", "人民检察院"),
    "court": ("法院", "人民法院"),
    "purchaser": ("采购人", "采购单位"),
    "industry_regulator": ("行业主管部门", "行业监管部门", "住建局", "交通局", "水利局"),
    "funding_department": ("资金拨付部门", "项目资金拨付部门"),
    "licensing_department": ("许可部门", "资质许可部门", "证照许可部门"),
    "natural_resources": ("自然资源", "自然资源局", "自然资源和规划局"),
    "government": ("人民政府", "政府"),
    "other": ("其他", "其它"),
}
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
IP_KINDS = {"ip": ("IP", "IP地址"), "mac": ("MAC", "MAC地址", "网卡")}

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
