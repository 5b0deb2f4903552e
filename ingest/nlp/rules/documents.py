"""Names of documents in running text: document numbers (DOC_NO: every bracket form, decrees,
court case numbers, serials), project numbers (PROJECT_NO) and cited laws (LAW, in 《》)."""

from __future__ import annotations

import re

from ingest import doc_numbers
from ingest.doc_numbers import BRACKETED, balanced, line_start

from .base import CJK, PRIO, Cand, column_values

# ---------------------------------------------------------------- DOC_NO
# the shapes of a document number live in ingest.doc_numbers, shared with the letter reader (issue 15)
_COURT_PRIO = {"court": 1}


# a table's column of case or document numbers: its code-shaped cells are DOC_NO (QBJA-2026-007 under 案件编号)
_DOC_COLUMNS = frozenset(doc_numbers.DOC_NUMBER_LABELS)
_CODE_CELL = re.compile(doc_numbers.CODE_VALUE)


def find_doc_numbers(text: str) -> list[Cand]:
    """Every document number of ``text`` (the view) as a DOC_NO candidate (:func:`ingest.doc_numbers.find`),
    and the code-shaped cells of a case-number column."""
    found = [f for f in doc_numbers.find(text) if f.shape not in doc_numbers.NOT_DOCUMENTS]
    out = [Cand(f.start, f.end, "DOC_NO", PRIO["DOC_NO"] + _COURT_PRIO.get(f.shape, 0)) for f in found]
    # the further items of an abbreviated list (X〔2025〕9号、10号; 1号至3号): numbers of their own
    out += [Cand(a, b, "DOC_NO", PRIO["DOC_NO"]) for f in found for a, b in doc_numbers.list_items(text, f)]
    if any(h in text for h in _DOC_COLUMNS):  # (文号 is one of them: 决定文号, 移送文号 columns end in it)
        for at, cell in column_values(text, lambda h: h in _DOC_COLUMNS or h.endswith("文号")):
            v = cell.strip()
            if _CODE_CELL.fullmatch(v) and re.search(r"\d{3}", v):
                s = at + len(cell) - len(cell.lstrip())
                out.append(Cand(s, s + len(v), "DOC_NO", PRIO["DOC_NO"]))
    return out


_PROJECT_KEY = re.compile(
    r"(?:(?:采购)?项目编号|采购编号|招标编号|项目代码|标段编号|招标项目编号|采购计划编号|计划编号|项目号|招标文件编号|采购文件编号|"
    r"(?<![证书卷案码号档])(?<!索引|文件|档案|合同|登记|注册|许可|执照|案件|缴款|公告|文书|通报)编号)\s*(?:[:：|｜│]|(?:分别为|分别是|为|是)\s*[:：]?)?\s*"
)
_PROJECT_VAL = re.compile(
    rf"(?:[{CJK}]{{1,8}}[-—_]?|[A-Za-z]{{1,4}}[{CJK}]{{1,3}})?[A-Za-z0-9〔\[(【{{][A-Za-z0-9\-—_/.〔〕\[\]()【】{{}}]*(?:(?<=[〕\]】)}}])第\d+)?号?"
)
# what follows a number that is a quantity, a date or a time, not a further project number of a list
_NOT_A_LIST_ITEM = re.compile(r"\s*[年月日时点万元个件台次人名家%％]")
# a column of project numbers in a table written in text (项目编号 | … under it)
_PROJECT_HEADERS = frozenset({"项目编号", "采购项目编号", "采购编号", "招标编号", "招标项目编号", "标段编号", "编号"})
_PROJECT_HEADER_CELL = re.compile(r"(?:[|｜│\t]|[ \u3000]{2})[ \t\u3000]*(?:采购|招标|标段)?(?:项目)?编号[ \t\u3000]*(?:[|｜│\t]|[ \u3000]{2}|$)"
                                  r"|(?m:^)[ \t\u3000]*(?:采购|招标|标段)?(?:项目)?编号[ \t\u3000]*(?:[|｜│\t]|[ \u3000]{2})")
# a lot's code written before its lot word: 中标该工程的QKJ20871-02TJ标段
_PROJECT_LOT = re.compile(r"(?<![A-Za-z0-9\-_/])[A-Za-z][A-Za-z0-9\-_/]{3,30}(?=标段|标包|包件|合同段|施工段)")
# what a bare 编号 numbers when it is a project's (工程编号, 标段编号 …)
_PROJECT_QUALIFIER = re.compile(r"(?:项目|工程|采购|招标|标段|标包|包件|分包|批次|计划|标)$")
_PROJECT_PAREN = re.compile(
    rf"(?<=[{CJK}])[(\[【]\s*(?P<v>(?:[{CJK}]{{2,6}}[-—]?)?[A-Za-z0-9][A-Za-z0-9\-_/.\[\]]{{3,40}})\s*[)\]】]"
)



def find_project_numbers(text: str) -> list[Cand]:
    out: list[Cand] = []
    # 编号：红交执罚2026-15号 is the decision's own number (a bracketed one keeps the rule below)
    documents = {f.start for f in doc_numbers.find(text) if f.shape in ("dashed", "labelled", "intake")}
    for k in _PROJECT_KEY.finditer(text):
        v = _PROJECT_VAL.match(text, k.end())
        if not v or k.group().startswith("编号") and (v.start() in documents or text.endswith(doc_numbers.DOC_NUMBER_FIELDS, 0, k.start())):
            continue  # (受理编号：HLTS-2026-004 numbers the complaint's file, not a project)
        if k.group().startswith("编号") and BRACKETED.match(text, k.end()) and (
                line_start(text, k.start()) or re.search(rf"[{CJK}]", text[k.start() - 1:k.start()])
                and not _PROJECT_QUALIFIER.search(text[max(0, k.start() - 2):k.start()])):
            # 编号：X〔2024〕第6号 heading a form is the form's own number; so is a document-shaped value
            # of a number named by something other than a project (受理编号, 委内编号): DOC_NO
            continue
        first: str | None = None
        while v:
            val = balanced(v.group().rstrip("-—_/.([{〔【"))  # …-062（第二包）: the lot is no part of it
            if not (len(val) >= 4 and re.search(r"\d", val) and not re.fullmatch(r"\d{1,3}", val)):
                break
            if first is not None and (bool(re.search("[A-Za-z]", val)) != bool(re.search("[A-Za-z]", first))
                                      or _NOT_A_LIST_ITEM.match(text, v.start() + len(val))):
                break  # 编号：X，2025年… / X，1200万元: a sentence goes on, no second number
            first = first or val
            out.append(Cand(v.start(), v.start() + len(val), "PROJECT_NO", PRIO["PROJECT_NO"]))
            # the further numbers of a list: 编号分别为A、B、C / A和B
            nxt = v.start() + len(val)
            v = _PROJECT_VAL.match(text, nxt + 1) if text[nxt:nxt + 1] in ("、", "，", ",", "和", "及", "与") else None
            if v and not re.match(r"[A-Za-z0-9]", v.group()):
                break
    for at, cell in column_values(text, _PROJECT_HEADERS.__contains__) if _PROJECT_HEADER_CELL.search(text) else ():
        v = _PROJECT_VAL.fullmatch(cell.strip())
        if v and len(v.group()) >= 4 and re.search(r"\d", v.group()) and re.search(rf"[A-Za-z{CJK}\-]", v.group()):
            s = at + len(cell) - len(cell.lstrip())
            out.append(Cand(s, s + len(v.group()), "PROJECT_NO", PRIO["PROJECT_NO"]))
    for m in _PROJECT_LOT.finditer(text):
        if len(re.findall(r"\d", m.group())) >= 4:
            out.append(Cand(m.start(), m.end(), "PROJECT_NO", PRIO["PROJECT_NO"]))
    for m in _PROJECT_PAREN.finditer(text):
        val = m.group("v")
        before = text[max(0, m.start() - 12):m.start()]
        if _PROJECT_KEY.match(val) or re.match(rf"[{CJK}]*编号", val):
            continue  # （项目编号WXYY-2025-CG-019）: a field written in brackets, read by the key above
        if (len(re.findall(r"\d", val)) >= 4 and re.search(rf"[A-Za-z{CJK}\-]", val)
                and re.search(r"(项目|标段|采购|工程|服务|包|招标)$", before)):
            out.append(Cand(m.start("v"), m.end("v"), "PROJECT_NO", PRIO["PROJECT_NO"]))
    return out


# ---------------------------------------------------------------- LAW
_LAW_SUFFIX = re.compile(
    r"(法|条例|办法|规定|细则|规则|通知|意见|决定|方案|机制|标准|目录|制度|解释|纲要|指引|指南|准则|规范|规程|公约|"
    r"章程|措施|计划|要点|批复|目录|清单|规划|守则|须知|实施意见|暂行规定|法典)$"
)
_NOT_LAW_SUFFIX = re.compile(
    r"(决定书|告知书|通知书|处理书|建议书|意见书|移送函|线索函|审计报告|报告|证书|情况说明|说明|复函|协议书|"
    r"声明函|合同书?|函|判决书|裁定书|起诉书|笔录|回执|申请书|承诺书|委托书|投标文件|招标文件|采购文件|"
    r"响应文件|报价单|清单|公告|通报|截图|照片|牌匾|项目|工程|标段|包)$"
)


def find_laws(text: str) -> list[Cand]:
    out: list[Cand] = []
    stack: list[tuple[int, str]] = []
    closers = {"》": "《", "〉": "〈"}
    line_start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
            line_start = i + 1
        elif ch in "《〈":
            stack.append((i, ch))
        elif ch in closers:
            if stack and stack[-1][1] == closers[ch]:
                s, _ = stack.pop()
                if not stack:  # outermost only
                    content = text[s + 1:i].strip()
                    core = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", content)
                    if (2 <= len(content) <= 120 and _LAW_SUFFIX.search(core)
                            and not _NOT_LAW_SUFFIX.search(core)):
                        out.append(Cand(s + 1, i, "LAW", PRIO["LAW"]))
            elif not stack and ch == "》":
                # lost opening mark: take the law-like name before it
                seg = text[max(line_start, i - 40):i]
                m = re.search(rf"([{CJK}]{{2,40}}(?:法|条例|办法|规定|细则|规则))$", seg)
                if m:
                    name = m.group(1)
                    cut = re.match(r".*(?:违反了|违反|构成了|构成|根据|依据|依照|按照|适用|了|的)", name)
                    if cut:
                        name = name[cut.end():]
                    if len(name) >= 3:
                        out.append(Cand(i - len(name), i, "LAW", PRIO["LAW"]))
    return out


