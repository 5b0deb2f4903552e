"""Dates as they are written in letters, spreadsheets and on the command line.

``parse`` reads a whole value: a ``date``/``datetime`` (or a driver value with ``to_native``),
``2024-02-08``, ``2024/2/8``, ``2024.2.8``, ``20240208``, ``2024年2月8日``, ``二〇二四年二月八日``,
full-width digits, and a trailing time of day (``2024-02-08 00:00:00``, as spreadsheets export
dates) which is dropped. ``search`` finds the first full date inside running text. Both give
None for anything that is not a real calendar date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from graph.types import numbers

_N = f"[0-9{numbers.DIGITS}O]"
_CN_PART = "[0-9一二三四五六七八九十]{1,3}"
# 2021年6月7日 / 二〇二一年六月七日 (the 日 may be missing at the end of a line)
CN_DATE = re.compile(rf"({_N}{{4}})\s*年\s*({_CN_PART})\s*月\s*({_CN_PART})\s*日?")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_WHOLE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_TIME = re.compile(r"[\sT]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def _make(y: object, m: object, d: object) -> dt.date | None:
    yy, mm, dd = numbers.parse(y), numbers.parse(m), numbers.parse(d)
    if yy is None or mm is None or dd is None:
        return None
    try:
        return dt.date(yy, mm, dd)
    except ValueError:
        return None


def parse(value: object) -> dt.date | None:
    """The date a whole value stands for (see the module doc); None when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    to_native = getattr(value, "to_native", None)
    if to_native is not None:
        return parse(to_native())
    if value is None or isinstance(value, (bool, int, float)):
        return None
    t = _TIME.sub("", unicodedata.normalize("NFKC", str(value)).strip())
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t) or _WHOLE.fullmatch(t) or CN_DATE.fullmatch(t)
    return _make(*m.groups()) if m else None


def search(text: str) -> dt.date | None:
    """The first full date written in ``text`` (Chinese form first, then 2021-06-07 / 2021.6.7)."""
    t = unicodedata.normalize("NFKC", text)
    m = CN_DATE.search(t) or ISO_DATE.search(t)
    return _make(*m.groups()) if m else None


def parse_datetime(value: object) -> dt.datetime | None:
    """A date with an optional time of day: ``2021-06-07 09:30``, ``2021年6月7日 9:30:15``, ISO 8601."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    to_native = getattr(value, "to_native", None)
    if to_native is not None:
        return parse_datetime(to_native())
    if value is None or isinstance(value, (bool, int, float)):
        return None
    t = unicodedata.normalize("NFKC", str(value)).strip().replace("/", "-")
    t = re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*", r"\1-\2-\3 ", t).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", t)
    if m:
        y, mo, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
        try:
            return dt.datetime(y, mo, d, h, mi, s)
        except ValueError:
            return None
    try:
        return dt.datetime.fromisoformat(t)
    except ValueError:
        return None


def clean(value: object) -> str | None:
    """ISO 8601 (``2024-02-08``), or None when the value is not a date."""
    d = parse(value)
    return None if d is None else d.isoformat()


def validate(value: object) -> bool:
    return parse(value) is not None
