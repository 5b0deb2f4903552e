"""HOLDS_POSITION (person → position mention, with the organisation) and LEGAL_REP (法定代表人)."""

from __future__ import annotations

import re
from typing import Any

from .context import ORG, Ctx, Ent

_PARTY_ROLE = r"\s*(原告|被告|上诉人|被上诉人|第三人|申请人|被申请人|当事人|上诉单位|原审被告单位|被告单位|投诉人|被投诉人)"


def positions(ctx: Ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    view = ctx.view
    hp: list[dict[str, Any]] = []
    lr: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    ents = ctx.ents
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}

    def org_for(pos: Ent) -> Ent | None:
        # ORG directly before the title, possibly through a chain of titles (党组书记、局长)
        j = pos.start
        while True:
            prev = by_end.get(j)
            if prev is None and view[j - 1:j] == "原":
                prev = by_end.get(j - 1)
            if prev is None:
                break
            if prev.label in ORG:
                return prev
            if prev.label == "POSITION":
                j = prev.start
                while j > 0 and view[j - 1] in "、":
                    j -= 1
                continue
            break
        k = j
        while k > 0 and view[k - 1] in "、":
            k -= 1
        if k != j and by_end.get(k) is not None and by_end[k].label == "POSITION":
            return org_for(by_end[k])
        pre = view[max(0, pos.start - 4):pos.start]
        m = re.search(r"(该局|该单位|该公司|该院|该委|局|公司|单位)$", pre)
        line_s = view.rfind("\n", 0, pos.start) + 1
        if m:
            want = "COMPANY" if "公司" in m.group() else None
            cands = [e for e in ents if e.label in ORG and e.end <= pos.start and (want is None or e.label == want)]
            return cands[-1] if cands else None
        # 法定代表人:X,总经理 inside a party block -> the party named on the line(s) before
        line = view[line_s:pos.start]
        if re.match(r"\s*(法定代表人|法人代表|负责人|诉讼代表人)", line) or re.match(
                r"\s*(法定代表人|法人代表|负责人)", view[pos.start:pos.end]) and line.strip() == "":
            end = line_s
            for _ in range(4):
                if end <= 0:
                    break
                ls = view.rfind("\n", 0, end - 1) + 1
                line_txt = view[ls:end]
                on_line = [e for e in ents if e.label in ORG and ls <= e.start and e.end <= end]
                if on_line and re.match(_PARTY_ROLE, line_txt):
                    return on_line[0]
                end = ls
            ls = view.rfind("\n", 0, max(0, line_s - 1)) + 1
            on_prev = [e for e in ents if e.label in ORG and ls <= e.start and e.end <= line_s]
            if on_prev:
                return on_prev[0]
        return None

    for pos in [e for e in ents if e.label == "POSITION"]:
        persons: list[Ent] = []
        # a chain of titles followed by the name: 原党组书记、局长X / 原党组成员副局长X
        q = pos
        while True:
            nxt_off = q.end + len(re.match(r"\s*[:：、]?\s*", view[q.end:]).group())  # type: ignore[union-attr]
            nxt = by_start.get(nxt_off)
            if nxt is not None and nxt.label == "POSITION":
                q = nxt
                continue
            break
        if nxt is not None and nxt.label == "PERSON":
            persons = [nxt]
        else:
            line_s = view.rfind("\n", 0, pos.start) + 1
            s0 = max(view.rfind("。", 0, pos.start), view.rfind(";", 0, pos.start), line_s - 1) + 1
            if re.match(r"\s*(系|现任|任|职务)", view[s0:pos.start]) or re.search(r"职务\s*[:：]", view[line_s:pos.start]):
                s0 = line_s
            prior = [e for e in ents if e.label == "PERSON" and s0 <= e.start and e.end <= pos.start]
            if prior:
                # a coordinated group right before: 甲、乙,某律师事务所律师 / 甲,总经理
                group = [prior[-1]]
                i = len(prior) - 2
                while i >= 0 and view[prior[i].end:group[0].start] in ("、", "和", "及"):
                    group.insert(0, prior[i])
                    i -= 1
                between = view[group[-1].end:pos.start]
                orgs_between = [e for e in ents if e.label in ORG and group[-1].end <= e.start and e.end <= pos.start]
                stripped = between
                for o in orgs_between:
                    stripped = stripped.replace(view[o.start:o.end], "")
                if re.fullmatch(r"\s*[,，]\s*(?:该局|该单位|该公司|该院|原)?\s*", stripped):
                    persons = group
                else:
                    verbs = [v for v in re.finditer(r"(系|现任|担任|任|为|职务\s*[:：])", view[s0:pos.start])
                             if not re.search(r"[,，]", view[s0 + v.end():pos.start])]
                    first_p = prior[0]
                    if re.match(r"\s*[,，(（]\s*[男女]", view[first_p.end:first_p.end + 4]) and re.search(
                            r"[,，]\s*$", view[s0:(orgs_between[0].start if orgs_between else pos.start)]):
                        persons = [first_p]
                    elif verbs:
                        vpos = s0 + verbs[-1].start()
                        subj = [e for e in prior if e.end <= vpos]
                        if subj:
                            persons = [subj[-1]]
        if not persons:
            continue
        org = org_for(pos)
        for p in persons:
            key = ("H", ctx.canon_text(p), pos.idx, ctx.canon_text(org) if org else None)
            if key in seen:
                continue
            seen.add(key)
            hp.append({"type": "HOLDS_POSITION", "from": ctx.canon(p), "to": pos.idx,
                       "org": ctx.canon(org) if org else None})
            if pos.view in ("法定代表人", "法人代表") and org is not None:
                k2 = ("L", ctx.canon_text(p), ctx.canon_text(org))
                if k2 not in seen:
                    seen.add(k2)
                    lr.append({"type": "LEGAL_REP", "from": ctx.canon(p), "to": ctx.canon(org)})
    return hp, lr

