"""Chinese numerals: 十二, 二十三, 二〇二一, 一九九八, 壹佰万, and Arabic or full-width digits.

Reading is done by cn2an; a run of four digit-numerals (``二〇二一``, a year) is read digit by
digit, as people write years. ``○`` (U+25CB) and the letter ``O`` typed for ``〇`` are accepted.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from types import ModuleType

DIGITS = "〇○零Ｏ一二三四五六七八九"
_ZERO_LOOKALIKES = str.maketrans({"○": "〇", "O": "〇", "Ｏ": "〇"})
_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGIT_VALUE["零"] = 0
# every character cn2an reads in an integer (小写 and 大写)
_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅]+")


@functools.cache
def _cn2an() -> ModuleType:
    import cn2an  # imported on first use: loading it takes a quarter of a second

    module: ModuleType = cn2an
    return module


def parse(value: object) -> int | None:
    """A whole number written in digits or Chinese numerals; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    s = unicodedata.normalize("NFKC", str(value)).strip()
    if s.isdigit():
        return int(s)
    s = s.translate(_ZERO_LOOKALIKES)
    if not _NUMERAL.fullmatch(s):
        return None
    if len(s) == 4 and all(c in _DIGIT_VALUE for c in s):
        return int("".join(str(_DIGIT_VALUE[c]) for c in s))
    try:
        out = _cn2an().cn2an(s, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return int(out) if float(out).is_integer() else None


def clean(value: object) -> str | None:
    n = parse(value)
    return None if n is None else str(n)


def validate(value: object) -> bool:
    return parse(value) is not None
