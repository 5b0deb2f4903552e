"""What every relation rule reads: the entities of one document (:class:`Ent`), and the document
around them (:class:`Ctx`: the simplified text, the issuer, the addressee, the aliases that give
each name its canonical mention), with the small shapes the rules share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.agency_shape import ADDRESSEE_REF_AT, SELF_REF_AT


@dataclass(frozen=True)
class Ent:
    idx: int
    start: int
    end: int
    label: str
    text: str  # as written in the original text
    view: str  # simplified


ORG = ("AGENCY", "COMPANY")
SELF_REF = SELF_REF_AT  # 我局/本机关… at the start of a text (ingest.agency_shape)
SELF_IN = re.compile(SELF_REF.pattern.lstrip("^"))  # … anywhere in it
ADDR_REF = ADDRESSEE_REF_AT  # 你局/贵委…: how a letter names its addressee in running text
GENERIC_AG = re.compile(r"^(公安机关|司法机关|检察机关|审判机关|纪检监察机关|监察机关|有关部门|相关部门|主管部门|财政部门|"
                        r"公安部门|行政监督部门|行业主管部门|有关单位|相关单位|审计机关|市场监管部门)")
_SENT_END = re.compile(r"[。;；!！?？\n]")


def sentence_bounds(view: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence around ``pos`` (a line ends one too)."""
    s = max((m.end() for m in _SENT_END.finditer(view, 0, pos)), default=0)
    m = _SENT_END.search(view, pos)
    return s, (m.start() if m else len(view))


class Ctx:
    """One document as the relation rules see it."""

    def __init__(self, view: str, ents: Sequence[Ent], aliases: dict[str, str], issuer: int | None) -> None:
        self.view = view
        self.ents = list(ents)
        self.issuer = issuer
        self.addressee: Ent | None = None
        self.alias = dict(aliases)
        self._auto_aliases()
        # canonical mention per canonical text: first mention of the canonical text
        self.first: dict[str, int] = {}
        for e in self.ents:
            self.first.setdefault(e.text, e.idx)

    def _auto_aliases(self) -> None:
        """Level-prefixed short forms (市财政局) alias the unique full name ending the same way."""
        full = {e.text for e in self.ents if e.label == "AGENCY"}
        for e in self.ents:
            if e.label != "AGENCY" or e.text in self.alias:
                continue
            if e.view[:1] in "省市县区州" and len(e.view) >= 3:
                cands = {f for f in full if f != e.text and f.endswith(e.text) and len(f) > len(e.text)}
                if not cands:
                    # 市纪委监委 in 中共X市纪委监委机关: the full name holds the short form after its place
                    # (a name that goes on after it is a sub-unit: 区财政局 is not X区财政局办公室)
                    cands = {f for f in full if f != e.text and e.text in f and f.index(e.text) > 0
                             and f[f.index(e.text) + len(e.text):] in ("", "机关")
                             and not any(o != f and o != e.text and e.text in o for o in full if o not in (f,))}
                if not cands:
                    cands = {f for f in full if _abbreviates(e.text, f)}
                if len(cands) == 1:
                    self.alias[e.text] = cands.pop()

    def canon_text(self, e: Ent) -> str:
        return self.alias.get(e.text, e.text)

    def canon(self, e: Ent) -> int:
        t = self.canon_text(e)
        return self.first.get(t, e.idx)

    def sentence(self, pos: int) -> tuple[int, int]:
        """:func:`sentence_bounds`, but a line break inside a document number (四公铁（经）诉字⏎〔2026〕14号)
        ends no sentence."""
        s0, s1 = sentence_bounds(self.view, pos)
        for d in self.ents:
            if d.label == "DOC_NO" and d.start < s0 < d.end:
                s0 = sentence_bounds(self.view, d.start)[0]
            if d.label == "DOC_NO" and d.start < s1 < d.end:
                s1 = sentence_bounds(self.view, d.end)[1]
        return s0, s1

    def ents_in(self, s: int, e: int, labels: tuple[str, ...]) -> list[Ent]:
        return [x for x in self.ents if s <= x.start and x.end <= e and x.label in labels]


_PEOPLES = {"政府": "人民政府", "法院": "人民法院", "检察院": "人民检察院"}


def _abbreviates(short: str, full: str) -> bool:
    """区市监局 / 区住建局 / 区纪委 short for the organ after the same level in a full name (X区市场监督管理局,
    X区住房和城乡建设局, 中共X区纪律检查委员会): the short organ's characters in order, the same first and
    last (委 for 委员会), with a gap — a contiguous piece (区纪委 in X区纪委监委) names a part, not the whole."""
    level, organ = short[:1], short[1:]
    if len(organ) < 2 or level not in full:
        return False
    rest = full[full.rindex(level) + 1:]
    if _PEOPLES.get(organ) == rest:
        return True   # 市政府 for X市人民政府, 县法院 / 县检察院 for X县人民法院 / X县人民检察院
    if rest == "公共资源" + organ:
        return True   # 县交易中心 for X县公共资源交易中心: the centre's own short name
    rest_end = "委" if rest.endswith("委员会") else rest[-1:]
    if len(rest) <= len(organ) or organ in rest or organ[0] != rest[:1] or organ[-1] != rest_end:
        return False
    it = iter(rest)
    return all(ch in it for ch in organ)
