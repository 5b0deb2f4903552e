"""HOLDS_POSITION (person → position mention, with the organisation) and LEGAL_REP (法定代表人).

Who holds a position is read from how it is written: the name right after the title (X局局长张三,
法定代表人：张三, a chain 党组书记、局长张三), the title in brackets after the name (张三（X公司总经理）),
the subject of 系/任/担任 (张三同志任X局局长), the person after 免去 or the subject a 免去其 refers back
to, a person line's 职务 field, and a table's 姓名 / 职务 / 单位 columns. The organisation is the one
written right before the title, through a chain of titles or a coordination (X局局长甲、副局长乙), a
该公司/该局 pointing back, or the party a decision's block names before its 法定代表人 line.
"""

from __future__ import annotations

import re
from typing import Any

from graph.types import kin

from .context import ORG, Ctx, Ent, sentence_bounds
from .tables import in_cell, tables

_PARTY_ROLE = (r"\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(原告|被告|上诉人|被上诉人|第三人|申请人|被申请人|当事人|上诉单位|原审被告单位|"
               r"被告单位|投诉人|被投诉人|被约谈单位|第.中标候选人|中标候选人|中标人|成交人|中标供应商|成交供应商|中标单位|成交单位)"
               r"(?:[一二三四五六七八九十]{1,2}|\d{1,2})?")  # 当事人一：, 当事人2：
# a field of a party or a bidder that names its people (项目经理：X, 设计负责人：X, 法定代表人：X)
_PEOPLE_FIELD = re.compile(r"(^|[，,；;]\s*)$")
# a named sub-unit between an organisation and a title (该院设备科原科长, 区城投公司）招标采购部部长)
_SUBUNIT_END = re.compile(r"(科|处|股|室|部|队|组|中心|办公室)(时任|原)?$")
_LEGAL_REP = ("法定代表人", "法人代表", "法人")  # 法人 said of a person (X公司法人张三) is its legal representative
# the staff of a court or a procuratorate signing its document belong to the issuer
# the writer acting on its own staff (二、已对分管副局长甲、计财科科长乙进行诫勉谈话): an office's title with
# no organisation in the sentence belongs to the agency writing
_ON_OWN_STAFF = re.compile(r"[\s一二三四五六七八九十\d、.．]*(?:我|本)?(?:局|委|院)?(?:已|已经)?对[^。；，,：:]{0,30}")
_OFFICE_TITLE = re.compile(r"(局长|科长|股长|处长|主任|队长|所长)$")
_BENCH = re.compile(r"^(审判长|审判员|代理审判员|人民陪审员|陪审员|书记员|法官助理|检察员|检察官|检察长|检察官助理)$")
# the 简称 a text defines right after a name: X公司（以下简称Y公司）实际控制人
_ALIAS_BRACKET = re.compile(r"[（(]\s*(?:以下|下)?(?:简称|称)[^（()）\n]{0,20}[）)]$")
# 在X公司担任/任 + title: the organisation the person works in
_SERVES_IN = re.compile(r"(?:担任|任职|任)$")
# X公司（以下简称Y）公章、法定代表人Z私章: a seal of the organisation, then a title of its person
_SEAL_BEFORE = re.compile(r"(?:公章|印章|合同专用章|财务专用章|投标专用章)(?:各?一枚)?[、及和]$")
# the role a person is named in after a title (原副局长、犯罪嫌疑人张三; 时任…主任的被告人李四)
_CASE_ROLE = r"(?:被告人|犯罪嫌疑人|原审被告人|被不起诉人|被害人|证人)"
# 其公司员工 / 其分公司员工 / 其销售经理: a post in the organisation of the sentence's subject
_OWNED_BY_SUBJECT = re.compile(r"其(?:公司|分公司|单位|企业|(?:投标|响应|报价)文件中(?:所列|载明)?的?)?$")
# someone else introduced by kinship (其妻弟, 其子): the subject of the clause is not the person before
_KIN = re.compile(rf"其(?:{kin.alternation(kin.ONE)}|朋友|同学)")  # kin words: graph/types/kin.py
_JOIN_END = re.compile(r"[、和及]$")
_JOIN_BEFORE = re.compile(r"(?:[、和及与])(?:[^，。；、\n]{0,10}的)?$")  # A与参与投标的B
_SAME_HOLDER = re.compile(r"\s*(?:同为|均为|均系|同系|都是|同是)")
_TO_NAME = re.compile(r"[ \u3000]*[:：、]?[ \u3000]*(?:" + _CASE_ROLE + r")?[“\"「]?")
# a branch's or an institution's 负责人 on its own line of a party block is its legal representative
_HEAD_OF_PARTY = "负责人"
# an evaluation expert's post is on the committee, whatever work unit is named with it (the guidelines: 专家 → null)
_EXPERT = re.compile(r"^(评标|评审|评委会?)?专家(组长|组成员)?$")
# the head of an organ that no company has (局长, 副处长, 股长 …)
_ORGAN_HEAD = re.compile(r"^(?:分管|常务|原|代|时任)?(?:副|原|代)?[局厅处股署]长$")  # (分管副局长: a bureau's too)
# a bare head's title (局长, 院长, 股长 …) names the kind of organ it heads: 局长 → an organisation ending in 局
_HEAD_OF = re.compile(r"^(?:副|原|代)?([局厅院所处科股队委])长$")
# a party named by its procedural role and then its name once (原告X, 被告X): the role stands for it after
_ROLE_PARTY = re.compile(r"(原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|当事人)(?:[\u4e00-\u9fff]{0,6}?[、的])?$")


class _Index:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.by_start = {e.start: e for e in ctx.ents}
        self.by_end = {e.end: e for e in ctx.ents}


def _in_order(chars: str, name: str) -> bool:
    """Every character of ``chars`` in ``name``, in that order (卫健 in 绵竹市卫生健康局)."""
    at = 0
    for ch in chars:
        at = name.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _org_for(ix: _Index, pos: Ent) -> Ent | None:
    """The organisation a position belongs to, or None when the text does not say."""
    view, ents, by_end = ix.ctx.view, ix.ctx.ents, ix.by_end
    # 区教育局装备中心于海波主任: the organisation before the name before the title
    named = by_end.get(pos.start)
    if named is not None and named.label == "PERSON":
        owner = by_end.get(named.start)
        if owner is not None and owner.label in ORG:
            return owner
        mate = _titled_mate(ix, named)
        if mate is not None:
            return _org_for(ix, mate)  # X局甲副局长、乙股长: 乙's title is in the same organisation
    # ORG directly before the title, possibly through a chain of titles (党组书记、局长)
    j = pos.start
    while True:
        prev = by_end.get(j)
        lead = re.search(r"(时任|现任|原任|原|前)$", view[max(0, j - 2):j])
        if prev is None and lead:
            prev = by_end.get(j - len(lead.group()))
        alias = _ALIAS_BRACKET.search(view, max(0, j - 26), j) if prev is None else None
        if alias is not None:
            prev = by_end.get(alias.start())
        if prev is None and view[j - 1:j] in ("（", "(") and j > 0:
            prev = by_end.get(j - 1)  # X公司（法定代表人：张三）: the organisation the bracket follows
        serves = _SERVES_IN.search(view, max(0, j - 2), j) if prev is None else None
        if serves is not None:
            # 在X公司担任课长: only after 在 (张三担任X公司经理 names the organisation after the verb)
            at = by_end.get(serves.start())
            prev = at if at is not None and view[at.start - 1:at.start] == "在" else None
        seal = _SEAL_BEFORE.search(view, max(0, j - 10), j) if prev is None else None
        if seal is not None:
            k = seal.start()
            k -= len(re.search(r"(?:[（(][^（()）\n]{0,20}[）)])?[”\"」]?$", view[max(0, k - 24):k]).group())  # type: ignore[union-attr]
            owner = by_end.get(k)
            prev = owner if owner is not None and owner.label in ORG else None
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
    if j == pos.start:
        # a sub-unit the rules did not name (1–8 characters + 科/处/股/室/部/…), then the organisation
        # (or its 简称 in brackets), or a coordination with a title of another sub-unit
        unit_end = _SUBUNIT_END.search(view, max(0, j - 6), j)
        unit_at = unit_end.start() if unit_end else 0
        for n in range(1, 9) if unit_end else ():
            k = unit_at - n
            if k <= 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", view[k:unit_at]):
                break
            k -= len(re.search(r"(?:[（(][^）)\n]{0,20}[）)])?$", view[max(0, k - 22):k]).group())  # type: ignore[union-attr]
            prev = by_end.get(k)
            if prev is not None and prev.label in ORG:
                return prev
            # 设备科原科长甲、药剂科副主任乙: the second shares the first's organisation
            mate = by_end.get(k - 1) if view[k - 1:k] == "、" else None
            title = by_end.get(mate.start) if mate is not None and mate.label == "PERSON" else None
            if title is not None and title.label == "POSITION":
                return _org_for(ix, title)
    k = j
    planned = re.search(r"(?:拟派|拟任|拟委派)$", view[max(0, k - 3):k])
    if planned and view[k - len(planned.group()) - 1:k - len(planned.group())] == "、":
        k -= len(planned.group())  # 法定代表人甲、拟派项目经理乙: the second title shares the first's organisation
    while k > 0 and view[k - 1] in "、":
        k -= 1
    if k != j and by_end.get(k) is not None:
        before = by_end[k]
        if before.label == "POSITION":
            return _org_for(ix, before)
        # X局局长甲、副局长乙: the second title shares the organisation of the first
        title = by_end.get(before.start)
        if before.label == "PERSON" and title is not None and title.label == "POSITION":
            return _org_for(ix, title)
    # 其担任法定代表人的X公司 / 任法人的X公司: the organisation the clause names after the title
    if re.search(r"(担任|任)$", view[max(0, pos.start - 2):pos.start]) and view[pos.end:pos.end + 1] == "的":
        after = ix.by_start.get(pos.end + 1)
        if after is not None and after.label in ORG:
            return after
    # X合作社（李四为理事长）: the organisation the bracket follows
    op = max(view.rfind("（", 0, pos.start), view.rfind("(", 0, pos.start))
    if op > 0 and re.fullmatch(r"[^（()）\n]{1,12}?(?:为|系|任|担任)", view[op + 1:pos.start]):
        said = ix.by_start.get(op + 1)
        owner = by_end.get(op)
        if said is not None and said.label == "PERSON" and owner is not None and owner.label in ORG:
            return owner
    bench = _BENCH.match(pos.view)
    if bench:
        # a prosecutor belongs to a procuratorate, a judge or a clerk to a court: the issuer, else the header
        body = "检察院" if bench.group().startswith("检察") else "法院"
        heads = ([ents[ix.ctx.issuer]] if ix.ctx.issuer is not None else []) + ents[:1]
        fit = next((h for h in heads if h.label == "AGENCY" and h.view.endswith(body)), None)
        if fit is not None:
            return fit
    pre_at = max(0, pos.start - 12)
    pre = view[pre_at:pos.start]
    m = re.search(r"(该局|该单位|该公司|该院|该委|该中心|该行|该所|该办事处|该街道办事处|该镇|该乡|该校|该学校|该医院|该站|该办|"
                  r"局|公司|单位)(?:[\u4e00-\u9fff]{1,8}?(?:科|处|股|室|部|队|中心|库))?"
                  r"(?:时任|原|分管|主管)?$", pre)
    line_s = view.rfind("\n", 0, pos.start) + 1
    role = _ROLE_PARTY.search(pre)
    if role:
        # 原告提交的项目负责人X / 被告出庭负责人、副局长Y: the party the text names after that role
        party = next((e for e in ents if e.label in ORG and re.search(role.group(1) + r"(?:单位)?\s*[:：]?\s*$",
                                                                       view[max(0, e.start - 6):e.start])), None)
        if party is not None:
            return party
    if m:
        # 该公司 points back to a company the text is about, not one quoted as a seal or a title;
        # 该院 to a body whose name ends so
        ref = m.group(1)
        if view[pre_at + m.start() - 1:pre_at + m.start()] == "某":
            return None  # 某公司出纳: a company the text does not name
        # (a bare 局 before the post is a bureau's — 卫健局办公室主任 — never the company named lines before)
        bare_bureau = ref == "局" and view[pre_at + m.start(1) - 1:pre_at + m.start(1)] not in "你我贵本其此"
        want = "COMPANY" if "公司" in ref else "AGENCY" if bare_bureau else None
        won = re.search(r"(中标|成交)(?:公司|单位)$", view[pre_at:pre_at + m.end(1)])
        if won:
            # 中标公司股东X: the company the text named as the winner (中标人X), not the last one named
            winners = [e for e in ents if e.label == "COMPANY" and e.end <= pos.start and re.search(
                r"(中标人|中标供应商|中标单位|成交供应商|成交人)\s*[:：]?\s*$", view[max(0, e.start - 8):e.start])]
            if winners:
                return winners[-1]
        ending = ref[1:] if ref.startswith("该") and ref not in ("该单位", "该公司") else "局" if bare_bureau else ""
        longer = {"委": "委员会", "办": "办公室", "镇": "镇人民政府", "乡": "乡人民政府", "校": "学校", "学校": "中学"}
        cands = [e for e in ents if e.label in ORG and e.end <= pos.start and (want is None or e.label == want)
                 and (not ending or e.view.endswith(ending) or e.view.endswith(longer.get(ending, ending))
                      or ending in ("校", "学校") and e.view.endswith(("小学", "中学", "学校", "学院")))
                 and not (view[e.start - 1:e.start] in "“\"「《" and view[e.end:e.end + 1] in "”\"」》")]
        if bare_bureau:
            # 卫健局办公室主任, 财政局股长: the bureau the characters before 局 name (卫健 → 卫生健康局), else none
            key = view[max(pre_at, pre_at + m.start(1) - 2):pre_at + m.start(1)]
            cands = [e for e in cands if len(key) == 2 and _in_order(key, e.view)]
        return cands[-1] if cands else None
    # X公司（以下简称Y）提交的项目经理 / X公司的项目负责人: the organisation whose clause it is
    clause_s = max(view.rfind(c, 0, pos.start) for c in "，,。；;\n") + 1
    in_clause = [e for e in ents if e.label in ORG and clause_s <= e.start and e.end <= pos.start]
    if in_clause:
        gap = re.sub(r"^[）)]|[（(][^）)]{0,30}[）)]", "", view[in_clause[-1].end:pos.start])
        if re.fullmatch(r"(?:提交|提供|所属|下属|(?:分管|主管|负责)[^，,。；;]{1,20})?的|(?:派出|委派|拟派|指派|拟任)的?", gap):
            return in_clause[-1]
    # 法定代表人:X,总经理 inside a party block -> the party named on the line(s) before; 项目经理：X under
    # a bidder's line (第一中标候选人：X，…，项目负责人：Y) -> that bidder
    line = view[line_s:pos.start]
    field = _PEOPLE_FIELD.search(line) is not None and re.match(r"\s*[:：]", view[pos.end:pos.end + 2]) is not None
    if field:
        same = re.match(_PARTY_ROLE + r"\s*[:：]\s*", line)
        if same:
            on_line = [e for e in ents if e.label in ORG and line_s + same.end() == e.start]
            if on_line:
                return on_line[0]
    if field or re.match(r"\s*(法定代表人|法人代表|负责人|诉讼代表人)", line) or re.match(
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
        if on_prev and not field:
            return on_prev[0]
    # 一、X公司成立于…，法定代表人为Y: a title opening a clause belongs to the sentence's subject
    sent_s = max(view.rfind(c, 0, pos.start) for c in "。；;\n") + 1
    clause_s = max(view.rfind(c, sent_s, pos.start) for c in "，,") + 1
    if clause_s > sent_s and not view[clause_s:pos.start].strip():
        lead = re.match(r"[\s一二三四五六七八九十\d、.．（()）]*(?:被告单位|原审被告单位|被不起诉单位|当事人)?\s*[:：]?\s*",
                        view[sent_s:pos.start])
        subject = ix.by_start.get(sent_s + (lead.end() if lead else 0))
        if subject is not None and subject.label in ORG:
            return subject
    # X公司法定代表人为甲，监事为乙: a title opening a clause goes on about the previous clause's organisation
    if clause_s > sent_s and not view[clause_s:pos.start].strip() and re.match(r"\s*(?:为|是|系)", view[pos.end:pos.end + 2]):
        copulas = [e for e in ents if e.label == "POSITION" and sent_s <= e.start and e.end <= clause_s
                   and re.match(r"\s*(?:为|是|系)", view[e.end:e.end + 2])]
        if copulas:
            return _org_for(ix, copulas[-1])
    # 甲（X局副局长）、乙（Y股股长）: a sub-unit's title in a list of bracketed titles is in the organisation
    # of the mate's title before it
    holder = _in_brackets_after(ix, pos)
    if holder is not None and _SUBUNIT_END.search(view, max(0, pos.start - 6), pos.start):
        close = holder.start - 1
        if view[close:close + 1] in "、和" and view[close - 1:close] in "）)":
            op = max(view.rfind("（", 0, close - 1), view.rfind("(", 0, close - 1))
            mates = [e for e in ents if e.label == "POSITION" and op < e.start and e.end < close]
            if op > 0 and mates and (ix.by_end.get(op) or mates[0]).label == "PERSON":
                found = _org_for(ix, mates[-1])
                if found is not None:
                    return found
    issuer = ents[ix.ctx.issuer] if ix.ctx.issuer is not None else None
    if issuer is not None and issuer.label == "AGENCY" and _OFFICE_TITLE.search(pos.view) \
            and _ON_OWN_STAFF.fullmatch(view, sent_s, pos.start) \
            and not any(e.label in ORG for e in ents if sent_s <= e.start < pos.start):
        return issuer
    # 约谈人：张三（科长） under 约谈单位：X / 被约谈人：李四（项目经理） under 被约谈单位：Y
    who = re.match(r"\s*(\S{1,6}?)人\s*(?:[（(][^）)]{0,6}[）)])?\s*[:：]", line)
    if who:
        unit = re.search(rf"(?m)^\s*{re.escape(who.group(1))}(?:单位|机关|部门)\s*[:：]\s*", view[:line_s])
        if unit:
            units = [e for e in ents if e.label in ORG and e.start == unit.end()]
            if units:
                return units[0]
    # 该公司项目负责人甲、授权代理人乙: a title after a titled name of a list is in the same organisation
    if view[pos.start - 1:pos.start] == "、":
        mate = ix.by_end.get(pos.start - 1)
        title = ix.by_end.get(mate.start) if mate is not None and mate.label == "PERSON" else None
        if title is not None and title.label == "POSITION":
            return _org_for(ix, title)
    return None


def _titled_mate(ix: _Index, person: Ent) -> Ent | None:
    """The title of the name-and-title pair coordinated right before ``person`` (甲副局长、|乙): None
    when there is none."""
    if ix.ctx.view[person.start - 1:person.start] != "、":
        return None
    title = ix.by_end.get(person.start - 1)
    if title is None or title.label != "POSITION":
        return None
    holder = ix.by_end.get(title.start)
    return title if holder is not None and holder.label == "PERSON" else None


def _in_brackets_after(ix: _Index, pos: Ent) -> Ent | None:
    """张三（X公司总经理）/ 张三（该公司副总经理、…）: the person the bracket follows."""
    view = ix.ctx.view
    line_s = view.rfind("\n", 0, pos.start) + 1
    op = max(view.rfind("（", line_s, pos.start), view.rfind("(", line_s, pos.start))
    if op < 0 or re.search(r"[）)]", view[op:pos.start]):
        return None
    k = op
    while k > line_s and view[k - 1] in " \u3000":
        k -= 1
    person = ix.by_end.get(k)
    return person if person is not None and person.label == "PERSON" else None


def _persons_for(ix: _Index, pos: Ent) -> list[Ent]:
    """Who holds the position mention ``pos`` (several for a coordinated group)."""
    view, ents, by_start = ix.ctx.view, ix.ctx.ents, ix.by_start
    # a chain of titles followed by the name: 原党组书记、局长X / 原党组成员副局长X
    q = pos
    nxt: Ent | None = None
    while True:
        # the name on the same line (a line break or a tab ends a table cell, not a title's name)
        # (the role the person is named in and quotation marks stand between: 原副局长、犯罪嫌疑人X, 法定代表人“X”)
        nxt_off = q.end + len(_TO_NAME.match(view, q.end).group())  # type: ignore[union-attr]
        nxt = by_start.get(nxt_off)
        if nxt is not None and nxt.label == "POSITION":
            q = nxt
            continue
        break
    if nxt is None:
        # 时任X局局长的(被告人)张三: the name the clause's title qualifies
        of = re.match(r"的\s*" + _CASE_ROLE + r"?", view[q.end:q.end + 8])
        clause_s = max(view.rfind(c, 0, pos.start) for c in "，,。；;\n") + 1
        if of and re.search(r"(时任|现任|曾任|原任|担任|任)", view[clause_s:pos.start]):
            nxt = by_start.get(q.end + of.end())
    if nxt is not None and nxt.label == "PERSON" and "、" in view[q.end:nxt.start] \
            and (after := by_start.get(nxt.end)) is not None and after.label == "POSITION":
        nxt = None  # X局甲副局长、乙股长: the name after 、 has a title of its own; the holder is before
    if nxt is not None and nxt.label == "PERSON":
        # 评标委员会成员：甲、乙和丙 / 评标专家甲、乙等人: the title is each one's (科员甲及乙等人: 甲's only)
        field = re.match(r"\s*[:：]", view[q.end:q.end + 2]) is not None
        return _with_coordinated(ix, nxt, joins="、|和|及" if field else "、")
    # 区教育局装备中心于海波主任: the name right before the title, after its organisation (or after a
    # name-and-title mate: X局甲副局长、乙股长)
    before = ix.by_end.get(pos.start)
    if before is not None and before.label == "PERSON" and ((ix.by_end.get(before.start) or before).label in ORG
                                                           or _titled_mate(ix, before) is not None):
        return [before]
    # 项目经理均为张三 / 项目负责人为张三
    # 法定代表人为其妻Y: a kinship word between the copula and the name
    cop = re.match(r"\s*(?:均为|都是|均系|同为|同系|同是|为|是|系)\s*(?:其(?:妻子?|丈夫|夫|子|女|父|母|弟|兄|姐|妹|岳父|妻弟|儿子|女儿))?\s*",
                   view[q.end:q.end + 9])
    named = by_start.get(q.end + cop.end()) if cop else None
    if named is not None and named.label == "PERSON":
        return _with_coordinated(ix, named)
    bracketed = _in_brackets_after(ix, pos)
    if bracketed is not None:
        return [bracketed]
    line_s = view.rfind("\n", 0, pos.start) + 1
    s0 = max(view.rfind("。", 0, pos.start), view.rfind(";", 0, pos.start), view.rfind("；", 0, pos.start),
             line_s - 1) + 1
    if re.match(r"\s*(系|现任|任|职务)", view[s0:pos.start]) or re.search(r"职务\s*[:：]", view[line_s:pos.start]):
        s0 = line_s
    prior = [e for e in ents if e.label == "PERSON" and s0 <= e.start and e.end <= pos.start]
    if not prior:
        return []
    # a coordinated group right before: 甲、乙,某律师事务所律师 / 甲,总经理
    group = [prior[-1]]
    i = len(prior) - 2
    while i >= 0 and view[prior[i].end:group[0].start] in ("、", "和", "及"):
        group.insert(0, prior[i])
        i -= 1
    orgs_between = [e for e in ents if e.label in ORG and group[-1].end <= e.start and e.end <= pos.start]
    stripped = view[group[-1].end:pos.start]
    for o in orgs_between:
        stripped = stripped.replace(view[o.start:o.end], "")
    # (an identity number or a defined short name in brackets stands between: 甲（身份证号…），X公司（以下简称Y）法定代表人)
    titles = re.sub(r"、|[（(][^（）()\n]{0,40}[）)]", "", stripped)
    for t in [e for e in ents if e.label == "POSITION" and group[-1].end <= e.start and e.end <= pos.start]:
        titles = titles.replace(view[t.start:t.end], "")
    # 甲,总经理 / 甲，原X局党委书记、局长: the titles of a chain after the name are each the name's
    if re.fullmatch(r"\s*[,，]\s*(?:该局|该单位|该公司|该院|原)?\s*", titles) \
            or (len(group) > 1 and re.fullmatch(r"\s*(?:等)?[两二三四五六七八九十\d]+(?:名|位|人)\s*", stripped)):
        return group
    # 免去张三(同志)的X局局长职务: the person after 免去
    if re.search(r"(免去|免|撤销|解聘)\s*$", view[max(s0, group[0].start - 3):group[0].start]) \
            and re.fullmatch(r"\s*(?:同志)?\s*(?:的)?\s*(?:原)?\s*", titles) \
            and re.match(r"\s*职务", view[q.end:q.end + 4]):
        return group
    # 张三同志任X局局长，免去其Y局副局长职务: 其 is the subject before
    adjacent = ix.by_end.get(pos.start)
    head = adjacent.start if adjacent is not None and adjacent.label in ORG else pos.start
    if re.search(r"(免去|免|撤销|解聘)其\s*$", view[max(s0, head - 4):head]):
        return [prior[-1]]
    verbs = [v for v in re.finditer(r"(系|现任|担任|任|为|职务\s*[:：])", view[s0:pos.start])
             if not re.search(r"[,，]", view[s0 + v.end():pos.start])]
    head = orgs_between[0].start if orgs_between else pos.start
    first_p = prior[0]
    if re.match(r"\s*[,，(（]\s*[男女]", view[first_p.end:first_p.end + 4]) and re.search(
            r"[,，]\s*(?:原|时任|现任|曾任)?\s*$", view[s0:head]):
        return [first_p]
    if verbs:
        vpos = s0 + verbs[-1].start()
        subj = [e for e in prior if e.end <= vpos]
        clause_s = max(view.rfind(c, s0, vpos) for c in "，,") + 1
        if subj and subj[-1].end <= clause_s and _KIN.search(view, clause_s, vpos):
            return []  # 甲系X公司股东，其妻弟乙系该公司法定代表人: the title is the kin's, not 甲's
        if subj:
            return [subj[-1]]
    return []


def _respective(ix: _Index, org: Ent | None, pos: Ent, n: int) -> list[Ent]:
    """甲公司、乙公司项目经理张三、李四: as many organisations written right before the title as persons
    after it — each person holds it in the organisation at the same place (empty when not so)."""
    if n < 2 or org is None or ix.by_end.get(pos.start) is not org:
        return []
    out = [org]
    while True:
        k = out[0].start
        join = _JOIN_END.search(ix.ctx.view, max(0, k - 1), k)
        prev = ix.by_end.get(join.start()) if join else None
        if prev is None or prev.label not in ORG:
            break
        out.insert(0, prev)
    return out if len(out) == n else []


def _sharing(ix: _Index, org: Ent | None, pos: Ent) -> list[Ent]:
    """A与(参与投标的)B法定代表人同为X: the organisations coordinated before ``org`` when the title says
    its holder is the same for all (同为/均为)."""
    view = ix.ctx.view
    if org is None or ix.by_end.get(pos.start) is not org or not _SAME_HOLDER.match(view, pos.end):
        return []
    out: list[Ent] = []
    k = org.start
    while True:
        join = _JOIN_BEFORE.search(view, max(0, k - 14), k)
        prev = ix.by_end.get(join.start()) if join else None
        if prev is None or prev.label not in ORG:
            return out
        out.append(prev)
        k = prev.start


def _with_coordinated(ix: _Index, first: Ent, *, joins: str = "、|和|及") -> list[Ent]:
    """``first`` and the persons written after it in a coordination (储明亮（持股60%）、汪某某)."""
    out = [first]
    for e in ix.ctx.ents:
        if e.start < out[-1].end or e.label != "PERSON":
            continue
        gap = ix.ctx.view[out[-1].end:e.start]
        if not re.fullmatch(r"\s*(?:[（(][^）)\n]{0,16}[）)])?\s*(?:" + joins + r")\s*", gap):
            # 甲、乙和丙: a 和/及 closing a list of 、 joins its last member too
            if not (len(out) >= 2 and re.fullmatch(r"\s*(?:和|及|以及)\s*", gap)):
                break
            out.append(e)
            break
        out.append(e)
    return out


def _from_tables(ctx: Ctx) -> list[tuple[Ent, Ent | None, Ent | None]]:
    """(person, position mention or None, organisation) along the rows of a table: 姓名 | 职务 | 单位,
    or 单位名称 | 法定代表人 (the header's 法定代表人 is the position mention)."""
    out: list[tuple[Ent, Ent | None, Ent | None]] = []
    for t in tables(ctx.view):
        person_col, pos_col = t.column("person"), t.column("position")
        if person_col is not None and pos_col is None and t.rows:
            # a column under any heading (类别, 身份) whose every cell is one title: the row's person's post
            pos_col = next((c for c in range(len(t.header)) if c != person_col and c not in (t.column("org"),)
                            and all(c < len(row) and len(in_cell(ctx, row[c], ("POSITION",))) == 1 for row in t.rows)), None)
        org_col = next((c for c in (t.column("org"), t.column("bidder"), t.column("penalized")) if c is not None), None)
        rep_col = t.column("legal_rep")
        for row in t.rows:
            org = next(iter(in_cell(ctx, row[org_col], ORG)), None) if org_col is not None else None
            if person_col is not None and pos_col is not None \
                    and not in_cell(ctx, row[pos_col], ("PERSON",)):
                # (a post cell naming its own person — 陈志强（市财政局政府采购股股长） under 反映对象及单位职务 —
                # is that person's post, not the person column's: the text beside it says so)
                persons = in_cell(ctx, row[person_col], ("PERSON",))
                posns = in_cell(ctx, row[pos_col], ("POSITION",))
                cell_org = org or next(iter(in_cell(ctx, row[pos_col], ORG)), None)
                for p in persons[:1]:
                    for pos in posns[:1]:
                        out.append((p, pos, cell_org))
            if rep_col is not None and org is not None:
                for p in in_cell(ctx, row[rep_col], ("PERSON",))[:1]:
                    out.append((p, None, org))
            # a column headed by a title (项目负责人 | 项目经理 | 法定代表人): the row's person holds it
            for col, head in enumerate(t.header):
                titles = in_cell(ctx, head, ("POSITION",))
                if col in (person_col, pos_col) or len(titles) != 1:
                    continue
                for p in in_cell(ctx, row[col], ("PERSON",))[:1]:
                    out.append((p, titles[0], org))
    return out


def positions(ctx: Ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(HOLDS_POSITION, LEGAL_REP) relations of a document."""
    ix = _Index(ctx)
    hp: list[dict[str, Any]] = []
    lr: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()

    def legal_rep(p: Ent, org: Ent) -> None:
        k2 = ("L", ctx.canon_text(p), ctx.canon_text(org))
        if k2 not in seen:
            seen.add(k2)
            lr.append({"type": "LEGAL_REP", "from": ctx.canon(p), "to": ctx.canon(org)})

    def holds(p: Ent, pos: Ent, org: Ent | None) -> None:
        if _EXPERT.match(pos.view):
            org = None  # the committee's post, whatever unit the text (or a table's row) names with it
        if org is not None and org.label == "COMPANY" and _ORGAN_HEAD.match(pos.view):
            org = None  # X公司授权代表甲与…交通运输局副局长乙: a bureau's head is no company's post
        key = ("H", ctx.canon_text(p), pos.idx, ctx.canon_text(org) if org else None)
        if key in seen:
            return
        seen.add(key)
        hp.append({"type": "HOLDS_POSITION", "from": ctx.canon(p), "to": pos.idx,
                   "org": ctx.canon(org) if org else None})
        if org is not None and (pos.view in _LEGAL_REP or (pos.view == _HEAD_OF_PARTY and _opens_line(ctx, pos)
                                                           and org.label == "COMPANY")):
            legal_rep(p, org)  # an agency's 负责人 is no legal representative (被检查单位：X局 / 负责人：Y)

    for pos in [e for e in ctx.ents if e.label == "POSITION"]:
        persons = _persons_for(ix, pos)
        if persons:
            org = _org_for(ix, pos)
            orgs = _respective(ix, org, pos, len(persons))
            for n, p in enumerate(persons):
                holds(p, pos, orgs[n] if orgs else org)
            for other in _sharing(ix, org, pos) if len(persons) == 1 else ():
                holds(persons[0], pos, other)  # A与B法定代表人同为X: X is each one's
    # 刘芳的授权代表黄某: the organisation of the person whose representative this is
    held = {r["from"]: r["org"] for r in hp if r["org"] is not None}
    for r in hp:
        if r["org"] is None:
            pos = ctx.ents[r["to"]]
            owner = ix.by_end.get(pos.start - 1) if ctx.view[pos.start - 1:pos.start] == "的" else None
            if owner is not None and owner.label == "PERSON" and ctx.canon(owner) in held:
                r["org"] = held[ctx.canon(owner)]
            elif (said := _OWNED_BY_SUBJECT.search(ctx.view, max(0, pos.start - 10), pos.start)) is not None:
                r["org"] = _subjects_org(ctx, said.start(), held)
            elif ctx.issuer is not None and _signs_for_writer(ctx, pos, ctx.ents[r["from"]]):
                r["org"] = ctx.canon(ctx.ents[ctx.issuer])
    # 于某作为该项目项目负责人: a title the person holds elsewhere in the text with its organisation
    same = {(r["from"], ctx.ents[r["to"]].view): r["org"] for r in hp if r["org"] is not None}
    for r in hp:
        if r["org"] is None:
            r["org"] = same.get((r["from"], ctx.ents[r["to"]].view))
    # 经局长甲同意 after 负责人：甲 under 被检查单位：X局: a head's bare title is of the organ the person is
    # otherwise attached to, when that organ is of the kind the title heads
    for r in hp:
        head = _HEAD_OF.match(ctx.ents[r["to"]].view)
        if r["org"] is None and head:
            attached: set[int] = {o for o in (q["org"] for q in hp if q["from"] == r["from"] and q["org"] is not None)
                                  if ctx.ents[o].view.endswith(head.group(1))}
            if len(attached) == 1:
                r["org"] = attached.pop()
            elif not attached and ctx.issuer is not None:
                r["org"] = _writers_head(ctx, head.group(1))
    for r in hp:
        if _EXPERT.match(ctx.ents[r["to"]].view):
            r["org"] = None
    stated = {(r["from"], r["to"]) for r in hp}
    for p, maybe_pos, org in _from_tables(ctx):
        if maybe_pos is not None:
            if org is None and (ctx.canon(p), maybe_pos.idx) in stated:
                continue  # the text already said where (科长蓝某某 … 医院采购科): a row adds no post without it
            holds(p, maybe_pos, org)
        elif org is not None:
            legal_rep(p, org)
    return hp, lr


def _writers_head(ctx: Ctx, organ: str) -> int | None:
    """A bare head's title (经局长王德明主持) in a letter whose writer is of the kind the title heads and
    speaks of itself so (我局, 本局), and names no other body of that kind: the writer."""
    assert ctx.issuer is not None
    writer = ctx.ents[ctx.issuer]
    if not writer.view.endswith(organ) or not re.search(f"[我本]{organ}", ctx.view):
        return None
    others = [e for e in ctx.ents if e.label == "AGENCY" and e.view.endswith(organ)
              and ctx.canon_text(e) != ctx.canon_text(writer)]
    return None if others else ctx.canon(writer)


def _subjects_org(ctx: Ctx, at: int, held: dict[int, int]) -> int | None:
    """The organisation 其 (at ``at``) stands for: the one just named (X公司及其…), that of the last
    person named before it in the sentence (被告人甲…安排其公司员工乙: 甲's company, as the text says elsewhere), or the party of a
    decision when the sentence's subject is 当事人."""
    s0, _ = sentence_bounds(ctx.view, at)
    if ctx.view[at - 1:at] in ("及", "和", "与"):
        # X公司及其法定代表人Y: 其 is the organisation just named
        named = [e for e in ctx.ents if e.end == at - 1 and e.label in ORG]
        return ctx.canon(named[0]) if named else None
    people = [e for e in ctx.ents if e.label == "PERSON" and s0 <= e.start and e.end <= at]
    if people:
        return held.get(ctx.canon(people[-1]))
    if re.match(r"\s*(?:经查[明实]?\s*[，,：:]\s*)?当事人", ctx.view[s0:at]):
        party = re.search(r"(?m)^\s*当事人\s*[:：]\s*", ctx.view)
        named = [e for e in ctx.ents if party is not None and e.start == party.end() and e.label in ORG]
        return ctx.canon(named[0]) if named else None
    return None


def _signs_for_writer(ctx: Ctx, pos: Ent, person: Ent) -> bool:
    """A title on a signature line of the letter's writer (局长　孙某 under 此致…) or on its contact
    line (联系人：冉某（侦查员）): the person is the writer's."""
    view = ctx.view
    line_s = view.rfind("\n", 0, pos.start) + 1
    line_e = view.find("\n", pos.end)
    line = view[line_s:line_e if line_e >= 0 else len(view)]
    if re.match(r"\s*(联系人|经办人|承办人)\s*[:：]", line):
        return True
    alone = re.sub(r"[\s\u3000:：]+", "", line) in (pos.view + person.view, person.view + pos.view)
    return alone and view.count("\n", line_s) <= 3  # among the last lines


def _opens_line(ctx: Ctx, pos: Ent) -> bool:
    """负责人：X as a field of its own line (a party block), not 项目负责人 in running text."""
    line_s = ctx.view.rfind("\n", 0, pos.start) + 1
    return ctx.view[line_s:pos.start].strip() in ("", "单位") and re.match(r"\s*[:：]", ctx.view[pos.end:pos.end + 2]) is not None
