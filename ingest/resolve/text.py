"""The forms names are compared in, and the names that are masked.

* :func:`simplified` — NFKC, traditional → simplified (the one text view, ``graph.types.text``),
  no whitespace: every name the resolver compares is in this form.
* :func:`company_name_key` — the exact comparison form of a company name (a name-keyed
  ``Company``'s ``key``).
* :func:`is_masked_person` / :func:`is_masked_company` — 张某, 李**, 四川**建设有限公司, C公司: an
  anonymised identity, never matched by name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graph.types.text import simplified as text_view

_SPACES = re.compile(r"\s+")
_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")"})


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """NFKC, traditional → simplified, no whitespace: the form names are compared in."""
    view = text_view(text)[0]
    return _SPACES.sub("", unicodedata.normalize("NFKC", view))


_MASK = re.compile(r"某|\*|＊|×|✕|○{2,}|〇{2,}|X{2,}|x{2,}|[A-Z](?:公司|某)|化名|^[A-Z]$")
_MASK_COMPANY = re.compile(r"某|\*|＊|×|^[A-Za-z]{1,2}(?:公司|集团)$|^[A-Za-z]{1,2}\S{0,4}公司$")


def is_masked_person(name: str) -> bool:
    """张某, 李某某, 李某1, 张**, 王X, 陈金(化名): a confidential or anonymised identity."""
    n = simplified(name)
    return bool(_MASK.search(n)) or bool(re.search(r"[A-Za-z]$", n) and len(n) <= 3)


def is_masked_company(name: str) -> bool:
    """四川**建设有限公司, 某建设有限公司, 寿宁县某建筑工程有限公司, C公司."""
    return bool(_MASK_COMPANY.search(simplified(name)))


_LEGAL_FORM_EXACT = (("有限责任公司", "有限公司"),)


def company_name_key(name: str) -> str:
    """The exact comparison form of a company name (what a name-keyed Company's ``key`` holds).

    NFKC, traditional → simplified, whitespace removed, brackets unified to ``()``, a trailing
    有限责任公司 written as 有限公司 (the two are the same legal form). Nothing else is
    dropped: 分公司, (集团), a region in brackets all stay, so different companies stay apart.
    """
    n = simplified(name).translate(_BRACKETS)
    for long, short in _LEGAL_FORM_EXACT:
        if n.endswith(long):
            n = n[: -len(long)] + short
    return n

