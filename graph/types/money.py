"""Amounts of money in yuan: ``1,234.50``, ``￥1234.5元``, ``12.3万``, ``1.5亿元``, ``人民币伍万元``,
``壹拾贰万叁仟元整`` (大写), ``叁佰贰拾元伍角陆分``.

``parse`` reads a whole value; ``search`` finds the first amount in running text (a 罚款 sentence).
万 and 亿 scale the number before them. Chinese numerals (小写 and 大写, with 元角分 and 整) are read
by cn2an (:mod:`graph.types.numbers`).
"""

from __future__ import annotations

import re
import unicodedata

from graph.types import numbers

SCALE = {"万": 1e4, "亿": 1e8}
_JUNK = re.compile(r"[¥￥,，\s]|人民币|^RMB|^CNY")
_ARABIC = re.compile(r"(-?\d+(?:\.\d+)?)(万|亿)?(?:元)?")
_CN_CHARS = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟元圆角分整正"
_CN_AMOUNT = re.compile(rf"[{_CN_CHARS}]*[元圆][{_CN_CHARS}]*|[{_CN_CHARS}]+")
_ARABIC_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?\s*元?")


def _chinese(t: str) -> float | None:
    t = t.replace("圆", "元").rstrip("整正")
    if not t or not re.search(r"[一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]", t):
        return None
    try:
        return float(numbers._cn2an().cn2an(t, "normal"))
    except (ValueError, KeyError, IndexError):
        return None


def parse(value: object) -> float | None:
    """The amount in yuan a whole value stands for; None when it is not one (negative numbers are
    returned as they are — whether they are allowed is the caller's rule)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    t = _JUNK.sub("", unicodedata.normalize("NFKC", str(value)))
    m = _ARABIC.fullmatch(t)
    if m:
        return float(m[1]) * SCALE.get(m[2] or "", 1.0)
    if _CN_AMOUNT.fullmatch(t):
        return _chinese(t)
    return None


def search(text: str) -> float | None:
    """The first amount written in ``text``: digits (with 万/亿), else Chinese numerals (大写 too)."""
    t = unicodedata.normalize("NFKC", text).replace(",", "").replace("，", "")
    m = _ARABIC_IN_TEXT.search(t)
    if m:
        return float(m[1]) * SCALE.get(m[2] or "", 1.0)
    for run in re.finditer(rf"[{_CN_CHARS}]+", t):
        out = _chinese(run.group())
        if out is not None:
            return out
    return None


def clean(value: object) -> str | None:
    """The amount as a decimal string of yuan (``123000``, ``320.56``), or None."""
    out = parse(value)
    if out is None:
        return None
    return str(int(out)) if out.is_integer() else f"{out:.2f}".rstrip("0")


def validate(value: object) -> bool:
    return parse(value) is not None
