"""BID_ON: a company → the project number it took part in, bid on, was shortlisted for or won.

Read from a decision's parties (the penalised bidder), the sentence naming the project, and — in a
document about one project — every company written as a bidder: after a bidder's role (投标人X,
中标人：X, 第一中标候选人X, 参与投标的X), before its bid (X的投标文件, X与Y相互串通投标, A、B两家投标人),
on the line under a heading that lists bidders (其他投标人 / 其他参与磋商的供应商), and in a table's
bidder column. A coordination (A（联合体牵头人）、B（联合体成员）) bids as one. Complainants, agents,
manufacturers and certifiers do not bid.
"""

from __future__ import annotations

import re
from typing import Any

from .context import ORG, Ctx, Ent, sentence_bounds
from .penalized import COUNT_WORDS, addressed_party
from .tables import in_cell, tables

_BIDDER = ("COMPANY",)
_ROLE_BEFORE = re.compile(r"(投标人|中标候选人|成交候选人|中标人|成交人|成交供应商|中标供应商|中标单位|成交单位|投标单位|竞标单位|"
                          r"(?:参与|参加)(?:竞争性)?(?:投标|竞标|磋商|谈判|报价|比选)的(?:其他)?(?:供应商|单位|公司|投标人)?|否决投标(?:情况)?|"
                          r"未中标(?:供应商|人)?|未成交(?:供应商)?|(?<!投诉)(?<!质疑)(?:供应商|响应人)(?:名称|名单)?(?=\s*[:：]))\s*[:：]?\s*(?:由)?\s*"
                          # a lot before the name (其他投标人：第1包X)
                          r"(?:第[\d一二三四五六七八九十]+(?:包|标段|分标|标包)\s*(?:[（(][^）)\n]{0,12}[）)])?\s*[:：]?\s*)?$")
# a line listing bidders after its label (其他投标人：第1包A，第3包B（投标无效…）): every company on it bid
_BIDDERS_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:其他|其余|未中标的?|未成交的?|参与[^：:\n]{0,10}的(?:其他)?)"
                           r"(?:投标人|投标单位|供应商|竞标人|响应人)\s*[:：][^\n]*")
_BID_AFTER = re.compile(r"\s*(?:等?[两三四五六七八九十\d]+家(?:公司|单位|企业|供应商|投标人)?)?(?:的)?(?:投标文件|投标保证金|投标报价|响应文件|报价文件)|[^，。；;\n]{0,6}?(?:相互)?串通投标|"
                        r"\s*(?:均|都|共同)?(?:参与|参加)(?:了)?(?:投标|竞标|磋商|比选|报价)|\s*(?:轮流|先后)中标|"
                        r"\s*(?:承接|承建|中标|成交|中选|中得)|\s*(?:分别|先后|最终|最后)?以[^，。；;\n]{0,30}?(?:中标|成交|中选|中得)|"
                        r"\s*为[^，。；;\n]{0,40}?陪标|\s*(?:参与|参加)?陪标|"
                        # 借用A、B的资质投标: firms whose qualification a bid used; A、B等投标人名单
                        r"(?:的)?资质(?:参与|参加|进行)?(?:投标|竞标|报价)|\s*等(?:投标人|投标单位|竞标人|供应商)|"
                        r"\s*(?:列|列为|为|系|是)?第.(?:中标|成交)候选人")
# X公司在Y项目（编号）中…: a company acting in the project took part in it
_IN_PROJECT = re.compile(r"(?:[（(][^）)\n]{0,40}[）)])?\s*在[^，。；;\n]{0,60}?(?:项目|采购|招标|工程|遴选)[^，。；;\n]{0,40}?中")
# 你公司/该公司 acting in the project (你公司承建的…, 为使该公司在…中入围): the party addressed
_ADDRESSED_BIDS = re.compile(r"(?:你|该)(?:公司|单位)[^，。；;\n]{0,6}?(?:在|参加|参与|承建|承接|投标|中标|入围)")
_NOT_BIDDER_BEFORE = re.compile(r"(投诉人|质疑人|申请人|举报人|代理机构|招标人|采购人|制造商|生产商|出具)\s*[:：]?\s*$")
_NOT_BIDDER_AFTER = re.compile(r"\s*(?:的)?(?:投诉|质疑|举报|反映|代理|制造|生产)|[^，。；\n]{0,8}出具")
# a company that only possesses the person named after it (X公司（简称Y）招标采购部部长Z, X公司实际控制人Z)
_POSSESSOR = re.compile(r"(?:[”\"」]?[）)])?(?:[（(][^）)\n]{0,20}[）)])?[\u4e00-\u9fff]{0,8}?(?:董事长|总经理|经理|法定代表人|股东|"
                        r"员工|工作人员|负责人|实际控制人|部长|主任|科长)")
_AS_BUYER = re.compile(r"\s*作为(?:采购人|招标人|建设单位|项目业主)")
_AS_AGENT = re.compile(r"(你|该)(公司|单位)(代理|组织)的|检查(对象|结果)|抽查了?")
_BID_WORD = re.compile(r"(中标|投标|参与|参加|入围|成交|响应|报名|竞标|陪标|提交|递交)")
_JOIN = re.compile(r"\s*(?:[”\"」]?[）)])?\s*(?:[（(][^）)\n]{0,16}[）)])?\s*(?:、|和|与|及|以及)\s*")
_ALIAS_LEAD = re.compile(r"[（(]\s*(?:以下|下)?简?称\s*[:：]?\s*[“\"「]?$")
# X公司为中标Y项目 / 为承揽Y工程: the company's aim is to win the project it names next
_TO_WIN = re.compile(r"(?:[（(][^）)\n]{0,20}[）)])?\s*(?:为了?|为使其?|意图|企图)\s*(?:中标|承揽|承接|取得)")
_FORGED = re.compile(r"(?:刻制|伪造|私刻|仿造|假冒|冒用)(?:了)?[^，。；;\n]{0,3}?[“\"「]?$")
# X公司中标/承建该项目: the company's own act on the project
_WINS = re.compile(r"\s*(?:先后|分别|最终|顺利)?(?:中标|承建|承接|成交|中选|中得|参与投标|参加投标)|"
                   r"\s*(?:先后|分别|最终|最后)?以[^，。；;\n]{0,30}?(?:中标|成交|中选|中得)|"
                   # X公司（法定代表人Y）于…日参加Z项目（项目编号…）投标: its own bid, not a project it owns
                   r"(?:[（(][^）)\n]{0,20}[）)])?\s*(?:于[^，。；;\n]{0,14}?日)?\s*(?:先后|分别)?(?:参加|参与)(?:了)?"
                   r"[^，。；;\n]{0,60}?(?:投标|竞标|磋商|比选|报价)")
# X公司承建的Y项目 (unnumbered, not 该/本/上述): another project the company built, not the document's
_OTHER_PROJECT = re.compile(r"\s*(?:承建|承接)(?:了)?的?(?![该本此上])[^，。；;\n]{1,40}?(?:项目|工程)(?![（(]\s*(?:项目|招标)?编号)")
# 该公司最终中标: the company the text just named
_IT_WINS = re.compile(r"该(?:公司|单位)")
# 约定由两公司参与陪标: a count that refers back to the companies the sentence named before it
_COUNTED_BID = re.compile(r"(?:由|让|使)?\s*(两|二|三|四|五|[2-9])\s*家?(?:公司|单位|企业)\s*(?:均|共同|分别)?\s*(?:参与|参加)?\s*"
                          r"(?:陪标|投标|围标|串标|竞标)")
# 另一投标人X: the company named before it in the sentence is a bidder too
_ANOTHER_BIDDER = re.compile(r"另一(?:家)?(?:投标人|投标单位|供应商|竞标人)\s*$")
# 上述项目 / 两项目 / 上述两标段: the numbered projects of the last sentence that names any
_PROJECTS_BEFORE = re.compile(r"上述(?:[两二三四五六七八九十\d]+个?)?(?:项目|标段|工程)|(?:两|二|三|该两|这两)个?(?:项目|标段)")
_LIST_HEADING = re.compile(r"(供应商|投标人|投标单位|候选人|竞标人|响应人)(名单|名称)?\s*[:：]?\s*$")


def _groups(ctx: Ctx) -> list[list[Ent]]:
    """Companies written one after another in a coordination, each group in text order."""
    out: list[list[Ent]] = []
    for c in ctx.ents:
        if c.label not in _BIDDER:
            continue
        if out and _ALIAS_LEAD.search(ctx.view[out[-1][-1].end:c.start]):
            continue  # the 简称 a bracket defines stands for the name before it
        if out and _JOIN.fullmatch(ctx.view[out[-1][-1].end:c.start]):
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _bids_in_sentence(ctx: Ctx, c: Ent) -> bool | None:
    """A company in the sentence naming a project bid on it: its clause speaks of bidding, and it is
    not the complainant, the agent, a maker or certifier or the owner of a project (False). Named only
    as a person's employer (X公司经理Y) or in a clause that does not speak of bidding, the mention says
    nothing either way (None): another mention in the sentence may bid. A coordination (A与B在…项目中…) is read at its last member."""
    view = ctx.view
    group = next((g for g in _groups(ctx) if c in g), [c])
    if c is not group[-1]:
        last = _bids_in_sentence(ctx, group[-1])
        return last and not _NOT_BIDDER_BEFORE.search(view[max(0, c.start - 8):c.start])
    if _NOT_BIDDER_BEFORE.search(view[max(0, c.start - 8):c.start]) or _NOT_BIDDER_AFTER.match(view, c.end):
        return False
    if re.search(r"(制造商|代理机构)", view[c.end:c.end + 4]) or _FORGED.search(view, max(0, c.start - 8), c.start):
        return False  # 私自刻制X公司公章: a company whose seal was forged did not bid
    if _POSSESSOR.match(view, c.end):
        return None
    if _IN_PROJECT.match(view, c.end) or _TO_WIN.match(view, c.end) or _WINS.match(view, c.end):
        return True  # X公司中标该项目的…标段: the winner, not the project's owner
    if re.match(r"[^,，。;；:：、\n“”\"]*(项目|工程|采购)", view[c.end:c.end + 40]):
        return False
    c0 = max(view.rfind(x, 0, c.start) for x in "，,。；;\n") + 1
    ends = [i for i in (view.find(x, c.end) for x in "，,。；;\n") if i >= 0]
    # a clause that does not speak of bidding says nothing either way
    return True if _BID_WORD.search(view[c0:min(ends) if ends else len(view)]) else None


def _named_as_bidders(ctx: Ctx) -> list[Ent]:
    """The companies a document writes as bidders, wherever they stand."""
    view = ctx.view
    heading_lines = set()
    for m in re.finditer(r"(?m)^[^\n]*$", view):
        line = m.group()
        if _LIST_HEADING.search(line) and not re.search(r"(投诉|质疑|代理|联系)", line) and len(line.strip()) <= 30:
            heading_lines.add(m.end() + 1)  # the start of the next line
    out: list[Ent] = []
    for group in _groups(ctx):
        first, last = group[0], group[-1]
        left = view[max(0, first.start - 14):first.start]
        line_s = view.rfind("\n", 0, first.start) + 1
        if _NOT_BIDDER_BEFORE.search(left) or _NOT_BIDDER_AFTER.match(view, last.end) \
                or (_OTHER_PROJECT.match(view, last.end) and not _ROLE_BEFORE.search(left)):
            continue
        if _ROLE_BEFORE.search(left) or _BID_AFTER.match(view, last.end) \
                or re.match(r"[”\"」]?[）)]?\s*等?[两三四五六七八九十\d]+家(投标人|投标单位|供应商)", view[last.end:last.end + 12]) \
                or (line_s in heading_lines and not view[line_s:first.start].strip()):
            out.extend(group)
    for m in _IT_WINS.finditer(view):
        if _WINS.match(view, m.end()):
            out += [e for e in ctx.ents if e.label in _BIDDER and e.end <= m.start()][-1:]
    for m in _COUNTED_BID.finditer(view):
        n = COUNT_WORDS.get(m.group(1)) or int(m.group(1))
        s0, _ = sentence_bounds(view, m.start())
        named: dict[str, Ent] = {}
        for e in ctx.ents_in(s0, m.start(), _BIDDER):
            named.setdefault(ctx.canon_text(e), e)
        if len(named) >= n:
            out += list(named.values())[-n:]
    for c in ctx.ents:
        if c.label in _BIDDER and _ANOTHER_BIDDER.search(view, max(0, c.start - 10), c.start):
            s0 = max(view.rfind("。", 0, c.start), view.rfind("\n", 0, c.start)) + 1  # across a ；
            out += [e for e in ctx.ents_in(s0, c.start, _BIDDER)][-1:]
    for m in _BIDDERS_LINE.finditer(view):
        out.extend(c for c in ctx.ents_in(m.start(), m.end(), _BIDDER)
                   if not _NOT_BIDDER_BEFORE.search(view[max(0, c.start - 8):c.start]))
    for t in tables(view):
        col = t.column("bidder")
        if col is None and t.header and _under_heading(view, t.header[0].start, heading_lines):
            col = t.column("org")  # 二、其他中标候选人 over a table of 单位名称: the names are bidders
        if col is not None:
            out.extend(e for row in t.rows for e in in_cell(ctx, row[col], _BIDDER + ("AGENCY",))[:1])
    return out


def _item_projects(ctx: Ctx, c: Ent) -> list[Ent]:
    """The project numbers of the numbered item (一、X项目（项目编号：…）。经查，…) a party is named in."""
    view = ctx.view
    line_s = view.rfind("\n", 0, c.start) + 1
    line_e = view.find("\n", c.end)
    if not re.match(r"[ \t\u3000]*(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])", view[line_s:c.start]):
        return []
    return ctx.ents_in(line_s, len(view) if line_e < 0 else line_e, ("PROJECT_NO",))


def _under_heading(view: str, at: int, heading_lines: set[int]) -> bool:
    """The line holding ``at`` comes right after a heading line (blank lines between)."""
    line_s = view.rfind("\n", 0, at) + 1
    while line_s not in heading_lines:
        if line_s == 0:
            return False
        prev_s = view.rfind("\n", 0, line_s - 1) + 1
        if view[prev_s:line_s].strip():
            return False
        line_s = prev_s
    return True


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

    if kind == "penalty_decision" and not _AS_AGENT.search(view):
        # the party of a decision on a procurement bid on its projects — unless the decision is about
        # the way someone ran the procurement (你公司代理的…, 采购人…): a purchaser or an agent did not bid
        targets = {r["to"] for r in penalized}
        # a party named as the purchaser anywhere (X局作为采购人未按规定…) did not bid
        buyers = {ctx.canon_text(e) for e in ctx.ents if e.label in ORG and _AS_BUYER.match(view, e.end)}
        for c in ctx.ents:
            if c.idx in targets and c.label in ORG and not _NOT_BIDDER_BEFORE.search(view[max(0, c.start - 8):c.start]) \
                    and ctx.canon_text(c) not in buyers:
                for p in _item_projects(ctx, c) or projects:
                    add(c, p)
    for p in projects if kind != "penalty_decision" else []:
        s0, s1 = sentence_bounds(view, p.start)
        said_of = [(c, _bids_in_sentence(ctx, c)) for c in ctx.ents_in(s0, s1, ("COMPANY",))]
        excluded = {ctx.canon_text(c) for c, bids in said_of if bids is False}
        for c, bids in said_of:
            if bids and ctx.canon_text(c) not in excluded:
                add(c, p)
        said = _ADDRESSED_BIDS.search(view, s0, s1)
        if said and not re.search(r"代理", view[said.end():s1]):  # 你公司在…项目代理过程中: the agent
            for c in addressed_party(ctx, said.start()):
                add(c, p)
    for m in _PROJECTS_BEFORE.finditer(view) if kind != "penalty_decision" else ():
        s0, s1 = sentence_bounds(view, m.start())
        earlier = [p for p in projects if p.end <= s0]
        if ctx.ents_in(s0, s1, ("PROJECT_NO",)) or not earlier:
            continue
        last_s0, _ = sentence_bounds(view, earlier[-1].start)
        said_of = [(c, _bids_in_sentence(ctx, c)) for c in ctx.ents_in(s0, s1, ("COMPANY",))]
        excluded = {ctx.canon_text(c) for c, bids in said_of if bids is False}
        for c, bids in said_of:
            if bids and ctx.canon_text(c) not in excluded:
                for p in earlier:
                    if p.start >= last_s0:
                        add(c, p)
    # per row of a table with a project column
    for t in tables(view):
        bcol, pcol = t.column("bidder"), t.column("project")
        if bcol is None or pcol is None:
            continue
        for row in t.rows:
            for c in in_cell(ctx, row[bcol], _BIDDER + ("AGENCY",))[:1]:
                for p in in_cell(ctx, row[pcol], ("PROJECT_NO",))[:1]:
                    add(c, p)
    if len({ctx.canon_text(p) for p in projects}) == 1:
        # one project in the document: a company written as a bidder anywhere bid on it
        for c in _named_as_bidders(ctx):
            add(c, projects[0])
    elif kind != "penalty_decision" and _sections_by_project(ctx, projects):
        # an announcement of several projects, each its own section (项目一：…⏎项目编号：…⏎成交供应商：X):
        # a company written as a bidder bid on the project of its section
        for c in _named_as_bidders(ctx):
            before = [p for p in projects if p.start < c.start]
            if before:
                add(c, before[-1])
    return out


def _sections_by_project(ctx: Ctx, projects: list[Ent]) -> bool:
    """Each project number stands on a line of its own field (项目编号：X), the numbers in text order
    on different lines: the document is in sections, one per project."""
    view = ctx.view
    lines = set()
    for p in projects:
        line_s = view.rfind("\n", 0, p.start) + 1
        if not re.fullmatch(r"[ \t\u3000]*(?:项目|采购|招标|标段)?编号\s*[:：]\s*", view[line_s:p.start]):
            return False
        lines.add(line_s)
    return len(lines) == len(projects)
