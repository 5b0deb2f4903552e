"""BID_ON: a company → the project number it took part in, bid on, was shortlisted for or won."""

from __future__ import annotations

import re
from typing import Any

from .context import ORG, Ctx, Ent, sentence_bounds


def bid_on(ctx: Ctx, kind: str, penalized: list[dict[str, Any]]) -> list[dict[str, Any]]:
    view = ctx.view
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    projects = [e for e in ctx.ents if e.label == "PROJECT_NO"]
    if not projects:
        return out

    def add(c: Ent, p: Ent) -> None:
        key = (ctx.canon_text(c), ctx.canon_text(p))
        if key not in seen:
            seen.add(key)
            out.append({"type": "BID_ON", "from": ctx.canon(c), "to": ctx.canon(p)})

    if kind == "penalty_decision":
        targets = {r["to"] for r in penalized}
        for c in ctx.ents:
            if c.idx in targets and c.label in ORG:
                for p in projects:
                    add(c, p)
    for p in projects if kind != "penalty_decision" else []:
        s0, s1 = sentence_bounds(view, p.start)
        sent = view[s0:s1]
        if not re.search(r"(参与|参加|投标|中标|成交|入围|响应|报名|竞标)", sent):
            continue
        for c in ctx.ents_in(s0, s1, ("COMPANY",)):
            if re.search(r"(投诉人|质疑人|申请人)\s*[:：]?\s*$", view[max(0, c.start - 6):c.start]):
                continue
            if re.search(r"(出具|制造商|代理机构)", view[c.end:c.end + 4]) or re.search(
                    r"(制造商|生产商|出具)\s*$", view[max(0, c.start - 4):c.start]):
                continue
            if re.match(r"[^,，。;；:：、\n“”\"]*(项目|工程|采购)", view[c.end:c.end + 40]):
                continue
            add(c, p)
    if len({ctx.canon_text(p) for p in projects}) == 1 and kind != "penalty_decision":
        # one project in the letter: a company named as a bidder anywhere (投标人X, 第一中标候选人X,
        # X的投标文件/投标保证金) bid on it
        p = projects[0]
        for c in ctx.ents:
            if c.label != "COMPANY":
                continue
            left, right = view[max(0, c.start - 12):c.start], view[c.end:c.end + 8]
            if re.search(r"(投标人|中标候选人|成交候选人|中标人|成交供应商|中标供应商|投标单位|竞标单位)\s*[:：]?\s*$", left) \
                    or re.match(r"\s*(的)?(投标文件|投标保证金|投标报价|响应文件)", right) \
                    or re.match(r"[^，。；;\n]{0,60}?等?[两三四五六七八九十\d]+家(投标人|投标单位|供应商)", view[c.end:c.end + 70]):
                if re.search(r"(投诉人|质疑人|申请人|代理机构)\s*[:：]?\s*$", left):
                    continue
                add(c, p)
    return out

