"""Kin words in letters and the relations of stored family ties (graph/schema.yaml ``FAMILY.relation``:
what the relative is to the person — spouse | child | parent | sibling | in_law | other).

* a kin word's relation is :func:`graph.types.kin.relation_of` — the import's words for each relation,
  one place (graph/schema.yaml ``family_relation``: 配偶/妻/夫 → spouse, 子/女 → child, 父/母 → parent,
  兄/弟/姐/妹 → sibling, 岳父/儿媳 … → in_law, 亲戚/亲属/侄子 → other).
* :func:`inverse` — the relation turned round (a child's relative is its parent).
* :func:`stated_kin` — what the words beside a mention state a relative's name to be to it
  (覃英桂（许子晓之配偶） → spouse).
* :func:`agreement` — a letter's relation against a stored tie's: ``agree`` (the same), ``vague``
  (the letter's word is vague — 亲属, 亲戚 — or the stored tie is ``other`` or an ASSOCIATE),
  ``contradict`` (both precise and different: 其弟 against a stored spouse).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from graph.types import kin

KIN = kin.alternation(kin.ONE)          # a kin word as letters write it (longer words first: 女儿 before 女)
_KIN_TWO = kin.alternation(kin.TWO)
# where the direction is not written, only the words that are no part of common words
_KIN_LOOSE = re.compile(kin.alternation(kin.LOOSE))

SPECIFIC = frozenset({"spouse", "child", "parent", "sibling", "in_law"})
RELATION_CODES = frozenset(kin.CODES)     # the FAMILY vocabulary: SPECIFIC and ``other``
_INVERSE = {"child": "parent", "parent": "child"}
# after a name: (a parenthesis) 之/的/是/系 + a kin word, or a two-character kin word right after it
# (许子晓妻子…); never a lone character with nothing between (许子晓，女，1975年出生 is no tie)
_STATED = re.compile(rf"(?:[（(][^（）()]{{0,40}}[）)])?(?:(?:之|的|是|系|为)+({KIN})|({_KIN_TWO}))")


def loose_kin(window: str) -> bool:
    """Whether a kin word (read without its direction) is in ``window``."""
    return _KIN_LOOSE.search(window) is not None


def inverse(relation: str) -> str:
    """What the other one is: a child's relative is its parent; spouse, sibling, in_law, other stay."""
    return _INVERSE.get(relation, relation)


def stated_kin(window: str, own: str, relative: str) -> frozenset[str]:
    """What ``relative`` is to the person named ``own``, as the words beside them state (``window``:
    the simplified text read around the mention). ``覃英桂（许子晓之配偶）`` → spouse; ``许子晓之子许文``
    read for 许文 → parent; ``许文之父许子晓`` → parent; 夫妻 / 兄弟 → spouse / sibling; a kin word
    whose direction the words do not give → both readings (之子 → child or parent). Empty when no
    kin word is there."""
    at = window.find(relative)
    if at >= 0:
        m = _STATED.match(window, at + len(relative))
        if m is not None:      # relative + 之 kin word: the person named here is the relative's kin
            return frozenset({inverse(kin.relation_of(m.group(1) or m.group(2)))})
    me = window.find(own)
    if me >= 0:
        m = _STATED.match(window, me + len(own))
        if m is not None:      # own + 之 kin word (+ relative): the relative is the person's kin
            return frozenset({kin.relation_of(m.group(1) or m.group(2))})
    out: set[str] = set()
    for pair, code in kin.PAIRS.items():
        if pair in window:
            out.update((code, inverse(code)))
    if not out:
        for m in _KIN_LOOSE.finditer(window.replace(own, "").replace(relative, "")):
            code = kin.relation_of(m.group(0))
            out.update((code, inverse(code)))
    return frozenset(out)


def agreement(letter: Collection[str], stored: Collection[str]) -> str:
    """A letter's relation(s) for a name against the stored ties to that name (their relations;
    ``""`` for a family tie of no stated relation, ``associate`` for an ASSOCIATE):

    * ``agree`` — a precise relation of the letter is a stored one, or the stored family tie states
      none (nothing to compare: the kin evidence as before 2026-12-06);
    * ``vague`` — the letter's word is vague (亲属, 亲戚, 侄子: ``other``), or a stored tie is
      ``other`` or an ASSOCIATE (the graph does not say what they are);
    * ``contradict`` — both precise and different (其弟 against a stored spouse).
    """
    said = set(letter) & SPECIFIC
    if said & set(stored):
        return "agree"
    if not said:
        return "vague"
    if "" in stored:
        return "agree"
    if set(stored) - SPECIFIC:
        return "vague"
    return "contradict"
