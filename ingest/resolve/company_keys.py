"""The looser forms of a company name, for candidates and the trade-name short form.

``company_loose_key`` drops the legal form, a leading region and a region in brackets
(四川恒达建材股份有限公司 ~ 恒达建材有限公司 → 恒达建材): names equal only so are offered for review,
never merged. A branch (…分公司) is never loosened into its parent.

``company_readings`` adds the name read after a county-level place written in its short form
(绵竹鑫盛建材有限公司 → 鑫盛建材, for 绵竹市; :meth:`Places.short_prefix_end`): the trade name is
read after its place prefix in either form. Both readings are kept — 嘉禾恒达建筑工程有限公司 may be
the trade name 嘉禾恒达 as well as 恒达 of 嘉禾县.
"""

from __future__ import annotations

import re

from ingest.resolve.places import Places
from ingest.resolve.text import company_name_key

_LEGAL_FORMS = ("股份有限公司", "有限公司", "集团公司", "总公司", "公司")
# a company named by its trade name only: 鑫盛公司, 德源公司 (two to four characters, then 公司)
SHORT_COMPANY = re.compile(r"^([\u4e00-\u9fff]{2,4})公司$")
# …or by its brand and trade, no legal form at all: 鑫盛建筑, 蜀通路桥 (ingest/nlp/rules/companies.py)
TRADE_SHORT = re.compile(r"^((?![\u4e00-\u9fff]*(?:公司|集团|厂|店|社|所|部|中心)$)[\u4e00-\u9fff]{4,6})$")


def _without_form(name: str) -> str:
    n = company_name_key(name)
    for form in _LEGAL_FORMS:
        if n.endswith(form) and len(n) > len(form) + 1:
            n = n[: -len(form)]
            break
    return re.sub(r"\((?:[^()]{2,6}?)(?:省|市|区|县)?\)", "", n)


def company_loose_key(name: str, places: Places | None = None) -> str:
    """A looser form, for candidates only: no legal form, no leading region, no region in brackets."""
    if company_name_key(name).endswith("分公司"):
        return company_name_key(name)  # a branch is never loosened into its parent
    n = _without_form(name)
    places = places or Places.load()
    end = places.prefix_end(n)
    if 0 < end < len(n) - 1:
        n = n[end:]
    return n


def company_readings(name: str, places: Places | None = None) -> tuple[str, ...]:
    """:func:`company_loose_key` first, then the name after a county-level place written in its
    short form (:meth:`Places.short_prefix_end`), when that differs and leaves two characters or more."""
    loose = company_loose_key(name, places)
    if company_name_key(name).endswith("分公司"):
        return (loose,)
    n = _without_form(name)
    end = (places or Places.load()).short_prefix_end(n)
    return (loose, n[end:]) if 0 < end < len(n) - 1 and n[end:] != loose else (loose,)
