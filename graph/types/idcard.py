"""居民身份证号码 — the resident identity number of GB 11643-1999.

18 characters: the address code (6 digits), the date of birth (8 digits, YYYYMMDD), a sequence
number (3 digits) and a mod-11 check character (``0-9`` or ``X`` for 10), computed by
python-stdnum (``stdnum.cn.ric``). Numbers of the old 15-digit form (GB 11643-1989, no check
character) are accepted as written. python-stdnum's own ``validate`` also looks the address code
up in its table of counties, which refuses the fictional regions of test and demo data; only the
format, the date of birth and the check character are checked here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from stdnum.cn import ric as _ric

from graph.errors import ProgrammingError


def compact(value: object) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", str(value))).upper()


def check_char(first17: str) -> str:
    """The 18th character for the first 17 digits; ProgrammingError when they are not 17 digits."""
    if not re.fullmatch(r"\d{17}", first17):
        raise ProgrammingError(f"{first17!r} is not 17 digits")
    return str(_ric.calc_check_digit(first17 + "0"))  # stdnum takes the number with a check slot


def make(first17: str) -> str:
    return first17 + check_char(first17)


def _born(yyyymmdd: str) -> bool:
    try:
        dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return True


def problem(value: object) -> str | None:
    """Why ``value`` is not an identity number; None when it is one."""
    num = compact(value)
    if re.fullmatch(r"\d{15}", num):
        return None if _born("19" + num[6:12]) else "the identity number's date of birth (digits 7–12) is not a real date"
    if not re.fullmatch(r"\d{17}[\dX]", num):
        return "an identity number has 18 characters (17 digits and a digit or X)"
    if not _born(num[6:14]):
        return "the identity number's date of birth (digits 7–14) is not a real date"
    expected = check_char(num[:17])
    if num[17] != expected:
        return f"the identity number fails its check digit (the last character should be {expected!r})"
    return None


def clean(value: object) -> str | None:
    return compact(value) if value is not None and problem(value) is None else None


def validate(value: object) -> bool:
    return clean(value) is not None


def digest(number: str) -> str:
    """What is stored instead of an identity number: ``sha256:`` and the hex digest of its clean form."""
    return "sha256:" + hashlib.sha256(compact(number).encode("ascii")).hexdigest()
