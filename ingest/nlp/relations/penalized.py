"""PENALIZED: a decision's issuer → each 当事人 (companies and persons); in running text, AGENCY 对 X
作出…处罚 / 予以辞退, 经X研究，给予其…处分, (本机关决定：)责令X…; a table's 被处罚单位 column."""

from __future__ import annotations

import re
from typing import Any

from .context import SELF_IN, SELF_REF, Ctx, Ent, sentence_bounds
from .tables import in_cell, tables

_PENALTY_WORDS = re.compile(r"(处罚|罚决|处理决定|罚款|警告|责令|禁止|通报|处分|免职|免去|辞退|开除|记分|扣分|列入|不良行为|判处|处以)")


_PARTY_FIELD = re.compile(r"(当事人(?:[一二三四五六七八九十]{1,2}|\d{1,2})?(?:姓名|名称)?|处罚对象|被处罚(?:人|单位|对象)|被处理(?:人|单位)|违法(?:单位|主体)|"
                          r"(?<!项目)(?<!工程)(?<!采购)名\s*称)\s*(?:[(（][^)）]{0,10}[)）])?\s*[:：]?\s*")
# a sanction imposed on the party written right after the verb (责令X改正, 给予X警告, 给予其…处分)
_IMPOSE = re.compile(r"(责令|给予|暂停|取消)\s*")
_SANCTION_AFTER = re.compile(r"[^。；]{0,40}(处分|处罚|警告|罚款|通报|诫勉|改正|整改|修改|停止|退还|追回|重新|限期|资格)")
_PARTY = ("COMPANY", "PERSON", "AGENCY")
# what stands between a body and 对X when the body's own decision is what the sentence tells
_DECISION_MADE = re.compile(r"[^。；;]{0,40}?作出[^。；;]{0,30}?(?:处罚|处理)决定(?:书)?\s*[，,]\s*(?:并\s*)?|"
                            # X局认定该项目中标结果无效，并对Y处以罚款: the subject of a chain of its own acts
                            r"\s*(?:经[^，。；;]{0,12})?(?:认定|决定|查实|责令)[^。；;]{0,40}?[，,]\s*(?:并|同时)\s*")
_WRITER_DECIDES = re.compile(r"(?:本|我)(?:局|机关|委|厅|院)\s*(?:经研究)?(?:依法)?(?:研究)?决定\s*(?:[:：，,]|$)")  # $: right before 对 (the slice ends there)
# 对三人 / 对上述两家公司: a count that refers back to the persons or companies the item named before it
_COUNTED = re.compile(r"对\s*(?:上述|以上|该)?\s*([两二三四五六七八九十\d]+)\s*(?:(人|名)|(家)(?:公司|单位|企业|供应商)?)")
# Chinese count words of 对三人 / 两家公司 (read by bid_on too)
COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# the procedural role a sentence's subject is named by (被告经调查…作出…处罚决定，对原告…)
_ROLE_SUBJECT = re.compile(r"\s*(被告|原告|第三人|被申请人|申请人|被上诉人|上诉人)")
# discipline (处分, 免职 …) by a party or supervision body is no administrative penalty: the relation says so
_DISCIPLINE_BODY = re.compile(r"(纪委|监委|纪律检查|监察委员会|党委|党组|常委会|组织部|党支部|党工委)")
_DISCIPLINE_WORDS = re.compile(r"(处分|开除党籍|开除公职|党内|政务|免职|撤职|诫勉|留党察看|免去)")


def _party_block_parties(ctx: Ctx) -> list[Ent]:
    """Entities named as 当事人 in a decision (当事人:X / 当事人(中标供应商)X / 名 称:X)."""
    out = []
    for m in _PARTY_FIELD.finditer(ctx.view):
        for e in ctx.ents:
            if e.start == m.end() and e.label in ("COMPANY", "PERSON", "AGENCY"):
                out.append(e)
    return out


def penalized(ctx: Ctx, kind: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    view = ctx.view
    rels: list[dict[str, Any]] = []
    implicit: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(src: Ent | None, dst: Ent, mention: str | None = None, said: str = "") -> None:
        if src is None:
            key = ("", ctx.canon_text(dst))
            if key in seen or not mention:
                return
            seen.add(key)
            implicit.append({"type": "PENALIZED", "from": None, "to": ctx.canon(dst), "null_endpoint_mention": mention})
            return
        if ctx.canon_text(src) == ctx.canon_text(dst):
            return
        key = (ctx.canon_text(src), ctx.canon_text(dst))
        if key not in seen:
            seen.add(key)
            rel: dict[str, Any] = {"type": "PENALIZED", "from": ctx.canon(src), "to": ctx.canon(dst)}
            if _DISCIPLINE_BODY.search(src.view) or _DISCIPLINE_WORDS.search(said):
                rel["sanction"] = "discipline"  # party or state discipline: no administrative penalty
            rels.append(rel)

    issuer = ctx.ents[ctx.issuer] if ctx.issuer is not None else None
    self_m = SELF_REF.search(view) or re.search(r"(我局|我机关|本机关|我委|我厅)", view)
    if kind == "penalty_decision":
        parties = _party_block_parties(ctx)
        if not parties:
            # 现对A、B、C等3家企业…予以通报
            for m in re.finditer(r"对", view):
                s0, s1 = sentence_bounds(view, m.start())
                if not _PENALTY_WORDS.search(view[m.end():s1]):
                    continue
                for e in ctx.ents_in(m.end(), s1, ("COMPANY",)):
                    parties.append(e)
                break
        for p in parties + _listed_parties(ctx) + _found_in_items(ctx):
            add(issuer, p, None if issuer else (self_m.group() if self_m else None))
    # sentence level: 由AGENCY对X(进行)?辞退 / AGENCY对X作出…处罚
    for m in re.finditer(r"对\s*(其|\S)", view):
        s0, s1 = sentence_bounds(view, m.start())
        rest = view[m.end() - 1:s1]
        pm = _PENALTY_WORDS.search(rest[:30])
        if not pm:
            continue
        ags = [a for a in ctx.ents_in(s0, m.start(), ("AGENCY",))
               if re.fullmatch(r"\s*(由|经)?\s*(?:以[^，。；;]{1,30}为由\s*)?", view[a.end:m.start()]) or a.end == m.start()]
        if not ags and issuer is not None and SELF_REF.match(view[s0:m.start()].lstrip()):
            ags = [issuer]  # 我局已于…依据…对X作出…处罚: the writer
        para_s = max(view.rfind("。", 0, m.start()), view.rfind("\n", 0, m.start())) + 1
        if not ags and issuer is not None and _WRITER_DECIDES.search(view[min(s0, para_s):m.start()]):
            ags = [issuer]  # 本局决定：…，并对X作出记分处理 (；对Y处…罚款): the writer's deciding formula
        if not ags:
            # X局经调查核实，于…作出…行政处罚决定，对Y处以罚款: the body whose decision the sentence cites
            ags = [a for a in ctx.ents_in(s0, m.start(), ("AGENCY",))
                   if _DECISION_MADE.fullmatch(view, a.end, m.start())
                   and not ctx.ents_in(a.end, m.start(), ("AGENCY", "COMPANY", "PERSON"))][-1:]
        if not ags:
            subject = _ROLE_SUBJECT.match(view, s0, m.start())
            if subject and _DECISION_MADE.fullmatch(view, subject.end(), m.start()):
                ags = [e for e in _introduced_as(ctx, subject.group(1)) if e.label == "AGENCY"][:1]
        if not ags:
            continue
        src = ags[-1]
        counted = _COUNTED.match(view, m.start())
        if counted:
            for e in _counted_back(ctx, counted, m.start()):
                add(src, e, said=rest)
            continue
        role = re.match(r"对\s*(原告|被告|上诉人|申请人|当事人|该公司|你公司|你单位|该单位)", view[m.start():m.start() + 6])
        if role:
            r = role.group(1)
            if r in ("原告", "被告", "上诉人", "申请人", "当事人"):
                intro = _introduced_as(ctx, r)
            elif r.startswith("你"):
                intro = addressed_party(ctx, m.start(), last_named=False)  # the addressee, never a company quoted before
            else:
                intro = [e for e in ctx.ents if e.label == "COMPANY" and e.end <= m.start()][-1:] or _party_block_parties(ctx)
            if intro:
                add(src, intro[0], said=rest)
            continue
        if m.group(1) == "其":
            persons = [p for p in ctx.ents if p.label in ("PERSON", "COMPANY") and p.end <= src.start][-1:]
            for p in persons:
                add(src, p, said=rest)
        else:
            tgt = [e for e in ctx.ents if e.start == m.end() - 1 and e.label in ("PERSON", "COMPANY", "AGENCY")]
            for e in tgt:
                add(src, e, said=rest)
    for m in _IMPOSE.finditer(view):
        s0, s1 = sentence_bounds(view, m.start())
        if not _SANCTION_AFTER.match(view, m.end()):
            continue
        if view[m.end():m.end() + 1] == "其":
            # 其: the person the sentence is about, else the one the paragraph was about before it
            line_s = view.rfind("\n", 0, m.start()) + 1
            tgt = ctx.ents_in(s0, m.start(), ("PERSON", "COMPANY"))[-1:] or ctx.ents_in(line_s, m.start(), ("PERSON",))[-1:]
            if not tgt:  # X执法局作为采购人未按规定…，我局责令其限期改正: the body the sentence is about
                tgt = [a for a in ctx.ents_in(s0, m.start(), ("AGENCY",))
                       if issuer is None or ctx.canon_text(a) != ctx.canon_text(issuer)][-1:]
        elif re.match(r"(你|该)(公司|单位)", view[m.end():m.end() + 3]):
            tgt = addressed_party(ctx, m.start())
        else:
            tgt = [e for e in ctx.ents if e.start == m.end() and e.label in _PARTY]
            while tgt:  # 责令A、B和C限期整改: each of a coordination (给予A警告处分、B记过处分: each with its own)
                nxt = re.match(r"(?:[^。；;，,、\n]{0,12}?(?:处分|警告|罚款|诫勉|处理))?\s*(?:、|和|及|以及)\s*", view[tgt[-1].end:])
                more = [e for e in ctx.ents if nxt and e.start == tgt[-1].end + nxt.end() and e.label == tgt[0].label]
                if not more:
                    break
                tgt.append(more[0])
        if not tgt:
            continue
        addressed = re.match(r"你(公司|单位)", view[m.end():m.end() + 3]) is not None
        decider = _decider(ctx, s0, m.start(), kind) or (ctx.ents[ctx.issuer] if addressed and ctx.issuer is not None else None)
        if decider is not None:
            for party in tgt:
                add(decider, party, said=view[m.start():s1])
    for m in _PASSIVE_PENALTY.finditer(view):
        # X曾因…被Y法院判处… / X因…被我局处以罚款: the decider named after 被, the party the sentence opens with
        s0, s1 = sentence_bounds(view, m.start())
        decider = next((a for a in ctx.ents if a.start == m.end() and a.label == "AGENCY"), None)
        after = decider.end if decider is not None else m.end()
        ref = SELF_REF.match(view[m.end():m.end() + 3]) if decider is None else None
        if ref is not None and issuer is not None:
            decider, after = issuer, m.end() + len(ref.group())
        if decider is None or not _PASSIVE_VERB.match(view, after):
            continue
        for party in ctx.ents_in(s0, m.start(), ("PERSON", "COMPANY"))[:1]:
            add(decider, party, said=view[m.start():s1])
    for court, dst, mention in _sentenced(ctx):
        add(court, dst, mention)
    for t in tables(view):
        col = t.column("penalized")
        if col is None:
            continue
        by = t.column("penalizer")
        for row in t.rows:
            parties = in_cell(ctx, row[col], _PARTY)
            deciders = in_cell(ctx, row[by], ("AGENCY",)) if by is not None else []
            by_row = deciders[0] if deciders else issuer
            for p in parties[:1]:
                add(by_row, p, None if by_row else (self_m.group() if self_m else None))
    return rels, implicit


def _introduced_as(ctx: Ctx, role: str) -> list[Ent]:
    """The parties the text names right after a procedural role (原告X, 被告：Y, 当事人（…）Z)."""
    return [e for e in ctx.ents if e.label in ("COMPANY", "PERSON", "AGENCY")
            and re.search(role + r"\s*(?:[(（][^)）]{0,8}[)）])?\s*[:：]?\s*$", ctx.view[max(0, e.start - 14):e.start])]


def _counted_back(ctx: Ctx, counted: re.Match[str], at: int) -> list[Ent]:
    """对三人 / 对两家公司 at ``at``: the persons (companies) of the line before it, when there are as many."""
    n = COUNT_WORDS.get(counted.group(1)) or (int(counted.group(1)) if counted.group(1).isdigit() else 0)
    label = "PERSON" if counted.group(2) else "COMPANY"
    line_s = ctx.view.rfind("\n", 0, at) + 1
    named: dict[str, Ent] = {}
    for e in ctx.ents_in(line_s, at, (label,)):
        named.setdefault(ctx.canon_text(e), e)
    return list(named.values()) if len(named) == n else []


_PASSIVE_PENALTY = re.compile(r"被\s*")
_PASSIVE_VERB = re.compile(r"\s*(?:以[^，。；;]{1,30}?罪\s*)?(?:依法\s*)?(?:判处|处以|给予|作出[^，。；;]{0,10}处罚)")


def addressed_party(ctx: Ctx, at: int, *, last_named: bool = True) -> list[Ent]:
    """Whom 你公司 / 该公司 before ``at`` means: the company a letter is addressed to (its line
    ending in a colon), a party field's company (被约谈单位：X / 当事人：X), else the last company named."""
    view = ctx.view
    for e in ctx.ents:
        if e.label == "COMPANY" and e.start < at:
            line_s = view.rfind("\n", 0, e.start) + 1
            line_e = view.find("\n", e.end)
            rest = view[e.end:line_e if line_e >= 0 else len(view)].strip()
            if not view[line_s:e.start].strip() and rest in (":", "："):
                return [e]
    fields = [e for e in _party_block_parties(ctx) if e.label == "COMPANY" and e.start < at]
    for m in re.finditer(r"(?m)^\s*被?约谈(?:单位|对象)\s*[:：]\s*", view[:at]):
        fields += [e for e in ctx.ents if e.start == m.end() and e.label == "COMPANY"]
    if fields:
        return fields[:1]
    return [e for e in ctx.ents if e.label == "COMPANY" and e.end <= at][-1:] if last_named else []


def _listed_parties(ctx: Ctx) -> list[Ent]:
    """一、X：…责令改正 / 三、Y：…给予警告 — a result list's items, each naming its party before a colon,
    with a sanction in the item."""
    out: list[Ent] = []
    for m in re.finditer(r"(?m)^[ \t\u3000]*[一二三四五六七八九十\d]+[、.．]\s*", ctx.view):
        hit = next((e for e in ctx.ents if e.start == m.end() and e.label in _PARTY), None)
        if hit is None or not re.match(r"\s*[:：]", ctx.view[hit.end:hit.end + 2]):
            continue
        line_e = ctx.view.find("\n", hit.end)
        if _PENALTY_WORDS.search(ctx.view[hit.end:line_e if line_e >= 0 else len(ctx.view)]):
            out.append(hit)
    return out


_ITEM = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])")
_WRITER_SANCTIONS = re.compile(r"(?:我局|本局|本机关|我委|我厅)[^。；;\n]{0,40}?(?:作出[^。；;\n]{0,10}处罚决定|处以|罚款|责令|给予)")


def _found_in_items(ctx: Ctx) -> list[Ent]:
    """A results notice's items (一、X项目…。经查，A公司…，我局…作出行政处罚决定…): the companies the
    item's finding (经查) names before the writer's sanction."""
    view = ctx.view
    out: list[Ent] = []
    for m in _ITEM.finditer(view):
        line_e = view.find("\n", m.end())
        line_e = len(view) if line_e < 0 else line_e
        acts = _WRITER_SANCTIONS.search(view, m.end(), line_e)
        found = re.compile(r"经查[，,:：]?\s*").search(view, m.end(), acts.start()) if acts else None
        if acts is not None and found is not None:
            out += ctx.ents_in(found.end(), acts.start(), ("COMPANY",))
    return out


def _decider(ctx: Ctx, s0: int, at: int, kind: str) -> Ent | None:
    """Who imposes a sanction written at ``at``: the agency the sentence names before it (经X研究，…
    / X决定…), else the document's issuer when the sentence speaks as the writer (本机关决定：…) or the
    document is a decision."""
    view = ctx.view
    named = [a for a in ctx.ents_in(s0, at, ("AGENCY",))
             if re.search(r"^\s*(?:常务委员会|常委会|党组|党委)?\s*(?:已经?)?\s*(?:研究|决定|会议|审议|依法|依据|根据)", view[a.end:a.end + 8])
             or re.search(r"(经|由)\s*$", view[max(s0, a.start - 2):a.start])]
    if named:
        return named[-1]
    # XX县公共资源交易中心给予其警告处分: the body right before the verb
    adjacent = [a for a in ctx.ents_in(s0, at, ("AGENCY",)) if re.fullmatch(r"\s*(?:已|依法|已依法|另)?\s*(?:分别|先后)?\s*",
                                                                               view[a.end:at])]
    if adjacent:
        return adjacent[-1]
    if ctx.issuer is not None and (SELF_IN.search(view[s0:at]) or kind in ("penalty_decision", "complaint_decision")):
        return ctx.ents[ctx.issuer]
    return None


# a criminal sentence: 被告人X犯…罪，判处… / 被告单位X犯…罪，判处罚金… / (原判…)判处X有期徒刑…
_SENTENCE = re.compile(r"判处")
_DEFENDANT = re.compile(r"(?:原审)?被告(?:人|单位)\s*")
_COURT = re.compile(r"法院$")
_FIRST_INSTANCE = re.compile(r"^\s*(?:据此，?)?\s*(?:原判|原审判决|一审判决)")


def _sentenced(ctx: Ctx) -> list[tuple[Ent | None, Ent, str | None]]:
    """(court, sentenced party, mention of an unnamed court) for each criminal sentence. The court is
    the issuing court (本院); a first-instance sentence restated in a ruling (原判…判处X) is the last
    other court the text names before it; a court that is only 本院 gives an implicit relation."""
    view = ctx.view
    issuer = ctx.ents[ctx.issuer] if ctx.issuer is not None else None
    header = issuer if issuer is not None and _COURT.search(issuer.view) else None
    if header is None:  # the court on the first lines (the issuer rule may not know the genre)
        header = next((e for e in ctx.ents if e.label == "AGENCY" and _COURT.search(e.view)
                       and not view[:e.start].strip() and e.idx == 0), None)
    out: list[tuple[Ent | None, Ent, str | None]] = []
    for m in _SENTENCE.finditer(view):
        s0, _s1 = sentence_bounds(view, m.start())
        parties = [e for e in ctx.ents if e.start == m.end() and e.label in ("PERSON", "COMPANY")]
        if not parties:
            # the clause before 判处 names the defendant: 被告人X(、Y)犯…罪，判处
            d = None
            for dm in _DEFENDANT.finditer(view, s0, m.start()):
                d = dm
            if d is None or not re.search(r"犯[^，。；]{1,20}罪\s*[，,]\s*(?:分别|各|并)?\s*$", view[s0:m.start()]):
                continue
            pos = d.end()
            while True:
                hit = next((e for e in ctx.ents if e.start == pos and e.label in ("PERSON", "COMPANY")), None)
                if hit is None:
                    break
                parties.append(hit)
                nxt = re.match(r"\s*[、和及]\s*", view[hit.end:])
                if not nxt:
                    break
                pos = hit.end + nxt.end()
        court: Ent | None = header
        line_s = view.rfind("\n", 0, m.start()) + 1
        if _FIRST_INSTANCE.match(view[line_s:m.start()]):
            others = [e for e in ctx.ents if e.label == "AGENCY" and _COURT.search(e.view) and e.end <= line_s
                      and (header is None or ctx.canon_text(e) != ctx.canon_text(header))]
            court = others[-1] if others else None
            if court is None:
                continue
        mention = None
        if court is None:
            sm = re.search(r"本院", view)
            mention = sm.group() if sm else None
            if mention is None:
                continue
        for p in parties:
            out.append((court, p, mention))
    return out
