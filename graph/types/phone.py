"""Telephone numbers: digits only, the country code dropped — ``0838-6202123`` → ``08386202123``,
``+86 139 0838 1234`` → ``13908381234``. A number has 7 to 12 digits after that.
"""

from __future__ import annotations

import re
import unicodedata

# A phone number standing in running text: a mobile (1[3-9] and 9 digits, +86 allowed), a fixed
# line with its area code (0xx[x]-xxxxxxx[x], extension allowed) or a 400 number.
PATTERN = re.compile(
    r"(?<![\d\-])(?:(?:\+?86[\s\-]?)?1[3-9]\d{9}"
    r"|(?:\(0\d{2,3}\)|0\d{2,3})[\s\-]?\d{7,8}(?:-\d{1,5})?"
    r"|400[\s\-]?\d{3}[\s\-]?\d{4})(?![\d\-])"
)


def compact(value: object) -> str:
    t = re.sub(r"[\s\-()（）]", "", unicodedata.normalize("NFKC", str(value)))
    t = re.sub(r"^(\+86|0086)", "", t)
    if re.fullmatch(r"86\d{11}", t):
        t = t[2:]
    return t


def clean(value: object) -> str | None:
    """Digits only (see the module doc), or None when it is not a phone number."""
    if value is None:
        return None
    t = compact(value)
    return t if re.fullmatch(r"\d{7,12}", t) else None


def validate(value: object) -> bool:
    return clean(value) is not None
