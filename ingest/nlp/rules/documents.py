"""Names of documents in running text: document numbers (DOC_NO: every bracket form, decrees,
court case numbers, serials), project numbers (PROJECT_NO) and cited laws (LAW, in 《》)."""

from __future__ import annotations

import re

from ..gazetteer import load_gazetteer
from .agencies import find_agencies
from .base import CJK, PRIO, Cand, column_values

# ---------------------------------------------------------------- DOC_NO
_OPEN, _CLOSE = r"[〔\[【(﹝〖{]", r"[〕\]】)﹞〗}]"
# a part numbered after 号 (汝审移〔2025〕8号-2, 勉财购函〔2024〕26号之二), never the start of a range
# (17号-19号) or a date
_SUFFIX = r"(?:[-－]\d{1,3}(?![\d号年月日])|之[一二三四五六七八九十\d]{1,3})?"
_CN_NUM = "零〇○一二两三四五六七八九十百千万"
_DOCNO_BR = re.compile(
    rf"(?P<iss>[{CJK}A-Za-z]{{0,14}})(?P<inf>[（(][{CJK}]{{1,4}}[)）][{CJK}]{{0,6}})?(?P<rest>[ \u3000]?{_OPEN}\s*(?:19|20)\d{{2}}\s*(?:{_CLOSE})?\s*第?\s*"
    rf"\d+(?:[-—]\d+)?[A-Za-z]?\s*[号期]{_SUFFIX})"
)
# a code ending in 字 and a serial with no bracketed year: 澄审移字第12号, 宿公（经）受字第86号
_DOCNO_ZI = re.compile(r"(?<=[\u4e00-\u9fff])字\s*第\s*\d+\s*号")
_ISSUER_BEFORE = re.compile(rf"(?P<code>[{CJK}]{{1,12}})(?P<inf>[（(][{CJK}]{{1,4}}[)）][{CJK}]{{0,6}})?$")
# an announcement's number printed on its own line under the title: 2025年第11号
_DOCNO_ANNOUNCE = re.compile(
    r"(?m)^[ \t\u3000]*((?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年\s*第\s*(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号)"
    r"[ \t\u3000\r]*$")
# a certificate's or licence's number (GUIDELINES: not DOC_NO) however shaped: 资质证书编号：X（2020）12号
_CERT_FIELD = re.compile(r"(?:证书|许可证|执照|证件|资格证|资质证|登记证)(?:编号|号码|号)\s*[:：]")
_DOCNO_COURT = re.compile(
    rf"\(\s*(?:19|20)\d{{2}}\s*\)\s*[{CJK}]{{1,2}}\s*\d{{0,6}}\s*[{CJK}]{{1,5}}\s*\d+(?:-\d+)?\s*号(?:之[{_CN_NUM}\d]+)?"
)
_DOCNO_DECREE = re.compile(
    rf"(?P<iss>[{CJK}]{{1,16}}?(?:部|委|局|署|厅|院|办|政府|委员会|总局))"
    rf"(?P<rest>令\s*第\s*[\d{_CN_NUM}]+\s*号|\s*第?\s*\d+\s*号令"
    rf"|(?:公告|通告|令)\s*(?:19|20)\d{{2}}\s*年\s*第?\s*\d+\s*号)"  # 财政部公告2024年第12号
)
_DOCNO_SERIAL = re.compile(rf"第[{_CN_NUM}]{{3,}}号")
_ISSUER_STOP = re.compile(  # the first alternative: a number quoted after 你局 / 贵委 / 我局
    r".*(?:[你贵我本该][局委院厅处办队府部]|撤销|维持|变更|确认|根据|依据|依照|按照|参照|详见|印发|下发|转发|出具|作出|送达|文号|关于|通知|决定|规定|"
    r"以及|并且|经过|收到|编号|字号|见|及|和|与|的|了|以|于|经|为|是|即|对|由|将|在|并|或|向|给|按|据|称|之|"
    r"决定书|告知书|通知书|处理书|建议书|意见书|公告|通报|文件|书)"
)
_PROJECT_KEY = re.compile(
    r"(?:(?:采购)?项目编号|采购编号|招标编号|项目代码|标段编号|招标项目编号|采购计划编号|计划编号|项目号|"
    r"(?<![证书卷案码号档])(?<!索引|文件|档案|合同|登记|注册|许可|执照|案件|缴款)编号)\s*(?:[:：|｜│]|(?:分别为|分别是|为|是)\s*[:：]?)?\s*"
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


# the stop words of two characters or more (a number on its own line: 汾公经诉字 keeps 经)
_ISSUER_STOP_MULTI = re.compile(".*(?:" + "|".join(sorted(
    (w for w in _ISSUER_STOP.pattern[len(".*(?:"):-1].split("|") if len(w) >= 2), key=len, reverse=True)) + ")")
_ISSUER_STOP_WORDS = re.compile(_ISSUER_STOP.pattern.replace("|之|", "|").split("|以及|")[0] + ")")


def _trim_issuer(iss: str, *, own_line: bool = False) -> str:
    """The issuer code before a document number: what precedes it in the sentence is cut (根据,
    关于, the agency that issued it…). A number on its own line keeps its whole code unless a
    word (not a single character: 汾公经诉字) ends a preamble inside it."""
    probe = iss.replace("共和国", "共国国")  # 中华人民共和国财政部令: the state's name holds no 和
    m = (_ISSUER_STOP_MULTI if own_line and len(iss) <= 10 else _ISSUER_STOP).match(probe)
    if m and len(iss) - m.end() < 2 and len(m.group()) >= 1 and iss:
        # a code that ends in a function character (宁公经, 示财监据): stop at words only
        m2 = _ISSUER_STOP_WORDS.match(probe)
        m = m2 if m2 is None or len(iss) - m2.end() >= 2 else m
        if m2 is None and len(iss) <= 6:
            m = None
    if m:
        iss = iss[m.end():]
    ag = [c for c in find_agencies(iss, load_gazetteer()) if c.end < len(iss)]
    if ag:
        iss = iss[max(c.end for c in ag):]
    organ = _ORGAN_BEFORE_CODE.match(iss)
    if organ and len(iss) - organ.end() >= 2:
        iss = iss[organ.end():]  # …资产管理局|澄国资办字〔…〕: the issuer's name, cut off at the left, then its code
    return iss[-10:]


# the end of an organ's long name before its code (the name's place may lie beyond the 14 characters read,
# or a 和 inside it was taken for a stop: 住房和城乡建设局|汝住建); 你中心, 等部门 end there too. Single
# organ characters other than 局 (委, 办) are parts of codes (汝委办发, 勉政办发) and cut nothing.
_ORGAN_BEFORE_CODE = re.compile(r".*(?:[\u4e00-\u9fff]局|中心|部门|办公室|委员会|人民政府)")


def _balanced(value: str) -> str:
    """Strip trailing closers that have no opener inside the value."""
    pairs = {")": "(", "]": "[", "〕": "〔", "】": "【", "}": "{"}
    while value and value[-1] in pairs and pairs[value[-1]] not in value:
        value = value[:-1]
    return value


def find_doc_numbers(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in _DOCNO_BR.finditer(text):
        iss = m.group("iss")
        if m.start("iss") and text[m.start("iss") - 1].isdigit():
            iss = iss.lstrip("年月日号")  # 2025年4月9日汝公函〔…〕: the date before the code is no part of it
        iss = _trim_issuer(iss, own_line=_own_line(text, m.start("iss"), m.end()))
        # an inner part in brackets (示公（经）立告字): the code before it is trimmed, the part kept
        start = (m.start("inf") if m.group("inf") else m.start("rest")) - len(iss)
        while text[start] in " \u3000":
            start += 1  # 示财函 〔2024〕12号 keeps its code; a bare 〔2024〕12号 does not start with the space
        out.append(Cand(start, m.end(), "DOC_NO", PRIO["DOC_NO"]))
    for m in _DOCNO_COURT.finditer(text):
        out.append(Cand(m.start(), m.end(), "DOC_NO", PRIO["DOC_NO"] + 1))
    for m in _DOCNO_DECREE.finditer(text):
        iss = _trim_issuer(m.group("iss"))
        if len(iss) < 2:
            continue
        out.append(Cand(m.start("rest") - len(iss), m.end(), "DOC_NO", PRIO["DOC_NO"]))
    for m in _DOCNO_SERIAL.finditer(text):
        out.append(Cand(m.start(), m.end(), "DOC_NO", PRIO["DOC_NO"]))
    for m in _DOCNO_ZI.finditer(text):
        before = _ISSUER_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is None:
            continue
        iss = _trim_issuer(before.group("code"), own_line=_own_line(text, before.start(), m.end()))
        if before.group("inf") and iss:  # 宿公（经）受字: the code before the inner part, the part kept
            out.append(Cand(before.start("inf") - len(iss), m.end(), "DOC_NO", PRIO["DOC_NO"]))
        elif not before.group("inf") and len(iss) >= 2:
            out.append(Cand(m.start() - len(iss), m.end(), "DOC_NO", PRIO["DOC_NO"]))
    for m in _DOCNO_ANNOUNCE.finditer(text):
        out.append(Cand(m.start(1), m.end(1), "DOC_NO", PRIO["DOC_NO"]))
    return [c for c in out if not _CERT_FIELD.search(_clause_before(text, c.start))]


def _clause_before(text: str, pos: int) -> str:
    """The clause that leads to ``pos`` (from the last line break or sentence mark, at most 24 characters)."""
    seg = text[max(0, pos - 24):pos]
    return re.split(r"[\n。；;，,]", seg)[-1]


def _line_start(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def _own_line(text: str, start: int, end: int) -> bool:
    """The document number is the whole line (the number under a letter's title)."""
    return _line_start(text, start) and not text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].strip()


def find_project_numbers(text: str) -> list[Cand]:
    out: list[Cand] = []
    for k in _PROJECT_KEY.finditer(text):
        v = _PROJECT_VAL.match(text, k.end())
        if not v:
            continue
        if k.group().startswith("编号") and _DOCNO_BR.match(text, k.end()) and (
                _line_start(text, k.start()) or re.search(rf"[{CJK}]", text[k.start() - 1:k.start()])
                and not _PROJECT_QUALIFIER.search(text[max(0, k.start() - 2):k.start()])):
            # 编号：X〔2024〕第6号 heading a form is the form's own number; so is a document-shaped value
            # of a number named by something other than a project (受理编号, 委内编号): DOC_NO
            continue
        first: str | None = None
        while v:
            val = _balanced(v.group().rstrip("-—_/.([{〔【"))  # …-062（第二包）: the lot is no part of it
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


