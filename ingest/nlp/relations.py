"""Relation extraction over recognised entities: REFERRED, PENALIZED, LEGAL_REP, HOLDS_POSITION, BID_ON.

Rules over trigger verbs and the local syntax of the letters (sender before the verb,
receiver after it, self-references resolved to the issuer). Relations point at entity
indices; endpoints use the canonical (fullest) mention of a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
_SELF_IN = re.compile(SELF_REF.pattern.lstrip("^"))  # … anywhere in it
ADDR_REF = ADDRESSEE_REF_AT  # 你局/贵委…: how a letter names its addressee in running text
GENERIC_AG = re.compile(r"^(公安机关|司法机关|检察机关|审判机关|纪检监察机关|监察机关|有关部门|相关部门|主管部门|财政部门|"
                        r"公安部门|行政监督部门|行业主管部门|有关单位|相关单位|审计机关|市场监管部门)")
_TRIGGER = re.compile(r"(移送(?![书单])|移交(?![书单])|转交|转送|转办|交办|退回(?=[^。，,]{0,12}(?:你|贵|[局委院厅]))|反馈(?=[^。，,]{0,4}线索)|线索移送函|线索函)")
_NOT_DONE = re.compile(r"(建议|可由|可以|可再|应由|应当由|拟|请你|请贵|如你|如贵|如发现|若)")
_MODAL = re.compile(r"(应当|应|须|必须|可以|可|要|一律|均应|及时|负责|不得|建议|拟)\s*$")
# what may follow an agency named right after 移送/转送 when it receives (移送X依法处理 / 移送X，…),
# as opposed to an agency that only qualifies the object (移送X医院设备采购项目线索)
_AFTER_RECEIVER = re.compile(r"\s*(?:$|[，。；、,;:：（(\n]|处理|查处|办理|审查|核查|调查|依法|依规|予以|立案|研究|请|处置|侦查|"
                             r"进行|并|后|查办|管辖|审理|起诉|审判|受理|核实|决定|作出)")
_SENT_END = re.compile(r"[。;；!！?？\n]")
_PARTY_ROLE = r"\s*(原告|被告|上诉人|被上诉人|第三人|申请人|被申请人|当事人|上诉单位|原审被告单位|被告单位|投诉人|被投诉人)"
_PENALTY_WORDS = re.compile(r"(处罚|罚决|处理决定|罚款|警告|责令|禁止|通报|处分|免职|免去|辞退|开除|记分|扣分|列入|不良行为|判处|处以)")


def _sentence_bounds(view: str, pos: int) -> tuple[int, int]:
    s = max((m.end() for m in _SENT_END.finditer(view, 0, pos)), default=0)
    m = _SENT_END.search(view, pos)
    return s, (m.start() if m else len(view))


class _Ctx:
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
                    cands = {f for f in full if f != e.text and e.text in f and f.index(e.text) > 0
                             and not any(o != f and o != e.text and e.text in o for o in full if o not in (f,))}
                if len(cands) == 1:
                    self.alias[e.text] = cands.pop()

    def canon_text(self, e: Ent) -> str:
        return self.alias.get(e.text, e.text)

    def canon(self, e: Ent) -> int:
        t = self.canon_text(e)
        return self.first.get(t, e.idx)

    def ents_in(self, s: int, e: int, labels: tuple[str, ...]) -> list[Ent]:
        return [x for x in self.ents if s <= x.start and x.end <= e and x.label in labels]


def _referred(ctx: _Ctx, kind: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    view = ctx.view
    rels: list[dict[str, Any]] = []
    implicit: list[dict[str, Any]] = []
    if kind == "policy_notice":
        return rels, implicit
    seen: set[tuple[Any, ...]] = set()
    for m in _TRIGGER.finditer(view):
        t0, t1 = m.start(), m.end()
        if _MODAL.search(view[max(0, t0 - 4):t0]):
            continue
        s0, s1 = _sentence_bounds(view, t0)
        c0 = max([s0] + [s0 + mm.end() for mm in re.finditer(r"[,，;；]", view[s0:t0])])
        if _NOT_DONE.search(view[c0:t0]):
            continue  # 建议你局移送X / 可由X移送 / 请你局…退回 / 如你局发现…可再次移送: not a transfer made
        if m.group().startswith("退回") and not re.search(r"(材料|线索|案件|卷宗|移送函|来函)", view[s0:s1]):
            continue  # 退回保证金 is not a referral; returning a case's materials is
        titles = [(mm.start(), mm.end()) for mm in re.finditer(r"《[^》\n]{0,120}》", view[s0:t1 + 60])]
        # an agency named inside a cited title (《关于移送X局…的函》) is not an actor of this sentence
        before = [a for a in ctx.ents_in(s0, t0, ("AGENCY",))
                  if not any(s0 + ts <= a.start < s0 + te for ts, te in titles)]
        after_all = ctx.ents_in(t1, s1, ("AGENCY",))
        passive = re.search(r"被\s*$", view[max(0, t0 - 2):t0]) is not None
        sender: Ent | None = None
        receiver: Ent | None = None
        recv_mention: str | None = None
        send_mention: str | None = None
        tail = view[t1:s1]
        # receiver right after the verb (移交我机关 / 移送至X县人民检察院 / 移交线索给公安机关)
        m_recv = re.match(r"\s*(?:至|到|给)?\s*", tail)
        off = t1 + (m_recv.end() if m_recv else 0)
        nxt = [a for a in after_all if a.start == off and _AFTER_RECEIVER.match(view, a.end)]
        if nxt:
            receiver = nxt[0]
        elif SELF_REF.match(view[off:off + 3]):
            recv_mention = SELF_REF.match(view[off:off + 3]).group()  # type: ignore[union-attr]
        elif ADDR_REF.match(view[off:off + 3]):
            recv_mention = ADDR_REF.match(view[off:off + 3]).group()  # type: ignore[union-attr]
        else:
            g = re.search(r"(?:给|至|到|向)\s*(\S{0,2})", re.split(r"[,，;；]", tail)[0][:20])
            later = [a for a in after_all if g and a.start == t1 + g.end() - len(g.group(1))]
            if later:
                receiver = later[0]
            else:
                gm = re.search(r"(?:给|至|到|向)\s*", re.split(r"[,，;；]", tail)[0][:16])
                if gm and GENERIC_AG.match(tail[gm.end():]):
                    recv_mention = GENERIC_AG.match(tail[gm.end():]).group()  # type: ignore[union-attr]
                elif GENERIC_AG.match(tail.lstrip()):
                    recv_mention = GENERIC_AG.match(tail.lstrip()).group()  # type: ignore[union-attr]
        if passive:
            # 被移送至X: the sender is the case-handling agency named before
            if receiver is None:
                continue
            prior = [a for a in ctx.ents if a.label == "AGENCY" and a.end <= t0 and ctx.canon_text(a) != ctx.canon_text(receiver)]
            want = None
            if ctx.issuer is not None and prior and _SELF_IN.search(view[max(prior[-1].end, s0):t0]):
                prior = [ctx.ents[ctx.issuer]]  # 经我委核实，X被移送检察院: the writer sent it
            if re.search(r"检察", receiver.view):
                want = [a for a in prior if re.search(r"公安|分局|纪委|监委|监察", a.view)]
            elif re.search(r"法院", receiver.view):
                want = [a for a in prior if re.search(r"检察", a.view)]
            pool = want or prior
            if not pool:
                continue
            sender = pool[-1]
            if re.search(r"公安", sender.view) and re.search(r"(大队|支队|中队|科|处)$", sender.view):
                base = [a for a in pool if sender.view.startswith(a.view) and a is not sender]
                sender = base[-1] if base else sender
        else:
            # A向B移送 / A给B移交: B (after 向) receives, A (before 向) sends
            clause_s = max([s0] + [mm.end() for mm in re.finditer(r"[,，;；]", view[s0:t0])] and
                           [s0 + mm.end() for mm in re.finditer(r"[,，;；]", view[s0:t0])] or [s0])
            xiang = [a for a in before if a.start >= clause_s
                     and re.search(r"(向|给)\s*$", view[max(clause_s, a.start - 2):a.start])
                     and re.fullmatch(r"[^,，;；。]{0,24}", view[a.end:t0])]
            if xiang and receiver is None and recv_mention is None:
                receiver = xiang[-1]
                prior = [a for a in before if a.end <= receiver.start and a.start >= clause_s
                         and re.fullmatch(r"\s*(?:已|已经|曾|于\S{0,12}|依法|先后|共|累计)?\s*(向|给)\s*", view[a.end:receiver.start])]
                before = prior
            # sender: the agency right before the verb, else the subject of the sentence — not an
            # agency the writer acted on (我局在对X…审计中发现的问题，前经移送Y)
            before = [a for a in before if not re.search(r"(对|对于|在对|针对|将|把)\s*$", view[max(s0, a.start - 3):a.start])]
            adj = [a for a in before if re.fullmatch(r"\s*(?:的|将|已|已将|于\S{0,12}|依法|现将\S{0,20})?\s*", view[a.end:t0])]
            if xiang and receiver is not None and receiver is xiang[-1]:
                sender = before[-1] if before else (ctx.ents[ctx.issuer] if ctx.issuer is not None and re.search(
                    r"(我局|我委|本机关|我中心|我院)\S{0,6}(向|给)\s*$", view[max(clause_s, receiver.start - 14):receiver.start]) else None)
                if sender is None:
                    continue
            elif adj:
                sender = adj[-1]
            elif before:
                sender = before[-1]
            else:
                if re.search(r"(根据|依据|按照)\S{0,4}$", view[max(s0, t0 - 8):t0]):
                    continue
                pre = re.sub(r"《[^》\n]{0,120}》", "《》", view[s0:t0])  # 你局《…》（…号）移送的线索
                pre = re.sub(r"[（(][^）)\n]{0,30}[）)]", "", pre)
                addr_m = re.search(ADDR_REF.pattern.lstrip("^") + r"[^,，。;；\s]{0,16}$", pre[-24:])
                if addr_m and ctx.addressee is not None:
                    # 你局…移送的线索 (a reply): from the addressee, to the issuer
                    sender = ctx.addressee
                    if receiver is None and recv_mention is None and ctx.issuer is not None:
                        receiver = ctx.ents[ctx.issuer]
                elif ctx.issuer is not None and (receiver is not None or (recv_mention and ADDR_REF.match(recv_mention))) \
                        and (re.search(r"(现将|现依法|依法|现予|特将|现|予以|决定)\S{0,6}$", view[max(s0, t0 - 12):t0])
                             or re.match(r"\s*(现将|现依法将|特将|现予)", view[c0:t0])):
                    # 现(依法)将…移送/转送你局: the letter's writer sends
                    sender = ctx.ents[ctx.issuer]
                elif (self_m := _SELF_IN.search(view[max(s0, clause_s, t0 - 30):t0]) or _SELF_IN.match(view, s0, t0)) \
                        and (receiver is not None or recv_mention):
                    # 我局(已于…)将…移送/转送X, 我委经核实，于…将…移交X: the letter's writer sends
                    sender = ctx.ents[ctx.issuer] if ctx.issuer is not None else None
                    send_mention = None if sender else self_m.group()
                elif nxt and receiver is nxt[0] and ctx.issuer is not None \
                        and not re.search(r"(请|要求|建议|督促|责令|你|贵|《)", view[s0:t0]):
                    # 该案…侦查终结，同日以涉嫌…罪移送X检察院: no other actor — the letter's writer
                    sender = ctx.ents[ctx.issuer]
                else:
                    continue
            # 甲接到乙移交(的)线索 / 根据乙移交的材料: receiver is the subject or the issuer
            if receiver is None and recv_mention is None:
                k = [a for a in before if sender is not None and a.end <= sender.start
                     and re.search(r"(接到|收到|接收|受理|获悉)", view[a.end:sender.start])]
                if k:
                    receiver = k[-1]
                elif re.search(r"(根据|依据|按照|接到|收到|经)\s*$", view[max(s0, (sender.start if sender else t0) - 4):(sender.start if sender else t0)]) \
                        or re.search(r"(线索|材料|案件|问题)", view[t1:t1 + 10]):
                    if ctx.issuer is not None:
                        receiver = ctx.ents[ctx.issuer]
                    else:
                        recv_mention = "我局"
                        mm = SELF_REF.search(view)
                        recv_mention = mm.group() if mm else None
        if recv_mention and receiver is None and SELF_REF.match(recv_mention) and ctx.issuer is not None:
            receiver = ctx.ents[ctx.issuer]
            recv_mention = None
        elif recv_mention and receiver is None and ADDR_REF.match(recv_mention) and ctx.addressee is not None:
            receiver = ctx.addressee
            recv_mention = None
        if sender is None and send_mention is None:
            continue
        if receiver is not None and sender is not None and ctx.canon_text(receiver) == ctx.canon_text(sender):
            continue
        # evidence document number and date of the transfer
        docs = [d for d in ctx.ents_in(s0, s1, ("DOC_NO",))]
        dates = [d for d in ctx.ents_in(s0, t0, ("DATE",))]
        ev = docs[0].idx if docs else None
        date = dates[-1].idx if dates else None
        if receiver is not None and sender is not None:
            key = ("R", ctx.canon_text(sender), ctx.canon_text(receiver))
            if key in seen:
                continue
            seen.add(key)
            rels.append({"type": "REFERRED", "from": ctx.canon(sender), "to": ctx.canon(receiver),
                         "evidence_doc_no": ev, "date": date})
        elif sender is not None and recv_mention:
            key = ("RI", ctx.canon_text(sender), recv_mention)
            if key in seen:
                continue
            seen.add(key)
            implicit.append({"type": "REFERRED", "from": ctx.canon(sender), "to": None, "evidence_doc_no": ev,
                             "date": date, "null_endpoint_mention": recv_mention})
    return rels, implicit


def _party_block_parties(ctx: _Ctx) -> list[Ent]:
    """Entities named as 当事人 in a decision (当事人:X / 当事人(中标供应商)X / 名 称:X)."""
    out = []
    for m in re.finditer(r"(当事人|处罚对象|被处罚人|(?<!项目)(?<!工程)(?<!采购)名\s*称)\s*(?:[(（][^)）]{0,10}[)）])?\s*[:：]?\s*", ctx.view):
        for e in ctx.ents:
            if e.start == m.end() and e.label in ("COMPANY", "PERSON", "AGENCY"):
                out.append(e)
    return out


def _penalized(ctx: _Ctx, kind: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    view = ctx.view
    rels: list[dict[str, Any]] = []
    implicit: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(src: Ent | None, dst: Ent, mention: str | None = None) -> None:
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
            rels.append({"type": "PENALIZED", "from": ctx.canon(src), "to": ctx.canon(dst)})

    issuer = ctx.ents[ctx.issuer] if ctx.issuer is not None else None
    self_m = SELF_REF.search(view) or re.search(r"(我局|我机关|本机关|我委|我厅)", view)
    if kind == "penalty_decision":
        parties = _party_block_parties(ctx)
        if not parties:
            # 现对A、B、C等3家企业…予以通报
            for m in re.finditer(r"对", view):
                s0, s1 = _sentence_bounds(view, m.start())
                if not _PENALTY_WORDS.search(view[m.end():s1]):
                    continue
                for e in ctx.ents_in(m.end(), s1, ("COMPANY",)):
                    parties.append(e)
                break
        for p in parties:
            add(issuer, p, None if issuer else (self_m.group() if self_m else None))
    # sentence level: 由AGENCY对X(进行)?辞退 / AGENCY对X作出…处罚
    for m in re.finditer(r"对\s*(其|\S)", view):
        s0, s1 = _sentence_bounds(view, m.start())
        rest = view[m.end() - 1:s1]
        pm = _PENALTY_WORDS.search(rest[:30])
        if not pm:
            continue
        ags = [a for a in ctx.ents_in(s0, m.start(), ("AGENCY",))
               if re.fullmatch(r"\s*(由|经)?\s*", view[a.end:m.start()]) or a.end == m.start()]
        if not ags:
            continue
        src = ags[-1]
        role = re.match(r"对\s*(原告|被告|上诉人|申请人|当事人|该公司|你公司|你单位|该单位)", view[m.start():m.start() + 6])
        if role:
            r = role.group(1)
            if r in ("原告", "被告", "上诉人", "申请人", "当事人"):
                intro = [e for e in ctx.ents if e.label in ("COMPANY", "PERSON", "AGENCY")
                         and re.search(r + r"\s*(?:[(（][^)）]{0,8}[)）])?\s*[:：]?\s*$", view[max(0, e.start - 14):e.start])]
            else:
                intro = [e for e in ctx.ents if e.label == "COMPANY" and e.end <= m.start()][-1:] or _party_block_parties(ctx)
            if intro:
                add(src, intro[0])
            continue
        if m.group(1) == "其":
            persons = [p for p in ctx.ents if p.label in ("PERSON", "COMPANY") and p.end <= src.start][-1:]
            for p in persons:
                add(src, p)
        else:
            tgt = [e for e in ctx.ents if e.start == m.end() - 1 and e.label in ("PERSON", "COMPANY", "AGENCY")]
            for e in tgt:
                add(src, e)
    return rels, implicit


def _positions(ctx: _Ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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


def _bid_on(ctx: _Ctx, kind: str, penalized: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
        s0, s1 = _sentence_bounds(view, p.start)
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


def _addressee(ctx: _Ctx) -> Ent | None:
    """The AGENCY a letter is addressed to: it opens a line that ends in ':' (adjacent spans of one
    name: the last of them), in the first half of the letter."""
    view, ents = ctx.view, ctx.ents
    for i, e in enumerate(ents):
        if e.label != "AGENCY" or e.start > len(view) // 2 + 50:
            continue
        ls = view.rfind("\n", 0, e.start) + 1
        le = view.find("\n", e.start)
        le = len(view) if le < 0 else le
        lead = view[ls:e.start].strip()
        if lead not in ("", "中共", "中国共产党") and not re.fullmatch(r"主\s*送\s*[:：]\s*(?:中共|中国共产党)?", lead):
            continue
        last = i
        while last + 1 < len(ents) and ents[last + 1].label == "AGENCY" and ents[last + 1].start == ents[last].end:
            last += 1
        tail = view[ents[last].end:le].strip()
        if (tail[-1:] in (":", "：") and len(tail) <= 40) or (lead.startswith("主") and re.fullmatch(r"[、，,；;\s\w]{0,60}", tail)):
            return ents[last]
    return None


def _act_referral(ctx: _Ctx, act: Any) -> list[dict[str, Any]]:
    """The referral ingestion records for a letter, as relations: when the letter's act
    (:func:`ingest.letters.read_letter`, the function ingestion uses) hands a matter to another
    agency (``supervision.acts.REFERRAL_ACTS``: transfer, forward, anomaly report), issuer ->
    every agency on the addressee line, with the letter's own number and date."""
    from supervision.acts import CUSTODY, REFERRAL_ACTS, number_key

    hands_over = REFERRAL_ACTS | {k for k, v in CUSTODY.items() if v == "to"}  # + return: the matter goes back
    if act is None or act.kind not in hands_over or not act.addressee or ctx.issuer is None:
        return []
    first = _addressee(ctx)
    if first is None:
        return []
    view = ctx.view
    ls = view.rfind("\n", 0, first.start) + 1
    le = view.find("\n", first.start)
    le = len(view) if le < 0 else le
    receivers = [e for e in ctx.ents if e.label == "AGENCY" and ls <= e.start and e.end <= le
                 and re.fullmatch(r"(?:主\s*送\s*[:：])?[\s、，,和及]*(?:中共|中国共产党)?",
                                  view[ls if e is first else _prev_end(ctx, e, ls):e.start])]
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


_FORM_FROM = re.compile(r"(?m)^\s*(移送|移交|转送)(单位|机关|部门)\s*[:：]\s*")
_FORM_TO = re.compile(r"(?m)^\s*(接收|受理|承办)(单位|机关|部门)\s*[:：]\s*")
_FORM_DATE = re.compile(r"(?m)^\s*(移送|移交|转送)(时间|日期)\s*[:：]\s*")
_FORM_NO = re.compile(r"(?m)^\s*(编号|文号)\s*[:：]\s*")


def _form_referral(ctx: _Ctx) -> list[dict[str, Any]]:
    """A transfer form (移送单位：A / 接收单位：B / 移送时间：…): A -> B."""
    def at(rx: re.Pattern[str], labels: tuple[str, ...]) -> Ent | None:
        m = rx.search(ctx.view)
        if m is None:
            return None
        return next((e for e in ctx.ents if e.start == m.end() and e.label in labels), None)

    src, to = at(_FORM_FROM, ("AGENCY",)), at(_FORM_TO, ("AGENCY",))
    if src is None or to is None or ctx.canon_text(src) == ctx.canon_text(to):
        return []
    date, no = at(_FORM_DATE, ("DATE",)), at(_FORM_NO, ("DOC_NO",))
    return [{"type": "REFERRED", "from": ctx.canon(src), "to": ctx.canon(to),
             "evidence_doc_no": no.idx if no else None, "date": date.idx if date else None}]


def _prev_end(ctx: _Ctx, e: Ent, floor: int) -> int:
    """End of the entity just before ``e`` (not before ``floor``)."""
    ends = [x.end for x in ctx.ents if floor <= x.end <= e.start]
    return max(ends) if ends else floor


def extract_relations(view: str, ents: Sequence[Ent], *, kind: str, issuer: int | None,
                      aliases: dict[str, str], act: Any = None
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Relations and implicit relations (one endpoint unnamed) for a document."""
    ctx = _Ctx(view, ents, aliases, issuer)
    ctx.addressee = _addressee(ctx)
    ref, ref_imp = _referred(ctx, kind)
    have = {(r["from"], r["to"]) for r in ref}
    ref += [r for r in _form_referral(ctx) if (r["from"], r["to"]) not in have]
    made = {(r["from"], r["to"]): r for r in ref}
    for r in _act_referral(ctx, act):
        found = made.get((r["from"], r["to"]))
        if found is None:
            ref.append(r)
            continue
        for k in ("evidence_doc_no", "date"):  # the letter that makes the transfer: its own number and date
            if found.get(k) is None:
                found[k] = r[k]
    pen, pen_imp = _penalized(ctx, kind)
    hp, lr = _positions(ctx)
    bid = _bid_on(ctx, kind, pen + pen_imp)
    aliases.update({k: v for k, v in ctx.alias.items() if k not in aliases})
    return ref + pen + lr + hp + bid, ref_imp + pen_imp
