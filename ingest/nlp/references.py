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
from .rules.positions import HONORIFICS, address_titles

# what may stand right before the surname: the start of a line, punctuation, a function word
# (由陈股长牵头), a pronoun (该局王局长 — 局 is a unit's end) or the end of a unit's name
_UNIT_ENDS = BODY_END_CHARS | frozenset("组站部府")
# … or a verb's last character (见过刘副局长, 联系了王局长, 告诉陈主任)
_VERB_ENDS = frozenset("过了着见找问叫称告诉示喊")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# words ending in 任 (a surname too) before a post: 现任科长, 时任局长 (担任, 出任 are in the verb lexicon)
_HOLDS = frozenset({"现任", "曾任", "时任", "升任", "调任", "改任", "拟任", "继任", "历任", "原任", "专任"})


# what may follow an honorific (周总, 杨局) and make it a word instead: 总经理, 总额, 总价, 总公司 …;
# 局长, 局面, 局里 …; 老板娘
_NOT_AFTER = {
    "总": frozenset("经裁监工额价计数量体部局队站院会公包结共务署指则书支值分之理编统督师承收规成面金资产后台厂社代"
                   "馆括纲论述账帐表决算平长行店机线装造局"),
    "局": frozenset("长面势部限里内外级属域点方机委党办所"),
    "老板": frozenset("娘们"),
}
# what may stand before 杨局 (a bare 局 is any organ's last character: 公安局 is no 安局): the start of a
# line, punctuation, a function word, a pronoun, a unit's end, a verb's last character, 的 or 个
_BEFORE_BUREAU = FUNC_CHARS | PRONOUN_CHARS | BODY_END_CHARS | frozenset("组站部府过了着见找问叫称告诉示喊个")


# surnames that are a level's or a place's word before 局 or 总 (县局, 分局, 总局): never read as one
_NOT_SURNAMES_HERE = frozenset("市县区省乡镇村分总本全各该局")


@lru_cache(maxsize=1)
def _honorifics_rx() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)))


def _honorific_references(text: str, view: str, taken: list[tuple[int, int]]) -> list[Reference]:
    """周总, 周老板, 杨局: a common surname (a rare one is a word more often: 平局, 车总) and what a head is called by (``HONORIFICS``), not followed
    by what makes it a word (总额, 局面) — in speech and records, the boss or the bureau's head."""
    gaz = load_gazetteer()
    out: list[Reference] = []
    for m in _honorifics_rx().finditer(view):
        k, end, word = m.start(), m.end(), m.group()
        if view[end:end + 1] in _NOT_AFTER.get(word, ()) or word == "总" and re.match("是[不没会要能在有被让很]", view[end:end + 2]):
            continue  # (钱总是不够花: 总是, always)
        n = 2 if k >= 2 and view[k - 2:k] in gaz.surnames else 1 if view[k - 1:k] in gaz.common_surnames else 0
        s = k - n
        if not n or view[s:k] in FUNC_CHARS | PRONOUN_CHARS | _NOT_SURNAMES_HERE:
            continue
        before = view[s - 1] if s > 0 else ""
        if before and _CJK.match(before):
            if word == "局" and before not in _BEFORE_BUREAU:
                continue
            if before not in FUNC_CHARS | PRONOUN_CHARS | _UNIT_ENDS | _VERB_ENDS | _BEFORE_BUREAU \
                    and view[s - 2:s] not in gaz.verbs and before in gaz.common_surnames:
                continue  # 李建总: a given name's last character
        if any(a < end and s < b for a, b in taken):
            continue
        out.append({"start": s, "end": end, "text": text[s:end], "label": "PERSON",
                    "surname": view[s:k], "post": word})
    return out


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
                and view[s - 2:s] not in gaz.verbs and (before in gaz.common_surnames or view[s - 2:s - 1] in gaz.common_surnames):
            continue  # 李建华局长, 王华局长: the surname would be a given name's last character
        if n == 1 and before and (view[s - 1:k] in gaz.verbs or view[s - 1:k] in _HOLDS):
            continue  # 担任|项目经理, 现任|科长: the "surname" ends a word (a verb of the lexicon)
        if any(a < end and s < b for a, b in taken):
            continue
        out.append({"start": s, "end": end, "text": text[s:end], "label": "PERSON",
                    "surname": view[s:k], "post": view[k:end]})
    spans = taken + [(r["start"], r["end"]) for r in out]
    out.extend(_honorific_references(text, view, spans))
    return sorted(out, key=lambda r: r["start"])
