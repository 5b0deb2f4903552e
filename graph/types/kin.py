"""Kin words as letters write them, read from one vocabulary: ``family_relation`` in graph/schema.yaml
(what a FAMILY tie's relative is to the person — spouse | child | parent | sibling | in_law | other).
Every pattern that reads kin in a letter is built here, from that vocabulary's words:

* :data:`ONE` — a word for one relative (配偶, 弟弟, 其 + 弟 …), longer words first;
* :data:`TWO` — those of two or more characters (safe to match anywhere: 女婿, 妹夫);
* :data:`SINGLE` — the one-character words (妻, 弟, 子), a kin word only after 之/其 or in a phrase;
* :data:`LOOSE` — kin words matched anywhere in a window without knowing the direction: the
  two-character words, the single characters that are no part of common words, and 之子/之女/之父/之母
  (子 alone is in 电子, 女 in 女，1975年出生, 母 in 母公司);
* :data:`PAIRS` — words naming two people of one relation (夫妻 → spouse, 父子 → child);
* :func:`relation_of` — a word's relation code (``other`` when the vocabulary has none).

>>> relation_of("弟弟"), relation_of("之子"), relation_of("侄子")
('sibling', 'child', 'other')
"""

from __future__ import annotations

import re

from graph.types import vocabulary

_TERMS = vocabulary.terms("family_relation")
CODES = tuple(_TERMS)
_GROUPS = frozenset(w for t in _TERMS.values() for w in t.groups)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_NOT_ALONE = frozenset("子女父母")   # part of common words (电子, 母公司) unless 之 comes before

_RELATION_OF = {w: code for code, t in _TERMS.items() for w in (t.zh, *t.words) if _CJK.fullmatch(w)}
ONE = tuple(sorted({w for w in _RELATION_OF if w not in _GROUPS}, key=lambda w: (-len(w), w)))
TWO = tuple(w for w in ONE if len(w) >= 2)
SINGLE = tuple(w for w in ONE if len(w) == 1)
PAIRS = {w: code for code, t in _TERMS.items() for w in t.groups if len(w) == 2 and code != "other"}
LOOSE = (*TWO, *(w for w in SINGLE if w not in _NOT_ALONE), *("之" + w for w in SINGLE if w in _NOT_ALONE))


def alternation(words: tuple[str, ...]) -> str:
    """``(?:w1|w2|…)`` for a regular expression, longer words first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def relation_of(word: str) -> str:
    """The relation a kin word states: ``弟`` → sibling, ``之子`` → child; ``other`` for a word the
    vocabulary does not code (or codes as ``other``: 亲属, 侄子)."""
    w = word.removeprefix("之").removeprefix("的").removeprefix("其")
    return _RELATION_OF.get(w, "other")
