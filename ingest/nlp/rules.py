"""The ``liandong_rules`` spaCy component: patterns and gazetteers over the raw (simplified) text.

It finds document numbers, project numbers, dates, amounts, cited laws, agencies, companies,
persons and positions, merges them with whatever the statistical NER already put in
``doc.ents`` (rules win on the format labels, the longer span wins otherwise), propagates
names to every later mention, and stores unified social credit codes and phone numbers in
``doc._.identifiers`` (they are not entity labels of the eval scheme).

The Doc is expected to be built on the simplified view of the text (see ``textview``), one
token per character, so character offsets are the offsets of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from graph.types import credit_code, phone
from ingest.agency_shape import REF_ORGANS

from .gazetteer import Gazetteer, load_gazetteer

CJK = "\u4e00-\u9fff\u3007"
LABELS = ("AGENCY", "COMPANY", "PERSON", "POSITION", "DOC_NO", "PROJECT_NO", "DATE", "MONEY", "LAW")

# ---------------------------------------------------------------- priorities
PRIO = {"LAW": 100, "PROJECT_NO": 92, "DOC_NO": 90, "DATE": 80, "MONEY": 80,
        "AGENCY": 60, "COMPANY": 60, "PERSON": 55, "POSITION": 50}
MODEL_PRIO = 40


@dataclass(frozen=True)
class Cand:
    start: int
    end: int
    label: str
    prio: int
    source: str = "rule"

    @property
    def length(self) -> int:
        return self.end - self.start


# ---------------------------------------------------------------- identifiers
def find_identifiers(text: str) -> list[dict[str, object]]:
    """Credit codes (validated by :mod:`graph.types.credit_code`) and phone numbers with offsets."""
    out: list[dict[str, object]] = []
    for m in credit_code.PATTERN.finditer(text):
        code = m.group()
        out.append({"type": "credit_code", "start": m.start(), "end": m.end(), "text": code,
                    "valid": credit_code.validate(code)})
    taken = [(d["start"], d["end"]) for d in out]
    for m in phone.PATTERN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        out.append({"type": "phone", "start": m.start(), "end": m.end(), "text": m.group(),
                    "valid": True})
    out.sort(key=lambda d: d["start"])  # type: ignore[arg-type,return-value]
    return out


# ---------------------------------------------------------------- DOC_NO
_OPEN, _CLOSE = r"[〔\[【(﹝〖{]", r"[〕\]】)﹞〗}]"
_CN_NUM = "零〇○一二两三四五六七八九十百千万"
_DOCNO_BR = re.compile(
    rf"(?P<iss>[{CJK}A-Za-z]{{0,14}})(?P<inf>[（(][{CJK}]{{1,4}}[)）][{CJK}]{{0,6}})?(?P<rest>[ \u3000]?{_OPEN}\s*(?:19|20)\d{{2}}\s*(?:{_CLOSE})?\s*第?\s*"
    rf"\d+(?:[-—]\d+)?[A-Za-z]?\s*号)"
)
_DOCNO_COURT = re.compile(
    rf"\(\s*(?:19|20)\d{{2}}\s*\)\s*[{CJK}]{{1,2}}\s*\d{{0,6}}\s*[{CJK}]{{1,5}}\s*\d+(?:-\d+)?\s*号(?:之[{_CN_NUM}\d]+)?"
)
_DOCNO_DECREE = re.compile(
    rf"(?P<iss>[{CJK}]{{1,16}}?(?:部|委|局|署|厅|院|办|政府|委员会|总局))"
    rf"(?P<rest>令\s*第\s*[\d{_CN_NUM}]+\s*号|\s*第?\s*\d+\s*号令)"
)
_DOCNO_SERIAL = re.compile(rf"第[{_CN_NUM}]{{3,}}号")
_ISSUER_STOP = re.compile(
    r".*(?:撤销|维持|变更|确认|根据|依据|依照|按照|参照|详见|印发|下发|转发|出具|作出|送达|文号|关于|通知|决定|规定|"
    r"以及|并且|经过|收到|编号|字号|见|及|和|与|的|了|以|于|经|为|是|即|对|由|将|在|并|或|向|给|按|据|称|之|"
    r"决定书|告知书|通知书|处理书|建议书|意见书|公告|通报|文件|书)"
)
_PROJECT_KEY = re.compile(
    r"(?:(?:采购)?项目编号|采购编号|招标编号|项目代码|标段编号|招标项目编号|采购计划编号|计划编号|项目号|"
    r"(?<![证书卷案码号档])(?<!索引|文件|档案|合同|登记|注册|许可|执照|案件|缴款)编号)\s*[:：为是]?\s*"
)
_PROJECT_VAL = re.compile(
    rf"(?:[{CJK}]{{1,8}}[-—_]?)?[A-Za-z0-9〔\[(【{{][A-Za-z0-9\-—_/.〔〕\[\]()【】{{}}]*号?"
)
_PROJECT_PAREN = re.compile(
    rf"(?<=[{CJK}])[(\[【]\s*(?P<v>(?:[{CJK}]{{2,6}}[-—]?)?[A-Za-z0-9][A-Za-z0-9\-_/.\[\]]{{3,40}})\s*[)\]】]"
)


_ISSUER_STOP_WORDS = re.compile(_ISSUER_STOP.pattern.replace("|之|", "|").split("|以及|")[0] + ")")


def _trim_issuer(iss: str) -> str:
    m = _ISSUER_STOP.match(iss)
    if m and len(iss) - m.end() < 2 and len(m.group()) >= 1 and iss:
        # a code that ends in a function character (宁公经, 示财监据): stop at words only
        m2 = _ISSUER_STOP_WORDS.match(iss)
        m = m2 if m2 is None or len(iss) - m2.end() >= 2 else m
        if m2 is None and len(iss) <= 6:
            m = None
    if m:
        iss = iss[m.end():]
    ag = [c for c in find_agencies(iss, load_gazetteer()) if c.end < len(iss)]
    if ag:
        iss = iss[max(c.end for c in ag):]
    return iss[-10:]


def _balanced(value: str) -> str:
    """Strip trailing closers that have no opener inside the value."""
    pairs = {")": "(", "]": "[", "〕": "〔", "】": "【", "}": "{"}
    while value and value[-1] in pairs and pairs[value[-1]] not in value:
        value = value[:-1]
    return value


def find_doc_numbers(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in _DOCNO_BR.finditer(text):
        iss = _trim_issuer(m.group("iss"))
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
    return out


def _line_start(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def find_project_numbers(text: str) -> list[Cand]:
    out: list[Cand] = []
    for k in _PROJECT_KEY.finditer(text):
        v = _PROJECT_VAL.match(text, k.end())
        if not v:
            continue
        if k.group().startswith("编号") and _DOCNO_BR.match(text, k.end()) and _line_start(text, k.start()):
            continue  # 编号：X〔2024〕第6号 heading a form is the form's own number (DOC_NO)
        val = _balanced(v.group().rstrip("-—_/."))
        if len(val) >= 4 and re.search(r"\d", val) and not re.fullmatch(r"\d{1,3}", val):
            out.append(Cand(v.start(), v.start() + len(val), "PROJECT_NO", PRIO["PROJECT_NO"]))
    for m in _PROJECT_PAREN.finditer(text):
        val = m.group("v")
        before = text[max(0, m.start() - 12):m.start()]
        if (len(re.findall(r"\d", val)) >= 4 and re.search(rf"[A-Za-z{CJK}\-]", val)
                and re.search(r"(项目|标段|采购|工程|服务|包|招标)$", before)):
            out.append(Cand(m.start("v"), m.end("v"), "PROJECT_NO", PRIO["PROJECT_NO"]))
    return out


# ---------------------------------------------------------------- DATE
_CD = "〇零一二三四五六七八九○O"
_YEAR = rf"(?:(?:19|20)\d{{2}}|[{_CD}]{{4}})"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_DATE_FULL = re.compile(
    rf"(?<![\d])(?:{_YEAR}|\*{{2}}|20\*\*|\d{{2}}\*\*)\s*年\s*{_MON}\s*月(?:\s*{_DAY}(?!\d)\s*[日号]?)?(?:初|份)?"
)
_DATE_MD = re.compile(rf"(?<![\d月])(?<!\d年)(?<![{_CD}]年){_MON}\s*月\s*{_DAY}\s*[日号]")
_DATE_ISO = re.compile(
    r"(?<![0-9A-Za-z\-./])(?:19|20)\d{2}([-/.])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?![\d\-/.])"
)
_DATE_COMPACT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])\s*日")


# the month that ends a range begun by a full year-month: 2024年1月至3月 (two DATE spans)
_DATE_RANGE_END = re.compile(rf"(?<=月)\s*(?:至|到|—|－|-|~|～)\s*(?P<m>{_MON}\s*月)(?!\s*{_DAY}\s*[日号])(?:初|份|底)?")


def find_dates(text: str) -> list[Cand]:
    out: list[Cand] = []
    for rx in (_DATE_FULL, _DATE_MD, _DATE_ISO, _DATE_COMPACT):
        for m in rx.finditer(text):
            out.append(Cand(m.start(), m.end(), "DATE", PRIO["DATE"]))
    full_ends = {c.end for c in out if "年" in text[c.start:c.end] and text[c.end - 1] == "月"}
    for m in _DATE_RANGE_END.finditer(text):
        if m.start() in full_ends:
            out.append(Cand(m.start("m"), m.end("m"), "DATE", PRIO["DATE"]))
    return out


# ---------------------------------------------------------------- MONEY
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MONEY_ARABIC = re.compile(
    rf"(?:人民币|¥|￥|RMB)?\s*{_NUM}\s*(?:多|余)?\s*(?:万|亿|千万|百万|千|百)?\s*(?:多|余)?\s*(?:元|美元|欧元|港元|港币)"
)
_MONEY_WAN = re.compile(rf"(?<![\d.]){_NUM}\s*(?:多|余)?\s*(?:万|亿)\s*(?:多|余)?(?![元\d万亿人名家平亩吨次件户册字个套台辆株棵公里米方斤头只份条项])")
_MONEY_CN = re.compile(
    r"(?:人民币)?[零〇一二两三四五六七八九十百千万亿]+(?:多|余)?(?:万|亿)?(?:多|余)?元"
)
_MONEY_CAP = re.compile(
    r"(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:[零壹贰叁肆伍陆柒捌玖][角分])*整?"
)
_MONEY_MASK = re.compile(r"\*{2,}\s*(?:万|亿)?元")
_MONEY_CONTEXT = re.compile(r"(金额|价|款|资金|费|投资|预算|报价|标的|合同|元|贿|利润|获利|收益|损失)")


def find_money(text: str) -> list[Cand]:
    out: list[Cand] = []
    for rx in (_MONEY_ARABIC, _MONEY_CN, _MONEY_CAP, _MONEY_MASK):
        for m in rx.finditer(text):
            s = m.start()
            while s < m.end() and text[s].isspace():
                s += 1
            frag = text[s:m.end()]
            if rx is _MONEY_CN and not re.search(r"[十百千万亿两]", frag) and len(frag) < 3:
                continue
            out.append(Cand(s, m.end(), "MONEY", PRIO["MONEY"]))
    for m in _MONEY_WAN.finditer(text):
        if _MONEY_CONTEXT.search(text[max(0, m.start() - 15):m.start()]):
            out.append(Cand(m.start(), m.end(), "MONEY", PRIO["MONEY"] - 1))
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


# ---------------------------------------------------------------- AGENCY
_BOUNDARY_CHARS = set("，。；：、,.;:!?！？()（）[]【】〔〕“”\"'‘’《》<>〈〉 \t\r\n—-/|·")
_FUNC_CHARS = set("的对向在和与及或将被由从为是了于等经报据即并给按使让把跟同至到往自请")
_PRONOUN_CHARS = set("本该各我贵你全此其这那每")
_INFIX_HEADS = ("学院", "大学", "中学", "小学", "幼儿园", "学校", "医院", "卫生院", "研究院", "研究所", "评估院",
                "设计院", "服务中心", "管理中心", "事务中心", "保障中心", "发展中心", "监测中心", "检测中心", "检测所", "检验所", "检验检测中心", "检验中心",
                "管理所", "管理站", "管理处", "服务站", "图书馆", "档案馆", "博物馆", "文化馆", "纪念馆", "电视台",
                "发射台", "融媒体中心", "农场", "垦殖场", "林场", "局", "党校", "技师学院", "职业学院")
_BAD_INFIX = re.compile(r"[\d的对向在和与及或将被由从为是了于等经报据即并给按使让把属各辖、，。；：,.;:]")
_LEVEL_CHARS = set("省市县区州旗镇乡")


def _left_is_boundary(text: str, pos: int) -> bool:
    return pos <= 0 or text[pos - 1] in _BOUNDARY_CHARS or text[pos - 1] in _FUNC_CHARS \
        or not ("\u4e00" <= text[pos - 1] <= "\u9fff")


_ZONE_SUFFIXES = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "工业园区", "产业园区", "高新区", "开发区", "保税区",
                  "试验区", "新区", "园区")
_BARE_ZONES = ("高新区", "经开区", "开发区")
# characters that never occur in the name part of an unlisted place (before 县/市/镇…)
_PLACE_NAME_BAD = set("的对向在和与及或将被由从为是了于等报据即并给按使让把跟至到往自请本该各我贵你全此其这那每"
                      "年月日号第次个条项级内外局委院厅办送交回映告查处罚")
_NOT_PLACE_NAME = frozenset(["召开", "各级", "市县", "县区", "省市", "省级", "市级", "县级", "区级", "全省", "全市", "全县",
                             "城市", "城区", "地区", "社区", "辖区", "管区", "片区", "园区", "新区", "景区", "矿区", "农村",
                             "乡镇", "城镇", "村镇", "集镇", "重点", "所在", "当地", "外地", "本地", "异地", "属地"])


def _hard_left(text: str, pos: int) -> bool:
    return pos <= 0 or not ("\u4e00" <= text[pos - 1] <= "\u9fff") or text[pos - 1] in _FUNC_CHARS


def _place_name_ok(name: str) -> bool:
    return (all("\u4e00" <= c <= "\u9fff" for c in name) and not any(c in _PLACE_NAME_BAD for c in name)
            and name not in _NOT_PLACE_NAME)


def _unknown_place_start(text: str, pos: int, gaz: Gazetteer) -> int | None:
    """Start of a place piece the gazetteer does not list, ending at ``pos``: 2 (or, with a clean
    left edge, 3) name characters + a level (省/市/州/盟/县/区/旗/镇/乡/街道), or a zone
    (X经济技术开发区, X高新区…) whose name part is a known place or 2-4 name characters."""
    for z in _ZONE_SUFFIXES:
        zs = pos - len(z)
        if zs >= 0 and text.startswith(z, zs):
            st = gaz.place_ending_at(text, zs, min_start=max(0, zs - 24))
            if st is not None:
                return st
            for L in (4, 3, 2):
                s = zs - L
                if s >= 0 and _place_name_ok(text[s:zs]) and (L == 2 or _hard_left(text, s)):
                    return s
            if z in _BARE_ZONES and _hard_left(text, zs):
                return zs
            return None
    if pos >= 2 and text[pos - 2:pos] == "经开区" and _hard_left(text, pos - 3):
        return pos - 3
    if pos >= 4 and text[pos - 2:pos] == "街道":
        lvl = pos - 2
    elif pos >= 3 and text[pos - 1] in "省市州盟县区旗镇乡":
        lvl = pos - 1
    else:
        return None
    for L in (3, 2):
        s = lvl - L
        if s < 0:
            continue
        name = text[s:lvl]
        if not _place_name_ok(name) or (L == 3 and name[1:] in _NOT_PLACE_NAME) or not _clean_left(text, s, gaz):
            continue
        if L == 3 and _LEFT_VERBS.search(text[max(0, s - 4):s + 1]):
            continue  # 受示例县: the verb 受, then the 2-character name
        return s
    return None


_LEFT_VERBS = re.compile(r"(移送|转送|移交|转交|报送|抄送|抄报|呈报|上报|转报|报请|函告|函请|告知|通知|通报|报告|会同|联合|商请|"
                         r"提请|请求|协助|配合|退回|督促|责成|要求|邀请|组织|协调|指导|委托|授权|反馈|回告|答复|回复|复函|"
                         r"致|请|系|任|原|受|中共|中国共产党|关于|根据|依据|依照|按照|接到|收到|经|报|现任|曾任|时任|代理|承办|"
                         r"实施|主办)$")


def _clean_left(text: str, s: int, gaz: Gazetteer) -> bool:
    """An unlisted place name must be delimited on its left: start of text, punctuation, a function
    character, a verb that takes an agency object, another level word (湖南省|示例县) or a listed place."""
    if _hard_left(text, s) or text[s - 1] in "省市州盟县区旗" or _LEFT_VERBS.search(text[max(0, s - 5):s]):
        return True
    return gaz.place_ending_at(text, s, min_start=max(0, s - 24)) is not None


def _place_chain_start(text: str, end: int, gaz: Gazetteer, *, unknown: bool = False) -> int | None:
    """Leftmost start of a chain of place names (省+市+区) ending at ``end``. With ``unknown``,
    pieces the gazetteer does not list are taken by their structure (name + level, zones)."""
    pos, start, guessed = end, None, 0
    while True:
        s = gaz.place_ending_at(text, pos, min_start=max(0, pos - 24))
        if s is not None and unknown and pos - s == 2 and s >= 1 and not _clean_left(text, s, gaz) \
                and _place_name_ok(text[s - 1:pos - 1]) and _clean_left(text, s - 1, gaz):
            s -= 1  # 华富县: an unlisted 3-character name, not the listed 富县 inside it
        if s is None:
            # masked level piece: 某县 / 某市
            if pos >= 2 and text[pos - 2] == "某" and text[pos - 1] in "省市县区":
                s = pos - 2
            elif unknown and guessed < 2:
                s = _unknown_place_start(text, pos, gaz)
                guessed += 1
            if s is None:
                break
        start, pos = s, s
    return start


_SUB_UNIT = re.compile(rf"([{CJK}]{{0,8}}?)(分局|支队|大队|中队|派出所|办公室|分院|法庭|审判庭|检察部|执行局|纪检监察组|稽查局|服务中心|支付中心|核算中心|"
                       rf"指挥中心|科|股|处|室|所)")
_SUB_SHORT = {"科": "技学长研员", "股": "东份权长票", "处": "理罚分以置长于在", "室": "内主", "所": "有以属在谓得长需"}
_SUB_OK_WORDS = re.compile(r"经侦|经济|经营|治安|刑侦|交警|刑事|民事|交通警察|禁毒|网安|特警|法规|法制|执法|监督|综合|办公|政治|国库|行政|"
                           r"审理|纪检|监察|审计|政府|采购|信访|财务|后勤|人事|组织|第[一二三四五六七八九十\d]+")
_SUB_STOP = frozenset(["依法", "立即", "已经", "决定", "作出", "发现", "收到", "接到", "移送", "移交", "转送", "转交", "退回",
                       "反映", "查处", "核查", "办理", "处理", "要求", "会同", "联合", "组织", "召开", "负责", "依据", "根据",
                       "按照", "认为", "指出", "通报", "印发", "下发", "研究", "审查", "调查", "立案", "受理", "相关", "有关",
                       "工作", "进行", "开展", "予以", "责令", "已于", "将该", "现将", "随即", "同时", "共同", "派员"])


def _extend_subunits(text: str, end: int, gaz: Gazetteer | None = None) -> int:
    """Named sub-units after an organ: 公安局Y分局, 经侦大队, 政府采购监督管理科, 办公室, (纪委监委)机关."""
    for _ in range(2):
        if text.startswith("机关", end) and not text.startswith("机关事", end) and re.match(r"(纪委|监委|党委|委)$", text[max(0, end - 2):end]):
            end += 2
            continue
        m = _SUB_UNIT.match(text, end)
        if not m:
            break
        infix, unit = m.group(1), m.group(2)
        nxt_ch = text[m.end():m.end() + 1]
        if unit in _SUB_SHORT and (len(infix) < 2 or (nxt_ch and nxt_ch in _SUB_SHORT[unit])):
            break
        if unit == "室" and not re.search(r"(监察|审理|督查|信访|办|检查|综合|监督|管理|审计|法规|复议|调查|巡察|秘书)$", infix):
            break  # 中学智慧教室 is a room, not an office
        if unit in ("大队", "支队", "中队", "派出所", "分局") and not infix and not re.search(r"(公安局|公安分局|支队|大队)$", text[max(0, end - 4):end]):
            break  # 发改局大队: a police unit only follows the police
        bare = _SUB_OK_WORDS.sub("", infix)
        if gaz is not None and infix and (infix in gaz.places or gaz.place_ending_at(infix, len(infix)) == 0):
            bare = ""  # 公安局将乐分局: a place name may hold any character
        if any(c in _FUNC_CHARS or c in _PRONOUN_CHARS for c in bare) or any(infix[k:k + 2] in _SUB_STOP for k in range(len(infix) - 1)):
            break
        if re.search(r"(局|委|院|厅|政府)$", infix) and unit not in ("办公室", "分局"):
            break
        end = m.end()
    return end


_AGENCY_REF = re.compile(rf"(?:我|你|贵|本)(?:{'|'.join(REF_ORGANS)})(?![\u4e00-\u9fff]?长)")
_AGENCY_LEVEL_REF = re.compile(r"(?:市|县|区|省)(?:局|厅)(?![长属内外机])")


def find_agency_refs(text: str) -> list[Cand]:
    """How letters refer to agencies without a name: 我局/你局/贵委/本机关 (source ``pronoun``) and
    市局/县局/省厅 (source ``short``). They are AGENCY spans as written; resolving them to the full
    name (issuer, addressee, red header) is left to the consumer."""
    out = []
    for m in _AGENCY_REF.finditer(text):
        prev = text[m.start() - 1] if m.start() > 0 else ""
        nxt = text[m.end():m.end() + 1]
        if prev == "自" or (nxt and nxt in "员会面势限部门内外级") or (m.group().endswith(("所", "部", "室")) and nxt and nxt in "在属有以谓需得长"):
            continue
        if prev and "\u4e00" <= prev <= "\u9fff" and prev not in _FUNC_CHARS and prev not in "请致送交报经将告知复函回达转":
            continue  # 基本局面 is not 本局
        out.append(Cand(m.start(), m.end(), "AGENCY", PRIO["AGENCY"] - 10, "pronoun"))
    for m in _AGENCY_LEVEL_REF.finditer(text):
        if m.start() > 0 and ("\u4e00" <= text[m.start() - 1] <= "\u9fff") and text[m.start() - 1] not in _FUNC_CHARS \
                and text[m.start() - 1] not in "报请送交至经":
            continue
        out.append(Cand(m.start(), m.end(), "AGENCY", PRIO["AGENCY"] - 10, "short"))
    return out


def find_agencies(text: str, gaz: Gazetteer) -> list[Cand]:
    out: list[Cand] = []
    # national bodies by name
    i = 0
    for i0 in gaz.starts(text, "national"):
        if i0 < i:
            continue
        e_nat = gaz.longest_at(text, i0, "national")
        if e_nat:
            nxt = text[e_nat:e_nat + 1]
            if nxt not in ("门", "令", "长") and text[e_nat:e_nat + 2] not in ("部门",):
                out.append(Cand(i0, e_nat, "AGENCY", PRIO["AGENCY"]))
            i = e_nat
    # place/level + head
    for i in gaz.starts(text, "head"):
        if not ("\u4e00" <= text[i] <= "\u9fff"):
            continue
        hend = gaz.head_starting_at(text, i)
        if hend is None:
            continue
        head = text[i:hend]
        if head.endswith("政府") and text.startswith("采购", hend):
            continue
        if head in ("小学", "中学") and i > 0 and text[i - 1] in "中小":
            continue  # 中小学: a category of schools, not one school
        start = _place_chain_start(text, i, gaz, unknown=True)
        if start is not None and start == i - 2 and text[start] in _FUNC_CHARS and text[start + 1] in "省市县区州旗" \
                and start > 0 and text[start - 1] not in "\n\r \t\u3000、，,：:；;（(“\"":
            start = None  # 《…法》和县纪委监委: the conjunction 和 + 县纪委监委, not the county 和县
        if start is None and head in ("市委", "县委", "区委", "州委", "省委") and i >= 2 and _place_name_ok(text[i - 2:i]) \
                and (text[max(0, i - 4):i - 2] == "中共" or _hard_left(text, i - 2)):
            start = i - 2  # 中共X县委 with an unlisted X
        if start is None and head in _INFIX_HEADS:
            # place + short infix + head (X市Y幼儿园, X县Y管理所)
            for k in range(1, 9):
                j = i - k
                if j <= 0 or _BAD_INFIX.match(text[j]) or not ("\u4e00" <= text[j] <= "\u9fff"):
                    break
                st = _place_chain_start(text, j, gaz, unknown=True)
                if st is not None:
                    infix = text[j:i]
                    if gaz.head_starting_at(infix, 0) is None:
                        start = st
                    break
        if start is None:
            # level-prefixed: 市财政局, 区公安分局, 县公管委, 省财政厅
            if i >= 1 and text[i - 1] in "省市县区州旗盟" and head not in ("分局", "委员会", "常委会", "局",
                                                                        "政府办", "党委", "市委", "县委",
                                                                        "区委", "省委", "州委"):
                start = i - 1
            elif head in ("市委", "县委", "区委", "省委", "州委"):
                start = i
        if start is None:
            continue
        if start > 0 and text[start - 1] in _PRONOUN_CHARS:
            continue
        if start > 0 and text[start - 1] == "(" and text[start:i].endswith(("市", "区")) and "、" in text[i - 6:i]:
            continue
        end = hend
        # 县委 + 组织部 / 纪委 + 监委: a second organ word directly after the first
        nxt = gaz.head_starting_at(text, end)
        if nxt is not None and text[end:nxt] in ("组织部", "宣传部", "统战部", "政法委", "编办", "巡察办", "办公室", "监委",
                                                   "纪委", "常委会", "机关事务管理局"):
            end = nxt
        end = _extend_subunits(text, end, gaz)
        if text[max(0, start - 2):start] == "中共":
            start -= 2
        elif text[max(0, start - 5):start] == "中国共产党":
            start -= 5
        if end - start >= 3 or head in ("市委", "县委", "区委", "省委"):
            out.append(Cand(start, end, "AGENCY", PRIO["AGENCY"]))
    return out


# ---------------------------------------------------------------- COMPANY
_CO_SUFFIX = re.compile(
    r"(股份有限公司|有限责任公司|有限公司|集团公司|分公司|子公司|公司|律师事务所|会计师事务所|法律服务所|税务师事务所|"
    r"事务所|股份经济合作社|经济合作社|专业合作社|合作社|分行|支行|营业部|商行|经营部|门市部|工作室|加工厂|厂)"
)
_CO_BRACKET_OK = {"集团", "控股", "普通合伙", "特殊普通合伙", "有限合伙", "中国", "香港", "上海", "北京"}
_CO_LEFT_STOP = re.compile(
    r".*(?:公司|制造商|生产商|供货商|经销商|代理商|厂商|服务商|承包商|事实有|材料|文件|投标人|供应商|中标人|成交人|"
    r"当事人|申请人|投诉人|质疑人|被告人|被告单位|被告|原告|上诉人|第三人|处罚人|代理机构|采购人|招标人|委托|名称|"
    r"借用|挂靠|联系|要求|所属|发现|认定|核查|查明|涉嫌|作出|参与|参加|组织|通过|利用|其中|包括|收受|给予|安排|介绍|"
    r"控制|实际|经营|注册|成立|设立|入股|持股|担任|负责|代管|满意|得知|告知|以及|或者|并且|同时|分别|均为|系|是|为|"
    r"移送|转送|移交|转交|转办|退回|退还|反映|举报|邀约|邀请|约请|候选人|候选单位|关于|函告|通知|督促|责令|约谈|处罚|"
    r"处理|查处|起诉|推荐|确定|选定|变更|涉及|列入|纳入|禁止|限制|支付|转账|汇入|冒用|伪造|假冒|私刻|冒充|借助|协助|调取|核实|提供|"
    r"收到|接到|接受|授意|指定|帮助|协调|关照|照顾|默许|纵容|串通|勾结|伙同|召集|收购|控股|注销|吊销|查封|冻结|调查|询问|"
    r"走访|检查|抽查|审计|罚款|警告|取消|判定|确认|驳回|答复|回复|确定由|交由|授权|指派|安排由|"
    r"致|向|对|与|由|被|给|将|把|从|在|了)"
)
# single function characters that end a left context only before the first place name
_CO_FUNC_STOP = re.compile(r".*[对与和及向由被给于以在将从把让使等了的即均都其该本此这那要并或但而也就到至跟据按称]")
_CO_GENERIC = re.compile(
    r"^(?:[\d一二三两几多数某各另其他本该此这那每全下属同一关联涉案涉事投标中标参与竞标代理建筑建设工程施工科技"
    r"贸易商贸房地产物业劳务投资新能源空壳皮包子母总分外资国有民营私营集团上述前述相关有关所属其余另外上市"
    r"保险证券金融网络你我贵他请]+|.*[家个]|.*公司)$"
)


# words that stop a company's left context but also occur inside names (北京中科智联系统集成有限公司)
_CO_INNER_WORDS = ("联系", "系", "实际", "经营", "控制", "控股", "组织", "注册", "成立", "安排", "协调", "为", "是", "在",
                   "了", "与", "由", "致")
_CO_STOP_WORD = re.compile(_CO_LEFT_STOP.pattern.replace(".*(?:", "(?:", 1) + "$")


def _inner_stop_name(run: str, stop_end: int, gaz: Gazetteer) -> str | None:
    """The name when the left stop found is a word inside it: a place name starts the run (or
    follows a clean left edge) before the stop word, and no other stop lies between them."""
    w = _CO_STOP_WORD.search(run[:stop_end])
    if w is None or w.group() not in _CO_INNER_WORDS:
        return None
    for p in range(0, w.start() - 1):
        if not any(run[p:p + L] in gaz.places for L in range(2, min(gaz.max_place_len, w.start() - p) + 1)):
            continue
        left = run[:p]
        stop_left = _CO_LEFT_STOP.match(left)
        if left and not (left[-1] in _FUNC_CHARS or (stop_left is not None and stop_left.end() == len(left))):
            return None
        if _CO_LEFT_STOP.match(run[p:w.start()]):
            return None
        return run[p:]
    return None



def find_companies(text: str, gaz: Gazetteer, agencies: list[Cand] | None = None) -> list[Cand]:
    out: list[Cand] = []
    if agencies is None:
        agencies = find_agencies(text, gaz)
    for m in _CO_SUFFIX.finditer(text):
        suf_s, end = m.start(), m.end()
        if m.group() == "厂" and not re.search(rf"[{CJK}]{{2}}(?:加工|制造|机械|电器|水泥|砖|化工|食品|服装|印刷)厂$", text[max(0, suf_s - 6):end]):
            continue
        # walk left over name characters (CJK, brackets with short content, digits inside names rare)
        j = suf_s
        while j > 0 and suf_s - j < 40:
            c = text[j - 1]
            if "\u4e00" <= c <= "\u9fff" or c in "*×" or (c in "Xx" and text[j - 2:j] in ("XX", "xx")) \
                    or (c in "Xx" and text[j:j + 1] in ("X", "x")):
                j -= 1
                continue
            if c in ")" and j == suf_s:
                k = text.rfind("(", max(0, j - 8), j - 1)
                inner = text[k + 1:j - 1] if k >= 0 else ""
                if k > 0 and (inner in gaz.places or inner in _CO_BRACKET_OK) and "\u4e00" <= text[k - 1] <= "\u9fff":
                    j = k
                    continue
            break
        run = text[j:suf_s]
        # an agency named inside the run ends the left context: X局关于Y公司 / X局退回Y公司
        ag_ends = [c.end for c in agencies if j < c.end <= suf_s and c.start >= j - 30]
        if ag_ends:
            run = text[max(ag_ends):suf_s]
        stop = _CO_LEFT_STOP.match(run)
        name = run[stop.end():] if stop else run
        if stop:
            name = _inner_stop_name(run, stop.end(), gaz) or name
        # leftmost place name inside the name: cut what precedes it (负责代管<地名>… -> <地名>…)
        first_place = None
        for k in range(len(name) - 1):
            if any(name[k:k + L] in gaz.places for L in range(2, min(gaz.max_place_len, len(name) - k) + 1)):
                first_place = k
                break
        fs = _CO_FUNC_STOP.match(name if first_place is None else name[:first_place])
        if fs:
            name = name[fs.end():]
            first_place = None if first_place is None else first_place - fs.end()
        if first_place and first_place > 0:
            prefix = name[:first_place]
            if (any(ch in _FUNC_CHARS or ch in "受要找" for ch in prefix)
                    or any(prefix[k:] in gaz.agency_heads for k in range(len(prefix)))
                    or re.search(r"(关于|办理|调取|移送|移交|查处|处罚|举报|投诉|通知|告知|督促|责令|约谈|调查)", prefix)):
                name = name[first_place:]
        nstart = suf_s - len(name)
        # prefer a gazetteer place start if one occurs near the left edge of the name
        if not name or _CO_GENERIC.match(name) and not gaz.place_ending_at(name, len(name)):
            continue
        if (name.startswith("某") and len(name) < 3) or (len(name) <= 1 and not re.fullmatch(r"[甲乙丙丁戊A-Z]", name)):
            continue
        if name.endswith(("某", "某某")) and not _place_chain_start(text, nstart + len(name) - 1, gaz):
            pass
        # drop a leading pronoun/article (not the first char of a place: 贵池区, 本溪市)
        while nstart < suf_s and text[nstart] in _PRONOUN_CHARS and not any(
                text[nstart:nstart + L] in gaz.places for L in range(2, 8)):
            nstart += 1
        if suf_s - nstart < 2:
            continue
        if m.group() in ("分公司", "支行", "分行", "营业部", "分理处"):
            # X有限公司Y分公司 / X银行Y支行: one company, the branch of its parent
            for pc in reversed(out):
                gap = text[pc.end:nstart] if pc.end <= nstart else ""
                if pc.end <= nstart and nstart - pc.end <= 8 and re.fullmatch(rf"[{CJK}]*", gap) \
                        and not any(ch in _FUNC_CHARS for ch in gap):
                    nstart = pc.start
                    break
                if pc.end < nstart - 8:
                    break
            else:
                bank = re.search(r"(中国[\u4e00-\u9fff]{2,4}银行(?:股份有限公司)?|[\u4e00-\u9fff]{2,6}银行)([\u4e00-\u9fff]{0,8})$",
                                 text[max(0, nstart - 20):nstart + 0] + text[nstart:suf_s])
                if bank and m.group() in ("支行", "分行", "营业部", "分理处"):
                    nstart = min(nstart, suf_s - len(bank.group()))
        out.append(Cand(nstart, end, "COMPANY", PRIO["COMPANY"]))
    return out


# ---------------------------------------------------------------- PERSON
_PERSON_CUE = re.compile(
    r"(被告单位|原审被告单位|法定代表人|法人代表|负责人|委托代理人|诉讼代理人|代理人|被告人|被告|原告|上诉人|被上诉人|申请人|被申请人|投诉人|"
    r"举报人|当事人|辩护人|经办人|联系人|承办人|接收人|签收人|审核人|填报人|送达人|受送达人|证人|被调查人|犯罪嫌疑人|嫌疑人|记者|通讯员|责任编辑|编辑|审判长|审判员|人民陪审员|陪审员|书记员|检察员|检察官|"
    r"局长|副局长|院长|副院长|书记|副书记|主任|副主任|科长|处长|所长|专家|评审专家|评标专家|律师|董事长|执行董事|"
    r"总经理|副总经理|经理|项目经理|出纳|会计|股东|员工|职工|工作人员|司机|业务员|姓名|市长|县长|区长|镇长|队长)"
    r"\s*[:：]?\s*(?:(?:均|都|分别|也|则)?(?:为|是|系))?\s*"
)
_NAME_END = set("，。；：、,.;:()（）“”\"' \t\r\n男女等系为是在于与和及因对将被向从称说已未均也又并所曾通以作出任担参利经及")


_NOT_NAME_STARTS = {"相关", "有关", "其他", "所在", "任何", "任职", "单位", "公司", "同时", "项目", "双方", "关于", "时间"}
_VERB_START = set("主持在对向将被于因等说表称到从参作出提要收利通受带担任组召负经接与和及系为是曾已未均也又并所就便把"
                  "让给找以用违涉多先后同则却还都亲率签安指帮介分共请索授要求到达开前去来上下进回")


def _name_at(text: str, s: int, gaz: Gazetteer, *, cued: bool = False) -> int | None:
    """End of a personal name starting at ``s`` (surname + 1-2 chars, or masked forms)."""
    sur = 0
    if text[s:s + 2] in gaz.surnames:
        sur = 2
    elif text[s:s + 1] in gaz.surnames:
        sur = 1
    if not sur:
        return None
    p = s + sur
    m = re.match(r"某某|某|\*{1,3}|××|XX|xx", text[p:p + 3])
    if m:
        e = p + m.end()
        if (m.group() == "某" and e + 1 < len(text) and "\u4e00" <= text[e] <= "\u9fff"
                and text[e] not in _NAME_END and text[e] not in _FUNC_CHARS
                and text[e + 1] in "、，。,;；:："):
            return e + 1
        if e < len(text) and text[e].isdigit() and (e + 1 >= len(text) or not text[e + 1].isdigit()):
            e += 1
        return e
    for glen in (2, 1):
        e = p + glen
        if e > len(text):
            continue
        given = text[p:e]
        if not all("\u4e00" <= c <= "\u9fff" for c in given) or given[0] in _NAME_END and glen == 1:
            continue
        if e == len(text) or text[e] in _NAME_END or not ("\u4e00" <= text[e] <= "\u9fff"):
            return e
    if (cued and p + 1 < len(text) and "\u4e00" <= text[p] <= "\u9fff" and text[p] not in _NAME_END
            and text[s] not in _FUNC_CHARS and text[s:s + 2] not in _NOT_NAME_STARTS):
        # a name followed directly by a verb: 局长X主持会议 / 法定代表人X立案侦查
        if "\u4e00" <= text[p + 1] <= "\u9fff" and text[p + 1] not in _VERB_START \
                and text[p + 1:p + 3] not in _VERB2_SET and text[p + 1:p + 3] not in _CASE_VERBS:
            return p + 2
        return p + 1
    return None


_NOT_NAMES = {"单位", "公司", "人员", "部门", "机关", "同志", "本人", "双方", "全部", "全体", "其他", "有关", "相关",
              "时任", "任职", "原告", "被告", "法人", "主要", "方面", "李某某某"}
# Common words that begin with a surname character (written by hand; a PERSON is never one of these)
_COMMON_WORDS = frozenset("""
信息 信用 信访 信件 信函 信任 信心 信誉 高度 高效 高新 高速 高层 高级 高于 高价 周边 周期 周年 周转 周末 万元 万余 方面 方式 方案
方法 方向 方便 时间 时期 时任 时限 时候 时效 金额 金融 金属 常务 常委 常规 常态 任务 任何 任职 任期 于是 和平 和解 安全 安排
安装 安置 林业 林地 水利 水务 文件 文化 文明 文书 明确 明显 马上 石材 程序 管理 管辖 管控 黄金 白天 车辆 车间 路面 路段 连续
连同 华为 云南 钱款 余额 余人 毛利 田地 项目 关于 关系 关联 东方 东部 南方 西部 北方 司法 包括 包工 单位 单独 单价 解决 解释
计划 计算 经济 经营 经过 经费 经办 施工 通过 通知 通报 通讯 严格 严重 严肃 全部 全面 全体 全额 宁可 武装 景区 齐全 章程
党委 党组 党员 党风 党纪 成交 成立 成员 成本 成绩 成果 贺信 范围 范例 雷同 房屋 房产 海关 支付 支持 师生 及时 卫生 卫健 简称
简易 能力 左右 申请 申报 申诉 祝贺 官方 官员 居民 封存 尚未 双方 农民 农村 农业 温度 季度 强制 强调 毕业 焦点 顾问 顾客
阳光 班子 仲裁 纪委 纪律 纪检 纪要 董事 颜色 干部 宣传 家属 家庭 国家 国有 国务 国资 国库 向阳 向社 江河 易于 应当 应该
应急 曾经 游戏 查处 查明 查询 查看 查阅 查封 查实 查办 相关 相应 相同 相互 利用 利益 利润 师傅 广告 广大 广泛 都是 都有
权利 权力 权限 权益 益处 公开 公告 公示 公司 公安 公共 公平 公正 公众 公务 公章 公款 公路 习惯 鲍鱼 谭 苏醒 叶片 晋升
原告 原则 原因 原来 原件 原始 原价 孔洞 黎明 龙头 冷链 沙石 游客 邱 古代 易县 满意 满足 戴帽 甘心 包装 包含 牛奶 米面 路线
""".split())
_MASKED_NAME = re.compile(rf"(?<![{CJK}])?([{CJK}]{{1,2}})(某某|某|\*{{2,3}}|××)(\d?)(?![{CJK}]*(?:单位|公司|供应商|代理|机构|部门|项目|工程|县|市|区|镇|村|局|小区))")
_GENDER = re.compile(rf"([{CJK}]{{2,4}})\s*[,，(（]\s*(?:男|女)\s*[,，)）]")


_CASE_VERBS = frozenset(["立案", "侦查", "调查", "审查", "涉嫌", "受贿", "行贿", "起诉", "逮捕", "拘留", "到案", "投案", "自首",
                         "签字", "签名", "盖章", "出庭", "到场", "陈述", "申辩"])


def _dotted_names(text: str, gaz: Gazetteer) -> list[Cand]:
    """Transliterated names written with a middle dot (阿不都·买买提, 古丽娜·艾力): the given name
    starts after a title, a cue or a clean left edge; the second part ends before a function word."""
    out: list[Cand] = []
    for m in re.finditer(rf"(?<=[{CJK}])[·•‧・](?=[{CJK}])", text):
        d = m.start()
        e = d + 1
        while e < len(text) and e - d <= 8 and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in _NAME_END:
            e += 1
        if e - d - 1 < 2:
            continue
        titled = edge = None
        for j in range(max(0, d - 8), d - 1):
            if not all("\u4e00" <= ch <= "\u9fff" for ch in text[j:d]):
                continue
            left = text[max(0, j - gaz.max_position_len):j]
            if any(left.endswith(p) for p in gaz.positions) or re.search(_PERSON_CUE.pattern + "$", left):
                titled = j  # the last title before the name: 时任局长|阿不都…
            elif edge is None and (j == 0 or not ("\u4e00" <= text[j - 1] <= "\u9fff") or text[j - 1] in _FUNC_CHARS):
                edge = j
        start = titled if titled is not None else edge
        if start is not None and 2 <= d - start <= 6 and text[start:d] not in gaz.places:
            out.append(Cand(start, e, "PERSON", PRIO["PERSON"]))
    return out


def find_persons(text: str, gaz: Gazetteer) -> list[Cand]:
    out: list[Cand] = []
    for m in _PERSON_CUE.finditer(text):
        s = m.end()
        if s >= len(text) or m.group(1).endswith("单位"):
            continue
        e = _name_at(text, s, gaz, cued=True)
        while e:
            if text[s:e] in _NOT_NAMES or text[s:s + 2] in _COMMON_WORDS:
                break
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
            if e < len(text) and text[e] == "、":
                s = e + 1
                e = _name_at(text, s, gaz)
            else:
                break
    for m in _GENDER.finditer(text):
        run = m.group(1)
        for off in range(len(run) - 1):
            s = m.start(1) + off
            e = _name_at(text, s, gaz)
            if e == m.end(1):
                out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
                break
    out.extend(_dotted_names(text, gaz))
    # masked names: 罗某, 李某某, 张**, 李某1 (surname must be a known surname)
    for i, ch in enumerate(text):
        if ch not in "某*×":
            continue
        if i == 0 or text[i - 1] in "某*×":
            continue
        for sl in (2, 1):
            s = i - sl
            if s < 0 or text[s:i] not in gaz.surnames:
                continue
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _FUNC_CHARS \
                    and text[s - 1] not in "、和与及被告人犯罪嫌疑人员工下属好友":
                # part of a longer word (某某公司, <地名>某公路): only when preceded by a cue
                if not re.search(r"(被告人|嫌疑人|当事人|员工|下属|好友|要求|安排|指使|联系|找来|伙同|人员|证人)$", text[max(0, s - 4):s]):
                    continue
            e = _name_at(text, s, gaz)
            if not e:
                continue
            tail = text[e:e + 4]
            if re.match(r"(单位|公司|供应商|代理|机构|部门|项目|工程|县|市|区|镇|村|局|小区|集团|医院|学校)", tail):
                continue
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
            break
    return out


# ---------------------------------------------------------------- POSITION
_POS_NOT_ATTACHED_BEFORE = re.compile(r"(该项目|中标单位|交易中心的|现有)$")


def find_positions(text: str, gaz: Gazetteer) -> list[Cand]:
    """All title mentions (attachment is decided after merging, see ``attach_positions``)."""
    out: list[Cand] = []
    i = 0
    for i0 in gaz.starts(text, "position"):
        if i0 < i:
            continue
        e_pos = gaz.longest_at(text, i0, "position")
        if e_pos:
            s = i0 - 1 if i0 > 0 and text[i0 - 1] == "原" else i0
            out.append(Cand(s, e_pos, "POSITION", PRIO["POSITION"]))
            i = e_pos
    return out


def attach_positions(text: str, cands: list[Cand], positions: list[Cand]) -> list[Cand]:
    """Keep title mentions attached to a person or an organisation."""
    by_end = {c.end: c for c in cands}
    by_start = {c.start: c for c in cands}
    pos_by_end = {p.end: p for p in positions}
    kept: list[Cand] = []
    for p in positions:
        if any(c.start <= p.start and p.end <= c.end for c in cands):
            continue
        prev = by_end.get(p.start)
        nxt = by_start.get(p.end)
        # allow a separator between title and name: 法定代表人:X, 局长 X
        if nxt is None:
            m = re.match(r"\s*[:：]?\s*", text[p.end:p.end + 3])
            nxt = by_start.get(p.end + (m.end() if m else 0))
        if prev is None:
            # 该局局长 / 局党委书记: skip one org word
            for k in (1, 2):
                if text[p.start - k:p.start] in ("局", "院", "该局", "该院", "公司", "该公司", "单位", "委", "府"):
                    prev = by_end.get(p.start - k) or Cand(0, 0, "_ORGWORD", 0)
                    break
        attached = False
        m_pre = re.search(r"(\S+?)[,，]\s*(?:该局|该单位|该公司|该院|该委|该中心|该所|本单位|原)?$",
                          text[max(0, p.start - 12):p.start])
        if m_pre:
            pc = by_end.get(p.start - (len(m_pre.group()) - len(m_pre.group(1))))
            if pc is not None and pc.label == "PERSON":
                attached = True
        if nxt is not None and nxt.label == "PERSON" or prev is not None and prev.label in ("AGENCY", "COMPANY", "PERSON", "_ORGWORD") or prev is None and text[p.start - 1:p.start] in ("、", "和") and pos_by_end.get(p.start - 1):
            attached = True
        else:
            # 甲,男,…,系某公司法定代表人、董事长 ; 甲、乙,某律师事务所律师
            seg_start = max(text.rfind("。", 0, p.start), text.rfind("\n", 0, p.start)) + 1
            seg = [c for c in cands if seg_start <= c.start < p.start]
            if any(c.label == "PERSON" for c in seg):
                j = p.start
                while j > seg_start and text[j - 1] in "、":
                    j -= 1
                chain_prev = [c for c in seg if c.end == j]
                if chain_prev or (j > 0 and pos_by_end.get(j)):
                    attached = True
            subj = [c for c in seg if c.label == "PERSON"]
            if subj and re.search(r"(系|为|任|担任|是|职务[:：])", text[subj[0].end:p.start]) and p.start - subj[0].end < 60:
                attached = True
            if text[p.start - 1:p.start] in ("(", ":") and re.search(r"(记者|编辑)", text[p.start:p.end]):
                attached = bool(nxt and nxt.label == "PERSON")
        if _POS_NOT_ATTACHED_BEFORE.search(text[max(0, p.start - 6):p.start]):
            attached = False
        if text[p.start:p.end] in ("法定代表人", "法人代表") and re.match(r"\s*[:：]\s*\*", text[p.end:p.end + 4]):
            attached = True
        if text[p.start:p.end] in ("员工", "职工", "工作人员", "负责人", "专家") and prev is None and not (
                nxt is not None and nxt.label == "PERSON") and not m_pre:
            attached = False
        if attached:
            kept.append(p)
            pos_by_end[p.end] = p
    return kept


# ---------------------------------------------------------------- spaced signatures, aliases
_ALIAS_DEF = re.compile(r"[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“\"「『]?([^”\"」』)）,，。]{2,20})[”\"」』]?\s*[)）,，]")
_ALIAS_STOP = {"投诉人", "被投诉人", "申请人", "被申请人", "当事人", "本项目", "采购人", "供应商", "本机关", "你公司",
               "招标人", "代理机构", "采购代理机构", "该项目", "项目", "中标人", "第三人", "原告", "被告"}


def find_spaced_signatures(text: str, gaz: Gazetteer) -> list[Cand]:
    out: list[Cand] = []
    for m in re.finditer(rf"(?m)^[ \t]*([{CJK}](?:[ \t]+[{CJK}]){{1,12}})[ \t]*$", text):
        squeezed = re.sub(r"\s+", "", m.group(1))
        if squeezed in gaz.national_agencies or any(
            c.start == 0 and c.end == len(squeezed) for c in find_agencies(squeezed, gaz)
        ):
            out.append(Cand(m.start(1), m.end(1), "AGENCY", PRIO["AGENCY"]))
    return out


def resolve(cands: Iterable[Cand]) -> list[Cand]:
    """Greedy flat resolution: higher priority, then longer, then earlier span wins."""
    chosen: list[Cand] = []
    cands = list(cands)
    size = max((c.end for c in cands), default=0)
    occupied = bytearray(size + 1)
    for c in sorted(cands, key=lambda c: (-c.prio, -c.length, c.start)):
        if c.start >= c.end or any(occupied[c.start:c.end]):
            continue
        chosen.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted((c for c in chosen if not c.label.startswith("_")), key=lambda c: c.start)


def find_aliases(text: str, ents: list[Cand]) -> dict[tuple[int, int], tuple[str, int, int]]:
    """Defined abbreviations: alias span -> (label, start, end of the defining full name)."""
    out: dict[tuple[int, int], tuple[str, int, int]] = {}
    for m in _ALIAS_DEF.finditer(text):
        alias = m.group(1).strip()
        if alias in _ALIAS_STOP or len(alias) < 2 or re.search(r"(部门|机关|单位|机构|小组|本项目|项目)$", alias):
            continue
        prev = [e for e in ents if e.end <= m.start() and m.start() - e.end <= 2
                and e.label in ("AGENCY", "COMPANY", "LAW")]
        if prev:
            full = prev[-1]
            out[(m.start(1), m.start(1) + len(alias))] = (full.label, full.start, full.end)
    return out


def propagate(text: str, ents: list[Cand], labels: tuple[str, ...] = ("PERSON", "COMPANY", "AGENCY", "PROJECT_NO"),
              ) -> list[Cand]:
    """Label every further occurrence of an already recognised name string."""
    names: dict[str, str] = {}
    prio: dict[str, int] = {}
    for e in ents:
        t = text[e.start:e.end]
        if e.source in ("pronoun", "short"):
            continue  # 你局 / 市局 are found where they are written, never propagated as names
        if e.label in labels and len(t) >= 2 and not (e.label == "PERSON" and len(t) < 2):
            names.setdefault(t, e.label)
            p = MODEL_PRIO + 5 if e.source != "model" else MODEL_PRIO - 1
            prio[t] = max(prio.get(t, 0), p)
    extra: list[Cand] = []
    for t, lab in names.items():
        for m in re.finditer(re.escape(t), text):
            s, e = m.start(), m.end()
            if lab == "AGENCY" and s > 0 and text[s - 1] in _PRONOUN_CHARS and text[s] in "省市县区州":
                continue  # 各县财政局 / 全市财政局: not the named body
            if lab == "PERSON":
                # don't match inside a longer CJK word unless it is a clean token boundary
                if e < len(text) and text[e] in "某*" or (s > 0 and text[s - 1] in "某"):
                    continue
            extra.append(Cand(s, e, lab, prio[t], "propagated"))
    return extra


# ---------------------------------------------------------------- component
def rule_candidates(text: str, gaz: Gazetteer) -> list[Cand]:
    cands: list[Cand] = []
    cands += find_laws(text)
    cands += find_project_numbers(text)
    cands += find_doc_numbers(text)
    cands += find_dates(text)
    cands += find_money(text)
    agencies = find_agencies(text, gaz)
    cands += agencies
    cands += find_agency_refs(text)
    cands += find_spaced_signatures(text, gaz)
    cands += find_companies(text, gaz, agencies)
    cands += find_persons(text, gaz)
    return cands


_ADDRESS = re.compile(r"(?:地\s*址|住所地|住\s*址|住所或地址|单位地址|住所|通讯地址|联系地址|^\s+址)\s*[:：]")


def address_regions(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(_ADDRESS, text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        stop = re.search(r"[。;；]|(?<=号)[一二三四五六七八九十]+、|(?:统一社会信用代码|法定代表人|负责人|电话)", text[m.end():end])
        if stop:
            end = m.end() + stop.start()
        out.append((m.end(), end))
    for m in re.finditer(r"(?m)^[ \t]+址[:：]", text):
        end = text.find("\n", m.end())
        out.append((m.end(), len(text) if end < 0 else end))
    return out


_HEAD_TAIL = re.compile(rf"[{CJK}]")
_PERSON_CONTEXT = re.compile(r"(、|等\d*人|等[一二三四五六七八九十]+人|[,，(（]\s*[男女])")


# contexts in which a statistically found name of a common surname is taken without other evidence
_PERSON_LEFT = re.compile(r"(^|[\s,，。;；:：、(（“\"]|反映|举报|约请|联系|找到|找来|安排|指使|委托|授意|交给|送给|转账给|经办人|"
                          r"联系人|伙同|要求|请托|介绍|告知|同学|好友|妻子|丈夫|其妻|其夫|亲属|朋友|与|和|及|由|经|对|向|被|将|让|使)$")
_VERB2 = ("参与|参加|负责|商议|商量|转账|收受|提供|联系|介绍|要求|安排|表示|同意|答应|利用|担任|通过|多次|先后|明知|随后|"
          "主持|签字|实际|承认|供述|证实|辩称|找到|借用|挂靠|指使|授意|出资|控制|经营|持有|送给|交给|索要|谋取|帮助|"
          "组织|策划|伙同|合谋|共同|一起|先行|制作|编制|递交|报名|签订|签署|出具|伪造|隐瞒|约定|协商|串通|退出")
_PERSON_RIGHT = re.compile(r"[\s,，。;；:：、(（)）”\"]|系|是|为|等|称|说|向|与|和|及|的|在|于|曾|已|因|涉嫌|被|将|从|"
                           + _VERB2)
_VERB2_SET = frozenset(_VERB2.split("|"))
_SAY = re.compile(r"(说|指出|认为|表示|介绍|透露|告诉|称|坦言|强调|提出|建议|希望|回忆|解释|补充|分析|也|还|就|都|又|则|并|曾|已|先生|女士|同志|一行|等人)")
_TITLE_END = re.compile(r"(长|员|师|授|警|官|者|主任|书记|经理|董事|主席|代表|委员|法官|律师|会计|出纳|老板|总裁|厂长|校长|院长|医生|护士|"
                        r"村民|农民|工人|干部|群众|同志|老人|学生|记者|编辑|作者|妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹)$")


def filter_model_spans(text: str, model: list[Cand], rule: list[Cand], gaz: Gazetteer,
                       positions: list[Cand] | None = None) -> list[Cand]:
    """Keep only statistically predicted spans that look like names of their label.

    The NER is trained on synthetic letters, so its spans are checked: a PERSON needs a known
    surname and a person-like context or repetition; COMPANY/AGENCY need a proper suffix/head.
    """
    out: list[Cand] = []
    person_texts = [text[c.start:c.end] for c in model if c.label == "PERSON"]
    rule_persons = {text[c.start:c.end] for c in rule if c.label == "PERSON"}
    titles_end = {c.end for c in (positions if positions is not None else find_positions(text, gaz))}
    for c in model:
        t = text[c.start:c.end]
        if not t or re.search(r"[\s,，。;；:：、“”\"()（）《》]", t):
            continue
        if c.label == "PERSON":
            if not (2 <= len(t) <= 4) or not re.fullmatch(rf"[{CJK}]+(?:某某|某|\*{{1,3}})?\d?|[{CJK}]+\*+", t):
                continue
            sur = t[:2] if t[:2] in gaz.surnames else t[:1] if t[:1] in gaz.surnames else ""
            if not sur or t in _NOT_NAMES or t[:2] in _COMMON_WORDS or t[len(sur):len(sur) + 1] in _NAME_END:
                continue
            common = sur in gaz.common_surnames and sur not in _FUNC_CHARS and sur not in "但门"
            list_mate = any(
                text[o.start:o.end] != t and o.label == "PERSON" and (o.end == c.start - 1 or o.start == c.end + 1)
                and text[min(o.end, c.end):max(o.start, c.start)] == "、" for o in model)
            strong = (
                t in rule_persons
                or "某" in t or "*" in t
                or c.start in titles_end
                or (common and (list_mate or re.match(r"\s*(等\d*人|等[一二三四五六七八九十]+人|[,，(（]\s*[男女])", text[c.end:c.end + 6])))
                or (person_texts.count(t) >= 2 and common)
                or (common and len(t) <= 3 and _PERSON_LEFT.search(text[max(0, c.start - 6):c.start]) is not None
                    and _PERSON_RIGHT.match(text, c.end) is not None)
                or (len(t) <= 3 and t not in _COMMON_WORDS
                    and ((sur in gaz.common_surnames and _PERSON_LEFT.search(text[max(0, c.start - 6):c.start]) is not None)
                         or _TITLE_END.search(text[max(0, c.start - 4):c.start]) is not None)
                    and (_PERSON_RIGHT.match(text, c.end) is not None or _SAY.match(text, c.end) is not None))
            )
            if len(t) == 3 and t[2] in "说称讲道" and (c.end >= len(text) or not ("\u4e00" <= text[c.end] <= "\u9fff")):
                t = t[:2]  # 李成说, -> 李成
                c = Cand(c.start, c.end - 1, c.label, c.prio, c.source)
            if len(t) == 3 and t[2] + text[c.end:c.end + 1] in _VERB2_SET:
                t = t[:2]  # 孙丽参与 -> 孙丽
                c = Cand(c.start, c.end - 1, c.label, c.prio, c.source)
            if "*" in t and c.start > 0 and "\u4e00" <= text[c.start - 1] <= "\u9fff" and text[c.start - 1] not in _FUNC_CHARS:
                continue  # 责任** (bold markup after a word) is not 任**
            if strong and re.fullmatch(rf"{re.escape(sur)}某[{CJK}]", t) and t[-1] not in "甲乙丙丁戊己庚辛某" \
                    and not (c.end >= len(text) or text[c.end] in "、，。,;；:：()（）\n 等"):
                c = Cand(c.start, c.start + len(sur) + 1, c.label, c.prio, c.source)  # 张某驾车 -> 张某
            if strong:
                out.append(Cand(c.start, c.end, c.label, PRIO["PERSON"] + 1 if "某" in t else c.prio, c.source))
        elif c.label == "COMPANY":
            sm = _CO_SUFFIX.search(t)
            pre = t[:sm.start()] if sm else ""
            if sm and sm.end() == len(t) and 4 <= len(t) <= 30 and len(pre) >= 2 and not _CO_GENERIC.match(pre) \
                    and not re.search(r"[\d的了这那为均是在将对]", pre) and not re.match(r"[Xx×*]", t) \
                    and not re.search(r"(控股|国有|民营|私营|下属|关联|子)$", pre):
                out.append(c)
        elif c.label == "AGENCY":
            # a statistically found agency must have the structure of one: a place (listed or by
            # structure) or a level word before its organ head, or be a national body
            ks = [k for k in range(len(t) - 1) if t[k:] in gaz.agency_heads]
            head_ok = bool(ks) and min(ks) > 0
            if not head_ok or len(t) < 4 or t[0] in _PRONOUN_CHARS or t.startswith(("各", "全")) \
                    or t.endswith(("部门", "机关")) or (c.start > 0 and text[c.start - 1] in _PRONOUN_CHARS):
                continue
            k = min(ks)
            placed = (_place_chain_start(text, c.start + k, gaz, unknown=True) == c.start
                      or t in gaz.national_agencies or gaz.place_ending_at(t, k) == 0)
            if placed:
                out.append(c)
    return out


def extract_spans(text: str, gaz: Gazetteer, model_ents: Iterable[Cand] = ()) -> list[Cand]:
    """All entity spans for ``text`` (simplified view), flat and sorted."""
    cands = rule_candidates(text, gaz)
    all_positions = find_positions(text, gaz)
    cands += filter_model_spans(text, list(model_ents), cands, gaz, all_positions)
    addr = address_regions(text)
    cands = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in addr)
             or c.label in ("DOC_NO", "DATE", "MONEY", "LAW", "PROJECT_NO")]
    first = resolve(cands)
    # defined abbreviations get the label of the full name
    aliases = find_aliases(text, first)
    cands += [Cand(s, e, lab, PRIO[lab] + 5, "alias") for (s, e), (lab, _, _) in aliases.items()]
    first = resolve(cands)
    cands += propagate(text, first)
    cands = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in addr)
             or c.label in ("DOC_NO", "DATE", "MONEY", "LAW", "PROJECT_NO")]
    merged = resolve(cands)
    positions = [p for p in all_positions if not any(s <= p.start and p.end <= e for s, e in addr)]
    merged = resolve(merged + _coordinated_heads(text, merged, gaz))
    kept = attach_positions(text, merged, positions)
    return resolve(merged + kept)


def _coordinated_heads(text: str, ents: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """Shared-prefix coordination: 市建委、交通运输局、水务局 -> three AGENCY spans."""
    out: list[Cand] = []
    starts = {c.start for c in ents}
    for c in ents:
        if c.label != "AGENCY":
            continue
        pos = c.end
        while pos < len(text) and text[pos] in "、和及与":
            h = gaz.head_starting_at(text, pos + 1)
            if h is None or pos + 1 in starts or h - pos - 1 < 3:
                break
            out.append(Cand(pos + 1, h, "AGENCY", PRIO["AGENCY"] - 5))
            pos = h
    return out


if not Doc.has_extension("identifiers"):
    Doc.set_extension("identifiers", default=None)
if not Doc.has_extension("aliases"):
    Doc.set_extension("aliases", default=None)
if not Doc.has_extension("forms"):
    Doc.set_extension("forms", default=None)  # (start, end) -> "pronoun" | "short" for AGENCY spans


def agency_form(text: str, c: Cand) -> str | None:
    """"pronoun" (我局, 你局, 本机关), "short" (市局, and level-prefixed names without a place:
    县财政局, 区市场监管局), else None (a full name)."""
    if c.source == "pronoun":
        return "pronoun"
    if c.source == "short" or (text[c.start:c.start + 1] in "省市县区州旗盟"
                               and not text.startswith(("市委", "县委", "区委", "省委", "州委", "市场", "市政", "区域"),
                                                       c.start)):
        return "short"
    return None


@registry.misc("liandong.gazetteer.v1")
def create_gazetteer() -> Callable[[], Gazetteer]:
    return load_gazetteer


class LiandongRules:
    """Merge rule spans with the statistical NER's ``doc.ents``."""

    def __init__(self, nlp: Language, name: str, *, gazetteer: Callable[[], Gazetteer],
                 model_labels: list[str], model_priority: int) -> None:
        self.name = name
        self._gaz_loader = gazetteer
        self.model_labels = tuple(model_labels)
        self.model_priority = model_priority

    @property
    def gaz(self) -> Gazetteer:
        return self._gaz_loader()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get("liandong_text")
        if not isinstance(text, str):
            text = doc.text
        model = [Cand(e.start_char, e.end_char, e.label_, self.model_priority, "model")
                 for e in doc.ents if e.label_ in self.model_labels]
        spans = extract_spans(text, self.gaz, model)
        ents: list[Span] = []
        for c in spans:
            sp = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
            if sp is not None:
                ents.append(sp)
        doc.ents = filter_spans(ents)
        doc._.forms = {(c.start, c.end): agency_form(text, c) for c in spans if c.label == "AGENCY"
                       and agency_form(text, c)}
        doc._.identifiers = find_identifiers(text)
        doc._.aliases = {(s, e): full for (s, e), full in find_aliases(text, spans).items()}
        return doc


@Language.factory(
    "liandong_rules",
    assigns=["doc.ents", "doc._.identifiers", "doc._.aliases"],
    default_config={
        "gazetteer": {"@misc": "liandong.gazetteer.v1"},
        "model_labels": ["AGENCY", "COMPANY", "PERSON", "POSITION"],
        "model_priority": MODEL_PRIO,
    },
)
def make_liandong_rules(nlp: Language, name: str, *, gazetteer: Callable[[], Gazetteer],
                        model_labels: list[str], model_priority: int) -> LiandongRules:
    return LiandongRules(nlp, name, gazetteer=gazetteer, model_labels=model_labels,
                         model_priority=model_priority)
