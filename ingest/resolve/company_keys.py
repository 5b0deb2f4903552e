"""The looser form of a company name, for candidates only, and the trade-name short form.

``company_loose_key`` drops the legal form, a leading region and a region in brackets
(四川恒达建材股份有限公司 ~ 恒达建材有限公司 → 恒达建材): names equal only so are offered for review,
never merged. A branch (…分公司) is never loosened into its parent.
"""

from __future__ import annotations

import re

from ingest.resolve.places import Places
from ingest.resolve.text import company_name_key

_LEGAL_FORMS = ("股份有限公司", "有限公司", "集团公司", "总公司", "公司")
# a company named by its trade name only: 鑫盛公司, 德源公司 (two to four characters, then 公司)
SHORT_COMPANY = re.compile(r"^([\u4e00-\u9fff]{2,4})公司$")


def company_loose_key(name: str, places: Places | None = None) -> str:
    """A looser form, for candidates only: no legal form, no leading region, no region in brackets."""
    n = company_name_key(name)
    if n.endswith("分公司"):
        return n  # a branch is never loosened into its parent
    for form in _LEGAL_FORMS:
        if n.endswith(form) and len(n) > len(form) + 1:
            n = n[: -len(form)]
            break
    n = re.sub(r"\((?:[^()]{2,6}?)(?:省|市|区|县)?\)", "", n)
    places = places or Places.load()
    if places is not None:
        end = places.prefix_end(n)
        if 0 < end < len(n) - 1:
            n = n[end:]
    return n

