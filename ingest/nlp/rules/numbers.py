"""Numbers in running text: unified social credit codes and phones (``doc._.identifiers``),
dates (DATE) and amounts (MONEY)."""

from __future__ import annotations

import re

from graph.types import credit_code, phone

from .base import PRIO, Cand, column_values


# ---------------------------------------------------------------- identifiers
def find_identifiers(text: str) -> list[dict[str, object]]:
    """Credit codes (validated by :mod:`graph.types.credit_code`) and phone numbers with offsets."""
    found: list[tuple[int, int, str, str, bool]] = []
    for m in credit_code.PATTERN.finditer(text):
        found.append((m.start(), m.end(), "credit_code", m.group(), credit_code.validate(m.group())))
    taken = [(s, e) for s, e, *_ in found]
    for m in phone.PATTERN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append((m.start(), m.end(), "phone", m.group(), True))
    found.sort(key=lambda f: f[0])
    return [{"type": kind, "start": s, "end": e, "text": value, "valid": valid}
            for s, e, kind, value, valid in found]


# ---------------------------------------------------------------- DATE
_CD = "〇零一二三四五六七八九○O"
_YEAR = rf"(?:(?:19|20)\d{{2}}|[{_CD}]{{4}})"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
# months coordinated under one year: 2023年5、6月, 2023年五六月份 (one span)
_MON_PAIR = r"(?:(?:1[0-2]|[1-9])、(?:1[0-2]|[1-9])|[一二三四五六七八九十]{2,3})"
_DATE_FULL = re.compile(
    rf"(?<![\d])(?:{_YEAR}|\*{{2}}|20\*\*|\d{{2}}\*\*)\s*年\s*{_MON}\s*月(?:\s*{_DAY}(?!\d)\s*[日号]?)?(?:上旬|中旬|下旬|初|底|份)?"
)
_DATE_MONTHS = re.compile(rf"(?<![\d])(?:{_YEAR})\s*年\s*{_MON_PAIR}\s*月(?:上旬|中旬|下旬|初|底|份)?")
_DATE_MD = re.compile(rf"(?<![\d月])(?<!\d年)(?<![{_CD}]年){_MON}\s*月\s*{_DAY}\s*[日号]")
_DATE_ISO = re.compile(
    r"(?<![0-9A-Za-z\-./])(?:19|20)\d{2}([-/.])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?![\d\-/.])"
)
_DATE_COMPACT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])\s*日")

_CN_MONTH = {c: k for k, c in enumerate("一二三四五六七八九", 1)}
_MON_PAIR_CN = re.compile(r"年\s*[一二三四五六七八九十]{2,3}\s*月")


def _months_ascend(date: str) -> bool:
    """A pair of months in Chinese numerals written together (八九月, 十一十二月 is not one we
    read): the second is the first + 1."""
    run = re.search(r"年\s*([一二三四五六七八九十]{2,3})\s*月", date)
    digits = run.group(1) if run else ""
    return len(digits) == 2 and digits[0] in _CN_MONTH and digits[1] in _CN_MONTH \
        and _CN_MONTH[digits[1]] == _CN_MONTH[digits[0]] + 1


def find_dates(text: str) -> list[Cand]:
    out: list[Cand] = []
    for rx in (_DATE_FULL, _DATE_MD, _DATE_ISO, _DATE_COMPACT):
        for m in rx.finditer(text):
            out.append(Cand(m.start(), m.end(), "DATE", PRIO["DATE"]))
    for m in _DATE_MONTHS.finditer(text):
        pair = m.group()
        if _MON_PAIR_CN.search(pair) and not _months_ascend(pair):
            continue  # 2023年十一月 is one month; 五六月 two in a row
        out.append(Cand(m.start(), m.end(), "DATE", PRIO["DATE"] + 1))
    return out


# ---------------------------------------------------------------- MONEY
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MONEY_ARABIC = re.compile(
    rf"(?:人民币|¥|￥|RMB)?\s*{_NUM}\s*(?:多|余)?\s*(?:万|亿|千万|百万|千|百)?\s*(?:多|余)?\s*(?:元|美元|欧元|港元|港币)"
)
_MONEY_WAN = re.compile(rf"(?<![\d.]){_NUM}\s*(?:多|余)?\s*(?:万|亿)\s*(?:多|余)?(?![元\d万亿人名家平亩吨次件户册字个套台辆株棵公里米方斤头只份条项])")
_MONEY_CN = re.compile(
    r"(?:人民币)?(?=[万亿]*[零〇一二两三四五六七八九十百千])[零〇一二两三四五六七八九十百千万亿]+(?:多|余)?(?:万|亿)?(?:多|余)?元"
)
_MONEY_CAP = re.compile(
    # (a figure in capitals before any 万/亿: 万元 alone is no amount — 被询问人：万元亮 is a name)
    r"(?:人民币)?(?=[万亿]*[零壹贰叁肆伍陆柒捌玖拾佰仟])[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:[零壹贰叁肆伍陆柒捌玖][角分])*整?"
)
# what follows 万某 when 某 is a name's mask, not the unit (30万某公司, 万某某): no amount
_MASK_NAME_NEXT = "公司集团厂店"
# an anonymised amount: **元, 人民币××万元, 某万元, 万某元 (a judgment's masked sum)
_MONEY_MASK = re.compile(r"(?:人民币)?(?:\*{2,}|×{1,4}|[Xx]{2,4}|某{1,2})\s*(?:万|亿|千|百)?(?:余|多)?元"
                         r"|(?:人民币)?\d*(?:万|千|百)某{1,2}(?:余|多)?元")
# the anonymiser's 某 in place of 元 after a sum in 万/亿: 30万某, 1047.14万某
_MONEY_MASKED_UNIT = re.compile(
    rf"(?:人民币)?(?<![\d.,]){_NUM}\s*(?:多|余)?(?:万|亿)(?:多|余)?某(?![某甲乙丙丁戊己庚辛\d{_MASK_NAME_NEXT}])")
# a currency sign with no 元 after the number: ¥1,000,000.00 (a 小写 amount after its 大写)
_MONEY_SIGN = re.compile(rf"(?:¥|￥|RMB)\s*{_NUM}(?![\d.,]|\s*(?:多|余)?\s*(?:万|亿|千|百)?\s*(?:多|余)?\s*(?:元|美元|欧元|港元|港币))")
# a range whose first end has no unit of its own: 50-80万元, 3至5万元 (one span, the unit shared)
_MONEY_RANGE = re.compile(rf"(?<![\d.,]){_NUM}\s*(?:-|—|－|~|～|至|到)\s*(?={_NUM}\s*(?:多|余)?\s*(?:万|亿|千万|百万|千|百)?\s*(?:多|余)?\s*元)")
# the first end of a range written in Chinese numerals with its own 万/亿: 五十万至八十万元
_MONEY_CN_START = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千]+(?:万|亿)(?=\s*(?:至|到|—|－|-|~|～)\s*[零〇一二两三四五六七八九十百千万亿]+元)")
_MONEY_CONTEXT = re.compile(r"(金额|价|款|资金|费|投资|预算|报价|标的|合同|元|贿|利润|获利|收益|损失|"
                            r"送|给付|收受|支付|转账|汇款|现金|借给|退还|退缴|好处|人民币|给予|索要|赔偿|归还|所得)")


# a table column of amounts: its header names the unit (中标价（元）, 金额(元)) and its cells are bare numbers
_BARE_AMOUNT = re.compile(rf"{_NUM}")


def _is_amount_header(cell: str) -> bool:
    return bool(re.search(r"[(（]\s*(?:万?元|人民币元)\s*[)）]$", cell))


def find_money(text: str) -> list[Cand]:
    out: list[Cand] = []
    masked_unit = "万某" in text or "亿某" in text or "余某" in text or "多某" in text
    for rx in (_MONEY_ARABIC, _MONEY_CN, _MONEY_CAP, _MONEY_MASK) + ((_MONEY_MASKED_UNIT,) if masked_unit else ()):
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
    for m in _MONEY_SIGN.finditer(text):
        out.append(Cand(m.start(), m.end(), "MONEY", PRIO["MONEY"]))
    for m in _MONEY_CN_START.finditer(text):
        out.append(Cand(m.start(), m.end(), "MONEY", PRIO["MONEY"]))
    for at, v in column_values(text, _is_amount_header) if "元)" in text or "元）" in text else ():
        if _BARE_AMOUNT.fullmatch(v):
            out.append(Cand(at, at + len(v), "MONEY", PRIO["MONEY"]))  # 中标价（元） | 3,936,512.00
    ends = {c.start: c.end for c in out}
    for m in _MONEY_RANGE.finditer(text):
        if m.end() in ends:  # the range and its second end are one amount
            out.append(Cand(m.start(), ends[m.end()], "MONEY", PRIO["MONEY"] + 1))
    return out


