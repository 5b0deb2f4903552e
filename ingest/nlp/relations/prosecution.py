"""REFERRED by prosecution: a procuratorate bringing a case to court (提起公诉), and an investigator's
own 移送审查起诉 addressed to a procuratorate (起诉意见书: 现将此案移送审查起诉 / 此致 X人民检察院).

The procuratorate must be named as the one that does it — in the sentence (X人民检察院以…罪，于…向本院
提起公诉) or as the writer of an indictment (本院认为…提起公诉, its issuer) — and the court is the one
named after 向, the court the text speaks as (本院 in a judgment with its header), or the indictment's
此致 addressee. A court that is only 本院 gives an implicit relation (the other end unnamed); 公诉机关
alone names no one. The date is the one the sentence gives, else an indictment's signature date; the
evidence is the sentence's 起诉书 number, else the indictment's own.
"""

from __future__ import annotations

import re
from typing import Any

from .context import Ctx, Ent, sentence_bounds

_PROSECUTE = re.compile(r"提起公诉|移送审查起诉")
_NOT_DONE = re.compile(r"(不|拟|建议|是否|可以|可|未)")
_PROCURATORATE = re.compile(r"检察院$")
_COURT = re.compile(r"法院$")
_ADDRESSEE = re.compile(r"此\s*致\s*[:：]?\s*")


def _court_named_after(ctx: Ctx, at: int, ending: re.Pattern[str]) -> Ent | None:
    """The court (or procuratorate) written right after ``at`` (此致⏎X人民法院)."""
    return next((e for e in ctx.ents if e.start == at and e.label == "AGENCY" and ending.search(e.view)), None)


def prosecutions(ctx: Ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(REFERRED, implicit REFERRED) of the 提起公诉 a document states."""
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
            continue  # 建议…提起公诉 / 不提起公诉 / 可以…提起公诉: none brought
        sender: Ent | None
        if m.group() == "移送审查起诉":
            # the writer's own transfer with no receiver in its sentence (an investigator's 起诉意见书:
            # 现将此案移送审查起诉 / 此致 X人民检察院); one that names its receiver is read in :mod:`.referred`
            if issuer is None or _PROCURATORATE.search(issuer.view) or ctx.ents_in(s0, s1, ("AGENCY",)) \
                    or not re.search(r"(现将|现|特将|依法将)[^，。；]{0,8}$", view[clause_s:t0]):
                continue
            sender, writer, court_end = issuer, True, _PROCURATORATE
        else:
            named = [a for a in ctx.ents_in(s0, t0, ("AGENCY",)) if _PROCURATORATE.search(a.view)]
            sender, writer, court_end = (named[-1] if named else None), False, _COURT
            if sender is None and issuer is not None and _PROCURATORATE.search(issuer.view):
                sender, writer = issuer, True  # an indictment: 本院认为…提起公诉
        if sender is None:
            continue
        receiver: Ent | None = None
        mention: str | None = None
        to = re.search(r"向\s*(本院|\S)", view[clause_s:t0])
        if to is not None and to.group(1) == "本院" and not writer:
            if issuer is not None and _COURT.search(issuer.view):
                receiver = issuer
            else:
                mention = "本院"
        elif to is not None:
            at = clause_s + to.start(1)
            receiver = _court_named_after(ctx, at, court_end)
        if receiver is None and mention is None and writer:
            addressed = _ADDRESSEE.search(view, t0)
            receiver = _court_named_after(ctx, addressed.end(), court_end) if addressed else None
        if receiver is None and mention is None:
            continue
        key = (ctx.canon_text(sender), ctx.canon_text(receiver) if receiver is not None else None)
        if key in seen:
            continue
        seen.add(key)
        dates = [d for d in ctx.ents_in(sender.end if not writer else clause_s, t0, ("DATE",))]
        if not dates and writer and receiver is not None:
            dates = ctx.ents_in(receiver.end, len(view), ("DATE",))[:1]  # the indictment's signature date
        docs = ctx.ents_in(s0, s1, ("DOC_NO",))
        if not docs and writer:
            docs = [d for d in ctx.ents if d.label == "DOC_NO" and not view[:d.start].count("\n") > 3][:1]
        rel = {"type": "REFERRED", "from": ctx.canon(sender), "to": ctx.canon(receiver) if receiver else None,
               "evidence_doc_no": docs[0].idx if docs else None, "date": dates[-1].idx if dates else None}
        if receiver is None:
            rel["null_endpoint_mention"] = mention
            implicit.append(rel)
        else:
            rels.append(rel)
    return rels, implicit
