"""Relation extraction over recognised entities: REFERRED, PENALIZED, LEGAL_REP, HOLDS_POSITION, BID_ON.

Rules over trigger verbs, the local syntax of the letters and the layout of decisions, forms and
tables (sender before the verb, receiver after it, self-references resolved to the issuer), one
module per relation:

* :mod:`.referred` — transfers stated in the text; :mod:`.prosecution` — a procuratorate bringing a case
  to court (提起公诉); :mod:`.layout` — the referral a letter's act and a form make;
* :mod:`.penalized`, :mod:`.positions` (HOLDS_POSITION, LEGAL_REP), :mod:`.bid_on`.

Relations point at entity indices; endpoints use the canonical (fullest) mention of a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .bid_on import bid_on
from .context import Ctx, Ent
from .layout import (
    act_referral,
    addressee,
    cited_transfers,
    co_issuers,
    form_referral,
    table_referrals,
)
from .penalized import penalized
from .positions import positions
from .prosecution import prosecutions
from .referred import referred_in_text

__all__ = ["Ent", "extract_relations"]


def extract_relations(view: str, ents: Sequence[Ent], *, kind: str, issuer: int | None,
                      aliases: dict[str, str], act: Any = None
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Relations and implicit relations (one endpoint unnamed) for a document."""
    ctx = Ctx(view, ents, aliases, issuer)
    ctx.addressee = addressee(ctx)
    ref, ref_imp = referred_in_text(ctx, kind)
    have = {(r["from"], r["to"]) for r in ref}
    for r in form_referral(ctx) + table_referrals(ctx) + cited_transfers(ctx):
        if (r["from"], r["to"]) not in have:
            have.add((r["from"], r["to"]))
            ref.append(r)
    pros, pros_imp = prosecutions(ctx)
    for r in pros:
        if (r["from"], r["to"]) not in have:
            have.add((r["from"], r["to"]))
            ref.append(r)
    ref_imp += pros_imp
    made = {(r["from"], r["to"]): r for r in ref}
    for r in act_referral(ctx, act):
        found = made.get((r["from"], r["to"]))
        if found is None:
            ref.append(r)
            continue
        for k in ("evidence_doc_no", "date"):  # the letter that makes the transfer: its own number and date
            if found.get(k) is None:
                found[k] = r[k]
    ref += _for_each_writer(ctx, ref)
    # a transfer inside one body (X局 → X局经侦大队) is no hand-over (GUIDELINES: 本院刑检部门 → 行政检察部门)
    ref = [r for r in ref if not _inside_one_body(ctx, r)]
    pen, pen_imp = penalized(ctx, kind)
    hp, lr = positions(ctx)
    bid = bid_on(ctx, kind, pen + pen_imp)
    aliases.update({k: v for k, v in ctx.alias.items() if k not in aliases})
    return ref + pen + lr + hp + bid, ref_imp + pen_imp


def _inside_one_body(ctx: Ctx, r: dict[str, Any]) -> bool:
    """One end is a unit of the other (X局 → X局经侦大队, X县财政局采购股 → X县财政局); a branch
    (X市公安局Y分局) is an organ of its own."""
    a, b = (ctx.canon_text(ctx.ents[r[k]]) for k in ("from", "to"))
    short, long = sorted((a, b), key=len)
    return a != b and long.startswith(short) and "分局" not in long[len(short):]


_JOINTLY = re.compile(r"(?:联合|共同)\S{0,8}(?:移送|移交|转送|转交)")


def _for_each_writer(ctx: Ctx, ref: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A joint header's letter (中共X县纪律检查委员会 / X县监察委员会, writing as 我委) sends and receives
    as each of its organs: the referrals of the lead issuer, repeated for the others."""
    co = co_issuers(ctx)
    if not co or ctx.issuer is None:
        return []
    organs = [ctx.ents[ctx.issuer], *co]
    # only where the writers speak as one body (我委 under 纪委 + 监委) or say they act together (联合移送,
    # 现联合将…移送你委: a joint letter of two bodies), not a joint meeting's header
    one_body = re.search(r"(我|本)委", ctx.view) and all(re.search(r"委(员会)?$", e.view) for e in organs)
    if not one_body and not _JOINTLY.search(ctx.view):
        return []
    lead = ctx.canon(ctx.ents[ctx.issuer])
    have = {(r["from"], r["to"]) for r in ref}
    out: list[dict[str, Any]] = []
    for r in ref:
        for e in co:
            other = ctx.canon(e)
            for pair in ((other, r["to"]) if r["from"] == lead else None, (r["from"], other) if r["to"] == lead else None):
                if pair is not None and pair not in have and pair[0] != pair[1]:
                    have.add(pair)
                    out.append({**r, "from": pair[0], "to": pair[1]})
    return out
