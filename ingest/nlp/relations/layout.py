"""REFERRED from a document's layout: the act ingestion records (issuer → the addressee or 主送
line), a transfer form's fields (移送单位 / 接收单位), and a list of transfers in a table (a row per
clue, each with its 接收单位; the sender is the row's 移送单位 or the list's issuer). Fields and column
roles are read by :mod:`ingest.letter_fields`, as the letter reader reads them."""

from __future__ import annotations

import re
from typing import Any

from ingest.letter_fields import fields

from .context import Ctx, Ent, sentence_bounds
from .tables import in_cell, tables


def _addressee_field(view: str, ls: int, le: int) -> int | None:
    """Where the value of an addressee field (主送：…) on the line view[ls:le] starts, if it is one."""
    return next((ls + f.start for f in fields(view[ls:le]) if f.role == "addressee"), None)


def addressee(ctx: Ctx) -> Ent | None:
    """The AGENCY a letter is addressed to: it opens a line that ends in ':' (adjacent spans of one
    name: the last of them), in the first half of the letter."""
    view, ents = ctx.view, ctx.ents
    for i, e in enumerate(ents):
        if e.label != "AGENCY" or e.start > len(view) // 2 + 50:
            continue
        ls = view.rfind("\n", 0, e.start) + 1
        le = view.find("\n", e.start)
        le = len(view) if le < 0 else le
        field = _addressee_field(view, ls, le)
        lead = view[ls if field is None else min(field, e.start):e.start].strip()
        if lead not in ("", "中共", "中国共产党"):
            continue
        last = i
        while last + 1 < len(ents) and ents[last + 1].label == "AGENCY" and ents[last + 1].start == ents[last].end:
            last += 1
        tail = view[ents[last].end:le].strip()
        if (tail[-1:] in (":", "：") and len(tail) <= 40) or (field is not None and re.fullmatch(r"[、，,；;\s\w]{0,60}", tail)):
            return ents[last]
    return None


def co_issuers(ctx: Ctx) -> list[Ent]:
    """The other organs of a joint red header (中共X县纪律检查委员会⏎X县监察委员会, or both on one line):
    agencies standing alone on the lines right after the issuer's, or beside it on its line, before the
    title. A letter written by 我委 under such a header is each organ's."""
    if ctx.issuer is None:
        return []
    view, lead = ctx.view, ctx.ents[ctx.issuer]
    if view[view.rfind("\n", 0, lead.start) + 1:lead.start].strip():
        return []
    out: list[Ent] = []
    k = lead.end
    for e in ctx.ents:
        if e.start < lead.end or e.label != "AGENCY":
            continue
        gap = view[k:e.start]
        if not gap or gap.strip(" \t\u3000\n") or gap.count("\n") > 1:
            break  # the next agency is not the next name of the header
        line_s = view.rfind("\n", 0, e.start) + 1
        line_e = view.find("\n", e.end)
        line = view[line_s:line_e if line_e >= 0 else len(view)]
        for a in ctx.ents_in(line_s, line_s + len(line), ("AGENCY",)):
            line = line.replace(a.view, "", 1)
        if line.strip(" \t\u3000") not in ("", "文件"):
            break
        out.append(e)
        k = e.end
    return out


def act_referral(ctx: Ctx, act: Any) -> list[dict[str, Any]]:
    """The referral ingestion records for a letter, as relations: when the letter's act
    (:func:`ingest.letters.read_letter`, the function ingestion uses) hands a matter to another
    agency (``supervision.acts.REFERRAL_ACTS``: transfer, forward, anomaly report — not a return),
    issuer -> every agency on the addressee line, with the letter's own number and date."""
    from supervision.acts import REFERRAL_ACTS, number_key

    # a return (退回) moves custody back (the act says so, for the threads) but transfers nothing: no
    # REFERRED (GUIDELINES' hand-overs; dev8, dev9 and dev11 annotate none — dev3 did)
    if act is None or act.kind not in REFERRAL_ACTS or not act.addressee or ctx.issuer is None:
        return []
    first = addressee(ctx)
    if first is None:
        return []
    view = ctx.view
    ls = view.rfind("\n", 0, first.start) + 1
    le = view.find("\n", first.start)
    le = len(view) if le < 0 else le
    field = _addressee_field(view, ls, le)
    line_start = ls if field is None else min(field, first.start)
    receivers = [e for e in ctx.ents if e.label == "AGENCY" and ls <= e.start and e.end <= le
                 and re.fullmatch(r"[\s、，,和及]*(?:中共|中国共产党)?",
                                  view[line_start if e is first else _prev_end(ctx, e, ls):e.start])]
    src = ctx.ents[ctx.issuer]
    own_no = None
    if act.doc_no:
        key = number_key(act.doc_no)
        own_no = next((e.idx for e in ctx.ents if e.label == "DOC_NO" and number_key(e.view) == key), None)
    own_date = None
    for e in reversed(ctx.ents):
        if e.label == "DATE":
            dls = view.rfind("\n", 0, e.start) + 1
            dle = view.find("\n", e.end)
            dle = len(view) if dle < 0 else dle
            if not view[dls:e.start].strip() and len(view[e.end:dle].strip()) <= 2:
                own_date = e.idx
                break
    out = []
    for to in receivers:
        if ctx.canon_text(to) == ctx.canon_text(src):
            continue
        out.append({"type": "REFERRED", "from": ctx.canon(src), "to": ctx.canon(to), "evidence_doc_no": own_no,
                    "date": own_date, "structural": True})
    return out


# a receipt form by its title or its signing fields (签收单, 回执, 签收人：)
_RECEIPT_FORM = re.compile(r"签收单|回执|收件单|接收单|签\s*收\s*人\s*[:：]")


def form_referral(ctx: Ctx) -> list[dict[str, Any]]:
    """A transfer form or its receipt (移送单位：A / 接收单位：B / 移送时间：… / 移送文号 or 编号：…, the
    fields read by :func:`ingest.letter_fields.fields`): A -> B, with the transfer's date and number."""
    found = fields(ctx.view)

    def at(role: str, labels: tuple[str, ...]) -> Ent | None:
        f = next((f for f in found if f.role == role), None)
        if f is None:
            return None
        return next((e for e in ctx.ents if e.start == f.start and e.label in labels), None)

    def inside(role: str, label: str) -> Ent | None:   # 来文名称：审计移送处理书（X〔2026〕2号）
        f = next((f for f in found if f.role == role), None)
        return None if f is None else next((e for e in ctx.ents if f.start <= e.start < f.end and e.label == label), None)

    src, to = at("sender", ("AGENCY",)), at("receiver", ("AGENCY",))
    if to is None and src is not None and ctx.issuer is not None and _RECEIPT_FORM.search(ctx.view[:300]):
        to = ctx.ents[ctx.issuer]   # a receipt form names no receiver field: the body signing it (X局案件材料签收单)
    if src is None or to is None or ctx.canon_text(src) == ctx.canon_text(to):
        return []
    date, no = at("date", ("DATE",)), inside("transfer_number", "DOC_NO") or at("number", ("DOC_NO",))
    receivers = [to]
    for e in ctx.ents:  # 接收单位：中共X区纪律检查委员会、X区监察委员会: each organ of the field receives
        if e.label == "AGENCY" and e.start > receivers[-1].end \
                and re.fullmatch(r"\s*[、，,和及]\s*(?:中共)?", ctx.view[receivers[-1].end:e.start]):
            receivers.append(e)
    return [{"type": "REFERRED", "from": ctx.canon(src), "to": ctx.canon(r),
             "evidence_doc_no": no.idx if no else None, "date": date.idx if date else None}
            for r in receivers if ctx.canon_text(r) != ctx.canon_text(src)]


def _prev_end(ctx: Ctx, e: Ent, floor: int) -> int:
    """End of the entity just before ``e`` (not before ``floor``)."""
    ends = [x.end for x in ctx.ents if floor <= x.end <= e.start]
    return max(ends) if ends else floor


# a letter the writer received, named by its title, that hands a matter over: 我局收到X《关于…异常情况的函》,
# 你中心3月2日《关于…线索的移送函》…收悉 (GUIDELINES: a trading centre's report of a finding is a hand-over)
_HANDING_TITLE = re.compile(r"《[^》\n]{0,60}(?:移送|转送|转办|交办|异常\S{0,6}情况|问题线索|线索)[^》\n]{0,20}(?:函|书|报告|单)》")
_RECEIVED = re.compile(r"(?:收到|接到|收悉)\s*$")
_PRONOUN_SENDER = re.compile(r"(?:你|贵)(?:中心|局|委|院|办|公司)")


def cited_transfers(ctx: Ctx) -> list[dict[str, Any]]:
    """A transfer the writer received, named by the letter it came in: ``收到X《…移送函》`` (X → the
    writer), ``你中心…《…移送函》…收悉`` (the addressee → the writer) — never a request for assistance
    (协查) or a reply, whose titles say no hand-over."""
    if ctx.issuer is None:
        return []
    view, out = ctx.view, []
    writer = ctx.ents[ctx.issuer]
    for m in _HANDING_TITLE.finditer(view):
        if re.search(r"协查|协助|复函|回复|答复|退回", m.group()):
            continue
        s0, s1 = sentence_bounds(view, m.start())
        lead = view[s0:m.start()]
        sender: Ent | None = None
        named = [e for e in ctx.ents if e.label == "AGENCY" and s0 <= e.start and e.end <= m.start()
                 and _RECEIVED.search(view, max(s0, e.start - 4), e.start)]
        if named and re.fullmatch(r"\s*(?:于?\S{0,12}日)?\s*(?:的|报送的|送来的)?\s*", view[named[-1].end:m.start()]):
            sender = named[-1]
        elif _PRONOUN_SENDER.match(lead.lstrip(" \u3000")) and "收悉" in view[m.end():s1 + 2] and ctx.addressee is not None:
            sender = ctx.addressee
        if sender is None or ctx.canon_text(sender) == ctx.canon_text(writer):
            continue
        # the letter's number and date in the bracket after its title: 《…》（郎交〔2026〕11号，2026年3月9日）
        bracket = re.match(r"\s*[（(][^（()）\n]{0,40}[)）]", view[m.end():])
        lo, hi = m.end(), m.end() + (bracket.end() if bracket else 0)
        no = next((e.idx for e in ctx.ents_in(lo, hi, ("DOC_NO",))), None)
        day = next((e.idx for e in ctx.ents_in(lo, hi, ("DATE",))), None)
        out.append({"type": "REFERRED", "from": ctx.canon(sender), "to": ctx.canon(writer),
                    "evidence_doc_no": no, "date": day})
    return out


# what a register's row says came in that is no hand-over (GUIDELINES' hand-overs; a return is none)
NOT_HANDED = re.compile(r"(?:关于)?(?:退回|抄送|抄报|协查|复函|回函|答复|回复|函复)")


def table_referrals(ctx: Ctx) -> list[dict[str, Any]]:
    """A table of transfers: each row's sender (its 移送单位 / 来文单位, else the issuer: a list of what it
    sent) → its receiver (its 接收单位, else the issuer: a register of what it received), with the row's
    document number and date when it has them."""
    out: list[dict[str, Any]] = []
    issuer = ctx.ents[ctx.issuer] if ctx.issuer is not None else None
    title = _title(ctx.view)
    for t in tables(ctx.view):
        to_col, from_col = t.column("receiver"), t.column("sender")
        # (two sender columns — 线索来源 投诉处理中发现 | 移送单位 X局: the one naming bodies)
        senders_cols = [i for i, r in enumerate(t.roles) if r == "sender"]
        from_col = next((i for i in senders_cols if any(in_cell(ctx, row[i], ("AGENCY",)) for row in t.rows)), from_col)
        other_col, way_col = t.column("counterparty"), t.column("direction")
        if other_col is not None and way_col is not None and issuer is not None:
            out += _both_ways(ctx, t, other_col, way_col, issuer)
            continue
        if to_col is None and (from_col is None or issuer is None):
            continue
        if from_col is not None and issuer is not None and _SENT_REGISTER.search(title) \
                and re.sub(r"\s", "", t.header[from_col].text) in ("移送单位", "移交单位", "移送机关", "移交机关") \
                and not any(in_cell(ctx, row[to_col], ("AGENCY",)) for row in t.rows if to_col is not None):
            # the writer's register of what it sent (X局…移送事项登记表): its 移送单位 column says where each went
            from_col, to_col = None, from_col
        date_col = t.column("date")   # the transfer's own date (来文日期), not the day it was logged (收文日期)
        for row in t.rows:
            if to_col is None and any(NOT_HANDED.match(c.text.strip()) for c in row):
                # a register of what came in: a row of what came back or only for reading (退回…, 协查复函,
                # 抄送…) is no hand-over (in a register of what was sent, 退回 is what became of a transfer made)
                continue
            receivers = in_cell(ctx, row[to_col], ("AGENCY",)) if to_col is not None else []
            if not receivers and issuer is not None and to_col is not None and from_col is not None:
                # a register of what came in (its 承办 column names the writer's own unit): a row is a hand-over
                # when it or the register's title says so and it is no return, reply or request (not a court's
                # 司法建议书, a 协查函 or a 退回…的函 logged among them)
                if any(NOT_HANDED.match(c.text.strip()) for c in row) \
                        or not (_HANDED.search(title) or any(_HANDED.search(c.text) for c in row)):
                    continue
                receivers = [issuer]
            elif to_col is None and issuer is not None:
                receivers = [issuer]
            senders = in_cell(ctx, row[from_col], ("AGENCY",)) if from_col is not None else []
            src = senders[0] if senders else (ctx.ents[ctx.issuer] if ctx.issuer is not None else None)
            if src is None or not receivers:
                continue
            out += _row_referral(ctx, row, src, receivers[0], date_col)
    return out


def _row_referral(ctx: Ctx, row: Any, src: Ent, to: Ent, date_col: int | None) -> list[dict[str, Any]]:
    """A table row's hand-over src → to, with the row's first document number and its date (the
    ``date_col`` cell's when given, else the row's first date); none from a body to itself."""
    if ctx.canon_text(to) == ctx.canon_text(src):
        return []
    nos = [e for c in row for e in in_cell(ctx, c, ("DOC_NO",))]
    dates = (in_cell(ctx, row[date_col], ("DATE",)) if date_col is not None else []) \
        or [e for c in row for e in in_cell(ctx, c, ("DATE",))]
    return [{"type": "REFERRED", "from": ctx.canon(src), "to": ctx.canon(to),
             "evidence_doc_no": nos[0].idx if nos else None, "date": dates[0].idx if dates else None}]


# which way a register of both ways says a row went (方向：移出 / 移入)
_OUT = re.compile(r"移出|送出|转出|发出|移送$|移交$")
_IN = re.compile(r"移入|接收|收到|转入|收文|来文")
# what says a register's row is a hand-over (its title or a cell)
_HANDED = re.compile(r"移送|移交|转送|转交|转办|交办|线索|移字|[\u4e00-\u9fff]移〔")
# a register's title that lists what its writer sent, not what it received
_SENT_REGISTER = re.compile(r"^(?!.*(?:收文|来文|接收|收到|移入|受理)).*(?:移送|移出|移交).*(?:登记表|登记簿|台账|一览表|清单)")


def _title(view: str) -> str:
    """The document's first non-blank line."""
    return next((ln.strip() for ln in view.split("\n") if ln.strip()), "")


def _both_ways(ctx: Ctx, t: Any, other_col: int, way_col: int, issuer: Ent) -> list[dict[str, Any]]:
    """A register of what the issuer sent and received (方向：移出 / 移入, 对方单位：X): the issuer → X for
    a row that went out, X → the issuer for one that came in (not a return nor a reply: no hand-over)."""
    out: list[dict[str, Any]] = []
    for row in t.rows:
        way = row[way_col].text.strip()
        others = in_cell(ctx, row[other_col], ("AGENCY",))
        if not others or any(NOT_HANDED.match(c.text.strip()) for c in row):
            continue
        if _OUT.search(way) and not _IN.search(way):
            src, to = issuer, others[0]
        elif _IN.search(way):
            src, to = others[0], issuer
        else:
            continue
        out += _row_referral(ctx, row, src, to, None)
    return out
