"""Title references: a surname and a post, with no given name (王局长, 刘副局长, 趙股長, 陈主任).

Minutes and replies name an official in full once and then by surname and post. Under the
annotation scheme a title is never a PERSON (``../shared/eval/GUIDELINES.md``), so these are not
entities; they are listed apart (``references`` of the extraction record) and the resolver links
one to the person it stands for when the letter or the graph leaves exactly one
(:mod:`ingest.resolve.titles`) — never a node of its own.

The posts a person is addressed by are one vocabulary, :func:`ingest.nlp.rules.positions.address_titles` (the gazetteer's
posts that head something: …长, 主任, 书记, 经理, 主席), with 副 before any of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import load_gazetteer
from .records import EntitySpan, Reference
from .rules.base import BODY_END_CHARS, FUNC_CHARS, PRONOUN_CHARS
from .rules.positions import address_titles

# what may stand right before the surname: the start of a line, punctuation, a function word
# (由陈股长牵头), a pronoun (该局王局长 — 局 is a unit's end) or the end of a unit's name
_UNIT_ENDS = BODY_END_CHARS | frozenset("组站部府")
# … or a verb's last character (见过刘副局长, 联系了王局长, 告诉陈主任)
_VERB_ENDS = frozenset("过了着见找问叫称告诉示")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _titles_rx() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, address_titles()), key=len, reverse=True)))


def title_references(text: str, view: str, entities: list[EntitySpan]) -> list[Reference]:
    """Every surname + post in ``view`` (the simplified view of ``text``, same offsets) that is no
    part of a name: not inside an entity other than a POSITION, and not after a character that
    would make the surname a given name's last (王德明局长: 明局长 is no reference)."""
    gaz = load_gazetteer()
    taken = [(e["start"], e["end"]) for e in entities if e["label"] != "POSITION"]
    out: list[Reference] = []
    for m in _titles_rx().finditer(view):
        k, end = m.start(), m.end()
        n = 2 if view[max(0, k - 2):k] in gaz.surnames and k >= 2 else 1 if view[k - 1:k] in gaz.surnames else 0
        s = k - n
        if not n or view[s:k] in FUNC_CHARS:
            continue
        before = view[s - 1] if s > 0 else ""
        if before and _CJK.match(before) and before not in FUNC_CHARS | PRONOUN_CHARS | _UNIT_ENDS | _VERB_ENDS \
                and view[s - 2:s] not in gaz.verbs and (before in gaz.common_surnames or view[s - 2:s - 1] in gaz.surnames):
            continue  # 李建华局长, 王华局长: the surname would be a given name's last character
        if any(a < end and s < b for a, b in taken):
            continue
        out.append({"start": s, "end": end, "text": text[s:end], "label": "PERSON",
                    "surname": view[s:k], "post": view[k:end]})
    return out
