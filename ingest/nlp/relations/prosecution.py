"""REFERRED by prosecution: an investigator's own 移送审查起诉 addressed to a procuratorate (起诉意见书:
现将此案移送审查起诉 / 此致 X人民检察院) — the receiver is the 此致 addressee, the date the signature's,
the evidence the document's own number. A 移送审查起诉 that names its receiver is read in :mod:`.referred`.

A procuratorate bringing the case to court (提起公诉) is no REFERRED: the annotation guideline's
transfers are supervision's hand-overs (移送, 移交, 转交, 反馈(问题线索), 线索函), and development sets
dev4, dev9 and dev10 annotate none (dev6 did; changed on 2026-12-07 after dev9 and dev10 were read).
"""

from __future__ import annotations

import re
from typing import Any

from .context import Ctx, Ent, sentence_bounds

_PROSECUTE = re.compile(r"移送审查起诉")
_NOT_DONE = re.compile(r"(不|拟|建议|是否|可以|可|未)")
_PROCURATORATE = re.compile(r"检察院$")
_ADDRESSEE = re.compile(r"此\s*致\s*[:：]?\s*")


def _named_after(ctx: Ctx, at: int, ending: re.Pattern[str]) -> Ent | None:
    """The procuratorate written right after ``at`` (此致⏎X人民检察院)."""
    return next((e for e in ctx.ents if e.start == at and e.label == "AGENCY" and ending.search(e.view)), None)


def prosecutions(ctx: Ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(REFERRED, implicit REFERRED) of an investigator's own 移送审查起诉 (none implicit)."""
    view = ctx.view
    issuer = ctx.ents[ctx.issuer] if ctx.issuer is not None else None
    rels: list[dict[str, Any]] = []
    implicit: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()
    for m in _PROSECUTE.finditer(view):
        t0 = m.start()
        s0, s1 = sentence_bounds(view, t0)
        clause_s = max([s0] + [s0 + c.end() for c in re.finditer(r"[，,]", view[s0:t0])])
        if _NOT_DONE.search(view, clause_s, t0):
            continue  # 建议…移送审查起诉 / 不移送…: none sent
        # the writer's own transfer with no receiver in its sentence
        if issuer is None or _PROCURATORATE.search(issuer.view) or ctx.ents_in(s0, s1, ("AGENCY",)) \
                or not re.search(r"(现将|现|特将|依法将)[^，。；]{0,8}$", view[clause_s:t0]):
            continue
        addressed = _ADDRESSEE.search(view, t0)
        receiver = _named_after(ctx, addressed.end(), _PROCURATORATE) if addressed else None
        if receiver is None:
            continue
        key = (ctx.canon_text(issuer), ctx.canon_text(receiver))
        if key in seen:
            continue
        seen.add(key)
        dates = ctx.ents_in(clause_s, t0, ("DATE",)) or ctx.ents_in(receiver.end, len(view), ("DATE",))[:1]
        docs = ctx.ents_in(s0, s1, ("DOC_NO",)) or [d for d in ctx.ents if d.label == "DOC_NO"
                                                   and not view[:d.start].count("\n") > 3][:1]
        rels.append({"type": "REFERRED", "from": ctx.canon(issuer), "to": ctx.canon(receiver),
                     "evidence_doc_no": docs[0].idx if docs else None, "date": dates[-1].idx if dates else None})
    return rels, implicit
