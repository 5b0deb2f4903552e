"""Titles (POSITION): every mention the gazetteer lists, kept only when attached to a person or an
organisation after the other spans are merged."""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import Gazetteer, load_gazetteer
from .base import CELL_SEP, PRIO, Cand

_ORGAN_IN_TITLE = ("党委", "党组", "党工委", "纪委", "党支部", "村委会")
_POS_NOT_ATTACHED_BEFORE = re.compile(r"(该项目|中标单位|交易中心的|现有)$")
# the separator between two cells of a table row written in text, and a count of people
_CELL_BEFORE = re.compile(f"(?:{CELL_SEP.pattern})$")
_COUNT_BEFORE = re.compile(r"(?:等)?[\d一二两三四五六七八九十]+(?:名|人|位)$")
# a cell that names the post's unit before it (| 政府采购股股长 |, | 经侦大队副大队长 |)
_CELL_UNIT_BEFORE = re.compile(f"(?:{CELL_SEP.pattern})[\u4e00-\u9fff]{{1,12}}(?:股|科|室|处|办公室|大队|中队|支队|所|站|中心|部)$")


def find_positions(text: str, gaz: Gazetteer) -> list[Cand]:
    """All title mentions (attachment is decided after merging, see ``attach_positions``)."""
    out: list[Cand] = []
    i = 0
    for i0 in gaz.starts(text, "position"):
        if i0 < i:
            continue
        e_pos = gaz.longest_at(text, i0, "position")
        if e_pos and text.startswith("委员会", i0) and text[i0:e_pos] == "委员" \
                or e_pos and text[i0:e_pos] == "董事" and text.startswith("会", e_pos) \
                or e_pos and text.startswith("库", e_pos):
            e_pos = None  # 村民委员会, 董事会: the organ's name, not the title 委员 / 董事; 专家库: a pool
        if e_pos:
            s = i0
            if s > 0 and text[s - 1] == "副" and text[s:s + 1] != "副":
                s -= 1  # 副股长, 副支队长: a deputy of any post
            if s > 0 and text[s - 1] == "原":
                s -= 1
            if text[s:e_pos] == "代表人" and text[s - 2:s] == "诉讼" or text[s:e_pos] == "工作人员" and text[s - 2:s] == "国家":
                i = e_pos
                continue  # 诉讼代表人: a party's procedural role; 国家工作人员: the Criminal Law's category — no post
            out.append(Cand(s, e_pos, "POSITION", PRIO["POSITION"]))
            for organ in _ORGAN_IN_TITLE:
                if text.startswith(organ, i0) and gaz.longest_at(text, i0 + len(organ), "position") == e_pos:
                    # XX镇党委副书记: the committee may be the agency's name, the rest the title
                    out.append(Cand(i0 + len(organ), e_pos, "POSITION", PRIO["POSITION"]))
            i = e_pos
    return out


def attach_positions(text: str, cands: list[Cand], positions: list[Cand]) -> list[Cand]:
    """Keep title mentions attached to a person or an organisation."""
    by_end = {c.end: c for c in cands}
    by_start = {c.start: c for c in cands}
    pos_by_end = {p.end: p for p in positions}
    kept: list[Cand] = []
    for p in positions:
        if any(c.start <= p.start and p.end <= c.end for c in cands):
            continue
        prev = by_end.get(p.start)
        nxt = by_start.get(p.end)
        # allow a separator between title and name: 法定代表人:X, 局长 X
        if nxt is None:  # 法定代表人：X, 法定代表人为X
            m = re.match(r"\s*[:：]?\s*(?:(?:均|都|分别|也)?(?:为|是|系)|的(?:被告人|犯罪嫌疑人|证人))?\s*", text[p.end:p.end + 8])
            nxt = by_start.get(p.end + (m.end() if m else 0))
        if prev is None and text[p.start - 1:p.start] in (")", "）"):
            opened = max(text.rfind("(", max(0, p.start - 30), p.start), text.rfind("（", max(0, p.start - 30), p.start))
            named = by_end.get(opened) if opened >= 0 and re.match(r"[(（]\s*(?:以下简称|以下称|下称|简称)", text[opened:]) else None
            if named is not None and named.label in ("AGENCY", "COMPANY"):
                prev = named  # X有限公司（以下简称“X公司”）法定代表人: the firm before its defined short name
        if prev is None and nxt is not None and nxt.label == "PERSON":
            # 该局局长X / 局党委书记X: one org word skipped (经该公司董事长提名, 要求监理公司总监出示: no one's)
            for k in (1, 2):
                if text[p.start - k:p.start] in ("局", "院", "该局", "该院", "公司", "该公司", "单位", "委", "府", "部"):
                    prev = by_end.get(p.start - k) or Cand(0, 0, "_ORGWORD", 0)
                    break
        attached = False
        m_pre = re.search(r"(\S+?)[,，]\s*(?:该局|该单位|该公司|该院|该委|该中心|该所|本单位|原)?$",
                          text[max(0, p.start - 12):p.start])
        if m_pre:
            pc = by_end.get(p.start - (len(m_pre.group()) - len(m_pre.group(1))))
            if pc is not None and pc.label == "PERSON":
                attached = True
        before = by_end.get(p.start - 1)
        cell = _CELL_BEFORE.search(text, max(0, p.start - 8), p.start) \
            or _CELL_UNIT_BEFORE.search(text, max(0, p.start - 20), p.start)  # | 政府采购股|股长 |: its unit first
        left_cell = by_end.get(cell.start()) if cell else None
        if left_cell is not None and left_cell.label in ("PERSON", "AGENCY", "COMPANY"):
            attached = True  # a table row: 宋立春 | 局长
        if cell is not None and any(c.label == "PERSON" and text.rfind("\n", 0, p.start) < c.start < cell.start()
                                    for c in cands):
            attached = True  # the title cell of a person's row, whatever the cells between (an unknown work unit)
        count = _COUNT_BEFORE.search(text, max(0, p.start - 8), p.start)
        counted = by_end.get(count.start()) if count else None
        if counted is not None and counted.label == "PERSON":
            attached = True  # …、达娃3名执法人员: the post of the people a list counts
        if text[p.start - 1:p.start] == "(" and before is not None and before.label == "PERSON":
            attached = True  # 张**（科长）, 李某某（项目经理）: the post in brackets after the name
        party = re.search(r"[(（]((?:投标|中标|成交|竞标|采购|申请|被申请|举报|投诉)(?:人|单位|方)|供应商)$",
                          text[max(0, p.start - 8):p.start])
        if party and (named := by_end.get(p.start - len(party.group()))) is not None and named.label == "PERSON":
            attached = True  # 马某（投标人法定代表人）: the post of the party the bracket says the person speaks for
        unit = re.search(r"[(（]([\u4e00-\u9fff]{1,16})$", text[max(0, p.start - 17):p.start])
        if unit and text[p.end:p.end + 1] in (")", "）") and re.search(r"[科股处室部组队所站]$", unit.group(1)):
            named = by_end.get(p.start - len(unit.group(1)) - 1)
            if named is not None and named.label == "PERSON":
                attached = True  # 郑**（综合业务股股长）: the post of a sub-unit, in brackets after the name
        if nxt is not None and nxt.label == "PERSON" or prev is not None and prev.label in ("AGENCY", "COMPANY", "PERSON", "_ORGWORD") or prev is None and text[p.start - 1:p.start] in ("、", "和") and pos_by_end.get(p.start - 1):
            attached = True
        else:
            # 甲,男,…,系某公司法定代表人、董事长 ; 甲、乙,某律师事务所律师
            seg_start = max(text.rfind("。", 0, p.start), text.rfind("\n", 0, p.start)) + 1
            seg = [c for c in cands if seg_start <= c.start < p.start]
            if any(c.label == "PERSON" for c in seg):
                j = p.start
                while j > seg_start and text[j - 1] in "、":
                    j -= 1
                chain_prev = [c for c in seg if c.end == j]
                if chain_prev or (j > 0 and pos_by_end.get(j)):
                    attached = True
            subj = [c for c in seg if c.label == "PERSON"]
            if any(re.search(r"(系|为|任|担任|是|职务[:：])", text[sj.end:p.start]) and p.start - sj.end < 60
                   for sj in subj[:1] + subj[-1:]):
                attached = True  # 甲系…董事长; …，杨某以其担任法定代表人的…: the first or the nearest person
            if text[p.start - 1:p.start] in ("(", ":") and re.search(r"(记者|编辑)", text[p.start:p.end]):
                attached = bool(nxt and nxt.label == "PERSON")
        if _POS_NOT_ATTACHED_BEFORE.search(text[max(0, p.start - 6):p.start]):
            attached = False
        if text[p.start:p.end] in ("法定代表人", "法人代表") and re.match(r"\s*[:：]\s*\*", text[p.end:p.end + 4]):
            attached = True
        if text[p.start:p.end] in ("员工", "职工", "工作人员", "负责人", "专家") \
                and (prev is None or prev.label == "_ORGWORD" and text[p.start - 2:p.start] == "公司") and not (
                nxt is not None and nxt.label == "PERSON") and not m_pre:
            attached = False
        if attached:
            kept.append(p)
            pos_by_end[p.end] = p
    return kept


_TITLE_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}[长员师]")
# an internal department of a firm written before a title (经营部经理, 设备科科长, 质检课采购副经理):
# the department and an optional 2-character line of work stay in the POSITION
_DEPT_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:部|科|处|课|室)[\u4e00-\u9fff]{0,2}")
_DEPT_BAD = re.compile(r"[的了在和与及或对向将被由从为是于等该其本我你他她各]|担任|任职|兼任|系|任")


def department_titles(text: str, cands: list[Cand], positions: list[Cand]) -> list[Cand]:
    """Titles with a firm's department before them: the department starts right after a
    company's name or after a tenure word or a list separator (担任|质检课课长, 、|经营部员工), and
    is no part of an agency's name (an agency's 科 or 处 is its sub-unit, in the AGENCY span)."""
    by_end = {c.end: c for c in cands}
    covered = {k for c in cands for k in range(c.start, c.end)}
    out: list[Cand] = []
    for p in positions:
        best = None
        for s in range(max(0, p.start - 9), p.start - 2):
            if any(k in covered for k in range(s, p.start)) or not _DEPT_BEFORE.fullmatch(text, s, p.start) \
                    or _DEPT_BAD.search(text, s, p.start):
                continue
            before = by_end.get(s)
            sentence = max(text.rfind("。", 0, s), text.rfind("\n", 0, s))
            orgs = [c for c in cands if sentence < c.start and c.end <= s and c.label in ("AGENCY", "COMPANY")]
            if before is not None and before.label == "COMPANY" \
                    or re.search(r"(担任|任职|兼任|系|任|为|、|，|,)$", text[max(0, s - 2):s]) \
                    and orgs and max(orgs, key=lambda c: c.end).label == "COMPANY":
                best = s  # (该院设备科科长、药剂科副主任: a hospital's department is no firm's)
                break
        out.append(Cand(best, p.end, "POSITION", p.prio) if best is not None else p)
    return out


def titles_between(text: str, cands: list[Cand], positions: list[Cand]) -> list[Cand]:
    """A title no list holds, written between an organisation and a person: 合作社理事长符某,
    审计局总审计师胡某 — one to three characters ending in 长/员/师, right after the organisation's
    name and right before the person's."""
    out: list[Cand] = []
    starts = {c.start: c for c in cands}
    taken = {k for p in positions for k in range(p.start, p.end)}
    for c in cands:
        if c.label not in ("AGENCY", "COMPANY"):
            continue
        m = _TITLE_WORD.match(text, c.end)
        if m is None or any(k in taken for k in range(m.start(), m.end())):
            continue
        person = starts.get(m.end())
        if person is not None and person.label == "PERSON":
            out.append(Cand(m.start(), m.end(), "POSITION", PRIO["POSITION"]))
    return out


# the posts a person is called by after a surname (王局长, 陈股长, 刘副局长: ingest/nlp/references.py)
_HEAD_ENDS = ("长", "主任", "书记", "经理", "主席")


@lru_cache(maxsize=1)
def address_titles() -> frozenset[str]:
    """The posts a person is called by after a surname (局长, 股长, 主任 …), each also with 副."""
    gaz = load_gazetteer()
    heads = {p for p in gaz.positions if p.endswith(_HEAD_ENDS) and not p.startswith("原")}
    return frozenset(heads | {"副" + p for p in heads if "副" not in p and not p.startswith(("常务", "分管"))})


# what a head is called by after a surname alone, in speech, records and minutes (周总, 周老板,
# 杨局) — the honorific → the posts it answers to (a deputy is 杨局 and 王总 as well: 副局长 ends
# with 局长). "法定代表人" stands for a company's legal representative however the graph records it.
HONORIFICS: dict[str, tuple[str, ...]] = {
    "总": ("总经理", "董事长", "法定代表人", "法人", "法人代表", "总裁", "执行董事"),
    "老板": ("法定代表人", "法人", "法人代表", "总经理", "董事长", "老板", "经营者", "负责人", "实际控制人", "执行董事"),
    "局": ("局长",),
}


def title_after_surname(word: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """``word`` (simplified) read as surname + post, (surname, post), or None: 王局长 → (王, 局长)."""
    titles = address_titles()
    for n in (2, 1):
        if word[:n] in gaz.surnames and word[n:] in titles:
            return word[:n], word[n:]
    return None
