"""统一社会信用代码 — the unified social credit code of GB 32100-2015.

18 characters from ``0-9A-HJ-NPQRTUWXY`` (no I, O, S, V, Z): the registration authority (1st) and
the kind of organisation (2nd), the region code (3rd–8th, six digits), the organisation code
(9th–17th) and a mod-31 check character (18th) over the first 17 weighted by ``3^i mod 31``. The
check character is computed by python-stdnum (``stdnum.cn.uscc``). python-stdnum also requires
the first two characters to be digits, but GB 32100 allows letters there (``Y1…``, ``N2…``), so
the format is checked here.
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.cn import uscc as _uscc

from graph.errors import ProgrammingError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# A credit code standing in running text (for extraction); validate what it finds.
PATTERN = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])")


def compact(value: object) -> str:
    """NFKC (full-width → half-width), whitespace removed, upper case — not yet checked."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", str(value))).upper()


def check_char(first17: str) -> str:
    """The 18th character for the first 17; ProgrammingError when they are not 17 code characters."""
    if len(first17) != 17 or any(c not in ALPHABET for c in first17):
        raise ProgrammingError(f"{first17!r} is not 17 credit-code characters")
    return str(_uscc.calc_check_digit(first17))


def make(first17: str) -> str:
    """17 characters completed with their check character (synthetic data, tests of callers)."""
    return first17 + check_char(first17)


def problem(value: object) -> str | None:
    """Why ``value`` is not a credit code (one sentence a clerk can act on); None when it is one."""
    code = compact(value)
    if len(code) != 18:
        return f"a unified social credit code has 18 characters, {code!r} has {len(code)}"
    bad = sorted({c for c in code if c not in ALPHABET})
    if bad:
        return (f"{code!r} contains {', '.join(repr(c) for c in bad)}, which a unified social credit code "
                f"never uses (allowed: digits and A–Y without I, O, S, V, Z)")
    if not code[2:8].isdigit():
        return f"{code!r}: characters 3–8 must be the region code (6 digits), got {code[2:8]!r}"
    expected = check_char(code[:17])
    if code[17] != expected:
        return (f"{code!r} fails the GB 32100 check digit (the last character should be {expected!r}); "
                f"check the code for a typing error")
    return None


def clean(value: object) -> str | None:
    """The code in its normal form (upper case, no spaces), or None when it is not a valid one."""
    return compact(value) if value is not None and problem(value) is None else None


def validate(value: object) -> bool:
    return clean(value) is not None
