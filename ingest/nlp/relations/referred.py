"""REFERRED stated in running text: a trigger verb (移送, 移交, 转交, 转送, 转办, 转来 …), the sender
before it and the receiver after it, self-references (我局) resolved to the issuer and 你局 to the
addressee; proposals, requests, conditions and citations are no transfer."""

from __future__ import annotations

import re
from typing import Any

from ingest.agency_shape import REF_ORGANS

from .context import ADDR_REF, GENERIC_AG, SELF_IN, SELF_REF, Ctx, Ent, sentence_bounds
from .layout import NOT_HANDED, co_issuers

# (退回 is no transfer: a return moves custody back, which the letter's act records — GUIDELINES' hand-overs)
# 移送/移交 as a noun: a form (移送书, 移送单 — not 移送单县公安局), a mechanism or a state (移送机制, 移送线索情况)
_NOUN_AFTER = r"(?![书]|单(?!县)|机制|制度|办法|规定|程序|流程|[^，。；\n]{0,4}情况)"
_TRIGGER = re.compile(r"(移送" + _NOUN_AFTER + r"|移交" + _NOUN_AFTER + r"|转交|转送|转办|交办|转来|交由|函告|批转|函转|"
                      r"反馈(?=[^。，,]{0,4}线索)|线索移送函|线索函(?!告)|报送|报告(?=[\u4e00-\u9fff])|"
                      # X中心发现后报我局: a trading centre's finding reported to a body (a report, as 报送)
                      r"(?<=[后并即])报(?=(?:我|本|你|贵)(?:局|委|中心|院))|"
                      # 将…线索转你委办理 / 贵委…将…举报件转我委办理: a bare 转 before a body's pronoun
                      r"(?<![移转运周流好逆扭旋])转(?=(?:你|贵|我|本)(?:" + "|".join(REF_ORGANS) + r")))")
# what a trading centre hands to the body that supervises the procurement: a report of what it found
# (交易中心…发现并报送X局, 我中心…书面报告X局) — from any other body a report is no hand-over
_REPORTS = frozenset({"报送", "报告", "报"})


def _to_discipline(receiver: Ent, before: str) -> bool:
    """A report to a discipline body of a matter, not of a result or a state (将办理结果报送县纪委: no hand-over)."""
    return re.search(r"纪委|监委|纪检监察|监察委员会", receiver.view) is not None \
        and re.search(r"结果|情况|进展|意见|总结|报告", before) is None


# a clause whose subject points back to the body that received in the clause before (…报告X局，后者于…移送Y;
# …，该局于…以…号将线索移送Y)
_ANAPHOR = re.compile(r"\s*(?:后者|该(?:局|委|中心|院|单位|部门|分局))")
# 函告 hands a matter over only when the matter is what it sends (现将该线索函告你局), not a result or a state
_MATTER = re.compile(r"(线索|问题|案件|材料|案卷|举报|投诉)")
_NOT_MATTER = re.compile(r"(结果|情况|进展|意见|受理)")
# 交由 is a transfer when someone is to handle it (交由X处理/查处/办理)
_HANDLE = re.compile(r"[^，。；]{0,30}(处理|查处|办理|核查|调查|处置)")
# the writer's finding that a later agency only qualifies (区审计局在审计中发现的区农业农村局…问题线索，移交X)
_FOUND_BY = re.compile(r"(发现|查出|查实|掌握)的?|(反映|收到|接到)的")
_NOT_DONE = re.compile(r"(建议|可由|可以|可再|应由|应当由|拟|请你|请贵|如你|如贵|如发现|若|(?<![已经])另行)")
# minutes: what the meeting agreed is to be done, its words anywhere before the verb in the sentence
# (会议议定：由X局将…移送Y; 会议决定，由X局将…移送Y)
# the writer's own decision heading numbered items (我局决定：, 本委决定如下：)
_WRITER_DECIDES = re.compile(r"(?:我|本)(?:局|委|院|厅|中心|办|署)\S{0,8}?决定(?:如下)?[:：]")
# …, the items of what a meeting agreed (会议议定：一是…；二是X在5月15日前将…线索移送Y): the list runs to the sentence's end
_PLAN_LIST = re.compile(r"(?:会议(?:研究)?(?:议定|决定|要求|同意|明确|确定)|议定)\s*[:：][^。\n]*$")
_MEETING_PLAN = re.compile(r"会议(?:研究)?(?:议定|决定|要求|同意|明确|确定)|议定")
# the verb used as a noun: 做好移送线索的后续工作, 移送案件的办理情况
_NOMINAL = re.compile(r"(?:问题)?(?:线索|案件|材料|案卷)的")
_MODAL = re.compile(r"(应当|应|须|必须|可以|可|要|一律|均应|及时|负责|不得|建议|拟)\s*$")
# what may follow an agency named right after 移送/转送 when it receives (移送X依法处理 / 移送X，…),
# as opposed to an agency that only qualifies the object (移送X医院设备采购项目线索)
_AFTER_RECEIVER = re.compile(r"\s*(?:$|[，。；、,;:：（(\n]|处理|查处|办理|审查|核查|调查|依法|依规|予以|立案|研究|请|处置|侦查|"
                             r"进行|并|后|查办|管辖|审理|起诉|审判|受理|核实|决定|作出)")
_RECEIPT = re.compile(r"(接到|收到|接收|受理)")
_RELATIVE_TIME = re.compile(r"(同年|次年|当年|同月|次月|当月|同日|次日|当日|翌日|当天|次年)")
# the writer named by a self-reference before the verb as its receiver (向本院移送审查起诉, 向我局移交)
# or the addressee named so (向你局移送: the addressee receives)
# the writer by 由 and its self-reference (相关线索已由我局以X号移交Y)
_BY_SELF = re.compile(r"由\s*(?:我|本)(?:" + "|".join(REF_ORGANS) + ")")
_ADDR_LEAD = re.compile(r"\s*(?:于[^，,；;。将]{0,12})?" + ADDR_REF.pattern.lstrip("^") + r"[^，,；;。]{0,40}?将")
_SELF_BEFORE = re.compile(r"(?<![向给对由经])(?:我|本)(?:" + "|".join(REF_ORGANS) + r")\s*(?:已|曾|先后|依法|此前|前期)?\s*$")
# a letter answering its addressee: it acknowledges a letter, or what the addressee handed over, or says it replies
_ANSWERS = re.compile(r"收悉|(?:你|贵)(?:" + "|".join(REF_ORGANS) + r")[^。，,；;]{0,30}(?:移送|移交|转送|转来|交办|转办)的|"
                      r"(?:复函|回复|反馈|回执|答复)\s*(?:\n|如下)")
_TO_REF = re.compile(r"(?:向|给)\s*((?:我|本|你|贵)(?:" + "|".join(REF_ORGANS) + r"))\s*(?:依法)?\s*$")


def referred_in_text(ctx: Ctx, kind: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    view = ctx.view
    rels: list[dict[str, Any]] = []
    implicit: list[dict[str, Any]] = []
    if kind == "policy_notice":
        return rels, implicit
    seen: set[tuple[Any, ...]] = set()
    made: dict[tuple[str, str, str], dict[str, Any]] = {}
    said_by: dict[int, Ent] = {}  # the sender of the last transfer read in each sentence (by its start)
    for m in _TRIGGER.finditer(view):
        t0, t1 = m.start(), m.end()
        if _MODAL.search(view[max(0, t0 - 4):t0]) or re.search(r"(?:未|没有|不|暂不|无需|不再|是否)\s*$", view[max(0, t0 - 3):t0]):
            continue   # (目前尚未移送, 不予移送, 是否移送X…研判后确定: nothing handed over)
        line_s = view.rfind("\n", 0, t0) + 1
        if "\t" in view[line_s:t0] and NOT_HANDED.match(view, view.rfind("\t", line_s, t0) + 1, t0):
            continue  # a register's cell titling a return or a reply (关于退回移送线索材料的函): no transfer made
        s0, s1 = ctx.sentence(t0)
        c0 = max([s0] + [s0 + mm.end() for mm in re.finditer(r"[,，;；]", view[s0:t0])])
        if _NOT_DONE.search(view[c0:t0]) or _MEETING_PLAN.search(view[s0:t0]) \
                or _PLAN_LIST.search(view, view.rfind("\n", 0, t0) + 1, t0) \
                or _NOMINAL.match(view, t1) and not any(a.end == t0 and a.label == "AGENCY" for a in ctx.ents):
            # 建议你局移送X / 可由X移送 / 如你局发现…可再次移送 / 做好移送线索的…: not a transfer made (but X局移送问题
            # 线索的转送函: a title naming the sender)
            continue
        if re.search(r"的[，,]\s*$", view[s0:c0]) and "已" not in view[c0:t0] and not ctx.ents_in(c0, t0, ("DATE",)):
            continue  # 涉嫌犯罪的，由X依法移送Y: a condition, not a transfer made (…的，本院已于…将本案移送X is one)
        if m.group() == "函告" and (not _MATTER.search(view[s0:s1]) or _NOT_MATTER.search(view[c0:t0])):
            continue  # 处理结果请函告我局 is an answer asked for, not a transfer
        if m.group() == "交由" and not _HANDLE.match(view, t1):
            continue
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
        date_from = s0  # where the transfer's own date may stand
        tail = view[t1:s1]
        # receiver right after the verb (移交我机关 / 移送至X县人民检察院 / 移交线索给公安机关)
        m_recv = re.match(r"\s*(?:至|到|给)?\s*", tail)
        off = t1 + (m_recv.end() if m_recv else 0)
        # (分别移送A和B依法处理: what follows the last of the coordinated bodies counts)
        nxt = [a for a in after_all if a.start == off
               and _AFTER_RECEIVER.match(view, ([a, *_coordinated(ctx, a.end, s1)])[-1].end)]
        ref = None if nxt else SELF_REF.match(view[off:off + 3]) or ADDR_REF.match(view[off:off + 3])
        party = None if nxt or ref else _party_named(ctx, off)
        if nxt:
            receiver = nxt[0]
        elif party is not None:  # (a judgment) 审计局将…线索移送被告: the body its heading names 被告
            receiver = party
        elif ref is not None:  # 移交我机关 / 移送你局
            recv_mention = ref.group()
        elif to_ref := _TO_REF.search(view, max(c0, t0 - 12), t0):
            recv_mention = to_ref.group(1)  # 于…向本院移送审查起诉 / 我局…以X号向你局移送了…: the writer / the addressee
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
        # 分别移送你局和X纪委: the bodies coordinated after a pronoun receiver receive too
        also = _coordinated(ctx, ref.end() + off, s1) if ref is not None else []
        if receiver is None and recv_mention is None and (gap := re.match(r"\s*后?\s*[，,]\s*", view[t1:s1])):
            # …一事，经我局移送后，X公安局已立案侦查: the body acting on it in the next clause received it
            nxt_body = [a for a in after_all if a.start == t1 + gap.end() and _ACTED_ON.match(view, a.end)]
            receiver = nxt_body[0] if nxt_body else None
        if passive:
            # 被移送至X: the sender is the case-handling agency named before
            if receiver is None:
                continue
            prior = [a for a in ctx.ents if a.label == "AGENCY" and a.end <= t0 and ctx.canon_text(a) != ctx.canon_text(receiver)]
            want = None
            if ctx.issuer is not None and prior and SELF_IN.search(view[max(prior[-1].end, s0):t0]):
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
            # 对…发现的X与Y串通的问题线索，一并移交你局: agencies in a topic the sentence opens with (对…，) are
            # what the matter is about, not its sender
            topic = re.match(r"\s*(?:对于|对|关于|针对)[^，,；;。]*[，,]", view[s0:t0])
            if topic is not None:
                before = [a for a in before if a.start >= s0 + topic.end()]
            before = [a for a in before if not re.search(r"(对|对于|在对|针对|将|把|涉及|在|通过|经由|经与|会同)\s*$", view[max(s0, a.start - 3):a.start])
                      and not re.match(r"\s*[:：]", view[a.end:a.end + 2])]  # 二、X：…: the item's party, not a sender
            # 本院将A移送X，将B移送Y: a clause opening with 将 has the sentence's earlier sender as subject
            elided = said_by.get(s0) if re.match(r"\s*(?:并|再|又|同时|另|还)?\s*将", view[c0:t0]) else None
            # 相关线索已由我局以X号移交Y处理: the writer, named by 由 + its self-reference in the clause
            by_self = ctx.issuer is not None and _BY_SELF.search(view, c0, t0)
            # …，2024年9月12日移送X检察院: a clause with no actor of its own has the subject of the nearest
            # clause before it that opens with an agency, not the last agency named (in an object: 根据X移交的…)
            subject = _clause_subject(view, before, s0, c0, ctx.ents[ctx.issuer] if ctx.issuer is not None else None) \
                if before and before[-1].end <= c0 else None
            adj = [a for a in before if re.fullmatch(r"\s*(?:的|将|已|已将|于\S{0,12}|依法|现将\S{0,20})?\s*", view[a.end:t0])]
            anaphor = _ANAPHOR.match(view, c0, t0) if c0 > s0 else None
            earlier = [a for a in ctx.ents_in(s0, c0, ("AGENCY",))] if anaphor else []
            # 我委于…以《…》将X移送的Y线索转你委办理: the writer opening the clause sends what 将 takes
            self_lead = ctx.issuer is not None and SELF_IN.match(view, c0) is not None and "将" in view[c0:t0]
            # 退回我局移送的…线索: the writer's self-reference right before the verb is its subject
            self_lead = self_lead or ctx.issuer is not None and _SELF_BEFORE.search(view, max(c0, t0 - 8), t0) is not None
            # 你局以《…》（…号）将在X审计中发现的Y…问题线索移送我委: the addressee opening the clause sends what 将
            # takes (the bodies after 将 are in the matter)
            lead = _ADDR_LEAD.match(view, c0, t0) if ctx.addressee is not None else None
            addr_lead = lead is not None and not any(c0 <= a.start < lead.end() for a in before)
            # 线索来自X审计局。2025年8月，该局在审计中发现Y局…，遂将线索移送Z: the sentence's subject is an
            # anaphor of the body the sentence before named; the bodies after it are what it found
            back = _antecedent_subject(ctx, s0, c0, t0, before) if not earlier else None
            # （一）X局下属学校…规避公开招标问题，已于…移送Y: an item of the writer's list of what it found and sent on
            item = _FOUND_PROBLEM.match(view, s0, c0) if ctx.issuer is not None and _SENT_ON.fullmatch(view, c0, t0) else None
            # (not an item whose body acts itself: （一）X检察院在办案中发现问题线索，已于…移送Y)
            found_item = item is not None and not any(a.start == item.end("mark") and _ACTS.match(view, a.end)
                                                      for a in ctx.ents_in(s0, c0, ("AGENCY",)))
            if earlier and (receiver is not None or recv_mention) and earlier[-1] is not receiver:
                sender = earlier[-1]
            elif found_item and (receiver is not None or recv_mention) and ctx.ents[ctx.issuer] is not receiver:  # type: ignore[index]
                sender = ctx.ents[ctx.issuer]  # type: ignore[index]
            elif back is not None and (receiver is not None or recv_mention) and back is not receiver:
                sender = back
            elif addr_lead and (receiver is not None or recv_mention) and ctx.addressee is not receiver:
                sender = ctx.addressee
            elif by_self or self_lead:
                sender = ctx.ents[ctx.issuer]  # type: ignore[index]
            elif ctx.issuer is not None and (receiver is not None or recv_mention) \
                    and re.match(r"\s*(?:现将|现依法将|特将|现予)", view[c0:t0]):
                # 经市政府分管领导批示，现将该件转你局办理: a clause opening with 现将 is the writer's act (the
                # bodies of the clause before are who approved it, not who sends)
                sender = ctx.ents[ctx.issuer]
            elif elided is not None:
                sender = elided
            elif ctx.issuer is not None and (receiver is not None or recv_mention) and c0 > s0 \
                    and _TOPIC_END.search(view, s0, c0) and not any(c0 <= a.start for a in before) \
                    and not _FOUND_BY.search(view, s0, c0) and kind != "court_judgment":
                # 其中，X镇人民政府化肥采购中未招先购的问题，于2025年5月移送Y: the clause before names the matter (its
                # bodies are in it); with no actor of its own the clause is the writer's (a body's report of its work)
                sender = ctx.ents[ctx.issuer]
            elif subject is not None and subject is not (receiver or subject) and not xiang:
                sender = subject
            elif xiang and receiver is not None and receiver is xiang[-1]:
                sender = before[-1] if before else (ctx.ents[ctx.issuer] if ctx.issuer is not None and re.search(
                    r"(我局|我委|本机关|我中心|我院)\S{0,6}(向|给)\s*$", view[max(clause_s, receiver.start - 14):receiver.start]) else None)
                if sender is None:
                    continue
            elif len(before) > 1 and re.fullmatch(r"[\s一二三四五六七八九十\d、.．（()）]*", view[s0:before[0].start]) \
                    and _FOUND_BY.search(view[before[0].end:before[-1].start]):
                sender = before[0]  # the subject of the sentence; the later agencies sit in its object
            elif adj:
                sender = adj[-1]
            elif before:
                sender = before[-1]
            else:
                if re.search(r"(根据|依据|按照)\S{0,4}$", view[max(s0, t0 - 8):t0]):
                    continue
                named_back = _bare_organ_subject(ctx, s0, t0)
                pre = re.sub(r"《[^》\n]{0,120}》", "《》", view[s0:t0])  # 你局《…》（…号）移送的线索
                pre = re.sub(r"\s+", "", re.sub(r"[（(][^）)\n]{0,30}[）)]", "", pre))
                # (你们联合移送的…: a letter to two bodies names them both so)
                addr_m = re.search("(?:" + ADDR_REF.pattern.lstrip("^") + r"|你们)[^,，。;；\s]{0,30}$", pre[-40:])
                if named_back is not None and (receiver is not None or recv_mention):
                    # 交易中心在…发现异常，随即将线索移交X: the body named in full before, by its organ word
                    sender = named_back
                elif addr_m and ctx.addressee is not None and not (recv_mention and ADDR_REF.match(recv_mention)):
                    # 你局…移送的线索 (a reply): from the addressee, to the issuer
                    sender = ctx.addressee
                    if receiver is None and recv_mention is None and ctx.issuer is not None:
                        receiver = ctx.ents[ctx.issuer]
                elif ctx.issuer is not None and (receiver is not None or (recv_mention and ADDR_REF.match(recv_mention))) \
                        and (re.search(r"(现将|现依法|依法|现予|特将|现|予以|决定|一并)\S{0,6}$", view[max(s0, t0 - 12):t0])
                             or re.match(r"\s*(现将|现依法将|特将|现予|并将|同时将)", view[c0:t0])):
                    # 现(依法)将…移送/转送你局: the letter's writer sends
                    sender = ctx.ents[ctx.issuer]
                elif (self_m := SELF_IN.search(view[max(s0, clause_s, t0 - 30):t0]) or SELF_IN.match(view, s0, t0)
                        or SELF_IN.match(view, clause_s, t0)) \
                        and (receiver is not None or recv_mention):
                    # 我局(已于…)将…移送/转送X, 我委经核实，于…将…移交X: the letter's writer sends
                    sender = ctx.ents[ctx.issuer] if ctx.issuer is not None else None
                    send_mention = None if sender else self_m.group()
                elif ctx.issuer is not None and receiver is not None \
                        and re.match(r"\s*(?:\d{1,2}[.．、]|[（(]?[一二三四五六七八九十]{1,2}[)）、])\s*将", view[s0:t0]) \
                        and _WRITER_DECIDES.search(view, max(0, s0 - 400), s0):
                    # 我局决定：… 3.将X的问题线索移交Y处理: an item of the writer's own decision sends it
                    sender = ctx.ents[ctx.issuer]
                elif nxt and receiver is nxt[0] and ctx.issuer is not None \
                        and not re.search(r"(请|要求|建议|督促|责令|你|贵|《)", view[c0:t0]):
                    # 该案…侦查终结，同日以涉嫌…罪移送X检察院: no other actor — the letter's writer
                    sender = _prosecution_sender(ctx, ctx.ents[ctx.issuer], receiver, t0, s1)
                elif ctx.issuer is not None and ctx.addressee is not None and receiver is None and not recv_mention \
                        and re.search(r"随函\s*(?:一并)?\s*$", view[max(s0, t0 - 6):t0]) and not _ANSWERS.search(view):
                    # 相关材料随函移送: what goes with the letter goes from its writer to its addressee(s) — not in an
                    # answer (a reply's documents, an outcome report's files: no matter handed over)
                    sender, receiver = ctx.ents[ctx.issuer], ctx.addressee
                else:
                    continue
            # 甲接到乙移交(的)线索 / 根据乙移交的材料: receiver is the subject or the issuer
            if receiver is None and recv_mention is None:
                k = [a for a in before if sender is not None and a.end <= sender.start
                     and re.search(r"(接到|收到|接收|受理|获悉|审查|办理|查办|侦办|根据|依据)", view[a.end:sender.start])]
                if k:
                    receiver = k[-1]
                    # 2018年4月，甲接到乙移交的线索后立案: the time before is the receipt's, not the transfer's
                    got = _RECEIPT.search(view, receiver.end, sender.start) if sender is not None else None
                    date_from = got.start() if got else date_from
                elif sender is not None and ctx.issuer is not None and _COUNTED.match(view, t1) \
                        and (count := _RECEIVED_COUNT.search(view, s0, sender.start)) is not None \
                        and not ctx.ents_in(s0, count.start(), ("AGENCY",)):
                    receiver = ctx.ents[ctx.issuer]   # 全年接收外部移送线索14条：A移送5条: the writer received them
                elif sender is not None and (handler := _handler(ctx, s0, sender.start)) is not None:
                    # 我局在办理X于…移送的线索过程中, 贵局正在侦办的、由X移送的…一案: the handler received what X sent
                    receiver = handler
                elif re.search(r"(根据|依据|按照|接到|收到|经)\s*$", view[max(s0, (sender.start if sender else t0) - 4):(sender.start if sender else t0)]) \
                        or re.search(r"(线索|材料|案件|问题|来信|信访|举报|投诉)", view[t1:t1 + 10]) or re.match(r"\s*[）)]", view[t1:t1 + 2]) \
                        or m.group() == "转来" or re.match(r"的[^，,。；;]{0,40}(?:线索|问题|案件|材料)", view[t1:t1 + 50]) \
                        or sender is not None and re.match(r"\s*[。；;]", view[t1:t1 + 2]) is not None \
                        and re.search(r"(?:由|系)\s*$", view[max(s0, sender.start - 2):sender.start]) is not None:
                    # X转来群众反映件一件: 来 — towards the writer; 该问题由X在查处…时发现并移送。/该案线索系X…发现后，
                    # 通过Y转交。: told by the body that took it up (a 纪委's 通报 of its cases), the writer received it
                    if sender is not None and re.search(r"(?:^|\n)[ \t\u3000]*[一二三四五六七八九十\d]+[、.．]\s*关于\s*$",
                                                         view[max(0, sender.start - 12):sender.start]):
                        continue  # 二、关于X移送的采购问题 (an item's heading): what X sent, not to the writer
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
        if m.group() in _REPORTS and (receiver is None or sender is None or "交易中心" in receiver.view
                                      or "交易中心" not in sender.view and not _to_discipline(receiver, view[s0:t0])):
            continue  # a report hands a matter over only from a trading centre to a named body, or a part about
            #           staff to a discipline body (涉及我委工作人员的部分，已同步报送X纪检监察组)
        if sender is not None:
            said_by[s0] = sender
        if receiver is not None and sender is not None and ctx.canon_text(receiver) == ctx.canon_text(sender):
            continue
        # evidence document number and date of the transfer
        # a number the sentence opens (鼓审移〔2026〕\n3号: a line break inside it) is the sentence's too
        # (a number that numbers a letter: not a case's or a file's code, 案件编号为A2207…, 登记号DJW-…)
        docs = [d for d in ctx.ents if d.label == "DOC_NO" and s0 <= d.start < s1 and "号" in d.view]
        own_doc = [d for d in ctx.ents_in(c0, t0, ("DOC_NO",)) if "号" in d.view]  # 并以X移〔2019〕2号移送书将…移送: the clause's own number
        ev = own_doc[-1].idx if own_doc else docs[0].idx if docs else None
        if ev is None and sender is not None and sender is ctx.addressee:
            ev = _acknowledged_number(ctx)  # 你局X号函收悉。对你局…移送的线索: the number the reply acknowledges
        date = _transfer_date(ctx, date_from, t0)
        if receiver is not None and sender is not None:
            # 你委移送的… from an addressee line of two bodies (纪委、监委): each of them
            senders = [sender, *_coordinated(ctx, sender.end, len(view))] if sender is ctx.addressee else [sender]
            if _EACH_SENDS.fullmatch(view, sender.end, t0):   # A、B各移送…, A、B、C等职能部门移送…
                senders = [*_coordinated_before(ctx, sender), *senders]
            for frm in senders:
                # a transfer to the writer under a joint red header (纪委⏎监委): each organ receives it
                joint = co_issuers(ctx) if ctx.issuer is not None and receiver is ctx.ents[ctx.issuer] else []
                for to in [receiver, *_coordinated(ctx, receiver.end, s1 if receiver.start < s1 else len(view)), *joint, *also]:
                    key = ("R", ctx.canon_text(frm), ctx.canon_text(to))
                    if key in made:
                        # the same transfer read again (a cited title, then 贵局于…转送的): what the first reading lacked
                        for field, v in (("evidence_doc_no", ev), ("date", date)):
                            if made[key].get(field) is None:
                                made[key][field] = v
                        continue
                    if ctx.canon_text(to) == ctx.canon_text(frm):
                        continue
                    made[key] = {"type": "REFERRED", "from": ctx.canon(frm), "to": ctx.canon(to),
                                 "evidence_doc_no": ev, "date": date}
                    rels.append(made[key])
        elif sender is not None and recv_mention:
            key = ("RI", ctx.canon_text(sender), recv_mention)
            if key in seen:
                continue
            seen.add(key)
            implicit.append({"type": "REFERRED", "from": ctx.canon(sender), "to": None, "evidence_doc_no": ev,
                             "date": date, "null_endpoint_mention": recv_mention})
    return rels, implicit


_LEAD_ANAPHOR = re.compile(r"\s*(?:[^，,；;。]{0,14}[，,])?\s*该(局|委|中心|院|分局)(?=在|于|经|对|通过|在对|发现)")
_CONTINUES = re.compile(r"\s*(?:遂|随即|即|随后|后|并|于是|依法|已)?\s*(?:将|于)")


def _antecedent_subject(ctx: Ctx, s0: int, c0: int, t0: int, before: list[Ent]) -> Ent | None:
    """The body a sentence opening with 该局/该委 (after a date) points back to — the last body of that organ
    named in the 200 characters before the sentence — when the transfer is in the anaphor's own clause
    (该局于…将线索移送X) or a clause going on without a subject of its own (…，遂将线索移送X), and no body
    stands between the anaphor and the verb but in what 将 takes."""
    lead = _LEAD_ANAPHOR.match(ctx.view, s0, t0)
    if lead is None or c0 > lead.end() and not _CONTINUES.match(ctx.view, c0, t0):
        return None
    lo = max(c0, lead.end())   # (…；该局于2025年4月2日将线索移送X: the anaphor's own clause too)
    if any(lo <= a.start < t0 and not re.search("将", ctx.view[lo:a.start]) for a in before):
        return None
    organ = lead.group(1)
    back = [a for a in ctx.ents_in(max(0, s0 - 200), s0, ("AGENCY",)) if a.view.endswith(organ)]
    return back[-1] if back else None


# a judgment's parties by their role (被告武邑县财政局，住所地…), each named once at the head of a line
_PARTY_ROLE = re.compile(r"(被上诉人|上诉人|被告|原告|第三人)(?![人单])")


def _party_named(ctx: Ctx, at: int) -> Ent | None:
    """The agency a judgment's heading names under the role word written at ``at`` (移送被告 → 被告X，住所地…)."""
    role = _PARTY_ROLE.match(ctx.view, at)
    if role is None:
        return None
    for m in re.finditer(r"(?m)^[ \t\u3000]*(?:原审)?" + role.group(1) + r"[（(]?[^，,。\n]{0,6}?[)）]?[：:]?\s*", ctx.view):
        named = [a for a in ctx.ents_in(m.end(), m.end() + 40, ("AGENCY",)) if a.start == m.end()]
        if named:
            return named[0]
    return None


# a clause with no subject of its own after a problem named as a topic (…问题，已于2025年8月26日移送X)
_SENT_ON = re.compile(r"[，,]?\s*(?:并|均|现|目前)?已(?:于[^，,；;。向给由]{0,16})?(?:依法|按规定|按程序)?\s*")
_ACTS = re.compile(r"\s*(?:在|于|经|对|发现|通过|依法|已|曾|先后)")
_FOUND_PROBLEM = re.compile(r"\s*(?P<mark>[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)\s*"
                            r"[^。；;]*(?:问题|线索|情况|事项)[，,]\s*$")
# what stands between the last of coordinated senders and the verb when all of them send
_EACH_SENDS = re.compile(r"\s*(?:各|均|分别|共|等(?:[\u4e00-\u9fff]{0,6}?(?:部门|单位|机关))?)?\s*(?:已|先后|共)?\s*")
# the writer's own count of what it received, introducing who sent how many (全年接收外部移送线索14条：A移送5条…;
# 全年受理问题线索87件，其中A、B等职能部门移送41件)
_RECEIVED_COUNT = re.compile(r"(?:受理|接收|收到|接到)[^。；;]{0,30}?[\d一二三四五六七八九十百]+(?:件|条|起|个|批)[^。；;]{0,4}?[：:，,]")
_COUNTED = re.compile(r"\s*(?:了)?\s*(?:问题线索|线索|案件|案源)?\s*[\d一二三四五六七八九十百]+(?:件|条|起|个|批)")


# the writer or the addressee handling what another body sent (我局在办理X移送的…, 贵局正在侦办的、由X移送的…)
_HANDLING = re.compile(r"(" + SELF_IN.pattern + "|" + ADDR_REF.pattern.lstrip("^") + r")\s*(?:在|正在|于\S{0,12})?\s*"
                       r"(?:接到|收到|接收|受理|办理|查办|侦办|审查|核查|调查|处理)[^，,。；;]{0,4}$")


def _handler(ctx: Ctx, s0: int, end: int) -> Ent | None:
    """The writer or the addressee whose handling (:data:`_HANDLING`) ends right before ``end``, else None."""
    h = _HANDLING.search(ctx.view, s0, end)
    if h is None:
        return None
    if h.group(1)[0] in "我本":
        return ctx.ents[ctx.issuer] if ctx.issuer is not None else None
    return ctx.addressee


# a body's organ word alone opening a clause of the sentence (交易中心在…发现异常，…): the body named before
_BARE_ORGAN = re.compile(r"(?:^|(?<=[，,；;。\n]))\s*(?:[\u4e00-\u9fff\d]{0,8}[，,]\s*)?"
                         r"(?P<o>公共资源交易中心|交易中心|财政局|审计局|公安局|纪委监委|市场监管局|市场监督管理局)"
                         r"(?=在|于|经|发现|随即|即|已|将|对|随后)")


def _bare_organ_subject(ctx: Ctx, s0: int, t0: int) -> Ent | None:
    """The one agency named before the sentence whose name ends with the organ word that opens one of
    its clauses without a place (交易中心 → X市公共资源交易中心), else ``None``."""
    m = _BARE_ORGAN.search(ctx.view, s0, t0)
    if m is None:
        return None
    named = {ctx.canon_text(e): e for e in ctx.ents
             if e.label == "AGENCY" and e.end <= s0 and e.view.endswith(m.group("o")) and e.view != m.group("o")}
    return next(iter(named.values())) if len(named) == 1 else None


def _acknowledged_number(ctx: Ctx) -> int | None:
    """The addressee's number a reply acknowledges (你局X号函收悉, 贵局《…》（X号）收悉), else None."""
    for d in ctx.ents:
        if d.label != "DOC_NO":
            continue
        s0, s1 = sentence_bounds(ctx.view, d.start)
        if re.search(r"(你|贵)(局|委|院|厅|办|中心)", ctx.view[s0:d.start]) and re.search(r"收悉|收到", ctx.view[d.end:s1]):
            return d.idx
    return None


_SUPERVISORY = re.compile(r"(监委|监察委员会)$")


def _prosecution_sender(ctx: Ctx, writer: Ent, receiver: Ent, t0: int, s1: int) -> Ent:
    """Who sends a case for prosecution (移送X检察院审查起诉) when the sentence names no sender: a
    discipline commission does not, its supervisory commission does (the 监委 the paragraph names
    before, else the one writing with it); any other writer sends it itself."""
    view = ctx.view
    if not receiver.view.endswith("检察院") or not re.match(r"[^。；;]{0,12}起诉", view[receiver.end:s1]) \
            or _SUPERVISORY.search(writer.view):
        return writer
    line_s = view.rfind("\n", 0, t0) + 1
    named = [a for a in ctx.ents_in(line_s, t0, ("AGENCY",)) if _SUPERVISORY.search(a.view)]
    joint = [a for a in co_issuers(ctx) if _SUPERVISORY.search(a.view)] if ctx.issuer == writer.idx else []
    found = (named or joint)[-1:]
    return found[0] if found else writer


# a trigger that is part of a document's name (审计移送处理书, 移送函) or of a cited title is no transfer
_DOC_NAME = re.compile(r"(处理书|通知书|决定书|告知书|函|书|单)")


def _transfer_date(ctx: Ctx, s0: int, t0: int) -> int | None:
    """The date written for the transfer at ``t0``: the last one in its sentence before it, not one of
    an earlier transfer in the same sentence (2016年8月，A将线索移送B，同年11月，B将…移送C) and none
    when a relative time (同年11月, 次日) stands after that date. A document's name (以X号审计移送处理书将…)
    or a cited title (贵局《关于转送…的函》) is not an earlier transfer."""
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^》\n]{0,120}》", ctx.view[s0:t0])]
    lo = max([s0] + [m.end() for m in _TRIGGER.finditer(ctx.view, s0, t0)
                     if not _DOC_NAME.match(ctx.view, m.end()) and not m.group().endswith("函")
                     and not any(s0 + a <= m.start() < s0 + b for a, b in titles)])
    dates = ctx.ents_in(lo, t0, ("DATE",))
    if not dates:
        return None
    if _RELATIVE_TIME.search(ctx.view, dates[-1].end, t0):
        return None
    return dates[-1].idx


_CLAUSE_OPENING = re.compile(r"[\s一二三四五六七八九十\d、.．（()）]*(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?")


_SELF_OPENING = re.compile(r"\s*(?:我们|" + SELF_IN.pattern + r")(?![的所])")


def _clause_subject(view: str, before: list[Ent], s0: int, c0: int, writer: Ent | None = None) -> Ent | None:
    """The agency that opens the nearest clause before ``c0`` (after a time or an item number at most) — the
    writer when that clause opens with its self-reference (X移送的…问题，我们仅用两个月即查结，并于…将其…移送Y;
    …，我局调查后认为…，于…移送Y)."""
    # (a colon opens a clause too: 会议剖析了…的办理经过：X审计局在审计中发现…，于…移送Y)
    starts = [s0] + [s0 + m.end() for m in re.finditer(r"[,，;；:：]", view[s0:c0])]
    for cs in reversed(starts):
        if re.match(r"\s*后者", view[cs:cs + 6]):
            # …交给X，后者无处罚权，只得再转交Y: a clause opening with 后者 has the body named just before
            prior = [a for a in before if a.end <= cs]
            return prior[-1] if prior else None
        own = _SELF_OPENING.match(view, cs) if writer is not None else None
        if own is not None and not any(own.end() <= a.start < c0 for a in before):
            return writer
        first = next((a for a in before if a.start >= cs), None)
        if first is not None and first.end <= c0 and _CLAUSE_OPENING.fullmatch(view, cs, first.start):
            return first
    return None


# what a body does with a matter it received (…，X公安局已立案侦查)
_ACTED_ON = re.compile(r"\s*(?:已|已经|于[^，,。；;]{0,12}|依法|随即|当即)?\s*(?:立案|受理|侦查|查处|审查|核查|调查|处理)")


# a clause that names a matter and ends there (…未招先购的问题，/…一事，), before the clause that hands it over
# (not one whose body found it: X审计局在审计中发现的…问题线索，移送Y — that body sends)
_TOPIC_END = re.compile(r"(?:的问题|问题线索|的线索|一事)\s*[，,]\s*$")


# what stands between two coordinated bodies (A、B, A和B, A及B, A以及B)
_COORD_SEP = re.compile(r"\s*(?:、|和|及|以及)\s*")


def _coordinated_before(ctx: Ctx, sender: Ent) -> list[Ent]:
    """The agencies written in a coordination before the sender (A、B各移送3条, A、B、C等职能部门移送41件):
    each sends too."""
    out: list[Ent] = []
    start = sender.start
    for a in reversed(ctx.ents_in(max(0, start - 200), start, ("AGENCY",))):
        if not _COORD_SEP.fullmatch(ctx.view, a.end, start):
            break
        out.append(a)
        start = a.start
    return out[::-1]


def _coordinated(ctx: Ctx, end: int, limit: int) -> list[Ent]:
    """The agencies written in a coordination after the receiver that ends at ``end`` (分别移送A、B和C,
    分别移送你局和X): each receives too."""
    out: list[Ent] = []
    for a in ctx.ents_in(end, limit, ("AGENCY",)):
        if not _COORD_SEP.fullmatch(ctx.view, end, a.start):
            break
        out.append(a)
        end = a.end
    return out
