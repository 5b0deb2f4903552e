"""What a letter's sentences tie a person to, beyond the extractor's relations.

* :func:`legal_rep_company` — 法定代表人 without an organisation: the company named just before,
  in the same sentence (keys the person to it);
* :func:`role_company` — 股东 / 法定代表人 / 实际控制人 … without an organisation: the company named
  just before (evidence for matching, ``org_rel``, not a key);
* :func:`employee_company` — a name right after a company + 员工/职工 (…有限公司员工刘某): that
  company (places a masked name, which no relation places);
* :func:`addressee_elsewhere` — an organisation that is the letter's addressee line
  (``绵竹市纪委监委：``) is not the post's organisation of a person named lines below, unless
  你/贵 refers back to it (你公司负责人周建华).
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from ingest.matching import ROLE_OF
from ingest.resolve.text import simplified

_LEGAL_REP_WORDS = ("法定代表人", "法人代表")


def _company_before(ents: list[dict[str, Any]], pos: int, text: str, stops: tuple[str, ...]) -> int | None:
    """The company entity named before entity ``pos`` in the same sentence: at most 80 characters
    back, no sentence end (。；) or line break between, no entity labelled ``stops`` in between."""
    start = ents[pos]["start"]
    for j in range(pos - 1, -1, -1):
        e = ents[j]
        if start - e["end"] > 80 or re.search(r"[。；;\n]", text[e["end"]:start]):
            return None
        if e["label"] == "COMPANY":
            return j
        if e["label"] in stops:
            return None
    return None


def _post_index(ents: list[dict[str, Any]], rel: dict[str, Any], words: Container[str]) -> int | None:
    pos = rel.get("to")
    if not isinstance(pos, int) or not 0 <= pos < len(ents) or simplified(ents[pos]["text"]) not in words:
        return None
    return pos


def legal_rep_company(ents: list[dict[str, Any]], rel: dict[str, Any], text: str) -> int | None:
    """For ``HOLDS_POSITION`` 法定代表人 without an org: the company named just before, in the same sentence.

    ``四川恒达建材有限公司（统一社会信用代码：…）法定代表人张建华`` → the company. Conservative: at
    most 80 characters back, no sentence end (。；) or line break between, no person or agency between.
    """
    pos = _post_index(ents, rel, _LEGAL_REP_WORDS)
    return None if pos is None else _company_before(ents, pos, text, ("PERSON", "AGENCY"))


def role_company(ents: list[dict[str, Any]], rel: dict[str, Any], text: str) -> int | None:
    """For ``HOLDS_POSITION`` 股东 / 法定代表人 / 实际控制人 … without an org: the company named just
    before the post in the same sentence (…有限公司股东覃英桂; …成立于2012年，法定代表人胡建国，股东覃英桂).
    Used as matching evidence (``org_rel``), not to key the person."""
    pos = _post_index(ents, rel, ROLE_OF)
    return None if pos is None else _company_before(ents, pos, text, ("AGENCY",))


_EMPLOYEE_OF = re.compile(r"的?(员工|职工)")


def employee_company(ents: list[dict[str, Any]], person: int, text: str) -> int | None:
    """The company named right before a person with only 员工/职工 (or 的员工) between:
    ``示例广厦永兴保安服务有限公司员工刘某`` → that company; else ``None``."""
    start = ents[person]["start"]
    for j, e in enumerate(ents):
        if e["label"] == "COMPANY" and e["end"] <= start and _EMPLOYEE_OF.fullmatch(simplified(text[e["end"]:start])):
            return j
    return None


def addressee_elsewhere(ents: list[dict[str, Any]], org: int, person: int, text: str) -> bool:
    """The organisation is the letter's addressee (``绵竹市纪委监委：`` on its own line) and the
    person is named lines below without 你/贵 referring back to it (你公司负责人周建华)."""
    if not (0 <= org < len(ents) and 0 <= person < len(ents)) or ents[org]["end"] > ents[person]["start"]:
        return False
    after = text[ents[org]["end"]:ents[org]["end"] + 1]
    between = text[ents[org]["end"]:ents[person]["start"]]
    if after not in ("：", ":") or "\n" not in between:
        return False
    return re.search(r"(你|贵)(公司|单位|局|委|院|中心|办)", between) is None
