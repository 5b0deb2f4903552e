"""Document numbers (文号) in running text — the one home of their shapes (issues 10 and 15).

Both readers of a document number use this module: the rule component
(:mod:`ingest.nlp.rules.documents` makes each number a DOC_NO span) and the letter reader
(:mod:`ingest.letter_layout`, :mod:`ingest.letters`: a letter's own number and the numbers it
cites). So the number ingestion stores for a letter is its DOC_NO span, by construction.

Pure ``re`` over the one text view (:func:`graph.types.text.view`; every view has the length of
the original, so a position found in it is the same position in the text as written); it imports
nothing of :mod:`ingest.nlp`, which sits above the letter reader.

* :func:`find` — every document number, with its shape: ``bracket`` (汝财函〔2025〕9号, a code
  broken from its bracket by a line break too), ``zi`` (澄审移字第12号, 皖采招字第2024-015号),
  ``court`` ((2019)豫1103行初102号), ``decree`` (财政部令第87号), ``serial`` (第二千九百七十八号),
  ``announce`` (2025年第11号 under a title, 公告（2024年第12号）); and what is no document's number
  though it looks like one (eval/extraction/DECISIONS.md): ``issue`` (a bulletin's 〔2026〕第2期),
  ``intake`` (a serial an intake desk or register assigns: 收文登记号：X, 回执编号：X);
* :func:`numbers_a_letter` — a number of the shapes that number a letter (what the letter reader keeps);
* :func:`listed` — the further serials of an abbreviated list (X〔2025〕9号、10号 → X〔2025〕10号):
  numbers in meaning, not spans (GUIDELINES: a DOC_NO span runs from the issuer code through the
  year; ``10号`` alone carries neither);
* :data:`BRACKETED`, :func:`balanced`, :func:`line_start` — what project numbers share with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ingest.agency_shape import agency_shaped

CJK = "\u4e00-\u9fff\u3007"
Shape = Literal["bracket", "zi", "court", "decree", "serial", "announce", "dashed", "labelled", "intake", "issue"]
_LETTER_SHAPES = frozenset({"bracket", "zi", "dashed"})
NOT_DOCUMENTS = frozenset({"issue", "intake"})  # found so that nothing else reads them, yet no DOC_NO


@dataclass(frozen=True)
class Found:
    """One document number: ``text[start:end]`` of the text it was found in."""

    start: int
    end: int
    shape: Shape


_OPEN, _CLOSE = r"[〔\[【(﹝〖{]", r"[〕\]】)﹞〗}]"  # over the view: （ and ［ are ( and [ there
# a part numbered after 号 (汝审移〔2025〕8号-2, 勉财购函〔2024〕26号之二), never the start of a range
# (17号-19号) or a date
_SUFFIX = r"(?:[-－]\d{1,3}(?![\d号年月日])|之[一二三四五六七八九十\d]{1,3})?"
_CN_NUM = "零〇○一二两三四五六七八九十百千万"
# the code, an inner part (示公（经）立告字), then the bracketed year and the serial; the code may
# stand on the line above its bracket (汝财函⏎〔2025〕9号: ``brk`` is the line break)
BRACKETED = re.compile(
    rf"(?P<iss>[{CJK}A-Za-z]{{0,14}})(?P<inf>[（(][{CJK}]{{1,4}}[)）][{CJK}]{{0,6}})?"
    rf"(?P<rest>(?P<brk>[ \u3000]?|[ \t\u3000]*\r?\n[ \t\u3000]*){_OPEN}\s*(?:(?:19|20)\d{{2}}|二[〇零○][〇零○一二三四五六七八九]{{2}})"
    rf"\s*(?:{_CLOSE})?\s*第?\s*"
    rf"(?P<serial>[A-Za-z]?\d+(?:[-—]\d+)?[A-Za-z]?|(?<=第)[一二三四五六七八九十百零〇]{{1,8}})\s*[号期]{_SUFFIX})"
)
# a code, the year and the serial joined by a dash, no bracket: 红交执罚2026-15号, 红交整改2025-41号
_DASHED = re.compile(rf"(?P<iss>[{CJK}]{{2,12}})(?P<rest>(?:19|20)\d{{2}}\s*[-－—]\s*\d{{1,4}}\s*号{_SUFFIX})")
# a code, then the year and the serial in words, no bracket: 珠财罚决2026年第12号
_YEARED = re.compile(rf"(?P<iss>[{CJK}]{{2,12}})(?P<rest>(?:19|20)\d{{2}}\s*年\s*第\s*\d{{1,5}}\s*号{_SUFFIX})")
# what a field names when it names a document's, a file's or a case's own number (GUIDELINES: DOC_NO is
# "a document, file or case number"): 公告编号, 案件编号, 受理编号, 立案编号, 线索编号, 登记号 … — the one
# vocabulary of the DOC_NO rule, its table columns and the project-number rule, which leaves them alone
DOC_NUMBER_FIELDS = ("公告", "案件", "文书", "决定书", "处罚决定书", "通报", "受理", "回执", "立案", "线索", "登记",
                     "转办", "交办", "收文", "来文", "发文", "信访件", "信访", "投诉", "举报", "案卷", "函件", "约谈", "文")
# …of which these name a serial an intake desk or a register assigns (收文登记号, 回执编号, 线索编号, 信访件编号):
# no document's number, no DOC_NO (eval/extraction/DECISIONS.md), though no project's number either
INTAKE_FIELDS = ("回执", "线索", "登记", "收文", "信访件", "信访")
DOC_NUMBER_LABELS = tuple(f + k for f in DOC_NUMBER_FIELDS if f not in INTAKE_FIELDS for k in ("编号", "号"))
# a code-shaped number (QBJA-2026-007): letters, then parts joined by dashes
CODE_VALUE = r"[A-Za-z][A-Za-z0-9]*(?:[-－_][A-Za-z0-9]+){1,6}"
# a code-shaped value of such a field, with or without a colon (公告编号：HZJY-GG-2026-0112, 登记号DJW-XS-2026-0031,
# 立案编号A3715022600002026030047); never a tax or business registration (税务登记号)
_LABELLED = re.compile(
    rf"(?<!税务|工商|企业|统一)(?P<field>{'|'.join(sorted(DOC_NUMBER_FIELDS, key=len, reverse=True))})(?:编号|号)"
    r"\s*(?:为|是)?\s*[:：]?\s*"
    rf"(?P<v>{CODE_VALUE}|[A-Za-z]{{0,3}}\d{{8,24}})(?![A-Za-z0-9\-－_])")
# a code-shaped number right after the kind of document it numbers: 答复函TH-ZB-2026-0331-D1,
# 质疑答复（YXZB-SW-2026-0033-ZY01）
_KIND_CODE = re.compile(rf"(?P<kind>函|答复|决定书|通知书|告知书|回执|回单)\s*[（(]?\s*(?P<v>{CODE_VALUE})(?![A-Za-z0-9\-－_])")
# a code ending in 字 and a serial with no bracketed year: 澄审移字第12号, 宿公（经）受字第86号, 皖采招字第2024-015号
_ZI = re.compile(r"(?<=[\u4e00-\u9fff])字\s*第\s*\d+(?:[-－—]\d+)?\s*号")
_ISSUER_BEFORE = re.compile(rf"(?P<code>[{CJK}]{{1,12}})(?P<inf>[（(][{CJK}]{{1,4}}[)）][{CJK}]{{0,6}})?$")
# an announcement's number printed on its own line under the title: 2025年第11号, （2025年第11号）
_ANNOUNCE_NO = r"(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年\s*第\s*(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号"
_ANNOUNCE = re.compile(rf"(?m)^[ \t\u3000]*[（(]?\s*({_ANNOUNCE_NO})\s*[)）]?[ \t\u3000\r]*$")
# …and in brackets right after the word 公告 / 通告: 公告（2024年第12号）
_ANNOUNCE_AFTER = re.compile(rf"(?:公告|通告)\s*[（(]\s*({_ANNOUNCE_NO})\s*[)）]")
# a certificate's or licence's number (GUIDELINES: not DOC_NO) however shaped: 资质证书编号：X（2020）12号
_CERT_FIELD = re.compile(r"(?:证书|许可证|执照|证件|资格证|资质证|登记证)(?:编号|号码|号)\s*[:：]")
_COURT = re.compile(
    rf"\(\s*(?:19|20)\d{{2}}\s*\)\s*[{CJK}]{{1,2}}\s*\d{{0,6}}\s*[{CJK}]{{1,5}}\s*\d+(?:-\d+)?\s*号(?:之[{_CN_NUM}\d]+)?"
)
_DECREE = re.compile(
    rf"(?P<iss>[{CJK}]{{1,16}}?(?:部|委|局|署|厅|院|办|政府|委员会|总局))"
    rf"(?P<rest>令\s*第\s*[\d{_CN_NUM}]+\s*号|\s*第?\s*\d+\s*号令"
    rf"|(?:公告|通告|令)\s*(?:19|20)\d{{2}}\s*年\s*第?\s*\d+\s*号)"  # 财政部公告2024年第12号
)
_SERIAL = re.compile(rf"第[{_CN_NUM}]{{3,}}号")
# the kinds of document a number's sentence names right before it (签收回执|X〔…〕, 审计报告|X〔…〕)
_DOC_KINDS = "决定书|告知书|通知书|处理书|建议书|意见书|回执|回单|报告|公告|通报|复函|来函"
_ISSUER_STOP = re.compile(  # the first alternative: a number quoted after 你局 / 贵委 / 我局
    r".*(?:[你贵我本该][局委院厅处办队府部]|撤销|维持|变更|确认|根据|依据|依照|按照|参照|详见|印发|下发|转发|出具|作出|送达|文号|关于|通知|决定|规定|"
    r"以及|并且|经过|收到|编号|字号|报送|回复|抄送|见|及|和|与|的|了|以|于|经|为|是|即|对|由|将|在|并|或|向|给|按|据|称|之|含|附|至|"
    rf"{_DOC_KINDS}|文件|书)"
)
# the stop words of two characters or more (a number on its own line: 汾公经诉字 keeps 经)
_ISSUER_STOP_MULTI = re.compile(".*(?:" + "|".join(sorted(
    (w for w in _ISSUER_STOP.pattern[len(".*(?:"):-1].split("|") if len(w) >= 2), key=len, reverse=True)) + ")")
_ISSUER_STOP_WORDS = re.compile(_ISSUER_STOP.pattern.replace("|之|", "|").split("|以及|")[0] + ")")
# the end of an organ's name before its code (the name's place may lie beyond the 14 characters read,
# or a 和 inside it was taken for a stop: 住房和城乡建设局|汝住建); 你中心, 等部门 end there too; so do a
# government (县政府|淇政复), a court and a procuratorate. Single organ characters other than 局 (委, 办,
# 院, 部: 汝委办发, 勉政办发, XX检一部刑诉) are parts of codes and cut nothing.
_ORGAN_BEFORE_CODE = re.compile(r".*(?:[\u4e00-\u9fff]局|中心|部门|办公室|委员会|政府|法院|检察院)")
# the further serials of an abbreviated list after a bracketed number: X〔2025〕9号、10号和11号
_LIST_ITEM = re.compile(r"\s*[、，,和及与至到]\s*第?\s*(\d{1,5}(?:[-－]\d{1,3})?)\s*号(?![\d楼室院栋层幢])")


_LEADING_PREPOSITIONS = frozenset("以由对将在向按据为含附见")  # (…函件（含|X〔2025〕44号）, （附|X〔2026〕4号）)


_DOC_WORD_BEFORE = re.compile(rf".*(?:{_DOC_KINDS})")


def _trim_issuer(iss: str, *, own_line: bool = False) -> str:
    """The issuer code before a document number: what precedes it in the sentence is cut (根据,
    关于, the organ that issued it…). A number on its own line keeps its whole code unless a
    word (not a single character: 汾公经诉字) ends a preamble inside it."""
    title = _DOC_WORD_BEFORE.match(iss)
    if title and len(iss) - title.end() >= 2:
        # 签收回执|榆公经回字: a document's kind named right before its number ends the sentence's part;
        # the code after it is cut at words only (a single 经 is part of a police code)
        iss, own_line = iss[title.end():], True
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
    organ = _ORGAN_BEFORE_CODE.match(iss)
    if organ and len(iss) - organ.end() >= 2:
        iss = iss[organ.end():]  # …资产管理局|澄国资办字〔…〕: the issuer's name, then its code
    if len(iss) >= 4 and iss[0] in _LEADING_PREPOSITIONS:
        iss = iss[1:]  # 以|谯采公告〔…〕: a preposition before the code (a code's own 公告 kept it uncut)
    return iss[-10:]


def balanced(value: str) -> str:
    """The value up to its first closer that has no opener before it (X-016)6个标段 → X-016), then
    without trailing closers that have no opener inside the value."""
    pairs = {")": "(", "]": "[", "〕": "〔", "】": "【", "}": "{"}
    closer = {o: c for c, o in pairs.items()}
    depth = dict.fromkeys(pairs, 0)
    for k, ch in enumerate(value):
        if ch in closer:
            depth[closer[ch]] += 1
        elif ch in pairs:
            if depth[ch] == 0:
                value = value[:k]
                break
            depth[ch] -= 1
    while value and value[-1] in pairs and pairs[value[-1]] not in value:
        value = value[:-1]
    return value


def line_start(text: str, pos: int) -> bool:
    """Nothing but blanks before ``pos`` on its line."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _own_line(text: str, start: int, end: int) -> bool:
    """The document number is the whole line (the number under a letter's title)."""
    return line_start(text, start) and not text[end:_line_end(text, end)].strip()


def _clause_before(text: str, pos: int) -> str:
    """The clause that leads to ``pos`` (from the last line break or sentence mark, at most 24 characters)."""
    seg = text[max(0, pos - 24):pos]
    return re.split(r"[\n。；;，,]", seg)[-1]


# words of a title, never of an issuer's code (联席会议纪要⏎〔2025〕第3期 is a title above a bare number)
_TITLE_WORD = re.compile(r"关于|纪要|会议|通知|通报|公告|报告|决定|意见|回执|告知|办法|规定|方案|书$")


def _opens_value(text: str, pos: int) -> bool:
    """``pos`` opens a bracket's content or a field's value (after （ or ：)."""
    return pos > 0 and text[pos - 1] in "(（:：【[“\""


def _code_above(iss: str) -> bool:
    """A line above a bracketed year that is the number's code (汝财函⏎〔2025〕9号): a short whole
    line, no agency's name and no title."""
    s = iss.strip()
    return 2 <= len(s) <= 7 and not agency_shaped(s) and not _TITLE_WORD.search(s)


def _bracketed(text: str) -> list[Found]:
    out: list[Found] = []
    for m in BRACKETED.finditer(text):
        iss = m.group("iss")
        broken = "\n" in m.group("brk")
        coded = bool(m.group("inf")) and m.group("inf").endswith("字")  # 四公铁（经）诉字⏎〔…〕: a code by its shape
        if broken and not coded and not (m.group("iss") and not m.group("inf") and line_start(text, m.start("iss"))
                                         and _code_above(iss)):
            # the line above is no code: the number starts at its bracket, on its own line
            start = m.start("rest") + len(m.group("brk"))
            out.append(Found(start, m.end(), _bracket_shape(m)))
            continue
        if m.start("iss") and text[m.start("iss") - 1].isdigit():
            iss = iss.lstrip("年月日号")  # 2025年4月9日汝公函〔…〕: the date before the code is no part of it
        # a number on its own line or opening a bracket or a field's value (（我局立案编号：绵公经立字〔…〕）)
        # is cut at words only: no sentence runs into it, a single 经 is part of its code
        fresh = broken and (not coded or line_start(text, m.start("iss"))) \
            or _own_line(text, m.start("iss"), m.end()) or _opens_value(text, m.start("iss"))
        iss = _trim_issuer(iss, own_line=fresh)
        # an inner part in brackets (示公（经）立告字): the code before it is trimmed, the part kept
        start = (m.start("inf") if m.group("inf") else m.start("rest")) - len(iss)
        while text[start] in " \u3000\t\r\n":
            start += 1  # 示财函 〔2024〕12号 keeps its code; a bare 〔2024〕12号 does not start with the space
        out.append(Found(start, m.end(), _bracket_shape(m)))
    return out


def _bracket_shape(m: re.Match[str]) -> Shape:
    """A bracketed number in 号 is a document's; one in 期 numbers an issue of a bulletin (〔2026〕第2期)."""
    return "issue" if m.group().rstrip().endswith("期") else "bracket"


def find(text: str) -> list[Found]:
    """Every document number in ``text`` (the view), in the order of the shapes."""
    return list(_find(text))


@lru_cache(maxsize=8)  # the rules, the letter reader and the relations each ask for the same text's numbers
def _find(text: str) -> tuple[Found, ...]:
    out = _bracketed(text)
    out += [Found(m.start(), m.end(), "court") for m in _COURT.finditer(text)]
    for m in _DECREE.finditer(text):
        iss = _trim_issuer(m.group("iss"))
        if len(iss) >= 2:
            out.append(Found(m.start("rest") - len(iss), m.end(), "decree"))
    out += [Found(m.start(), m.end(), "serial") for m in _SERIAL.finditer(text)]
    for m in _ZI.finditer(text):
        before = _ISSUER_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is None:
            continue
        iss = _trim_issuer(before.group("code"), own_line=_own_line(text, before.start(), m.end()))
        if before.group("inf") and iss:  # 宿公（经）受字: the code before the inner part, the part kept
            out.append(Found(before.start("inf") - len(iss), m.end(), "zi"))
        elif not before.group("inf") and len(iss) >= 2:
            out.append(Found(m.start() - len(iss), m.end(), "zi"))
    for rx in (_DASHED, _YEARED):
        for m in rx.finditer(text):
            own = _own_line(text, m.start("iss"), m.end())
            iss = _trim_issuer(m.group("iss"), own_line=own)
            start = m.start("rest") - len(iss)
            if rx is _YEARED and not (own or _opens_value(text, start)):
                continue  # 珠财罚决2026年第12号 under a title or opening a bracket — not 该项目是2024年第3号批次
            if len(iss) >= 2 and not any(f.start <= m.start("rest") < f.end for f in out):
                out.append(Found(start, m.end(), "dashed"))
    out += [Found(m.start("v"), m.end("v"), "intake" if m.group("kind") in ("回执", "回单") else "labelled")
            for m in _KIND_CODE.finditer(text)
            if re.search(r"\d", m.group("v")) and not any(f.start <= m.start("v") < f.end for f in out)]
    out += [Found(m.start("v"), m.end("v"), "intake" if m.group("field") in INTAKE_FIELDS else "labelled")
            for m in _LABELLED.finditer(text)]
    out += [Found(m.start(1), m.end(1), "announce") for m in _ANNOUNCE.finditer(text)]
    out += [Found(m.start(1), m.end(1), "announce") for m in _ANNOUNCE_AFTER.finditer(text)
            if not any(f.start <= m.start(1) < f.end for f in out)]
    return tuple(f for f in out if not _CERT_FIELD.search(_clause_before(text, f.start)))


def numbers_a_letter(text: str, number: Found) -> bool:
    """``number`` (found in ``text``) is of a shape that numbers a letter: a code with its bracketed
    year or its 字第, and a serial in 号 — not an issue of a bulletin (〔2024〕第1期), a court case, a
    decree or an announcement's serial."""
    return number.shape in _LETTER_SHAPES and bool(_LETTER_END.search(text, number.start, number.end))


_LETTER_END = re.compile(r"号(?:[-－]\d{1,3}|之[一二三四五六七八九十\d]{1,3})?$")


def listed(text: str, number: Found) -> tuple[int, list[str]] | None:
    """The further serials of an abbreviated list after a bracketed ``number``: in X〔2025〕9号、10号
    the ``10号`` is X〔2025〕10号. Gives where the first number's serial starts (``text[number.start:at]``
    is the code and year the others share) and the further serials; ``None`` when no list follows."""
    if number.shape != "bracket":
        return None
    m = BRACKETED.match(text, number.start)
    if m is None or m.end() != number.end:
        return None
    serials = [text[a:b] for a, b in list_items(text, number)]
    return (m.start("serial"), [re.sub(r"\s*号$", "", x).lstrip("第 ") for x in serials]) if serials else None


def list_items(text: str, number: Found) -> list[tuple[int, int]]:
    """Where the further items of an abbreviated list after a bracketed ``number`` stand (the
    ``10号`` of X〔2025〕9号、10号, the ``3号`` of X〔2026〕1号至3号): each a number of its own."""
    if number.shape != "bracket":
        return []
    spans: list[tuple[int, int]] = []
    pos = number.end
    while (item := _LIST_ITEM.match(text, pos)) is not None:
        spans.append((item.start(1) - (1 if text[item.start(1) - 1] == "第" else 0), item.end()))
        pos = item.end()
    return spans
